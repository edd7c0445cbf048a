"""Scripts that more than one language writes, and scripts no model was taught: the language
named by a letter only one of them uses, else said with less than full confidence (#20: a wrong
answer is never given at 0.9 or more)."""

from __future__ import annotations

import pytest

from newsmeta import detect_language

CASES = [
    # (text, code, highest confidence allowed)
    ("יעדער מענטש װערט געבױרן פֿרײַ און גלײַך אין כּבֿוד און רעכט, און ער האָט שׂכל און געװיסן.", "yi", 1.0),
    ("כל בני האדם נולדו בני חורין ושווים בערכם ובזכויותיהם, וכולם חוננו בתבונה ובמצפון.", "he", 0.8),
    ("ብመንፅር ክብርን መሰልን ኩሎም ሰባት እንትውለዱ ነፃን ማዕሪን እዮም፡፡ ምስትውዓልን ሕልናን ዝተዓደሎም እዮም።", "am", 0.8),
    ("সকলো মানুহ স্বাধীনভাৱে সমান মৰ্যাদা আৰু অধিকাৰ লৈ জন্মগ্ৰহণ কৰে। তেওঁলোকৰ বিবেক আৰু বুদ্ধি আছে।", "as", 1.0),
    ("সমস্ত মানুষ স্বাধীনভাবে সমান মর্যাদা এবং অধিকার নিয়ে জন্মগ্রহণ করে। তাঁদের বিবেক এবং বুদ্ধি আছে।", "bn", 0.8),
    ("ᐃᓅᔪᓕᒫᑦ ᐊᓂᖅᑎᕆᔪᓕᒫᑦ ᐃᓅᓚᐅᕐᒪᑕ ᐃᓱᒪᕐᓱᕐᖢᑎᒃ ᐊᒻᒪᓗ ᐊᔾᔨᐅᖃᑎᒌᒃᖢᑎᒃ ᓂᕐᓱᐊᖑᓂᒃᑯᑦ ᐊᒻᒪᓗ ᐱᔪᓐᓇᐅᑎᖏᑎᒍᑦ.", None, 0.5),
]


IDS = ["yiddish", "hebrew", "tigrinya-in-ethiopic", "assamese", "bengali", "inuktitut-syllabics"]


@pytest.mark.parametrize(("text", "code", "ceiling"), CASES, ids=IDS)
def test_shared_and_unknown_scripts(text: str, code: str | None, ceiling: float) -> None:
    lang = detect_language(text)
    if code is not None:
        assert lang is not None and lang.code == code
    assert lang is None or lang.confidence <= ceiling

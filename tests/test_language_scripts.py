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


UNFIT = [
    # (py3langid's reading (language, fit), the answer's confidence at most)
    (("de", -10.3), 0.75),  # a text that fits German's model as few German texts do
    (("de", -8.4), 1.0),  # one that fits it as German texts do
    (("nl", -10.3), 1.0),  # py3langid reads another language: nothing to say about German
]


@pytest.mark.parametrize(("reading", "ceiling"), UNFIT, ids=["unfit", "fit", "other-language"])
def test_a_text_that_fits_its_language_badly_is_said_with_less_confidence(
    monkeypatch: pytest.MonkeyPatch, reading: tuple[str, float], ceiling: float
) -> None:
    from newsmeta import language_langid

    text = "Der Bundestag hat am Donnerstag das neue Gesetz über die Förderung der Windkraft beschlossen."
    before = detect_language(text)
    assert before is not None and before.code == "de" and before.confidence == 1.0
    monkeypatch.setattr(language_langid, "fit_sum", lambda _text, read=True: (*reading, 1.0))
    after = detect_language(text)
    assert after is not None and after.code == "de"
    assert after.confidence == ceiling


def test_fit_of_an_ordinary_text() -> None:
    from newsmeta.language_langid import available, fit

    if not available():
        pytest.skip("py3langid's model is not installed")
    got = fit("The council met on Tuesday to discuss the budget for next year and the new harbour wall.")
    assert got is not None and got[0] == "en" and -9.8 < got[1] < 0

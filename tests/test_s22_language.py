"""Honest answers on texts that are no language's (session 22, issue #20): one letter, however
often it is written, in a script many languages write, names no language; a script of one
language still names it from one letter."""

from __future__ import annotations

import pytest

import newsmeta

NONE_CASES = [
    ("one-letter-run", "aaaaaaaaaaaaaaaaaaaa"),
    ("one-letter-spaced", "a " * 200),
    ("capital-and-small", "Mmmmmmmmm"),
    ("accented", "ñññññ"),
    ("cyrillic", "ж ж ж"),
    ("with-digits-and-marks", "x1 x2 x3 !!!"),
    ("single-letter", "I"),
]


@pytest.mark.parametrize("text", [c[1] for c in NONE_CASES], ids=[c[0] for c in NONE_CASES])
def test_one_letter_is_no_language(text: str) -> None:
    assert newsmeta.detect_language(text) is None
    assert all(s.language is None for s in newsmeta.split_sections(text))


SCRIPT_CASES = [
    ("georgian", "ააააა", "ka"),
    ("hangul", "한", "ko"),
    ("greek", "ΕΕΕΕ", "el"),
]


@pytest.mark.parametrize(("text", "code"), [c[1:] for c in SCRIPT_CASES], ids=[c[0] for c in SCRIPT_CASES])
def test_a_script_of_one_language_still_names_it(text: str, code: str) -> None:
    lang = newsmeta.detect_language(text)
    assert lang is not None and lang.code == code


def test_two_letters_are_still_read() -> None:
    # (a short word is a low-confidence reading, not no reading: "Ja", "OK")
    lang = newsmeta.detect_language("Ja")
    assert lang is not None and lang.confidence < 0.9

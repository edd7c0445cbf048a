"""Bytes decoded in a code page of a script of one language are that script's letters among
symbols, not surely that language: the script rule is not sure of noise (never a made-up value),
while real text in those scripts keeps its confidence."""

from __future__ import annotations

import random

import pytest

import newsmeta


def _noise(seed: int, encoding: str) -> str:
    rng = random.Random(seed)
    return bytes(rng.getrandbits(8) for _ in range(5000)).decode(encoding, "replace")


@pytest.mark.parametrize(
    "encoding", [pytest.param(e, id=e) for e in ("cp1253", "gb18030", "cp1251", "latin-1", "koi8-r")]
)
@pytest.mark.parametrize("seed", [1, 2])
def test_random_bytes_are_no_sure_language(encoding: str, seed: int) -> None:
    text = _noise(seed, encoding)
    for lang in (newsmeta.detect_language(text), newsmeta.extract(text).language):
        assert lang is None or lang.confidence <= 0.6


@pytest.mark.parametrize(
    ("text", "code", "least"),
    [
        pytest.param("Η κυβέρνηση ανακοίνωσε την Τρίτη ότι θα χτίσει νέα σχολεία στην επαρχία.", "el", 0.9, id="greek"),
        pytest.param(
            "政府周二宣布，将在农村地区新建学校。《人民日报》报道了这一消息。", "zh", 0.9, id="chinese-punctuation"
        ),
        pytest.param("รัฐบาลประกาศเมื่อวันอังคารว่าจะสร้างโรงเรียนใหม่ในชนบท", "th", 0.9, id="thai-vowel-signs"),
        pytest.param(
            "ሰኞ ዕለት መንግሥት አዳዲስ ትምህርት ቤቶችን እንደሚገነባ አስታወቀ።", "am", 0.8, id="amharic-full-stop"
        ),  # (a script Tigrinya writes too),
    ],
)
def test_real_text_in_those_scripts_stays_sure(text: str, code: str, least: float) -> None:
    lang = newsmeta.detect_language(text)
    assert lang is not None
    assert lang.code == code
    assert lang.confidence >= least

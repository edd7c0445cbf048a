"""split_sections on noise: bytes decoded as text are not language (session 17)."""

from __future__ import annotations

import base64
import random

import pytest

import newsmeta
from newsmeta.blocks import line_spans
from newsmeta.sections import _carries, _carrying, _flips, _garbled, _soup


def _bytes(seed: int, n: int = 60_000) -> bytes:
    rnd = random.Random(seed)
    return bytes(rnd.getrandbits(8) for _ in range(n))


NOISE = {
    "latin-1": lambda: _bytes(1).decode("latin-1"),
    "cp1252": lambda: _bytes(2).decode("cp1252", "replace"),
    "cp1251": lambda: _bytes(10).decode("cp1251", "replace"),
    "mac-roman": lambda: _bytes(3).decode("mac_roman"),
    "utf-8-replace": lambda: _bytes(4).decode("utf-8", "replace"),
    "printable-ascii": lambda: "".join(map(chr, (random.Random(5).randint(32, 126) for _ in range(60_000)))),
    "mixed-case-letters": lambda: "".join(
        random.Random(6).choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ      \n") for _ in range(60_000)
    ),
    "base64-lines": lambda: base64.encodebytes(_bytes(7, 40_000)).decode(),
    "hex-dump": lambda: "\n".join(_bytes(8, 16_000)[i : i + 16].hex(" ") for i in range(0, 16_000, 16)),
    "csv-numbers": lambda: "\n".join(",".join(str(b * 391 + i) for b in _bytes(i, 8)) for i in range(2000)),
}


@pytest.mark.parametrize("make", list(NOISE.values()), ids=list(NOISE))
def test_noise_is_one_section_without_a_sure_language(make) -> None:
    text = make()
    secs = newsmeta.split_sections(text)
    assert len(secs) == 1
    assert (secs[0].start, secs[0].end) == (0, len(text))
    lang = secs[0].language
    assert lang is None or lang.confidence <= 0.6
    art = newsmeta.extract(text)
    assert art.language is None or art.language.confidence <= 0.6


PROSE = {
    "english": "The minister said on Monday that the budget would be presented to parliament in March.",
    "isixhosa-prefixes": "Ayakhuthazwa onke amaziko eSebe leMfundo leNtshona Koloni ukuba axhase lo Mboniso weVeki.",
    "thai-marks": "ทุกคนที่ทำงานมีสิทธิที่จะได้รับค่าตอบแทนที่ยุติธรรมและเอื้ออำนวยต่อการประกันความเป็นอยู่",
    "amharic-wordspace": "ሰው፡ሁሉ፡በሕግ፡ፊት፡እኩል፡ነው።፡ያለአንዳች፡ልዩነትም፡ሕጉ፡ደህንነቱን፡እንዲጠበቅለት፡እኩል፡የሆነ፡መብት፡አለው።",
    "soft-hyphens": "Га\xadзе\xadта вы\xadхо\xadдзіць раз у тры ме\xadся\xadцы, а часопіс раз на год.",
    "reuters-tickers": "GE <GE> SAYS AMR <AMR> ORDER WORTH 650 MLN DLRS FOR NEW ENGINES",
    "names": "Adviser Robert McFarlane met McFarlane's successor John Poindexter on Tuesday.",
}


@pytest.mark.parametrize("line", list(PROSE.values()), ids=list(PROSE))
def test_prose_lines_carry_a_language(line: str) -> None:
    assert _carries(line)
    assert not _garbled(line)
    assert not _soup(line, _flips(line))


@pytest.mark.parametrize(
    ("line", "garbled", "soup"),
    [
        ("y§Ü³>a,ÖÖÔP+äóÒ[_\x8eUæ èß-q WÖ-Y9 ßõ!x\x8dM\x9fv ¤¦ ±", True, False),
        ("óÝcØ'í nðPm ÜAèX5c Vº ÛuaÑbJKDOË á Þþhx ÅÛã aÎÚ ÐãØieb5 f Ödå", False, True),
        ("qwErTy uIoPas dFgHjk lZxCvB nMqWeR tYuIoP", False, True),
    ],
    ids=["latin-1-symbols", "latin-1-letters", "ascii-mixed-case"],
)
def test_noise_lines(line: str, garbled: bool, soup: bool) -> None:
    assert _garbled(line) is garbled
    assert _soup(line, _flips(line)) is soup
    assert not _carries(line)


def test_article_between_noise_keeps_its_sections() -> None:
    en = "The talks ended late on Friday without any agreement on the budget for next year.\n"
    es = "La reunión terminó el viernes sin ningún acuerdo sobre el presupuesto del año que viene.\n"
    noise = _bytes(9, 3000).decode("latin-1")
    text = noise + "\n\n" + en * 4 + "\n" + es * 4
    codes = [s.language.code for s in newsmeta.split_sections(text) if s.language is not None]
    assert codes[-2:] == ["en", "es"]


def test_a_line_amid_noise_is_noise() -> None:
    noise = "y§Ü³>a,ÖÖÔP+äóÒ[_\x8eUæ èß-q WÖ-Y9 ßõ!x\x8dM\x9fv ¤¦ ±"
    prose = "The minister said on Monday that the budget would be presented in March."
    for lines, kept in [
        ([noise, noise, prose, noise, noise], []),
        ([noise, prose, noise], []),
        ([prose, noise], []),
        ([prose, prose, noise, prose, prose], [0, 1, 3, 4]),
        ([noise, prose, prose, prose], [1, 2, 3]),
        ([noise] * 4 + [prose] * 3 + [noise] * 4, []),
        ([noise] * 4 + [prose] * 5 + [noise] * 4, [4, 5, 6, 7, 8]),
    ]:
        text = "\n".join(lines)
        ls = line_spans(text)
        assert _carrying(text, list(range(len(ls))), ls) == kept, lines


CONFIDENT = {
    "ticker-headlines": "GE <GE> SAYS AMR <AMR> ORDER WORTH 650 MLN DLRS FOR NEW ENGINES\n\n"
    "INTEK DIVERSIFIED CORP <IDCC> 4TH QTR NET LOSS WIDENS\n\n"
    "General Electric said on Tuesday that American Airlines had ordered engines for its new jets.\n"
    "The company did not say when the engines would be delivered to the airline, a spokesman said.\n",
    "plain-english": "The minister said on Monday that the budget would be presented to parliament in March.\n" * 3,
}


@pytest.mark.parametrize("text", list(CONFIDENT.values()), ids=list(CONFIDENT))
def test_a_doubtful_line_among_clear_ones_leaves_the_section_sure(text: str) -> None:
    (sec,) = newsmeta.split_sections(text)
    assert sec.language is not None and sec.language.code == "en"
    assert sec.language.confidence >= 0.9


def test_lower_case_letters_at_random_are_few_sections_in_doubt() -> None:
    rnd = random.Random(12)
    text = "".join(rnd.choice("abcdefghijklmnopqrstuvwxyz     \n") for _ in range(60_000))
    secs = newsmeta.split_sections(text)
    assert len(secs) <= 5  # (was 30 and more: py3langid names a language for one line in six)
    assert all(s.language is None or s.language.confidence <= 0.6 for s in secs)

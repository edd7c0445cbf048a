"""split_sections made cheaper without changing a result: line offsets instead of a block per
line, one look at a text's scripts, letter rule and noise for its two readings, and the
shortcuts of the profile scoring; each checked against the plain way of doing it."""

from __future__ import annotations

import gc
import re

import pytest

from newsmeta import blocks, language, language_langid, sections, split_sections
from newsmeta.blocks import Block, line_spans, lines

EN = "The council approved the budget on Tuesday after a long debate about schools."
ES = "El consejo aprobó el martes el presupuesto tras un largo debate sobre las escuelas."
DE = "Der Stadtrat hat am Dienstag nach einer langen Debatte über die Schulen den Haushalt beschlossen."
NN = "Eg veit ikkje kva dei har tenkt å gjere med huset, men dei skal ha eit møte i dag."


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("", id="empty"),
        pytest.param("   \n\t\n", id="blank"),
        pytest.param(" a \nbb", id="padded"),
        pytest.param("Title\n\nFirst para\nsame para.\n\n\nLast.", id="paragraphs"),
        pytest.param("a\u00a0b \u2003\nc\n\n\u00a0\nd", id="unicode-spaces"),
        pytest.param("x" * 50 + "\n" + "y z " * 20, id="long-lines"),
    ],
)
def test_line_spans_are_the_lines_offsets(text: str) -> None:
    expected = [(b.start, b.end) for b in lines(text)]  # (cut and cached: the cached way)
    assert line_spans(text) == expected
    fresh = text[:1] + text[1:]  # an equal text not in the cache: the scanning way
    assert fresh == text and line_spans(fresh) == expected


def test_split_sections_keeps_no_block_per_line() -> None:
    """A text of many short lines leaves no block per line alive (the cyclic collector walked
    them all at every full collection: the call grew faster than the text)."""
    text = "Headline\n\n" + EN + "\n\n" + "a\nb\n\n" * 5_000 + ES
    gc.collect()
    before = sum(1 for o in gc.get_objects() if isinstance(o, Block))
    sections = split_sections(text)
    after = sum(1 for o in gc.get_objects() if isinstance(o, Block))
    assert sections[0].start == 0 and sections[-1].end == len(text)
    assert after - before < 100


@pytest.mark.parametrize(
    ("text", "cands"),
    [
        pytest.param(EN, None, id="en"),
        pytest.param(NN, None, id="nn-stop-words"),
        pytest.param("Ōku tamariki e haere ana ki te kura āpōpō", None, id="letter-rule"),
        pytest.param("def f(x): return {x: [y*2 for y in x]}; print(f)", None, id="noisy"),
        pytest.param(ES, frozenset({"es", "pt"}), id="candidates"),
        pytest.param("Η κυβέρνηση ενέκρινε τον νέο προϋπολογισμό", None, id="script"),
    ],
)
def test_two_readings_of_one_text_are_each_read_alone(text: str, cands: frozenset[str] | None) -> None:
    """The profiles' reading then the full one (the per-line path) share one look at the text;
    each equals the same reading of a text no reading has looked at."""
    quick = language.score_text(text, cands, second=False)
    full = language.score_text(text, cands, profiles=quick)
    for kwargs, got in (({"second": False}, quick), ({}, full)):
        language.score_text("something else entirely, read in between", None)
        alone = language.score_text(text[:1] + text[1:], cands, **kwargs)  # type: ignore[arg-type]
        assert got == alone


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(EN, id="en"),
        pytest.param(ES, id="es"),
        pytest.param("zzz qqq", id="few-grams"),
        pytest.param("Привет всем, как дела сегодня", id="cyrillic"),
        pytest.param("12345", id="no-letters"),
    ],
)
def test_profile_top_of_all_languages_is_the_loop_over_them(text: str) -> None:
    model = language._model()
    assert model is not None
    # (naming every profile's code takes the loop; none names the first of the highest in C)
    assert language.profile_top(text) == language.profile_top(text, frozenset(model.codes))


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("don't stop: it's o'clock ''quoted'' a'b'c", id="apostrophes"),
        pytest.param("snake_case x2 3d mp3 _lead trail_", id="digits-underscores"),
        pytest.param("tab\tsep\x00ctl\x1fend \x7fdel", id="controls"),
        pytest.param("".join(map(chr, range(128))), id="every-ascii"),
    ],
)
def test_ascii_words_are_the_words(text: str) -> None:
    low = text.lower()
    assert language._ASCII_WORD.findall(low) == language._WORD.findall(low)


def test_blocks_module_cache_untouched_by_split_sections(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(blocks, "_last", {})
    split_sections(EN + "\n\n" + ES)
    assert blocks._last == {}


#: The stop looked behind at, as the sentence breaks were first found (the reference).
_BREAK_LOOKBEHIND = re.compile(r"(?:(?<=[.!?…])[\"'”’»)\]]*\s+(?=[\"'“„«(\[¿¡]?[^\W\d_])|(?<=[。！？])\s*(?=\S))")


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("It rained. The match went on. «Bien.» ¿Qué pasa? 1. item", id="latin"),
        pytest.param('He said: "Stop." (Then left.) [Later.] Done!  Next… More', id="quotes-brackets"),
        pytest.param("Really?! Yes. no capital. A. . B", id="runs-of-stops"),
        pytest.param("今天下雨。。明天晴！后天？ 好", id="cjk"),
        pytest.param("a.\n\tB c.   D 3. 4 e.", id="white-space"),
        pytest.param("", id="empty"),
    ],
)
def test_sentence_breaks_are_where_the_stops_end_them(text: str) -> None:
    expected = [m.end() for m in _BREAK_LOOKBEHIND.finditer(text)]
    assert [m.end() for m in sections._SENTENCE_BREAK.finditer(text)] == expected
    for pos in range(1, len(text) + 1):  # searched from a window's start: from the character before it
        assert [m.end() for m in sections._SENTENCE_BREAK.finditer(text, pos - 1)] == [
            m.end() for m in _BREAK_LOOKBEHIND.finditer(text, pos)
        ]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The budget, 2024: 12 votes_for!", id="ascii"),
        pytest.param("Ça coûte 3 €, dit-elle", id="latin-1"),
        pytest.param("हिन्दी समाचार", id="devanagari-marks"),
        pytest.param("\x00\x7f~ Zz", id="controls"),
        pytest.param("", id="empty"),
    ],
)
def test_letters_counted_as_letters_and_marks(text: str) -> None:
    import unicodedata

    expected = sum(1 for ch in text if ch.isalpha() or (not ch.isascii() and unicodedata.category(ch).startswith("M")))
    assert sections._letters(text) == expected


def test_short_end_before_the_language_comes_back_is_not_read(monkeypatch: pytest.MonkeyPatch) -> None:
    """A long line whose short end reads as another language, between two lines in its own
    language, is never cut (a quote, a credit line): its opening and end are not read in full."""
    opening = "The mayor opened the new library on Monday with a short speech."
    text = f"{EN}\n\n{opening} {EN} Gracias a todos por venir hoy.\n\n{EN}"
    expected = split_sections(text)
    assert len(expected) == 1
    read: list[str] = []
    score = sections.score_text

    def spy(s: str, *a: object, **k: object) -> object:
        read.append(s)
        return score(s, *a, **k)  # type: ignore[arg-type]

    monkeypatch.setattr(sections, "score_text", spy)
    assert split_sections(text) == expected
    assert opening not in read


def test_text_language_is_read_from_its_first_thousand_characters(monkeypatch: pytest.MonkeyPatch) -> None:
    """The language most lines are in is named from the text's opening: its first 1,000
    characters (a few sentences), not 3,000; the lines are still each read as before."""
    text = "\n\n".join([EN, ES, NN] * 20)
    expected = split_sections(text)
    openings: list[int] = []
    score = sections.score_text

    def spy(s: str, *a: object, **k: object) -> object:
        if "sure" in k:
            openings.append(len(s))
        return score(s, *a, **k)  # type: ignore[arg-type]

    monkeypatch.setattr(sections, "score_text", spy)
    assert split_sections(text) == expected
    assert openings == [1_000]


def _no_second_model(text: str) -> dict[str, float]:
    msg = f"py3langid read {text!r}"
    raise AssertionError(msg)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(EN, id="en"),
        pytest.param(ES, id="es"),
        pytest.param(DE, id="de"),
    ],
)
def test_a_clear_sentence_is_read_by_the_profiles_alone(monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    """An opening or end that _cut (or a stretch _cut_middle) reads, which langdetect's profiles
    name with no doubt, is not read by py3langid too; the language is the full reading's."""
    full = sections._firm_top(sections.score_text(text, None))
    monkeypatch.setattr(language_langid, "probabilities", _no_second_model)
    assert sections._firm_top(sections._read_clear(text, None)) == full


@pytest.mark.parametrize("text", [pytest.param("Hotel Taxi Radio.", id="names"), pytest.param("Ok, tak.", id="short")])
def test_a_doubtful_sentence_is_read_in_full(text: str) -> None:
    """Without a clear lead the reading is the full one (both models)."""
    assert sections._read_clear(text, None) == sections.score_text(text, None)

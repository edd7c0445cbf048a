"""split_sections made cheaper without changing a result: line offsets instead of a block per
line, one look at a text's scripts, letter rule and noise for its two readings, and the
shortcuts of the profile scoring; each checked against the plain way of doing it."""

from __future__ import annotations

import gc

import pytest

from newsmeta import blocks, language, split_sections
from newsmeta.blocks import Block, line_spans, lines

EN = "The council approved the budget on Tuesday after a long debate about schools."
ES = "El consejo aprobó el martes el presupuesto tras un largo debate sobre las escuelas."
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

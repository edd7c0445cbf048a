"""extract(): the pipeline as a whole, its argument checks and its invariants."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsmeta
from newsmeta.dates import find_dates
from newsmeta.records import Article

WIRE = (
    "Harbour cities race to raise sea walls\n\n"
    "LISBON (AP) — Port authorities met on Tuesday to compare plans. The last flood hit in 1967.\n"
)


def _spans(art: Article) -> list[tuple[str, int | None, int | None]]:
    out: list[tuple[str, int | None, int | None]] = []
    if art.headline is not None:
        out.append((art.headline.text, art.headline.start, art.headline.end))
    out += [(h.text, h.start, h.end) for h in art.subheadlines]
    if art.dateline is not None:
        out.append((art.dateline.text, art.dateline.start, art.dateline.end))
    out += [(a.name, a.start, a.end) for a in art.authors]
    out += [(t.text, t.start, t.end) for t in art.tags]
    out += [(d.text, d.start, d.end) for d in art.dates]
    return out


def test_wire_story_fields() -> None:
    art = newsmeta.extract(WIRE)
    assert art.headline is not None and art.headline.text == "Harbour cities race to raise sea walls"
    assert art.dateline is not None and (art.dateline.place, art.dateline.agency) == ("LISBON", "AP")
    assert art.language is not None and art.language.code == "en"
    assert [d.text for d in art.dates if d.precision == "year"] == ["1967"]
    assert art.published is None  # nothing in the text says when it was published


@pytest.mark.parametrize(
    ("doc", "exc"),
    [(None, TypeError), (42, TypeError), (["text"], TypeError), ("x" * 50, None)],
    ids=["none", "int", "list", "str-ok"],
)
def test_argument_types(doc: object, exc: type[Exception] | None) -> None:
    if exc is None:
        assert isinstance(newsmeta.extract(doc), Article)  # type: ignore[arg-type]
    else:
        with pytest.raises(newsmeta.NewsmetaError) as info:
            newsmeta.extract(doc)  # type: ignore[arg-type]
        assert isinstance(info.value, exc)
        assert "str or bytes" in str(info.value)


def test_reference_date_must_be_a_date() -> None:
    with pytest.raises(newsmeta.InputTypeError, match="fromisoformat"):
        newsmeta.extract("text", reference_date="2024-01-01")  # type: ignore[arg-type]


def test_too_large_error_or_truncate() -> None:
    with pytest.raises(newsmeta.InputTooLargeError, match="max_chars"):
        newsmeta.extract("word " * 100, max_chars=50)
    art = newsmeta.extract("word " * 100, max_chars=50, on_too_large="truncate")
    assert len(art.text) == 50 and any("truncated" in w for w in art.warnings)


def test_empty_input_is_an_empty_article() -> None:
    art = newsmeta.extract("")
    assert (art.headline, art.language, art.published, art.dates, art.sections) == (None, None, None, (), ())


def test_crlf_is_normalised_and_offsets_index_the_text() -> None:
    art = newsmeta.extract(WIRE.replace("\n", "\r\n"))
    assert "\r" not in art.text
    for text, start, end in _spans(art):
        assert art.text[start:end] == text


def test_relative_dates_resolve_against_the_articles_own_date() -> None:
    doc = (
        "Dockers vote to end the strike\n\n"
        "Published: 12 March 2025\n\n"
        "ROTTERDAM — Dock workers voted on Monday to end a strike that had closed the port for a week, "
        "the union said, after the employers raised their offer.\n"
    )
    art = newsmeta.extract(doc)
    assert art.published is not None and art.published.value == dt.date(2025, 3, 12)
    (monday,) = [d for d in art.dates if d.text == "Monday"]
    assert monday.value == dt.date(2025, 3, 10) and monday.anchor == dt.date(2025, 3, 12)
    given = newsmeta.extract(doc, reference_date=dt.date(2025, 3, 20))
    (monday,) = [d for d in given.dates if d.text == "Monday"]
    assert monday.value == dt.date(2025, 3, 17)  # the caller's reference date comes first


def test_a_yearless_date_takes_the_publication_year() -> None:
    doc = (
        "Port reopens after strike\n\n"
        "Published: 12 March 2025\n\n"
        "ROTTERDAM — The port, built in 1872, reopened on Monday. A new vote is planned for April 2, "
        "the union said.\n"
    )
    art = newsmeta.extract(doc)
    (april,) = [d for d in art.dates if d.text == "April 2"]
    assert april.value == dt.date(2025, 4, 2) and april.anchor == dt.date(2025, 3, 12)
    alone = [(d.value, d.month, d.day) for d in find_dates(doc[doc.index("ROTTERDAM") :]) if d.text == "April 2"]
    assert alone == [(None, 4, 2)]  # with no publication date: a bare year before it is no anchor (#19)


def test_json_round_trip() -> None:
    art = newsmeta.extract(WIRE, reference_date=dt.date(2025, 1, 14))
    data = json.loads(art.to_json())
    assert data["headline"]["text"] == art.headline.text if art.headline else data["headline"] is None
    assert data["is_multilingual"] is False
    assert json.loads(json.dumps(newsmeta.to_dict(art))) == data


@given(st.text(max_size=400))
def test_any_str_gives_an_article_whose_offsets_index_its_text(doc: str) -> None:
    try:
        art = newsmeta.extract(doc)
    except newsmeta.NewsmetaError:
        return
    for text, start, end in _spans(art):
        assert start is not None and end is not None
        assert art.text[start:end] == text
    pos = 0
    for s in art.sections:
        assert s.start >= pos and s.end >= s.start
        pos = s.end
        if s.language is not None:
            assert 0.0 <= s.language.confidence <= 1.0
    json.loads(art.to_json())

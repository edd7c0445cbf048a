"""Datelines: place, agency and date kept apart, with offsets; year-less dates resolved."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsmeta.datelines import find_dateline

REST = "The talks began on Monday in a hotel near the river, officials said."

CASES = [
    ("dot-dash", f"Title\n\nPYONGYANG.- {REST}", "PYONGYANG.-", "PYONGYANG", None, None),
    ("agency-em-dash", f"Title\n\nWASHINGTON (AP) — {REST}", "WASHINGTON (AP) —", "WASHINGTON", "AP", None),
    (
        "date-agency",
        f"Title\n\nLONDON, March 3 (Reuters) - {REST}",
        "LONDON, March 3 (Reuters) -",
        "LONDON",
        "Reuters",
        dt.date(2024, 3, 3),
    ),
    (
        "region",
        f"Title\n\nPORTLAND, Ore., Feb 26 - {REST}",
        "PORTLAND, Ore., Feb 26 -",
        "PORTLAND, Ore.",
        None,
        dt.date(2024, 2, 26),
    ),
    ("spanish-agency", f"Título\n\nMOSCÚ (EFE).- {REST}", "MOSCÚ (EFE).-", "MOSCÚ", "EFE", None),
    ("bare-place", f"Title\n\nPARIS — {REST}", "PARIS —", "PARIS", None, None),
    (
        "wire-markers",
        f"Title\n\n***LIMA, March 5 - {REST}",
        "LIMA, March 5 -",
        "LIMA",
        None,
        dt.date(2024, 3, 5),
    ),
    (
        "dash-before-date",
        f"Title\n\nBETHESDA, Md., - March 6 - {REST}",
        "BETHESDA, Md., - March 6 -",
        "BETHESDA, Md.",
        None,
        dt.date(2024, 3, 6),
    ),
    ("misspelt-month", f"Title\n\nCHICAGO, Mach 4 - {REST}", "CHICAGO, Mach 4 -", "CHICAGO", None, dt.date(2024, 3, 4)),
    (
        "title-case-with-date",
        f"Title\n\nNew York, March 3 - {REST}",
        "New York, March 3 -",
        "New York",
        None,
        dt.date(2024, 3, 3),
    ),
    (
        "no-comma-before-date",
        f"Title\n\nANGLETON, Tex. March 3 - {REST}",
        "ANGLETON, Tex. March 3 -",
        "ANGLETON, Tex.",
        None,
        dt.date(2024, 3, 3),
    ),
    (
        "trailing-comma",
        f"Title\n\nCHICAGO, March 4, - {REST}",
        "CHICAGO, March 4, -",
        "CHICAGO",
        None,
        dt.date(2024, 3, 4),
    ),
    (
        "after-byline",
        f"Title\n\nBy Ann Lee, Reuters\n\nTOKYO, March 4 - {REST}",
        "TOKYO, March 4 -",
        "TOKYO",
        None,
        dt.date(2024, 3, 4),
    ),
    (
        "day-month-spanish",
        f"Título\n\nMADRID, 3 de marzo (EFE).- {REST}",
        "MADRID, 3 de marzo (EFE).-",
        "MADRID",
        "EFE",
        dt.date(2024, 3, 3),
    ),
    ("german-dpa", f"Titel\n\nBERLIN (dpa) - {REST}", "BERLIN (dpa) -", "BERLIN", "dpa", None),
]


@pytest.mark.parametrize(
    ("text", "whole", "place", "agency", "date"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_dateline(text: str, whole: str, place: str, agency: str | None, date: dt.date | None) -> None:
    d = find_dateline(text, reference_date=dt.date(2024, 3, 5))
    assert d is not None
    assert (d.text, d.place, d.agency) == (whole, place, agency)
    assert text[d.start : d.end] == d.text
    if date is None:
        assert d.date is None
    else:
        assert d.date is not None and d.date.value == date
        assert d.date.start is not None and d.date.end is not None
        assert text[d.date.start : d.date.end] == d.date.text


@pytest.mark.parametrize(
    ("ref", "expected"),
    [
        (dt.date(2024, 1, 2), dt.date(2023, 12, 30)),
        (dt.date(2024, 12, 28), dt.date(2024, 12, 30)),
        (dt.date(2024, 6, 1), dt.date(2023, 12, 30)),
    ],
    ids=["year-before-reference", "a-few-days-after-reference", "months-before"],
)
def test_year_from_reference(ref: dt.date, expected: dt.date) -> None:
    d = find_dateline(f"Title\n\nROME, Dec 30 - {REST}", reference_date=ref)
    assert d is not None and d.date is not None and d.date.value == expected and d.date.anchor == ref


def test_date_without_reference_is_not_guessed() -> None:
    d = find_dateline(f"Title\n\nROME, Dec 30 - {REST}")
    assert d is not None and d.date is not None and d.date.value is None


@pytest.mark.parametrize(
    "text",
    [
        "FED'S CHAIR - RATES TO STAY\n\nThe central bank kept rates unchanged on Wednesday, as expected by most.",
        f"Title\n\nThe mayor said - to nobody's surprise - that {REST}",
        f"Title\n\nhello world - {REST}",
        "",
    ],
    ids=["dash-in-headline", "dash-in-body", "lowercase-start", "empty"],
)
def test_no_dateline(text: str) -> None:
    assert find_dateline(text) is None


@given(st.text(max_size=300), st.dates())
def test_never_raises_and_offsets_hold(text: str, ref: dt.date) -> None:
    d = find_dateline(text, reference_date=ref)
    if d is not None:
        assert text[d.start : d.end] == d.text
        if d.date is not None:
            assert d.date.start is not None and d.date.end is not None
            assert text[d.date.start : d.date.end] == d.date.text


@given(
    st.sampled_from(["LONDON", "SÃO PAULO", "NEW YORK"]),
    st.sampled_from(["AP", "Reuters", "EFE"]),
    st.text(max_size=50),
)
def test_generated_datelines(place: str, agency: str, tail: str) -> None:
    text = f"Headline\n\n{place} ({agency}) — {REST} {tail}"
    d = find_dateline(text)
    assert d is not None and d.place == place and d.agency == agency

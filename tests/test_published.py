"""published_from_text: cues, datelines, page heuristics, and leaving undated pages undated."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsmeta
from newsmeta.datelines import find_dateline
from newsmeta.dates import find_dates
from newsmeta.published import published_from_text

REF = dt.date(2024, 7, 1)

PUBLISHED = [
    ("en-cue", "Headline\nPublished: 12 May 2024\n\nThe text of the story follows here.", dt.date(2024, 5, 12)),
    ("es-cue", "Titular\nPublicado el 14 de enero de 2025\n\nEl Gobierno aprobó la ley.", dt.date(2025, 1, 14)),
    ("fr-cue", "Titre\nPublié le 03/04/2024 à 10h\n\nLe texte suit.", dt.date(2024, 4, 3)),
    (
        "page-byline",
        "Home | World | Sport\n\nTown votes on new bridge\nBy Ann Lee\nMarch 3, 2024\n\n"
        "The council met on Tuesday and agreed the plan, which will cost more than expected.",
        dt.date(2024, 3, 3),
    ),
]


@pytest.mark.parametrize(("text", "value"), [c[1:] for c in PUBLISHED], ids=[c[0] for c in PUBLISHED])
def test_published(text: str, value: dt.date) -> None:
    pub, _ = published_from_text(text, dates=find_dates(text), dateline=None, reference_date=None)
    assert pub is not None and pub.value is not None
    got = pub.value.date() if isinstance(pub.value, dt.datetime) else pub.value
    assert got == value


UPDATED = [
    ("en", "Updated at: 06.21.2024\n\nText.", dt.date(2024, 6, 21)),
    ("de", "Aktualisiert am 2. Mai 2024\n\nDer Text.", dt.date(2024, 5, 2)),
    ("es", "Actualizado: 2024-06-21 08:00\n\nEl texto.", dt.date(2024, 6, 21)),
]


@pytest.mark.parametrize(("text", "value"), [c[1:] for c in UPDATED], ids=[c[0] for c in UPDATED])
def test_updated(text: str, value: dt.date) -> None:
    pub, upd = published_from_text(text, dates=find_dates(text), dateline=None, reference_date=None)
    assert upd is not None and upd.value is not None
    got = upd.value.date() if isinstance(upd.value, dt.datetime) else upd.value
    assert got == value
    assert pub is None or pub is not upd


UNDATED = [
    ("year-only", "Analysis\n\nThe pact dates back to 1953, when the war ended in a truce."),
    ("copyright", "Story\n\nText of the story without any date at all.\n\n© 2024 News Ltd. All rights reserved."),
    (
        "comments",
        "Story\n\nText of the story without a date, long enough to be a paragraph of the article.\n\n"
        "Comments\nJoe says: March 3, 2024 at 5:00 pm\nGreat piece.",
    ),
]


@pytest.mark.parametrize("text", [c[1] for c in UNDATED], ids=[c[0] for c in UNDATED])
def test_undated_stays_undated(text: str) -> None:
    assert published_from_text(text, dates=find_dates(text), dateline=None, reference_date=None)[0] is None


def test_dateline_date() -> None:
    text = "Wheat up\n\nLONDON, March 3 (Reuters) - Wheat rose on Tuesday as buyers came back."
    dl = find_dateline(text, reference_date=dt.date(1987, 3, 4))
    pub, _ = published_from_text(text, dates=find_dates(text), dateline=dl, reference_date=dt.date(1987, 3, 4))
    assert pub is not None and pub.value == dt.date(1987, 3, 3)


@given(st.text(max_size=200))
@settings(max_examples=40, deadline=None)
def test_never_raises(text: str) -> None:
    pub, upd = published_from_text(text, dates=find_dates(text, reference_date=REF), dateline=None, reference_date=REF)
    for d in (pub, upd):
        assert d is None or (d.start is not None and text[d.start : d.end] == d.text)


WIRE = "SHARES RISE ON FUND BUYING\n\n"


@pytest.mark.parametrize(
    ("text", "ref", "expected", "source"),
    [
        (WIRE + "TOKYO, March 5 - Shares rose on strong buying by funds.",
         dt.date(1987, 3, 4), dt.date(1987, 3, 4), "reference_date"),
        (WIRE + "ATLANTA, March 3 - Shares rose on strong buying by funds.",
         dt.date(1987, 3, 4), dt.date(1987, 3, 3), "dateline"),
        (WIRE + "PARIS, March 4 - Shares rose on strong buying by funds.",
         dt.date(1987, 3, 4), dt.date(1987, 3, 4), "dateline"),
    ],
    ids=["dateline-a-day-ahead", "dateline-a-day-before", "same-day"],
)
def test_published_never_after_the_reference_date(text: str, ref: dt.date, expected: dt.date, source: str) -> None:
    art = newsmeta.extract(text, reference_date=ref)
    assert art.published is not None
    assert (art.published.value, art.published.source) == (expected, source)


MENU = "Home\nNews\nTrending\nComments\nSport\n" + "\n".join(f"Section {i}" for i in range(40)) + "\n\n"
PAGE = (
    "Harbour plan approved after a long night of debate\n\n"
    "By Ana Ferreira\n"
    "14.01.2025\n\n"
    + "The council voted on the new harbour plan after a long debate on costs and on the sea walls. " * 8
)


def test_menu_words_above_the_headline_do_not_hide_its_date_line() -> None:
    art = newsmeta.extract(MENU + PAGE)
    assert art.headline is not None and art.headline.text.startswith("Harbour plan approved")
    assert art.published is not None and art.published.value == dt.date(2025, 1, 14)


def test_a_date_in_the_menus_far_above_the_headline_is_not_the_publication_date() -> None:
    text = "Home\n03.02.2024\n" + MENU + PAGE.replace("14.01.2025\n", "")
    art = newsmeta.extract(text)
    assert art.headline is not None and art.headline.text.startswith("Harbour plan approved")
    assert art.published is None


BODY = "Die Branche hatte mehrfach und vehement die Nachteile des vorgesehenen Gesetzes dargelegt. " * 3
OPENINGS = [
    ("date-dash", "Strompreisbremse: Bundestag beschließt Gesetz\n\n29.11.2022 – " + BODY, dt.date(2022, 11, 29)),
    ("place-and-date-in-brackets", "Gedenken am Ewigkeitssonntag\n\nKarlsruhe, (12.11.2021). " + BODY,
     dt.date(2021, 11, 12)),
    ("date-quote", "Arbeitsmarkt startet gut ins Jahr\n\n01.02.2022 „Der Arbeitsmarkt ist gut gestartet“, sagte sie. "
     + BODY, dt.date(2022, 2, 1)),
    ("date-in-a-sentence", "Arbeitsmarkt startet gut ins Jahr\n\nDer 01.02.2022 war ein guter Tag. " + BODY, None),
    ("far-below-the-headline", "Termine im Januar\n\n" + BODY * 3 + "\n\nSa., 22.01.2022, 9:00 – 17:00 Uhr Hoffest. "
     + BODY, None),
]


@pytest.mark.parametrize(("text", "value"), [c[1:] for c in OPENINGS], ids=[c[0] for c in OPENINGS])
def test_a_date_opening_the_first_paragraph_is_its_dateline(text: str, value: dt.date | None) -> None:
    art = newsmeta.extract(text)
    got = art.published.value if art.published else None
    assert (got.date() if isinstance(got, dt.datetime) else got) == value

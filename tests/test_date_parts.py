"""Dates as far as the text states them (#19): partial dates, anchoring, times with zones,
glued date-times, two-digit years, the language of every mention."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsmeta
from newsmeta.dates import find_dates
from newsmeta.records import DateMention, to_dict

UTC = dt.timezone.utc


def _tz(hours: float) -> dt.timezone:
    return dt.timezone(dt.timedelta(minutes=round(hours * 60)))


def _one(text: str, **kw: object) -> DateMention:
    found = find_dates(text, **kw)  # type: ignore[arg-type]
    assert len(found) == 1, found
    return found[0]


# text, languages, mention text, (year, month, day), value
PARTIAL = [
    ("en-day-of", "It was signed on the 19th day of May.", ["en"], "19th day of May", (None, 5, 19), None),
    ("en-month-day", "The vote is planned for April 2, the union said.", ["en"], "April 2", (None, 4, 2), None),
    ("en-day-month", "Talks resume on 14 July in Geneva.", ["en"], "14 July", (None, 7, 14), None),
    ("de", "Die Wahl findet am 3. Oktober statt.", ["de"], "3. Oktober", (None, 10, 3), None),
    ("es", "La reunión será el 5 de junio en Lima.", ["es"], "5 de junio", (None, 6, 5), None),
    ("fr", "Le sommet aura lieu le 12 mars à Nice.", ["fr"], "12 mars", (None, 3, 12), None),
    ("ru-words", "Было так. Двадцать третье февраля. Помню.", ["ru"], "Двадцать третье февраля", (None, 2, 23), None),
    ("leap-day", "Her birthday is February 29, she says.", ["en"], "February 29", (None, 2, 29), None),
    ("year", "It ended in 1953.", ["en"], "1953", (1953, None, None), dt.date(1953, 1, 1)),
    ("month-year", "Sales fell in October 2020.", ["en"], "October 2020", (2020, 10, None), dt.date(2020, 10, 1)),
    ("full", "Signed on 3 March 2004 in Rome.", ["en"], "3 March 2004", (2004, 3, 4 - 1), dt.date(2004, 3, 3)),
]


@pytest.mark.parametrize(("name", "text", "langs", "span", "parts", "value"), PARTIAL, ids=[c[0] for c in PARTIAL])
def test_partial_dates(
    name: str, text: str, langs: list[str], span: str, parts: tuple[int | None, ...], value: dt.date | None
) -> None:
    d = _one(text, languages=langs)
    assert (d.text, (d.year, d.month, d.day), d.value) == (span, parts, value)
    assert text[d.start : d.end] == d.text


def test_no_day_that_no_year_has() -> None:
    assert [d.text for d in find_dates("Due on February 30, they said.")] == []


def test_parts_in_json() -> None:
    d = _one("It was signed on the 19th day of May.")
    out = to_dict(d)
    assert (out["value"], out["year"], out["month"], out["day"]) == (None, None, 5, 19)


# text, reference date, mention text, value, anchor
ANCHORS = [
    ("reference", "The vote is on April 2.", dt.date(2025, 3, 1), "April 2", dt.date(2025, 4, 2), dt.date(2025, 3, 1)),
    (
        "earlier-full-date",
        "Talks began on 3 March 2024 and failed on March 5.",
        None,
        "March 5",
        dt.date(2024, 3, 5),
        dt.date(2024, 3, 3),
    ),
    ("forecast-year", "Emissions must fall by 2049, the panel said on October 21.", None, "October 21", None, None),
    ("bare-year-before", "The port, built in 1872, reopens on April 2.", None, "April 2", None, None),
    (
        "other-paragraph",
        "Talks began on 3 March 2024.\n\nA new round is planned for June 5.",
        None,
        "June 5",
        None,
        None,
    ),
]


@pytest.mark.parametrize(("name", "text", "ref", "span", "value", "anchor"), ANCHORS, ids=[c[0] for c in ANCHORS])
def test_anchoring(
    name: str, text: str, ref: dt.date | None, span: str, value: dt.date | None, anchor: dt.date | None
) -> None:
    (d,) = [d for d in find_dates(text, reference_date=ref, languages=["en"]) if d.text == span]
    assert (d.value, d.anchor) == (value, anchor)
    if value is None:
        assert (d.year, d.month, d.day) == (None, int(d.month or 0), int(d.day or 0)) and d.month and d.day


def test_the_article_date_anchors_a_yearless_date() -> None:
    doc = "Port reopens\n\nPublished: 12 March 2025\n\nThe port reopened. A new vote is planned for April 2.\n"
    (april,) = [d for d in newsmeta.extract(doc).dates if d.text == "April 2"]
    assert (april.value, april.anchor) == (dt.date(2025, 4, 2), dt.date(2025, 3, 12))


# text, languages, mention text, value
TIMES = [
    ("en-et-winter", "Filed March 3, 2024, 10:30 a.m. ET.", ["en"], "March 3, 2024, 10:30 a.m. ET",
     dt.datetime(2024, 3, 3, 10, 30, tzinfo=_tz(-5))),
    ("en-et-summer", "Filed July 3, 2024, 10:30 a.m. ET.", ["en"], "July 3, 2024, 10:30 a.m. ET",
     dt.datetime(2024, 7, 3, 10, 30, tzinfo=_tz(-4))),
    ("en-pm-est", "Posted 3 March 2024, 10:30 p.m. EST", ["en"], "3 March 2024, 10:30 p.m. EST",
     dt.datetime(2024, 3, 3, 22, 30, tzinfo=_tz(-5))),
    ("de-uhr-mez", "Am 3. März 2024, 14.00 Uhr MEZ, begann es.", ["de"], "3. März 2024, 14.00 Uhr MEZ",
     dt.datetime(2024, 3, 3, 14, 0, tzinfo=_tz(1))),
    ("de-uhr-naive", "Am 3. März 2024 um 14 Uhr begann es.", ["de"], "3. März 2024 um 14 Uhr",
     dt.datetime(2024, 3, 3, 14, 0)),
    ("fr-h-gmt", "Le 3 mars 2024 à 9h GMT, la séance a commencé.", ["fr"], "3 mars 2024 à 9h GMT",
     dt.datetime(2024, 3, 3, 9, 0, tzinfo=UTC)),
    ("fr-h-et-is-not-a-zone", "Le 3 mars 2024 à 9h et la suite.", ["fr"], "3 mars 2024 à 9h",
     dt.datetime(2024, 3, 3, 9, 0)),
    ("offset", "On March 3, 2024 18:28 +03:00 the vote closed.", ["en"], "March 3, 2024 18:28 +03:00",
     dt.datetime(2024, 3, 3, 18, 28, tzinfo=_tz(3))),
    ("iso-offset-space", "Stamp: 2024-03-03 18:28 +03:00.", None, "2024-03-03 18:28 +03:00",
     dt.datetime(2024, 3, 3, 18, 28, tzinfo=_tz(3))),
    ("gmt-plus", "Opened 3 March 2024 at 10 am (GMT+2).", ["en"], "3 March 2024 at 10 am (GMT+2)",
     dt.datetime(2024, 3, 3, 10, 0, tzinfo=_tz(2))),
    ("es-naive", "El 3 de marzo de 2024 a las 18:30 se cerró.", ["es"], "3 de marzo de 2024 a las 18:30",
     dt.datetime(2024, 3, 3, 18, 30)),
    ("not-a-zone", "3 March 2024 at 10 am Moscow time", ["en"], "3 March 2024 at 10 am",
     dt.datetime(2024, 3, 3, 10, 0)),
    ("decimal-not-time", "In March 3 2024 12.50 percent fell.", ["en"], "March 3 2024", dt.date(2024, 3, 3)),
    ("count-not-time", "On 3 March 2024, 5 people came.", ["en"], "3 March 2024", dt.date(2024, 3, 3)),
]


@pytest.mark.parametrize(("name", "text", "langs", "span", "value"), TIMES, ids=[c[0] for c in TIMES])
def test_times_and_zones(name: str, text: str, langs: list[str] | None, span: str, value: dt.date) -> None:
    d = _one(text, languages=langs)
    assert (d.text, d.value) == (span, value)
    if isinstance(value, dt.datetime):
        assert isinstance(d.value, dt.datetime) and d.value.utcoffset() == value.utcoffset()
    assert d.precision == ("minute" if isinstance(value, dt.datetime) else "day")


# text, value: a date glued to a time, and two-digit years
GLUED = [
    ("28.09.19 12:44", dt.datetime(2019, 9, 28, 12, 44)),
    ("Posted 28.09.19 12:44 in Berlin", dt.datetime(2019, 9, 28, 12, 44)),
    ("Stand: 01.02.2021, 09:15 Uhr", dt.datetime(2021, 2, 1, 9, 15)),
    ("Updated 06.21.2024, 10:00 GMT", dt.datetime(2024, 6, 21, 10, 0, tzinfo=UTC)),
    ("It was 28.09.49.", dt.date(2049, 9, 28)),
    ("It was 28.09.50.", dt.date(1950, 9, 28)),
    ("It was 3.3.65.", dt.date(1965, 3, 3)),
    ("It was 13/03/07.", dt.date(2007, 3, 13)),
]


@pytest.mark.parametrize(("text", "value"), GLUED)
def test_glued_date_times_and_two_digit_years(text: str, value: dt.date) -> None:
    assert _one(text).value == value


def test_ambiguous_numeric_date_keeps_its_alternative() -> None:
    d = _one("Le 03.04.2024 à Paris.", languages=["fr"])
    assert (d.ambiguous, d.value, d.alternative) == (True, dt.date(2024, 4, 3), dt.date(2024, 3, 4))
    # another date of the text with a day above 12 settles it
    found = find_dates("Le 03.04.2024 à Paris, puis le 25.04.2024.", languages=["fr"])
    assert [(d.value, d.ambiguous) for d in found] == [(dt.date(2024, 4, 3), False), (dt.date(2024, 4, 25), False)]


# text, languages: every mention carries the language the text was read in
LANGUAGE = [
    ("Der Vertrag vom 28. September 2014 galt. Stand: 2024-01-05.", ["de"], "de"),
    ("Signed in 1953 and again on 2024-01-05, then yesterday.", ["en"], "en"),
    ("El 5 de junio de 2020 y en 1999.", ["es"], "es"),
    ("Die Bundesregierung hat am 28. September 2014 beschlossen, das Gesetz zu ändern.", None, "de"),
]


@pytest.mark.parametrize(("text", "langs", "code"), LANGUAGE)
def test_every_mention_says_its_language(text: str, langs: list[str] | None, code: str) -> None:
    found = find_dates(text, languages=langs)
    assert found and {d.language for d in found} == {code}


def test_extract_sets_the_section_language_on_every_date() -> None:
    doc = (
        "Neue Regeln für den Hafen\n\n"
        "Die Bundesregierung hat am 28. September 2014 beschlossen, das Gesetz zu ändern. "
        "Seit 2015 gilt es, und am 2015-01-05 trat es in Kraft.\n"
    )
    art = newsmeta.extract(doc)
    assert art.dates and {d.language for d in art.dates} == {"de"}


DATES = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2099, 12, 31))
SHAPES = st.sampled_from(
    ["{d:%d} {d:%B} {d:%Y}", "{d:%B} {d.day}, {d:%Y}", "{d:%Y-%m-%d}", "{d:%B} {d:%Y}", "in {d:%Y}", "{d:%d.%m.%Y}",
     "{d:%B} {d.day}", "{d:%Y-%m-%d}T10:30:00Z", "{d:%d} {d:%B} {d:%Y}, 10:30 a.m. ET"]
)


@given(DATES, SHAPES, st.sampled_from(["The event of ", "Filed ", "", "Talks began on 3 March 2001. Then "]))
def test_parts_agree_with_value(day: dt.date, shape: str, before: str) -> None:
    for d in find_dates(before + shape.format(d=day) + " was noted.", languages=["en"]):
        if d.value is None:
            assert d.year is None and (d.month is None or 1 <= d.month <= 12)
            continue
        assert d.year == d.value.year
        assert d.month in (None, d.value.month) and d.day in (None, d.value.day)
        assert (d.month is None) == (d.precision == "year")
        assert (d.day is None) == (d.precision in ("year", "month"))


def test_a_text_of_unsure_language_is_read_in_the_likely_ones() -> None:
    # three words are not enough to tell the language for sure: dateparser reads them in the
    # likely languages, and the mention says the one it was read in
    (d,) = find_dates("in a minute", reference_date=dt.date(2000, 1, 1))
    assert (d.value, d.language) == (dt.datetime(2000, 1, 1, 0, 1), "en")

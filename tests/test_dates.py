"""find_dates: spans, values, precision, ambiguity, relative dates, non-dates."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsmeta.dates import find_dates

REF = dt.date(2021, 5, 10)

CASES = [
    ("iso", "Posted 2023-11-02T08:15:00Z by the desk.", None, "2023-11-02T08:15:00Z", "2023-11-02T08:15:00+00:00"),
    ("iso-date", "The file dated 2019-04-30 was lost.", None, "2019-04-30", "2019-04-30"),
    ("mdy", "The storm hit on March 3, 2004, at dawn.", None, "March 3, 2004", "2004-03-03"),
    ("dmy", "Signed on 3 March 2004 in Rome.", None, "3 March 2004", "2004-03-03"),
    ("es", "Madrid, 14 de enero de 2025. El Gobierno aprobó.", ["es"], "14 de enero de 2025", "2025-01-14"),
    ("month-year", "Sales fell in October 2020 and rose again.", None, "October 2020", "2020-10-01"),
    ("year", "The armistice was signed in 1953.", None, "1953", "1953-01-01"),
    ("us-only", "Updated 06.21.2024 by staff.", None, "06.21.2024", "2024-06-21"),
    ("time-zone", "Filed Aug 6, 2018 05:05 PM CDT.", None, "Aug 6, 2018 05:05 PM CDT", "2018-08-06T17:05:00-05:00"),
    ("de", "Der Vertrag vom 13. April 1941 galt lange.", ["de"], "13. April 1941", "1941-04-13"),
    ("cjk", "会议于2019年3月5日举行。", ["zh"], "2019年3月5日", "2019-03-05"),
    (
        "hu-year-first",
        "A szerződést 1947. február 10-én írták alá Párizsban.",
        ["hu"],
        "1947. február 10-én",
        "1947-02-10",
    ),
    ("da-day-dot", "Aftalen trådte i kraft den 5. juni 1953 i København.", ["da"], "5. juni 1953", "1953-06-05"),
    ("pl-genitive", "Rozejm podpisano 11 listopada 1918 w Compiègne.", ["pl"], "11 listopada 1918", "1918-11-11"),
    ("pt-month-year", "Em março de 1964, o governo caiu.", ["pt"], "março de 1964", "1964-03-01"),
    ("ru-v-year", "Он умер 5 марта в 1953 году в Москве.", ["ru"], "5 марта в 1953", "1953-03-05"),
    ("hi-month-year", "मार्च 1947 में वार्ता शुरू हुई।", ["hi"], "मार्च 1947", "1947-03-01"),
    ("mdy-before-dmy", "Talks began July 13th 2014 in Doha.", None, "July 13th 2014", "2014-07-13"),
    ("two-digit-year-run-into-a-time", "Stand: 28.09.1912:44 Uhr", ["de"], "28.09.19", "2019-09-28"),
    ("year-then-colon", "Am 28.09.2019: Der Rat tagte.", ["de"], "28.09.2019", "2019-09-28"),
]


@pytest.mark.parametrize(("text", "langs", "span", "value"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_finds_date(text: str, langs: list[str] | None, span: str, value: str) -> None:
    found = find_dates(text, languages=langs)
    assert [d.text for d in found if d.value is not None][:1] == [span]
    assert found[0].value is not None
    assert found[0].value.isoformat() == value


RELATIVE = [
    ("en-yesterday", "The minister resigned yesterday.", ["en"], dt.date(2021, 5, 9)),
    ("es-hace", "El acuerdo se firmó hace dos días en Lima.", ["es"], dt.date(2021, 5, 8)),
    ("fr-il-y-a", "Le texte a été voté il y a trois jours.", ["fr"], dt.date(2021, 5, 7)),
    ("ru-nazad", "Это случилось 2 дня назад в Москве.", ["ru"], dt.date(2021, 5, 8)),
    ("de-gestern", "Der Minister ist gestern zurückgetreten.", ["de"], dt.date(2021, 5, 9)),
    ("en-weekday", "The minister resigned on Friday.", ["en"], dt.date(2021, 5, 7)),
    ("en-next-weekday", "The vote is due next Monday.", ["en"], dt.date(2021, 5, 17)),
    ("hu-ago", "A hajó 2 hónappal ezelőtt indult el.", ["hu"], dt.date(2021, 3, 10)),
    ("en-year-ago", "Profit rose 8 pct from a year ago.", ["en"], dt.date(2020, 5, 10)),
    ("fr-ans-comma", "Il y a deux ans, le pont a cédé.", ["fr"], dt.date(2019, 5, 10)),
    ("es-meses", "Hace tres meses llegó a Lima.", ["es"], dt.date(2021, 2, 10)),
    ("de-am-weekday", "Das Spiel findet am Samstag statt.", ["de"], dt.date(2021, 5, 8)),
    ("es-dia-de-hoy", "La decisión se conoció en el día de hoy en Lima.", ["es"], dt.date(2021, 5, 10)),
]


@pytest.mark.parametrize(("text", "langs", "value"), [c[1:] for c in RELATIVE], ids=[c[0] for c in RELATIVE])
def test_relative_resolves_against_reference(text: str, langs: list[str], value: dt.date) -> None:
    found = [d for d in find_dates(text, reference_date=REF, languages=langs) if d.relative]
    assert found and found[0].value == value and found[0].anchor == REF
    unresolved = [d for d in find_dates(text, languages=langs) if d.relative]
    assert unresolved and unresolved[0].value is None


# "ago" and "назад" forms are looked for only in texts with the word: both in one text, and
# neither beside words that hold "ago" ("Chicago")
AGO_FORMS = [
    ("ago-and-nazad", "Signed 2 days ago in Chicago; подписан 3 дня назад.", None, ["2 days ago", "3 дня назад"]),
    ("nazad-then-ago", "Договор подписан 3 дня назад, а не 2 days ago.", ["ru", "en"], ["3 дня назад", "2 days ago"]),
    ("chicago-hace", "Chicago agonises: the deal was signed hace dos días.", None, ["hace dos días"]),
]


@pytest.mark.parametrize(("text", "langs", "spans"), [c[1:] for c in AGO_FORMS], ids=[c[0] for c in AGO_FORMS])
def test_ago_forms(text: str, langs: list[str] | None, spans: list[str]) -> None:
    assert [d.text for d in find_dates(text, reference_date=REF, languages=langs) if d.relative] == spans


NON_DATES = [
    ("duration", "He will retire in 15 years, officials said."),
    ("decades", "She led the party for two decades."),
    ("siglo", "Gobernó durante casi un cuarto de siglo."),
    ("kim", "Kim Jong Un met the envoy."),
    ("may-verb", "Officials may march on the capital."),
    ("price", "Shares rose to $12.50 after a 3-1 win."),
    ("version", "Install version 3.12.1 now."),
    ("phone", "Call 555-0199 for tickets."),
    ("es-morning", "La reunión terminó por la mañana."),
    ("weekday-lower", "a friday-night tradition"),
    ("de-die-mit", "Er kam und die Leute gingen mit ihm um die Ecke."),
    ("de-decimal-comma", "Der Wert stieg mit 30,1 Prozent in 47,24 Sekunden."),
]

# a span of time beside a real date: only the date is one
BESIDE = [
    ("de-tage", "Vor einer Woche begann der Streik, der 14 Tage dauerte.", ["de"], ["Vor einer Woche"]),
    ("de-wochen", "Am Montag begann der Streik, der zwei Wochen dauerte.", ["de"], ["Am Montag"]),
    ("de-in-die", "Am Montag zog sie in die Stadt, mit einer Tasche.", ["de"], ["Am Montag"]),
]


@pytest.mark.parametrize(("text", "langs", "dates"), [c[1:] for c in BESIDE], ids=[c[0] for c in BESIDE])
def test_spans_of_time_beside_dates(text: str, langs: list[str], dates: list[str]) -> None:
    assert [d.text for d in find_dates(text, reference_date=REF, languages=langs)] == dates


@pytest.mark.parametrize("text", [c[1] for c in NON_DATES], ids=[c[0] for c in NON_DATES])
def test_non_dates(text: str) -> None:
    assert [d.text for d in find_dates(text, reference_date=REF)] == []


def test_ambiguous_numeric_keeps_alternative() -> None:
    (d,) = find_dates("Le 03.04.2024 à Paris.", languages=["fr"])
    assert d.ambiguous and d.value == dt.date(2024, 4, 3) and d.alternative == dt.date(2024, 3, 4)


def test_ambiguous_numeric_resolved_by_other_dates() -> None:
    found = find_dates("Filed 12/25/2023. Amended 03/04/2024.", languages=["en"])
    assert [d.value for d in found] == [dt.date(2023, 12, 25), dt.date(2024, 3, 4)]
    assert not found[1].ambiguous


@given(st.text(max_size=300))
@settings(max_examples=60, deadline=None)
def test_never_raises_and_spans_exact(text: str) -> None:
    for d in find_dates(text, reference_date=REF):
        assert d.start is not None and d.end is not None
        assert text[d.start : d.end] == d.text
        assert d.value is None or isinstance(d.value, dt.date)


def test_relative_time_keeps_its_minutes() -> None:
    (found,) = find_dates("The bell rings in a minute.", reference_date=REF, languages=["en"])
    assert found.value == dt.datetime(2021, 5, 10, 0, 1)
    assert found.precision == "minute" and found.relative


def test_weekday_inside_a_date_is_not_a_second_mention() -> None:
    found = find_dates("Starting Thursday 2020-11-05 13:50 GMT", reference_date=REF)
    assert [d.text for d in found] == ["2020-11-05 13:50 GMT"]


def test_yearless_date_takes_the_year_of_the_date_before_it() -> None:
    found = find_dates("Talks began July 12th, 2014. July 13th was calm.", languages=["en"])
    assert [(d.text, d.value) for d in found] == [
        ("July 12th, 2014", dt.date(2014, 7, 12)),
        ("July 13th", dt.date(2014, 7, 13)),
    ]
    assert found[1].relative and found[1].anchor == dt.date(2014, 7, 12)

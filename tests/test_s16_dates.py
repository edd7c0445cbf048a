"""HTML published dates (session 16): the day a page prints by its headline, with the wall-clock
time it prints there put in the zone that a statement of the same instant on a day apart implies."""

from __future__ import annotations

import datetime as dt

import pytest

from newsmeta.html_dates import _PRINTED_TIME, _mention, _wall_clock
from newsmeta.html_input import read_html

BODY = "<p>" + "The five candidates sparred over the economy and foreign policy for two hours. " * 6 + "</p>"
LD = '<script type="application/ld+json">{{"@type": "NewsArticle", "datePublished": "{0}"}}</script>'


def page(head: str, byline: str) -> str:
    return (f"<html lang='en-US'><head><title>Five takeaways from the debate | Daily Ledger</title>{head}</head>"
            f"<body><article><h1>Five takeaways from the debate</h1><p>By Tal Reyes</p><div>{byline}</div>"
            f"{BODY}</article></body></html>")


@pytest.mark.parametrize(("head", "byline", "expected"), [
    (LD.format("2023-11-09T04:15:00Z"), "November 8, 2023, 11:15 PM", "2023-11-08T23:15:00-05:00"),
    (LD.format("2019-10-18T22:04:00Z"), "19. October 2019 00:04", "2019-10-19T00:04:00+02:00"),
    (LD.format("2023-11-09T04:15:00Z"), "November 8, 2023, 11:40 PM", "2023-11-08"),
    (LD.format("2023-11-09T04:15:00Z"), "November 8, 2023", "2023-11-08"),
    (LD.format("2023-11-09"), "November 8, 2023, 11:15 PM", "2023-11-08"),
], ids=["us-evening-is-utc-next-day", "cest-past-midnight", "another-minute", "no-time-printed",
        "statement-without-time"])
def test_the_printed_day_keeps_the_instant_in_its_local_zone(head: str, byline: str, expected: str) -> None:
    # the day printed by the headline wins over the statement's UTC day; the statement gives the zone
    doc = read_html(page(head, byline))
    assert doc.published is not None and doc.published.value is not None
    assert doc.published.value.isoformat() == expected
    if "T" in expected:
        assert isinstance(doc.published.value, dt.datetime) and doc.published.precision == "minute"


@pytest.mark.parametrize(("printed", "expected"), [
    ("Posted 11:15 PM", "2023-11-08T23:15:00-05:00"),
    ("Posted 11:15 p.m.", "2023-11-08T23:15:00-05:00"),
    ("Posted 23:15", "2023-11-08T23:15:00-05:00"),
    ("Posted 11:15", "2023-11-08"),
    ("Read: 4:15 min", "2023-11-08"),
    ("", "2023-11-08"),
], ids=["pm", "p.m.", "24h", "morning-is-not-the-instant", "duration-wrong-day", "nothing-printed"])
def test_a_printed_time_is_the_instant_only_in_a_zone_that_makes_it_so(printed: str, expected: str) -> None:
    got = _mention(dt.date(2023, 11, 8), "html", (("2023-11-09T04:15:00Z", "json-ld"),), printed)
    assert got.value is not None and got.value.isoformat() == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("9:05 AM", "09:05"), ("12:30 pm", "12:30"), ("12:30 AM", "00:30"), ("0:30", "00:30"),
    ("13:05 PM", None), ("24:10", None), ("7:75", None),
], ids=["am", "noon", "midnight", "24h-midnight", "not-12h", "past-midnight", "not-minutes"])
def test_a_printed_time_is_read_as_a_wall_clock(text: str, expected: str | None) -> None:
    t = _PRINTED_TIME.search(text)
    assert t is not None
    got = _wall_clock(dt.date(2023, 11, 8), t)
    assert (got.strftime("%H:%M") if got else None) == expected

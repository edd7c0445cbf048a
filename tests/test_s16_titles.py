"""HTML titles (session 16): rules that hold on pages of sites not seen before."""

from __future__ import annotations

import pytest

from newsmeta.html_input import read_html

BODY = "<p>" + "Der Gemeinderat stimmte nach langer Debatte über die Kosten dem neuen Hafenplan zu. " * 6 + "</p>"


def headline(head: str, body: str = BODY, url: str | None = None) -> str | None:
    doc = read_html(f"<html><head>{head}</head><body>{body}</body></html>", url=url)
    return doc.headline.text if doc.headline else None


# A <title> (or og:title) none of whose parts is a known site name is kept whole: its dash or colon
# may be the headline's own (a title and its subtitle); the page's other titles decide.
WHOLE = [
    ("dash-subtitle", "Die Haubenfahrzeuge der Nachkriegszeit und ihre Geschichte - Teil 49"),
    ("dash-deck", "Der Gemeinderat stimmt dem neuen Hafenplan zu – ein Kommentar"),
]


@pytest.mark.parametrize("title", [c[1] for c in WHOLE], ids=[c[0] for c in WHOLE])
def test_a_title_without_a_known_site_part_is_kept_whole(title: str) -> None:
    head = f"<title>{title}</title><meta property='og:title' content='{title}'>"
    assert headline(head, url="https://hafen.example/a/1") == title


def test_a_title_alone_loses_its_short_part() -> None:
    # the page's only title (no <h1>, og:title, JSON-LD): nothing else decides, its long part is
    # the best guess at the headline
    title = "Der Gemeinderat stimmt dem neuen Hafenplan zu"
    assert headline(f"<title>Hafenblatt - {title}</title>", url="https://hafen.example/a/1") == title


def test_a_known_site_part_is_still_cut() -> None:
    head = ("<title>Der Hafenplan kommt nach langer Debatte | Hafenblatt</title>"
            "<meta property='og:site_name' content='Hafenblatt'>")
    assert headline(head, url="https://hafen.example/a/1") == "Der Hafenplan kommt nach langer Debatte"


def test_a_guessed_site_name_that_the_share_title_says_is_the_headlines() -> None:
    # no og:site_name: trafilatura takes a <title> part with a dot in it for the site's name; here
    # it is the headline's subtitle, as og:title (written for sharing, no site name) shows
    title = "[Rezension] Liebe im Hafen - Sehnsucht von A. B. Berg"
    head = f"<title>Annas Lesezimmer: {title}</title><meta property='og:title' content='{title}'>"
    assert headline(head, url="https://lesezimmer.example/2017/09/rezension.html") == title


SLOT = [
    ("empty-slot-then-topic", "<h1>Hafenplan, Kosten und Debatte im Gemeinderat <span>: </span><span></span>"
     "<span>, Thema:</span> <span>Politik</span></h1>", "Hafenplan, Kosten und Debatte im Gemeinderat"),
    ("colon-in-the-title", "<h1>Hafenplan: Kosten und Debatte im Gemeinderat</h1>",
     "Hafenplan: Kosten und Debatte im Gemeinderat"),
]


@pytest.mark.parametrize(("h1", "expected"), [c[1:] for c in SLOT], ids=[c[0] for c in SLOT])
def test_an_h1_is_cut_at_an_empty_template_slot(h1: str, expected: str) -> None:
    # the head's title is worded otherwise: the <h1> is chosen for the words it shares with it
    head = "<title>Hafenplan und Debatte im Gemeinderat - Hafenblatt</title>"
    assert headline(head, f"<header>{h1}</header>{BODY}", "https://hafenblatt.example/a/1") == expected


SITE_H1 = [
    ("og-title-says-the-first-part", "<meta property='og:title' content='Hafenplan beschlossen'>", "",
     "Hafenplan beschlossen"),
    ("h2-prints-the-first-part", "", "<h2>Hafenplan beschlossen</h2>", "Hafenplan beschlossen"),
    # nothing says the first part: the <h1>, which the <title> contains, stays the headline
    ("nothing-says-it", "", "", "Notizen vom Hafenbecken"),
]


@pytest.mark.parametrize(("meta", "h2", "expected"), [c[1:] for c in SITE_H1], ids=[c[0] for c in SITE_H1])
def test_an_h1_that_is_the_titles_later_part_is_the_sites_when_the_first_is_said(
        meta: str, h2: str, expected: str) -> None:
    head = f"<title>Hafenplan beschlossen | Notizen vom Hafenbecken</title>{meta}"
    body = f"<header><h1>Notizen vom Hafenbecken</h1></header><article>{h2}{BODY}</article>"
    assert headline(head, body, "https://blog.example/2024/hafen") == expected


def test_an_h1_that_is_the_hosts_name_spaced_is_the_sites() -> None:
    title = "Der Hafenplan kommt vor den Gemeinderat"
    head = f"<title>Daily Planet</title><meta property='og:title' content='{title}'>"
    body = f"<header><h1>Daily Planet</h1></header><article>{BODY}</article>"
    assert headline(head, body, "https://www.dailyplanet.example/2024/hafen") == title

"""HTML headlines: the article's title, not the site's name that the page's header prints."""

from __future__ import annotations

import pytest

from newsmeta.html_input import read_html

BODY = "<p>" + "The council voted on the new harbour plan after a long debate on costs. " * 6 + "</p>"


def headline(head: str, body: str, url: str | None = None) -> str | None:
    doc = read_html(f"<html><head>{head}</head><body>{body}</body></html>", url=url)
    return doc.headline.text if doc.headline else None


def test_the_head_title_printed_in_an_h2_keeps_its_own_dash() -> None:
    title = "Termine Whisky Tastings Januar – Mai 2020 in Halle"
    body = f"<h1>whisky.example</h1><article><h2>{title}</h2>{BODY}</article>"
    assert headline(f"<title>{title} - whisky.example</title>", body, "https://whisky.example/termine") == title


HOME_H1 = [
    ("relative-home-link", "<h1><a href='/'>Colours of the Soul</a></h1>", "Harbour plan approved by the council"),
    ("absolute-home-link", "<h1><a href='https://soul.example/'>Colours of the Soul</a></h1>",
     "Harbour plan approved by the council"),
    ("link-to-the-article", "<h1><a href='/2024/05/harbour'>Harbour plan approved by the council</a></h1>",
     "Harbour plan approved by the council"),
]


@pytest.mark.parametrize(("header", "expected"), [c[1:] for c in HOME_H1], ids=[c[0] for c in HOME_H1])
def test_an_h1_linking_to_the_home_page_is_the_sites_name(header: str, expected: str) -> None:
    head = "<title>Colours of the Soul</title><meta property='og:title' content='Harbour plan approved by the council'>"
    body = f"<header>{header}</header><article><h1>Harbour plan approved by the council</h1>{BODY}</article>"
    assert headline(head, body) == expected

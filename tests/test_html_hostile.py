"""Hostile HTML: markup shaped to make parsers slow still gives an article, quickly."""

from __future__ import annotations

import pytest

from newsmeta.html_input import read_html

TEXT = "<p>" + "The council voted on the new harbour plan after a long debate on costs. " * 6 + "</p>"

PAGES = [
    # one element with very many attributes: quadratic inside lxml and htmldate
    "<html><body><div " + " ".join(f"data-a{i}='1'" for i in range(30_000)) + ">x</div><article>" + TEXT
    + "</article></body></html>",
    # one attribute value of a megabyte (an inline image)
    "<html><body><img src='data:image/png;base64," + "A" * 1_000_000 + "'><article>" + TEXT
    + "</article></body></html>",
    # nested past lxml's limit of 256 levels, article inside
    "<html><body>" + "<div>" * 2000 + "<article>" + TEXT + "</article>" + "</div>" * 2000 + "</body></html>",
    # one text node without spaces
    "<html><body><article>" + TEXT + "<p>" + "x" * 500_000 + "</p></article></body></html>",
]


@pytest.mark.parametrize("html", PAGES, ids=["many-attributes", "huge-attribute", "deep-nesting", "huge-text-node"])
def test_hostile_markup_still_gives_the_article(html: str) -> None:
    doc = read_html(html)
    assert "harbour plan" in doc.text

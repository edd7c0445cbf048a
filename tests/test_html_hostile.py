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
    # a headline of very many elements (each one a place to split it), and one nested as deep as
    # the parser allows
    "<html><head><title>Harbour walls rise</title></head><body><article><h1><span>Harbour walls rise</span>"
    + "<span>a</span> " * 5_000 + "</h1>" + TEXT + "</article></body></html>",
    "<html><body><article><h1>" + "<b>" * 250 + "Harbour" + "</b>" * 250 + "</h1>" + TEXT + "</article></body></html>",
]


@pytest.mark.parametrize("html", PAGES, ids=["many-attributes", "huge-attribute", "deep-nesting", "huge-text-node",
                                         "many-h1-elements", "deep-h1"])
def test_hostile_markup_still_gives_the_article(html: str) -> None:
    doc = read_html(html)
    assert "harbour plan" in doc.text

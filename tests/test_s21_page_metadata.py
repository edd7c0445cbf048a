"""The page's metadata read by trafilatura's own steps (:func:`newsmeta.html_input._page_metadata`)
is what trafilatura's ``extract_metadata`` finds, field for field, for the fields newsmeta reads;
a trafilatura without those steps falls back to its whole metadata, with the same record."""

from __future__ import annotations

from typing import Any

import pytest
from lxml.html import fromstring
from trafilatura.metadata import extract_metadata

import newsmeta
from newsmeta import html_input
from tests.html_pages import EN, TITLE, page

_MAX_DATE = "2030-01-01"

CASES = [
    pytest.param(page(f"<h1>{TITLE}</h1>{EN}",
                      head="<meta name='author' content='Ina Berg'>"
                           "<meta property='og:site_name' content='Harbour Times'>"
                           "<meta property='article:published_time' content='2024-05-02T08:30:00+02:00'>"
                           "<meta name='keywords' content='harbour, council'>"),
                 "https://harbour.example/news/1", id="meta-tags"),
    pytest.param(page(f"<article><h1>{TITLE}</h1><p class='byline'>By <a rel='author' href='/authors/tom-walsh'>Tom "
                      f"Walsh</a></p><time datetime='2023-11-20'>20 November 2023</time>{EN}</article>"
                      "<a href='/tag/harbour/'>harbour</a><a href='/tags/quay/'>quay</a>"),
                 "https://www.harbour.example/2023/11/20/plan", id="byline-in-markup"),
    pytest.param(page(f"<h1>{TITLE}</h1>{EN}", title="harbour times"), None, id="lower-case-title-no-url"),
    pytest.param(page(f"<h1>{TITLE}</h1>{EN}",
                      head='<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Harbour plan",'
                           ' "author": {"@type": "Person", "name": "Ann Lee"}, "datePublished": "2022-03-04",'
                           ' "publisher": {"@type": "Organization", "name": "@harbourtimes"}}</script>'),
                 "https://w3.harbour.example/a", id="json-ld"),
]


def _fields(doc: Any) -> dict[str, Any]:
    return {f: getattr(doc, f, None) for f in ("title", "author", "sitename", "date", "tags")}


@pytest.mark.parametrize(("data", "url"), CASES)
def test_same_fields_as_extract_metadata(data: bytes, url: str | None) -> None:
    ours = html_input._page_metadata(fromstring(data), url, _MAX_DATE, tags=True)
    theirs = extract_metadata(fromstring(data), url,
                              {"original_date": True, "extensive_search": False, "max_date": _MAX_DATE})
    assert ours is not None
    assert _fields(ours) == _fields(theirs)
    assert ours.title  # (the cases state a title: the comparison is not of two empty records)


def test_tree_left_as_it_was() -> None:
    from lxml import etree

    tree = fromstring(CASES[1].values[0])
    before = etree.tostring(tree)
    html_input._page_metadata(tree, None, _MAX_DATE, tags=True)
    assert etree.tostring(tree) == before


def test_missing_step_falls_back_to_trafilatura_metadata(monkeypatch: pytest.MonkeyPatch) -> None:
    data, url = CASES[1].values
    expected = newsmeta.extract(data, url=url)
    # (a trafilatura whose metadata module has no such step)
    monkeypatch.setattr(html_input, "_METADATA_STEPS", (*html_input._METADATA_STEPS, "extract_nothing"))
    assert html_input._page_metadata(fromstring(data), url, _MAX_DATE, tags=True) is None
    got = newsmeta.extract(data, url=url)
    assert (got.headline, got.authors, got.published, got.site_name, got.tags) == (
        expected.headline, expected.authors, expected.published, expected.site_name, expected.tags)
    assert got.authors  # (the page credits Tom Walsh: the fallback still finds him)



def test_failing_step_falls_back_to_trafilatura_metadata(monkeypatch: pytest.MonkeyPatch) -> None:
    data, url = CASES[0].values
    expected = newsmeta.extract(data, url=url)

    def other_signature(*_args: Any, **_kwargs: Any) -> Any:
        # (as with a trafilatura whose extract_url takes one argument)
        msg = "extract_url() takes 1 positional argument but 2 were given"
        raise TypeError(msg)

    monkeypatch.setattr(html_input, "_metadata_steps", other_signature)
    assert html_input._page_metadata(fromstring(data), url, _MAX_DATE, tags=True) is None
    got = newsmeta.extract(data, url=url)
    assert got.text == expected.text and got.text  # (the article's text is not lost)
    assert (got.headline, got.authors, got.published) == (expected.headline, expected.authors, expected.published)
    assert got.authors and got.published  # (the page states both: the fallback reads them)

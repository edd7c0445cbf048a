"""HTML metadata on pages of unseen sites (issue #18), session 19: the failure kinds seen on
held-out pages, read through :func:`newsmeta.extract` as the page's bytes."""

from __future__ import annotations

import pytest
from html_pages import EN, TITLE, page

import newsmeta


def byline_page(date: str, lang: str = "en-US", head: str = "") -> bytes:
    return page(f"<article><h1>{TITLE}</h1><p class='byline'>By Ann Lee | {date}</p>{EN}</article>", head, lang)


# A US page writes numeric dates month first with hyphens as with slashes ("10-04-2016" is 4 October);
# a page that does not say it is US English reads them day first.
@pytest.mark.parametrize(("html", "day"), [
    (byline_page("10-04-2016"), "2016-10-04"),
    (byline_page("03-11-2019"), "2019-03-11"),
    (byline_page("10-04-2016", lang="en", head="<meta property='og:locale' content='en_US'>"), "2016-10-04"),
    (byline_page("10-04-2016", lang="en-GB"), "2016-04-10"),
    (byline_page("10-04-2016", lang="de"), "2016-04-10"),
    (byline_page("25-04-2016"), "2016-04-25"),
], ids=["us-hyphens", "us-hyphens-march", "og-locale-us", "gb-hyphens", "german-hyphens", "us-day-over-12"])
def test_us_hyphenated_dates_month_first(html: bytes, day: str) -> None:
    art = newsmeta.extract(html, url="https://example.com/news/harbour-plan")
    assert art.published is not None
    assert art.published.value.isoformat()[:10] == day


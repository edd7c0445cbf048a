"""Every kind of article schema.org names is an article's JSON-LD item (#18: time and zone kept).

A page whose JSON-LD item is a ``ReportageNewsArticle`` stated its publication instant, and the
day printed in its ``<time>`` won without the instant's time and zone.
"""

from __future__ import annotations

import datetime as dt

import pytest

import newsmeta

_PAGE = """<html lang="en-GB"><head><title>Ferry services cut as storm nears the coast - Example News</title>
<script type="application/ld+json">
{{"@context": "http://schema.org", "@type": "{kind}", "url": "https://news.example.com/uk-123",
 "datePublished": "2020-04-10T17:58:15+01:00", "dateModified": "2020-04-10T17:58:15+01:00",
 "headline": "Ferry services cut as storm nears the coast",
 "author": {{"@type": "Person", "name": "Ana Ruiz"}}}}
</script></head>
<body><article><h1>Ferry services cut as storm nears the coast</h1>
<div class="byline">By Ana Ruiz <time datetime="10 April 2020">10 April 2020</time></div>
<p>Ferry operators cancelled most sailings on Friday as the storm moved towards the coast, with
gusts of up to 80 miles an hour expected overnight, forecasters said.</p>
<p>Passengers were told to check with their operator before travelling, and several ports said
they would stay closed until the weather cleared on Saturday afternoon.</p>
</article></body></html>"""


@pytest.mark.parametrize(
    "kind",
    ["ReportageNewsArticle", "OpinionNewsArticle", "LiveBlogPosting", "NewsArticle"],
    ids=["reportage", "opinion", "live-blog", "news-article"],
)
def test_instant_of_any_article_kind_is_kept(kind: str) -> None:
    art = newsmeta.extract(_PAGE.format(kind=kind))
    assert art.published is not None
    assert art.published.value == dt.datetime(2020, 4, 10, 17, 58, 15, tzinfo=dt.timezone(dt.timedelta(hours=1)))
    assert art.published.precision == "second"


def test_an_item_of_another_kind_does_not_state_the_article_instant() -> None:
    art = newsmeta.extract(_PAGE.format(kind="Event"))
    assert art.published is not None
    assert art.published.value == dt.date(2020, 4, 10)

"""HTML published dates (#18, session 20): the dates of a list of dated items by the headline (a
ranking, "Latest", other stories' cards: printed text or ``<time>``s) are not the article's; a
``<time>`` marked as the revision is labelled so, as "Updated" is; the article item's microdata
outranks a marked ``<time>`` outside that item and keeps its time and zone; an English page that
names no region reads "10/04/2016" month first; a template part's name ("sidebar", "footer")
does not make the article's own date another item's."""

from __future__ import annotations

import datetime as dt

import pytest

from newsmeta import extract
from tests.html_pages import EN, TITLE, page

LD = '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2023-03-03T10:00:00+02:00"}</script>'
INSTANT = dt.datetime(2023, 3, 3, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=2)))


def ranking(item: str) -> str:
    """A block of four other stories, dated 1 to 4 April 2023, each item written by ``item``."""
    return "".join(item.format(i=i) for i in range(1, 5))


TEXT_LIST = "<div class='box'><h3>Most read</h3><ol>" + ranking(
    "<li><a href='/s{i}'>Story {i} about the city</a> <span>Apr {i}, 2023</span></li>") + "</ol></div>"
CARDS = "<div class='rail'>" + ranking(
    "<div class='card'><a href='/s{i}'>Story {i}</a><div class='card-date'>Apr {i}, 2023</div></div>") + "</div>"
TIME_CARDS = "<div class='more'>" + ranking(
    "<div class='card'><a href='/s{i}'>Story {i}</a>"
    "<time class='published' datetime='2023-04-0{i}T08:00:00Z'>Apr {i}, 2023</time></div>") + "</div>"
TABLE = "<table>" + ranking("<tr><td><a href='/s{i}'>Story {i}</a></td><td>04/0{i}/2023</td></tr>") + "</table>"
ARTICLE = f"<div><h1>{TITLE}</h1>{EN}</div>"
BYLINE = f"<div><h1>{TITLE}</h1><p>By Ann Lee, March 3, 2023</p>{EN}</div>"


def published(doc: bytes) -> object:
    art = extract(doc)
    return art.published.value if art.published is not None else None


@pytest.mark.parametrize(("body", "head", "expected"), [
    (TEXT_LIST + ARTICLE, LD, INSTANT),
    (TEXT_LIST + BYLINE, "", dt.date(2023, 3, 3)),
    (f"<div><h1>{TITLE}</h1><p>A short intro to the story.</p>{TEXT_LIST}{EN}</div>", LD, INSTANT),
    (CARDS + ARTICLE, LD, INSTANT),
    (CARDS + BYLINE, "", dt.date(2023, 3, 3)),
    (TABLE + ARTICLE, LD, INSTANT),
    (CARDS + ARTICLE, "", None),
    (TIME_CARDS + ARTICLE, "", None),
], ids=["text-ranking-above-json-ld", "text-ranking-above-byline", "text-ranking-under-headline",
        "cards-above-json-ld", "cards-above-byline", "table-rows-above-json-ld", "cards-only-undated",
        "time-cards-only-undated"])
def test_a_list_of_dated_items_by_the_headline_is_not_the_articles_date(body: str, head: str,
                                                                        expected: object) -> None:
    assert published(page(body, head)) == expected


def test_the_text_of_a_time_marked_as_the_revision_is_labelled_as_the_revision() -> None:
    # htmldate reads the first <time> (the revision's); both are printed by the headline
    body = (f"<h1>{TITLE}</h1><p><time class='updated' datetime='2022-06-05'>June 5, 2022</time> "
            f"<time class='entry-date' datetime='2022-05-30'>May 30, 2022</time></p>{EN}")
    assert published(page(body)) == dt.date(2022, 5, 30)


def test_the_article_items_microdata_outranks_a_marked_time_outside_that_item() -> None:
    body = (f"<div class='wrap'><div itemscope itemtype='http://schema.org/Article'><h1>{TITLE}</h1>"
            f"<meta itemprop='datePublished' content='2021-02-10'>{EN}</div>"
            "<div class='more'><time datetime='2021-03-05' class='published'>5 March 2021</time>"
            "<a href='/x'>Other story</a></div></div>")
    assert published(page(body)) == dt.date(2021, 2, 10)


def test_microdata_on_any_element_keeps_its_time_and_zone() -> None:
    body = (f"<div itemscope itemtype='http://schema.org/Article'><h1>{TITLE}</h1>"
            "<span itemprop='datePublished' content='2021-02-10T09:30:00+01:00'>10 February 2021</span>"
            f"{EN}</div>")
    assert published(page(body)) == dt.datetime(2021, 2, 10, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=1)))


def test_a_slashed_date_on_an_english_page_of_no_region_reads_month_first() -> None:
    # htmldate reads "10/04/2016" day first; _printed_dates reads an English page's month first
    body = f"<h1>{TITLE}</h1><span class='date'>10/04/2016</span>{EN}"
    assert published(page(body, lang="en")) == dt.date(2016, 10, 4)


def test_a_template_parts_name_does_not_make_the_articles_date_another_items() -> None:
    # a "post-footer" (not a <footer>) with the article's date; the page prints no other date
    body = (f"<div class='post'><h1>{TITLE}</h1>{EN}<div class='post-footer'>Posted "
            "<time class='published' datetime='2021-05-03T08:00:00+02:00'>May 3, 2021</time></div></div>"
            "<div class='widget'><p>Archive</p></div>")
    assert published(page(body)) == dt.datetime(2021, 5, 3, 8, 0, tzinfo=dt.timezone(dt.timedelta(hours=2)))


def test_the_modifications_day_yields_to_an_earlier_published_instant_of_the_structured_data() -> None:
    # a generic date tag gives the revision's day (htmldate reads it); the article's JSON-LD says it
    # was published the day before, an earlier instant (not one instant in two zones); nothing printed
    head = ('<meta name="sailthru.date" content="2020-01-20T09:49:32Z">'
            '<meta property="article:modified_time" content="2020-01-20T09:49:32Z">'
            '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2020-01-19T12:25:36Z",'
            ' "dateModified": "2020-01-20T09:49:32Z"}</script>')
    body = f"<div><h1>{TITLE}</h1><p>By Ann Lee</p>{EN}</div>"
    assert published(page(body, head)) == dt.datetime(2020, 1, 19, 12, 25, 36, tzinfo=dt.timezone.utc)

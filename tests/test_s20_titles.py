"""HTML titles (session 20, #18): the page's own titles agree on a headline that one of them
writes after a label (a kicker, a section's name)."""

from __future__ import annotations

import pytest

from newsmeta.html_input import read_html

BODY = "<p>" + "The council voted on Tuesday to approve the harbour plan after a long debate. " * 6 + "</p>"
TITLE = "Council approves the harbour plan"


def headline(head: str, body: str = BODY) -> tuple[str | None, str | None]:
    doc = read_html(f"<html><head>{head}</head><body>{body}</body></html>", url="https://www.harbourtimes.example/news/1")
    if doc.headline is None:
        return None, None
    return doc.headline.text, doc.headline.kicker.text if doc.headline.kicker else None


# An <h1> that writes a label and a separator before the title the head titles say: the label is
# its kicker.
WRITTEN = [
    ("quote-slash", f'<h1>"Build it now" / {TITLE}</h1>', f"<meta name='twitter:title' content='{TITLE}'>",
     (TITLE, '"Build it now"')),
    ("section-dash", f"<h1>Politics - {TITLE}</h1>", f"<title>{TITLE} | Harbour Times</title>",
     (TITLE, "Politics")),
]


@pytest.mark.parametrize(("h1", "head", "expected"), [c[1:] for c in WRITTEN], ids=[c[0] for c in WRITTEN])
def test_a_label_written_before_the_h1s_title(h1: str, head: str, expected: tuple[str, str | None]) -> None:
    assert headline(head, h1 + BODY) == expected


# No <h1> says the head titles: when one of them writes a label before a title that another says
# (or writes after a label of its own), that title is the headline.
COMMON = [
    ("og-kicker", f"<meta property='og:title' content='Borders: {TITLE}'><meta name='twitter:title' content='{TITLE}'>"
     "<title>Another title for search engines | Harbour Times</title>", (TITLE, "Borders")),
    ("two-labels", f"<title>Harbour Times | News: {TITLE}</title>"
     f"<meta property='og:title' content='Big vote: {TITLE}'><meta property='og:site_name' content='Harbour Times'>",
     (TITLE, "Big vote")),
]


@pytest.mark.parametrize(("head", "expected"), [c[1:] for c in COMMON], ids=[c[0] for c in COMMON])
def test_the_title_the_head_titles_agree_on(head: str, expected: tuple[str, str | None]) -> None:
    assert headline(head) == expected


# A head title that is the site's name (og:title "Harbour Times" on harbourtimes.example, a
# <title> of the site's name alone, og:title that is the short part of the <title> after the
# story's) names no article: the page's other titles do.
SITE = [
    ("og-title-is-host", f"<title>{TITLE} | Harbour Times</title>"
     "<meta property='og:title' content='Harbour Times'>", ""),
    ("title-is-site-ld-says-it", "<title>Harbour Times</title><script type='application/ld+json'>"
     f'{{"@type": "NewsArticle", "headline": "{TITLE}"}}</script>', "<h1>Harbour Times</h1>"),
    ("og-title-is-the-titles-short-part", f"<title>{TITLE} | The Daily Record</title>"
     "<meta property='og:title' content='The Daily Record'>", ""),
]


@pytest.mark.parametrize(("head", "h1"), [c[1:] for c in SITE], ids=[c[0] for c in SITE])
def test_a_head_title_that_is_the_sites_name_is_not_the_headline(head: str, h1: str) -> None:
    assert headline(head, h1 + BODY) == (TITLE, None)


def test_the_h1_inside_the_article_before_the_headers() -> None:
    # no head title says either <h1>: the one in the page's <article> is the article's
    body = f"<header><h1>Politics and elections</h1></header><article><h1>{TITLE}</h1>{BODY}</article>"
    assert headline("<title>Politics | Harbour Times</title>", body) == (TITLE, None)



def test_a_trail_of_labels_before_the_h1s_title() -> None:
    head = f"<title>{TITLE} | Harbour Times</title>"
    assert headline(head, f"<h1>Home » News » {TITLE}</h1>" + BODY) == (TITLE, "Home » News")


# The site's name cut from a <title> (no <h1>, no other head title): after a colon, and with the
# one-word section's name printed between it and the story.
CUT = [
    ("site-colon", "<title>Harbour Times: {}</title>"),
    ("section-then-site", "<title>{} - Politics - Harbour Times</title>"),
    ("site-then-section", "<title>Harbour Times | Politics | {}</title>"),
]


@pytest.mark.parametrize("title", [c[1] for c in CUT], ids=[c[0] for c in CUT])
def test_the_sites_name_cut_from_the_title(title: str) -> None:
    assert headline(title.format(TITLE) + "<meta property='og:site_name' content='Harbour Times'>") == (TITLE, None)


# No <h1>, a site's name the page does not declare: a head title that is the first (or last) part
# of the others is the story they all say; the others add the site's name.
SAID = [
    ("ld-beside-og-and-title", "<script type='application/ld+json'>"
     f'{{"@type": "NewsArticle", "headline": "{TITLE}"}}</script>'
     f"<title>{TITLE} | HT</title><meta property='og:title' content='{TITLE} | HT'>"),
    ("twitter-beside-og-and-title", f"<meta name='twitter:title' content='{TITLE}'>"
     f"<title>{TITLE} - The Coast Courier</title><meta property='og:title' content='{TITLE} - The Coast Courier'>"),
]


@pytest.mark.parametrize("head", [c[1] for c in SAID], ids=[c[0] for c in SAID])
def test_the_head_title_the_others_say_with_a_suffix(head: str) -> None:
    assert headline(head) == (TITLE, None)


def test_a_sites_name_glued_to_the_title() -> None:
    # a template that prints the site's name right after the story's title, with no separator
    glued = "Harbour plan approvedNews from the Coast | News from the Coast"
    head = f"<title>{glued}</title><meta property='og:title' content='{glued}'>"
    body = "<h1><a href='/'>News from the Coast</a></h1>" + BODY
    assert headline(head, body) == ("Harbour plan approved", None)


# A page that prints no <h1>: the first <h2> (two words or more) inside its <article> or <main> is
# the article's heading, whatever the <title> says (a site's name and an empty slot, a weekly
# report's name), unless an <h2> prints a head title.
ARTICLE_H2 = [
    ("title-is-site-and-slot", "<title>Harbour Times -</title>", f"<main><h2>{TITLE}</h2>{BODY}</main>"),
    ("title-is-a-report-name", "<title>Weekly report 14 - 20 May - HT</title>",
     f"<main><h2>Content</h2><article><header><h2>{TITLE}</h2></header>{BODY}</article></main>"),
    ("role-main", "<title>Reviews of harbourtimes.example</title>",
     f"<div role='main'><h2>{TITLE}</h2>{BODY}</div><h2>Other reviews</h2>"),
]


@pytest.mark.parametrize(("head", "body"), [c[1:] for c in ARTICLE_H2], ids=[c[0] for c in ARTICLE_H2])
def test_no_h1_the_articles_h2(head: str, body: str) -> None:
    assert headline(head, body) == (TITLE, None)

"""HTML authors on pages of unseen sites (issue #18), session 19: the failure kinds seen on
held-out pages, read through :func:`newsmeta.extract` as the page's bytes."""

from __future__ import annotations

import pytest
from html_pages import EN, TITLE, page

import newsmeta
from newsmeta.html_authors import _person


def credited(byline: str, lang: str = "en") -> bytes:
    return page(f"<article><h1>{TITLE}</h1><div class='meta'>{byline}</div>{EN}</article>", lang=lang)


# A translator's credit names who translated the article, not who wrote it; a date's label glued
# after the name ("Posted on") is not part of it.
@pytest.mark.parametrize(("html", "authors"), [
    (credited("<p>By Ann Lee</p><p>Translated by <a href='/author/bo-roe/'>Bo Roe</a></p>"), ["Ann Lee"]),
    (credited("<p>Von Ina Berg</p><p>Übersetzung <span><a href='/author/bo-roe/'>Bo Roe</a></span>, 12.12.22</p>",
              lang="de"), ["Ina Berg"]),
    (credited("<p>Text: <b>Ann Lee</b></p><p>Translated by <a href='/author/bo-roe/'>Bo Roe</a></p>"), ["Ann Lee"]),
    (credited("<div class='author'><p>Autor <span>Ina Berg:</span></p>"
              "<p>Übersetzung <span><a href='/author/bo-roe/'>Bo Roe</a></span>, 12.12.22</p></div>", lang="de"),
     ["Ina Berg"]),
    (credited("<span class='byline'>Ana Ruiz Traducción: Bo Roe</span>", lang="es"), ["Ana Ruiz"]),
    (credited("<span class='author-name'>Ann Lee Posted on</span> <span class='date'>March 3, 2021</span>"),
     ["Ann Lee"]),
], ids=["translated-by-link", "uebersetzung-before-link", "text-label-then-translator", "uebersetzung-after-author",
        "traduccion-after-name", "posted-on-after-name"])
def test_translator_and_posted_label_not_author(html: bytes, authors: list[str]) -> None:
    art = newsmeta.extract(html, url="https://example.com/news/harbour-plan")
    assert [a.name for a in art.authors] == authors


def headed(head: str, byline: str = "") -> bytes:
    return page(f"<article><h1>{TITLE}</h1><div class='meta'>{byline}</div>{EN}</article>", head)


# The post-nominal letters of a health writer or a lawyer ("MS, RD, CSCS", "RN, BSN") are no name
# of their own, neither a second author nor part of the first.
@pytest.mark.parametrize(("html", "authors"), [
    (headed('<script type="application/ld+json">{"@type": "NewsArticle", "author": '
            '[{"@type": "Person", "name": "Ann Lee, RN, BSN"}]}</script>'), ["Ann Lee"]),
    (headed("", "<p class='byline'>By Ann Lee, MSN, APRN, FNP-BC</p>"), ["Ann Lee"]),
    (headed('<script type="application/ld+json">{"@type": "NewsArticle", "author": '
            '[{"@type": "Person", "name": "Ann Lee"}, {"@type": "Person", "name": "MS"}]}</script>'), ["Ann Lee"]),
], ids=["json-ld-rn-bsn", "byline-nurse-practitioner", "degree-as-second-person"])
def test_postnominal_letters_not_names(html: bytes, authors: list[str]) -> None:
    art = newsmeta.extract(html, url="https://example.com/news/harbour-plan")
    assert [a.name for a in art.authors] == authors


LD_NEWSROOM_AND_INA = ('<script type="application/ld+json">{"@type": "NewsArticle", "author": '
                       '[{"@type": "Person", "name": "Redaktionsteam"}, {"@type": "Person", "name": "Ina Berg"}]}'
                       '</script>')


# A media group that publishes many titles is their publisher, not an author ("Condé Nast",
# "Hearst Newspapers"); a newsroom written as one word ("Redaktionsteam", "Newsdesk") is a
# newsroom's credit, not a person's, beside a person.
@pytest.mark.parametrize(("html", "authors"), [
    (headed('<meta name="author" content="Condé Nast">'), []),
    (headed('<meta name="author" content="Hearst Newspapers">'), []),
    (headed('<meta name="author" content="Gannett">'), []),
    (headed(LD_NEWSROOM_AND_INA), ["Ina Berg"]),
], ids=["conde-nast", "hearst-newspapers", "gannett", "redaktionsteam-beside-person"])
def test_publishers_and_newsrooms_not_persons(html: bytes, authors: list[str]) -> None:
    art = newsmeta.extract(html, url="https://example.com/news/harbour-plan")
    assert [a.name for a in art.authors] == authors


# What a byline prints after a name is no part of it: a time ago, a date with a month's
# abbreviation, the buttons beside it, a job title ("Editor-in-Chief", "Ressortleiterin").
@pytest.mark.parametrize(("head", "byline", "authors"), [
    ("", "<p class='byline'>By Ann Lee Gift Article</p>", ["Ann Lee"]),
    ("", "<div class='author'>Ann Lee Listen Save</div>", ["Ann Lee"]),
    ('<meta name="author" content="Ann Lee Editor-in-Chief">', "", ["Ann Lee"]),
    ("", "<div class='author'>Ann Lee <span>Editor-in-Chief</span></div>", ["Ann Lee"]),
    ("", "<p class='author'>Von Ina Berg Ressortleiterin Politik</p>", ["Ina Berg"]),
], ids=["gift-article", "listen-save", "meta-editor-in-chief", "editor-in-chief", "ressortleiterin"])
def test_byline_words_after_name(head: str, byline: str, authors: list[str]) -> None:
    art = newsmeta.extract(headed(head, byline), url="https://example.com/news/harbour-plan")
    assert [a.name for a in art.authors] == authors


# ... as a credit line reads it, whatever path it comes by: a time ago, a month's abbreviation
@pytest.mark.parametrize(("credit", "name"), [
    ("Ann Lee 2 hours ago", "Ann Lee"),
    ("Ann Lee 5 mins ago", "Ann Lee"),
    ("Ann Lee Mar. 3, 2021", "Ann Lee"),
], ids=["hours-ago", "mins-ago", "month-abbreviation"])
def test_credit_line_date_after_name(credit: str, name: str) -> None:
    assert _person(credit, set()) == name


# A profile's label before a name is not part of it
@pytest.mark.parametrize(("head", "authors"), [
    ('<meta name="author" content="Profil von Ina Berg">', ["Ina Berg"]),
    ('<meta name="author" content="Profile of Ann Lee">', ["Ann Lee"]),
], ids=["profil-von", "profile-of"])
def test_profile_label(head: str, authors: list[str]) -> None:
    art = newsmeta.extract(headed(head), url="https://example.com/news/harbour-plan")
    assert [a.name for a in art.authors] == authors


# ... nor a follow text around it; a name marked as the pictures' credit is the photographer's
@pytest.mark.parametrize(("credit", "name"), [
    ("Follow Ann Lee on Twitter", "Ann Lee"),
    ("Ina Berg auf Facebook", "Ina Berg"),
    ("Ina Berg (Text), Bo Roe (Fotos)", "Ina Berg"),
    ("Bo Roe (Fotos)", None),
    ("Bo Roe (Photos)", None),
], ids=["follow-on-twitter", "auf-facebook", "text-and-photos-list", "photographer-de", "photographer-en"])
def test_credit_line_share_and_photo_marks(credit: str, name: str | None) -> None:
    assert _person(credit, set()) == name

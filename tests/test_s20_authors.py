"""HTML authors, session 20 (issue #18): the failure kinds of pages nobody here has seen, as the
markup and the languages of the web write them: WordPress's link to an author's posts in its
translations, interface words alone, degrees written with full stops, Chinese credits, a
publisher the JSON-LD types as an organisation."""

from __future__ import annotations

import json

import pytest

import newsmeta
from newsmeta.html_authors import _DEGREE, _person

BODY = "<p>" + "The council voted on the new harbour plan after a long debate on costs. " * 6 + "</p>"


def page(head: str = "", byline: str = "", lang: str = "en") -> bytes:
    return (f"<html lang='{lang}'><head><title>Harbour plan approved</title>{head}</head><body><article>"
            f"<h1>Harbour plan approved</h1>{byline}{BODY}</article></body></html>").encode()


def meta(content: str) -> str:
    return f"<meta name='author' content='{content}'>"


def graph(*items: dict[str, object]) -> str:
    data = {"@context": "https://schema.org", "@graph": list(items)}
    return "<script type='application/ld+json'>" + json.dumps(data) + "</script>"


def byline(text: str) -> str:
    return f"<div class='byline'>{text}</div>"


def posts_link(text: str) -> str:
    return f"<span class='byline'><a href='/author/ina-berg/'>{text}</a></span>"


ORG = {"@type": "Organization", "@id": "https://example.com/#organization", "name": "Harbour Watch"}
ARTICLE = {"@type": "NewsArticle", "headline": "Harbour plan approved",
           "publisher": {"@id": "https://example.com/#organization"}}

CASES = [
    # WordPress's link to an author's posts, as its translations write it
    ("wp-de", "", posts_link("Alle Beiträge von Ina Berg anzeigen"), "de", ["Ina Berg"]),
    ("wp-es", "", posts_link("Ver todas las entradas de Ina Berg"), "es", ["Ina Berg"]),
    ("wp-it", "", posts_link("Visualizza tutti gli articoli di Ina Berg"), "it", ["Ina Berg"]),
    ("wp-pt", "", posts_link("Ver todas as publicações de Ina Berg"), "pt", ["Ina Berg"]),
    ("wp-nl", "", posts_link("Bekijk alle berichten van Ina Berg"), "nl", ["Ina Berg"]),
    ("wp-fr", "", posts_link("Voir toutes les publications de Ina Berg"), "fr", ["Ina Berg"]),
    # interface words alone are no name
    ("newsletter", meta("Newsletter"), "", "de", []),
    ("impressum", meta("Impressum"), "", "de", []),
    ("next-post", meta("Next Post"), "", "en", []),
    ("skip-to-content", meta("Skip To Content"), "", "en", []),
    ("copy-link", meta("Copy Link"), "", "en", []),
    ("jetzt-registrieren", meta("Jetzt registrieren"), "", "de", []),
    ("leave-a-comment", meta("Leave a comment"), "", "en", []),
    ("anzeige", meta("Anzeige"), "", "de", []),
    ("ueber-uns", meta("Über uns"), "", "de", []),
    # (a form's fields and buttons)
    ("first-name", meta("First Name"), "", "en", []),
    ("vorname-nachname", "", "<div class='author'>Vorname Nachname</div>", "de", []),
    ("display-name", meta("Display Name"), "", "en", []),
    ("remember-me", meta("Remember Me"), "", "en", []),
    ("continue-with", "", "<div class='author'>Continue with Facebook</div>", "en", []),
    # a degree written with its full stops is no second author, nor a web address
    ("degree-ba", meta("Ina Berg, B.A."), "", "en", ["Ina Berg"]),
    ("degree-med", meta("Ina Berg, M.Ed."), "", "en", ["Ina Berg"]),
    ("degree-msc", meta("Ina Berg, M.Sc."), "", "en", ["Ina Berg"]),
    ("degree-edd", byline("By Ina Berg, Ed.D."), "", "en", ["Ina Berg"]),
    ("degree-dipl-ing", byline("By Ina Berg, Dipl.-Ing."), "", "de", ["Ina Berg"]),
    ("degree-ma-lpc", byline("By Ina Berg, M.A., LPC"), "", "en", ["Ina Berg"]),
    ("degree-rdn-ld", byline("By Ina Berg, RDN, LD"), "", "en", ["Ina Berg"]),
    ("degree-pt-dpt", byline("By Ina Berg, PT, DPT"), "", "en", ["Ina Berg"]),
    # Chinese credits
    ("zh-wen-slash", "", "<div class='author'>文/王芳</div>", "zh", ["王芳"]),
    ("zh-field-after-source", "", "<div class='info'>来源：新华社 作者：王芳 2021-03-02</div>", "zh", ["王芳"]),
    # a job title or its beat after a name is no second author
    ("job-freier-autor", "", byline("Ina Berg / Freier Autor"), "de", ["Ina Berg"]),
    ("job-beat-after-break", "", byline("Ina Berg<br>Political Correspondent"), "en", ["Ina Berg"]),
    # the news agency a wire story's dateline credits, where no person is
    ("dateline-agency", "", "<p>Hamburg (dpa/lno) – The council voted on the new harbour plan.</p>", "de", ["dpa/lno"]),
    # a name without a label in a line of the story's date and time by the headline
    ("dated-line-name", "", "<small>04.02.2022 | 13:10 Uhr | Ina Berg</small>", "de", ["Ina Berg"]),
    # a Korean or Japanese reporter's title after the name
    ("ko-gija", "", byline("홍길동 기자"), "ko", ["홍길동"]),
    ("ko-teukpawon", meta("김철수 특파원"), "", "ko", ["김철수"]),
    ("ja-kisha", meta("山田太郎記者"), "", "ja", ["山田太郎"]),
    # a Portuguese newsroom after a name is no part of it
    ("pt-da-redacao", "", byline("Por Ana Souza, da Redação"), "pt", ["Ana Souza"]),
    # a link to a profile on a social network: its network's name, its address, is no name
    ("rel-author-google-plus", "", "<p><a rel='author' href='https://plus.google.com/1234'>Google+</a></p>", "en", []),
    ("byline-google-plus-link", "",
     byline("By Ina Berg <a rel='author' href='https://plus.google.com/1234'>Google</a>"), "en", ["Ina Berg"]),
    ("rel-author-facebook-address", "",
     "<p><a rel='author' href='https://www.facebook.com/ina.berg.12'>facebook.com/ina.berg.12</a></p>", "en", []),
    # Blogger's credit and the time after it, as its translations write them
    ("blogger-de", "", "<div class='post-author'>Eingestellt von Ina Berg um 10:30</div>", "de", ["Ina Berg"]),
    ("blogger-fr", "", "<div class='post-author'>Publié par Ina Berg à 10:30</div>", "fr", ["Ina Berg"]),
    ("blogger-es", "", "<div class='post-author'>Publicado por Ina Berg en 10:30</div>", "es", ["Ina Berg"]),
    ("blogger-it", "", "<div class='post-author'>Pubblicato da Ina Berg alle 10:30</div>", "it", ["Ina Berg"]),
    ("blogger-pt", "", "<div class='post-author'>Postado por Ina Berg às 10:30</div>", "pt", ["Ina Berg"]),
    ("blogger-nl", "", "<div class='post-author'>Geplaatst door Ina Berg op 3 mei 2010</div>", "nl", ["Ina Berg"]),
    # a date's words after a name, split off by trafilatura or glued to it
    ("im-maerz", "", "<div class='author'>Ina Berg, im März 2021</div>", "de", ["Ina Berg"]),
    ("last-updated", "", "<div class='author'>Ina Berg, Last updated: May 3, 2021</div>", "en", ["Ina Berg"]),
    ("glued-vor", "", "<div class='author'>Ina BergVor 2 Stunden</div>", "de", ["Ina Berg"]),
    ("google-plus-mention", "",
     byline("By <a rel='author' href='https://plus.google.com/1234'>+Ina Berg</a>"), "en", ["Ina Berg"]),
    ("google-plus-find-me", "", "<p><a rel='author' href='https://plus.google.com/1234'>Find me on Google+</a></p>",
     "en", []),
    ("possessive-profile", "", "<p><a rel='author' href='https://plus.google.com/1234'>Ina Berg's Profile</a></p>",
     "en", ["Ina Berg"]),
    # the links and labels after a byline, or glued before it
    ("previous-post", "", "<div class='author'>Ina Berg Previous Post</div>", "en", ["Ina Berg"]),
    ("naechster-artikel", "", "<div class='author'>Ina Berg Nächster Artikel</div>", "de", ["Ina Berg"]),
    ("anzeige-after", "", "<div class='author'>Ina Berg Anzeige</div>", "de", ["Ina Berg"]),
    ("glued-newsletter", "", "<div class='author'>Ina BergNewsletter</div>", "en", ["Ina Berg"]),
    ("glued-nav-before", "", "<div class='author'>StartseiteNachrichtenIna Berg</div>", "de", ["Ina Berg"]),
    # a link to a handle's page (Medium, Substack) is an author's
    ("handle-page-link", "", "<div><a href='/@inaberg'>Ina Berg</a></div>", "en", ["Ina Berg"]),
    ("account-link-words", meta("Neu registrieren"), "", "de", []),
    ("member-list", meta("Member List"), "", "en", []),
    # a name credited with another role by the byline is no second author
    ("updated-by", "", byline("By Ina Berg | Updated by Bo Roe"), "en", ["Ina Berg"]),
    # an organisation the JSON-LD names (the publisher, by its @id) is no person, shaped like one or not
    ("ld-org-publisher", meta("Harbour Watch") + graph(ARTICLE, ORG), "", "en", []),
]


@pytest.mark.parametrize(("head", "body", "lang", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_authors(head: str, body: str, lang: str, expected: list[str]) -> None:
    art = newsmeta.extract(page(head, body, lang), url="https://example.com/news/harbour-plan")
    assert [a.name for a in art.authors] == expected


NAMES = [
    ("surname-ma", "Jack Ma", "Jack Ma"),
    ("initials-alone", "MS", "MS"),
    ("degree-dotted", "Ina Berg M.Ed.", "Ina Berg"),
    ("degree-capitals", "Ina Berg DPT", "Ina Berg"),
    ("degree-spaced", "M Ed", None),
]


@pytest.mark.parametrize(("raw", "expected"), [c[1:] for c in NAMES], ids=[c[0] for c in NAMES])
def test_person(raw: str, expected: str | None) -> None:
    assert _person(raw, set()) == expected


@pytest.mark.parametrize("word", ["Ma", "Md", "Rd", "Ba"], ids=["ma", "md", "rd", "ba"])
def test_surnames_are_no_degree(word: str) -> None:
    assert _DEGREE.match(word) is None


def authors(head: str, body: str, lang: str) -> list[str]:
    return [a.name for a in newsmeta.extract(page(head, body, lang), url="https://example.com/news/harbour-plan").authors]


def test_dateline_agency_only_without_a_person() -> None:
    dateline = "<p>Hamburg (dpa) – The council voted on the new harbour plan.</p>"
    assert authors("", dateline, "de") == ["dpa"]
    assert authors("", byline("Von Ina Berg") + dateline, "de") == ["Ina Berg"]


def test_dated_line_names_a_person_only() -> None:
    assert authors("", "<small>3. März 2021 · Ina Berg</small>", "de") == ["Ina Berg"]
    assert authors("", "<small>04.02.2022 | 13:10 Uhr | Politik</small>", "de") == []
    assert authors("", "<small>Politik | Ina Berg</small>", "de") == []


def test_a_reviewer_is_dropped_beside_an_author_only() -> None:
    assert authors("", byline("By Ina Berg | Reviewed by Bo Roe"), "en") == ["Ina Berg"]
    assert authors("", byline("Reviewed by Ina Berg"), "en") == ["Ina Berg"]

"""HTML authors, session 17: the failure kinds of pages nobody here has seen (issue #18), in the markup
shapes common on the web (author meta tag, JSON-LD, rel=author, byline classes, microdata)."""

from __future__ import annotations

import json

import pytest

import newsmeta
from newsmeta.bylines import find_authors
from newsmeta.html_authors import _authors
from newsmeta.html_markup import _Markup

BODY = "<p>" + "The council voted on the new harbour plan after a long debate on costs. " * 6 + "</p>"
SITE = "<meta property='og:site_name' content='Harbour Watch'>"


def page(head: str = "", byline: str = "") -> bytes:
    return (f"<html><head><title>Harbour plan approved</title>{SITE}{head}</head><body><article>"
            f"<h1>Harbour plan approved</h1>{byline}{BODY}</article></body></html>").encode()


def meta(content: str) -> str:
    return f"<meta name='author' content='{content}'>"


def ld(author: object) -> str:
    return ("<script type='application/ld+json'>"
            + json.dumps({"@type": "NewsArticle", "headline": "Harbour plan approved", "author": author})
            + "</script>")


def person(name: str) -> dict[str, str]:
    return {"@type": "Person", "name": name}


CASES = [
    # the words around a name
    ("ld-view-all-posts", ld(person("View all posts by Ina Berg")), "", ["Ina Berg"]),
    ("rel-view-all-posts", "", "<p><a rel='author' href='/u/ina'>View all posts by Ina Berg</a></p>", ["Ina Berg"]),
    ("byline-view-all-posts", "",
     "<div class='author-box'><span class='author-name'>Ina Berg</span> <a href='/u/ina'>View all posts by Ina Berg"
     "</a></div>", ["Ina Berg"]),
    ("share-text-in-byline", "",
     "<div class='byline'>By Ina Berg <button>Share</button> <button>Tweet</button></div>", ["Ina Berg"]),
    ("share-text-glued", "", "<div class='byline'><span>Ina Berg</span><a>Share this</a></div>", ["Ina Berg"]),
    ("login-label", "", "<form><label class='author-label' for='author'>Name *</label>"
     "<input id='author' name='author'></form>", []),
    ("month-after-name", "", "<p class='byline'>By Ina Berg<span> December 3, 2021</span></p>", ["Ina Berg"]),
    ("month-name-alone", meta("December"), "", []),
    ("glued-date-byline", "", "<div class='byline'><span>Ina Berg</span><time>03.12.2021</time></div>", ["Ina Berg"]),
    ("glued-month-byline", "", "<div class='byline'><a href='/author/ina-berg'>Ina Berg</a>"
     "<span>Dec 3, 2021</span></div>", ["Ina Berg"]),
    ("updated-after", "", "<p class='byline'>By Ina Berg Updated 3 hours ago</p>", ["Ina Berg"]),
    ("reading-time-after", "", "<p class='byline'>Ina Berg 4 min read</p>", ["Ina Berg"]),
    # a publisher or a media group as an author
    ("ld-media-group", ld(person("Nordsee Media Group")), "", []),
    ("meta-media-group", meta("Baltic Media Group"), "", []),
    ("ld-org-in-array", ld([person("Ina Berg"), {"@type": "NewsMediaOrganization", "name": "Harbour Watch"}]), "",
     ["Ina Berg"]),
    ("ld-publisher-in-array", ld([person("Ina Berg"), person("Harbour Watch")]), "", ["Ina Berg"]),
    # a label kept
    ("ld-zeren-bianji", ld(person("责任编辑：李明")), "", ["李明"]),
    ("ld-zuozhe", ld("作者：王芳"), "", ["王芳"]),
    ("byline-zuozhe-space", "", "<p class='author'>作者 王芳</p>", ["王芳"]),
    ("ld-von", ld(person("Von Ina Berg")), "", ["Ina Berg"]),
    ("ld-par", ld(person("Par Marie Dupont")), "", ["Marie Dupont"]),
    ("ld-por", ld(person("Por María López")), "", ["María López"]),
    ("ld-autor", ld(person("Autor: Jan Nowak")), "", ["Jan Nowak"]),
    ("meta-autor-no-colon", meta("Autor Jan Nowak"), "", ["Jan Nowak"]),
    ("byline-label-span", "", "<div class='byline'><span class='label'>Autor</span> <span>Jan Nowak</span></div>",
     ["Jan Nowak"]),
    ("byline-label-span-von", "", "<div class='author'><span>Von</span> <a>Ina Berg</a></div>", ["Ina Berg"]),
    ("byline-par-lower", "", "<span class='auteur'>par Marie Dupont</span>", ["Marie Dupont"]),
    ("byline-por-upper", "", "<span class='autor'>POR MARÍA LÓPEZ</span>", ["MARÍA LÓPEZ"]),
    ("itemprop-autor-label", "", "<span itemprop='author'>Autor: Jan Nowak</span>", ["Jan Nowak"]),
    # a social network's address or handle
    ("ld-handle", ld(person("@inaberg")), "", []),
    ("ld-twitter-url", ld(person("https://twitter.com/inaberg")), "", []),
    ("ld-name-and-url", ld({"@type": "Person", "name": "Ina Berg", "url": "https://twitter.com/inaberg"}), "",
     ["Ina Berg"]),
    ("meta-facebook-url", meta("https://www.facebook.com/inaberg"), "", []),
    ("meta-x-url", meta("https://x.com/inaberg"), "", []),
    ("byline-handle-after", "", "<p class='byline'>By Ina Berg @inaberg</p>", ["Ina Berg"]),
    ("byline-handle-link", "", "<p class='author'><a href='https://twitter.com/inaberg'>@inaberg</a></p>", []),
    ("rel-author-profile", "", "<a rel='author' href='https://www.facebook.com/inaberg'>facebook.com/inaberg</a>", []),
    # a degree or a job title split off as a second author
    ("ld-degree-second", ld([person("Ina Berg"), person("MD")]), "", ["Ina Berg"]),
    ("ld-phd-second", ld([person("Ina Berg"), person("PhD")]), "", ["Ina Berg"]),
    ("ld-job-second", ld([person("Ina Berg"), person("Senior Editor")]), "", ["Ina Berg"]),
    ("meta-degree-semicolon", meta("Ina Berg; MD"), "", ["Ina Berg"]),
    ("meta-job-semicolon", meta("Ina Berg; Staff Writer"), "", ["Ina Berg"]),
    ("byline-job-span", "", "<div class='byline'><span class='author-name'>Ina Berg</span>, "
     "<span class='author-title'>Staff Writer</span></div>", ["Ina Berg"]),
    ("meta-degree-comma", meta("Ina Berg, MD, MPH"), "", ["Ina Berg"]),
    ("meta-rn", meta("Ina Berg, RN, BSN"), "", ["Ina Berg"]),
    # lists
    ("ld-and-string", ld(person("Ina Berg and Tom Walsh")), "", ["Ina Berg", "Tom Walsh"]),
    ("ld-und-string", ld("Ina Berg und Tom Walsh"), "", ["Ina Berg", "Tom Walsh"]),
    ("ld-list-ampersand", ld(person("Ina Berg, Tom Walsh & Ana Lima")), "", ["Ina Berg", "Tom Walsh", "Ana Lima"]),
    ("meta-and", meta("Ina Berg and Tom Walsh"), "", ["Ina Berg", "Tom Walsh"]),
    ("byline-and", "", "<p class='byline'>By Ina Berg and Tom Walsh</p>", ["Ina Berg", "Tom Walsh"]),
    ("byline-et", "", "<p class='byline'>Par Marie Dupont et Jean Martin</p>", ["Marie Dupont", "Jean Martin"]),
    ("byline-y", "", "<p class='byline'>Por María López y Juan Pérez</p>", ["María López", "Juan Pérez"]),
    ("ld-array-strings", ld(["Ina Berg", "Tom Walsh"]), "", ["Ina Berg", "Tom Walsh"]),
    # deduplicated case-insensitively
    ("ld-dedupe-case", ld([person("Ina Berg"), person("INA BERG")]), "", ["Ina Berg"]),
    ("meta-dedupe-case", meta("Ina Berg and ina berg"), "", ["Ina Berg"]),
    # organisations are not persons
    ("ld-org", ld({"@type": "Organization", "name": "Harbour Board"}), "", []),
    ("meta-university", meta("University of Kiel"), "", []),
    ("meta-ministry", meta("Ministry of Transport"), "", []),
    ("meta-police", meta("Kiel Police Department"), "", []),
    ("meta-city-council", meta("Kiel City Council"), "", []),
    ("meta-club", meta("FC Kiel"), "", []),
    ("meta-school", meta("Kiel High School"), "", []),
    # links to an author's other stories, in several languages
    ("posts-by", meta("Posts by Ina Berg"), "", ["Ina Berg"]),
    ("articles-by", "", "<div class='author'><a href='/author/ina'>Articles by Ina Berg</a></div>", ["Ina Berg"]),
    ("more-from", "", "<div class='byline'><a href='/author/ina'>More from Ina Berg</a></div>", ["Ina Berg"]),
    ("all-articles-by", meta("All articles by Ina Berg"), "", ["Ina Berg"]),
    ("weitere-artikel-von", meta("Weitere Artikel von Ina Berg"), "", ["Ina Berg"]),
    ("mehr-von", meta("Mehr von Ina Berg"), "", ["Ina Berg"]),
    ("tous-les-articles", meta("Tous les articles de Marie Dupont"), "", ["Marie Dupont"]),
    ("ver-todos", meta("Ver todos los artículos de María López"), "", ["María López"]),
    ("mas-articulos", meta("Más artículos de María López"), "", ["María López"]),
    ("todos-os-artigos", meta("Todos os artigos de João Silva"), "", ["João Silva"]),
    ("altri-articoli", meta("Altri articoli di Marco Rossi"), "", ["Marco Rossi"]),
    ("meer-van", meta("Meer van Jan de Vries"), "", ["Jan de Vries"]),
    # a form's fields and an interface phrase's leftovers
    ("your-name", meta("Your Name"), "", []),
    ("ihr-name", meta("Ihr Name"), "", []),
    ("votre-nom", meta("Votre nom"), "", []),
    ("tu-nombre", meta("Tu nombre"), "", []),
    ("nome", meta("Nome"), "", []),
    ("auf-facebook-teilen", meta("Auf Facebook teilen"), "", []),
    ("handle-on-twitter", meta("@inaberg on Twitter"), "", []),
    ("label-gender-slash", meta("Autor/in: Ina Berg"), "", ["Ina Berg"]),
    ("surname-su", meta("Su Lin"), "", ["Su Lin"]),
    ("sentence-after-name", "", "<p class='byline'>By Ina Berg. Photos by Tom Walsh</p>", ["Ina Berg"]),
    ("initial-period-kept", meta("Ina J. Berg"), "", ["Ina J. Berg"]),
    # more lists
    ("italian-e", meta("Marco Rossi e Anna Bianchi"), "", ["Marco Rossi", "Anna Bianchi"]),
    ("particle-e", meta("Maria e Silva"), "", ["Maria e Silva"]),
    ("chinese-correspondent", meta("记者 王芳 通讯员 李明"), "", ["王芳", "李明"]),
    ("names-in-elements-of-their-own", "",
     "<p>Von <strong><a href='https://ina.example'>Ina Berg</a></strong> und <strong><a href='https://tom.example'>"
     "Tom Walsh</a></strong></p>", ["Ina Berg", "Tom Walsh"]),
    ("handle-beside-a-name", "", "<div class='author'><a href='/author/ina-berg'>Ina Berg</a> "
     "<a class='author-twitter' href='https://twitter.com/inaberg'>inaberg</a></div>", ["Ina Berg"]),
    ("name-mar-3", meta("Ina Berg Mar 3, 2021"), "", ["Ina Berg"]),
    ("name-de-marzo", meta("María López 3 de marzo de 2021"), "", ["María López"]),
    ("name-weekday-date", meta("Ina Berg Dienstag, 3. März 2021"), "", ["Ina Berg"]),
    ("two-with-degrees", meta("Ina Berg, MD; Tom Walsh, PhD"), "", ["Ina Berg", "Tom Walsh"]),
    ("two-with-jobs", meta("Ina Berg, Staff Writer; Tom Walsh, Senior Reporter"), "", ["Ina Berg", "Tom Walsh"]),
]


@pytest.mark.parametrize(("head", "byline", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_authors_of_unseen_pages(head: str, byline: str, expected: list[str]) -> None:
    assert [str(a) for a in newsmeta.extract(page(head, byline)).authors] == expected


# trafilatura's author as it writes it (parts joined with "; ", words capitalised)
TRAFILATURA = [
    ("view-all-posts", "Ina Berg; View All Posts", ["Ina Berg"]),
    ("job-part", "Ina Berg; Senior Reporter", ["Ina Berg"]),
    ("degree-part", "Ina Berg; Phd", ["Ina Berg"]),
    ("name-twice", "Ina Berg Ina Berg", ["Ina Berg"]),
    ("name-twice-glued", "Ina BergIna Berg", ["Ina Berg"]),
    ("same-words-twice-is-a-name", "Ahmed Ahmed", ["Ahmed Ahmed"]),
    ("share-part", "Ina Berg; Facebook", ["Ina Berg"]),
    ("photo-studio", "Ina Berg Photography", []),
    ("site-staff", "Harbour Watch Staff", ["Harbour Watch Staff"]),
    ("site-staff-beside-a-person", "Ina Berg; Harbour Watch Staff", ["Ina Berg"]),
    ("posted-in", "Ina Berg Posted In News", ["Ina Berg"]),
    ("no-comments", "Ina Berg No Comments", ["Ina Berg"]),
    ("count-of-comments", "Ina Berg 0 Comments", ["Ina Berg"]),
    ("leave-a-reply", "Ina Berg Leave A Reply", ["Ina Berg"]),
    ("last-updated", "Ina Berg Last Updated", ["Ina Berg"]),
    ("head-of-news", "Ina Berg; Head Of News", ["Ina Berg"]),
    ("navigation-part", "Startseite; Ina Berg", ["Ina Berg"]),
]


@pytest.mark.parametrize(("raw", "expected"), [c[1:] for c in TRAFILATURA], ids=[c[0] for c in TRAFILATURA])
def test_trafilaturas_author_is_cleaned(raw: str, expected: list[str]) -> None:
    assert [str(a) for a in _authors(_Markup(meta={"og:site_name": "Harbour Watch"}), raw)] == expected


# a byline in a page's text (read when the HTML's markup names no one)
BYLINES = [
    ("login-after", "By Ina Berg Login", ["Ina Berg"]),
    ("reading-time-after", "Von Ina Berg Lesezeit 3 Minuten", ["Ina Berg"]),
    ("police", "By Kiel Police Department", []),
    ("name-twice", "By Ina Berg Ina Berg", ["Ina Berg"]),
    ("same-words-twice-is-a-name", "By Ahmed Ahmed", ["Ahmed Ahmed"]),
    ("degree", "By Ina Berg, MD, MPH", ["Ina Berg"]),
    ("list", "By Ina Berg, Tom Walsh & Ana Lima", ["Ina Berg", "Tom Walsh", "Ana Lima"]),
]


@pytest.mark.parametrize(("line", "expected"), [c[1:] for c in BYLINES], ids=[c[0] for c in BYLINES])
def test_a_byline_in_the_text(line: str, expected: list[str]) -> None:
    text = f"Harbour plan approved\n\n{line}\n\nThe council voted on the plan."
    assert [a.name for a in find_authors(text)] == expected

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
    ("nav-glued", "", "<div class='author'><a>Home</a><a>News</a><span>Ina Berg</span></div>", ["Ina Berg"]),
    ("buttons-glued", "", "<div class='author'><span>Ina Berg</span><a>Share</a><a>Tweet</a></div>", ["Ina Berg"]),
    ("own-capitals-kept", "", "<div class='author'><span>Ina McDonald</span></div>", ["Ina McDonald"]),
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
    ("ld-dedupe-accents", ld([person("María López"), person("MARIA LOPEZ")]), "", ["María López"]),
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
    ("surname-co", meta("Emily Co"), "", ["Emily Co"]),
    ("text-and-photos", meta("Text &amp; Fotos: Ina Berg"), "", ["Ina Berg"]),
    ("texto-y-fotos", meta("Texto y fotos: María López"), "", ["María López"]),
    ("mag-title", meta("Mag. Ina Berg"), "", ["Mag. Ina Berg"]),
    ("published-at-time", "", "<p class='byline'>Veröffentlicht am 19.10.19 um 14:34 Uhr</p>", []),
    # dates around a name in more shapes and languages, interface words before it
    ("month-day-before", meta("December 3 Ina Berg"), "", ["Ina Berg"]),
    ("month-year-before", meta("Dezember 2021 Ina Berg"), "", ["Ina Berg"]),
    ("name-month-day", meta("Ina Berg December 3"), "", ["Ina Berg"]),
    ("name-day-month", meta("Ina Berg 3 December"), "", ["Ina Berg"]),
    ("name-glued-month-day", "", "<div class='author'><span>Ina Berg</span><span>December 3</span></div>",
     ["Ina Berg"]),
    ("name-ago", meta("Ina Berg 3 hours ago"), "", ["Ina Berg"]),
    ("name-vor", meta("Ina Berg vor 3 Stunden"), "", ["Ina Berg"]),
    ("name-hace", meta("María López hace 3 horas"), "", ["María López"]),
    ("name-il-y-a", meta("Marie Dupont il y a 3 heures"), "", ["Marie Dupont"]),
    ("name-today", meta("Ina Berg Today"), "", ["Ina Berg"]),
    ("name-heute", meta("Ina Berg Heute"), "", ["Ina Berg"]),
    ("name-yesterday", meta("Ina Berg Yesterday"), "", ["Ina Berg"]),
    ("month-alone-de", meta("Dezember"), "", []),
    ("month-year", meta("Dezember 2021"), "", []),
    ("weekday-alone", meta("Montag"), "", []),
    ("nav-menu-words", meta("Home News Sport"), "", []),
    ("nav-then-name", meta("Startseite Ina Berg"), "", ["Ina Berg"]),
    ("share-then-name", meta("Teilen Ina Berg"), "", ["Ina Berg"]),
    ("login-then-name", meta("Anmelden Ina Berg"), "", ["Ina Berg"]),
    ("written-by-colon-date", "", "<p class='byline'>Written by Ina Berg on December 3, 2021</p>", ["Ina Berg"]),
    ("name-in-section", meta("Ina Berg in Politics"), "", ["Ina Berg"]),
    ("name-comma-updated", meta("Ina Berg, updated 3 Dec 2021"), "", ["Ina Berg"]),
    ("name-and-date-spanish", "", "<p class='autor'>Por María López | 3 de marzo de 2021</p>", ["María López"]),
    ("name-and-date-french", "", "<p class='auteur'>Par Marie Dupont le 3 mars 2021 à 10h32</p>", ["Marie Dupont"]),
    ("name-and-date-italian", "", "<p class='autore'>di Marco Rossi - 3 marzo 2021</p>", ["Marco Rossi"]),
    ("name-and-date-dutch", "", "<p class='auteur'>Door Jan de Vries op 3 maart 2021</p>", ["Jan de Vries"]),
    ("name-and-date-pt", "", "<p class='autor'>Por João Silva em 3 de março de 2021</p>", ["João Silva"]),
    ("april-ryan", meta("April Ryan"), "", ["April Ryan"]),
    ("follow-then-name", meta("Follow Ina Berg"), "", ["Ina Berg"]),
    ("view-all-posts-alone", meta("View All Posts"), "", []),
    ("two-with-jobs", meta("Ina Berg, Staff Writer; Tom Walsh, Senior Reporter"), "", ["Ina Berg", "Tom Walsh"]),
    # dates before a name, more labels, e-mail addresses, companies' legal forms
    ("date-before", "", "<div class='byline'>03.12.2021 Ina Berg</div>", ["Ina Berg"]),
    ("date-before-glued", "", "<div class='author'><span>03.12.2021</span><span>Ina Berg</span></div>", ["Ina Berg"]),
    ("named-date-before", "", "<div class='byline'><time>Dec 3, 2021</time> <span>Ina Berg</span></div>", ["Ina Berg"]),
    ("date-dot-name", "", "<div class='byline'>3. Mai 2021 · Ina Berg</div>", ["Ina Berg"]),
    ("aktualisiert-before", meta("Aktualisiert am 03.12.2021 Ina Berg"), "", ["Ina Berg"]),
    ("autora", meta("Autora: María López"), "", ["María López"]),
    ("autora-byline", "", "<p>Autora: María López</p>", ["María López"]),
    ("a-cura-di", meta("A cura di Marco Rossi"), "", ["Marco Rossi"]),
    ("door", meta("Door Jan de Vries"), "", ["Jan de Vries"]),
    ("by-colon", meta("By: Ina Berg"), "", ["Ina Berg"]),
    ("by-upper", meta("BY INA BERG"), "", ["INA BERG"]),
    ("written-by-cap", meta("Written By Ina Berg"), "", ["Ina Berg"]),
    ("redactado-por", meta("Redactado por María López"), "", ["María López"]),
    ("handle-first", meta("@inaberg | Ina Berg"), "", ["Ina Berg"]),
    ("redaktion-site", meta("Redaktion Harbour Watch"), "", ["Redaktion Harbour Watch"]),
    ("por-upper", "", "<p class='autor'>POR: MARÍA LÓPEZ</p>", ["MARÍA LÓPEZ"]),
    ("par-glued", "", "<div class='author'><span>par</span><a href='/auteur/marie'>Marie Dupont</a></div>",
     ["Marie Dupont"]),
    ("von-glued", "", "<div class='author'><span>von</span><span>Ina Berg</span></div>", ["Ina Berg"]),
    ("ld-person-with-jobtitle-in-name", ld(person("Ina Berg - Senior Editor")), "", ["Ina Berg"]),
    ("ld-person-name-pipe-site", ld(person("Ina Berg | Harbour Watch")), "", ["Ina Berg"]),
    ("ld-name-and-email", ld(person("Ina Berg ina.berg@harbourwatch.com")), "", ["Ina Berg"]),
    ("ld-email-alone", ld(person("ina.berg@harbourwatch.com")), "", []),
    ("meta-name-comma-site", meta("Ina Berg, Harbour Watch"), "", ["Ina Berg"]),
    ("meta-mediengruppe", meta("Mediengruppe Nordsee"), "", []),
    ("meta-verlag", meta("Nordsee Verlag"), "", []),
    ("meta-edizioni", meta("Edizioni Nordsee"), "", []),
    ("meta-sa", meta("Nordsee Medios S.A."), "", []),
    ("meta-srl", meta("Nordsee S.r.l."), "", []),
    ("meta-gmbh-co", meta("Nordsee GmbH & Co. KG"), "", []),
    ("meta-bv", meta("Nordsee B.V."), "", []),
    ("meta-plc", meta("Nordsee Plc"), "", []),
    ("meta-sas", meta("Nordsee SAS"), "", []),
    ("meta-oy", meta("Nordsee Oy"), "", []),
    ("meta-ab", meta("Nordsee AB"), "", []),
    ("meta-as", meta("Nordsee AS"), "", []),
    ("meta-sl", meta("Nordsee S.L."), "", []),
    ("meta-ltda", meta("Nordsee Ltda"), "", []),
    ("meta-pty", meta("Nordsee Pty Ltd"), "", []),
    ("meta-company", meta("Nordsee Company"), "", []),
    ("meta-org", meta("Nordsee Association"), "", []),
    ("meta-society", meta("Royal Harbour Society"), "", []),
    ("meta-party", meta("Green Party Kiel"), "", []),
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


# bylines as common themes and news sites mark them up (label, name, role, date, buttons in elements of their own)
THEMES = [
    ("tagdiv",
     "<div class='td-post-author-name'><div class='td-author-by'>By</div> <a href='/author/ina/'>Ina "
     "Berg</a><div class='td-author-line'> - </div></div>",
     ["Ina Berg"]),
    ("generatepress",
     "<span class='byline'>by <span class='author vcard' itemtype='http://schema.org/Person' itemscope "
     "itemprop='author'><a class='url fn n' href='/author/ina/' title='View all posts by Ina Berg' "
     "rel='author' itemprop='url'><span class='author-name' itemprop='name'>Ina Berg</span></a></span></span>",
     ["Ina Berg"]),
    ("astra",
     "<span class='posted-by vcard author' itemtype='https://schema.org/Person' itemscope itemprop='author'><a "
     "title='View all posts by Ina Berg' href='/author/ina/' rel='author' class='url fn n' "
     "itemprop='url'><span class='author-name' itemprop='name'>Ina Berg</span></a></span>",
     ["Ina Berg"]),
    ("medium",
     "<div class='byline'><img alt='Ina Berg' class='avatar' src='a.jpg'><div><a href='/@inaberg'>Ina "
     "Berg</a><button>Follow</button></div><div><span>5 min read</span> · <span>Mar 3, 2021</span></div></div>",
     ["Ina Berg"]),
    ("address",
     "<address aria-label='Contributor info'><a rel='author' href='/profile/inaberg'>Ina Berg</a> in "
     "Kiel</address>",
     ["Ina Berg"]),
    ("german-role",
     "<div class='article-author'><span class='article-author__label'>Von</span> <a "
     "class='article-author__name' href='/autor/ina-berg'>Ina Berg</a> <span "
     "class='article-author__role'>Redakteurin</span></div>",
     ["Ina Berg"]),
    ("german-role-glued",
     "<div class='article-author'><span>Von</span><a href='/autor/ina-berg'>Ina "
     "Berg</a><span>Redakteurin</span></div>",
     ["Ina Berg"]),
    ("spanish-cargo",
     "<div class='autor'><span class='autor-nombre'>María López</span><span "
     "class='autor-cargo'>Periodista</span><a class='autor-twitter' "
     "href='https://twitter.com/mlopez'>@mlopez</a></div>",
     ["María López"]),
    ("french-signature",
     "<span class='signature'>Par <a href='/journalistes/marie-dupont'>Marie Dupont</a> Publié le 3 mars 2021 "
     "à 10h</span>",
     ["Marie Dupont"]),
    ("and-links",
     "<div class='byline'>By <a href='/author/ina'>Ina Berg</a> and <a href='/author/tom'>Tom Walsh</a></div>",
     ["Ina Berg", "Tom Walsh"]),
    ("list-links",
     "<p class='byline'>By <a href='/author/ina'>Ina Berg</a>, <a href='/author/tom'>Tom Walsh</a> and <a "
     "href='/author/ana'>Ana Lima</a></p>",
     ["Ina Berg", "Tom Walsh", "Ana Lima"]),
    ("list-no-links",
     "<p class='byline'>By <span>Ina Berg</span>, <span>Tom Walsh</span> and <span>Ana Lima</span></p>",
     ["Ina Berg", "Tom Walsh", "Ana Lima"]),
    ("fields-line",
     "<div class='meta'>Published: 3 March 2021 | Author: Ina Berg | Category: News</div>",
     ["Ina Berg"]),
    ("name-staff", "<span class='author'>Ina Berg, Staff Writer</span>", ["Ina Berg"]),
    ("upper-site", "<span class='byline-author'>INA BERG | Harbour Watch</span>", ["INA BERG"]),
    ("written-by-glued",
     "<div class='author'><span>Written by</span><a href='/author/ina'>Ina "
     "Berg</a><span>Editor-in-Chief</span></div>",
     ["Ina Berg"]),
    ("job-glued",
     "<div class='author'><a href='/author/ina'>Ina Berg</a><span>Senior Editor</span></div>",
     ["Ina Berg"]),
    ("date-glued",
     "<div class='author'><a href='/author/ina'>Ina Berg</a><span>March 3, 2021</span></div>",
     ["Ina Berg"]),
    ("share-glued", "<div class='author'><span>Ina Berg</span><span>Share</span></div>", ["Ina Berg"]),
    ("share-glued2", "<div class='byline'><span>By Ina Berg</span><span>Share on Facebook</span></div>", ["Ina Berg"]),
    ("follow-glued", "<div class='author'><span>Ina Berg</span><a>Follow</a></div>", ["Ina Berg"]),
    ("email-glued",
     "<div class='author'><span>Ina Berg</span><a href='mailto:ina@hw.com'>Email</a></div>",
     ["Ina Berg"]),
    ("twitter-handle-glued",
     "<div class='author'><span>Ina Berg</span><a href='https://twitter.com/inaberg'>@inaberg</a></div>",
     ["Ina Berg"]),
    ("label-glued-by", "<div class='byline'><span>By</span><span>Ina Berg</span></div>", ["Ina Berg"]),
    ("label-glued-par", "<div class='auteur'><span>Par</span><span>Marie Dupont</span></div>", ["Marie Dupont"]),
    ("label-glued-por", "<div class='autor'><span>Por</span><span>María López</span></div>", ["María López"]),
    ("label-glued-autor", "<div class='autor'><span>Autor</span><span>Jan Nowak</span></div>", ["Jan Nowak"]),
    ("month-glued-nospace",
     "<div class='byline'><span>Ina Berg</span><span>December 3, 2021</span></div>",
     ["Ina Berg"]),
    ("nyt",
     "<p class='css-1 e1jsehar1' itemprop='author' itemscope itemtype='http://schema.org/Person'>By <a "
     "href='/by/ina-berg'><span class='byline-prefix'></span><span itemprop='name'>Ina Berg</span></a> and <a "
     "href='/by/tom-walsh'><span itemprop='name'>Tom Walsh</span></a></p>",
     ["Ina Berg", "Tom Walsh"]),
    ("reuters-like",
     "<div class='article-header__author'>By <a href='/journalists/ina-berg'>Ina Berg</a>, <a "
     "href='/journalists/tom-walsh'>Tom Walsh</a></div>",
     ["Ina Berg", "Tom Walsh"]),
    ("bbc-like", "<div class='ssrcss-byline'><div>By Ina Berg</div><div>BBC News, Kiel</div></div>", ["Ina Berg"]),
    ("cnn-like", "<div class='byline__names'>By <a href='/profiles/ina-berg'>Ina Berg</a>, CNN</div>", ["Ina Berg"]),
    ("chinese-source", "<div class='author'>来源：新华网 作者：李明 责任编辑：王芳</div>", ["李明"]),
    ("chinese-editor-only", "<div class='editor'>责任编辑：王芳</div>", ["王芳"]),
]


@pytest.mark.parametrize(("byline", "expected"), [c[1:] for c in THEMES], ids=[c[0] for c in THEMES])
def test_a_byline_as_themes_mark_it_up(byline: str, expected: list[str]) -> None:
    assert [str(a) for a in newsmeta.extract(page("", byline)).authors] == expected


STORY = "\n".join(["The council voted on the new harbour plan after a long debate on costs."] * 6)


@pytest.mark.parametrize(
    ("text", "expected"),
    [(f"{STORY}\nIna Berg", ["Ina Berg"]),
     (f"{STORY}\nKazım TÜRKMEN\nBundesvorsitzender", ["Kazım TÜRKMEN"]),
     (f"{STORY}\nIna J. Berg", ["Ina J. Berg"]),
     (f"{STORY}\n- Harbour plan: the vote in May\nWeiterführender Link\nHarbour Board", []),
     (f"{STORY}\nRead More", []),
     (f"{STORY}\nHarbour Media Group", []),
     (f"{STORY}\nIna Berg is our reporter in Kiel.", [])],
    ids=["name-alone", "name-then-role", "initial", "list-then-heading-then-org",
         "interface-text", "organisation", "sentence"],
)
def test_a_signature_under_the_text_names_the_author_last(text: str, expected: list[str]) -> None:
    assert [str(a) for a in _authors(_Markup(), None, text=text)] == expected


def test_a_signature_is_read_only_when_nothing_else_names_a_person() -> None:
    text = f"{STORY}\nIna Berg"
    assert [str(a) for a in _authors(_Markup(meta={"author": "Tom Walsh"}), None, text=text)] == ["Tom Walsh"]

"""HTML authors, session 16: credits that name no person (a photo's courtesy, a licence, an
organisation, a newsroom's desk, a phrase, what a cut job title leaves) are refused."""

from __future__ import annotations

import pytest

from newsmeta.html_input import read_html

BODY = "<p>" + "The council voted on the new harbour plan after a long debate on costs. " * 6 + "</p>"


def authors(credit: str, byline: str = "") -> list[str]:
    html = (f"<html><head><meta name='author' content='{credit}'></head><body><article>"
            f"<h1>Harbour plan approved</h1>{byline}{BODY}</article></body></html>")
    return [str(a) for a in read_html(html).authors]


REFUSED = [
    ("courtesy-spanish", "Cortesía"),
    ("courtesy-english", "Courtesy"),
    ("swiss-photo-credit", "zvg"),
    ("private-photo", "privat"),
    ("handout", "Handout"),
    ("licence", "CC BY"),
    ("news-spanish", "Noticias de El Salvador"),
    ("news-upper-case", "NOTICIAS EL COMERCIO PERÚ"),
    ("news-italian", "Notizie Lombardia"),
    ("news-dutch", "Nieuws Utrecht"),
    ("association", "Verein Historische Wehranlage"),
    ("sports-association", "Turnverein Kiel"),
    ("phrase-of-six-words", "Linksc Creating Search Engine Api Message"),
    ("title-cut-before-its-noun", "Letters To The Editor"),
]


@pytest.mark.parametrize("credit", [c[1] for c in REFUSED], ids=[c[0] for c in REFUSED])
def test_a_credit_that_names_no_person_is_refused(credit: str) -> None:
    assert authors(credit) == []


KEPT = [
    ("long-spanish-name", "María de los Ángeles García Pérez", ["María de los Ángeles García Pérez"]),
    ("five-words", "José Miguel Wilson Pérez Soto", ["José Miguel Wilson Pérez Soto"]),
    ("list-of-long-names", "José Miguel Wilson, María García Pérez", ["José Miguel Wilson", "María García Pérez"]),
    ("vietnamese-article-like-word", "Nguyen Van Le", ["Nguyen Van Le"]),
    ("opens-with-der", "Der Spiegel", ["Der Spiegel"]),
]


@pytest.mark.parametrize(("credit", "expected"), [c[1:] for c in KEPT], ids=[c[0] for c in KEPT])
def test_a_persons_name_is_kept(credit: str, expected: list[str]) -> None:
    assert authors(credit) == expected


@pytest.mark.parametrize(
    ("credit", "byline", "expected"),
    [("Sports Desk", "", ["Sports Desk"]),
     ("Sports Desk", "<div class='author-name'>Ina Berg</div>", ["Ina Berg"]),
     ("Web Desk", "<a href='/author/ina-berg/'>Ina Berg</a>", ["Ina Berg"])],
    ids=["desk-alone", "desk-beside-a-byline", "desk-beside-a-link-to-the-authors-page"],
)
def test_a_desk_is_a_newsrooms_credit_kept_only_when_no_person_is_named(
        credit: str, byline: str, expected: list[str]) -> None:
    assert authors(credit, byline) == expected


@pytest.mark.parametrize(
    ("credit", "byline", "expected"),
    [("dpa", "", ["dpa"]),
     ("Agencia EFE", "", ["Agencia EFE"]),
     ("Reuters", "<div class='author-name'>Ina Berg</div>", ["Ina Berg"]),
     ("Agencies", "", []),
     ("Funke Mediengruppe", "", []),
     ("Deutsche Presse Magazin", "", [])],
    ids=["agency", "agency-with-its-word", "agency-beside-a-byline", "the-word-alone",
         "a-publisher", "a-publication"],
)
def test_a_news_agencys_credit_is_kept_only_when_no_person_is_named(
        credit: str, byline: str, expected: list[str]) -> None:
    assert authors(credit, byline) == expected


def test_an_editors_mark_and_an_agency_in_the_json_ld_are_one_credit() -> None:
    ld = ('<script type="application/ld+json">{"@type": "NewsArticle", "author": {"@type": "Person", '
          '"name": "det/dpa"}}</script>')
    html = f"<html><head>{ld}</head><body><article><h1>Harbour plan approved</h1>{BODY}</article></body></html>"
    assert [str(a) for a in read_html(html).authors] == ["det/dpa"]


@pytest.mark.parametrize(
    ("meta", "expected"),
    [("Stadt und Land, Kiel, Germany", []),
     ("Ina Berg, Kiel", ["Ina Berg"])],
    ids=["site-name-place-country", "person-place"],
)
def test_an_author_meta_tag_opening_with_the_sites_name_is_the_publishers(meta: str, expected: list[str]) -> None:
    html = (f"<html><head><meta property='og:site_name' content='Stadt und Land'><meta name='author' content='{meta}'>"
            f"</head><body><article><h1>Harbour plan approved</h1>{BODY}</article></body></html>")
    assert [str(a) for a in read_html(html).authors] == expected

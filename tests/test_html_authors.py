"""HTML authors: persons only, cleaned of the words around a name, split where a line names several."""

from __future__ import annotations

import json

import pytest

import newsmeta
from newsmeta.html_authors import _authors, _end_credits, _field_credits, _item_name, _names_in, _person
from newsmeta.html_input import read_html
from newsmeta.html_markup import _Markup

BODY = "<p>" + "The council voted on the new harbour plan after a long debate on costs. " * 6 + "</p>"


def authors(credit: str) -> list[str]:
    html = (f"<html><head><meta name='author' content='{credit}'></head><body><article>"
            f"<h1>Harbour plan approved</h1>{BODY}</article></body></html>")
    return [str(a) for a in read_html(html).authors]


CLEANED = [
    ("place-inside-list", "Ana Ferreira; London; Tom Walsh", ["Ana Ferreira", "Tom Walsh"]),
    ("upper-case-and", "ANA FERREIRA AND TOM WALSH", ["ANA FERREIRA", "TOM WALSH"]),
    ("interview", "Jan Olsen im Gespräch mit Ina Berg", ["Jan Olsen", "Ina Berg"]),
    ("place-after-comma", "Von Ana Ferreira, Lissabon", ["Ana Ferreira"]),
    ("role-after-comma", "Tom Walsh, Senior Editor", ["Tom Walsh"]),
    ("degree-after-comma", "Tom Walsh, RN", ["Tom Walsh"]),
    ("job-title-before", "Chief Executive Officer Tom Walsh", ["Tom Walsh"]),
    ("publication-after-for", "Tom Walsh for The Coast Gazette", ["Tom Walsh"]),
    ("place-after-aus", "Ina Berg aus Kiel", ["Ina Berg"]),
    ("agency-after-bar", "Ina Berg | AFP", ["Ina Berg"]),
    ("reading-time", "Ina Berg · 5 min read", ["Ina Berg"]),
    ("agency-in-brackets", "Ina Berg (AP)", ["Ina Berg"]),
    ("second-cjk-field", "作者：张伟 来源：新华社", ["张伟"]),
    ("login-after-name", "Ina Berg Login", ["Ina Berg"]),
    ("label-glued", "byIna Berg", ["Ina Berg"]),
    ("about-label", "Über Ina Berg", ["Ina Berg"]),
    ("sign-in", "Sign in", []),
    ("share-button", "Share on Facebook", []),
    ("login-field", "Benutzername", []),
    ("interface-words", "Über den Autor", []),
    ("posted-on", "Posted on", []),
    ("label-glued-author", "AuthorIna Berg", ["Ina Berg"]),
    ("label-glued-von", "VonIna Berg", ["Ina Berg"]),
    ("numeric-date-after", "Ina Berg am 29.12.2010", ["Ina Berg"]),
    ("named-date-after", "Ina Berg, March 3, 2020", ["Ina Berg"]),
    ("day-month-after", "Ina Berg 3. Mai 2021", ["Ina Berg"]),
    ("possessive-phrase", "Your Editors", []),
    ("staff-credit", "By Staff Writer", ["Staff Writer"]),
    ("handle-after-name", "Ina Berg Twitter: @inaberg", ["Ina Berg"]),
    ("handle-in-brackets", "Ina Berg (@inaberg)", ["Ina Berg"]),
    ("degree-split-off", "Ina Berg, M.D.", ["Ina Berg"]),
    ("media-group", "Funke Mediengruppe", []),
    ("date-in-spanish", "Por María López el 3 de marzo", ["María López"]),
    ("view-all-posts-after", "Ina Berg View all posts", ["Ina Berg"]),
    ("view-profile-after", "Ina Berg View Profile", ["Ina Berg"]),
    ("login-button", "Log In", []),
    ("email-field", "E-Mail-Adresse", []),
    ("email-field-en", "Email Address", []),
    ("share-button-alone", "Share this article", []),
    ("month-left-after", "Ina Berg Juni", ["Ina Berg"]),
    ("weekday-left-after", "Ina Berg Tuesday", ["Ina Berg"]),
    ("month-glued", "Ina BergMarch 3, 2021", ["Ina Berg"]),
    ("navigation-after", "Ina Berg Home", ["Ina Berg"]),
    ("publisher-communications", "Hearst Communications", []),
    ("publisher-gruppo", "Gruppo Editoriale", []),
    ("publisher-groupe", "Groupe Sud Ouest", []),
    ("label-redakteur", "Redakteur: Ina Berg", ["Ina Berg"]),
    ("label-autore", "Autore: Marco Rossi", ["Marco Rossi"]),
    ("label-autoren", "Autoren Ina Berg und Tom Walsh", ["Ina Berg", "Tom Walsh"]),
    ("label-interview", "Interview: Ina Berg", ["Ina Berg"]),
    ("label-zeren-bianji", "责任编辑：李明", ["李明"]),
    ("profile-url-after", "Ina Berg https://twitter.com/inaberg", ["Ina Berg"]),
    ("profile-url-alone", "www.linkedin.com/in/inaberg", []),
    ("handle-alone", "@inaberg", []),
    ("titled-role-split-off", "John Smith, Chief Political Correspondent", ["John Smith"]),
    ("degree-split-off-comma", "Jane Doe, PhD", ["Jane Doe"]),
    ("list-with-ampersand", "Ina Berg, Tom Walsh & Ana Lima", ["Ina Berg", "Tom Walsh", "Ana Lima"]),
    ("dedupe-case", "Ina Berg; INA BERG", ["Ina Berg"]),
    ("site-address", "www.harbourwatch.com", []),
    ("stand-before-date", "Ina Berg Stand 3. Mai 2021", ["Ina Berg"]),
    ("comment-header", "Ina Berg said", []),
    ("comment-header-de", "Ina Berg sagt", []),
    ("no-author", "No Author", []),
    ("kein-autor", "Kein Autor", []),
    ("magazine", "Auto Illustrierte", []),
    ("login-field-fr", "Nom d&#39;utilisateur", []),
    ("share-button-fr", "Partager sur Facebook", []),
    ("share-button-es", "Compartir en Twitter", []),
    ("share-button-after", "Ina Berg Partager", ["Ina Berg"]),
    ("newspaper-times", "Harbour Times", []),
    ("newspaper-gazette", "The Coast Gazette", []),
    ("newspaper-corriere", "Corriere di Bari", []),
    ("newspaper-daily", "Harbour Daily", []),
    ("person-for-a-newspaper", "Ina Berg, Harbour Times", ["Ina Berg"]),
]


@pytest.mark.parametrize(("credit", "expected"), [c[1:] for c in CLEANED], ids=[c[0] for c in CLEANED])
def test_a_credit_line_is_cleaned_to_persons(credit: str, expected: list[str]) -> None:
    assert authors(credit) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("Ana Ferreira, Tom Walsh", ["Ana Ferreira, Tom Walsh"]), ("Ferreira, Ana", ["Ferreira, Ana"]),
     ("Ana Ferreira; Tom Walsh", ["Ana Ferreira", "Tom Walsh"]), ("Ana Ferreira; Lisboa", ["Ana Ferreira"]),
     ("wolke77; Tom", ["wolke77", "Tom"]),
     ("Ana Ferreira, Tom Walsh und Ina Berg", ["Ana Ferreira", "Tom Walsh", "Ina Berg"]),
     ("Ana Ferreira, Lisboa und Tom Walsh", ["Ana Ferreira, Lisboa", "Tom Walsh"]),
     ("Ana Ferreira, Senior Editor and Tom Walsh", ["Ana Ferreira, Senior Editor", "Tom Walsh"])],
    ids=["comma", "surname-first", "semicolon", "place-after-person", "logins", "list-before-conjunction",
         "place-before-conjunction", "role-before-conjunction"],
)
def test_a_credit_is_split_on_semicolons_and_conjunctions_not_commas(raw: str, expected: list[str]) -> None:
    assert _names_in(raw) == expected


@pytest.mark.parametrize(("raw", "expected"), [("Ana L&oacute;pez", "Ana López"), ("Redacci; Oacute; N Diario", None)],
                         ids=["entity", "entity-split"])
def test_html_entities_in_a_name_are_read(raw: str, expected: str | None) -> None:
    assert [str(a) for a in _authors(_Markup(), raw)] == ([expected] if expected else [])


@pytest.mark.parametrize(("raw", "expected"), [("Ana de Souza", "Ana de Souza"), ("happyface313", "happyface313"),
                                               ("deinen Hochzeitsbloggern", None), ("Posted in", None),
                                               ("Mobasir hassan", "Mobasir hassan"), ("Ina Berg klein", None)],
                         ids=["particle", "login", "phrase-opening-lower-case", "lower-case-after-capital",
                              "lower-case-surname", "lower-case-after-two"])
def test_lower_case_words_in_a_name_are_particles_or_a_login(raw: str, expected: str | None) -> None:
    assert _person(raw, set()) == expected


# trafilatura takes a commenter's name from these (a deal's poster, a "recent comments" widget)
POSTER = "<div class='thumbnail'><p class='comment-author'>D-Zug</p></div>"
RECENT = ("<aside class='widget'><ul><li class='recentcomments'><span class='comment-author-link'>wuff</span> "
          "bei <a href='/x'>Story</a></li></ul></aside>")


@pytest.mark.parametrize(
    ("head", "before", "expected"),
    [("", POSTER, []), ("", RECENT, []), ("<meta name='author' content='D-Zug'>", POSTER, ["D-Zug"])],
    ids=["poster", "recent-comments", "author-who-also-comments"],
)
def test_a_commenters_name_is_not_the_author(head: str, before: str, expected: list[str]) -> None:
    html = (f"<html><head>{head}</head><body>{before}<article><h1>Harbour plan approved</h1>{BODY}"
            f"</article></body></html>")
    assert [str(a) for a in read_html(html).authors] == expected



def ld_person(name: str) -> str:
    return ("<script type='application/ld+json'>{\"@type\": \"NewsArticle\", \"author\": {\"@type\": \"Person\", "
            f"\"name\": \"{name}\"}}}}</script>")


@pytest.mark.parametrize(
    ("head", "byline", "expected"),
    [(ld_person("harbourwatch"), "", ["harbourwatch"]),
     (ld_person("harbourwatch"), "<p class='author-name'>Ina Berg</p>", ["Ina Berg"]),
     ("<script type='application/ld+json'>{\"@type\": \"NewsArticle\", \"author\": {\"name\": \"harbourwatch\"}}"
      "</script>", "", []),
     ("", "<span class='author vcard'>von harbourwatch</span>", ["Harbourwatch"]),
     ("", "<span class='byline'>von harbourwatch</span>", [])],
    ids=["person-named-as-the-site", "site-person-beside-a-byline", "untyped", "hcard", "byline-class"],
)
def test_a_json_ld_person_named_as_the_site_is_kept_only_when_no_one_else_is_named(
        head: str, byline: str, expected: list[str]) -> None:
    html = (f"<html><head><meta property='og:site_name' content='harbourwatch'>{head}</head><body><article>"
            f"<h1>Harbour plan approved</h1>{byline}{BODY}</article></body></html>")
    assert [str(a) for a in read_html(html).authors] == expected


@pytest.mark.parametrize(
    ("byline", "expected"),
    [("<p><a href='/autor/ina-berg/'>Ina Berg</a> · 5 min</p>", ["Ina Berg"]),
     ("<p><a href='/author/ina-berg'>Ina Berg</a>, <a href='/author/tom-walsh'>Tom Walsh</a> &amp; "
      "<a href='/author/ana-lima'>Ana Lima</a></p>", ["Ina Berg", "Tom Walsh", "Ana Lima"]),
     ("<p><a href='/author/ina-berg'>Ina Berg →</a></p>", ["Ina Berg"]),
     ("<p><a href='/authors/'>Unsere Autoren</a></p>", []),
     ("<aside class='sidebar'><a href='/author/tom-walsh'>Tom Walsh</a></aside>", []),
     ("<p><a href='/journalists/ina-berg'>Ina Berg</a></p>", ["Ina Berg"]),
     ("<p><a href='/by/ina-berg'>Ina Berg</a></p>", ["Ina Berg"]),
     ("<p><a href='/contributors/ina-berg/'>Ina Berg</a></p>", ["Ina Berg"]),
     ("<p><a href='/?author=3'>Ina Berg</a></p>", ["Ina Berg"]),
     ("<p><a href='/people/ina-berg'>Ina Berg</a></p>", [])],
    ids=["one-link", "links-in-one-byline", "arrow-after-name", "authors-index", "sidebar", "journalists-page",
         "by-page", "contributors-page", "wordpress-author-query", "a-topic-page-on-a-person"],
)
def test_a_link_to_an_authors_page_is_a_credit(byline: str, expected: list[str]) -> None:
    html = (f"<html><head></head><body><article><h1>Harbour plan approved</h1>{byline}{BODY}</article>"
            "</body></html>")
    assert [str(a) for a in read_html(html).authors] == expected


@pytest.mark.parametrize(
    ("byline", "expected"),
    [("<div><span class='screen-reader-text'>| By </span><span>Ina Berg</span> | <time>May 2, 2021</time></div>",
      ["Ina Berg"]),
     ("<p>· Von Ina Berg</p>", ["Ina Berg"]),
     ("<p>By Ina Berg</p>", ["Ina Berg"]),
     ("<p>| Byte-sized news</p>", []),
     ("<p>By Ina Berg, Tom Walsh &amp; Ana Lima</p>", ["Ina Berg", "Tom Walsh", "Ana Lima"]),
     ("<p>By Ina Berg, Reuters</p>", ["Ina Berg"]),
     ("<p>作者：李明</p>", ["李明"]),
     ("<p><strong>Eine Kolumne von Ina Berg</strong></p>", ["Ina Berg"]),
     ("<p>By the council and its harbour board</p>", [])],
    ids=["separator-then-label", "dot-then-label", "label", "not-a-label", "list", "agency-after-comma",
         "chinese-label", "column-by", "lower-case-phrase"],
)
def test_a_credit_printed_by_the_headline_may_open_with_a_separator(byline: str, expected: list[str]) -> None:
    html = (f"<html><head></head><body><article><h1>Harbour plan approved</h1>{byline}{BODY}</article>"
            "</body></html>")
    assert [str(a) for a in read_html(html).authors] == expected


def test_a_page_crediting_thousands_of_people_is_read_up_to_a_cap() -> None:
    """Per-name work is bounded: a JSON-LD list of 3,600 persons gives at most 25 (hostile input, not news)."""
    firsts = [a + b for a in ("Al", "Be", "Ca", "Do", "El", "Fi")
              for b in ("na", "ro", "ti", "ma", "ko", "lu", "sa", "ve", "di", "xo")]
    lasts = [a + b for a in ("Mor", "Sel", "Tan", "Vik", "Wol", "Hart")
             for b in ("ber", "sen", "ley", "ton", "ford", "wick", "dale", "man", "ski", "ez")]
    people = [{"@type": "Person", "name": f"{f} {last}"} for f in firsts for last in lasts]
    ld = json.dumps({"@type": "NewsArticle", "author": people})
    html = (f"<html><head><script type='application/ld+json'>{ld}</script></head><body><article>"
            f"<h1>Harbour plan approved</h1>{BODY}</article></body></html>")
    names = [str(a) for a in read_html(html).authors]
    assert names[:2] == ["Alna Morber", "Alna Morsen"]
    assert len(names) <= 25


@pytest.mark.parametrize(
    ("byline", "expected"),
    [("<p class='author'>Wolke77 am 29.12.2010</p>", ["Wolke77"]),
     ("<div class='post-author'>Author: wolke77</div>", ["wolke77"]),
     ("<span class='byline'>wolke77 am 29.12.2010</span>", ["wolke77"])],
    ids=["class-author-with-date", "label", "byline-class"],
)
def test_a_login_keeps_its_digits_where_trafilatura_cuts_them(byline: str, expected: list[str]) -> None:
    html = (f"<html><head></head><body><article><h1>Harbour plan approved</h1>{byline}{BODY}</article>"
            "</body></html>")
    assert [str(a) for a in read_html(html).authors] == expected


STORY = "\n".join(["The council voted on the new harbour plan after a long debate on costs."] * 12)


@pytest.mark.parametrize(
    ("text", "expected"),
    [(f"{STORY}\nText: Ina Berg", ["Ina Berg"]),
     (f"{STORY}\nAutoren: Ina Berg und Tom Walsh\nFotos: Ana Lima", ["Ina Berg und Tom Walsh"]),
     (f"{STORY}\nAutor:\nIna Berg", ["Ina Berg"]),
     (f"{STORY}\nBy the end of the year, the harbour will reopen.", []),
     (f"Text: Ina Berg\n{STORY}", []),
     (f"{STORY}\nFotos: Ana Lima", []),
     (f"{STORY}\nÜber die Autorin\nIna Berg schreibt über Häfen.\nAlles von Ina Berg", ["Ina Berg"]),
     (f"{STORY}\nView all posts by Ina Berg", ["Ina Berg"]), (f"{STORY}\nPhotos by Ana Lima", [])],
    ids=["text-label", "list-then-photos", "label-on-its-own-line", "by-opening-a-sentence", "credit-at-the-top",
         "photo-credit", "link-to-all-of-an-authors-stories", "view-all-posts-by", "photos-by"],
)
def test_a_credit_in_the_last_lines_of_the_text(text: str, expected: list[str]) -> None:
    assert _end_credits(text) == expected


@pytest.mark.parametrize(
    ("meta", "expected"),
    [({}, ["Ina Berg", "Tom Walsh"]), ({"author": "Ana Lima"}, ["Ana Lima"])],
    ids=["only-credit", "markup-credit-first"],
)
def test_an_end_credit_is_read_only_when_nothing_else_names_a_person(meta: dict[str, str],
                                                                       expected: list[str]) -> None:
    text = f"{STORY}\nAutoren: Ina Berg und Tom Walsh"
    assert [str(a) for a in _authors(_Markup(meta=meta), None, text=text)] == expected


@pytest.mark.parametrize(
    ("credit", "expected"),
    [("Von Ana Ferreira, Tom Walsh und Ina Berg, NDR", ["Ana Ferreira", "Tom Walsh", "Ina Berg"]),
     ("Ana Ferreira, Tom Walsh", ["Ana Ferreira, Tom Walsh"])],
    ids=["labelled-list", "comma-alone"],
)
def test_a_credit_elements_list_is_split_before_its_conjunction(credit: str, expected: list[str]) -> None:
    markup = _Markup()
    markup.credits = [(3, credit)]
    assert [str(a) for a in _authors(markup, None)] == expected


@pytest.mark.parametrize(
    ("credit", "expected"),
    [("<p>Autor: Ina Berg</p>", ["Ina Berg"]), ("<p>作者：李明</p>", ["李明"]), ("<p>By Ina Berg</p>", [])],
    ids=["labelled-field", "chinese-field", "by-is-not-read-that-far"],
)
def test_a_labelled_credit_is_read_past_the_window_by_the_headline(credit: str, expected: list[str]) -> None:
    # (the paragraphs after the credit differ: trafilatura drops repeated ones, and the credit
    # is then not among the text's last lines, where a credit is read whatever its label)
    rest = "".join(BODY.replace("costs.", f"costs ({k}).") for k in range(9))
    html = (f"<html><head></head><body><article><h1>Harbour plan approved</h1>{BODY * 3}{credit}{rest}</article>"
            "</body></html>")
    assert [str(a) for a in read_html(html).authors] == expected


def test_the_html_reading_takes_a_credit_at_the_end_of_the_article_text() -> None:
    paras = "".join(f"<p>{line}</p>" for line in STORY.splitlines() * 4)  # the credit: far below the headline
    page = (f"<html><head><title>Harbour plan approved</title></head><body><article>"
            f"<h1>Harbour plan approved</h1>{paras}<p>Text: Ina Berg</p></article></body></html>")
    assert [(a.name, a.source) for a in read_html(page).authors] == [("Ina Berg", "html")]
    assert [a.name for a in newsmeta.extract(page).authors] == ["Ina Berg"]


@pytest.mark.parametrize(
    ("ld_type", "author_type", "expected"),
    [("DiscussionForumPosting", "Person", ["Ina Berg"]), ("TechArticle", "Person", ["Ina Berg"]),
     ("SocialMediaPosting", "Person", ["Ina Berg"]), ("DiscussionForumPosting", "Organization", []),
     ("Product", "Person", [])],
    ids=["forum-post", "tech-article", "social-media-post", "organisation", "not-a-post"],
)
def test_the_author_of_any_json_ld_article_or_post_type(ld_type: str, author_type: str, expected: list[str]) -> None:
    ld = json.dumps({"@type": ld_type, "author": {"@type": author_type, "name": "Ina Berg"}})
    html = (f"<html><head><script type='application/ld+json'>{ld}</script></head><body><article>"
            f"<h1>Harbour plan approved</h1>{BODY}</article></body></html>")
    assert [str(a) for a in read_html(html).authors] == expected


def comment(classes: str, header: str) -> str:
    return (f"<ol class='commentlist'><li class='comment byuser {classes}'><div class='comment-author vcard'>"
            f"{header}</div><p>Thank you all for reading, the vote is on Monday.</p></li></ol>")


@pytest.mark.parametrize(
    ("byline", "comments", "expected"),
    [("", comment("comment-author-inaberg bypostauthor", "Ina Berg sagt:"), ["Ina Berg"]),
     ("", comment("comment-author-inaberg bypostauthor", "<cite class='fn'>inaberg</cite>"), ["inaberg"]),
     ("", comment("comment-author-tomwalsh", "Tom Walsh sagt:"), []),
     ("<p>Von Ana Lima</p>", comment("comment-author-inaberg bypostauthor", "Ina Berg sagt:"), ["Ana Lima"])],
    ids=["own-comment", "own-comment-login", "a-readers-comment", "byline-first"],
)
def test_a_comment_marked_as_the_posts_authors_names_the_author(byline: str, comments: str,
                                                                 expected: list[str]) -> None:
    html = (f"<html><head></head><body><article><h1>Harbour plan approved</h1>{byline}{BODY}</article>"
            f"{comments}</body></html>")
    assert [str(a) for a in read_html(html).authors] == expected


@pytest.mark.parametrize(
    ("byline", "expected"),
    [("<p>Posted by Ina Berg</p>", ["Ina Berg"]), ("<p>Geschrieben von Ina Berg</p>", ["Ina Berg"]),
     ("<p>Escrito por Ana Lima</p>", ["Ana Lima"]), ("<p>Scritto da Marco Rossi</p>", ["Marco Rossi"]),
     ("<div><span>Publié par</span> <span>Ana Lima</span></div>", ["Ana Lima"]),
     ("<p>Blog Beitrag von Ina Berg</p>", ["Ina Berg"]), ("<p>Ein Gast-Beitrag von Ina Berg</p>", ["Ina Berg"]),
     ("<p>Posted by the harbour board</p>", []), ("<p>Autorin Ina Berg</p>", ["Ina Berg"]),
     ("<p>Autorin Ina Berg erhält den Preis</p>", []), ("<p>di Marco Rossi</p>", ["Marco Rossi"]),
     ("<p>Av Ola Nordmann</p>", ["Ola Nordmann"]), ("<p>Af Mette Frederiksen</p>", ["Mette Frederiksen"])],
    ids=["posted-by", "geschrieben-von", "escrito-por", "scritto-da", "label-in-its-own-element", "blog-beitrag",
         "gast-beitrag", "lower-case-phrase", "noun-label", "noun-opening-a-sentence", "italian-di", "swedish-av",
         "danish-af"],
)
def test_a_credit_by_the_headline_may_open_with_a_verb_or_a_qualified_noun(byline: str, expected: list[str]) -> None:
    html = (f"<html><head></head><body><article><h1>Harbour plan approved</h1>{byline}{BODY}</article>"
            "</body></html>")
    assert [str(a) for a in read_html(html).authors] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [(f"{STORY}\nAutoren Ina Berg und Tom Walsh\n{STORY}", ["Ina Berg und Tom Walsh"]),
     (f"{STORY}\nAutor: Ina Berg\n{STORY}", ["Ina Berg"]),
     (f"{STORY}\nAuthor:\nIna Berg\n{STORY}", ["Ina Berg"]),
     (f"{STORY}\nAutoren Ina Berg und Tom Walsh zeigen, wie es geht.\n{STORY}", []),
     (f"{STORY}\nBy Ina Berg\n{STORY}", []),
     (f"{STORY}\nautoren wie Ina Berg\n{STORY}", [])],
    ids=["noun-label-mid-text", "colon-label", "label-on-its-own-line", "sentence", "by-may-open-a-sentence",
         "lower-case-noun"],
)
def test_a_labelled_credit_on_a_line_of_its_own_anywhere_in_the_text(text: str, expected: list[str]) -> None:
    assert _field_credits(text) == expected


@pytest.mark.parametrize(
    ("ld", "expected"),
    [({"@type": "NewsArticle", "creator": ["Ina Berg"]}, ["Ina Berg"]),
     ({"@type": "NewsArticle", "author": {"@type": "Person", "givenName": "Ina", "familyName": "Berg"}}, ["Ina Berg"]),
     ({"@type": "WebPage", "mainEntity": {"@type": "NewsArticle", "author": {"@type": "Person", "name": "Ina Berg"}}},
      ["Ina Berg"]),
     ({"@type": "NewsArticle", "author": {"@type": "GovernmentOrganization", "name": "Harbour Board"}}, []),
     ({"@type": "NewsArticle", "author": {"@type": "Person", "name": "Ina Berg"}, "creator": "Tom Walsh"},
      ["Ina Berg"])],
    ids=["creator", "given-and-family-name", "main-entity", "organisation-kind", "author-before-creator"],
)
def test_json_ld_authors_as_schema_org_writes_them(ld: dict[str, object], expected: list[str]) -> None:
    html = (f"<html><head><script type='application/ld+json'>{json.dumps(ld)}</script></head><body><article>"
            f"<h1>Harbour plan approved</h1>{BODY}</article></body></html>")
    assert [str(a) for a in read_html(html).authors] == expected


@pytest.mark.parametrize(
    ("byline", "expected"),
    [("<p>Автор: Иван Петров</p>", ["Иван Петров"]), ("<p>Yazar: Ayşe Yılmaz</p>", ["Ayşe Yılmaz"]),
     ("<p>Tekst: Jan Kowalski</p>", ["Jan Kowalski"]), ("<p>Kirjoittaja: Matti Virtanen</p>", ["Matti Virtanen"]),
     ("<p>Skrevet af Mette Frederiksen</p>", ["Mette Frederiksen"]), ("<p>Napisał Jan Kowalski</p>", ["Jan Kowalski"]),
     ("<p>Par : Jean Dupont</p>", ["Jean Dupont"]), ("<p>Von: Ina Berg</p>", ["Ina Berg"]),
     ("<p>Written by: Ina Berg</p>", ["Ina Berg"]), ("<p>Text und Fotos: Ina Berg</p>", ["Ina Berg"]),
     ("<p class='author'>Автор: Иван Петров</p>", ["Иван Петров"]), ("<p>Reportage: Ina Berg</p>", []),
     ("<p>Von: der Redaktion des Hafens</p>", [])],
    ids=["russian", "turkish", "polish-tekst", "finnish", "danish-skrevet-af", "polish-napisal", "french-colon",
         "von-colon", "written-by-colon", "text-and-photos", "label-in-a-credit-element", "not-a-label",
         "lower-case-phrase"],
)
def test_credit_labels_in_many_languages(byline: str, expected: list[str]) -> None:
    html = (f"<html><head></head><body><article><h1>Harbour plan approved</h1>{byline}{BODY}</article>"
            "</body></html>")
    assert [str(a) for a in read_html(html).authors] == expected


FIGURE = "<figure><img src='harbour.jpg' alt=''><figcaption>The harbour at dawn. {}</figcaption></figure>"


@pytest.mark.parametrize(
    ("credit", "expected"),
    [(FIGURE.format("<span class='author'>Tom Walsh</span>"), []),
     (FIGURE.format("<a href='/author/tom-walsh'>Tom Walsh</a>"), []),
     (FIGURE.format("<span class='author'>Tom Walsh</span>") + "<p class='author'>Ina Berg</p>", ["Ina Berg"])],
    ids=["figcaption", "author-link-in-a-figure", "byline-beside-a-figure"],
)
def test_a_credit_in_a_figures_caption_is_the_pictures(credit: str, expected: list[str]) -> None:
    html = (f"<html><head></head><body><article><h1>Harbour plan approved</h1>{credit}{BODY}</article>"
            "</body></html>")
    assert [str(a) for a in read_html(html).authors] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [(f"{STORY}\n© 2019 Ina Berg", ["Ina Berg"]), (f"{STORY}\nCopyright (c) 2012-2020 Ina Berg", ["Ina Berg"]),
     (f"{STORY}\n© Harbour Media GmbH", []), (f"{STORY}\n© 2019 Ina Berg\nMore stories", []),
     (f"{STORY}\n© 2019 dpa, all rights reserved", [])],
    ids=["year-and-name", "copyright-c-and-years", "publisher", "not-the-last-line", "agency-and-words"],
)
def test_a_copyright_line_closing_the_text_names_the_author_last(text: str, expected: list[str]) -> None:
    assert [str(a) for a in _authors(_Markup(), None, text=text)] == expected


PERSON, ORG = "itemscope itemtype='https://schema.org/Person'", "itemscope itemtype='https://schema.org/Organization'"


@pytest.mark.parametrize(
    ("credit", "expected"),
    [(f"<div itemprop='author' {PERSON}><span itemprop='name'>Ina Berg</span> "
      "<span itemprop='jobTitle'>Chefin vom Dienst</span></div>", ["Ina Berg"]),
     (f"<span itemprop='author' {PERSON}><meta itemprop='name' content='Ina Berg'></span>", ["Ina Berg"]),
     (f"<div itemprop='author' {PERSON}><span itemprop='name'>Ina Berg</span><p itemprop='description'>Ina "
      "schreibt seit 2010 über Häfen und Schiffe.</p></div>", ["Ina Berg"])],
    ids=["name-beside-a-job-title", "name-in-a-meta", "name-beside-a-description"],
)
def test_a_microdata_author_item_is_read_by_its_name_property(credit: str, expected: list[str]) -> None:
    html = (f"<html><head></head><body><article><h1>Harbour plan approved</h1>{credit}{BODY}</article>"
            "</body></html>")
    assert [str(a) for a in read_html(html).authors] == expected


def test_a_microdata_organisation_item_names_no_person() -> None:
    import lxml.html

    item = lxml.html.fromstring(f"<div itemprop='author' {ORG}><span itemprop='name'>Harbour Board</span></div>")
    assert _item_name(item) is None


@pytest.mark.parametrize(
    ("label", "expected"),
    [("Written by", ["Ola Nordmann"]), ("Skrevet av", ["Ola Nordmann"]), ("Napisane przez", ["Ola Nordmann"]),
     ("Автор", ["Ola Nordmann"]), ("Est. reading time", [])],
    ids=["english", "norwegian", "polish", "russian", "reading-time"],
)
def test_yoasts_written_by_pair_in_its_languages(label: str, expected: list[str]) -> None:
    head = f"<meta name='twitter:label1' content='{label}'><meta name='twitter:data1' content='Ola Nordmann'>"
    html = (f"<html><head>{head}</head><body><article><h1>Harbour plan approved</h1>{BODY}</article>"
            "</body></html>")
    assert [str(a) for a in read_html(html).authors] == expected


@pytest.mark.parametrize("cls", ["article__reporter", "journalist-name", "redakteur"],
                         ids=["reporter", "journalist", "redakteur"])
def test_a_reporters_class_marks_a_credit(cls: str) -> None:
    html = (f"<html><head></head><body><article><h1>Harbour plan approved</h1><p class='{cls}'>Ina Berg</p>{BODY}"
            "</article></body></html>")
    assert [str(a) for a in read_html(html).authors] == ["Ina Berg"]

"""HTML input: headline, dates, authors and tags from markup, each saying where it came from."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsmeta
from newsmeta.html_input import read_html

BODY = "<p>" + "The council voted on the new harbour plan after a long debate on costs. " * 6 + "</p>"


def page(head: str = "", body: str = BODY, h1: str = "") -> str:
    return f"<html><head>{head}</head><body><article>{h1}{body}</article></body></html>"


HEADLINES = [
    ("<title>Harbour plan approved | Coast Gazette</title><meta property='og:site_name' content='Coast Gazette'>",
     "<h1>Harbour plan approved</h1>", "Harbour plan approved", "html"),
    ("<title>Coast Gazette - Harbour plan approved after long debate</title>", "",
     "Harbour plan approved after long debate", "html"),
    ("<meta property='og:title' content='Council backs the harbour plan'><title>News</title>", "",
     "Council backs the harbour plan", "meta"),
    ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Vote ends harbour row"}</script>',
     "", "Vote ends harbour row", "json-ld"),
    ("<title>Aktuelles</title>", "<h1>Gemeinderat stimmt dem Hafenplan zu</h1>",
     "Gemeinderat stimmt dem Hafenplan zu", "html"),
]


TITLE_LABELS = [
    ("<title>23.01.2022 - Wierer jubelt beim Abschluss in Antholz - Biathlon</title>",
     "<h1>23.01.2022 - Wierer jubelt beim Abschluss in Antholz</h1>", "Wierer jubelt beim Abschluss in Antholz"),
    ("<title>Was wir über uns nicht hören wollen | INTERSCENAR.IO</title>"
     "<meta property='og:site_name' content='INTERSCENAR.IO'>",
     "<h1>Was wir über uns nicht hören wollen | FASSETTE.NET</h1>", "Was wir über uns nicht hören wollen"),
    ("<title>NEWS WEB EASY|子どもへの体罰を禁止する法律ができる</title>"
     "<meta property='og:site_name' content='NEWS WEB EASY'>",
     "", "子どもへの体罰を禁止する法律ができる"),
    ("<title>Zuschauer kehren in die Hallen der Region zurück | Handballverband</title>",
     "<h1>Zuschauer kehren in die Hallen der Region zurück 02.02.2022 • Verband, Presse</h1>",
     "Zuschauer kehren in die Hallen der Region zurück"),
]


@pytest.mark.parametrize(("head", "h1", "expected"), TITLE_LABELS,
                         ids=["date-part", "address-part", "pipe-without-spaces", "date-glued-to-h1"])
def test_a_date_or_an_address_is_not_part_of_the_headline(head: str, h1: str, expected: str) -> None:
    doc = read_html(page(head, h1=h1))
    assert doc.headline is not None and doc.headline.text == expected


@pytest.mark.parametrize(("head", "h1", "expected", "source"), HEADLINES,
                         ids=["title-suffix", "title-prefix", "og-title", "json-ld", "section-title-vs-h1"])
def test_headline(head: str, h1: str, expected: str, source: str) -> None:
    doc = read_html(page(head, h1=h1))
    assert doc.headline is not None
    assert (doc.headline.text, doc.headline.source) == (expected, source)
    assert doc.headline.start is None  # read from markup, not from the text


DATES = [
    ("<meta property='article:published_time' content='2023-03-14T09:30:00+01:00'>", None,
     "2023-03-14T09:30:00+01:00", "meta"),
    ('<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2021-11-02T10:00:00Z", '
     '"dateModified": "2021-11-05T08:00:00Z"}</script>', None, "2021-11-02T10:00:00+00:00", "json-ld"),
    ("", "https://news.example.org/2020/06/17/harbour-plan", "2020-06-17", "url"),
    ("<meta property='article:published_time' content='2022-08-01T17:45'>", None, "2022-08-01T17:45:00", "meta"),
    ("<meta name='date' content='2019-04-30'>", None, "2019-04-30", "meta"),
]


@pytest.mark.parametrize(("head", "url", "expected", "source"), DATES,
                         ids=["meta", "json-ld", "url", "no-zone", "day-only"])
def test_published_from_markup(head: str, url: str | None, expected: str, source: str) -> None:
    doc = read_html(page(head), url=url)
    assert doc.published is not None
    assert (doc.published.value.isoformat() if doc.published.value else None) == expected
    assert doc.published.source == source


def test_updated_only_when_later_than_published() -> None:
    doc = read_html(page(DATES[1][0]))
    assert doc.updated is not None and doc.updated.value == dt.datetime(2021, 11, 5, 8, tzinfo=dt.timezone.utc)
    assert doc.updated.source == "json-ld"


def test_the_date_printed_by_the_headline_decides_between_markup_dates() -> None:
    # The meta tag (in UTC) and the JSON-LD (local time) disagree by a day; the page prints
    # the JSON-LD's day under its headline.
    head = (
        "<meta property='article:published_time' content='2023-11-09T02:11:03+00:00'>"
        '<script type="application/ld+json">{"@type": "NewsArticle", '
        '"datePublished": "2023-11-08T21:11:03-05:00"}</script>'
    )
    h1 = "<h1>Harbour plan approved</h1><p class='byline'>By Ana Ferreira, November 8, 2023</p>"
    doc = read_html(page(head, h1=h1))
    assert doc.published is not None
    # ... and keeps that statement's time and zone
    est = dt.timezone(dt.timedelta(hours=-5))
    assert (doc.published.value, doc.published.source) == (dt.datetime(2023, 11, 8, 21, 11, 3, tzinfo=est), "json-ld")


def test_a_date_printed_under_the_headline_is_the_publication_date() -> None:
    body = "<p>Posted 01.07.2017</p>" + BODY
    doc = read_html(page("<title>Johannes</title>", body=body, h1="<h1>Johannes</h1>"))
    assert doc.published is not None and doc.published.value == dt.date(2017, 7, 1)


def test_undated_page_stays_undated() -> None:
    doc = read_html(page("<title>About our club</title>", body=BODY + "<footer><p>© 2019 Harbour Club</p></footer>"))
    assert doc.published is None and doc.updated is None


def test_authors_and_tags_are_cleaned() -> None:
    head = ('<script type="application/ld+json">{"@type": "NewsArticle", "author": [{"@type": "Person", '
            '"name": "By Ana Ferreira"}, {"name": "Tom Walsh"}], "keywords": "harbour, council, , Harbour"}</script>')
    doc = read_html(page(head))
    assert [str(a) for a in doc.authors] == ["Ana Ferreira", "Tom Walsh"]
    assert [str(t) for t in doc.tags] == ["harbour", "council"]
    assert {a.source for a in doc.authors} == {"json-ld"}


def test_extract_maps_markup_and_text_together() -> None:
    head = "<title>Harbour plan approved | Coast Gazette</title><meta name='date' content='2024-02-01'>"
    body = "<p>LISBON (AP) — " + "The council voted on the harbour plan after a long debate. " * 6 + "</p>"
    art = newsmeta.extract(page(head, body=body, h1="<h1>Harbour plan approved</h1>").encode("utf-8"))
    assert art.input_format == "html"
    assert art.headline is not None and art.headline.text == "Harbour plan approved"
    assert (art.headline.source, art.text[art.headline.start : art.headline.end]) == ("html", art.headline.text)
    assert art.published is not None and art.published.value == dt.date(2024, 2, 1)
    assert art.dateline is not None and art.dateline.place == "LISBON"  # the text rules still run
    assert art.text[art.dateline.start : art.dateline.end] == art.dateline.text


def test_a_markup_headline_the_text_does_not_show_has_no_offsets() -> None:
    art = newsmeta.extract(page("<meta property='og:title' content='Council backs the harbour plan'>").encode())
    assert art.headline is not None and art.headline.source == "meta"
    assert "Council backs" not in art.text and (art.headline.start, art.headline.end) == (None, None)


@pytest.mark.parametrize(
    "html",
    ["<html></html>", "<html><body></body></html>", "<p>", "<<<>>>", "<html><head><title></title></head></html>",
     '<script type="application/ld+json">{not json</script><p>x</p>', "<div>" * 500],
    ids=["empty-html", "empty-body", "lone-p", "brackets", "empty-title", "bad-json-ld", "unclosed-divs"],
)
def test_broken_markup_degrades_to_nothing_found(html: str) -> None:
    doc = read_html(html)
    assert doc.published is None
    assert isinstance(doc.text, str)


@given(st.text(alphabet=st.sampled_from(list("<>/=\"' abcdhtmlpiv12-:{}")), max_size=300))
def test_html_like_strings_never_raise(html: str) -> None:
    read_html(html)
    newsmeta.extract("<html>" + html)


# Pages parsed as trafilatura's load_html parses them (our parse reads the UTF-8 bytes instead of
# the string): the same repairs, the same fragment handling, the same rejections.
PARSED = [
    ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n'
     "<html><body><p>Köln</p></body></html>"),
    '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0//EN"><html><body><p>one line</p></body></html>',
    "<!doctype html>\n<html lang=de><head><title>Hafen</title></head><body><p>Straße</p></body></html>",
    '<?xml version="1.0" encoding="UTF-8"?>\n<html><body><p>declared</p></body></html>',
    "<html><body><p>a\x00b\x1fc\ufffed\uffffe</p></body></html>",
    "<p>a fragment</p><p>of two</p>",
    "\u00a0<html><body><p>after a no-break space</p></body></html>",
    "<html/>\n<body><p>closed at once</p></body>",
    "plain words, no markup at all",
    ("<html><body><form><input name=q><select><option>a</select><textarea>t</textarea><label>l</label></form>"
     "</body></html>"),
]


@pytest.mark.parametrize("html", PARSED, ids=["xhtml-doctype", "doctype-one-line", "html5-doctype", "xml-declaration",
                                              "not-xml-chars", "fragment", "nbsp-first", "closed-html",
                                              "no-markup", "form-elements"])
def test_a_page_is_parsed_as_trafilatura_parses_it(html: str) -> None:
    from lxml import etree
    from trafilatura.utils import load_html

    from newsmeta.html_input import _parse

    expected = load_html(html)
    tree, _parser = _parse(html)
    if expected is None:
        assert tree is None
        return
    assert etree.tostring(tree) == etree.tostring(expected)
    assert [type(e) for e in tree.iter()] == [type(e) for e in expected.iter()]


@pytest.mark.parametrize(
    ("html", "expected"),
    [("<p>The council approved the harbour plan on Monday after a long debate on its costs.</p>",
      "The council approved the harbour plan on Monday after a long debate on its costs."),
     ("<div><p>The council approved the plan on Monday after a long debate.</p></div>",
      "The council approved the plan on Monday after a long debate."),
     ("  <article><p>Der Stadtrat hat den Hafenplan am Montag nach langer Debatte gebilligt.</p></article>",
      "Der Stadtrat hat den Hafenplan am Montag nach langer Debatte gebilligt.")],
    ids=["one-paragraph", "one-div", "one-article"],
)
def test_a_fragment_of_one_element_is_read_as_a_pages_body(html: str, expected: str) -> None:
    """trafilatura's load_html rejects it (a feed's or a CMS export's article body often is one)."""
    from trafilatura.utils import load_html

    assert load_html(html) is None
    assert expected in read_html(html).text



@pytest.mark.parametrize(
    "line",
    ['<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0//EN" "x.dtd"><html>', "<!doctype html><p>", "< ! doctype a/b><p>",
     "<!DOCTYPE a/<b><p>", "<!DOCTYPE a/b", "<html>", "<!DOCTYPE " + "/" * 50, ""],
    ids=["xhtml", "html5", "spaced", "slash-then-bracket", "unclosed", "no-doctype", "slashes", "empty"],
)
def test_the_doctype_is_removed_as_trafilatura_removes_it(line: str) -> None:
    import re

    from newsmeta.html_input import _without_doctype

    assert _without_doctype(line) == re.sub("^< ?! ?DOCTYPE[^>]*/[^<>]*>", "", line, count=1, flags=re.I)


@pytest.mark.parametrize(
    "tag",
    ["<div " + "a=1 " * 2000 + ">", "<path d='" + "M1 1" * 1001 + "'>", "<custom-element-name " + "x" * 4005 + ">",
     "<p " + "b" * 3990 + ">", "<svg " + "c" * 4010 + "<br>", "<x" + "y" * 4020 + ">"],
    ids=["many-attributes", "just-over", "long-name-just-over", "under", "unclosed", "name-runs-into-the-rest"],
)
def test_long_tags_are_cut_as_before(tag: str) -> None:
    import re

    from newsmeta.html_input import _ATTRIBUTE, _short_tags

    html = "<html><body>" + tag + "text</body></html>"

    def cut(m: re.Match[str]) -> str:
        return "<" + m.group(1) + "".join(a.group(0) for a in _ATTRIBUTE.finditer(m.group(2)[:4000])) + ">"

    # the pattern as it was before the lookahead that spares the backtracking
    assert _short_tags(html) == re.sub(r"<([a-zA-Z][\w:-]{0,40})([^<>]{4000,})>", cut, html)


def test_the_date_printed_by_the_headline_beats_markup_dates_it_does_not_print() -> None:
    head = "<meta property='article:published_time' content='2022-02-04T06:00:00+01:00'>"
    h1 = "<h1>Harbour plan approved</h1><p>Datum: 03.02.2022 Autor: se</p>"
    doc = read_html(page(head, h1=h1))
    assert doc.published is not None
    assert (doc.published.value, doc.published.source) == (dt.date(2022, 2, 3), "html")


def test_the_date_in_the_address_beats_a_date_the_story_mentions() -> None:
    h1 = "<h1>Harbour centre opened</h1><p>The harbour centre was opened on 18 October 2021 by the mayor.</p>"
    doc = read_html(page("<title>Harbour centre opened</title>", h1=h1),
                    url="https://coast.example/2021/10/20/harbour-centre-opened/")
    assert doc.published is not None
    assert (doc.published.value, doc.published.source) == (dt.date(2021, 10, 20), "url")


def test_a_printed_modification_date_is_the_one_the_reader_sees() -> None:
    head = ('<script type="application/ld+json">{"@type": "Article", "datePublished": "2019-10-15T16:59:59Z", '
            '"dateModified": "2020-03-12T14:42:17Z"}</script>')
    h1 = "<h1>Harbour plan approved</h1><p>Ana Ferreira · Updated Mar 12, 2020 @ 10:42 am</p>"
    doc = read_html(page(head, h1=h1))
    assert doc.published is not None
    assert (doc.published.value, doc.published.source) == (dt.date(2020, 3, 12), "json-ld")
    assert doc.updated is None


def test_month_names_of_the_page_language_are_read() -> None:
    html = ("<html lang='ru'><head><meta name='date' content='2016-08-16T01:00:00Z'></head><body><article>"
            "<h1>Подольски завершил карьеру в сборной</h1><p>15 августа 2016, 13:43</p>"
            "<p>" + "Ветеран сборной Германии принял решение прекратить выступления за сборную. " * 6 + "</p>"
            "</article></body></html>")
    doc = read_html(html)
    assert doc.published is not None and doc.published.value == dt.date(2016, 8, 15)


def test_a_date_in_the_story_below_the_headline_does_not_override_the_markup() -> None:
    head = "<meta property='article:published_time' content='2021-10-20T09:00:00+02:00'>"
    body = BODY + "<p>Das Zentrum wurde am 18. Oktober 2021 offiziell eröffnet.</p>"
    doc = read_html(page(head, body=body, h1="<h1>Harbour plan approved</h1>"))
    assert doc.published is not None
    assert doc.published.value == dt.datetime(2021, 10, 20, 9, tzinfo=dt.timezone(dt.timedelta(hours=2)))


def test_the_printed_h1_beats_a_reworded_head_title() -> None:
    head = ("<title>Brexit: Nervenkrieg geht in nächste Runde | Weltblatt</title>"
            "<meta property='og:title' content='Brexit: Nervenkrieg geht in nächste Runde'>")
    h1 = "<h1>Der Nervenkrieg um den Brexit geht in die nächste Runde</h1>"
    doc = read_html(page(head, h1=h1))
    assert doc.headline is not None and doc.headline.source == "html"
    assert doc.headline.text == "Der Nervenkrieg um den Brexit geht in die nächste Runde"


@pytest.mark.parametrize(
    ("head", "h1", "expected"),
    [
        (
            "<title>Das vermutlich beste Musikvideo der Welt : Krimiblog</title>"
            "<meta property='og:site_name' content='Krimiblog'>",
            "<h1>Krimiblog</h1>",
            "Das vermutlich beste Musikvideo der Welt",
        ),
        (
            "<title>Coast Gazette Weekly: Harbour plan approved at last</title>"
            "<meta property='og:title' content='Harbour plan approved at last'>",
            "<h1>Coast Gazette Weekly</h1><h1>Harbour plan approved at last</h1>",
            "Harbour plan approved at last",
        ),
        ("<title>Harbour news</title>", "<h1>Har\u00adbour plan ap\u00adproved</h1>", "Harbour plan approved"),
        (  # a blog's name as its <h1>, and as the <title>'s suffix
            "<title>Why the harbour walls keep failing | Tidewatch</title>",
            "<h1>Tidewatch</h1>",
            "Why the harbour walls keep failing",
        ),
        (  # the <title>'s first part is the headline even when a longer part follows
            "<title>Walls of water - How the port city learned to live with floods : Review Weekly</title>",
            "<h1>Walls of water</h1>",
            "Walls of water",
        ),
        (  # a navigation <h1> first (which trafilatura takes as the title), the story's further down
            "<title>www.port.example: Port authority / News / Harbour plan approved after long debate</title>",
            "<h1>Navigation and services</h1><h1>Harbour plan approved after long debate</h1>",
            "Harbour plan approved after long debate",
        ),
        (  # a club's name and motto as the <h1>; the story's title, a part of the <title>, as an <h2>
            "<title>Kinder am Hafen » Hafenfreunde e.V.</title>",
            "<h1>Hafenfreunde e.V. Verein für alle, die den Hafen lieben</h1><h2>Kinder am Hafen</h2>",
            "Kinder am Hafen",
        ),
        (  # ... but an <h1> that says the title's first part wins over a section's <h2>
            "<title>Harbour plan approved after debate | Local politics</title>",
            "<h1>Harbour plan approved after debate</h1><h2>Local politics</h2>",
            "Harbour plan approved after debate",
        ),
    ],
    ids=[
        "site-name-h1-loses-to-story-title", "h1-equal-to-a-title-beats-one-contained", "soft-hyphens-dropped",
        "blog-name-h1", "headline-first-in-title", "navigation-h1-first", "title-part-in-h2", "h1-over-section-h2",
    ],
)
def test_headline_from_head_titles_and_h1s(head: str, h1: str, expected: str) -> None:
    doc = read_html(page(head, h1=h1))
    assert doc.headline is not None and doc.headline.text == expected


@given(st.dates(dt.date(1995, 1, 1), dt.date(2099, 12, 31)), st.sampled_from(
    ["{y}-{m:02d}-{d:02d}", "{d}.{m}.{y}", "{m}/{d}/{yy}", "{d} {name} {y}", "{name} {d}, {y}", "{d}º de {name} de {y}"]
))
def test_any_day_finds_what_in_text_finds(day: dt.date, form: str) -> None:
    from newsmeta.html_dates import _any_day, _in_text
    from newsmeta.html_markup import _MONTHS

    text = "Posted " + form.format(y=day.year, yy=f"{day.year % 100:02d}", m=day.month, d=day.day,
                                   name=_MONTHS[day.month][0].title())
    assert _in_text(day, text)
    assert _any_day().search(text.casefold())


PRINTED = [
    ("after-a-timestamp", "Updated 2019-01-07T17:27:31+02:00 Juni 19th, 2018 | Social", dt.date(2018, 6, 19), True),
    ("next-to-another-date", "Repair café am 31. Januar 27.01.2020 Soziales", dt.date(2020, 1, 27), True),
    ("month-first-needs-slashes", "Filed 06.03.2024 by staff", dt.date(2024, 6, 3), False),
    ("month-first-with-slashes", "Filed 06/03/2024 by staff", dt.date(2024, 6, 3), True),
    ("another-day", "Filed 3 March 2024 by staff", dt.date(2024, 3, 4), False),
    ("cjk", "公開日 2019年2月27日 10時", dt.date(2019, 2, 27), True),
    ("cjk-other-day", "公開日 2019年2月7日", dt.date(2019, 2, 27), False),
]


@pytest.mark.parametrize(("text", "day", "found"), [c[1:] for c in PRINTED], ids=[c[0] for c in PRINTED])
def test_a_day_is_found_where_the_page_prints_it(text: str, day: dt.date, found: bool) -> None:
    from newsmeta.html_dates import _in_text

    assert _in_text(day, text) is found


SNIFF = [
    ("doctype", "<!DOCTYPE html><html><body><p>Hi</p></body></html>", True),
    ("style-first", "<style>\n" + ".grid {\n  gap: 10px;\n}\n" * 400 + "</style>\n<div><h1>Rain</h1></div>", True),
    ("script-first", "<script>var a = 1 < 2;</script><p>Rain fell.</p>", True),
    ("comment-first", "<!-- saved page -->\n<section><h2>Rain</h2></section>", True),
    ("fragment", "<p>Rain fell.</p>", True),
    ("comparison", "5 < 6 and 7 > 3", False),
    ("plain-story", "Rain returns\n\nRain fell <heavily> on Monday, officials said.", False),
    ("angle-quote-first", "<Exclusive> Rain returns\n\nRain fell on Monday.", False),
    ("tags-named-in-a-form-help", "Rain returns\n\nRain fell on Monday.\n\nLeave a comment\n"
     "Allowed HTML tags: <a href hreflang> <em> <strong> <cite> <ul type> <li>", False),
    ("fragment-after-text", "Rain fell on Monday.<br>Roads were closed.", True),
    ("element-closed-after-text", "Rain returns <p>Rain fell on Monday.</p>", True),
    ("tags-named-in-prose", "How to write a paragraph\n\nTo start one, write <p> and close it with </p>. "
     "Browsers add space around each paragraph.", False),
    ("page-after-a-header", "HTTP/1.1 200 OK\r\n\r\n<!DOCTYPE html><title>Rain</title>", True),
]


@pytest.mark.parametrize(("text", "html"), [c[1:] for c in SNIFF], ids=[c[0] for c in SNIFF])
def test_html_is_told_from_plain_text(text: str, html: bool) -> None:
    from newsmeta.inputs import looks_like_html

    assert looks_like_html(text) is html


def test_a_page_that_opens_with_a_style_block_is_read_as_html() -> None:
    page = (
        "<style>" + ".box { opacity: 1; }\n" * 400 + "</style>\n"
        "<html><head><title>Harbour walls rise - Example News</title>"
        '<meta property="og:title" content="Harbour walls rise"></head>'
        "<body><h1>Harbour walls rise</h1><p>" + "The city began raising its harbour walls on Monday. " * 6
        + "</p></body></html>"
    )
    art = newsmeta.extract(page)
    assert art.headline is not None and art.headline.text == "Harbour walls rise"
    assert "{" not in art.text


H1_KICKERS = [
    (
        "<h1><small>Tunisia</small><br> Big tasks for the new government</h1>",
        "Big tasks for the new government",
        "Tunisia",
    ),
    (
        "<h1><span>Harbour Report</span><span>: </span><span>Sea walls rise as storms grow</span></h1>",
        "Sea walls rise as storms grow",
        "Harbour Report",
    ),
    (  # one element, one text: the whole line is the headline
        "<h1>Harbour Report: Sea walls rise as storms grow</h1>",
        "Harbour Report: Sea walls rise as storms grow",
        None,
    ),
    (  # a style rule inside the <h1> is not text
        "<h1><style>.k{color:red}</style><span>Harbour Report</span> Sea walls rise as storms grow</h1>",
        "Sea walls rise as storms grow",
        "Harbour Report",
    ),
    (  # the label's element nested inside a link, glued to the title
        "<h1><a href='/a/1'><span class='kicker'>Harbour Report</span>Sea walls rise as storms grow</a></h1>",
        "Sea walls rise as storms grow",
        "Harbour Report",
    ),
    (  # the head's title, then a deck in an element of its own: the title alone
        "<h1>Sea walls rise as storms grow <span>The council pays for higher walls</span></h1>",
        "Sea walls rise as storms grow",
        None,
    ),
]


@pytest.mark.parametrize(("h1", "expected", "kicker"), H1_KICKERS,
                         ids=["small-br", "spans-colon", "one-text", "style", "nested-label", "deck-after"])
def test_a_label_in_its_own_element_of_the_h1_is_the_kicker(h1: str, expected: str, kicker: str | None) -> None:
    title = "Sea walls rise as storms grow" if "Sea" in expected else expected
    head = f"<title>{title} | Coast Gazette</title><meta property='og:title' content='{title}'>"
    doc = read_html(page(head, h1=h1))
    assert doc.headline is not None and doc.headline.text == expected
    assert (doc.headline.kicker.text if doc.headline.kicker else None) == kicker


LD = '<script type="application/ld+json">{{"@type": "NewsArticle", "author": {}}}</script>'
AUTHORS = [
    (LD.format('[{"@type": "Organization", "name": "Coast Gazette"}]'), "<p class='author'>By Ana Ferreira</p>",
     ["Ana Ferreira"]),
    ("<meta name='author' content='View all posts by Tom Walsh'>", "", ["Tom Walsh"]),
    ("<meta name='author' content='Grant Lee, PhD'>", "", ["Grant Lee"]),
    ("<meta name='author' content='Harbour-Experte Jan Olsen'>", "", ["Jan Olsen"]),
    ("<meta name='author' content='Ana Ferreira und Tom Walsh'>", "", ["Ana Ferreira", "Tom Walsh"]),
    ("<meta name='author' content='Harbourwatch'><meta property='og:site_name' content='Harbourwatch'>", "", []),
    ("<meta name='author' content='Nordhafen Verlag GmbH'>", "", []),
    ("<meta name='author' content='facebook.com/coastgazette'>", "", []),
    ("<meta name='author' content='Redaktion'>", "", ["Redaktion"]),
    ("<meta name='author' content='作者：李明'>", "", ["李明"]),
]


@pytest.mark.parametrize(("head", "byline", "expected"), AUTHORS,
                         ids=["organisation-in-json-ld", "view-all-posts", "degree", "job-title", "und",
                              "site-name", "publisher", "social-url", "newsroom-credit-alone", "cjk-label"])
def test_authors_are_persons(head: str, byline: str, expected: list[str]) -> None:
    doc = read_html(page(head, body=byline + BODY, h1="<h1>Harbour plan approved</h1>"))
    assert [str(a) for a in doc.authors] == expected


# Credit lines only the markup marks (trafilatura prunes a container whose class names a category
# before it looks for authors).
CREDITS = [
    ("", "<div class='entry-meta category-news'><span class='by-author'>von <a rel='author' href='/author/jo/' "
         "title='Zeige alle Beiträge von Jo Berger'>Jo Berger</a></span></div>", ["Jo Berger"]),
    ("", "<div class='category-news'><span class='author vcard'><a class='fn' href='/u/oz'>oz</a></span></div>",
     ["oz"]),
    ("", "<div class='infoBlockAuthorDate category-x'><span class='infoBlockAuthorDateLabel'>Datum:</span> 19.11.2021 "
         "<span class='infoBlockAuthorDateLabel'>Autor:</span> Fritz Imhof<br>"
         "<span class='infoBlockAuthorDateLabel'>Quelle:</span> Livenet</div>", ["Fritz Imhof"]),
    ("", "<div class='category-x'><div class='autor'>Jacobo Betancur Peláez | Publicado hace 3 horas</div></div>",
     ["Jacobo Betancur Peláez"]),
    ("", "<div class='category-x'><p class='text__byline'>Bild © hr</p>"
         "<span class='text__byline'>| 19.10.19</span></div>", []),
    ("<meta name='twitter:label1' content='Verfasst von'><meta name='twitter:data1' content='Karoline Herr'>", "",
     ["Karoline Herr"]),
    ("<meta name='author' content='Hecho en Bolivia con Drupal por Smartica'>", "", []),
    ("<meta name='author' content='Ernst Lohoff; Jungle World'><meta property='og:site_name' content='Jungle World'>",
     "", ["Ernst Lohoff"]),
    ("<meta name='author' content='Landesanstalt für Wald und Forstwirtschaft'>", "", []),
    ("<meta name='author' content='happyface313'>", "", ["happyface313"]),
    ("", "<div class='info'>Ein Artikel von <strong>Pamela Sladky</strong> | 27.01.2022</div>", ["Pamela Sladky"]),
    ("", "<p><b>Auteur :</b> Kossivi Tiassou</p>", ["Kossivi Tiassou"]),
    ("", "<p>Von Berlin nach Hamburg fahren die Züge wieder.</p>", []),
    ("", "<div class='category-x'><byline>Von David Hutzler, dpa</byline></div>", ["David Hutzler"]),
    ('<script type="application/ld+json">{"@type": "NewsArticle", "author": {"@type": "Person", "name": "Todd"}}'
     "</script>", "<p>By Todd Bates</p>", ["Todd Bates"]),
    ("", "<p>Von Lena Brandt/SP-X</p>", ["Lena Brandt"]),
    ("<meta name='author' content='Lena Brandt/dpa'>", "", ["Lena Brandt"]),
    ('<script type="application/ld+json">{"@type": "NewsArticle", "author": {"@type": "Person", '
     '"name": "wolke77"}}</script><meta name="author" content="Wolke">', "", ["wolke77"]),
    ('<script type="application/ld+json">{"@type": "NewsArticle", "author": {"@type": "Person", '
     '"name": "Ina Webmaster-Konto"}}</script>', "<p>Von Mark Olsen</p>", ["Mark Olsen"]),
    ('<script type="application/ld+json">{"@type": "NewsArticle", "author": {"@type": "Person", '
     '"name": "Mark Olsen"}}</script>', "<p>Von Mark Olsen und Ina Berg</p>", ["Mark Olsen"]),
    ('<script type="application/ld+json">{"@type": "NewsArticle", "author": {"@type": "Person", '
     '"name": "Kim Webdesk"}}</script>',
     "<div class='meta'><a rel='author' href='/a/jo'>Jo Berger</a>, <a rel='author' href='/a/al'>Al Roy</a></div>",
     ["Jo Berger", "Al Roy"]),
    ('<script type="application/ld+json">{"@type": "NewsArticle", "author": {"@type": "Person", '
     '"name": "Jo Berger"}}</script>', "<div class='meta'><a rel='author' href='/a/jo'>Jo Berger</a></div>",
     ["Jo Berger"]),
]


@pytest.mark.parametrize(("head", "byline", "expected"), CREDITS,
                         ids=["rel-author", "hcard", "labelled-fields", "separator", "photo-and-date",
                              "yoast-label", "sentence", "site-beside-person", "organisation-with-und",
                              "page-spelling", "printed-label", "printed-label-colon", "label-opens-a-sentence",
                              "nitf-byline", "full-name-printed", "agency-after-slash", "desk-after-slash",
                              "login-keeps-its-digits", "printed-byline-over-account", "printed-agrees-in-part",
                              "linked-byline-over-json-ld", "linked-byline-agrees"])
def test_authors_from_the_markup_credits(head: str, byline: str, expected: list[str]) -> None:
    doc = read_html(page(head, body=byline + BODY, h1="<h1>Harbour plan approved</h1>"))
    assert [str(a) for a in doc.authors] == expected


SITE_FIELDS = [
    ("<link rel='canonical' href='/2024/05/harbour-plan'><meta property='og:site_name' content='Coast Gazette'>"
     "<meta name='description' content='The council backs the plan.'>",
     ("https://coast.example/2024/05/harbour-plan", "Coast Gazette", "The council backs the plan.")),
    ("<meta property='og:url' content='https://coast.example/a/1'><meta property='og:description' content='Vote.'>"
     '<script type="application/ld+json">{"@type": "NewsArticle", "publisher": {"@type": "Organization", '
     '"name": "Coast Gazette"}}</script>',
     ("https://coast.example/a/1", "Coast Gazette", "Vote.")),
    ("", (None, None, None)),
]


@pytest.mark.parametrize(("head", "expected"), SITE_FIELDS, ids=["link-canonical", "og-url-json-ld", "none"])
def test_canonical_url_site_name_and_description(head: str, expected: tuple[str | None, ...]) -> None:
    art = newsmeta.extract(page(head).encode(), url="https://coast.example/news?id=7")
    assert (art.canonical_url, art.site_name, art.description) == expected


def test_plain_text_has_no_site_fields() -> None:
    art = newsmeta.extract("Harbour plan approved\n\nThe council voted on the new harbour plan today.")
    assert (art.canonical_url, art.site_name, art.description) == (None, None, None)
    assert art.language_source == "text"


DECLARED = [
    ("<html lang='de'>", "<p>Tor! 2:1 #FCB</p>", "de", "html", False),
    ("<html><head><meta http-equiv='Content-Language' content='fr-FR'></head>", "<p>Oui! 2:1</p>", "fr", "meta",
     False),
    ("<html lang='de'>", BODY, "en", "text", True),
    ("<html lang='en'>", BODY, "en", "text", False),
]


@pytest.mark.parametrize(("open_tag", "body", "code", "source", "warned"), DECLARED,
                         ids=["one-tweet-html-lang", "content-language", "contradicted", "agrees"])
def test_declared_language(open_tag: str, body: str, code: str, source: str, warned: bool) -> None:
    head = "" if "<head>" in open_tag else "<head></head>"
    html = f"{open_tag}{head}<body><article>{body}</article></body></html>"
    art = newsmeta.extract(html.encode())
    assert art.language is not None and (art.language.code, art.language_source) == (code, source)
    assert any("declares its language" in w for w in art.warnings) == warned


H1_KICKERS = [
    ("<h1><span class='kicker'>Klimaschutz</span>: <span>Bohren, bis es heiß wird</span></h1>",
     "Bohren, bis es heiß wird", "Klimaschutz"),
    ("<h1><span>Corona-Pandemie</span> - <span>Die Kliniken sind voll</span></h1>", "Die Kliniken sind voll",
     "Corona-Pandemie"),
    ("<h1>Was ist <em>freie</em> Software heute</h1>", "Was ist freie Software heute", None),
    ("<h1><a href='/a/1'>Harbour plan approved after debate</a></h1>", "Harbour plan approved after debate", None),
]


@pytest.mark.parametrize(("h1", "expected", "kicker"), H1_KICKERS,
                         ids=["label-element-colon", "label-element-dash", "emphasis-is-no-label", "one-link"])
def test_a_label_in_its_own_element_of_the_h1_is_a_kicker(h1: str, expected: str, kicker: str | None) -> None:
    # the head says the title too (with its label, as pages do)
    doc = read_html(page(f"<title>{kicker or ''}: {expected} | Nachrichten</title>", h1=h1))
    assert doc.headline is not None and doc.headline.text == expected
    assert (doc.headline.kicker.text if doc.headline.kicker else None) == kicker


def test_an_h1_label_needs_the_head_to_say_the_rest() -> None:
    h1 = "<h1><span>Hafen</span> <span>Stadtrat stimmt zu</span></h1>"
    doc = read_html(page("<title>Nachrichten aus dem Norden</title>", h1=h1))
    assert doc.headline is not None and (doc.headline.text, doc.headline.kicker) == ("Hafen Stadtrat stimmt zu", None)


def test_microdata_publication_date_on_any_element() -> None:
    body = "<p>Posted by <span itemprop='datePublished' content='2019-02-27'>27. Februar</span></p>" + BODY
    doc = read_html(page("<title>Hafen</title>", body=body, h1="<h1>Hafenplan beschlossen</h1>"))
    assert doc.published is not None and doc.published.value == dt.date(2019, 2, 27)


# A page whose markup states no date: the date printed right by its headline, with no label (not
# an older date the story mentions further down).
STORY_DATE = "<p>Die Chatandacht gibt es seit dem 01.03.2020 jeden Sonntag.</p>"
PRINTED_BY_HEADLINE = [
    ("dateline-in-brackets", "<p>Karlsruhe, (12.11.2021). Die Landeskirche lädt zur Andacht ein.</p>",
     dt.date(2021, 11, 12)),
    ("byline-line", "<p class='meta'>Ana Ferreira | 3 May 2020</p>", dt.date(2020, 5, 3)),
    ("only-the-story-date", "<p>Die Landeskirche lädt zur Andacht ein.</p>", dt.date(2020, 3, 1)),
]


@pytest.mark.parametrize(("lead", "expected"), [c[1:] for c in PRINTED_BY_HEADLINE],
                         ids=[c[0] for c in PRINTED_BY_HEADLINE])
def test_a_date_printed_by_the_headline_dates_a_page_without_markup_dates(lead: str, expected: dt.date | None) -> None:
    body = lead + BODY + STORY_DATE
    doc = read_html(page("<title>Trauern digital</title>", body=body, h1="<h1>Trauern digital am Sonntag</h1>"))
    assert (doc.published.value if doc.published is not None else None) == expected


# A <time> marked as published among other stories, comments or page furniture is another item's.
ELSEWHERE = [
    ("related-block", "<div class='related-posts'><time class='published' datetime='2020-01-05'>5 Jan</time></div>",
     None),
    ("aside", "<aside><time pubdate datetime='2020-01-05'>5 Jan</time></aside>", None),
    ("comment", "<div id='comments'><time itemprop='datePublished' datetime='2020-01-05'>5 Jan</time></div>", None),
    ("article-header",
     "<header class='entry-header'><time class='published' datetime='2020-01-05'>5 Jan</time></header>",
     dt.date(2020, 1, 5)),
]


@pytest.mark.parametrize(("block", "expected"), [c[1:] for c in ELSEWHERE], ids=[c[0] for c in ELSEWHERE])
def test_a_time_among_other_stories_is_not_the_articles(block: str, expected: dt.date | None) -> None:
    from trafilatura.utils import load_html

    from newsmeta.html_dates import _stated_dates
    from newsmeta.html_markup import _Markup

    tree = load_html(page("<title>Hafen</title>", body=BODY + block, h1="<h1>Hafenplan beschlossen</h1>"))
    assert next((d for d, src in _stated_dates(tree, _Markup()) if src == "html"), None) == expected


# A page whose markup states no date, with its year and month in its address: a day of that month
# the page prints by its article (a post's "posted on" line), not a date of another month.
URL_MONTH = [
    ("posted-line", "<p>Dieser Beitrag wurde am 19. Mai 2010 um 23:03 Uhr gepostet.</p>", dt.date(2010, 5, 19)),
    ("other-month", "<p>Die Ausstellung lief bis zum 3. April 2010.</p>", None),
]


@pytest.mark.parametrize(("line", "expected"), [c[1:] for c in URL_MONTH], ids=[c[0] for c in URL_MONTH])
def test_the_year_and_month_in_the_address_confirm_a_printed_day(line: str, expected: dt.date | None) -> None:
    # past the top of the text that htmldate's guess is checked against
    body = "".join(f"<p>Paragraph {k}: " + "the letters move across the screen as the text is read. " * 7 + "</p>"
                   for k in range(4)) + line
    doc = read_html(page("<title>Lettern</title>", body=body, h1="<h1>Literatur und Animated Typography</h1>"),
                    url="https://lettern.example/2010/05/literatur-und-animated-typography/")
    assert (doc.published.value if doc.published is not None else None) == expected
    assert doc.published is None or doc.published.source == "html"

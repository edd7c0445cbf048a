"""HTML published dates: numeric dates read as the page's locale writes them, htmldate's guesses
checked against what the page prints, and the time and zone the markup states kept."""

from __future__ import annotations

import datetime as dt

import pytest

from newsmeta.html_dates import _in_text, _month_first, _printed_dates
from newsmeta.html_input import read_html
from newsmeta.records import DateMention

BODY = "<p>" + "The council met for hours and voted on the plan for the harbour. " * 6 + "</p>"


def page(lang: str, head: str = "", top: str = "", after: str = "") -> str:
    return (f"<html lang='{lang}'><head><title>Harbour plan approved | Coast Gazette</title>{head}</head>"
            f"<body><article><h1>Harbour plan approved</h1>{top}{BODY}</article>{after}</body></html>")


@pytest.mark.parametrize(("lang", "head", "expected"), [
    ("en-US", "", dt.date(2016, 10, 4)),
    ("en", "<meta property='og:locale' content='en_US'>", dt.date(2016, 10, 4)),
    ("en-GB", "", dt.date(2016, 4, 10)),
    ("en-GB", "<meta property='og:locale' content='en_US'>", dt.date(2016, 4, 10)),
], ids=["en-us", "og-locale-us", "en-gb", "page-region-before-og-locale"])
def test_a_slashed_date_reads_as_the_page_locale_writes_it(lang: str, head: str, expected: dt.date) -> None:
    # htmldate reads "10/04/2016" day first; a US page means 4 October
    doc = read_html(page(lang, head, top="<p class='date'>Posted 10/04/2016 by Ann Lee</p>"))
    assert doc.published is not None and doc.published.value == expected


@pytest.mark.parametrize(("text", "day", "month_first", "found"), [
    ("Posted 10/04/2016", dt.date(2016, 4, 10), True, False),
    ("Posted 10/04/2016", dt.date(2016, 10, 4), True, True),
    ("Posted 10/04/2016", dt.date(2016, 10, 4), False, False),
    ("Posted 10/04/2016", dt.date(2016, 4, 10), None, True),
    ("Posted 25/04/2016", dt.date(2016, 4, 25), True, True),
    ("Posted 10.04.2016", dt.date(2016, 4, 10), True, True),
    ("公開日 ２０１９年２月２７日", dt.date(2019, 2, 27), None, True),
], ids=["us-not-day-first", "us-month-first", "gb-not-month-first", "unknown-either", "us-day-past-12",
        "us-dots-day-first", "full-width-cjk"])
def test_a_day_is_found_as_the_locale_writes_it(text: str, day: dt.date, month_first: bool | None,
                                                found: bool) -> None:
    assert _in_text(day, text, month_first) is found


def test_printed_dates_follow_the_locale() -> None:
    text = "Posted 10/04/2016"
    assert [d for _, d in _printed_dates(text, "en", True)] == [dt.date(2016, 10, 4)]
    assert [d for _, d in _printed_dates(text, "en", False)] == [dt.date(2016, 4, 10)]
    assert [d for _, d in _printed_dates(text, "en")] == [dt.date(2016, 10, 4)]  # English, no region: as before


def test_a_german_page_has_no_numeric_locale() -> None:
    # German templates print "11/01/2021" month first too: the markup's own date decides there
    doc = read_html(page("de", "<meta property='article:published_time' content='2021-11-01T04:00:14Z'>",
                         top="<p>Zweirad 11/01/2021</p>"))
    utc = dt.timezone.utc
    assert doc.published is not None and doc.published.value == dt.datetime(2021, 11, 1, 4, 0, 14, tzinfo=utc)
    from newsmeta.html_markup import _Markup

    assert _month_first(_Markup(lang="de", locale="de-de")) is None


DECK = "<p class='deck'>" + "Der Hafenplan war lange umstritten, nun ist er beschlossen. " * 8 + "</p>"
COMMENTS = ("<div class='comments'><p><span class='comment-date' title='02.12.2022 15:57:32'>vor 3 Tagen</span>"
            " Schön!</p></div>")


@pytest.mark.parametrize(("top", "expected"), [
    (DECK + "<p>29.11.2022 – Der Rat stimmte zu.</p>", dt.date(2022, 11, 29)),
    (DECK, dt.date(2022, 12, 2)),
], ids=["printed-by-the-article", "nothing-printed"])
def test_a_guess_the_page_does_not_print_yields_to_the_date_it_prints(top: str, expected: dt.date) -> None:
    # htmldate's fast reading takes the comment's date (a title attribute); the page prints the
    # article's by its headline, past the byline's reach
    doc = read_html(page("de", top=top, after=COMMENTS))
    assert doc.published is not None and doc.published.value == expected


@pytest.mark.parametrize(("head", "expected"), [
    ("<meta property='article:published_time' content='2023-11-08T22:35:29'>"
     '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2023-11-09T06:35:29Z"}</script>'
     , "2023-11-08T22:35:29-08:00"),
    ('<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2021-11-01T05:00:14"}</script>'
     "<meta property='article:published_time' content='2021-11-01T04:00:14Z'>", "2021-11-01T04:00:14+00:00"),
    ("<meta property='article:published_time' content='2021-11-01T05:00:14'>", "2021-11-01T05:00:14"),
], ids=["wall-clock-given-its-zone", "zone-stated-first", "no-zone-anywhere"])
def test_the_time_and_zone_the_markup_states_are_kept(head: str, expected: str) -> None:
    doc = read_html(page("en", head, top="<p>By Ann Lee · November 8, 2023</p>" if "2023" in head else ""))
    assert doc.published is not None and isinstance(doc.published.value, dt.datetime)
    assert doc.published.value.isoformat() == expected


def _review(who: str, day: str, tag: str = "span") -> str:
    end = "" if tag == "meta" else f"</{tag}>"
    return (f"<div itemprop='review' itemscope itemtype='https://schema.org/Review'><span itemprop='author' "
            f"content='{who}'></span><{tag} itemprop='datePublished' content='{day}'>{end}"
            "<p itemprop='description'>Sehr stabil, gerne wieder.</p></div>")


STALL = "<p>" + "Der Stall aus Holz bietet viel Platz und ein Freilaufgehege für Kaninchen. " * 5 + "</p>"
REVIEWS = _review("Georg N.", "2020-06-08") + _review("Stefanie", "2012-02-19")


@pytest.mark.parametrize(("item", "inside", "expected"), [
    ("https://schema.org/Product", REVIEWS, None),
    ("https://schema.org/Product", _review("Georg N.", "2020-06-08", "meta") + _review("Eva", "2012-02-19", "meta"),
     None),
    ("https://schema.org/Article", "<time itemprop='datePublished' datetime='2019-03-02'>2. März 2019</time>"
     + REVIEWS, dt.date(2019, 3, 2)),
], ids=["reviews", "reviews-meta-tags", "article-with-reviews"])
def test_a_reviews_date_is_not_the_pages(item: str, inside: str, expected: dt.date | None) -> None:
    # microdata belongs to its nearest itemscope: a review's datePublished is the review's
    html = ("<html lang='de'><head><title>Kleintierstall Natura | Tiershop</title></head><body>"
            f"<div itemscope itemtype='{item}'><h1 itemprop='name'>Kleintierstall Natura</h1>{STALL}{inside}"
            "</div></body></html>")
    doc = read_html(html)
    assert (doc.published.value if doc.published is not None else None) == expected


NAV = "".join(f"<li><a href='/s{i}'>Section number {i}</a></li>" for i in range(12))


@pytest.mark.parametrize(("line", "expected"), [
    ("<div>Apr 7, 2009</div>", dt.date(2009, 4, 7)),
    ("<div>On Apr 7, 2009 the old harbour board of the town met for the last time in its hall.</div>", None),
    ("", None),
], ids=["date-line-above-menu", "date-in-a-sentence", "no-date"])
def test_a_date_line_atop_the_page_confirms_htmldates_guess(line: str, expected: dt.date | None) -> None:
    # the page's header prints its date on a line of its own, a menu away from the headline
    doc = read_html(f"<html lang='en'><head><title>Harbour plan approved</title></head><body><header>"
                    f"<div>Today's word</div>{line}<ul>{NAV}</ul></header>"
                    f"<main><h1>Harbour plan approved</h1>{BODY}</main></body></html>")
    assert (doc.published.value if doc.published else None) == expected


HEADLINES = "".join(f"<li><time datetime='2022-01-{30 - i}T12:00'>{30 - i}.01.2022</time> "
                    f"<a href='/n{i}'>Andere Meldung Nummer {i} aus der Liga</a></li>" for i in range(5))


@pytest.mark.parametrize(("marked", "expected"), [
    ("", dt.date(2022, 2, 2)),
    ("<meta property='article:published_time' content='2022-01-26T12:00:00+01:00'>", dt.date(2022, 1, 26)),
], ids=["guess-from-the-list", "stated-by-the-markup"])
def test_a_guess_printed_only_in_a_list_below_yields_to_the_date_by_the_headline(marked: str,
                                                                                  expected: dt.date) -> None:
    # htmldate's fast reading takes a date of the list of headlines under a short story; the page
    # prints its own right above its headline (what the markup states still stands)
    doc = read_html(f"<html lang='de'><head><title>HSV verpflichtet Nationalspieler</title>{marked}</head>"
                    "<body><main>"
                    "<p>02.02.2022 10:16 Uhr - Bundesliga</p><h1>HSV verpflichtet Nationalspieler</h1>"
                    "<p>" + "Der Verein hat einen neuen Spieler für den Rückraum unter Vertrag genommen. " * 6
                    + f"</p><h2>Schlagzeilen</h2><ul class='headlines'>{HEADLINES}</ul></main></body></html>")
    value = doc.published.value if doc.published is not None else None
    assert isinstance(value, dt.date) and dt.date(value.year, value.month, value.day) == expected


@pytest.mark.parametrize(("top", "expected"), [
    ("<p>Der nächste Stammtisch findet am Mittwoch, 5. Februar 2020 ab 19 Uhr im Café am Markt statt.</p>",
     dt.date(2020, 1, 29)),
    ("<p>5. Februar 2020</p>", dt.date(2020, 2, 5)),
], ids=["date-in-a-sentence", "date-line"])
def test_a_date_in_a_sentence_by_the_headline_is_not_the_pages(top: str, expected: dt.date) -> None:
    # an event's date in the first sentence is not a date line: htmldate's reading (the footer's
    # "last edited") stands; a date on a line of its own by the headline is the page's
    doc = read_html("<html lang='de'><head><title>Stammtisch</title></head><body><div id='content'>"
                    f"<h1>Stammtisch</h1>{top}<p>"
                    + "Zu den offenen Stammtischen sind vor allem neue Interessierte herzlich eingeladen. " * 8
                    + "</p></div><div id='footer'><ul><li id='footer-info-lastmod'>Diese Seite wurde zuletzt am "
                    "29. Januar 2020 um 21:13 Uhr bearbeitet.</li></ul></div></body></html>")
    assert doc.published is not None and doc.published.value == expected


LONG_DECK = ("<p class='deck'>"
             + "The harbour plan was long disputed; the council has now approved it after a long night. " * 6 + "</p>")
STAMP = "<time class='published' datetime='2021-03-04T10:00:00+01:00'>4 March 2021</time>"
OWN = dt.datetime(2021, 3, 4, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=1)))


def refreshed(inner: str, body_class: str = "") -> str:
    # a generic "date" meta tag that the CMS refreshes, and the article's own <time> printed past
    # the deck (out of the byline's reach)
    return (f"<html lang='en-GB'><head><title>Harbour plan approved | Coast Gazette</title>"
            f"<meta name='date' content='2021-05-20'></head><body class='{body_class}'>{inner}</body></html>")


@pytest.mark.parametrize(("doc", "expected"), [
    (refreshed(f"<article><div class='teaser-header'><h1>Harbour plan approved</h1>{LONG_DECK}{STAMP}</div>{BODY}"
               "</article>"), OWN),
    (refreshed(f"<div class='widget article-widget'><h1>Harbour plan approved</h1>{LONG_DECK}<p>{STAMP}</p></div>"
               f"{BODY}"), OWN),
    (refreshed(f"<article><h1>Harbour plan approved</h1>{LONG_DECK}{BODY}<footer class='entry-footer'>Posted {STAMP}"
               "</footer></article>"), OWN),
    (refreshed(f"<div><h1>Harbour plan approved</h1>{LONG_DECK}<div><p>{STAMP}</p></div>{BODY}</div>",
               "single has-sidebar"), OWN),
    (refreshed(f"<div class='has-sidebar'><article><h1>Harbour plan approved</h1>{LONG_DECK}{BODY}</article>"
               f"<div class='related'>{STAMP}</div></div>"), dt.date(2021, 5, 20)),
    (refreshed(f"<article><h1>Harbour plan approved</h1>{LONG_DECK}{BODY}</article><footer>{STAMP}</footer>"),
     dt.date(2021, 5, 20)),
], ids=["teaser-class-on-the-header", "widget-class-around-the-headline", "the-article-footer", "body-class",
        "related-block-beside-the-article", "page-footer"])
def test_a_time_in_the_headline_container_is_the_article_s(doc: str, expected: dt.date) -> None:
    # a container that holds the headline is the article's own, whatever its class says; a block
    # beside it ("related") and the page's footer stay other stories' and the page's
    got = read_html(doc).published
    assert got is not None and got.value == expected


LD_DAY = "<script type='application/ld+json'>{\"@type\": \"NewsArticle\", \"datePublished\": \"2021-03-04\"}</script>"
CET = dt.timezone(dt.timedelta(hours=1))


def dated(inner: str) -> str:
    return (f"<html lang='en-GB'><head><title>Harbour plan approved | Coast Gazette</title>{LD_DAY}</head>"
            f"<body><article><h1>Harbour plan approved</h1>{inner}</body></html>")


@pytest.mark.parametrize(("doc", "expected"), [
    (dated("<p class='byline'>By Ann Lee, <time datetime='2021-03-04T10:15:00+01:00'>4 March 2021, 10:15</time>"
           f"</p>{BODY}</article>"), dt.datetime(2021, 3, 4, 10, 15, tzinfo=CET)),
    (dated(f"<p class='byline'>By Ann Lee, 4 March 2021</p>{BODY}</article><div class='related'><a href='/ferry'>"
           "Ferry fares rise <time class='published' datetime='2021-03-04T17:40:00+01:00'>17:40</time></a></div>"),
     dt.date(2021, 3, 4)),
    (dated("<p class='byline'>By Ann Lee, 4 March 2021 <time class='updated' datetime='2021-03-04T18:00:00+01:00'>"
           f"updated 18:00</time></p>{BODY}</article>"), dt.date(2021, 3, 4)),
], ids=["byline-time-unmarked", "related-story-same-day", "updated-time-same-day"])
def test_the_time_of_the_day_is_the_article_s(doc: str, expected: dt.date) -> None:
    # the markup states the day only; the time of day comes from the article's own <time>, never
    # from another story's (a related block) nor from its modification
    got = read_html(doc).published
    assert got is not None and got.value == expected


SECOND = "<p>" + "Residents asked for more time to study the costs of the new quay and its lights. " * 5 + "</p>"


def day_of(got: DateMention | None) -> dt.date | None:
    value = got.value if got is not None else None
    return value.date() if isinstance(value, dt.datetime) else value


def story(top: str, lang: str = "en", head: str = "", after: str = "") -> str:
    return (f"<html lang='{lang}'><head><title>Harbour plan approved | Coast Gazette</title>{head}</head><body>"
            f"<header><a href='/'>Coast Gazette</a></header><article><h1>Harbour plan approved</h1>{top}{BODY}"
            f"{SECOND}</article>{after}</body></html>")


@pytest.mark.parametrize(("doc", "expected"), [
    (story("<p class='entry-meta'>Updated <time class='updated' datetime='2021-05-20T10:00:00Z'>May 20, 2021</time>"
           " · Posted <time class='entry-date published' datetime='2021-03-04T10:00:00Z'>March 4, 2021</time></p>"),
     dt.date(2021, 3, 4)),
    (story("<p>Updated: May 20, 2021</p><p>Published: March 4, 2021</p>"), dt.date(2021, 3, 4)),
    (story("<p>Updated May 20, 2021 | First published March 4, 2021</p>"), dt.date(2021, 3, 4)),
    (story("<p>By Ann Lee</p><p>Last updated <time itemprop='dateModified' datetime='2021-05-20'>May 20, 2021</time>"
           "</p><p>Posted March 4, 2021</p>"), dt.date(2021, 3, 4)),
    (story("<p>Last updated on 20/05/2021</p><p>Published 04/03/2021</p>", "en-GB",
           "<meta property='article:modified_time' content='2021-05-20T10:00:00Z'>"), dt.date(2021, 3, 4)),
    (story("<p>Aktualisiert am 20.05.2021</p><p>Veröffentlicht am 04.03.2021</p>", "de"), dt.date(2021, 3, 4)),
    (story("<p>Updated May 20, 2021</p>", head="<meta property='article:modified_time' content='2021-05-20'>"),
     dt.date(2021, 5, 20)),
], ids=["wp-updated-time-first", "updated-line-first", "updated-then-published-one-line", "itemprop-datemodified",
        "modified-meta-printed-labelled", "aktualisiert", "only-the-revision-printed"])
def test_a_date_labelled_as_the_revision_is_not_the_publication(doc: str, expected: dt.date) -> None:
    # htmldate's fast reading takes the first date, the revision's; the page prints its
    # publication beside it (when it prints nothing else, the revision is all there is)
    assert day_of(read_html(doc).published) == expected


SLASHED = "<p class='date'>10/04/2016</p>"


@pytest.mark.parametrize(("lang", "head", "top", "after", "expected"), [
    ("en", "<meta http-equiv='Content-Language' content='en-US'>", SLASHED, "", dt.date(2016, 10, 4)),
    ("en", "<script type='application/ld+json'>{\"@type\": \"NewsArticle\", \"inLanguage\": \"en-US\"}</script>",
     SLASHED, "", dt.date(2016, 10, 4)),
    ("en", "<meta name='language' content='en-US'>", SLASHED, "", dt.date(2016, 10, 4)),
    ("en", "", SLASHED, "<div class='comments'><p>10/25/2016 Great work!</p></div>", dt.date(2016, 10, 4)),
    ("en", "", SLASHED, "<div class='comments'><p>25/10/2016 Great work!</p></div>", dt.date(2016, 4, 10)),
    ("en", "", "<p class='date'>10/04/2016 3:15 PM EDT</p>", "", dt.date(2016, 10, 4)),
    ("en-GB", "", "<p class='date'>10/04/2016 3:15 PM EDT</p>", "", dt.date(2016, 4, 10)),
], ids=["content-language-us", "json-ld-inlanguage-us", "language-meta-us", "page-prints-month-first",
        "page-prints-day-first", "us-time-zone", "declared-gb-beats-a-us-zone"])
def test_a_us_page_reads_its_slashed_date_month_first(lang: str, head: str, top: str, after: str,
                                                      expected: dt.date) -> None:
    # htmldate reads "10/04/2016" as 10 April; the page says where it is from beside <html lang="en">,
    # or its own dates show the order (a date only one reading allows, a US time zone)
    assert day_of(read_html(story(top, lang, head, after)).published) == expected


ZH = "<p>" + "港口计划经过长时间讨论后获得市议会批准，居民对此表示欢迎。" * 6 + "</p>"
JA = "<p>" + "港の計画は長い議論の末に市議会で承認され、住民はこれを歓迎した。" * 6 + "</p>"
KO = "<p>" + "항구 계획이 오랜 논의 끝에 시의회에서 승인되었다. " * 6 + "</p>"


def cjk(lang: str, headline: str, top: str, body: str) -> str:
    return (f"<html lang='{lang}'><head><meta charset='utf-8'><title>{headline}</title></head><body>"
            f"<div class='main'><h1>{headline}</h1>{top}{body}</div></body></html>")


@pytest.mark.parametrize(("doc", "expected"), [
    (cjk("zh-CN", "港口计划获批", "<p>2019年2月27日 10:30 来源：新华网</p>", ZH), dt.date(2019, 2, 27)),
    (cjk("zh-CN", "港口计划获批", "<p class='src'>原文：Harbour plan approved, by Ann Lee, February 20, 2019</p>"
         "<p>2019年2月27日</p>", ZH), dt.date(2019, 2, 27)),
    (cjk("zh-CN", "港口计划获批", "<blockquote class='original'><p>Harbour plan approved</p>"
         "<time datetime='2019-02-20'>February 20, 2019</time></blockquote><p>2019年2月27日 10:30</p>", ZH),
     dt.date(2019, 2, 27)),
    (cjk("ja", "港の計画が承認", "<p>Originally published on February 20, 2019 by Coast Gazette</p>"
         "<p>2019年2月27日(水) 10時30分 配信</p>", JA), dt.date(2019, 2, 27)),
    (cjk("ja", "港の計画が承認", "<p>令和元年5月27日</p>", JA), dt.date(2019, 5, 27)),
    (cjk("ja", "港の計画が承認", "<p>平成30年12月3日 更新</p>", JA), dt.date(2018, 12, 3)),
    (cjk("ko", "항구 계획 승인", "<p>입력 2019년 2월 27일 10:30</p>", KO), dt.date(2019, 2, 27)),
    (cjk("zh-TW", "港口計劃獲批", "<p>２０１９年２月２７日</p>", ZH), dt.date(2019, 2, 27)),
], ids=["zh-date-line", "zh-english-original-quoted", "zh-english-original-time", "ja-english-original-quoted",
        "ja-reiwa-era", "ja-heisei-era", "ko-date", "zh-full-width"])
def test_a_cjk_page_prints_its_date_in_its_own_form(doc: str, expected: dt.date) -> None:
    # a date with a Latin month name on a Chinese, Japanese or Korean page is an English
    # original's, quoted; the page's own is written 2019年2月27日 (or in a Japanese era's years)
    assert day_of(read_html(doc).published) == expected


def item(inner: str, before: str = "", after: str = "", url_date: str = "") -> str:
    return (f"<html lang='en'><head><title>Harbour plan approved | Coast Gazette</title></head><body>{before}"
            f"<article itemscope itemtype='https://schema.org/NewsArticle'><h1 itemprop='headline'>Harbour plan "
            f"approved</h1>{inner}{BODY}{SECOND}</article>{after}</body></html>")


@pytest.mark.parametrize(("doc", "url", "expected"), [
    (item("<time itemprop='datePublished' datetime='2021-03-04'>4 Mar</time>",
          before="<div class='date'>May 20, 2021</div>"), None, dt.date(2021, 3, 4)),
    (item("<meta itemprop='datePublished' content='2021-03-04'><p class='dateline'>May 20, 2021</p>"), None,
     dt.date(2021, 3, 4)),
    (item("<span itemprop='datePublished' content='2021-03-04T10:00'>Thursday</span>"
          "<span itemprop='dateModified' content='2021-05-20T10:00'>May 20, 2021</span>"), None, dt.date(2021, 3, 4)),
    (item("<meta itemprop='datePublished' content='2021-03-04'><p>3 hours ago</p>",
          after="<div class='more'><p>Ferry fares rise, May 20, 2021</p></div>"), None, dt.date(2021, 3, 4)),
    (item("<meta itemprop='datePublished' content='2019-06-17T18:28:00+0200'><p class='date'>July 12, 2017</p>"),
     "https://example.com/home/2017/7/12/harbour-plan", dt.date(2017, 7, 12)),
], ids=["time-itemprop-over-a-date-class", "meta-itemprop-over-another-printed-date", "itemprop-span-over-modified",
        "meta-itemprop-relative-printed", "the-address-date-still-wins"])
def test_the_article_s_own_microdata_states_its_date(doc: str, url: str | None, expected: dt.date) -> None:
    # itemprop="datePublished" on the article's own item is stated on the article itself: another
    # date htmldate reads or the page prints by the headline does not beat it (the publishing
    # system's date in the address still does)
    assert day_of(read_html(doc, url=url).published) == expected


def dated_items(marks: str = "") -> str:
    return "".join(f"<li><a href='/s{i}'>Other story number {i} about the town</a> <time{marks} "
                   f"datetime='2021-05-{20 - i:02d}T09:00:00Z'>May {20 - i}, 2021</time></li>" for i in range(4))


MOST_READ = "<div><h2>Most read</h2><ol>{}</ol></div>"
BYLINE = "<p class='byline'>By Ann Lee · 4 March 2021</p>"
BYLINE_TIME = "<p class='byline'>By Ann Lee · <time datetime='2021-03-04T08:00:00Z'>{}</time></p>"


@pytest.mark.parametrize(("before", "top", "after", "expected"), [
    (MOST_READ.format(dated_items()), BYLINE, "", dt.date(2021, 3, 4)),
    (MOST_READ.format(dated_items(" class='published'")), BYLINE, "", dt.date(2021, 3, 4)),
    (MOST_READ.format(dated_items(" pubdate")), BYLINE, "", dt.date(2021, 3, 4)),
    (MOST_READ.format(dated_items(" class='published'")), BYLINE_TIME.format("March 4"), "", dt.date(2021, 3, 4)),
    ("", BYLINE_TIME.format("Thursday"), MOST_READ.format(dated_items(" class='published'")), dt.date(2021, 3, 4)),
    ("", BYLINE, "<aside><h3>Related stories</h3><ul>" + dated_items(" class='published'") + "</ul></aside>",
     dt.date(2021, 3, 4)),
    ("", "<ul class='meta'><li>By Ann Lee</li><li><time class='published' datetime='2021-03-04T08:00:00Z'>March 4, "
     "2021</time></li><li><time class='updated' datetime='2021-03-05T08:00:00Z'>Updated</time></li></ul>",
     MOST_READ.format(dated_items()), dt.date(2021, 3, 4)),
], ids=["most-read-above", "most-read-marked-published", "most-read-pubdate", "most-read-above-article-time",
        "most-read-below-article-time", "aside-related", "article-meta-list"])
def test_a_time_in_a_list_of_other_stories_is_not_the_article_s(before: str, top: str, after: str,
                                                                 expected: dt.date) -> None:
    # an item of a list whose neighbours hold a <time> each is one of a list of dated stories,
    # whatever its heading; the article's own meta list (one date and its update) is not
    html = (f"<html lang='en'><head><title>Harbour plan approved | Coast Gazette</title></head><body>{before}"
            f"<article><h1>Harbour plan approved</h1>{top}{BODY}{SECOND}</article>{after}</body></html>")
    assert day_of(read_html(html).published) == expected


@pytest.mark.parametrize(
    ("body", "text"),
    [
        ("<h1>Port reopens</h1><p>Von <strong><a>Ann Lee</a></strong> und <strong><a>Bo Roe</a></strong></p>",
         "Port reopens Von Ann Lee und Bo Roe"),
        ("<h1>Port reopens</h1><p><span>12.03.2024</span> | <em>10:15</em> Uhr</p>",
         "Port reopens 12.03.2024 | 10:15 Uhr"),
        ("<h1>Port reopens</h1><script>var a = 1;</script><p>By <b>Ann</b></p>", "Port reopens By Ann"),
    ],
    ids=["tails-after-children", "date-line-in-pieces", "script-left-out"],
)
def test_the_text_by_the_headline_is_read_in_reading_order(body: str, text: str) -> None:
    from lxml import html

    from newsmeta.html_dates import _around_headline

    tree = html.fromstring(f"<html><body>{body}</body></html>")
    assert _around_headline(tree, "Port reopens")[0] == text

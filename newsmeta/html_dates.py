"""The published and updated dates of an HTML page.

Signals with a reason come first: the article's own structured data (JSON-LD ``datePublished``,
microdata), its meta tags (``article:published_time``), ``<time>`` elements that belong to the
article (not to a list of other stories, a comment or a footer) and the date printed by the
headline or byline; htmldate's guesses count when the page backs them up.  Numeric dates follow
the page's locale.  A stated instant keeps its time and zone.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import itertools
import re
from collections.abc import Iterator
from typing import Any

from newsmeta.html_authors import _is_credit, _text_credits
from newsmeta.html_markup import _HIDDEN, _MONTHS, _ld_value, _Markup, _norm
from newsmeta.records import DateMention, Precision, Source

_MIN_YEAR = 1995


_ISO_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


_CREDIT_READ = 4000


_CREDIT_LIMIT = 40


def _as_date(value: Any) -> dt.date | None:
    if not value:
        return None
    match = _ISO_DAY.search(str(value))
    if not match:
        return None
    try:
        d = dt.date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError:
        return None
    return d if d.year >= _MIN_YEAR else None


def _in_url(day: dt.date, url: str) -> bool:
    """Does ``url`` hold ``day`` as a path's year, month and day ("/2017/7/12/", "20170712")?

    >>> _in_url(dt.date(2017, 7, 12), "https://example.com/home/2017/7/12/montauk")
    True
    """
    return bool(re.search(rf"(?<!\d){day.year}[/_-]?0?{day.month}[/_-]?0?{day.day}(?!\d)", url[:2000]))


def _source_of(day: dt.date, m: _Markup, url: str | None, keys: tuple[str, ...], ld_key: str) -> Source:
    if _as_date(_ld_value(m, ld_key)) == day:
        return "json-ld"
    if any(_as_date(m.meta.get(k)) == day for k in keys):
        return "meta"
    if url and re.search(rf"{day.year}[/_-]?{day.month:02d}[/_-]?{day.day:02d}(?!\d)", url):
        return "url"
    return "html"


_PUB_KEYS = ("article:published_time", "datepublished", "og:published_time", "publishdate", "pubdate",
             "date", "dc.date", "dc.date.issued", "dcterms.date", "sailthru.date", "parsely-pub-date")


_MOD_KEYS = ("article:modified_time", "datemodified", "og:updated_time", "last-modified", "dcterms.modified")


def _month_first(m: _Markup) -> bool | None:
    """How an English page writes a numeric date with slashes when both readings are days of the
    year: ``True`` month first (US English: ``<html lang="en-US">``, else ``og:locale`` ``en_US``),
    ``False`` day first (English of another region: ``en-GB``, ``en-AU``), ``None`` when it does
    not say, or the page is not in English (templates print "11/01/2021" month first on German
    pages too: there the markup's own date decides).

    >>> _month_first(_Markup(lang="en", locale="en-us")), _month_first(_Markup(lang="en", locale="en-gb"))
    (True, False)
    >>> _month_first(_Markup(lang="de", locale="de-at")), _month_first(_Markup(lang="en", locale="en"))
    (None, None)
    >>> _month_first(_Markup(lang="en", locale="en", meta={"og:locale": "en_US"}))
    True
    >>> _month_first(_Markup(lang="en", locale="en", jsonld=[{"@type": "NewsArticle", "inLanguage": "en-US"}]))
    True
    """
    if m.lang is not None and m.lang != "en":
        return None
    # the page's own declaration first; where that one names no region, Open Graph's locale, the
    # article's JSON-LD inLanguage, a "language" meta tag
    ld = _ld_value(m, "inLanguage")
    tags = (m.locale or "", m.meta.get("og:locale", ""), ld if isinstance(ld, str) else "", m.meta.get("language", ""))
    for tag in (t.strip().lower().replace("_", "-")[:20] for t in tags):
        code, _sep, region = tag.partition("-")
        if code and code != "en":
            return None
        if code == "en" and len(region) == 2:
            return region == "us"
    return None


def _content_language(tree: Any) -> str | None:
    """The first language of a ``<meta http-equiv="Content-Language">`` among the head's own
    elements (the first ``_ITEMS``), lowercased; ``None`` without one."""
    head = tree.find("head")
    for _k, el in zip(range(_ITEMS), head if head is not None else (), strict=False):
        if el.tag == "meta" and str(el.get("http-equiv") or "").lower() == "content-language" and el.get("content"):
            return str(el.get("content")).split(",")[0].strip().lower().replace("_", "-")[:20]
    return None


# A numeric date with slashes, and a time with a US time zone's abbreviation ("3:15 PM EDT")
_SLASHED = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/(?:\d{4}|\d{2})(?![\d/])")


_US_ZONE = re.compile(r"\d:\d\d\s?(?:[AaPp]\.?[Mm]\.?\s?)?(?:[ECMP][SD]T|ET|PT)\b")


#: how far around its headline the page's own numeric dates are read for their order
_ORDER_WINDOW = 5000


def _page_order(m: _Markup, visible: str) -> bool | None:
    """How the page itself writes numeric dates with slashes when its markup does not say
    (:func:`_month_first`): ``False`` day first when one of them can only be read so
    ("25/10/2016"), ``True`` month first when one can only be read so ("10/25/2016"), or when an
    English page gives a time in a US time zone ("3:15 PM EDT"); ``None`` when it does not show
    (or shows both).

    >>> _page_order(_Markup(lang="en"), "10/04/2016 · 25/10/2016"), _page_order(_Markup(lang="en"), "10/04/2016")
    (False, None)
    >>> _page_order(_Markup(lang="en"), "10/04/2016 3:15 PM EDT"), _page_order(_Markup(lang="de"), "3:15 PM EDT")
    (True, None)
    """
    day_first = month_first = False
    for g in _SLASHED.finditer(visible):
        a, b = int(g.group(1)), int(g.group(2))
        day_first |= 12 < a <= 31 and 1 <= b <= 12
        month_first |= 12 < b <= 31 and 1 <= a <= 12
    if not day_first and m.lang in (None, "en") and _US_ZONE.search(visible):
        month_first = True
    return None if day_first == month_first else month_first


_FULL_WIDTH = str.maketrans("０１２３４５６７８９", "0123456789")


def _in_text(day: dt.date, text: str, month_first: bool | None = None, named: bool = True) -> bool:
    """Is ``day`` written in ``text``: numerically (any common separator, 2- or 4-digit year;
    month first only with slashes (or hyphens on a US page), and then only as the page's locale reads them:
    :func:`_month_first`), with a month name (unless not ``named``), or in CJK form (2019年2月27日)?"""
    if not text.isascii():
        text = text.translate(_FULL_WIDTH)  # full-width digits: ２０１９年２月２７日
    # every form writes the day's number and at least the year's last two digits (but a Japanese
    # era's year: 令和元年 is 2019)
    if str(day.day) not in text or (f"{day.year % 100:02d}" not in text and "年" not in text):
        return False
    low = text.casefold()
    m = _any_day().search(low)
    while m is not None:
        if (named or not (m.group("name1") or m.group("name2"))) and _is_day(m, day, month_first):
            return True
        m = _any_day().search(low, m.start() + 1)  # not finditer: "00 juni 19" must not hide "juni 19th, 2018"
    return False


def _is(digits: str | None, n: int) -> bool:
    return digits is not None and digits in (str(n), f"0{n}")


def _is_day(m: re.Match[str], day: dt.date, month_first: bool | None = None) -> bool:
    y, mo, d = day.year, day.month, day.day
    years = (str(y), f"{y % 100:02d}")
    if m.group("a") is not None:
        a, b, c = m.group("a", "b", "c")
        seps = (m.group("s1").strip(), m.group("s2").strip())
        # "10/04/2016" is 4 October on a US page, 10 April elsewhere; "25/04/2016" is 25 April anywhere
        # (hyphens too on a page whose locale says US English: "10-04-2016")
        slashes = seps == ("/", "/") or (seps == ("-", "-") and month_first is True)
        both = slashes and len(a) <= 2 and int(a) <= 12 and len(b) <= 2 and int(b) <= 12
        return (
            (a == str(y) and _is(b, mo) and _is(c, d))
            or (_is(a, d) and _is(b, mo) and c in years and not (both and month_first is True))
            or (slashes and _is(a, mo) and _is(b, d) and c in years and not (both and month_first is False))
        )
    if m.group("year3") is not None:  # 2019年2月27日
        return m.group("year3") == str(y) and _is(m.group("month3"), mo) and _is(m.group("day3"), d)
    if m.group("era4") is not None:  # 令和元年5月27日
        return (_era_year(m.group("era4"), m.group("year4")) == y and _is(m.group("month4"), mo)
                and _is(m.group("day4"), d))
    name, num, year = m.group("name1", "day1", "year1") if m.group("name1") else m.group("name2", "day2", "year2")
    return mo in _MONTH_OF.get(name, ()) and _is(num, d) and year.startswith(str(y))


#: month name -> the months it names
_MONTH_OF = {n: {mo for mo, names in _MONTHS.items() if n in names} for ns in _MONTHS.values() for n in ns}


# Every date written in one of the forms _in_text reads, with its parts: numeric (a, b, c with
# the separators between them), day-month-year (day1, name1, year1), month-day-year (name2, ...),
# CJK year-month-day (year3, month3, day3: 2019年2月27日).
_ANY_DAY_PATTERN = (
    r"(?<!\d)(?P<a>\d+)(?P<s1>\s*[./|-]\s*)(?P<b>\d+)(?P<s2>\s*[./|-]\s*)(?P<c>\d+)(?!\d)"
    r"|(?<!\d)(?P<day1>\d+)\.?(?:st|nd|rd|th|er|º|°)?\s+(?:de\s+)?(?P<name1>{names})\.?,?\s+(?:de\s+)?(?P<year1>\d+)"
    r"|(?P<name2>{names})\.?\s+(?P<day2>\d+)(?:st|nd|rd|th)?,?\s+(?P<year2>\d+)"
    r"|(?<!\d)(?P<year3>\d{4})\s?[年년]\s?(?P<month3>\d{1,2})\s?[月월]\s?(?P<day3>\d{1,2})(?!\d)"
    r"|(?P<era4>令和|平成)\s?(?P<year4>元|\d{1,2})\s?年\s?(?P<month4>\d{1,2})\s?月\s?(?P<day4>\d{1,2})(?!\d)".replace(
        "{names}", "|".join(re.escape(n) for ns in _MONTHS.values() for n in ns)
    )
)


@functools.cache
def _any_day() -> re.Pattern[str]:
    """:data:`_ANY_DAY_PATTERN`, compiled on first use (a few milliseconds: not at import)."""
    return re.compile(_ANY_DAY_PATTERN)


def _around_headline(
    tree: Any, headline: str | None
) -> tuple[str, int, list[str], list[Any], list[int], Any, list[Any]]:
    """The page's visible text (scripts and styles left out) up to a little past its headline's
    ``<h1>`` (the one that prints ``headline``, else the first; at least the first 3000 characters
    on a page without one), where that ``<h1>`` starts in it (-1 when the page has none), the
    credit lines printed by it (:func:`_text_credits`) and the elements up to there that the
    markup marks as credits (:func:`_is_credit`: read in this same pass), where each text of an
    element starts in it, the headline's ``<h1>`` (else the ``<h2>`` that says it, else ``None``)
    and the element that prints each text (its own text, or the tail after a child)."""
    body = tree.find(".//body")
    if body is None:
        return "", -1, [], [], [], None, []
    wanted = _norm(headline) if headline else ""
    h1s = list(body.iter("h1"))
    texts = [_norm(h.text_content()) for h in h1s]
    # the <h1> that says the headline, else one that holds it (after a kicker of its own)
    match = next((h for h, t in zip(h1s, texts, strict=True) if not wanted or t == wanted), None)
    if match is None:
        match = next((h for h, t in zip(h1s, texts, strict=True) if len(wanted) >= 15 and wanted in t), None)
    # the text is read up to 2000 characters past the matching <h1>; without one, up to what
    # _dates reads: 1500 characters past the first <h1>, the first 3000 on a page without any
    stop = 3000 if not h1s else 200_000
    parts: list[str] = []
    offsets: list[int] = []
    owners: list[Any] = []
    size, first, start = 0, -1, -1
    heading = None
    credits: list[Any] = []
    from lxml import etree

    # in reading order: an element's text where it opens, its tail where it closes (after the text
    # of its children: "Von <b>Ann Lee</b> und <b>Bo Roe</b>" reads "Von", "Ann Lee", "und", "Bo Roe")
    walk = etree.iterwalk(body, events=("start", "end"))
    stopped = False
    for event, el in walk:  # (elements only: the parser drops comments)
        if event == "start":
            if el.tag in _HIDDEN:
                walk.skip_subtree()  # (its end still comes, for its tail)
                continue
            if len(credits) < _CREDIT_LIMIT and _is_credit(el):
                credits.append(el)
            if el.tag == "h1" and start < 0:
                first = size if first < 0 else first
                if el is match:
                    start = size
                elif match is None:
                    stop = first + 1500
            elif el.tag == "h2" and heading is None and match is None and wanted and _norm(el.text_content()) == wanted:
                # no <h1> prints the headline (a blog's or a site's name in the header's <h1>):
                # the <h2> that does is the article's heading (its containers are the article's;
                # the text is still read from the first <h1>)
                heading = el
            t, owner = el.text, el
        else:
            t, owner = (el.tail if el is not body and el.tag not in _HIDDEN else None), el.getparent()
        end = start + 2000 if start >= 0 else stop
        if t and t.strip():
            if size <= end:
                parts.append(t.strip())
                offsets.append(size)
                owners.append(owner)
            size += len(t.strip()) + 1
        # past the text it reads, the loop goes on a while for the credits the markup marks (an
        # author's box under a short story)
        if size > end + _CREDIT_READ:
            stopped = True
            break
    if stopped and len(credits) < _CREDIT_LIMIT:
        # (the walk stopped early: the markup's explicit credits further down, an author's box
        # under a long story, ``itemprop=author`` or ``rel=author``)
        have = set(credits)
        for el in body.xpath(".//*[contains(@itemprop, 'author') or contains(@rel, 'author')]"):
            if len(credits) >= _CREDIT_LIMIT:
                break
            if el not in have:
                credits.append(el)
    text = " ".join(parts)
    at = start if start >= 0 else first
    heading = match if match is not None else heading
    return text, at, _text_credits(parts, offsets, at), credits, offsets, heading, owners


_NUMERIC_DATE = re.compile(
    r"(?<![\d.])(?:(?P<y1>\d{4})\s?(?P<s1>[./-])\s?(?P<m1>\d{1,2})\s?(?P=s1)\s?(?P<d1>\d{1,2})"
    r"|(?P<a>\d{1,2})\s?(?P<s2>[./-])\s?(?P<b>\d{1,2})\s?(?P=s2)\s?(?P<y2>\d{4})"
    r"|(?P<y3>\d{4})\s?[年년]\s?(?P<m3>\d{1,2})\s?[月월]\s?(?P<d3>\d{1,2})"
    r"|(?P<e4>令和|平成)\s?(?P<y4>元|\d{1,2})\s?年\s?(?P<m4>\d{1,2})\s?月\s?(?P<d4>\d{1,2}))(?!\d)"
)


#: the Gregorian year before the first of a Japanese era (平成元年 = 1989, 令和元年 = 2019)
_ERAS = {"平成": 1988, "令和": 2018}


def _era_year(era: str, year: str) -> int:
    """The Gregorian year of a year of a Japanese era ("元" is its first).

    >>> _era_year("令和", "元"), _era_year("平成", "31"), _era_year("令和", "5")
    (2019, 2019, 2023)
    """
    return _ERAS[era] + (1 if year == "元" else int(year))


_NAMED_DATE = re.compile(
    r"(?<!\d)(?P<d1>\d{1,2})(?:st|nd|rd|th|er|º|°|\.)?\s*(?:de\s+|of\s+)?(?P<m1>[^\W\d_]{3,})\.?,?\s+(?:de\s+)?"
    r"(?P<y1>\d{4})(?!\d)|(?P<m2>[^\W\d_]{3,})\.?\s+(?P<d2>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y2>\d{4})(?!\d)"
)


def _month_names(lang: str | None) -> dict[str, int]:
    names = {n: mo for mo, ns in _MONTHS.items() for n in ns}
    if lang:
        from newsmeta.date_words import date_words

        names.update(date_words((lang,)).months)
    return names


def _printed_dates(text: str, lang: str | None, month_first: bool | None = None) -> list[tuple[int, dt.date]]:
    """The full dates (day, month, year) printed in ``text``, with their offsets, in order:
    numeric (``2024-05-02``, ``02.05.2024``, ``05/02/2024``, ``2024年5月2日``) or with a month name
    in the page's language or in one of the common European ones.  Slashes put the month first
    as the page's locale does (:func:`_month_first`); when it does not say, in English or with
    no language.

    >>> [(i, d.isoformat()) for i, d in _printed_dates("Von Ana, 03.02.2022 | Updated Mar 12, 2022", None)]
    [(9, '2022-02-03'), (30, '2022-03-12')]
    >>> [d.isoformat() for _, d in _printed_dates("15 августа 2016, 13:43 — 12/31/2015 — 13/05/2014", "ru")]
    ['2016-08-15', '2015-12-31', '2014-05-13']

    On a Chinese, Japanese or Korean page a date with a (Latin) month name is quoted from another
    language's text (an English original's byline): the page's own dates come first.

    >>> [d.isoformat() for _, d in _printed_dates("原文 February 20, 2019 · 2019年2月27日", "zh")]
    ['2019-02-27', '2019-02-20']
    """
    found: list[tuple[int, tuple[int, int, int]]] = []
    for m in _NUMERIC_DATE.finditer(text):
        g = m.groupdict()
        if g["e4"]:
            ymd = (_era_year(g["e4"], g["y4"]), int(g["m4"]), int(g["d4"]))
        elif g["y1"] or g["y3"]:
            ymd = (int(g["y1"] or g["y3"]), int(g["m1"] or g["m3"]), int(g["d1"] or g["d3"]))
        else:
            a, b = int(g["a"]), int(g["b"])
            # slashes put the month first in US English, unless the first number cannot be a month
            local = month_first if month_first is not None else lang in (None, "en")
            # (and so do hyphens where the page's locale says it is US English: "10-04-2016";
            # a page that does not say writes them day first, as most of the world does)
            ordered = g["s2"] == "/" or (g["s2"] == "-" and month_first is True)
            ymd = (int(g["y2"]), a, b) if ordered and (local or b > 12) and a <= 12 else (int(g["y2"]), b, a)
        found.append((m.start(), ymd))
    names: dict[str, int] | None = None
    numeric = len(found)
    for m in _NAMED_DATE.finditer(text):
        names = _month_names(lang) if names is None else names
        g = m.groupdict()
        month = names.get((g["m1"] or g["m2"]).casefold())
        if month is not None:
            found.append((m.start(), (int(g["y1"] or g["y2"]), month, int(g["d1"] or g["d2"]))))
    out: list[tuple[int, dt.date]] = []
    own = numeric if lang in _CJK else len(found)
    for pos, (y, mo, d) in sorted(found[:own]) + sorted(found[own:]):
        try:
            day = dt.date(y, mo, d)
        except ValueError:
            continue
        if day.year >= _MIN_YEAR:
            out.append((pos, day))
    return out


#: languages that write a date with numbers and 年月日 (or 년월일), never with a Latin month name
_CJK = frozenset(("zh", "ja", "ko"))


def _writes_cjk(text: str) -> bool:
    """Is ``text`` written mostly (half its letters, 20 at least) in Chinese characters, kana or
    Hangul?

    >>> _writes_cjk("市议会周二投票批准了港口计划，此前各方就其成本进行了长时间的辩论 February 20, 2019")
    True
    >>> _writes_cjk("The council voted on Tuesday to approve the harbour plan 港口")
    False
    """
    if text.isascii():
        return False
    cjk = len(_CJK_LETTER.findall(text))  # (counted in C: a loop per character cost 1% of a page)
    return cjk >= 20 and 2 * cjk >= len(_LETTER.findall(text))


_CJK_LETTER = re.compile("[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]")
_LETTER = re.compile(r"[^\W\d_]")


_TIME_PUBLISHED = re.compile(r"datepublished|pubdate|published|date-pub|post-date|entry-date", re.I)


_TIME_MODIFIED = re.compile(r"datemodified|modified|updated", re.I)


# A printed date that a label names as the page's revision: "Updated May 20, 2021", "Last
# modified", "Aktualisiert am 20.05.2021", "Mis à jour le", "更新" (read in the few characters
# before the date: ``_CUE_BEFORE``).
_UPDATE_CUE = re.compile(
    r"(?i)(?:updated|modified|revised|aktualisiert|geändert|actualizad[oa]|actualisé|mis\s+à\s+jour"
    r"|atualizad[oa]|aggiornat[oa]|bijgewerkt|zaktualizowano|обновлено|更新|수정"
    # sv, da, nb, fi, cs, sk, hu, ro, ca, hr/bs/sr, sl, tr, id, ms, vi, el, uk, bg, he, ar, ko
    r"|uppdaterad|uppdaterat|opdateret|oppdatert|päivitetty|aktualizováno|aktualizované|frissítve|actualizat"
    r"|actualitzat|ažurirano|posodobljeno|güncellendi|güncelleme|diperbarui|dikemaskini|cập\s+nhật"
    r"|ενημερώθηκε|ενημέρωση|оновлено|актуализирано|обновена|עודכן|آخر\s+تحديث|업데이트)"
)


_CUE_BEFORE = 30


def _cued(text: str, pos: int) -> bool:
    """Does a revision label stand right before the date at ``pos`` of ``text``, with no number
    between them ("Updated: May 20", "Aktualisiert am 20.05.2021"; not "Updated 10:05, May 3")?

    >>> _cued("Updated May 20, 2021 Posted March 4, 2021", 8), _cued("Updated May 20, 2021 Posted March 4, 2021", 28)
    (True, False)
    """
    ends = [c.end() for c in _UPDATE_CUE.finditer(text, max(0, pos - _CUE_BEFORE), pos)]
    return bool(ends) and not any(c.isdigit() for c in text[ends[-1] : pos])


def _time_days(tree: Any, home: frozenset[Any],
               above: frozenset[Any] = frozenset()) -> tuple[set[dt.date], set[dt.date], list[dt.date], set[dt.date]]:
    """The days of the article's ``<time>`` elements marked as its modification (``class="updated"``,
    ``itemprop="dateModified"``) and not as its publication, the days of the ``<time>``
    elements among other stories, comments and page furniture (:func:`_elsewhere`), the
    days of the article's other ``<time>`` elements, in order, and those of the ``<time>``
    elements that the markup's structure puts among other items (:func:`_apart`)."""
    revised: set[dt.date] = set()
    listed: set[dt.date] = set()
    apart: set[dt.date] = set()
    own: list[dt.date] = []
    for k, el in enumerate(tree.iterfind(".//time")):
        day = _as_date(el.get("datetime"))
        if k >= _ITEMS:
            break
        if day is None:
            continue
        why = _apart(el, home, above)
        if why:
            listed.add(day)
            if why == 2:
                apart.add(day)
            continue
        marks = _marks(el)
        if _TIME_MODIFIED.search(marks) and not _TIME_PUBLISHED.search(marks) and el.get("pubdate") is None:
            revised.add(day)
        else:
            own.append(day)
    return revised, listed, own, apart


# Containers of other stories, comments and page furniture: a date marked as published in one of
# them is another item's ("related stories", a ranking widget, a comment's <time pubdate>).
_ELSEWHERE_TAGS = frozenset(("aside", "nav", "footer"))


# Names that say a block holds comments or other stories (a "teaser" of another story), unlike the
# names of a template's parts, which an article's own parts may bear ("sidebar", "footer",
# "widget": a "post-footer" with the article's byline and date): those say nothing of whose a
# date is (evaluate.py html-dates B 93.6 -> 93.8 without them, A unchanged).
_ELSEWHERE = re.compile(r"related|teaser|comment|recommend|popular", re.I)


# Names that say a block holds other stories ("related-posts", "recommended", "most-popular").
_OTHER_STORIES = re.compile(r"related|recommend|popular", re.I)


_ELSEWHERE_DEPTH = 8


def _elsewhere(el: Any, home: frozenset[Any] = frozenset()) -> bool:
    """Is ``el`` inside an aside, the navigation, a footer or a block of other stories
    or comments (its nearest ``_ELSEWHERE_DEPTH`` containers)?

    ``home`` holds the containers of the article's headline (:func:`_home`): a container that
    holds the headline is the article's own (its header, however its class is named: "teaser",
    "widget", "no-sidebar") or the page's, never another story's, and neither is the page's
    ``<body>``, whose classes name the template.  When an ``<article>`` holds the headline,
    another ``<article>`` (one not holding it, or nested in it: a comment, by HTML's own
    definition) is another item's.  A ``<footer>`` of the article element that
    holds the headline is the article's (its byline and date), not the page's.  An item of a
    list whose neighbouring items hold a ``<time>`` each (list items, or elements of the same tag
    and class: ``<div class="card">``) is one of a list of dated stories ("Most read", "Latest",
    whatever its heading), however its containers are named."""
    return _apart(el, home) > 0


def _apart(el: Any, home: frozenset[Any] = frozenset(), above: frozenset[Any] = frozenset()) -> int:
    """:func:`_elsewhere`, and why: 0 not elsewhere, 1 by the name of a container's class or id
    only (but a name of other stories, :data:`_OTHER_STORIES`: 2), 2 by the markup's structure
    (an aside, the navigation, the page's footer, a list of
    dated items, another ``<article>``, or, given ``above``, the containers of the ``<article>``
    that holds the headline: outside that article)."""
    named = 0
    for k, a in zip(range(_ELSEWHERE_DEPTH), el.iterancestors(), strict=False):
        if a in above:
            return 2
        if a in home or a.tag in ("body", "html"):
            return named
        if a.tag == "article" and home and any(h.tag == "article" for h in home):
            return 2  # another <article> than the headline's: another story's, or a comment's
        if a.tag == "footer" and _article_of(a) in home:
            continue
        if a.tag in _ELSEWHERE_TAGS or (k < _LIST_DEPTH and (a.tag == "li" or a.get("class"))
                                        and _dated_neighbours(a) >= 2):
            return 2
        names = str(a.get("class") or "") + " " + str(a.get("id") or "")
        if _ELSEWHERE.search(names):
            if _OTHER_STORIES.search(names):
                return 2
            named = 1
    return named



#: how far above a <time> the item of a list is looked for, and how many of the item's
#: neighbours on each side (and how many of their elements) are read for a <time> of their own
_LIST_DEPTH, _NEIGHBOURS, _ITEM_ELEMENTS = 4, 2, 40


def _neighbours(item: Any) -> Iterator[Any]:
    """The ``_NEIGHBOURS`` nearest siblings of ``item`` of its kind on each side: list items beside
    a list item, else elements of its tag and class (up to the first that is not)."""
    kind = item.get("class")
    for side in (item.itersiblings(item.tag, preceding=True), item.itersiblings(item.tag)):
        for _k, other in zip(range(_NEIGHBOURS), side, strict=False):
            if item.tag != "li" and other.get("class") != kind:
                break
            yield other


def _dated_neighbours(item: Any) -> int:
    """How many of the neighbours of ``item`` (:func:`_neighbours`) hold a ``<time>``."""
    return sum(any(x.tag == "time" for _j, x in zip(range(_ITEM_ELEMENTS), other.iter(), strict=False))
               for other in _neighbours(item))


def _unlisted(visible: str, starts: list[int], owners: list[Any], lo: int, hi: int, home: frozenset[Any],
              lang: str | None) -> tuple[str, set[dt.date]]:
    """``visible`` (the texts of its elements, starting at ``starts``, printed by ``owners``) with
    the texts between ``lo`` and ``hi`` that print a date in an item of a list of dated items
    (:func:`_in_dated_list`: a ranking's, "Latest"'s, other stories' dates) blanked out, so that
    no date of theirs is read as one the page prints by its headline; and the days blanked.

    >>> from lxml import html
    >>> items = "".join(f"<li><a>Story {i}</a> <span>Apr {i}, 2023</span></li>" for i in (1, 2, 3))
    >>> tree = html.fromstring(f"<html><body><ol>{items}</ol><h1>Port reopens</h1><p>By Ann Lee, March 3, 2023</p>"
    ...                        "</body></html>")
    >>> text, at, _c, _m, starts, h1, owners = _around_headline(tree, "Port reopens")
    >>> blanked, days = _unlisted(text, starts, owners, 0, len(text), _home(h1), "en")
    >>> " ".join(blanked.split()), sorted(d.day for d in days)
    ('Story 1 Story 2 Story 3 Port reopens By Ann Lee, March 3, 2023', [1, 2, 3])
    """
    blank: set[int] = set()
    seen: set[int] = set()
    days: set[dt.date] = set()
    memo: dict[Any, bool] = {}
    for k, d in _printed_dates(visible[lo:hi], lang):
        j = bisect.bisect_right(starts, lo + k) - 1
        if 0 <= j < len(owners) and j not in seen:
            seen.add(j)
            if _in_dated_list(owners[j], home, lang, memo):
                blank.add(j)
        if j in blank:
            days.add(d)
    if not blank:
        return visible, days
    out, last = [], 0
    for j in sorted(blank):
        end = starts[j + 1] - 1 if j + 1 < len(starts) else len(visible)
        out += [visible[last : starts[j]], " " * (end - starts[j])]
        last = end
    return "".join([*out, visible[last:]]), days


def _in_dated_list(el: Any, home: frozenset[Any], lang: str | None, memo: dict[Any, bool] | None = None) -> bool:
    """Is ``el`` (an element that prints a date) an item of a list of dated items, or inside one
    (its nearest ``_LIST_DEPTH`` containers), as a ``<time>`` can be (:func:`_dated_neighbours`)?
    An item is an element whose neighbours of its kind (the same tag and class: ``<li>``,
    ``<tr>``, ``<div class="card">``) are short and print a date each.  A container that holds
    the headline (``home``) is the article's, not an item of a list.  ``memo`` keeps what each
    element read prints (list items are each other's neighbours: each is read once)."""
    memo = {} if memo is None else memo
    for _j, a in zip(range(_LIST_DEPTH), itertools.chain((el,), el.iterancestors()), strict=False):
        if a in home or a.tag in ("body", "html"):
            return False
        if _printing_neighbours(a, lang, memo) >= 2:
            return True
    return False


#: a list item is short: its neighbours are read for their date up to this many characters
_ITEM_TEXT = 300


def _printing_neighbours(item: Any, lang: str | None, memo: dict[Any, bool]) -> int:
    """How many of the neighbours of ``item`` (:func:`_neighbours`) are short (under
    ``_ITEM_TEXT`` characters) and print a full date."""
    n = 0
    for other in _neighbours(item):
        if other not in memo:
            text: list[str] = []
            size = 0
            for t in other.itertext():
                text.append(t)
                size += len(t)
                if size >= _ITEM_TEXT:
                    break
            memo[other] = size < _ITEM_TEXT and bool(_printed_dates(" ".join(text), lang))
        n += memo[other]
    return n


def _marks(el: Any) -> str:
    """What an element's ``itemprop``, ``class`` and ``id`` say of it, in one string."""
    return " ".join(str(el.get(a) or "") for a in ("itemprop", "class", "id"))


def _article_of(el: Any) -> Any:
    """The nearest ``<article>`` element holding ``el`` (within ``_ITEM_DEPTH``), else ``None``."""
    return next((a for _k, a in zip(range(_ITEM_DEPTH), el.iterancestors(), strict=False) if a.tag == "article"),
                None)


def _content_of(el: Any) -> Any:
    """The nearest ``<article>`` or main content (``<main>``, ``role="main"``) holding ``el``
    (within ``_ITEM_DEPTH``), else ``None``."""
    return next((a for _k, a in zip(range(_ITEM_DEPTH), el.iterancestors(), strict=False)
                 if a.tag in ("article", "main") or a.get("role") == "main"), None)


def _home(headline: Any) -> frozenset[Any]:
    """The elements that hold the headline's ``<h1>`` (``headline``; none when it is ``None``)."""
    return frozenset(headline.iterancestors()) if headline is not None else frozenset()


# A microdata property belongs to its nearest ``itemscope``.  An item that is itself a property
# of an enclosing one (``itemprop="review"``, ``"comment"``) is a part of the page's item, not
# the page's article: its ``datePublished`` is that review's or comment's.  The page's own item
# (a recipe, a review page's review, an item of no declared type) and articles nested as its
# main entity or blog posts are not such parts.
_PAGE_ITEM = re.compile(r"(?i)(?:article|posting|report|page|creativework)/?$")


_ITEM_DEPTH = 40


def _item_of(el: Any) -> Any:
    """The nearest ``itemscope`` holding ``el`` (within ``_ITEM_DEPTH``), else ``None``."""
    return next((a for _k, a in zip(range(_ITEM_DEPTH), el.iterancestors(), strict=False)
                 if a.get("itemscope") is not None), None)


def _headline_item(el: Any, home: frozenset[Any]) -> bool:
    """Is ``el`` a property (``itemprop``) of the item that holds the headline (``home``: its
    containers)?  Then it states the article's own, whatever the classes of the containers
    between them say ("footer", "sidebar": a template's names for the parts of the article)."""
    if el.get("itemprop") is None or not home:
        return False
    item = _item_of(el)
    return item is not None and item in home


def _other_item(el: Any) -> bool:
    """Is ``el`` a property of an item nested in another one (a review of a product, a comment)?"""
    for _k, a in zip(range(_ITEM_DEPTH), el.iterancestors(), strict=False):
        if a.get("itemscope") is not None:
            kind = (a.get("itemtype") or "").strip()
            return a.get("itemprop") is not None and bool(kind) and not _PAGE_ITEM.search(kind)
    return False


def _stated_dates(tree: Any, m: _Markup, others: set[dt.date] | None = None,
                  home: frozenset[Any] = frozenset(),
                  micro: set[dt.date] | None = None) -> list[tuple[dt.date | None, Source]]:
    """Publication dates the markup states outright: a ``<time>`` marked as the publication date,
    JSON-LD ``datePublished`` (or ``dateCreated``) of the article, the publication meta tags.
    ``others`` receives the days that microdata states as the publication of other items only
    (reviews, comments: :func:`_other_item`), ``micro`` those it states as the article's (its
    own item's ``itemprop="datePublished"``, on any element, not among other stories).  A
    ``<time>`` or microdata among other stories or comments (:func:`_elsewhere`, ``home``: the
    headline's containers) is not the article's, and neither is a ``<time>`` outside the item that
    holds the headline when that item states its own publication on another day (a teaser's
    ``<time class="published">`` beside an article whose ``itemprop="datePublished"`` says when)."""
    out: list[tuple[dt.date | None, Source]] = []
    timed = None
    for el in tree.iterfind(".//time"):
        if ((el.get("pubdate") is not None or _TIME_PUBLISHED.search(_marks(el)))
                and (_headline_item(el, home) or not _elsewhere(el, home))):
            timed = el
            out.append((_as_date(el.get("datetime")), "html"))
            break
    out.append((_as_date(_ld_value(m, "datePublished")) or _as_date(_ld_value(m, "dateCreated")), "json-ld"))
    # microdata on any element: <span itemprop="datePublished" content="2019-02-27">
    own: set[dt.date] = set()
    other: set[dt.date] = others if others is not None else set()
    found = False
    item_day, item = None, None  # the day the item that holds the headline states, and that item
    for k, el in enumerate(tree.iterfind(".//*[@itemprop='datePublished']")):
        day = _as_date(el.get("content") or el.get("datetime"))
        if k >= _ITEMS:
            break
        if day is None:
            continue
        if _other_item(el):
            other.add(day)
            continue
        own.add(day)
        if item_day is None and _headline_item(el, home):
            item_day, item = day, _item_of(el)
        if _headline_item(el, home) or not _elsewhere(el, home):
            if micro is not None:
                micro.add(day)
            if not found and el.tag != "meta":
                out.append((day, "html"))
                found = True
    other -= own
    if (timed is not None and item is not None and out[0][0] != item_day
            and not any(a is item for _k, a in zip(range(_ITEM_DEPTH), timed.iterancestors(), strict=False))):
        out[0] = (None, "html")
    # (the meta tags are read from the whole page: a review's <meta itemprop="datePublished"> too)
    out += [(None if k == "datepublished" and day in other else day, "meta")
            for k in _PUB_KEYS for day in (_as_date(m.meta.get(k)),)]
    return out


#: how many microdata publication dates are read (a page of a thousand reviews states them all)
_ITEMS = 50


# An ISO 8601 date, with its time and zone when the markup states them ("2024-05-02T08:00:00+02:00").
_ISO_INSTANT = re.compile(
    r"(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d{1,9})?)?\s?(Z|[+-]\d{2}(?::?\d{2})?)?)?"
)


def _instant(value: Any) -> tuple[str, dt.date | dt.datetime, Precision] | None:
    """An ISO date or date-time from the markup, as stated: its text, its value (a datetime, aware
    when a zone is given, when a time is given) and its precision.

    >>> _instant("2024-05-02T08:30:00+02:00")[1:]
    (datetime.datetime(2024, 5, 2, 8, 30, tzinfo=datetime.timezone(datetime.timedelta(seconds=7200))), 'second')
    >>> _instant("2024-05-02T08:30Z")[1:], _instant("2024-05-02")[1:]
    ((datetime.datetime(2024, 5, 2, 8, 30, tzinfo=datetime.timezone.utc), 'minute'), (datetime.date(2024, 5, 2), 'day'))
    """
    if not isinstance(value, str):
        return None
    m = _ISO_INSTANT.search(value[:100])
    if m is None:
        return None
    y, mo, d, hh, mi, ss, zone = m.groups()
    try:
        day = dt.date(int(y), int(mo), int(d))
        if day.year < _MIN_YEAR:
            return None
        if hh is None:
            return m.group(0), day, "day"
        tz: dt.tzinfo | None = None
        if zone == "Z":
            tz = dt.timezone.utc
        elif zone:
            digits = zone[1:].replace(":", "")
            off = dt.timedelta(hours=int(digits[:2]), minutes=int(digits[2:4] or 0))
            tz = dt.timezone(-off if zone[0] == "-" else off)
        when = dt.datetime(day.year, day.month, day.day, int(hh), int(mi), int(ss or 0), tzinfo=tz)
    except ValueError:
        return None
    return m.group(0), when, ("second" if ss is not None else "minute")


# A wall-clock time printed by the headline: "11:15 PM", "23:15", "9:05 a.m."
_PRINTED_TIME = re.compile(r"(?<![\d:])(\d{1,2}):(\d{2})(?![\d:])(?:\s?([AaPp])\.?\s?[Mm]\b)?")


def _mention(day: dt.date, source: Source, stated: tuple[tuple[Any, Source], ...] = (),
             printed: str = "") -> DateMention:
    """The publication (or modification) day as a record: with the time and zone of the first
    statement in ``stated`` that gives a time and a zone on that very day, else a time without
    a zone on that day (given the zone of another statement of the same instant: "22:35" beside
    "06:35Z" the next day is 22:35-08:00), else the time ``printed`` by the headline on that day
    when a statement of an instant on a day apart makes it one instant ("November 8, 2023, 11:15
    PM" printed beside ``2023-11-09T04:15:00Z``: 23:15-05:00 on the day printed), else the day
    alone.

    >>> _mention(dt.date(2023, 11, 8), "meta", (("2023-11-08T22:35:29", "meta"),
    ...                                          ("2023-11-09T06:35:29Z", "json-ld"))).value.isoformat()
    '2023-11-08T22:35:29-08:00'
    >>> _mention(dt.date(2021, 11, 1), "json-ld", (("2021-11-01T05:00:14", "json-ld"),
    ...                                             ("2021-11-01T04:00:14Z", "meta"))).value.isoformat()
    '2021-11-01T04:00:14+00:00'
    """
    got = [(g, src) for raw, src in stated if (g := _instant(raw)) is not None and isinstance(g[1], dt.datetime)]
    on_day = [(g, src) for g, src in got if isinstance(g[1], dt.datetime) and g[1].date() == day]
    aware = [g[1] for g, _src in got if isinstance(g[1], dt.datetime) and g[1].utcoffset() is not None]
    for g, src in sorted(on_day, key=lambda x: isinstance(x[0][1], dt.datetime) and x[0][1].tzinfo is None):
        when = g[1]
        if isinstance(when, dt.datetime) and when.tzinfo is None:
            when = next((z for w in aware if (z := _as_local(when, w)) is not None), when)
        return DateMention(g[0], None, None, when, g[2], src)
    for _k, t in zip(range(_TIMES_READ), _PRINTED_TIME.finditer(printed), strict=False):
        local = _wall_clock(day, t)
        # (the same minute: a printed time an hour or a quarter off the instant is another event's)
        z = next((z for w in aware if local is not None and w.minute == local.minute
                  and (z := _as_local(local, w)) is not None), None)
        if z is not None:
            return DateMention(f"{day.isoformat()} {t.group(0)}", None, None, z, "minute", source)
    return DateMention(day.isoformat(), None, None, day, "day", source)


#: how many printed times by the headline are tried against the stated instants
_TIMES_READ = 8


def _wall_clock(day: dt.date, t: re.Match[str]) -> dt.datetime | None:
    """The printed time ``t`` (:data:`_PRINTED_TIME`) on ``day``; ``None`` when it is no time of day.

    >>> _wall_clock(dt.date(2023, 11, 8), _PRINTED_TIME.search("11:15 PM")).isoformat()
    '2023-11-08T23:15:00'
    >>> _wall_clock(dt.date(2023, 11, 8), _PRINTED_TIME.search("12:05 am")).isoformat()
    '2023-11-08T00:05:00'
    >>> _wall_clock(dt.date(2023, 11, 8), _PRINTED_TIME.search("13:05 pm")) is None
    True
    """
    hh, mm, half = int(t.group(1)), int(t.group(2)), (t.group(3) or "").lower()
    if half:
        if not 1 <= hh <= 12:
            return None
        hh = hh % 12 + (12 if half == "p" else 0)
    if hh > 23 or mm > 59:
        return None
    return dt.datetime(day.year, day.month, day.day, hh, mm)


def _as_local(naive: dt.datetime, instant: dt.datetime) -> dt.datetime | None:
    """``naive`` (a wall-clock time) with the zone that makes it ``instant``, when one does: a
    whole quarter-hour offset of at most 14 hours; else ``None``."""
    offset = naive - instant.astimezone(dt.timezone.utc).replace(tzinfo=None)
    if abs(offset) > dt.timedelta(hours=14) or offset % dt.timedelta(minutes=15):
        return None
    return naive.replace(tzinfo=dt.timezone(offset))


def _instants(tree: Any, m: _Markup, ld_keys: tuple[str, ...], meta_keys: tuple[str, ...],
              marks: re.Pattern[str], home: frozenset[Any] = frozenset(),
              plain: bool = False) -> tuple[tuple[Any, Source], ...]:
    """Every statement of a date-time of one kind (published or modified) in the markup, the
    article's JSON-LD first, then its meta tags, then ``<time datetime>`` elements marked so that
    belong to the article (:func:`_elsewhere`: a related story's time on the same day is not the
    article's time), then the article's microdata property of that name on any other element
    (``<span itemprop="datePublished" content="2021-02-10T09:30:00+01:00">``), then, with
    ``plain``, the article's unmarked ``<time>``s (a byline's ``<time datetime="...">``: its time
    on the day chosen is the article's)."""
    out: list[tuple[Any, Source]] = [(_ld_value(m, k), "json-ld") for k in ld_keys]
    out += [(m.meta.get(k), "meta") for k in meta_keys]
    unmarked: list[tuple[Any, Source]] = []
    for k, el in enumerate(tree.iterfind(".//time")):
        if k >= _ITEMS:
            break
        if not el.get("datetime") or _elsewhere(el, home):
            continue
        own = _marks(el)
        if el.get("pubdate") is not None or marks.search(own):
            out.append((el.get("datetime"), "html"))
        elif plain and not _TIME_MODIFIED.search(own):
            unmarked.append((el.get("datetime"), "html"))
    for k, el in enumerate(tree.iterfind(f".//*[@itemprop='{ld_keys[0]}']")):
        if k >= _ITEMS:
            break
        if el.tag != "time" and not _other_item(el) and (_headline_item(el, home) or not _elsewhere(el, home)):
            out.append((el.get("content") or el.get("datetime"), "html"))
    out += unmarked
    return tuple((raw, src) for raw, src in out if isinstance(raw, str))


#: how far into a page's visible text, and how many words long, a date line of its own stands
_TOP_CHARS, _LINE_WORDS = 3000, 6


def _top_date_lines(tree: Any, home: frozenset[Any] = frozenset(), lang: str | None = None) -> list[str]:
    """The short texts (at most ``_LINE_WORDS`` words: a date line, not a sentence) of the first
    ``_TOP_CHARS`` characters of the page's visible text that hold a digit, but the dates of an
    item of a list of dated items (:func:`_in_dated_list`; ``home``: the headline's containers).

    >>> from lxml import html
    >>> _top_date_lines(html.fromstring("<html><body><p>Home</p><span>Apr 7, 2009</span>"
    ...                                 "<p>In 2009, the town of Lee voted on a plan for its roads.</p></body></html>"))
    ['Apr 7, 2009']
    """
    body = tree.find(".//body")
    out: list[str] = []
    size = 0
    memo: dict[Any, bool] = {}
    if body is None:
        return out
    for el in body.iter():
        if not isinstance(el.tag, str) or el.tag in _HIDDEN:
            continue
        for t, owner in ((el.text, el), (el.tail, el.getparent())):
            if t and t.strip():
                piece = t.strip()
                # (not a date of an item of a list of dated items: _in_dated_list)
                if (len(piece.split(None, _LINE_WORDS)) <= _LINE_WORDS and any(c.isdigit() for c in piece)
                        and not (owner is not None and _printed_dates(piece, lang)
                                 and _in_dated_list(owner, home, lang, memo))):
                    out.append(piece)
                size += len(piece) + 1
        if size > _TOP_CHARS:
            break
    return out


#: a text that prints a date is a date line when it has at most this many words, or when its date
#: stands among its first _OPENING words ("29.11.2022 – Mehrfach hatte ...", a dateline)
_DATE_LINE_WORDS, _OPENING = 12, 3


def _date_line(visible: str, starts: list[int], pos: int) -> bool:
    """Does the date at ``pos`` of ``visible`` (the texts of its elements, starting at ``starts``)
    stand as a date line, a byline or a dateline, rather than in a sentence ("Der nächste
    Stammtisch findet am Mi. 5. Februar 2020 ab 19 Uhr im Cafe Hurricane statt.")?

    >>> t = "Home Der nächste Stammtisch findet am Mi. 5. Februar 2020 ab 19 Uhr im Cafe Hurricane statt."
    >>> _date_line(t, [0, 5], t.index("5. Feb")), _date_line("Home Updated June 13, 2019", [0, 5], 13)
    (False, True)
    """
    k = bisect.bisect_right(starts, pos) - 1
    if k < 0:
        return True
    end = starts[k + 1] - 1 if k + 1 < len(starts) else len(visible)
    piece = visible[starts[k] : end]
    return (len(piece.split(None, _DATE_LINE_WORDS)) <= _DATE_LINE_WORDS
            or len(visible[starts[k] : pos].split(None, _OPENING)) <= _OPENING)


def _revised_later(m: _Markup, day: dt.date) -> bool:
    """Does the article's JSON-LD (else its ``article:published_time``) state its publication as
    an instant before its modification (JSON-LD ``dateModified``, else ``article:modified_time``)
    on ``day``, on another day than ``day``?

    >>> ld = [{"@type": "NewsArticle", "datePublished": "2020-01-19T12:25:36Z", "dateModified": "2020-01-20T09:49:32Z"}]
    >>> m = _Markup(jsonld=ld)
    >>> _revised_later(m, dt.date(2020, 1, 20)), _revised_later(m, dt.date(2020, 1, 19))
    (True, False)
    """
    pub = _instant(_ld_value(m, "datePublished")) or _instant(m.meta.get("article:published_time"))
    mod = _instant(_ld_value(m, "dateModified")) or _instant(m.meta.get("article:modified_time"))
    if pub is None or mod is None or not isinstance(pub[1], dt.datetime) or not isinstance(mod[1], dt.datetime):
        return False
    p, q = pub[1], mod[1]
    if (p.utcoffset() is None) != (q.utcoffset() is None):
        return False
    return q.date() == day and p.date() != day and p < q


#: a post's year and month in its address ("/2011/12/kein-cyberterrorismus/")
_URL_MONTH = re.compile(r"/((?:19|20)\d{2})/(0?[1-9]|1[0-2])/")


# how far past the start of its headline a page prints its date (bylines, "Updated ...")
_PRINTED_WITHIN = 400


def _dates(
    tree: Any, m: _Markup, url: str | None, fast_date: str | None, text: str, max_date: str,
    around: tuple[str, int, list[str], list[Any], list[int], Any, list[Any]]
) -> tuple[DateMention | None, DateMention | None]:
    # htmldate's fast reading (through trafilatura), then the page's own statements of its
    # publication date, most specific first.
    cands: list[tuple[dt.date, Source]] = []
    others: set[dt.date] = set()
    home = _home(around[5])
    micro: set[dt.date] = set()
    stated = _stated_dates(tree, m, others, home, micro)
    fast = _as_date(fast_date)
    if fast in others and all(fast != d for d, _src in stated):
        fast = None  # htmldate's reading of a review's or a comment's date (microdata of another item)
    for day, src in ((fast, None), *stated):
        if day is not None and all(day != c[0] for c in cands):
            cands.append((day, src or _source_of(day, m, url, _PUB_KEYS, "datePublished")))
    mod = _as_date(_ld_value(m, "dateModified")) or next(
        (d for d in (_as_date(m.meta.get(k)) for k in _MOD_KEYS) if d is not None), None
    )
    visible, at, _printed, _credits, starts, _h1, owners = around
    # (the text by the headline: from 100 characters above it to 1,500 below; else the page's top)
    lo, hi = (max(0, at - 100), at + 1500) if at >= 0 else (0, 3000)
    head = visible[lo:hi] or text[:1500]
    latest = dt.date.fromisoformat(max_date)
    near = visible[max(0, at - 100) : at + _PRINTED_WITHIN] if at >= 0 else ""
    month_first = _month_first(m)
    if month_first is None and m.lang in (None, "en"):
        # an HTTP Content-Language in the head that names the region ("en-US" beside <html lang="en">)
        equiv = _content_language(tree)
        month_first = _month_first(_Markup(lang="en", locale=equiv)) if equiv else None
    if month_first is None and ("/" in head or "/" in text[:1500]):  # (only slashes have an order to tell)
        month_first = _page_order(m, visible[max(0, at - _ORDER_WINDOW) : max(0, at) + _ORDER_WINDOW])
    # the language the page writes its dates in: a Chinese, Japanese or Korean text declared as
    # another language, or as none, writes its own dates as one (a template's lang="en")
    lang = m.lang if m.lang in _CJK or not _writes_cjk(head) else "zh"
    # the dates that a list of dated items by the headline prints (a ranking, "Latest", other
    # stories' cards: text, not <time>s) are not printed for the article: blanked out of what is
    # read (but a day the markup states is still confirmed by them, as before: ``stated_head``)
    stated_head = head
    visible, in_lists = _unlisted(visible, starts, owners, lo, hi, home, lang)
    if in_lists:
        head = visible[lo:hi] or text[:1500]
        near = visible[max(0, at - 100) : at + _PRINTED_WITHIN] if at >= 0 else ""
    found_at = [(max(0, at - 100) + k, d, _cued(near, k))
                for k, d in _printed_dates(near, lang, month_first)
                if d <= latest and _date_line(visible, starts, max(0, at - 100) + k)]
    found = [(d, cued) for _k, d, cued in found_at]
    # (the <time> elements are read when the order of two printed dates or htmldate's reading of a
    # day no markup states is at stake)
    stated_days = {d for d, _src in stated if d is not None}
    need = len(found) > 1 or (fast is not None and fast not in stated_days)
    # (the containers of the <article> or <main> that holds the headline: a <time> among them is
    # outside the article, or outside the page's main content)
    article = _content_of(around[5]) if around[5] is not None else None
    above = frozenset(article.iterancestors()) if article is not None else frozenset()
    revised, listed, own_times, apart = _time_days(tree, home, above) if need else (set(), set(), [], set())
    # a date the page labels as its revision ("Updated May 20, 2021") comes after the others, and
    # a day that only other stories' <time>s give (a list of them above the headline; not the
    # article's own <time> nor its markup) before those
    listed -= stated_days | set(own_times)
    # a printed day that only a <time> marked as the revision gives (class="updated",
    # itemprop="dateModified") is labelled so by its markup, as "Updated ..." is by its text
    marked = revised - set(own_times) - stated_days
    if marked:
        found_at = [(k, d, cued or d in marked) for k, d, cued in found_at]
        found = [(d, cued) for _k, d, cued in found_at]
    uncued = [d for d, cued in found if not cued and d not in listed]
    uncued += [d for d, cued in found if not cued and d in listed]
    printed = uncued + [d for d, cued in found if cued]
    # htmldate's fast reading of the revision's day (a <time class="updated"> first in the page,
    # the modification meta tag, "Updated ..." printed) that no markup states and the page does
    # not print as its publication is not the publication date, when the page states or prints
    # an earlier one (two days earlier at least: a day apart is one instant in two time zones)
    if (fast is not None and all(fast != d for d, _src in stated) and fast not in uncued
            and any(d is not None and (fast - d).days >= 2 for d in (*(d for d, _src in stated), *uncued))
            and (fast == mod or (fast, True) in found or fast in revised)):
        cands = [c for c in cands if c[0] != fast]
        fast = None
    if (fast is not None and fast == mod and fast not in uncued and not (url and _in_url(fast, url))
            and _revised_later(m, fast)):
        # htmldate's fast reading of the modification's day (a generic date meta tag gives it too:
        # "date", "sailthru.date"), when the article's structured data states its publication as
        # an earlier instant on another day (not one instant in two zones) and the page does not
        # print the modification's day as its publication
        cands = [c for c in cands if c[0] != fast]
        fast = None
    if (fast is not None and fast in listed
            and any(d not in listed for d in (*stated_days, *(d for d, cued in found if not cued), *own_times))):
        # htmldate's fast reading of another story's date (a <time> in a list of them, a related
        # block) that the article's markup does not state, when it states or prints another day
        # or has a <time> of its own (a byline's <time datetime>: then that one's day)
        cands = [c for c in cands if c[0] != fast]
        fast = None
        if not cands and own_times and own_times[0] not in listed:
            cands.append((own_times[0], _source_of(own_times[0], m, url, _PUB_KEYS, "datePublished")))
    if (fast is not None and fast in in_lists and fast not in stated_days and not (url and _in_url(fast, url))
            and not _in_text(fast, head) and not _in_text(fast, text[:1500])):
        # htmldate's fast reading of a day that only such a list prints (its text), that no
        # markup states: as one only other stories' <time>s give
        cands = [c for c in cands if c[0] != fast]
        fast = None
        if not cands and own_times and own_times[0] not in listed:
            cands.append((own_times[0], _source_of(own_times[0], m, url, _PUB_KEYS, "datePublished")))
    def others_only(day: dt.date) -> bool:
        # a day that only <time>s the markup puts among other items give (a list of dated
        # stories, another <article>, an aside), that the page does not print under its headline
        return (at >= 0 and day in apart and day in listed and not (url and _in_url(day, url))
                and all(k < at or d != day or cued for k, d, cued in found_at))

    if fast is not None and others_only(fast):
        # htmldate's fast reading of a day only other stories' <time>s give (a ranking, a list),
        # that the article neither states nor prints under its headline (a list's own dates may
        # stand right above it): no publication
        cands = [c for c in cands if c[0] != fast]
        fast = None
    # (an English page that names no region and does not show its order reads slashes month
    # first, as _printed_dates does: "10/04/2016" printed by the headline is 4 October)
    order = True if month_first is None and m.lang == "en" else month_first
    if (fast is not None and order is not None and fast.day <= 12 and fast.day != fast.month
            and all(fast != d for d, _src in stated) and not (url and _in_url(fast, url))
            and not _in_text(fast, head, order)):
        # htmldate's fast reading of a numeric date the page prints ("10/04/16") in the order
        # its locale does not read it: the page's order (en-US: month first) says the day
        swapped = fast.replace(month=fast.day, day=fast.month)
        if _in_text(swapped, head, order):
            cands = [(swapped, "html") if c[0] == fast else c for c in cands]
            fast = swapped
    if (fast is not None and len(micro) == 1 and fast not in micro and not (url and _in_url(fast, url))
            and all(fast != d for d, src in stated if src != "meta")
            and ((fast, False) not in found or all(fast != d for d, _src in stated))):
        # the article's own microdata (itemprop="datePublished" on the article's item) states
        # its publication: htmldate's fast reading of another date that no markup states, or
        # that only the head's meta tags (the page's, not the article's item) state and the page
        # does not print by its headline, yields to it
        cands = [c for c in cands if c[0] != fast]
        fast = None
        if all(c[0] not in micro for c in cands):
            cands.insert(0, (next(iter(micro)), "html"))
    # The first of them (or the modification date) that the page prints by its headline wins: the
    # date a reader sees.  If it prints none of them but prints a date right by the headline, that
    # one (the markup then describes another version of the page); else the first statement.
    modified = [(mod, _source_of(mod, m, url, _MOD_KEYS, "dateModified"))] if mod is not None else []
    # (not when the page prints it labelled as the revision beside another date)
    labelled = mod is not None and (mod, True) in found and mod not in uncued and bool(uncued)
    shown = [*cands, *modified] if not labelled else cands
    printed = [d for d in printed if not others_only(d)]
    # (a Chinese, Japanese or Korean page prints its own dates without a Latin month name: one
    # with a month name is quoted from an English original, :func:`_printed_dates`)
    chosen = next((c for c in shown
                   if _in_text(c[0], stated_head if c[0] in stated_days else head, month_first, lang not in _CJK)),
                  None)
    if (chosen is not None and printed and chosen[1] == "html" and chosen[0] == fast and printed[0] != fast
            and all(fast != d for d, _src in stated) and not _in_text(fast, near, month_first)):
        # htmldate's guess that no markup states, printed only further down (a list of other
        # stories under a short article), yields to the date printed right by the headline
        chosen = printed[0], "html"
    if chosen is None and cands and printed:
        # (the article's own microdata is stated on the article itself, not another version's)
        chosen = (next((c for c in cands if c[1] == "url"), None)
                  or next((c for c in cands if len(micro) == 1 and c[0] in micro), None)
                  # (a date that only other stories' <time>s give is not printed for the article)
                  or ((printed[0], "html") if printed[0] not in listed else cands[0]))
    elif chosen is None and cands:
        # the publishing system's own date in the page's address outranks a date in the text;
        # htmldate's fast reading that no markup states as the publication date (a date class on
        # any element, a comment's or a list's) and neither the page's top nor the article prints
        # is a guess: a date the page prints by its headline is the one a reader sees
        chosen = next((c for c in cands if c[1] == "url"), None)
        guessed = cands[0][0] == fast and all(cands[0][0] != d for d, _src in stated)
        if chosen is None and guessed and not _in_text(cands[0][0], text[:1500], month_first):
            shown_top = [d for k, d in _printed_dates(head, lang, month_first)
                         if d <= latest and _date_line(visible, starts, max(0, at - 100) + k if at >= 0 else k)]
            chosen = (shown_top[0], "html") if shown_top else None
        chosen = chosen or cands[0]
    elif chosen is None and printed:
        # no markup states a date, but the page prints one right by its headline (a byline's or
        # a dateline's: "Karlsruhe, (12.11.2021)")
        chosen = printed[0], "html"
    published, source = chosen if chosen is not None else (None, None)
    if published is None:
        # htmldate's extensive search guesses from anywhere in the page; we keep its answer only
        # when the article prints that date at its top or the page right by its headline.
        # (It is slow, dateparser over the page's text: it is not asked when neither text prints
        # any date _in_text could confirm.)
        # A date line of its own near the top of the page ("12.03.2021", "Posted Apr 7, 2009" above
        # the headline or in a page's header) confirms it too.
        guess = None
        lines = _top_date_lines(tree, home, lang)
        try:
            from htmldate import find_date

            if (_any_day().search(text[:1500].casefold()) or _any_day().search(head[:700].casefold())
                    or any(_any_day().search(t.casefold()) for t in lines)):
                guess = _as_date(find_date(tree, url=url, extensive_search=True, original_date=True,
                                           outputformat="%Y-%m-%d", max_date=max_date))
        except Exception:  # htmldate failing on a page is "no date", never the caller's problem
            guess = None
        if (guess is not None and any(_in_text(guess, t, month_first) for t in (text[:1500], head[:700], *lines))
                and not others_only(guess)):
            published, source = guess, "text"
    month = _URL_MONTH.search(url) if published is None and url else None
    if month is not None:
        # the publishing system's year and month in the page's address: a day of that month the
        # page prints by its article ("wurde am 19. Mai 2010 um 23:03 Uhr gepostet")
        ym = int(month.group(1)), int(month.group(2))
        published = next((d for _, d in _printed_dates(visible, lang, month_first) if (d.year, d.month) == ym),
                         None)
        source = "html" if published is not None else None
    updated = None
    if mod is not None and published is not None and mod > published:
        updated = _mention(*modified[0], _instants(tree, m, ("dateModified",), _MOD_KEYS, _TIME_MODIFIED, home))
    if published is None or source is None:
        return None, updated
    instants = _instants(tree, m, ("datePublished", "dateCreated"), _PUB_KEYS, _TIME_PUBLISHED, home, plain=True)
    return _mention(published, source, instants, near), updated

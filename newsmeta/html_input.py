"""HTML pages: article text and metadata from the markup, mapped into newsmeta's records.

The page is parsed once (lxml through trafilatura, no network, no external entities).  Its
own markup is read first — ``<meta>`` tags, JSON-LD, ``<h1>``, ``<title>`` — then trafilatura
extracts the article text and htmldate the dates from the same tree.  Every value says where
it came from (``source``): ``"json-ld"``, ``"meta"``, ``"html"`` (other markup), ``"url"``, or
``"text"`` when a date was confirmed only by the article text.

>>> page = (b"<html><head><title>Rain returns - Daily Planet</title>"
...         b"<meta property='og:site_name' content='Daily Planet'>"
...         b"<meta property='article:published_time' content='2024-05-02T08:00:00+02:00'></head>"
...         b"<body><h1>Rain returns</h1><p>" + b"Rain fell over the city for hours. " * 8 + b"</p></body></html>")
>>> doc = read_html(page.decode())
>>> doc.headline.text, doc.headline.source, doc.published.source, doc.published.precision
('Rain returns', 'html', 'meta', 'second')
>>> doc.published.value.isoformat()
'2024-05-02T08:00:00+02:00'
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import json
import re
import unicodedata
from typing import Any

import attrs

from newsmeta.records import Author, DateMention, Headline, Kicker, Language, Precision, Source, Tag

__all__ = ["HtmlDocument", "page_language", "read_html"]

# htmldate rejects dates after ``max_date``; its default is today's date, a hidden clock.  We pass
# the caller's reference date when there is one, else this fixed bound, so results never depend on
# when they are computed.
_FIXED_MAX_DATE = "2099-12-31"
_MIN_YEAR = 1995
_SEPARATORS = re.compile(r"\s+[|\-–—:·•»«/]{1,2}\s+|\s+::\s+|\s*[|｜]\s*")
_ISO_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_MONTHS = {
    # our own short table of month names (en, de, fr, es, it, pt, nl) for confirming a date in the text
    1: ("january", "januar", "janvier", "enero", "gennaio", "janeiro", "januari", "jan"),
    2: ("february", "februar", "février", "febrero", "febbraio", "fevereiro", "februari", "feb"),
    3: ("march", "märz", "mars", "marzo", "março", "maart", "mar"),
    4: ("april", "avril", "abril", "aprile", "apr"),
    5: ("may", "mai", "mayo", "maggio", "maio", "mei"),
    6: ("june", "juni", "juin", "junio", "giugno", "junho", "jun"),
    7: ("july", "juli", "juillet", "julio", "luglio", "julho", "jul"),
    8: ("august", "août", "agosto", "augustus", "aug"),
    9: ("september", "septembre", "septiembre", "settembre", "setembro", "sep", "sept"),
    10: ("october", "oktober", "octobre", "octubre", "ottobre", "outubro", "oct", "okt"),
    11: ("november", "novembre", "noviembre", "novembro", "nov"),
    12: ("december", "dezember", "décembre", "diciembre", "dicembre", "dezembro", "dec", "dez"),
}


@attrs.frozen
class HtmlDocument:
    """What a page's markup says: its article text and metadata (``None`` where it says nothing)."""

    text: str
    headline: Headline | None
    authors: tuple[Author, ...]
    tags: tuple[Tag, ...]
    published: DateMention | None
    updated: DateMention | None
    language: str | None
    warnings: tuple[str, ...] = ()
    canonical_url: str | None = None
    site_name: str | None = None
    description: str | None = None
    #: where ``language`` was declared: ``"html"`` (``<html lang>``) or ``"meta"`` (``Content-Language``)
    language_source: Source | None = None


_EMPTY = HtmlDocument("", None, (), (), None, None, None)


def _clean(s: object) -> str:
    # soft hyphens and zero-width spaces are hyphenation hints, not text
    return " ".join(str(s).replace("\u00ad", "").replace("\u200b", "").split()) if s else ""


def _norm(s: str) -> str:
    s = unicodedata.normalize("NFKC", s.replace("\u00ad", "")).casefold()  # soft hyphens are invisible
    return re.sub(r"[\W_]+", " ", s).strip()


# ---------------------------------------------------------------------------------------------
# markup


@attrs.define
class _Markup:
    meta: dict[str, str] = attrs.Factory(dict)
    jsonld: list[dict[str, Any]] = attrs.Factory(list)
    h1: list[str] = attrs.Factory(list)
    #: each <h1>'s visible text in pieces: its own text, each child element's, each child's tail
    h1_pieces: dict[str, tuple[str, ...]] = attrs.Factory(dict)
    #: an <h1> that prints a label in an element of its own before its title: (label, title)
    h1_kicker: dict[str, tuple[str, str]] = attrs.Factory(dict)
    title: str = ""
    #: the first ``_H2S`` <h2> headings, normalised (:func:`_norm`)
    h2: set[str] = attrs.Factory(set)
    lang: str | None = None
    lang_source: Source | None = None
    canonical: str | None = None
    #: credit lines the markup marks as the author's, best kind first (see :func:`_markup_credits`)
    credits: list[tuple[int, str]] = attrs.Factory(list)
    #: the language tag the page declares (``<html lang>``, else ``Content-Language``) as written,
    #: lowercased, region and all ("en-us"): how it writes numeric dates (:func:`_month_first`)
    locale: str | None = None
    #: the names the markup marks as a commenter's (``class="comment-author"``), normalised
    commenters: set[str] = attrs.Factory(set)
    #: the <h1>s that link to the site's home page: a logo, the site's name (see :func:`_home_link`)
    h1_home: set[str] = attrs.Factory(set)


_H2S = 10


def _read_markup(tree: Any) -> _Markup:
    m = _Markup()
    for el in tree.iterfind(".//meta"):
        key = (el.get("property") or el.get("name") or el.get("itemprop") or "").strip().lower()
        content = el.get("content")
        if key and content and key not in m.meta:
            m.meta[key] = _clean(content)
    for el in tree.iterfind(".//script"):
        if (el.get("type") or "").lower() == "application/ld+json" and el.text:
            try:
                data = json.loads(el.text[:200_000])
            except (ValueError, RecursionError):
                continue
            m.jsonld.extend(_jsonld_items(data))
    for k, el in enumerate(tree.iterfind(".//h1")):
        pieces = _pieces(el)
        text = _clean("".join(pieces))
        if k < 5 and any(_home_link(a.get("href")) for a in el.iter("a")):
            m.h1_home.add(text)
        if text:
            m.h1.append(text)
            m.h1_pieces.setdefault(text, pieces)
            split = _element_kicker(el)
            if split is not None:
                m.h1_kicker.setdefault(text, split)
        if len(m.h1) >= 5:
            break
    for _k, el in zip(range(_H2S), tree.iterfind(".//h2"), strict=False):
        m.h2.add(_norm(_clean(el.text_content())))
    t = tree.find(".//title")
    if t is not None:
        m.title = _clean(t.text_content())
    for el in tree.iterfind(".//link"):
        if "canonical" in (el.get("rel") or "").lower().split() and _clean(el.get("href")):
            m.canonical = _clean(el.get("href"))
            break
    lang, m.lang_source = (tree.get("lang"), "html") if hasattr(tree, "get") and tree.get("lang") else (None, None)
    if not lang:
        equiv = next((el.get("content") for el in tree.iterfind(".//meta")
                      if (el.get("http-equiv") or "").lower() == "content-language" and el.get("content")), None)
        lang, m.lang_source = (equiv.split(",")[0], "meta") if equiv else (None, None)
    code = lang.strip().split("-")[0].split("_")[0].lower() if lang else ""
    m.lang = code if code.isalpha() and 2 <= len(code) <= 3 else None
    m.lang_source = m.lang_source if m.lang else None
    m.locale = lang.strip().lower().replace("_", "-")[:20] if m.lang and lang else None
    return m


def _home_link(href: str | None) -> bool:
    """Does ``href`` point to a site's home page ("/", "https://example.com/", "/index.html")?

    >>> _home_link("/"), _home_link("https://example.com"), _home_link("/2024/05/rain-returns"), _home_link("#top")
    (True, True, False, False)
    """
    from urllib.parse import urlsplit

    href = (href or "").strip()
    if not href:
        return False
    try:
        parts = urlsplit(href)
    except ValueError:
        return False
    return (parts.path in ("", "/", "/index.html", "/index.php") and not parts.query and not parts.fragment
            and (bool(parts.netloc) or parts.path != ""))


# Elements the markup marks as an author's credit: a link to the author (``rel=author``, HTML's own
# meaning), microdata ``itemprop=author``, and the class names bylines carry in every CMS.
_CREDIT_CLASS = re.compile(r"[Aa]uthor|[Bb]yline|[Aa]uteur|[Aa]utor|[Vv]erfasser|[Cc]ontributor|zuozhe")
# ... but not a commenter's or the author of another story in a list, a footer or a sidebar
_NOT_CREDIT = re.compile(r"comment|respond|reply|related|teaser|sidebar|widget|footer|avatar|bio\b|about", re.I)
# ... of which a commenter's: a name there is not the article's author, also where trafilatura takes it
_COMMENT = re.compile(r"comment|respond|reply", re.I)
# ... and not an element that holds a label, a date or a picture of the author
_NOT_CREDIT_OWN = re.compile(r"label|image|img|photo|title", re.I)
_CREDIT_CHARS = 80
# The path of an author's page on a site ("/author/ann-lee/", "/autor/ann-lee"), which a byline links to
_AUTHOR_PAGE = re.compile(
    r"/(?:author|authors|autor|autoren|auteur|auteurs|autores|autore|journalist|redakteur)/[^/?#\s]{2,}/?(?:$|[?#])",
    re.I,
)
_CREDIT_DEPTH = 5
_CREDIT_READ = 4000
_CREDIT_LIMIT = 40
#: elements that part the words before them from the words in them (a line break, a block)
_BREAKS = frozenset(("br", "p", "div", "li", "dt", "dd", "td", "th", "tr", "h1", "h2", "h3", "h4", "h5", "h6"))


def _credit_kind(el: Any) -> int:
    """How specific an element's mark as the author's credit is: 0 ``rel=author``, 1 microdata or hCard,
    2 a class naming the author's name or the byline, 3 any other author class; 4 not one."""
    if "author" in (el.get("rel") or "").lower().split():
        return 0
    cls = el.get("class") or ""
    if "author" in (el.get("itemprop") or "").lower() or (re.search(r"\b(?:vcard|fn)\b", cls) and "author" in cls):
        return 1  # microdata, or the hCard microformat of an author
    if el.tag == "byline" or (el.tag == "a" and _AUTHOR_PAGE.search(el.get("href") or "")):
        return 2  # NITF's element for the byline; a link to an author's page on the site
    if not _CREDIT_CLASS.search(cls):
        return 4
    return 2 if re.search(r"(?:author|autor|auteur)s?[-_]*(?:name|link)|byline|\bauteurs?\b", cls, re.I) else 3


def _short_text(el: Any) -> str | None:
    """An element's visible text when it is short (a credit line), else ``None`` (read no further);
    a line break or a block inside it parts the words it separates ("Fritz Imhof<br>Quelle: …").

    >>> import lxml.html
    >>> _short_text(lxml.html.fromstring("<div>Autor: Ann<!-- x --> Lee<br>Quelle: <b>AP</b></div>"))
    'Autor: Ann Lee Quelle: AP'
    """
    out: list[str] = []
    size = 0
    open_: list[Any] = []  # the element being read and its open descendants: their tails come when they close
    for node in el.iter():  # lazily: a long element is left after its first words
        parent = node.getparent()
        while open_ and open_[-1] is not parent:
            done = open_.pop()
            if open_ and done.tail:
                out.append(done.tail)
                size += len(done.tail.strip())
        if isinstance(node.tag, str):
            if node.tag in _BREAKS:
                out.append(" ")
            if node.text:
                out.append(node.text)
                size += len(node.text.strip())
        open_.append(node)
        if size > _CREDIT_CHARS:
            return None
    out += [done.tail for done in reversed(open_[1:]) if done.tail]
    text = _clean("".join(out))
    return text if text and len(text) <= _CREDIT_CHARS * 2 else None


# In a credit line of several labelled fields ("Datum: 19.11.2021 Autor: Fritz Imhof Quelle: Livenet")
# the author's is the one after an author's label, up to the next label; elsewhere the name ends
# at a separator ("Jacobo Betancur | Publicado hace 3 horas").
_CREDIT_FIELD = re.compile(r"(?:^|\s)(?:autor(?:in)?|author|auteur|verfasser(?:in)?|text|texto|作者)\s?[:：]\s*", re.I)
_NEXT_FIELD = re.compile(r"(?:\s|(?<=[a-zà-ÿ]))[A-ZÀ-Þ]?[a-zà-ÿ]+\s?[:：]\s|\s[|•·]\s|,\s\d")


def _credit_line(text: str) -> str:
    field = _CREDIT_FIELD.search(text)
    if field is not None:
        text = text[field.end() :]
    cut = _NEXT_FIELD.search(text)
    return text[: cut.start()] if cut is not None else text


def _markup_credits(elements: list[Any], m: _Markup) -> list[tuple[int, str]]:
    """The page's credit lines as its markup marks them (``rel=author`` links, ``itemprop=author``,
    byline classes), outside comments, lists of other stories, sidebars and footers, with their
    kind (:func:`_credit_kind`); the most specific kind first, in page order within a kind.  Yoast's
    ``twitter:label1``/``data1`` pair ("Written by" / "Verfasst von": a name) comes first."""
    found: list[tuple[int, int, str]] = []
    links: dict[Any, int] = {}
    label = m.meta.get("twitter:label1", "").casefold()
    if m.meta.get("twitter:data1") and re.search(r"written|verfasst|geschrieben|écrit|escrito|scritto|door|aut", label):
        found.append((-1, 0, m.meta["twitter:data1"]))
    for n, el in enumerate(elements):
        kind = _credit_kind(el)
        if kind > 3 or el.tag in ("meta", "link", "script", "style", "img", "body", "html"):
            continue
        own = str(el.get("class") or "") + " " + str(el.get("id") or "")
        # its own marks and its nearest containers' (the page's outer ones name its layout)
        near = [a for _k, a in zip(range(_CREDIT_DEPTH), el.iterancestors(), strict=False) if a.tag != "body"]
        marks = " ".join(str(a.get("class") or "") + " " + str(a.get("id") or "") for a in near)
        if _NOT_CREDIT.search(own + " " + marks[:2000]) or _NOT_CREDIT_OWN.search(own):
            if _COMMENT.search(own + " " + marks[:2000]) and (text := _short_text(el)):
                m.commenters.add(_norm(text))
            continue
        text = _short_text(el)
        if text and el.tag == "a" and kind == 2 and el.getparent() in links:
            # the links to several authors' pages in one byline ("<a>Ann Lee</a>, <a>Bo Roe</a>") are one credit
            k = links[el.getparent()]
            found[k] = (kind, found[k][1], found[k][2] + "; " + _credit_line(text))
        elif text:
            if el.tag == "a" and kind == 2:
                links[el.getparent()] = len(found)
            found.append((kind, n, _credit_line(text)))
    seen: set[str] = set()
    out = []
    for kind, _n, text in sorted(found):
        if text and text not in seen:
            seen.add(text)
            out.append((kind, text))
    return out


def _is_credit(el: Any) -> bool:
    """Is ``el`` marked as an author's credit (tested in Python while the page is read once: an
    XPath ``contains`` over every element costs more)?"""
    cls, rel, prop = el.get("class"), el.get("rel"), el.get("itemprop")
    return bool((cls and _CREDIT_CLASS.search(cls)) or (rel and "author" in rel.lower())
                or (prop and "author" in prop.lower()) or el.tag == "byline"
                or (el.tag == "a" and _AUTHOR_PAGE.search(el.get("href") or "") is not None))



def _site_fields(m: _Markup, url: str | None) -> tuple[str | None, str | None, str | None]:
    """The page's canonical URL (``<link rel=canonical>``, else ``og:url``; made absolute against
    ``url``), the site's name (``og:site_name``, the JSON-LD publisher, ``application-name``)
    and its description (the description meta tags, else the JSON-LD's)."""
    from urllib.parse import urljoin

    canonical = m.canonical or m.meta.get("og:url") or None
    if canonical and url and not re.match(r"^[a-z][a-z0-9+.-]*:", canonical, re.I):
        canonical = urljoin(url, canonical)
    pub = _ld_value(m, "publisher")
    ld_site = _clean(pub.get("name")) if isinstance(pub, dict) and isinstance(pub.get("name"), str) else ""
    site = m.meta.get("og:site_name") or ld_site or m.meta.get("application-name") or None
    ld_desc = _ld_value(m, "description")
    desc = (m.meta.get("og:description") or m.meta.get("description") or m.meta.get("twitter:description")
            or (_clean(ld_desc) if isinstance(ld_desc, str) else "") or None)
    return canonical, site, desc


# Elements whose text a reader does not see (a CSS rule inside an <h1> is no headline).
_HIDDEN = ("script", "style", "noscript", "template")
_VISIBLE = "text()[not(" + " or ".join(f"ancestor::{t}" for t in _HIDDEN) + ")]"


def _pieces(el: Any) -> tuple[str, ...]:
    """The visible text of an element in pieces, one per text node at any depth, in order (the
    boundaries of elements, where a label or a deck set off in an element of its own ends)."""
    out = [el.text or ""]
    # no recursion (an <h1> may nest as deep as the parser allows): each open element's children
    # left to read, and its tail, read when they are done
    stack: list[tuple[Any, str]] = [(iter(el), "")]
    while stack:
        children, tail = stack[-1]
        child = next(children, None)
        if child is None:
            stack.pop()
            out.append(tail)
        elif isinstance(child.tag, str) and child.tag.lower() not in _HIDDEN:
            out.append(child.text or "")
            stack.append((iter(child), child.tail or ""))
        else:
            out.append(child.tail or "")
    return tuple(p for p in out if p)


#: A label before an <h1>'s title: a section, a topic, a date ("Tunesien", "Auftragshoch bei FACC").
_KICKER_WORDS = 6
_KICKER_GAP = re.compile(r"\s*[|:/•·–—-]?\s*")


def _element_kicker(el: Any) -> tuple[str, str] | None:
    """An <h1> whose first element is a short label, set off from the title that follows it in
    elements of their own (``<h1><span>Klimaschutz</span>: <span>Bohren, bis …</span></h1>``):
    (label, title).  Emphasis inside a title (``<h1>Was ist <em>Freie</em> Software</h1>``) is
    not a label: the <h1> must open with the element, and only a separator may follow it."""
    if (el.text or "").strip():
        return None
    kids = [c for c in el if isinstance(c.tag, str) and c.tag.lower() not in _HIDDEN]
    if len(kids) < 2 or not _KICKER_GAP.fullmatch(kids[0].tail or ""):
        return None
    label = _clean("".join(kids[0].xpath(".//" + _VISIBLE)))
    title = _clean("".join(p for c in kids[1:] for p in ("".join(c.xpath(".//" + _VISIBLE)), c.tail or "")))
    title = title.lstrip(" |:/•·-–—")
    if not label or label[-1:] in ".!?" or (not title[:1].isalnum() and title[:1] not in "\"'„“«‚‘"):
        return None
    if len(title.split()) < 3 or len(label.split()) > _KICKER_WORDS:
        return None
    return label, title


#: an <h1> of more text nodes than this is not split (a headline has a few)
_SPLIT_PIECES = 24


def _split_kicker(pieces: tuple[str, ...], titles: list[str]) -> Headline | None:
    """An <h1> printing a label in an element of its own before a title from the head
    (``<h1><small>Tunesien</small> Große Aufgaben …</h1>``): that title, with the label as kicker;
    or printing a title from the head and then a deck in an element of its own
    (``<h1>Title <span>Deck</span></h1>``): that title."""
    if len(pieces) > _SPLIT_PIECES:
        return None
    for k in range(1, len(pieces)):
        title = _clean("".join(pieces[k:])).lstrip(" |:/•·-–—")
        if _norm(title) in titles:
            label = _clean("".join(pieces[:k])).rstrip(" |:/•·-–—").strip()
            if label and len(label.split()) <= _KICKER_WORDS and _norm(label):
                return Headline(title, None, None, "html", Kicker(label, None, None))
    for k in range(1, len(pieces)):
        title = _clean("".join(pieces[:k])).rstrip(" |:/•·-–—")
        if _norm(title) in titles and _norm("".join(pieces[k:])):
            return Headline(title, None, None, "html")
    return None


def _jsonld_items(data: Any, depth: int = 0) -> list[dict[str, Any]]:
    if depth > 4:
        return []
    if isinstance(data, list):
        return [x for d in data[:50] for x in _jsonld_items(d, depth + 1)]
    if not isinstance(data, dict):
        return []
    out = [data]
    if "@graph" in data:
        out += _jsonld_items(data["@graph"], depth + 1)
    return out


_ARTICLE_TYPES = ("article", "newsarticle", "blogposting", "reportage", "analysisnewsarticle", "webpage", "report")


def _ld_value(m: _Markup, key: str) -> Any:
    """The first value of ``key`` in an article-like JSON-LD item (articles before other types)."""
    def rank(item: dict[str, Any]) -> int:
        t = item.get("@type")
        types = [str(x).lower() for x in (t if isinstance(t, list) else [t])]
        if any(x in _ARTICLE_TYPES[:-2] for x in types):
            return 0
        return 1 if any(x in _ARTICLE_TYPES for x in types) else 2

    for item in sorted(m.jsonld, key=rank):
        if rank(item) < 2 and item.get(key):
            return item[key]
    return None


# ---------------------------------------------------------------------------------------------
# headline


def _site_names(m: _Markup, sitename: str | None, url: str | None) -> set[str]:
    names = {_norm(x) for x in (m.meta.get("og:site_name"), m.meta.get("application-name")) if x}
    # trafilatura falls back to the page's title when it finds no site name: a "site name" that
    # the page prints as its <h1> is the article's headline
    if sitename and _norm(sitename) not in {_norm(h) for h in m.h1}:
        names.add(_norm(sitename))
    if url:
        host = re.sub(r"^[a-z]+://(www\d?\.)?", "", url.lower()).split("/")[0]
        names.add(_norm(host.rsplit(".", 1)[0]))
        names.add(_norm(host))
    return {n for n in names if n}


# A part of a title that is a date ("23.01.2022 - Wierer jubelt") or a web address ("| FASSETTE.NET").
_DATE_PART = re.compile(r"\d{1,4}[./-]\d{1,2}[./-]\d{1,4}")
_ADDRESS_PART = re.compile(r"(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}", re.I)


def _strip_labels(title: str) -> str:
    """``title`` without a leading or trailing part that is a date or a web address."""
    parts = _SEPARATORS.split(title)
    if len(parts) < 2:
        return title
    kept = [p for p in parts if not (_DATE_PART.fullmatch(p.strip()) or _ADDRESS_PART.fullmatch(p.strip()))]
    if not kept or len(kept) == len(parts):
        return title
    first, last = kept[0], kept[-1]
    return title[title.index(first) : title.rindex(last) + len(last)].strip()


def _strip_site(title: str, sites: set[str]) -> str:
    """Remove site-name prefixes and suffixes ("Story | Site", "Site - Story")."""
    title = _strip_labels(title)
    parts = _SEPARATORS.split(title)
    if len(parts) < 2:
        return title

    def is_site(part: str) -> bool:
        p = _norm(part)
        compact = p.replace(" ", "")
        return bool(p) and any(p == s or compact == s.replace(" ", "") or (len(p) > 3 and p in s) for s in sites)

    kept = [p for p in parts if not is_site(p)]
    if kept and len(kept) < len(parts):
        # rebuild from the original string, keeping the separators inside the kept span
        first, last = kept[0], kept[-1]
        return title[title.index(first) : title.rindex(last) + len(last)].strip()
    longest = max(parts, key=len)
    if len(parts) >= 2 and len(longest) >= 0.6 * len(title):
        return longest.strip()
    return title


#: An <h1> that is a later part of the <title> than a first part this much longer (and of at
#: least ``_SITE_H1_WORDS`` words) is the site's name: "Was ist Virales Marketing? | DimidoBlog".
#: (A first part is not: "Vom Boden aus gedacht - Ann Cotten verwebt …" puts the headline first.)
_SITE_H1_RATIO = 1.5
_SITE_H1_WORDS = 4


def _site_h1s(m: _Markup) -> set[str]:
    parts = [_norm(p) for p in _SEPARATORS.split(m.title)] if m.title else []
    out = set()
    for h in m.h1:
        hn = _norm(h)
        long_first = bool(parts) and len(parts[0].split()) >= max(_SITE_H1_WORDS, _SITE_H1_RATIO * len(hn.split()))
        if hn and hn in parts[1:] and hn != parts[0] and long_first:
            out.add(hn)
    return out


def _content_words(s: str) -> set[str]:
    return {w for w in _norm(s).split() if len(w) >= 4}


def _title_in_h2(m: _Markup, sites: set[str]) -> Headline | None:
    """The part of the page's ``<title>`` (two words or more, not a site's name) that an ``<h2>``
    prints as it is, if any: the title without the site's name (a dash in it may be the headline's
    own: "Termine Januar – Mai 2020 - whisky.com"), else one of its parts."""
    if not (m.title and m.h2):
        return None
    for part in [_strip_site(m.title, sites), *_SEPARATORS.split(m.title)]:
        pn = _norm(part)
        if len(pn.split()) >= 2 and pn in m.h2 and pn not in sites:
            return Headline(_clean(part), None, None, "html")
    return None


def _h1_headline(m: _Markup, h1: str) -> Headline:
    """The headline an <h1> prints: its title, with the label it sets off in an element of its
    own as kicker."""
    if h1 in m.h1_kicker:
        label, title = m.h1_kicker[h1]
        # ... and the page's other titles (head, JSON-LD) say that title too
        heads = [_norm(x) for x in (m.title, m.meta.get("og:title"), m.meta.get("twitter:title"),
                                    _ld_value(m, "headline")) if isinstance(x, str) and x]
        if any(_norm(title) in h for h in heads):
            return Headline(title, None, None, "html", Kicker(label, None, None))
    return Headline(h1, None, None, "html")


def _choose_headline(m: _Markup, traf_title: str | None, sitename: str | None, url: str | None) -> Headline | None:
    # an <h1> that links to the site's home page is the site's name in its header (a logo)
    sites = _site_names(m, sitename, url) | _site_h1s(m) | {_norm(h) for h in m.h1_home if _norm(h)}
    ld = _ld_value(m, "headline")
    cands: list[tuple[str, Source]] = []
    if isinstance(ld, str) and _clean(ld):
        cands.append((_clean(ld), "json-ld"))
    for key in ("og:title", "twitter:title"):
        if m.meta.get(key):
            cands.append((_strip_site(m.meta[key], sites), "meta"))
    h1s = [h for h in (_strip_labels(h) for h in m.h1 if h not in m.h1_home)
           if len(h) >= 8 and _norm(h) not in sites]
    if m.title:
        cands.append((_strip_site(m.title, sites), "html"))
    if traf_title:
        cands.append((_strip_site(_clean(traf_title), sites), "html"))
    # an <h1> that agrees with a title from the head is the page's own headline, as printed: one
    # that equals a title first, then one that contains a title or is contained in one; the
    # page's own titles before trafilatura's (often just the first <h1>, navigation and all)
    heads = [_norm(c) for c, _src in cands]
    own = heads[: len(heads) - 1] if traf_title else heads
    for same, pool in ((True, own), (False, own), (True, heads), (False, heads)):
        if pool is heads and same:
            # no <h1> says the page's own titles: a part of its <title> that an <h2> prints is the
            # article's title (the <h1> is the site's or the section's name)
            shown = _title_in_h2(m, sites)
            if shown is not None:
                return shown
        for h in h1s:
            hn = _norm(h)
            if hn and any(cn and (hn == cn if same else (len(hn) >= 15 and hn in cn) or (len(cn) >= 15 and cn in hn))
                          for cn in pool):
                split = None if same else _split_kicker(m.h1_pieces.get(h, ()), heads)
                # an <h1> that prints the head's title and then a date is a title with its byline
                # line glued on ("… der Region 02.02.2022 • HVW-Verband"): the head's title
                tail = next((hn[hn.index(cn) + len(cn) :] for cn in pool if len(cn) >= 15 and cn in hn), "")
                if not same and split is None and re.match(r"\s*\d{1,4}\s\d{1,2}\s\d{1,4}\b", tail):
                    return next(Headline(c, None, None, src) for c, src in cands if _norm(c) and _norm(c) in hn)
                return split or _h1_headline(m, h)
    cands = [c for c in cands if "{" not in c[0] and _norm(c[0])]  # no CSS or script left-overs
    if cands:
        # the head's titles agree among themselves more often than any one of them is right alone
        best = max(cands, key=lambda c: sum(_norm(c[0]) == _norm(o[0]) for o in cands))
        # a one- or two-word head title is a section or site name when the page prints a longer <h1>
        if h1s and len(best[0].split()) <= 2 and len(h1s[0].split()) >= 3:
            return _h1_headline(m, h1s[0])
        # an <h1> of three or more words that shares a fifth of its words with the head's titles
        # is the same story as printed (shorter head titles, or reworded for search engines)
        words = _content_words(" ".join(c for c, _src in cands))
        for h in h1s:
            hw = _content_words(h)
            if len(h.split()) >= 3 and hw and len(hw & words) >= 0.2 * len(hw):
                return _h1_headline(m, h)
        return Headline(best[0], None, None, best[1])
    if h1s:
        return _h1_headline(m, h1s[0])
    return None


# ---------------------------------------------------------------------------------------------
# dates


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
    """
    if m.lang is not None and m.lang != "en":
        return None
    # the page's own declaration first; Open Graph's locale where that one names no region
    for tag in (m.locale or "", m.meta.get("og:locale", "").lower().replace("_", "-")):
        code, _sep, region = tag.partition("-")
        if code and code != "en":
            return None
        if code == "en" and len(region) == 2:
            return region == "us"
    return None


_FULL_WIDTH = str.maketrans("０１２３４５６７８９", "0123456789")


def _in_text(day: dt.date, text: str, month_first: bool | None = None) -> bool:
    """Is ``day`` written in ``text``: numerically (any common separator, 2- or 4-digit year;
    month first only with slashes, and then only as the page's locale reads them:
    :func:`_month_first`), with a month name, or in CJK form (2019年2月27日)?"""
    if not text.isascii():
        text = text.translate(_FULL_WIDTH)  # full-width digits: ２０１９年２月２７日
    # every form writes the day's number and at least the year's last two digits
    if str(day.day) not in text or f"{day.year % 100:02d}" not in text:
        return False
    low = text.casefold()
    m = _any_day().search(low)
    while m is not None:
        if _is_day(m, day, month_first):
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
        slashes = m.group("s1").strip() == m.group("s2").strip() == "/"
        # "10/04/2016" is 4 October on a US page, 10 April elsewhere; "25/04/2016" is 25 April anywhere
        both = slashes and len(a) <= 2 and int(a) <= 12 and len(b) <= 2 and int(b) <= 12
        return (
            (a == str(y) and _is(b, mo) and _is(c, d))
            or (_is(a, d) and _is(b, mo) and c in years and not (both and month_first is True))
            or (slashes and _is(a, mo) and _is(b, d) and c in years and not (both and month_first is False))
        )
    if m.group("year3") is not None:  # 2019年2月27日
        return m.group("year3") == str(y) and _is(m.group("month3"), mo) and _is(m.group("day3"), d)
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
    r"|(?<!\d)(?P<year3>\d{4})\s?[年년]\s?(?P<month3>\d{1,2})\s?[月월]\s?(?P<day3>\d{1,2})(?!\d)".replace(
        "{names}", "|".join(re.escape(n) for ns in _MONTHS.values() for n in ns)
    )
)


@functools.cache
def _any_day() -> re.Pattern[str]:
    """:data:`_ANY_DAY_PATTERN`, compiled on first use (a few milliseconds: not at import)."""
    return re.compile(_ANY_DAY_PATTERN)


def _around_headline(tree: Any, headline: str | None) -> tuple[str, int, list[str], list[Any], list[int]]:
    """The page's visible text (scripts and styles left out) up to a little past its headline's
    ``<h1>`` (the one that prints ``headline``, else the first; at least the first 3000 characters
    on a page without one), where that ``<h1>`` starts in it (-1 when the page has none), the
    credit lines printed by it (:func:`_text_credits`) and the elements up to there that the
    markup marks as credits (:func:`_is_credit`: read in this same pass), and where each text of an
    element starts in it."""
    body = tree.find(".//body")
    if body is None:
        return "", -1, [], [], []
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
    size, first, start = 0, -1, -1
    credits: list[Any] = []
    for el in body.iter():
        if not isinstance(el.tag, str) or el.tag in _HIDDEN:
            continue
        if len(credits) < _CREDIT_LIMIT and _is_credit(el):
            credits.append(el)
        if el.tag == "h1" and start < 0:
            first = size if first < 0 else first
            if el is match:
                start = size
            elif match is None:
                stop = first + 1500
        end = start + 2000 if start >= 0 else stop
        for t in (el.text, el.tail):
            if t and t.strip():
                if size <= end:
                    parts.append(t.strip())
                    offsets.append(size)
                size += len(t.strip()) + 1
        # past the text it reads, the loop goes on a while for the credits the markup marks (an
        # author's box under a short story)
        if size > end + _CREDIT_READ:
            break
    text = " ".join(parts)
    at = start if start >= 0 else first
    return text, at, _text_credits(parts, offsets, at), credits, offsets


_NUMERIC_DATE = re.compile(
    r"(?<![\d.])(?:(?P<y1>\d{4})\s?(?P<s1>[./-])\s?(?P<m1>\d{1,2})\s?(?P=s1)\s?(?P<d1>\d{1,2})"
    r"|(?P<a>\d{1,2})\s?(?P<s2>[./-])\s?(?P<b>\d{1,2})\s?(?P=s2)\s?(?P<y2>\d{4})"
    r"|(?P<y3>\d{4})\s?[年년]\s?(?P<m3>\d{1,2})\s?[月월]\s?(?P<d3>\d{1,2}))(?!\d)"
)
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


# A credit printed as text by the headline: a text of its own that opens with a label
# ("Von", "By", "Par", "Autor:", "Ein Artikel von"), the name after it or in the next text.
_TEXT_CREDIT = re.compile(
    r"(?:(?:ein\s+)?(?:artikel|beitrag|text)\s+von|von|by|par|por|door|(?:autor(?:in)?|auteur|author|texte?|texto)\s?[:：])"
    r"(?:\s+|$)",
    re.I,
)
_CREDIT_BEFORE, _CREDIT_AFTER = 300, 1200


def _text_credits(parts: list[str], offsets: list[int], at: int) -> list[str]:
    """The names the page prints after a credit's label by its headline (``at``; the top of the
    page without one): capitalised, two to four words (a label that opens a sentence is not one)."""
    lo, hi = (at - _CREDIT_BEFORE, at + _CREDIT_AFTER) if at >= 0 else (0, _CREDIT_AFTER)
    out = []
    for k, (part, pos) in enumerate(zip(parts, offsets, strict=True)):
        if pos < lo or pos > hi or len(part) > 80:
            continue
        label = _TEXT_CREDIT.match(part)
        if label is None:
            continue
        name = _credit_line(part[label.end() :] or (parts[k + 1] if k + 1 < len(parts) else ""))
        words = name.split()
        if 2 <= len(words) <= 4 and all(w[:1].isupper() or w in _PARTICLES for w in words):
            out.append(name)
    return out


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
    """
    found: list[tuple[int, tuple[int, int, int]]] = []
    for m in _NUMERIC_DATE.finditer(text):
        g = m.groupdict()
        if g["y1"] or g["y3"]:
            ymd = (int(g["y1"] or g["y3"]), int(g["m1"] or g["m3"]), int(g["d1"] or g["d3"]))
        else:
            a, b = int(g["a"]), int(g["b"])
            # slashes put the month first in US English, unless the first number cannot be a month
            local = month_first if month_first is not None else lang in (None, "en")
            ymd = (int(g["y2"]), a, b) if g["s2"] == "/" and (local or b > 12) and a <= 12 else (int(g["y2"]), b, a)
        found.append((m.start(), ymd))
    names: dict[str, int] | None = None
    for m in _NAMED_DATE.finditer(text):
        names = _month_names(lang) if names is None else names
        g = m.groupdict()
        month = names.get((g["m1"] or g["m2"]).casefold())
        if month is not None:
            found.append((m.start(), (int(g["y1"] or g["y2"]), month, int(g["d1"] or g["d2"]))))
    out: list[tuple[int, dt.date]] = []
    for pos, (y, mo, d) in sorted(found):
        try:
            day = dt.date(y, mo, d)
        except ValueError:
            continue
        if day.year >= _MIN_YEAR:
            out.append((pos, day))
    return out


_TIME_PUBLISHED = re.compile(r"datepublished|pubdate|published|date-pub|post-date|entry-date", re.I)
_TIME_MODIFIED = re.compile(r"datemodified|modified|updated", re.I)


# Containers of other stories, comments and page furniture: a date marked as published in one of
# them is another item's ("related stories", a ranking widget, a comment's <time pubdate>).
_ELSEWHERE_TAGS = frozenset(("aside", "nav", "footer"))
_ELSEWHERE = re.compile(r"related|teaser|sidebar|widget|footer|comment|recommend|popular", re.I)
_ELSEWHERE_DEPTH = 8


def _elsewhere(el: Any) -> bool:
    """Is ``el`` inside an aside, the navigation, a footer or a block of other stories
    or comments (its nearest ``_ELSEWHERE_DEPTH`` containers)?"""
    for _k, a in zip(range(_ELSEWHERE_DEPTH), el.iterancestors(), strict=False):
        if a.tag in _ELSEWHERE_TAGS or _ELSEWHERE.search(str(a.get("class") or "") + " " + str(a.get("id") or "")):
            return True
    return False


# A microdata property belongs to its nearest ``itemscope``.  An item that is itself a property
# of an enclosing one (``itemprop="review"``, ``"comment"``) is a part of the page's item, not
# the page's article: its ``datePublished`` is that review's or comment's.  The page's own item
# (a recipe, a review page's review, an item of no declared type) and articles nested as its
# main entity or blog posts are not such parts.
_PAGE_ITEM = re.compile(r"(?i)(?:article|posting|report|page|creativework)/?$")
_ITEM_DEPTH = 40


def _other_item(el: Any) -> bool:
    """Is ``el`` a property of an item nested in another one (a review of a product, a comment)?"""
    for _k, a in zip(range(_ITEM_DEPTH), el.iterancestors(), strict=False):
        if a.get("itemscope") is not None:
            kind = (a.get("itemtype") or "").strip()
            return a.get("itemprop") is not None and bool(kind) and not _PAGE_ITEM.search(kind)
    return False


def _stated_dates(tree: Any, m: _Markup, others: set[dt.date] | None = None) -> list[tuple[dt.date | None, Source]]:
    """Publication dates the markup states outright: a ``<time>`` marked as the publication date,
    JSON-LD ``datePublished`` (or ``dateCreated``) of the article, the publication meta tags.
    ``others`` receives the days that microdata states as the publication of other items only
    (reviews, comments: :func:`_other_item`).  A ``<time>`` or microdata among other stories or comments
    (:func:`_elsewhere`) is not the article's."""
    out: list[tuple[dt.date | None, Source]] = []
    for el in tree.iterfind(".//time"):
        marks = " ".join(str(el.get(a) or "") for a in ("itemprop", "class", "id"))
        if (el.get("pubdate") is not None or _TIME_PUBLISHED.search(marks)) and not _elsewhere(el):
            out.append((_as_date(el.get("datetime")), "html"))
            break
    out.append((_as_date(_ld_value(m, "datePublished")) or _as_date(_ld_value(m, "dateCreated")), "json-ld"))
    # microdata on any element: <span itemprop="datePublished" content="2019-02-27">
    own: set[dt.date] = set()
    other: set[dt.date] = others if others is not None else set()
    found = False
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
        if not found and el.tag != "meta" and not _elsewhere(el):
            out.append((day, "html"))
            found = True
    other -= own
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


def _mention(day: dt.date, source: Source, stated: tuple[tuple[Any, Source], ...] = ()) -> DateMention:
    """The publication (or modification) day as a record: with the time and zone of the first
    statement in ``stated`` that gives a time and a zone on that very day, else a time without
    a zone on that day (given the zone of another statement of the same instant: "22:35" beside
    "06:35Z" the next day is 22:35-08:00), else the day alone.

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
    return DateMention(day.isoformat(), None, None, day, "day", source)


def _as_local(naive: dt.datetime, instant: dt.datetime) -> dt.datetime | None:
    """``naive`` (a wall-clock time) with the zone that makes it ``instant``, when one does: a
    whole quarter-hour offset of at most 14 hours; else ``None``."""
    offset = naive - instant.astimezone(dt.timezone.utc).replace(tzinfo=None)
    if abs(offset) > dt.timedelta(hours=14) or offset % dt.timedelta(minutes=15):
        return None
    return naive.replace(tzinfo=dt.timezone(offset))


def _instants(tree: Any, m: _Markup, ld_keys: tuple[str, ...], meta_keys: tuple[str, ...],
              marks: re.Pattern[str]) -> tuple[tuple[Any, Source], ...]:
    """Every statement of a date-time of one kind (published or modified) in the markup, the
    article's JSON-LD first, then its meta tags, then ``<time datetime>`` elements marked so."""
    out: list[tuple[Any, Source]] = [(_ld_value(m, k), "json-ld") for k in ld_keys]
    out += [(m.meta.get(k), "meta") for k in meta_keys]
    for el in tree.iterfind(".//time"):
        if el.get("datetime") and (el.get("pubdate") is not None or marks.search(
                " ".join(str(el.get(a) or "") for a in ("itemprop", "class", "id")))):
            out.append((el.get("datetime"), "html"))
    return tuple((raw, src) for raw, src in out if isinstance(raw, str))


#: how far into a page's visible text, and how many words long, a date line of its own stands
_TOP_CHARS, _LINE_WORDS = 3000, 6


def _top_date_lines(tree: Any) -> list[str]:
    """The short texts (at most ``_LINE_WORDS`` words: a date line, not a sentence) of the first
    ``_TOP_CHARS`` characters of the page's visible text that hold a digit.

    >>> from lxml import html
    >>> _top_date_lines(html.fromstring("<html><body><p>Home</p><span>Apr 7, 2009</span>"
    ...                                 "<p>In 2009, the town of Lee voted on a plan for its roads.</p></body></html>"))
    ['Apr 7, 2009']
    """
    body = tree.find(".//body")
    out: list[str] = []
    size = 0
    if body is None:
        return out
    for el in body.iter():
        if not isinstance(el.tag, str) or el.tag in _HIDDEN:
            continue
        for t in (el.text, el.tail):
            if t and t.strip():
                piece = t.strip()
                if len(piece.split(None, _LINE_WORDS)) <= _LINE_WORDS and any(c.isdigit() for c in piece):
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


#: a post's year and month in its address ("/2011/12/kein-cyberterrorismus/")
_URL_MONTH = re.compile(r"/((?:19|20)\d{2})/(0?[1-9]|1[0-2])/")
# how far past the start of its headline a page prints its date (bylines, "Updated ...")
_PRINTED_WITHIN = 400


def _dates(
    tree: Any, m: _Markup, url: str | None, fast_date: str | None, text: str, max_date: str,
    around: tuple[str, int, list[str], list[Any], list[int]]
) -> tuple[DateMention | None, DateMention | None]:
    # htmldate's fast reading (through trafilatura), then the page's own statements of its
    # publication date, most specific first.
    cands: list[tuple[dt.date, Source]] = []
    others: set[dt.date] = set()
    stated = _stated_dates(tree, m, others)
    fast = _as_date(fast_date)
    if fast in others and all(fast != d for d, _src in stated):
        fast = None  # htmldate's reading of a review's or a comment's date (microdata of another item)
    for day, src in ((fast, None), *stated):
        if day is not None and all(day != c[0] for c in cands):
            cands.append((day, src or _source_of(day, m, url, _PUB_KEYS, "datePublished")))
    mod = _as_date(_ld_value(m, "dateModified")) or next(
        (d for d in (_as_date(m.meta.get(k)) for k in _MOD_KEYS) if d is not None), None
    )
    visible, at, _printed, _credits, starts = around
    head = (visible[max(0, at - 100) : at + 1500] if at >= 0 else visible[:3000]) or text[:1500]
    latest = dt.date.fromisoformat(max_date)
    near = visible[max(0, at - 100) : at + _PRINTED_WITHIN] if at >= 0 else ""
    month_first = _month_first(m)
    printed = [d for k, d in _printed_dates(near, m.lang, month_first)
               if d <= latest and _date_line(visible, starts, max(0, at - 100) + k)]
    # The first of them (or the modification date) that the page prints by its headline wins: the
    # date a reader sees.  If it prints none of them but prints a date right by the headline, that
    # one (the markup then describes another version of the page); else the first statement.
    modified = [(mod, _source_of(mod, m, url, _MOD_KEYS, "dateModified"))] if mod is not None else []
    shown = [*cands, *modified]
    chosen = next((c for c in shown if _in_text(c[0], head, month_first)), None)
    if (chosen is not None and printed and chosen[1] == "html" and chosen[0] == fast and printed[0] != fast
            and all(fast != d for d, _src in stated) and not _in_text(fast, near, month_first)):
        # htmldate's guess that no markup states, printed only further down (a list of other
        # stories under a short article), yields to the date printed right by the headline
        chosen = printed[0], "html"
    if chosen is None and cands and printed:
        chosen = next((c for c in cands if c[1] == "url"), None) or (printed[0], "html")
    elif chosen is None and cands:
        # the publishing system's own date in the page's address outranks a date in the text;
        # htmldate's fast reading that no markup states as the publication date (a date class on
        # any element, a comment's or a list's) and neither the page's top nor the article prints
        # is a guess: a date the page prints by its headline is the one a reader sees
        chosen = next((c for c in cands if c[1] == "url"), None)
        guessed = cands[0][0] == fast and all(cands[0][0] != d for d, _src in stated)
        if chosen is None and guessed and not _in_text(cands[0][0], text[:1500], month_first):
            shown_top = [d for k, d in _printed_dates(head, m.lang, month_first)
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
        lines = _top_date_lines(tree)
        try:
            from htmldate import find_date

            if (_any_day().search(text[:1500].casefold()) or _any_day().search(head[:700].casefold())
                    or any(_any_day().search(t.casefold()) for t in lines)):
                guess = _as_date(find_date(tree, url=url, extensive_search=True, original_date=True,
                                           outputformat="%Y-%m-%d", max_date=max_date))
        except Exception:  # htmldate failing on a page is "no date", never the caller's problem
            guess = None
        if guess is not None and any(_in_text(guess, t, month_first) for t in (text[:1500], head[:700], *lines)):
            published, source = guess, "text"
    month = _URL_MONTH.search(url) if published is None and url else None
    if month is not None:
        # the publishing system's year and month in the page's address: a day of that month the
        # page prints by its article ("wurde am 19. Mai 2010 um 23:03 Uhr gepostet")
        ym = int(month.group(1)), int(month.group(2))
        published = next((d for _, d in _printed_dates(visible, m.lang, month_first) if (d.year, d.month) == ym),
                         None)
        source = "html" if published is not None else None
    updated = None
    if mod is not None and published is not None and mod > published:
        updated = _mention(*modified[0], _instants(tree, m, ("dateModified",), _MOD_KEYS, _TIME_MODIFIED))
    if published is None or source is None:
        return None, updated
    instants = _instants(tree, m, ("datePublished", "dateCreated"), _PUB_KEYS, _TIME_PUBLISHED)
    return _mention(published, source, instants), updated


# ---------------------------------------------------------------------------------------------
# authors and tags

# Words around a name that are not the name: labels before it, interface text after it.
_AUTHOR_LABEL = re.compile(
    r"^(?:(?:view|see|show)\s+all\s+(?:posts|articles|stories)\s+by|(?:zeige\s+)?alle\s+(?:beiträge|artikel)\s+von"
    r"|(?:mehr\s+)?(?:beiträge|beitrag|artikel|posts?|articles?|stories)\s+(?:von|by)"
    r"|(?:written|posted|reported|published|text|story|photos?)\s+by|(?:veröffentlicht|geschrieben|verfasst)\s+von"
    r"|(?:publié|écrit|rédigé)\s+par|über|about|(?:publicado|escrito)\s+por|(?:pubblicato|scritto)\s+da|by|von|par|por|door|av|af|di(?=\s)"
    r"|autor(?:in)?|author|auteur|verfasser(?:in)?|texto?|作者|责任编辑|责编|编辑|记者|撰文|文)\b\s*[:：]?\s*"
    r"|(?-i:(?:[Bb]y|Author|Autor|Auteur|Von|Par|Por)(?=[A-Z][a-z]))",
    re.I,
)
_AUTHOR_UI = re.compile(
    r"\s+(?:tiempo\s+de\s+lectura|lesezeit|\d*\s*min(?:utes?)?\s+read|shares?|follow|folgen|twitter|facebook"
    r"|instagram|e-?mail|kommentare?|comments?|updated|aktualisiert|published|veröffentlicht|mehr\s+von"
    r"|contact|contactar|contacter|kontakt|publicado|publié|pubblicato|log\s?in|sign\s?in|anmelden|subscribe"
    r"|abonnieren|weiterlesen|read\s+more|whatsapp|linkedin|xing|pinterest|telegram|tweet|teilen)\b.*$",
    re.I,
)
# A degree or job title next to a name ("Grant Tinsley, PhD", "FOCUS-Online-Experte Robin Tschöpe").
_DEGREE = re.compile(
    r"^(?:ph\.?\s?d\.?|m\.?\s?d\.?|mba|m\.?\s?sc\.?|b\.?\s?sc\.?|m\.?a\.?|b\.?a\.?|rdn?|ll\.?m\.?|dipl\.?[-\w.]*|mph|cpa)$",
    re.I,
)
_JOB = re.compile(
    r"(?:^|[\s-])(?:[\w-]*(?:experte|expertin|redakteur|redakteurin|korrespondent|korrespondentin|reporter|reporterin|"
    r"kolumnist|kolumnistin)|staff|writer|editor|correspondent|columnist|contributor|contributing|professor|"
    r"officer|president|director|manager|founder|ceo)$",
    re.I,
)
# Words that make a credit line an organisation's, not a person's.
_ORG = re.compile(
    r"\b(?:gmbh|ag|se|inc|ltd|llc|e\.?\s?v|media|medien|news|nachrichten|magazine|online|press|presse|agency|"
    r"agencies|institute|university|universität|ministerium|ministry|group|gruppe|foundation|radio|tv|"
    r"fernsehen|network|agencia|agence|afp|dpa|apa|reuters|ap|efe|ansa|epd|kna|sid|"
    r"\w*(?:verlag|zeitung|magazin|agentur|agenturen|institut|landesanstalt|verband|stiftung|blatt|anzeiger|rundschau"
    r"|gruppe|medien|konzern|holding))\b",
    re.I,
)
# A newsroom's collective credit ("Redaktion", "Staff reports", "PETA-Team"): kept only on a page
# that credits no person.
_NEWSROOM = re.compile(r"\b(?:redaktion|editorial|newsroom|team|staff|rédaction|redacción|redazione)\b", re.I)
# A lone word that is interface text, not a name ("Name", "Datum", "Admin").
_NOT_A_NAME = frozenset(re.findall(r"\S+", """
    name datum date human admin administrator wordpressadmin webmaster author autor autorin auteur editor
    guest gast anonymous anonym unknown user home login password passwort share teilen menu search suche
    posted published by von red said says sagt tweet follow folgen login logout anmelden abmelden registrieren
    register subscribe abonnieren benutzername username passwort kommentieren comment comments reply antworten
    print drucken email mail more mehr weiterlesen profil profile artikel article articles posts über about
    veröffentlicht aktualisiert updated publicado publié pubblicato gepubliceerd"""))
_DOMAIN = re.compile(
    r"https?:|www\.|@|\.[a-z]{2,4}\b|\s(?:com|de|net|org|it|ch|at|fr|es|uk|info|io|eu|nl|be|pl|ru|cn)$"
    r"|^(?:facebook|twitter|instagram|linkedin|youtube|tiktok|xing)\b",
    re.I,
)
_MONTH_WORDS = frozenset(n for ns in _MONTHS.values() for n in ns)
# Where a name ends: a separator, another labelled field, an agency's mark in brackets.
_NAME_END = re.compile(r"\s+[|·•–—-](?:\s|$)|\s+\S{1,12}[:：]|\s*[（(][^()（）]{0,30}[)）]?\s*$")
# A date after a name: its first digits, a numeric date, or a day and a month's name after them
_DIGITS = re.compile(r",?\s+(\d)")
_NUMERIC_DAY = re.compile(r"\d{1,4}[./-]\d{1,2}[./-]\d{2,4}\b")
_DAY_MONTH = re.compile(r"\d{1,2}\.?\s+([^\W\d_]{3,10})\b")
# The words that open a date after a name ("Ann Lee am 3. Mai", "Ann Lee on May 3")
_DATE_LEAD = frozenset(re.findall(r"\S+", "am on le el il den vom du del op em at vor hace"))
_AFFILIATED = re.compile(r"\s(?:for|from|in|aus|für|en|pour|para|per)\s(?=[^\W\d_])", re.I)
# Words that qualify a job title ("Senior", "Associate"), left over when the title is cut off.
_JOB_MODIFIERS = frozenset(re.findall(r"\S+", """
    senior junior associate assistant chief executive managing deputy special contributing staff
    leitender leitende stellvertretender stellvertretende freier freie"""))
#: the longest agency's or desk's mark written after a name and a slash
_MARK_CHARS = 12
_NAME_SPLIT = re.compile(r"\s*(?:;|\s(?:(?i:and|und|im\sgespräch\smit|in\sconversation\swith)|y|et|&)\s)\s*")
_ARTICLES = frozenset(re.findall(r"\S+", "the die der das el la le les l il lo het de"))
# Lowercase words inside a person's name: nobiliary and patronymic particles.
_PARTICLES = frozenset(re.findall(r"\S+", """
    de del della der den di da das do dos du la le van von ter ten zu y e bin ibn al el"""))
# Short words of interface phrases ("Sign in", "Share on", "Posted by"): never a surname typed in lowercase
_FUNCTION_WORDS = frozenset(re.findall(r"\S+", "in on at to by up out of for off with from via"))
#: At most this many names are read from one credit (a JSON-LD author list, a credit line): a
#: news article credits a few people, and a page listing thousands must not cost time per name.
_MAX_NAMES = 25
_PHOTO = re.compile(r"(?:bild|foto|fotos|photo|photos|image|quelle|source|credit)\b", re.I)
# Possessive determiners: a credit that opens with one is a phrase ("deinen Hochzeitsbloggern", "Your
# Editors", "Notre équipe"), not a name (words that are also surnames, "Son", "Su", "Mi", are left out)
_POSSESSIVES = frozenset(re.findall(r"\S+", """
    my your our their mein meine meinen meinem meiner dein deine deinen deinem deiner unser unsere unseren
    unserem unserer euer eure euren eurem notre votre nos vos nuestro nuestra nuestros vuestro vuestra
    nostro nostra vostro vostra onze jullie"""))


def _person(raw: str, not_names: set[str], *, newsroom: bool = False) -> str | None:
    """``raw`` cleaned to a person's name, or ``None`` when it is not one: labels, interface text,
    job titles and degrees removed; organisations, the site's own name, addresses and dates refused
    (a newsroom's collective credit too, unless ``newsroom``).

    >>> _person("Zeige alle Beiträge von Petra Ruland", set()), _person("FOCUS-Online-Experte Robin Tschöpe", set())
    ('Petra Ruland', 'Robin Tschöpe')
    >>> _person("Adam Aaronson PhillyVoice Staff", {"phillyvoice"}), _person("Finanztreff De", set())
    ('Adam Aaronson', None)
    >>> _person("作者：李明", set()), _person("Deutsche Presse-Agentur", set()), _person("PhD", set())
    ('李明', None, None)
    """
    name = _clean(raw[:500]).strip(" ,;:|()（）[]→←»«›‹>")
    for _ in range(3):
        name = _AUTHOR_LABEL.sub("", name, count=1).strip(" ,;:|-–—")
    # what follows the name: another labelled field ("作者：张三 来源：新华社"), a part after a
    # separator ("Ann Lee | AFP", "Ann Lee · 5 min read"), an agency in brackets ("Ann Lee (AP)")
    name = _NAME_END.split(name, maxsplit=1)[0]
    # ... or a date ("Ann Lee am 29.12.2010", "Ann Lee, March 3, 2020", "Ann Lee 3. Mai 2021")
    name = _without_date(name)
    # ... or a place or a publication after a preposition ("Ann Lee in Berlin", "for The Times")
    head, *_rest = _AFFILIATED.split(name, maxsplit=1)
    name = head if len(head.split()) >= 2 else name
    name = _AUTHOR_UI.sub("", name)
    words = name.split()
    while words and _DEGREE.match(words[-1].strip(",")):
        words.pop()
    # a degree alone, as trafilatura splits it off a name ("Ann Lee; M D")
    if words and _DEGREE.match(" ".join(words)):
        return None
    # a particle or the word that opens a date is not a name's last word ("María López el", its date cut off)
    while len(words) > 2 and words[-1] in _PARTICLES | _DATE_LEAD:
        words.pop()
    # a job title before the name ("Senior Editor Jane Doe") or after it ("Jane Doe Staff Writer")
    cut = next((k for k, w in enumerate(words) if _JOB.search(w.strip(","))), None)
    if cut is not None:
        # (a newsroom's credit made of job words alone, "Staff Writer", is kept as it is)
        staff = newsroom and _NEWSROOM.search(name) is not None and all(
            _JOB.search(w) or w.casefold() in _JOB_MODIFIERS for w in words)
        words = words[cut + 1 :] if cut < len(words) / 2 else words[:cut]
        while words and words[-1].strip(",").casefold() in _JOB_MODIFIERS:
            words.pop()
        if len(words) < 2 and not staff:
            return None
        words = name.split() if staff else words
    # after a name of two words or more, a comma starts a place, a role or an affiliation ("Jane
    # Doe, Berlin", "Jane Doe, Senior Editor"), unless another name follows (a list: kept whole)
    comma = next((k for k, w in enumerate(words) if w.endswith(",")), None)
    if (comma is not None and comma >= 1 and all(w[:1].isupper() or w in _PARTICLES for w in words[: comma + 1])
            and (len(words) - comma - 1 < 2 or _person(" ".join(words[comma + 1 :]), not_names) is None)):
        words = words[: comma + 1]
    # the site's name after a person's name ("Adam Aaronson PhillyVoice", "Matthias herrpfleger")
    while ((len(words) > 2 or (len(words) == 2 and words[-1].islower()))
           and _norm(words[-1]).replace(" ", "") in not_names):
        words.pop()
    name = " ".join(words).strip(" ,;:|-–—")
    # an agency's or a desk's mark after a slash ("Peter Maahn/SP-X", "Anna Berg/dpa")
    head, slash, tail = name.partition("/")
    if slash and len(head.split()) >= 2 and len(tail) <= _MARK_CHARS and " " not in tail.strip():
        name = head.strip()
    # an agency or a publisher after a comma is the person's affiliation ("David Hutzler, dpa")
    head, _comma, tail = name.rpartition(", ")
    if head and (_ORG.search(tail) or _DOMAIN.search(tail)) and not (_ORG.search(head) or _DOMAIN.search(head)):
        name = head
    if _DOMAIN.search(name) or _ORG.search(name) or (_NEWSROOM.search(name) and not newsroom):
        return None
    low = _norm(name)
    # interface words alone ("Über den Autor", "Mehr Artikel")
    if low and set(low.split()) <= _NOT_A_NAME | _PARTICLES | _ARTICLES:
        return None
    digits = sum(c.isdigit() for c in name)
    if not low or len(name) > 60 or low in _NOT_A_NAME or (digits and (" " in name or digits * 2 >= len(low))):
        return None
    # a photo's credit, or a sentence ("Hecho en Bolivia con Drupal por Smartica"): names do not
    # hold two lowercase words beside their particles
    # a capitalised word after a lowercase one is a phrase ("deinen Hochzeitsbloggern"), not a name
    # (a surname typed in lowercase after a capitalised given name, "Mobasir hassan", is a name; a
    # lowercase word after two, "Houzz Deutschland vor", is not)
    kept = name.split()
    if kept and kept[0].casefold() in _POSSESSIVES:
        return None
    lower = [k for k, w in enumerate(kept) if w.islower() and w not in _PARTICLES]
    if "©" in raw or _PHOTO.match(name) or len(lower) >= 2 or (
            lower and (any(w[:1].isupper() for w in kept[lower[0] :]) or len(kept) > 2
                       or kept[lower[0]] in _FUNCTION_WORDS or kept[0].casefold() in _NOT_A_NAME)):
        return None
    if low in _MONTH_WORDS or (any(w in _MONTH_WORDS for w in low.split()) and any(c.isdigit() for c in raw)):
        return None  # a date left in the credit line
    # The site's own name is its publisher's, unless it is shaped like a person's (a personal blog
    # named after its author): two or more words, not opening with an article ("Die FURCHE").
    if low.replace(" ", "") in not_names and (len(low.split()) < 2 or low.split()[0] in _ARTICLES):
        return None
    return name


def _without_date(name: str) -> str:
    """``name`` without a date written after it, and the words that open the date.

    >>> _without_date("Ann Lee am 29.12.2010"), _without_date("Ann Lee, March 3, 2020"), _without_date("Ann Lee 3. Mai")
    ('Ann Lee', 'Ann Lee', 'Ann Lee')
    >>> _without_date("Ann Leevor 5 Stunden")
    'Ann Leevor 5 Stunden'
    """
    digit = _DIGITS.search(name)
    if digit is None:
        return name
    words = name[: digit.start()].split()
    after = name[digit.start(1) :]
    month = _DAY_MONTH.match(after)
    if not (_NUMERIC_DAY.match(after) or (month and month.group(1).casefold() in _MONTH_WORDS)
            or (words and words[-1].casefold().strip(".,") in _MONTH_WORDS | _DATE_LEAD)):
        return name
    while len(words) > 1 and (
            (low := words[-1].casefold().strip(".,")) in _DATE_LEAD or (low in _MONTH_WORDS and len(words) > 2)):
        words.pop()
    return " ".join(words).rstrip(",")


def _not_names(m: _Markup, sitename: str | None, url: str | None) -> set[str]:
    """The site's and publisher's names (compact, normalised): never an author."""
    names = [m.meta.get("og:site_name"), m.meta.get("application-name"), sitename]
    pub = _ld_value(m, "publisher")
    names += [pub.get("name")] if isinstance(pub, dict) and isinstance(pub.get("name"), str) else []
    out = set()
    for n in names:
        for part in [n, *_SEPARATORS.split(n)] if n else []:
            if _norm(part):
                out.add(_norm(part).replace(" ", ""))
    if url:
        host = re.sub(r"^[a-z]+://(www\d?\.)?", "", url.lower()).split("/")[0]
        out |= {_norm(host).replace(" ", ""), _norm(host.rsplit(".", 1)[0]).replace(" ", "")}
    return {n for n in out if n}


def _ld_people(m: _Markup, *, typed: bool = False) -> list[str]:
    """The names of the article's JSON-LD authors that are persons (organisations are not authors;
    an author given by ``@id`` is looked up in the page's graph); with ``typed``, only those the
    JSON-LD types ``Person``."""
    ld = _ld_value(m, "author")
    by_id = {i.get("@id"): i for i in m.jsonld if isinstance(i.get("@id"), str)}
    out = []
    for a in ld[:_MAX_NAMES] if isinstance(ld, list) else [ld] if ld else []:
        if isinstance(a, dict) and "name" not in a and a.get("@id") in by_id:
            a = by_id[a["@id"]]
        if isinstance(a, dict):
            t = a.get("@type")
            types = [str(x).lower() for x in (t if isinstance(t, list) else [t])]
            if any(x in ("organization", "newsmediaorganization", "corporation") for x in types):
                continue
            if typed and "person" not in types:
                continue
            a = a.get("name")
        if isinstance(a, str):
            out.append(a)
    return out


def _authors(m: _Markup, traf_author: str | None, sitename: str | None = None, url: str | None = None,
             printed: list[str] | None = None) -> tuple[Author, ...]:
    """The article's authors, persons only: the JSON-LD's persons, else trafilatura's candidates,
    each cleaned (:func:`_person`), split where one string names several, deduplicated."""
    not_names = _not_names(m, sitename, url)
    meta = m.meta.get("author", "")
    # trafilatura's author that the page marks as a commenter's, and nowhere as the article's, is not one
    stated = {_norm(x) for x in (meta, *_ld_people(m), *(c for _k, c in m.credits))}
    if traf_author and _norm(traf_author) in m.commenters - stated:
        traf_author = None
    # a credit line naming a web address is the publisher's, also as trafilatura rewrites it
    # ("facebook.com/gazette" -> "Gazette")
    # (a handle is not one: "Ann Lee (@annlee)")
    address = _norm(meta).replace(" ", "") if _DOMAIN.search(re.sub(r"@\w+", "", meta)) else ""
    cands: list[tuple[list[str], Source]] = [
        (_ld_people(m), "json-ld"), ([traf_author] if traf_author else [], "html"), ([meta] if meta else [], "meta"),
        # the credit lines the markup marks, one at a time (trafilatura drops many: it prunes
        # whole sections of the page before it looks)
        # (a one-word credit only from a link to the author's page, microdata or hCard: a class
        # marks labels too)
        *(([c], "html") for kind, c in m.credits[:5] if kind <= 1 or len(c.split()) >= 2),
        # and last the names printed after a credit's label by the headline
        *(([c], "html") for c in (printed or [])[:3]),
    ]
    # the page's own spelling of a name that trafilatura or a JSON-LD login rewrote ("happyface313"
    # -> "Happyface", "christian.stadtfeld"): any credit line that says the same letters
    written: dict[str, str] = {}
    for w in (*_ld_people(m), traf_author or "", meta, *(c for _k, c in m.credits[:5])):
        if w and not _NAME_SPLIT.search(w) and len(w) >= len(written.get(_letters(w), "")):
            written[_letters(w)] = w
    fuller = [n for raw in (traf_author or "", meta, *(c for _k, c in m.credits[:5]), *(printed or [])[:3])
              for p in _names_in(raw) if (n := _person(p, not_names)) and 2 <= len(n.split()) <= 4]
    # The byline a reader sees — printed by the headline, or linked to the author's page
    # (rel=author) — comes first when it names persons and none of them is among the JSON-LD's
    # persons (else trafilatura's and the author meta tag's): those name the publishing system's
    # account, a page's editor.
    # (each credit line's persons read once)
    lines = [*(printed or [])[:3], *(c for kind, c in m.credits[:5] if kind == 0)]
    shown_persons = [(c, named) for c in lines if (named := _persons(c, not_names))]
    shown = [c for c, _named in shown_persons]
    others = ({n for raw in cands[0][0] for n in _persons(raw, not_names)}
              or {n for raws, _src in cands[:3] for raw in raws for n in _persons(raw, not_names)})
    if shown and others and not others & {n for _c, named in shown_persons for n in named}:
        cands = [(shown, "html"), *cands]
    # a name the JSON-LD types as a Person, or a link to the author's page, microdata or an hCard
    # names, is a person's, also when it is the site's (a personal blog named after its author's
    # login, "happyface313") ...
    typed = {_norm(n).replace(" ", "") for raw in (*_ld_people(m, typed=True), *(c for k, c in m.credits if k <= 1))
             if (n := _person(raw, set()))}
    # the markup's persons first, then trafilatura's, then the author meta tag as written; a
    # newsroom's credit only when none of them names a person
    for newsroom in (False, True):
        for raws, src in cands:
            # (like a newsroom's credit, only when nothing else names a person: "L'Opinion")
            excluded = not_names - typed if newsroom else not_names
            out: list[Author] = []
            seen: set[str] = set()
            for raw in raws:
                parts = _names_in(raw)
                # an organisation's name that holds a conjunction ("Landesanstalt für Wald und
                # Forstwirtschaft") is not two names
                if len(parts) > 1 and ";" not in raw and _ORG.search(parts[0]):
                    continue
                # (the page's own spelling refused as the site's name is not taken as trafilatura
                # rewrote it: "happyface313" -> "Happyface")
                names = [_person(w, excluded, newsroom=newsroom)
                         or (None if _norm(w).replace(" ", "") in excluded else _person(p, excluded, newsroom=newsroom))
                         for p in parts for w in (_as_written(p, written),)]
                persons = [n for n in names if n is not None]
                for name in persons:
                    compact = _norm(name).replace(" ", "")
                    if _norm(name) in seen or (address and len(compact) > 3 and compact in address):

                        continue
                    # of a credit that names several, a one-word part beside a refused one is a
                    # fragment of an organisation's name ("Landesanstalt für Wald; Forstwirtschaft"),
                    # and the site's own name beside a person is the publisher's
                    if len(parts) > 1 and ((" " not in name and len(persons) < len(parts))
                                           or (compact in not_names and len(persons) > 1)):
                        continue
                    seen.add(_norm(name))
                    out.append(Author(name, None, None, src))
            if out:
                return tuple(_fuller(a, fuller) for a in out)
    return ()


def _persons(raw: str, not_names: set[str]) -> set[str]:
    """The persons a credit line names, normalised."""
    return {_norm(n) for p in _names_in(raw) if (n := _person(p, not_names))}


def _names_in(raw: str) -> list[str]:
    """A credit line's parts that may each name a person: split on ";" and on "and", "und", "&"
    ...; of a list naming a person of two words or more, a one-word part is a place or an agency
    (trafilatura writes a list it split on commas with semicolons: "Ann Lee; London; Bo Roe").
    (A comma is not split on: "Ann Lee, Bo Roe" stays one credit, as the dev gold writes it.)

    >>> _names_in("Ann Lee und Bo Roe"), _names_in("Ann Lee; London; Bo Roe"), _names_in("Ann Lee; Lisbon")
    (['Ann Lee', 'Bo Roe'], ['Ann Lee', 'Bo Roe'], ['Ann Lee'])
    """
    parts = _NAME_SPLIT.split(raw)[:_MAX_NAMES]
    if len(parts) > 1 and any(len(p.split()) >= 2 and _person(p, set()) is not None for p in parts):
        return [p for p in parts if len(p.split()) >= 2]
    return parts


def _as_written(part: str, written: dict[str, str]) -> str:
    """``part`` as the page writes it elsewhere with the same letters ("happyface" -> "happyface313"),
    never a spelling with fewer characters (a login's digits are part of it)."""
    other = written.get(_letters(part), part)
    return other if len(other) >= len(part.strip()) else part


def _fuller(author: Author, fuller: list[str]) -> Author:
    """``author``, or the same person's full name when the page writes it elsewhere ("Todd" in the
    JSON-LD, "Todd Bates" in the byline)."""
    if " " in author.name:
        return author
    first = author.name.casefold()
    full = next((f for f in fuller if f.split()[0].casefold() == first), None)
    return attrs.evolve(author, name=full) if full else author


def _letters(s: str) -> str:
    """A name's letters alone, casefolded, accents dropped: how two spellings of a name compare."""
    return "".join(c for c in unicodedata.normalize("NFKD", s.casefold()) if c.isalpha())


def _tags(m: _Markup, traf_tags: Any) -> tuple[Tag, ...]:
    raw: list[tuple[str, Source]] = []
    kw = _ld_value(m, "keywords")
    if isinstance(kw, str):
        raw += [(x, "json-ld") for x in kw.split(",")]
    elif isinstance(kw, list):
        raw += [(x, "json-ld") for x in kw if isinstance(x, str)]
    for key in ("article:tag", "news_keywords", "keywords"):
        if not raw and m.meta.get(key):
            raw += [(x, "meta") for x in m.meta[key].split(",")]
    if not raw and traf_tags:
        raw += [(x, "html") for x in traf_tags if isinstance(x, str)]
    out: list[Tag] = []
    seen: set[str] = set()
    for t, src in raw:
        t = _clean(t)
        if t and len(t) <= 60 and _norm(t) not in seen:
            seen.add(_norm(t))
            out.append(Tag(t, None, None, src))
    return tuple(out[:30])


# ---------------------------------------------------------------------------------------------


#: A start tag whose attributes run longer than this is cut to the attributes in its first
#: ``_TAG_CHARS`` characters before parsing: lxml and htmldate are quadratic in the number of
#: attributes of one element (100,000 of them took minutes), and no page needs so many.
_TAG_CHARS = 4000
# (the lookahead first checks, in one pass over the tag, that it is that long: without it the
# name's {0,40} gave back one character at a time and the run after it was scanned again each time)
_LONG_TAG = re.compile(rf"<(?=[a-zA-Z][^<>]{{{_TAG_CHARS}}})([a-zA-Z][\w:-]{{0,40}})([^<>]{{{_TAG_CHARS},}})>")
_ATTRIBUTE = re.compile(r"""\s+[^\s=<>"'/]+(?:\s*=\s*(?:"[^"<>]*"|'[^'<>]*'|[^\s<>"']+))?""")


def _short_tags(html: str) -> str:
    """``html`` with every start tag longer than ``_TAG_CHARS`` cut to its first attributes
    (one linear pass; the runs matched stop at the next ``<`` or ``>``).

    >>> _short_tags("<div " + "a=1 " * 2000 + ">x</div>").count("a=1")
    1000
    """
    if len(html) < _TAG_CHARS:
        return html

    def cut(m: re.Match[str]) -> str:
        head = m.group(2)[:_TAG_CHARS]
        return "<" + m.group(1) + "".join(a.group(0) for a in _ATTRIBUTE.finditer(head)) + ">"

    return _LONG_TAG.sub(cut, html)


#: lxml's HTML parser stops at 256 levels of nesting and the rest of the page is lost; on a page
#: that hits the limit, deeper container elements are dropped (their text kept) and the page is
#: parsed again, so the article is read.
_MAX_DEPTH = 200
_CONTAINER = re.compile(r"<(/?)(?:div|span|section|article|main|aside|header|footer|nav|font|blockquote|ul|ol|li|"
                        r"table|tbody|tr|td|center|b|i|em|strong|a|p)\b[^<>]*>", re.I)


def _flatten(html: str) -> str:
    """``html`` with container tags nested deeper than ``_MAX_DEPTH`` dropped (one linear pass
    over its tags; nothing changes on a page nested less deeply).

    >>> _flatten("<div>" * 300 + "deep" + "</div>" * 300).count("<div>")
    200
    """
    if html.count("<") < 2 * _MAX_DEPTH:
        return html
    out: list[str] = []
    depth, pos = 0, 0
    for m in _CONTAINER.finditer(html):
        if m.group(1):
            depth = max(0, depth - 1)
            drop = depth >= _MAX_DEPTH
        else:
            depth += 1
            drop = depth > _MAX_DEPTH
        if drop:
            out.append(html[pos : m.start()])
            pos = m.end()
    if not out:
        return html
    out.append(html[pos:])
    return "".join(out)


#: Characters XML cannot hold, which the parser is not given (trafilatura's ``load_html`` removes
#: them too); and the same, but U+FFFE and U+FFFF, as UTF-8 bytes: looked for in the bytes, at a
#: fraction of the cost of the pattern over the text.
_NOT_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_NOT_XML_BYTES = bytes([*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20)])
_DOCTYPE = re.compile("< ?! ?DOCTYPE", re.IGNORECASE)
# how lxml.html.fromstring tells a whole page from a fragment, in a string and in bytes
_FULL_PAGE = re.compile(r"\s*<(?:html|!doctype)", re.I)
_FULL_PAGE_BYTES = re.compile(rb"\s*<(?:html|!doctype)", re.I)


@functools.cache
def _parser() -> Any:
    """trafilatura's HTML parser settings, with lxml.html's element classes found by a lookup
    in C (``lxml.html.HTMLParser`` asks a Python method for the class of every element that
    any code touches: thousands of calls a page)."""
    from lxml import etree, html

    lookup = etree.ElementNamespaceClassLookup(etree.ElementDefaultClassLookup(
        element=html.HtmlElement, comment=html.HtmlComment, pi=html.HtmlProcessingInstruction, entity=html.HtmlEntity))
    classes = lookup.get_namespace(None)
    for tag, cls in html.HtmlElementClassLookup._default_element_classes.items():
        classes[tag] = cls
    parser = etree.HTMLParser(collect_ids=False, default_doctype=False, encoding="utf-8", remove_comments=True,
                              remove_pis=True)
    parser.set_element_class_lookup(lookup)
    return parser


def _without_doctype(line: str) -> str:
    """The page's first line without an opening doctype that holds a slash (an XHTML one, which
    libxml2 misreads), as trafilatura's ``load_html`` removes it (its pattern, read in one pass).

    >>> _without_doctype('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0//EN"><html>')
    '<html>'
    >>> _without_doctype("<!doctype html><p>")
    '<!doctype html><p>'
    """
    m = _DOCTYPE.match(line)
    end = line.find(">", m.end()) if m else -1
    slash = line.rfind("/", m.end(), end) if m and end >= 0 else -1
    if slash < 0 or line.find("<", slash, end) >= 0:
        return line
    return line[end + 1 :]


def _parse(html: str) -> tuple[Any, Any]:
    """The page's tree, as trafilatura's ``load_html`` makes it from a string (the same repairs,
    the same rejection of a tree that is not a page), and the parser that made it.  Parsed from
    its UTF-8 bytes, which lxml reads faster than a ``str``, by :func:`_parser`; the characters
    XML cannot hold are looked for in the bytes.  A page that opens in a way the bytes would be
    read otherwise is left to ``load_html``."""
    from lxml.html import fromstring
    from trafilatura.utils import HTML_PARSER, load_html

    beginning = html[:50].lower()
    data = html.encode("utf-8", "surrogatepass")
    page = html
    if len(data.translate(None, _NOT_XML_BYTES)) < len(data) or b"\xef\xbf\xbe" in data or b"\xef\xbf\xbf" in data:
        page = _NOT_XML.sub("", page)
        data = page.encode("utf-8", "surrogatepass")
    if "doctype" in beginning:
        first, nl, rest = page.partition("\n")
        kept = _without_doctype(first)
        if kept != first or not nl:
            page = kept + "\n" + rest
            data = page.encode("utf-8", "surrogatepass")
    if (any("<html" in line and line.endswith("/>") for line in page[:4096].splitlines()[:4])
            or bool(_FULL_PAGE.match(page)) != bool(_FULL_PAGE_BYTES.match(data))):
        # an <html/> closed at once, or white space beyond ASCII's before the page: as load_html reads it
        return load_html(html), HTML_PARSER
    try:
        tree = fromstring(data, parser=_parser())
    except Exception:
        tree = None
    # (every path of load_html comes to this tree: a string's tree is that of its bytes)
    if tree is not None and "html" not in beginning and len(tree) < 2:
        tree = None
    return tree, _parser()


def read_html(html: str, /, *, url: str | None = None, reference_date: dt.date | None = None) -> HtmlDocument:
    """Extract the article text and metadata of an HTML page given as a string.

    Nothing is fetched: ``url`` is only evidence (a date in its path, the site's name).
    """
    try:
        import trafilatura

        html = _short_tags(html)
        tree, parser = _parse(html)
        if any("depth" in e.message for e in parser.error_log):
            # past lxml's nesting limit the rest of the page is lost: parse it again flattened
            tree, _ = _parse(_flatten(html))
    except Exception:
        tree = None
    if tree is None:
        return attrs.evolve(_EMPTY, warnings=("the HTML could not be parsed",))
    max_date = (reference_date + dt.timedelta(days=1)).isoformat() if reference_date else _FIXED_MAX_DATE
    try:
        markup = _read_markup(tree)
    except Exception:
        markup = _Markup()
    try:
        # fast=True: trafilatura's own extraction without its backup extractors (about a fifth of
        # its time, under 2% of the text on real pages)
        doc = trafilatura.bare_extraction(
            tree, url=url, with_metadata=True, include_comments=False, fast=True,
            date_extraction_params={"original_date": True, "extensive_search": False, "max_date": max_date},
        )
    except Exception:
        doc = None
    canonical, site, description = _site_fields(markup, url)
    base = attrs.evolve(_EMPTY, canonical_url=canonical, site_name=site, description=description,
                        language=markup.lang, language_source=markup.lang_source)
    if doc is None:
        return attrs.evolve(base, headline=_choose_headline(markup, None, None, url),
                            warnings=("no article text found in the HTML",))
    text = (getattr(doc, "text", None) or "").strip()
    headline = _choose_headline(markup, getattr(doc, "title", None), getattr(doc, "sitename", None), url)
    around = _around_headline(tree, headline.text if headline else None)
    markup.credits = _markup_credits(around[3], markup)
    published, updated = _dates(tree, markup, url, getattr(doc, "date", None), text, max_date, around)
    return attrs.evolve(
        base,
        text=text,
        headline=headline,
        authors=_authors(markup, getattr(doc, "author", None), getattr(doc, "sitename", None), url, around[2]),
        tags=_tags(markup, getattr(doc, "tags", None)),
        published=published,
        updated=updated,
    )


#: Fewer letters than this are too few to tell a language by (one tweet, a caption).
_FEW_LETTERS = 40
#: A detection this confident on a longer text is kept against the page's declaration.
_CONFIDENT = 0.9


def page_language(
    detected: Language | None, page: HtmlDocument | None, text: str
) -> tuple[Language | None, Source | None, tuple[str, ...]]:
    """The article's language, where it came from, and a warning when page and text disagree.

    The language detected in ``text`` stands, unless the text is too short to tell and the page
    declares its language (``<html lang>``, ``Content-Language``): then the declared one, with
    the detector's confidence in it (0 when the detector did not consider it).  A declaration
    that contradicts a confident detection is reported in the warnings.

    >>> doc = HtmlDocument("", None, (), (), None, None, "de", language_source="html")
    >>> lang, src, _ = page_language(Language("en", 0.4), doc, "Tor! 2:1")
    >>> lang.code, lang.confidence, src
    ('de', 0.0, 'html')
    >>> page_language(Language("en", 0.99), doc, "The city council voted on the new harbour plan this morning.")[1:]
    ('text', ("the page declares its language as 'de', its text reads as 'en'; the detected language is kept",))
    """
    source: Source | None = "text" if detected is not None else None
    if page is None or page.language is None or page.language_source is None:
        return detected, source, ()
    declared = page.language
    letters = sum(c.isalpha() for c in text[: _FEW_LETTERS * 20])
    if detected is None or letters < _FEW_LETTERS:
        # too short to tell: the declaration decides, even where the detector happens to agree
        known = [x for x in (detected, *(detected.alternatives if detected else ())) if x is not None]
        confidence = next((x.confidence for x in known if x.code == declared), 0.0)
        return Language(declared, confidence), page.language_source, ()
    if detected.code == declared:
        return detected, source, ()
    if detected.confidence >= _CONFIDENT:
        msg = (f"the page declares its language as {declared!r}, its text reads as {detected.code!r}; "
               "the detected language is kept")
        return detected, source, (msg,)
    return detected, source, ()


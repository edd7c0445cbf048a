"""What an HTML page's own markup says, read once per page for the other HTML readers.

:func:`_read_markup` walks the parsed tree once for the ``<meta>`` tags, the JSON-LD items, the
``<h1>``/``<h2>`` headings (with their pieces, for kickers), the credit elements and the page's
declared locale; :class:`_Markup` holds the result.  :mod:`newsmeta.html_titles`,
:mod:`newsmeta.html_dates` and :mod:`newsmeta.html_authors` decide from it;
:mod:`newsmeta.html_input` ties them together.
"""

from __future__ import annotations

import json
import re
import unicodedata
from typing import Any

import attrs

from newsmeta.records import Source

_SEPARATORS = re.compile(
    r"\s+[|\-–—:·•»«/]{1,2}\s+|\s+::\s+|\s*[|｜]\s*"
    # (Chinese and Japanese sites part a title from their names with "_" or "--" between letters:
    # "港口计划获批_新闻中心_新浪网", "港口计划获批--人民网")
    r"|(?<=[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af])(?:_|--)"
    r"(?=[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af])"
)


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


def _clean(s: object) -> str:
    # soft hyphens and zero-width spaces are hyphenation hints, not text
    return " ".join(str(s).replace("\u00ad", "").replace("\u200b", "").split()) if s else ""


def _norm(s: str) -> str:
    s = unicodedata.normalize("NFKC", s.replace("\u00ad", "")).casefold()  # soft hyphens are invisible
    return re.sub(r"[\W_]+", " ", s).strip()


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
    #: the names the markup marks as credits in another story's or the page's parts (an aside,
    #: the navigation, the page's footer, a list of dated stories, another ``<article>``), normalised
    others: set[str] = attrs.Factory(set)
    #: the <h1>s that link to the site's home page: a logo, the site's name (see :func:`_home_link`)
    h1_home: set[str] = attrs.Factory(set)
    #: the <h1>s inside the page's ``<article>`` or ``<main>`` (or marked as the article's
    #: ``itemprop="headline"``): the article's own, not the page header's
    h1_article: set[str] = attrs.Factory(set)
    #: the first <h2> of two words or more inside the page's ``<article>`` or ``<main>``: the
    #: article's heading on a page that prints no <h1>
    h2_article: str | None = None


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
            if _in_article(el):
                m.h1_article.add(text)
            m.h1_pieces.setdefault(text, pieces)
            split = _element_kicker(el)
            if split is not None:
                m.h1_kicker.setdefault(text, split)
        if len(m.h1) >= 5:
            break
    for _k, el in zip(range(_H2S), tree.iterfind(".//h2"), strict=False):
        text = _clean("".join(_pieces(el)))
        m.h2.add(_norm(text))
        if m.h2_article is None and len(text.split()) >= 2 and _in_article(el):
            m.h2_article = text
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


#: Elements that hold a page's article, not its header or navigation.
_ARTICLE_TAGS = ("article", "main")


def _in_article(el: Any) -> bool:
    """Is the heading ``el`` the article's: inside an ``<article>``, a ``<main>`` (or ``role="main"``),
    or marked ``itemprop="headline"``?"""
    if "headline" in (el.get("itemprop") or "").lower().split():
        return True
    for k, up in enumerate(el.iterancestors()):
        if k > 100:  # (a page nested deeper is read as if none held it)
            return False
        tag = up.tag.lower() if isinstance(up.tag, str) else ""
        if tag in _ARTICLE_TAGS or (up.get("role") or "").lower() == "main":
            return True
    return False


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
#: schema.org's kinds of article are named so (``ReportageNewsArticle``, ``OpinionNewsArticle``,
#: ``LiveBlogPosting``, ``SocialMediaPosting``): any type so named is an article's.
_ARTICLE_ENDINGS = ("article", "posting")


def _ld_value(m: _Markup, key: str) -> Any:
    """The first value of ``key`` in an article-like JSON-LD item (articles before other types)."""
    def rank(item: dict[str, Any]) -> int:
        t = item.get("@type")
        types = [str(x).lower() for x in (t if isinstance(t, list) else [t])]
        if any(x in _ARTICLE_TYPES[:-2] or x.endswith(_ARTICLE_ENDINGS) for x in types):
            return 0
        return 1 if any(x in _ARTICLE_TYPES for x in types) else 2

    for item in sorted(m.jsonld, key=rank):
        if rank(item) < 2 and item.get(key):
            return item[key]
    return None

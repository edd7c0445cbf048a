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

import contextlib
import datetime as dt
import functools
import re
from typing import Any

import attrs

from newsmeta.html_authors import _authors, _markup_credits, _short_text
from newsmeta.html_dates import _apart, _around_headline, _dates, _home
from newsmeta.html_markup import _HIDDEN, _clean, _ld_value, _Markup, _norm, _read_markup
from newsmeta.html_titles import _choose_headline
from newsmeta.records import Author, DateMention, Headline, Language, Source, Tag

__all__ = ["HtmlDocument", "page_language", "read_html"]


# htmldate rejects dates after ``max_date``; its default is today's date, a hidden clock.  We pass
# the caller's reference date when there is one, else this fixed bound, so results never depend on
# when they are computed.
_FIXED_MAX_DATE = "2099-12-31"


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
        # load_html rejects a fragment of one element; an article body from a feed or a CMS
        # export often is one (``<div>…</div>``, ``<p>…</p>``): it is read as a page's body
        tree = None
        if data.lstrip()[:1] == b"<":
            try:
                tree = fromstring(b"<html><body>" + data + b"</body></html>", parser=_parser())
            except Exception:
                tree = None
    return tree, _parser()


#: The functions of ``trafilatura.metadata`` that :func:`_page_metadata` calls.
_METADATA_STEPS = ("examine_meta", "extract_meta_json", "extract_title", "extract_author", "extract_url",
                   "extract_sitename", "extract_catstags")


def _page_metadata(tree: Any, url: str | None, max_date: str, *, tags: bool) -> Any:
    """The page's title, author, site name, date and (with ``tags``) tags as trafilatura's
    ``extract_metadata`` finds them, by its own steps, less those whose fields newsmeta does not
    read (the licence, the categories: a tenth of trafilatura's time on a page) and the tags when
    the markup already states them; ``None`` when a step is missing from the installed trafilatura
    or fails (another version's signature; the whole metadata is then read with the text, as
    trafilatura's own ``with_metadata=True`` does).  The tree is read, not changed."""
    try:
        from htmldate import find_date
        from trafilatura import metadata as tm
    except ImportError:
        return None
    if not all(callable(getattr(tm, name, None)) for name in _METADATA_STEPS):
        return None
    try:
        return _metadata_steps(tm, find_date, tree, url, max_date, tags=tags)
    except Exception:
        return None


def _metadata_steps(tm: Any, find_date: Any, tree: Any, url: str | None, max_date: str, *, tags: bool) -> Any:
    """:func:`_page_metadata`'s steps, with trafilatura's ``metadata`` module and htmldate's ``find_date``."""
    meta = tm.examine_meta(tree)
    if meta.author and " " not in meta.author:  # (one word in a meta tag: a login, not a name)
        meta.author = None
    # (trafilatura's JSON-LD reading fails on some pages: its meta tags then stand)
    with contextlib.suppress(Exception):
        meta = tm.extract_meta_json(tree, meta)
    meta.title = meta.title or tm.extract_title(tree)
    meta.author = meta.author or tm.extract_author(tree)
    meta.url = meta.url or tm.extract_url(tree, url)
    meta.date = find_date(tree, url=meta.url, original_date=True, extensive_search=False, max_date=max_date)
    meta.sitename = meta.sitename or tm.extract_sitename(tree)
    if meta.sitename:
        # a handle loses its "@"; a name in lower case (not a domain) is capitalised
        meta.sitename = meta.sitename.lstrip("@")
        if meta.sitename and "." not in meta.sitename and not meta.sitename[0].isupper():
            meta.sitename = meta.sitename.title()
    elif meta.url:
        meta.sitename = _host_name(meta.url)
    if tags and not meta.tags:
        meta.tags = tm.extract_catstags("tag", tree)
    meta.clean_and_trim()
    return meta


#: The host of a web address, without "www.": the site's name when the page states none.
_HOST = re.compile(r"https?://(?:www\.|w\d+\.)?([^/]+)")


def _host_name(address: str) -> str | None:
    """The host an address names, as trafilatura takes a site's name from it.

    >>> _host_name("https://www.example.org/news/1"), _host_name("about:blank")
    ('example.org', None)
    """
    m = _HOST.match(address)
    return m.group(1) if m else None


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
    # the tags the markup states (trafilatura's are read only when it states none)
    stated_tags = _tags(markup, None)
    try:
        # fast=True: trafilatura's own extraction without its backup extractors (about a fifth of
        # its time, under 2% of the text on real pages)
        meta = _page_metadata(tree, url, max_date, tags=not stated_tags)
        doc = trafilatura.bare_extraction(
            tree, url=url or getattr(meta, "url", None), with_metadata=meta is None, include_comments=False,
            fast=True, date_extraction_params={"original_date": True, "extensive_search": False, "max_date": max_date},
        )
        if doc is not None and meta is not None:
            for field in ("title", "author", "sitename", "date", "tags"):
                setattr(doc, field, getattr(meta, field, None))
    except Exception:
        doc = None
    canonical, site, description = _site_fields(markup, url)
    base = attrs.evolve(_EMPTY, canonical_url=canonical, site_name=site, description=description,
                        language=markup.lang, language_source=markup.lang_source)
    text = (getattr(doc, "text", None) or "").strip()
    warnings: tuple[str, ...] = ()
    if not text:
        # (a fragment of a few lines trafilatura finds no article in: its text is the page's text,
        # not lost; the page's markup still gives its title, dates and authors)
        text = _visible_text(tree)
        warnings = ("no article text found in the HTML" + ("; its visible text is read instead" if text else ""),)
    headline = _choose_headline(markup, getattr(doc, "title", None), getattr(doc, "sitename", None), url)
    around = _around_headline(tree, headline.text if headline else None)
    # (a credit the markup's structure places in another story or the page's furniture is not
    # the article's: :func:`_apart`)
    home = _home(around[5])
    apart = [_apart(el, home) >= 2 for el in around[3]]
    markup.others = {_norm(t) for el, off in zip(around[3], apart, strict=True) if off and (t := _short_text(el))}
    markup.credits = _markup_credits([el for el, off in zip(around[3], apart, strict=True) if not off], markup)
    published, updated = _dates(tree, markup, url, getattr(doc, "date", None), text, max_date, around)
    return attrs.evolve(
        base,
        text=text,
        headline=headline,
        authors=_authors(markup, getattr(doc, "author", None), getattr(doc, "sitename", None), url, around[2],
                         text=text),
        tags=stated_tags or _tags(markup, getattr(doc, "tags", None)),
        published=published,
        updated=updated,
        warnings=warnings,
    )


#: Elements that start a line of their own in the visible text.
_LINE_ELEMENTS = frozenset(
    (
        "p", "div", "br", "li", "tr", "td", "th", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6",
        "section", "article", "header", "footer", "blockquote", "pre", "ul", "ol", "table",
    )
)  # fmt: skip


def _visible_text(tree: Any) -> str:
    """The text a reader sees on the page, a line for each paragraph, heading or line break
    (scripts, styles and templates left out), read once in document order.

    >>> from lxml.html import fromstring
    >>> _visible_text(fromstring("<div>Rain fell.<br>Roads closed.<script>x()</script></div>"))
    'Rain fell.\\nRoads closed.'
    """
    from lxml import etree

    body = tree.find(".//body")
    root = body if body is not None else tree
    out: list[str] = []
    walk = etree.iterwalk(root, events=("start", "end"))
    for event, el in walk:
        tag = el.tag if isinstance(el.tag, str) else ""
        if event == "start":
            if tag in _HIDDEN:
                walk.skip_subtree()
                continue
            if tag in _LINE_ELEMENTS:
                out.append("\n")
            if el.text:
                out.append(el.text)
        else:
            if tag in _LINE_ELEMENTS:
                out.append("\n")
            if el is not root and el.tail:
                out.append(el.tail)
    lines = ("".join(out)).split("\n")
    return "\n".join(" ".join(line.split()) for line in lines if line.strip())


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

"""HTML pages: main text and metadata through trafilatura and htmldate, mapped into our records.

No network and no external entities: pages are parsed from the string we are given.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs

from newsmeta.records import Author, DateMention, Headline, Tag

__all__ = ["HtmlDocument", "read_html"]


@attrs.frozen
class HtmlDocument:
    """What the markup of a page says: its article text and metadata."""

    text: str
    headline: Headline | None
    authors: tuple[Author, ...]
    tags: tuple[Tag, ...]
    published: DateMention | None
    updated: DateMention | None
    language: str | None
    warnings: tuple[str, ...] = ()


def _date(value: Any, source: Any) -> DateMention | None:
    if not value:
        return None
    try:
        d = dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None
    return DateMention(str(value), None, None, d, "day", source)


def read_html(html: str, /, *, url: str | None = None) -> HtmlDocument:
    """Extract the article text and metadata of an HTML page."""
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False)
    except Exception:
        doc = None
    if doc is None:
        return HtmlDocument("", None, (), (), None, None, None, ("no article text found in the HTML",))
    get = (lambda k: getattr(doc, k, None)) if not isinstance(doc, dict) else doc.get
    title = get("title")
    headline = Headline(title, None, None, "html") if title else None
    authors = tuple(Author(a.strip(), None, None, "html") for a in (get("author") or "").split(";") if a.strip())
    tags = tuple(Tag(t.strip(), None, None, "html") for t in (get("tags") or []) if t and t.strip())
    return HtmlDocument(get("text") or "", headline, authors, tags, _date(get("date"), "html"), None,
                        get("language"))

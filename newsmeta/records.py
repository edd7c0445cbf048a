"""Typed, frozen records that newsmeta returns, and their conversion to plain JSON.

Every value read from the text carries ``start``/``end`` offsets into the text it was
read from (for :func:`newsmeta.extract`, ``Article.text``), so that
``text[rec.start:rec.end] == rec.text`` always holds.  Values read from HTML markup
have ``start = end = None`` and say where they came from in ``source``.

>>> from newsmeta.records import Headline, to_dict
>>> to_dict(Headline(text="Rain in Spain", start=0, end=13, source="text"))
{'text': 'Rain in Spain', 'start': 0, 'end': 13, 'source': 'text', 'kicker': None}
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any, Literal, TypeAlias, cast

import attr
import attrs

__all__ = [
    "Article",
    "Author",
    "DateMention",
    "Dateline",
    "Headline",
    "JSONValue",
    "Kicker",
    "Language",
    "Precision",
    "Record",
    "Section",
    "Source",
    "Tag",
    "to_dict",
]

#: Where a value came from.  ``"text"``: read from the plain text at ``start:end``;
#: ``"dateline"``: the date of a dateline in the text; ``"meta"``: an HTML ``<meta>`` tag;
#: ``"json-ld"``: a JSON-LD block; ``"html"``: other markup (``<h1>``, ``<time>``,
#: ``<title>``); ``"url"``: the page's URL; ``"reference_date"``: the date the caller passed.
Source = Literal["text", "dateline", "meta", "json-ld", "html", "url", "reference_date"]

#: How much of a date the text states.
Precision = Literal["year", "month", "day", "minute", "second"]

DateValue: TypeAlias = "dt.date | dt.datetime"

#: What :func:`to_dict` returns: plain JSON data.
JSONValue: TypeAlias = "str | int | float | bool | list[JSONValue] | dict[str, JSONValue] | None"


@attrs.frozen
class Language:
    """A language guess: an ISO 639-1 code, a confidence in [0, 1] and the runner-up guesses."""

    code: str
    confidence: float
    alternatives: tuple[Language, ...] = ()


@attrs.frozen
class Kicker:
    """A label before a headline, such as ``ANÁLISIS`` in ``ANÁLISIS | Putin ganó …``."""

    text: str
    start: int | None
    end: int | None


@attrs.frozen
class Headline:
    """A headline, subheadline or section heading, without its kicker.

    ``start`` and ``end`` index ``Article.text``; they are ``None`` for a headline read from
    markup (``source`` ``"meta"``, ``"json-ld"`` or ``"html"``) that the text does not show.
    """

    text: str
    start: int | None
    end: int | None
    source: Source
    kicker: Kicker | None = None


@attrs.frozen
class Section:
    """A contiguous stretch of text in one language; sections cover the text in order."""

    start: int
    end: int
    language: Language | None
    heading: Headline | None = None


@attrs.frozen
class DateMention:
    """A date found in the text or in markup.

    ``value`` is ``None`` when the text names a date that cannot be placed without guessing: a
    relative expression such as "yesterday" with no reference date, or a date stated without
    its year ("the 19th day of May") that nothing anchors.  ``year``, ``month`` and ``day`` are
    the parts of the date as far as they are known: those of ``value`` down to ``precision``
    when there is a value (they are filled in from it by default), else the parts the text
    states ("the 19th day of May": ``month=5, day=19, year=None``).  ``anchor`` is the date a
    relative expression was resolved against.  ``alternative`` is the other reading of an
    ambiguous numeric date ("03.04.2024"), set only when ``ambiguous`` is true.

    >>> import datetime
    >>> d = DateMention("1953", 0, 4, datetime.date(1953, 1, 1), "year")
    >>> d.year, d.month, d.day
    (1953, None, None)
    >>> d = DateMention("19th day of May", 0, 15, None, "day", month=5, day=19)
    >>> d.value, d.year, d.month, d.day
    (None, None, 5, 19)
    """

    text: str
    start: int | None
    end: int | None
    value: DateValue | None
    precision: Precision
    source: Source = "text"
    language: str | None = None
    relative: bool = False
    anchor: dt.date | None = None
    ambiguous: bool = False
    alternative: DateValue | None = None
    year: int | None = attrs.field(default=attrs.Factory(lambda self: _part(self, 0), takes_self=True))
    month: int | None = attrs.field(default=attrs.Factory(lambda self: _part(self, 1), takes_self=True))
    day: int | None = attrs.field(default=attrs.Factory(lambda self: _part(self, 2), takes_self=True))


#: How many of (year, month, day) each precision states.
_PARTS = {"year": 1, "month": 2, "day": 3, "minute": 3, "second": 3}


def _part(mention: DateMention, index: int) -> int | None:
    """Part ``index`` (0 year, 1 month, 2 day) of ``mention.value``, if its precision states it."""
    value = mention.value
    if value is None or index >= _PARTS.get(mention.precision, 3):
        return None
    return (value.year, value.month, value.day)[index]


@attrs.frozen
class Dateline:
    """A dateline such as ``LONDON, March 3 (Reuters) -``: place, agency and date kept apart.

    ``text`` is the whole dateline as it stands in the text, ``place`` the place only.
    """

    text: str
    start: int
    end: int
    place: str
    agency: str | None = None
    date: DateMention | None = None


@attrs.frozen
class Author:
    """An author from a byline or from markup; ``str(author)`` is the name."""

    name: str
    start: int | None
    end: int | None
    source: Source
    affiliation: str | None = None

    def __str__(self) -> str:
        return self.name


@attrs.frozen
class Tag:
    """A tag or keyword; ``str(tag)`` is its text."""

    text: str
    start: int | None
    end: int | None
    source: Source

    def __str__(self) -> str:
        return self.text


@attrs.frozen
class Article:
    """Everything newsmeta found in one document.

    ``text`` is the plain text every offset indexes into: the input itself for plain
    text (line breaks normalised to ``\\n``), the extracted article text for HTML.
    ``warnings`` lists what newsmeta had to repair in the input (for example undecodable
    bytes replaced), so that nothing is fixed silently.

    From an HTML page only (``None`` for plain text, or when the page does not say):
    ``canonical_url`` (``<link rel=canonical>``, else ``og:url``), ``site_name`` (``og:site_name``,
    the JSON-LD publisher) and ``description`` (the description meta tags).  ``language_source``
    says where ``language`` came from: ``"text"`` when detected, ``"html"`` (``<html lang>``) or
    ``"meta"`` (``Content-Language``) when the text is too short to tell and the page declares it.
    """

    text: str
    language: Language | None
    sections: tuple[Section, ...]
    headline: Headline | None
    subheadlines: tuple[Headline, ...]
    dateline: Dateline | None
    authors: tuple[Author, ...]
    tags: tuple[Tag, ...]
    published: DateMention | None
    updated: DateMention | None
    dates: tuple[DateMention, ...]
    input_format: Literal["text", "html"] = "text"
    url: str | None = None
    canonical_url: str | None = None
    site_name: str | None = None
    description: str | None = None
    language_source: Source | None = None
    warnings: tuple[str, ...] = ()

    @property
    def is_multilingual(self) -> bool:
        """True when the sections are in more than one language."""
        codes = {s.language.code for s in self.sections if s.language is not None}
        return len(codes) > 1

    def to_dict(self) -> dict[str, JSONValue]:
        """This article as plain JSON-compatible data (see :func:`to_dict`)."""
        return to_dict(self)

    def to_json(self, *, indent: int | None = None) -> str:
        """This article as a JSON string: keys in a fixed order, dates in ISO 8601, UTF-8 text."""
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)


def _serialize(_inst: Any, _field: Any, value: Any) -> Any:
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return value


#: Any record newsmeta returns.
Record: TypeAlias = "Article | Author | DateMention | Dateline | Headline | Kicker | Language | Section | Tag"


def to_dict(record: Record, /) -> dict[str, JSONValue]:
    """Turn any newsmeta record into plain data: dicts, lists, strings, numbers, ``None``.

    Dates become ISO 8601 strings and tuples become lists, so the result can be given
    to :func:`json.dumps` as it is.  An :class:`Article` also gets ``is_multilingual``.

    >>> import datetime
    >>> to_dict(DateMention(text="1953", start=0, end=4, value=datetime.date(1953, 1, 1),
    ...                     precision="year"))["value"]
    '1953-01-01'
    """
    if not attrs.has(type(record)):
        from newsmeta.errors import InputTypeError

        msg = f"to_dict() takes a newsmeta record such as an Article, not {type(record).__name__}"
        raise InputTypeError(msg)
    out = cast("dict[str, JSONValue]", attr.asdict(record, retain_collection_types=False, value_serializer=_serialize))
    if isinstance(record, Article):
        out["is_multilingual"] = record.is_multilingual
    return out

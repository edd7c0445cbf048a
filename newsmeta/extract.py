"""``extract()``: one document in, one :class:`~newsmeta.records.Article` out.

Data flows one way: input → normalised text and blocks → detectors → one record.

>>> art = extract("Rain returns to Madrid\\n\\nMADRID (AP) — Rain fell on Monday after a dry spring.")
>>> art.headline.text, art.dateline.place, art.language.code
('Rain returns to Madrid', 'MADRID', 'en')
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Iterable, Mapping
from typing import Any, Literal

import attrs

from newsmeta.blocks import normalize_text
from newsmeta.bylines import find_authors
from newsmeta.datelines import find_dateline
from newsmeta.dates import Budget, check_reference, read_dates
from newsmeta.errors import InputTypeError, InvalidOptionError
from newsmeta.headlines import find_headline, headline_in_text
from newsmeta.html_input import page_language, read_html
from newsmeta.inputs import DEFAULT_MAX_CHARS, check_document, looks_like_html
from newsmeta.published import published_from_text
from newsmeta.records import Article, DateMention, DateValue, Headline, Language, Section
from newsmeta.sections import split_sections
from newsmeta.tags import find_tags

__all__ = ["extract"]


_CODE = re.compile(r"[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*")


def _check_languages(languages: object) -> tuple[str, ...] | None:
    """``languages`` as a tuple of language codes (a single code may be passed as a str)."""
    if languages is None:
        return None
    hint = "pass ISO 639-1 codes such as languages=['en', 'fr'], or None to consider every language"
    if isinstance(languages, str):
        languages = (languages,)
    if isinstance(languages, (bytes, bytearray, memoryview, Mapping)) or not isinstance(languages, Iterable):
        msg = f"languages must be an iterable of str, not {type(languages).__name__}; {hint}"
        raise InputTypeError(msg)
    codes = tuple(languages)
    for code in codes:
        if not isinstance(code, str):
            msg = f"languages must hold str codes, not {type(code).__name__} ({code!r}); {hint}"
            raise InputTypeError(msg)
        if not _CODE.fullmatch(code.strip()):
            msg = f"{code[:40]!r} in languages is not a language code; {hint}"
            raise InvalidOptionError(msg)
    if not codes:
        msg = f"languages is empty, which leaves no language to choose; {hint}"
        raise InvalidOptionError(msg)
    return codes


def _check_url(url: object) -> str | None:
    if url is None or isinstance(url, str):
        return url
    msg = f"url must be a str or None, not {type(url).__name__}; pass the page's address as text, e.g. url='https://…'"
    raise InputTypeError(msg)


def _main_language(sections: tuple[Section, ...]) -> Language | None:
    """The language of the main body: the one covering the most characters, ties to the first."""
    best: dict[str, int] = {}
    first: dict[str, Language] = {}
    for s in sections:
        if s.language is not None:
            best[s.language.code] = best.get(s.language.code, 0) + s.end - s.start
            first.setdefault(s.language.code, s.language)
    if not best:
        return None
    code = max(best, key=lambda c: best[c])
    return first[code]


def extract(
    doc: str | bytes,
    /,
    *,
    url: str | None = None,
    reference_date: dt.date | None = None,
    languages: Iterable[str] | None = None,
    max_chars: int = DEFAULT_MAX_CHARS,
    on_too_large: Literal["error", "truncate"] = "error",
) -> Article:
    """Read one news article, plain text or HTML (``str`` or ``bytes``), and return its metadata.

    ``reference_date`` anchors relative dates ("yesterday") and year-less datelines; without it
    they resolve against the article's own published date, or stay unresolved.  ``languages``
    narrows language detection to the given ISO 639-1 codes.
    """
    ref = check_reference(reference_date)
    url = _check_url(url)
    languages = _check_languages(languages)
    raw, warnings = check_document(doc, max_chars=max_chars, on_too_large=on_too_large)
    fmt: Literal["text", "html"] = "html" if looks_like_html(raw) else "text"
    page = read_html(raw, url=url, reference_date=ref) if fmt == "html" else None
    text, repaired = normalize_text(page.text if page is not None else raw)
    warnings = (*warnings, *repaired, *(page.warnings if page is not None else ()))

    sections = split_sections(text, languages=languages)
    if page is not None and page.headline is not None:
        # the page names its headline: the text is only searched for where it stands (and its deck)
        in_text, subheadlines = headline_in_text(text, page.headline.text)
    else:
        in_text, subheadlines = find_headline(text)
    dateline = find_dateline(text, reference_date=ref)
    # the page's own authors and tags, when it names any, replace what the text shows
    authors = page.authors if page is not None and page.authors else find_authors(text)
    tags = page.tags if page is not None and page.tags else find_tags(text)
    # Relative dates ("on Tuesday", "March 3") resolve against the caller's reference date, else
    # the article's own publication date: known before the text is read when the page states it.
    stated = page.published.value if page is not None and page.published is not None else None
    anchor = ref or (_day(stated) if stated is not None else None)
    dates = _dates_by_section(text, sections, anchor)
    published, updated = published_from_text(
        text,
        dates=dates,
        dateline=dateline,
        reference_date=ref,
        headline_start=in_text.start if in_text is not None else None,
    )
    headline = in_text
    if page is not None:
        headline = _placed(page.headline, in_text, text) or headline
        published = page.published or published
        updated = page.updated or updated
    if anchor is None and published is not None and published.value is not None:
        # ... or found in the text: the relative dates are read again with it
        dates = _resolve_relative(text, sections, dates, _day(published.value))
    language, language_source, disagreement = page_language(_main_language(sections), page, text)
    return _printable(Article(
        text=text,
        language=language,
        sections=sections,
        headline=headline,
        subheadlines=subheadlines,
        dateline=dateline,
        authors=authors,
        tags=tags,
        published=published,
        updated=updated,
        dates=dates,
        input_format=fmt,
        url=url,
        warnings=(*warnings, *disagreement),
        canonical_url=page.canonical_url if page is not None else None,
        site_name=page.site_name if page is not None else None,
        description=page.description if page is not None else None,
        language_source=language_source,
    ))


# What a string in a record may not hold: lone surrogates (no encoder writes them) and control
# characters other than tab and line breaks.  ``Article.text`` is already free of them.
_UNPRINTABLE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]|(?P<s>[\ud800-\udfff])")


def _clean(value: Any) -> Any:
    """``value`` with every string in it made printable (records rebuilt only where needed)."""
    if isinstance(value, str):
        if not _UNPRINTABLE.search(value):
            return value
        return _UNPRINTABLE.sub(lambda m: "\ufffd" if m.group("s") else "", value)
    if isinstance(value, tuple):
        items = tuple(_clean(v) for v in value)
        return value if all(a is b for a, b in zip(items, value, strict=True)) else items
    if attrs.has(type(value)):
        changes = _cleaned_fields(value)
        return attrs.evolve(value, **changes) if changes else value
    return value


#: Values that hold no string: not looked into.
_PLAIN = (type(None), bool, int, float, dt.date, dt.datetime)


def _cleaned_fields(record: Any, skip: str = "") -> dict[str, Any]:
    """The fields of ``record`` (but ``skip``) that :func:`_clean` changes, with their new values."""
    changes = {}
    for f in attrs.fields(type(record)):
        old = getattr(record, f.name)
        if f.name == skip or type(old) in _PLAIN:
            continue
        new = _clean(old)
        if new is not old:
            changes[f.name] = new
    return changes


def _printable(art: Article) -> Article:
    """The article with lone surrogates and control characters taken out of every string field
    (JSON-LD escapes, the caller's ``url``), and a warning when anything had to be repaired.
    ``text`` is normalised before any offset is taken and is left as it is: no offset moves."""
    changes = _cleaned_fields(art, skip="text")
    if not changes:
        return art
    note = "control characters or lone surrogates removed from fields read from markup or given as options"
    return attrs.evolve(art, **changes, warnings=(*changes.get("warnings", art.warnings), note))


def _placed(markup: Headline | None, line: Headline | None, text: str) -> Headline | None:
    """The page's headline, with the offsets of the line of ``text`` that says it word for word."""
    if markup is None or line is None or line.start is None or line.end is None:
        return markup
    if text[line.start : line.end] != markup.text:
        return markup
    return attrs.evolve(markup, start=line.start, end=line.end)


def _day(value: DateValue) -> dt.date:
    return value.date() if isinstance(value, dt.datetime) else value


def _inside(date: DateMention, section: Section) -> bool:
    return date.start is not None and section.start <= date.start < section.end


#: Context read around an unresolved relative date to resolve it again (its line, at most this
#: many characters each side): what the date finders look at (a time after "yesterday", a
#: word before a weekday), without re-reading the whole section.
_AROUND = 120


def _resolve_relative(
    text: str, sections: tuple[Section, ...], dates: tuple[DateMention, ...], own: dt.date
) -> tuple[DateMention, ...]:
    """``dates`` with the relative ones read again against ``own``, each in its line (a year-less
    date then takes the publication's year, not that of a date mentioned before it)."""
    windows: list[tuple[int, int, Section]] = []
    starts = [s.start for s in sections]  # sections cover the text in order: found by bisection
    for d in dates:
        if not (d.relative and d.start is not None and d.end is not None):
            continue
        k = bisect.bisect_right(starts, d.start) - 1
        sec = sections[k] if k >= 0 and _inside(d, sections[k]) else None
        if sec is None:
            continue
        lo = max(sec.start, d.start - _AROUND, text.rfind("\n", 0, d.start) + 1)
        nl = text.find("\n", d.end)
        hi = min(sec.end, d.end + _AROUND, nl if nl >= 0 else len(text))
        if windows and windows[-1][2] is sec and lo <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(hi, windows[-1][1]), sec)
        else:
            windows.append((lo, hi, sec))
    if not windows:
        return dates
    found: dict[int, DateMention] = {}
    budget = Budget()  # one for the whole document, however many windows
    for lo, hi, sec in windows:
        langs = [sec.language.code] if sec.language is not None else None
        for m in read_dates(text[lo:hi], reference_date=own, languages=langs, budget=budget):
            if m.start is not None and m.end is not None:
                found[m.start + lo] = attrs.evolve(m, start=m.start + lo, end=m.end + lo)
    out: list[DateMention] = []
    for k, d in enumerate(dates):
        new = found.get(d.start) if d.relative and d.start is not None else None
        nxt = dates[k + 1].start if k + 1 < len(dates) else None
        if new is not None and new.relative and (nxt is None or new.end is None or new.end <= nxt):
            out.append(new)
        else:
            out.append(d)
    return tuple(out)


def _dates_by_section(
    text: str, sections: tuple[Section, ...], ref: dt.date | None
) -> tuple[DateMention, ...]:
    """Dates of each section, read in that section's language, with offsets into ``text``."""
    out: list[DateMention] = []
    budget = Budget()  # dateparser's work is bounded per document, not per section
    for s in sections:
        langs = [s.language.code] if s.language is not None else None
        for m in read_dates(text[s.start : s.end], reference_date=ref, languages=langs, budget=budget):
            if m.start is None or m.end is None:
                out.append(m)
            else:
                out.append(attrs.evolve(m, start=m.start + s.start, end=m.end + s.start))
    return tuple(out)

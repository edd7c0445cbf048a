"""The published and updated dates of a plain-text article, from cues in its text.

Order of evidence: a date after a publication cue ("Published", "Publicado", "Publié le"),
then the dateline's date, then — for the text of a whole page — a day-precise date standing
alone near the top (a byline or date line), never in comments, copyright lines or lists of
other stories.  Nothing convincing gives ``None``.

>>> import datetime
>>> from newsmeta.dates import find_dates
>>> text = "Updated at: 06.21.2024\\n\\nText."
>>> pub, upd = published_from_text(text, dates=find_dates(text), dateline=None, reference_date=None)
>>> pub is None, upd.value
(True, datetime.date(2024, 6, 21))
"""

from __future__ import annotations

import datetime as dt
import re

from newsmeta.records import Dateline, DateMention

__all__ = ["published_from_text"]

_UPDATED = re.compile(
    r"(?i)\b(?:last\s+)?(?:updated|modified|actualizad[oa]|mis\s+à\s+jour|aktualisiert|stand|atualizado"
    r"|aggiornato|bijgewerkt|zaktualizowano|обновлено)\b"
)
_PUBLISHED = re.compile(
    r"(?i)\b(?:published|posted|publicad[oa]|publié|veröffentlicht|pubblicato|gepubliceerd|opublikowano"
    r"|опубликовано|first\s+published)\b"
)
_SKIP_LINE = re.compile(r"(?i)©|\bcopyright\b|all rights reserved|\bcomments?\b|\breply\b|\bsays:")
_END_MARK = re.compile(
    r"(?im)^\s*(?:related|more stories|more from|read more|recommended|you may also like|comments?|"
    r"leave a (?:reply|comment)|\d+\s+comments?|most (?:read|popular)|trending|latest news)\b"
)
# How close after a cue its date must start, and how far into a page a lone date may stand.
_CUE_GAP = 40
_TOP = 6000
_ABOVE = 300  # a date line may stand this far above the headline
_GOOD = ("day", "minute", "second")


def _line(text: str, pos: int) -> tuple[int, int]:
    a = text.rfind("\n", 0, pos) + 1
    b = text.find("\n", pos)
    return a, (len(text) if b == -1 else b)


def _after_cue(text: str, dates: tuple[DateMention, ...], cue: re.Pattern[str]) -> DateMention | None:
    """The first day-precise date starting just after a cue on the same line."""
    for d in dates:
        if d.start is None or d.value is None or d.precision not in _GOOD:
            continue
        a, _ = _line(text, d.start)
        window = text[max(a, d.start - _CUE_GAP) : d.start]
        if cue.search(window):
            return d
    return None


def _lone_date(text: str, dates: tuple[DateMention, ...], skip: set[int], top: int) -> DateMention | None:
    """The earliest date near the top of the article (from ``top``, where its headline stands, or a
    few lines above it) on a short line of its own (a byline or date line)."""
    end = _END_MARK.search(text, top)  # "Trending", "Comments" in the menus above the headline do not end it
    limit = min(top + _TOP, end.start() if end else len(text), max(len(text) * 2 // 3, top + 400))
    first = max(0, top - _ABOVE)
    for d in dates:
        if d.start is None or d.start < first:
            continue
        if d.start >= limit:
            break
        if d.value is None or d.precision not in _GOOD or d.relative or id(d) in skip:
            continue
        a, b = _line(text, d.start)
        line = text[a:b]
        if len(line.strip()) > 200 or _SKIP_LINE.search(line):
            continue
        return d
    return None


def published_from_text(
    text: str,
    /,
    *,
    dates: tuple[DateMention, ...],
    dateline: Dateline | None,
    reference_date: dt.date | None,
    headline_start: int | None = None,
) -> tuple[DateMention | None, DateMention | None]:
    """Return ``(published, updated)`` as stated by the text; ``None`` where it states nothing.

    ``headline_start``: where the article's headline stands, when known; a lone date is looked
    for from a few lines above it on, not in the menus of a pasted page before it.

    >>> from newsmeta.dates import find_dates
    >>> t = "Menu\\nHome\\n\\nBig headline here\\nBy Ann Lee\\nMarch 3, 2024\\n\\nThe council met on May 2, 2024."
    >>> published_from_text(t, dates=find_dates(t), dateline=None, reference_date=None)[0].text
    'March 3, 2024'
    """
    ordered = tuple(sorted((d for d in dates if d.start is not None), key=lambda d: d.start or 0))
    updated = _after_cue(text, ordered, _UPDATED)
    published = _after_cue(text, ordered, _PUBLISHED)
    if published is not None and updated is not None and published is updated:
        published = None
    if published is None and dateline is not None and dateline.date is not None and dateline.date.value is not None:
        published = _not_after_reference(dateline.date, reference_date)
    if published is None:
        skip = {id(updated)} if updated is not None else set()
        published = _lone_date(text, ordered, skip, headline_start or 0)
    return published, updated


def _not_after_reference(mention: DateMention, reference_date: dt.date | None) -> DateMention:
    """A dateline dated a day after the caller's reference date was written in a time zone ahead
    of the caller's ("TOKYO, March 5" on a wire stamped March 4): nothing is published after the
    reference date, so the publication day is the reference date, and the record says so.

    >>> m = DateMention("March 5", 7, 14, dt.date(1987, 3, 5), "day", "dateline")
    >>> _not_after_reference(m, dt.date(1987, 3, 4)).value, _not_after_reference(m, None).value
    (datetime.date(1987, 3, 4), datetime.date(1987, 3, 5))
    """
    value = mention.value
    if reference_date is None or value is None:
        return mention
    day = value.date() if isinstance(value, dt.datetime) else value
    if 0 < (day - reference_date).days <= 1:
        return DateMention(reference_date.isoformat(), None, None, reference_date, "day", "reference_date")
    return mention

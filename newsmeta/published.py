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

import bisect
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
    r"|опубликовано|first\s+published|erschienen|publiziert|gepostet|geschrieben|verfasst|written"
    r"|pressemitteilung\s+vom)\b"
)
# A label that is all the line holds before its date: "Date: 3 May 2020", "Datum 03.05.2020".
# ``^`` (no MULTILINE) keeps it to the text's first line, as it always was: read on every line it
# also took labels in comment and list blocks (evaluate.py text-pages B: undated pages with no
# date 80.4 -> 78.4, date accuracy 77.8 -> 77.6), so widening it is left to a change that shows a gain.
_DATE_LABEL = re.compile(
    r"(?i)^[^\S\n]*(?:date|datum|fecha|data|publication\s+date|erscheinungsdatum|date\s+de\s+publication)"
    r"[^\S\n]*(?:[:.-][^\S\n]*)?$"
)
# A German sentence that names the publication after its date: "Der Beitrag wurde am 3. Mai 2020
# um 10:00 Uhr veröffentlicht".
_PUBLISHED_AFTER = re.compile(
    r"(?i)^[^.\n]{0,40}?\b(?:veröffentlicht|geschrieben|gepostet|publiziert|erstellt|verfasst)\b"
)
_SKIP_LINE = re.compile(r"(?i)©|\bcopyright\b|all rights reserved|\breply\b|\bsays:")
# Searched line by line from a line start: ``[^\S\n]`` (white space other than a line break) keeps
# each attempt on its own line, so a run of blank or white-space-only lines costs its length once.
_END_MARK = re.compile(
    r"(?im)^[^\S\n]*(?:related|more stories|more from|read more|recommended|you may also like|comments?|"
    r"leave a (?:reply|comment)|\d+[^\S\n]+comments?|most (?:read|popular)|trending|latest news)\b"
)
# How close after a cue its date must start, and how far into a page a lone date may stand.
_CUE_GAP = 40
_CUE_LINE = 250  # a cue on a longer line is in a sentence of the body
_TOP = 20_000
_SHARE = 0.8  # nor in the last fifth of the text (footers, lists of other stories)
_ABOVE = 300  # a date line may stand this far above the headline
_BELOW = 600  # a date line this close below the headline is preferred to one above it
_REST_WORDS = 12  # words besides the date on a date line
_GOOD = ("day", "minute", "second")
_WORD = re.compile(r"\w+")
_OPENING_WORDS = 2  # a place or an agency before a date that opens a paragraph
_OPENING_CHARS = 40
_OPENING_GAP = re.compile(r"\)?[^\S\n]?(?:[-–—:|/.,][^\S\n]|[„“\"«])")
_BYLINE_CUE = re.compile(r"(?i)(?:^|\s)(?:by|von|par|por|door|di|av)\s|\||·")


class _Lines:
    """The line around a position: each line is found once (``rfind``/``find``) and remembered, so
    that many dates on one long line do not each scan it, and a text of many lines without dates
    costs nothing."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.stripped: dict[int, int] = {}

    def at(self, pos: int) -> tuple[int, int]:
        k = bisect.bisect_right(self.starts, pos) - 1
        if k >= 0 and pos <= self.ends[k]:
            return self.starts[k], self.ends[k]
        a = self.text.rfind("\n", 0, pos) + 1
        b = self.text.find("\n", pos)
        b = len(self.text) if b == -1 else b
        self.starts.insert(k + 1, a)
        self.ends.insert(k + 1, b)
        return a, b

    def stripped_len(self, a: int, b: int) -> int:
        """Length of the line ``a:b`` without its surrounding white space (computed once a line)."""
        if a not in self.stripped:
            self.stripped[a] = len(self.text[a:b].strip())
        return self.stripped[a]


def _after_cue(lines: _Lines, dates: tuple[DateMention, ...], cue: re.Pattern[str]) -> DateMention | None:
    """The first day-precise date starting just after a cue on the same line."""
    text = lines.text
    for d in dates:
        if d.start is None or not _usable(d, set()):
            continue
        a, b = lines.at(d.start)
        if b - a > _CUE_LINE:
            continue  # a sentence in the body ("... will publish it on Sunday, May 3")
        window = text[max(a, d.start - _CUE_GAP) : d.start]
        if cue.search(window) or (cue is _PUBLISHED and _DATE_LABEL.match(text, a, d.start)):
            return d
    return None


def _states_day(d: DateMention) -> bool:
    """The mention's own text names its day of the month (not a weekday read on its own)."""
    value = d.value
    if value is None:
        return False
    return bool(re.search(rf"(?<!\d)0?{value.day}(?!\d)", d.text))


def _usable(d: DateMention, skip: set[int]) -> bool:
    return (
        d.start is not None
        and d.value is not None
        and d.precision in _GOOD
        and not d.relative
        and id(d) not in skip
        and _states_day(d)
    )


def _opens_line(text: str, a: int, b: int, start: int, end: int) -> bool:
    """The date at ``start:end`` opens the line ``a:b`` as a dateline does, at most a place or an
    agency before it and a dash, colon, stop or quote after it ("29.11.2022 – Die Branche ...",
    "Karlsruhe, (12.11.2021). Traditionell ...", "Red. / 31.10.2023 Die ...")."""
    return (
        start - a <= _OPENING_CHARS
        and len(_WORD.findall(text, a, start)) <= _OPENING_WORDS
        and bool(_OPENING_GAP.match(text, end, b))
        and not _SKIP_LINE.search(text, a, min(b, end + _OPENING_CHARS))
    )


def _date_line(lines: _Lines, d: DateMention, *, opening: bool = False) -> bool:
    """The date stands on a short line of its own (a date line or byline, not a sentence or a
    list), or (with ``opening``: just below the headline) opens its line as a dateline opens an
    article's first paragraph."""
    text = lines.text
    start, end = d.start or 0, d.end or 0
    a, b = lines.at(start)
    if opening and _opens_line(text, a, b, start, end):
        return True
    if lines.stripped_len(a, b) > 200 or _SKIP_LINE.search(text[a:b].strip()):
        return False
    rest = (text[a:start] + " " + text[end:b]).strip()
    return len(_WORD.findall(rest)) <= _REST_WORDS or bool(_BYLINE_CUE.search(rest))


def _before_cue(lines: _Lines, dates: tuple[DateMention, ...], cue: re.Pattern[str]) -> DateMention | None:
    """The first day-precise date followed on its line by a cue ("... am 3. Mai 2020 veröffentlicht")."""
    for d in dates:
        if d.end is not None and _usable(d, set()) and cue.match(lines.text, d.end):
            a, b = lines.at(d.end)
            if b - a <= _CUE_LINE:
                return d
    return None


def _lone_date(lines: _Lines, dates: tuple[DateMention, ...], skip: set[int], top: int) -> DateMention | None:
    """The date line of the article: the first one just below its headline (from ``top``), else one
    a few lines above it, else the first one further down (before comments and lists of other stories)."""
    text = lines.text
    if not dates:
        return None
    # "Trending", "Comments" in the menus above the headline do not end it; nor can what stands
    # further than _TOP below it (the search stops there)
    end = _END_MARK.search(text, top, top + _TOP)
    limit = min(top + _TOP, end.start() if end else len(text), max(int(len(text) * _SHARE), top + 400))
    near = [d for d in dates if max(0, top - _ABOVE) <= (d.start or 0) < limit and _usable(d, skip)]
    near = [d for d in near if _date_line(lines, d, opening=top <= (d.start or 0) < top + _BELOW)]
    below = [d for d in near if (d.start or 0) >= top]
    above = [d for d in near if (d.start or 0) < top]
    if below and (below[0].start or 0) < top + _BELOW:
        return below[0]
    if above:
        return above[0]
    return below[0] if below else None


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
    lines = _Lines(text)
    updated = _after_cue(lines, ordered, _UPDATED)
    published = _after_cue(lines, ordered, _PUBLISHED) or _before_cue(lines, ordered, _PUBLISHED_AFTER)
    if published is not None and updated is not None and published is updated:
        published = None
    if published is None and dateline is not None and dateline.date is not None and dateline.date.value is not None:
        published = _not_after_reference(dateline.date, reference_date)
    if published is None:
        skip = {id(updated)} if updated is not None else set()
        published = _lone_date(lines, ordered, skip, headline_start or 0)
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

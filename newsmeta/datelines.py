"""Datelines: ``PYONGYANG.-``, ``WASHINGTON (AP) —``, ``LONDON, March 3 (Reuters) -``.

A dateline opens the first paragraph of the body: a place (``PORTLAND, Ore.``), then
perhaps a date (``Feb 26``, ``3 de marzo``; misspelt months such as ``Mach 4`` are read
by their closest month name) and an agency in brackets, then a dash or ``.-``.

>>> find_dateline("Title\\n\\nPARIS — The talks began on Monday in a hotel near the river.").place
'PARIS'
>>> import datetime
>>> d = find_dateline("Wheat up\\n\\nLONDON, March 3 (Reuters) - Wheat rose on Tuesday as buyers came back.",
...                   reference_date=datetime.date(1987, 3, 4))
>>> d.place, d.agency, d.date.text, d.date.value
('LONDON', 'Reuters', 'March 3', datetime.date(1987, 3, 3))
"""

from __future__ import annotations

import datetime as dt
import difflib
import re

from newsmeta.blocks import paragraphs
from newsmeta.records import Dateline, DateMention

__all__ = ["find_dateline"]

# How far into the text the dateline may stand, and how long it may be.
_SEARCH_CHARS = 4000
_MAX_PREFIX = 90

# The dash that ends a dateline: ".-", " - ", " — ", "—", " -- ".
_SEP = re.compile(r"(?:\.\s?[-–—]|\s[-–—]{1,2}|(?<=\d)-|[—–])(?=\s)")
_LATE_DATE = re.compile(r"\s*(?P<date>(?P<m>[^\W\d_]{3,10})\.?\s+\d{1,2})\s[-–—]{1,2}\s")
_DATE_TAIL = re.compile(r"\s(?=[^\W\d_]{3,10}\.?\s+\d{1,2}$)")
_AGENCY = re.compile(r"\s*\((?P<a>[^()\n]{2,30})\)\s*\.?\s*$")
_TRAIL_COMMA = re.compile(r"[\s,]+$")
_CONNECTORS = frozenset(
    re.findall(r"\S+", "de del la las los el do da dos das di du des le les sur sous am an im der den von van of the")
)
_MONTHS: dict[str, int] = {}
for _i, _names in enumerate(
    (
        "january jan enero ene janvier janv januar jänner gennaio janeiro",
        "february feb febrero février fév fevrier févr februar febbraio fevereiro",
        "march mar marzo mars märz maerz março",
        "april apr abril avril aprile",
        "may mayo mai maggio maio",
        "june jun junio juin juni giugno junho",
        "july jul julio juillet juil juli luglio julho",
        "august aug agosto août aout",
        "september sep sept septiembre setiembre septembre settembre setembro",
        "october oct octubre octobre oktober okt ottobre outubro",
        "november nov noviembre novembre novembro",
        "december dec diciembre dic décembre déc decembre dezember dez dicembre dezembro",
    ),
    start=1,
):
    for _n in _names.split():
        _MONTHS[_n] = _i
_WEEKDAYS = frozenset(re.findall(
    r"\S+",
    "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun "
    "lunes martes miércoles jueves viernes sábado domingo lundi mardi mercredi jeudi vendredi samedi dimanche "
    "montag dienstag mittwoch donnerstag freitag samstag sonntag",
))
_MD = re.compile(r"^(?P<m>[^\W\d_]{3,10})\.?\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(?P<y>\d{4}))?$")
_DM = re.compile(r"^(?P<d>\d{1,2})\.?\s+(?:de\s+)?(?P<m>[^\W\d_]{3,10})\.?(?:\s+(?:de\s+)?(?P<y>\d{4}))?$")


def _month(word: str) -> int | None:
    w = word.casefold()
    if w in _MONTHS:
        return _MONTHS[w]
    if len(w) < 4 or not word[:1].isupper():
        return None
    close = difflib.get_close_matches(w, [k for k in _MONTHS if len(k) >= 4], n=1, cutoff=0.75)
    return _MONTHS[close[0]] if close else None


def _resolve(month: int, day: int, year: int | None, ref: dt.date | None) -> dt.date | None:
    """The date, its year from ``ref`` when not given: the latest not more than a week after ``ref``.

    A year outside the calendar (before year 1, after 9999) gives ``None``, never an error.

    >>> _resolve(12, 31, None, dt.date.max), _resolve(3, 2, None, dt.date.min)
    (datetime.date(9999, 12, 31), None)
    """
    if year is not None:
        try:
            return dt.date(year, month, day)
        except ValueError:
            return None
    if ref is None:
        return None
    latest = dt.date.max if ref > dt.date.max - dt.timedelta(days=7) else ref + dt.timedelta(days=7)
    for y in (ref.year + 1, ref.year, ref.year - 1):
        if not dt.MINYEAR <= y <= dt.MAXYEAR:
            continue
        try:
            d = dt.date(y, month, day)
        except ValueError:
            continue
        if d <= latest:
            return d
    return None


def _parse_date(seg: str, offset: int, ref: dt.date | None) -> DateMention | None:
    """A dateline's date part (``March 3``, ``Feb 26, 1987``, ``3 de marzo``) with offsets."""
    body = seg.strip().lstrip("-–— ")
    words = body.split(None, 1)
    if len(words) == 2 and words[0].rstrip(",.").casefold() in _WEEKDAYS:
        body = words[1].lstrip(", ")
    m = _MD.match(body) or _DM.match(body)
    if m is None:
        return None
    month = _month(m.group("m"))
    if month is None:
        return None
    day = int(m.group("d"))
    if not 1 <= day <= 31:
        return None
    year = int(m.group("y")) if m.group("y") else None
    start = offset + seg.index(body)
    value = _resolve(month, day, year, ref)
    anchor = ref if year is None and value is not None else None
    return DateMention(body, start, start + len(body), value, "day", source="dateline", anchor=anchor)


def _place_ok(segs: list[str]) -> bool:
    """Place parts: capitalised words (``NEW YORK``, ``St. Louis``, ``N.J.``), a few of them."""
    if not segs or len(segs) > 3:
        return False
    for k, seg in enumerate(segs):
        words = seg.split()
        if not words or len(words) > (5 if k == 0 else 3) or len(seg) > 40:
            return False
        for w in words:
            if w.casefold() in _CONNECTORS and w is not words[0]:
                continue
            if not w[:1].isupper() or any(c.isdigit() for c in w):
                return False
            if any(not (c.isalpha() or c in ".'’-") for c in w):
                return False
    return True


def _upper(s: str) -> bool:
    return not any(c.islower() for c in s) and any(c.isalpha() for c in s)


def _at(text: str, start: int, stop: int, ref: dt.date | None) -> Dateline | None:
    """A dateline opening the paragraph at ``start``, or ``None``."""
    head = text[start : start + _MAX_PREFIX + 4]
    marks = len(head) - len(head.lstrip("*•#>"))  # "****SANTO DOMINGO, March 4 -": wire markers
    if marks:
        start += marks
        head = head[marks:]
    nl = head.find("\n")
    first_line = head if nl < 0 else head[:nl]
    m = _SEP.search(first_line)
    if m is None or m.start() == 0 or m.start() > _MAX_PREFIX:
        return None
    late = _LATE_DATE.match(first_line, m.end())
    if late is not None and _month(late.group("m")) is not None:
        m = _SEP.search(first_line, late.start("date"))  # "CHEVY CHASE, Md., - March 4 -"
        if m is None or m.start() > _MAX_PREFIX:
            return None
    prefix = first_line[: m.start()]
    rest = text[start + m.end() : min(stop, start + m.end() + 400)].strip()
    # The body follows in the same paragraph: a headline with a dash in it is not a dateline.
    if len(rest) < 40 and not (len(rest.split()) >= 3 and rest.endswith((".", "!", "?", "\"", "”"))):
        return None
    opens = rest[:1].isupper() or rest[:1].isdigit() or rest[:1] in "\"“'‘«¿¡(<"
    agency = None
    agency_start = None
    am = _AGENCY.search(prefix)
    if am:
        agency = am.group("a").strip()
        agency_start = start + am.start("a") + (len(am.group("a")) - len(am.group("a").lstrip()))
        core = prefix[: am.start()]
    else:
        core = prefix
    core = _TRAIL_COMMA.sub("", core)
    if not core:
        return None
    segs = core.split(",")
    date: DateMention | None = None
    place_end = len(core)
    # The date: the last comma part, or the last two ("March 3, 1987").
    for take in (2, 1):
        if len(segs) > take:
            tail = ",".join(segs[-take:])
            off = len(",".join(segs[:-take])) + 1
            date = _parse_date(tail, start + off, ref)
            if date is not None:
                segs = segs[:-take]
                place_end = off - 1
                break
    if date is None:
        # "ANGLETON, Tex. March 3": the date after the place with no comma between.
        dm = _DATE_TAIL.search(core)
        if dm is not None:
            date = _parse_date(core[dm.end() :], start + dm.end(), ref)
            if date is not None:
                place_end = dm.start()
    place = core[:place_end].rstrip(" ,")
    parts = [s.strip() for s in place.split(",")]
    if not place or not _place_ok(parts):
        return None
    if not (_upper(parts[0]) or date is not None or agency is not None):
        return None
    if not opens and date is None:
        return None
    if agency is not None and agency_start is not None and text[agency_start : agency_start + len(agency)] != agency:
        agency = None
    whole = text[start : start + m.end()]
    return Dateline(whole, start, start + len(whole), place, agency, date)


def find_dateline(text: str, /, *, reference_date: dt.date | None = None) -> Dateline | None:
    """The dateline at the start of the article body, or ``None``.

    ``reference_date`` gives the year of a dateline date that has none: the latest year
    that does not put the date more than a week after the reference.

    >>> d = find_dateline("Acuerdo\\n\\nMOSCÚ (EFE).- El Kremlin anunció hoy un acuerdo de defensa con Pyongyang.")
    >>> d.text, d.place, d.agency
    ('MOSCÚ (EFE).-', 'MOSCÚ', 'EFE')
    >>> find_dateline("Body text - without any dateline at all, just words.") is None
    True
    """
    if not isinstance(text, str):
        return None
    if isinstance(reference_date, dt.datetime):
        reference_date = reference_date.date()
    for p in paragraphs(text[:_SEARCH_CHARS]):
        d = _at(text, p.start, p.end, reference_date)
        if d is not None:
            return d
        # Also a line inside a paragraph that follows a short line (headline, byline).
        pos = p.start
        first_nl = text.find("\n", p.start, p.end)
        for _ in range(3 if 0 <= first_nl - p.start <= 80 else 0):
            nl = text.find("\n", pos, p.end)
            if nl < 0:
                break
            pos = nl + 1
            d = _at(text, pos + len(text[pos : p.end]) - len(text[pos : p.end].lstrip()), p.end, reference_date)
            if d is not None:
                return d
    return None

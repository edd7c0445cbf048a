"""Every date mentioned in a text, with its span, value and precision.

Common shapes (ISO 8601, numeric dates, English and Spanish month names, years after "in")
are read by own patterns; other languages and relative expressions go to dateparser, in the
text's language only, on bounded text.

>>> [(d.text, d.value.isoformat(), d.precision) for d in find_dates("It ended in 1953.")]
[('1953', '1953-01-01', 'year')]
>>> import datetime
>>> d = find_dates("Updated 06.21.2024, 10:00 GMT")[0]
>>> d.text, d.value, d.ambiguous
('06.21.2024, 10:00 GMT', datetime.datetime(2024, 6, 21, 10, 0, tzinfo=datetime.timezone.utc), False)
>>> d = find_dates("Le 03.04.2024 à Paris.", languages=["fr"])[0]
>>> d.value, d.ambiguous, d.alternative
(datetime.date(2024, 4, 3), True, datetime.date(2024, 3, 4))
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import itertools
import re
import threading
from collections.abc import Iterable
from typing import Any

from newsmeta.date_words import PARTICLES, TOKEN, DateWords, date_words
from newsmeta.errors import InputTypeError, InvalidOptionError
from newsmeta.records import DateMention, DateValue, Precision

__all__ = ["find_dates"]

# Work bounds: text handed to dateparser per call and in total, and matches kept.
_DP_TOTAL = 5_000
_DP_CHUNK = 600
_DP_CALL = 250  # what one call costs of the budget at the least: each has a fixed cost
_TRAILING_JOIN = re.compile(r"[,;]?\s+(?:and|or|but|y|e|o|et|ou|und|oder|en|of)$", re.I)
_MAX_MENTIONS = 2000
_MAX_DP_FOUND = 60
_MAX_SCAN = 1_000_000  # characters searched for month names and other date words

_Y = r"(?P<y>1[5-9]\d\d|20\d\d)(?!\d)"
_SP = r"[^\S\r\n]+"  # spaces within one line
_ENGLISH_VERBS = frozenset(["may", "march", "mar"])  # month names that are mostly verbs in lower case

_ISO = re.compile(
    r"(?<![\d.])(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)"
    r"(?:[T ](?P<H>\d\d):(?P<M>\d\d)(?::(?P<S>\d\d)(?:\.\d{1,6})?)?"
    r"(?:(?P<z>Z|[+-]\d\d:?\d\d)|[^\S\r\n](?P<z2>[+-]\d\d:?\d\d|UTC|GMT)(?![\w:]))?)?(?![\d])"
)
#: (a year of four digits right before ":" and two more is a two-digit year run into a time:
#: "28.09.1912:44" is 28.09.19, 12:44)
_NUM = re.compile(
    r"(?<![\d.,/:-])(?P<a>\d{1,4})(?P<s>[./-])(?P<b>\d{1,2})(?P=s)"
    r"(?P<c>\d{2}(?=(?:[01]\d|2[0-3]):[0-5]\d(?!\d))|\d{4}(?!\d)|\d{2}(?!\d))"
    r"(?!(?P=s)\d)"
)
_YEAR = re.compile(
    r"\b(?:in|since|from|until|by|of|en|desde|el año|année|im jahr|nel|em|w|в)\s"
    r"(?P<y>1[5-9]\d\d|20\d\d)\b(?![.,/-]\d)"
)
# (a fifth digit makes a number, not a year: "18018," is no 1801)
_BARE_YEAR = re.compile(
    r"(?<![\w$€£¥#№.,:/-])(?P<y>1[89]\d\d|20[0-4]\d)(?!\d|[\w%$€£.,:/-]\w|\s?%|\s?(?:[$€£]|USD|EUR))"
)
_CJK = re.compile(r"(?P<y>\d{4})\s?年\s?(?:(?P<m>\d{1,2})\s?月\s?(?:(?P<d>\d{1,2})\s?日?)?)?")
#: A time after a date: "10:30 a.m. ET", "14.00 Uhr MEZ", "9h GMT", "18:28 +03:00", "noon".
_TIME = re.compile(
    r",?[^\S\r\n](?:at\s|um\s|à\s|a\slas\s|às\s|alle\s|om\s|kl\.\s|-\s)?(?:(?P<mid>midnight|noon)"
    r"|(?P<H>[0-2]?\d)(?:(?P<sep>[:h.])(?P<M>[0-5]\d)(?::(?P<S>[0-5]\d))?|(?P<hh>h)(?!\w))?"
    r"(?:\s?(?P<ap>[ap]\.?m\b\.?))?(?P<uhr>\s?(?:uhr|h)(?!\w))?)"
    r"(?:\s?\(?(?P<tz>[a-z]{1,5})(?P<off>[+-]\d{1,2}(?::?\d\d)?)?(?![\w:])\)?|\s?(?P<off2>[+-]\d\d:?\d\d)(?![\d:]))?",
    re.I,
)
_TIME_BEFORE = re.compile(r"(?i)\b(?P<H>[01]?\d):(?P<M>[0-5]\d)\s?(?P<ap>[ap])\.?m\b\.?,?\s\Z")
_NUMBER_WORDS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "un": 1,
    "una": 1,
    "uno": 1,
    "une": 1,
    "dos": 2,
    "deux": 2,
    "tres": 3,
    "trois": 3,
    "cuatro": 4,
    "quatre": 4,
    "cinco": 5,
    "cinq": 5,
    "два": 2,
    "две": 2,
    "три": 3,
    "ein": 1,
    "einem": 1,
    "zwei": 2,
    "zwei ": 2,
    "drei": 3,
}
_N = r"(?P<n>\d{1,3}|" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True)) + r")"
#: Units of "3 days ago" by how they begin: (days, months) each counts.
_UNIT_SIZE = (
    (("day", "día", "dia", "jour", "tag", "дн", "ден"), (1, 0)),
    (("week", "semana", "semaine", "woche", "недел"), (7, 0)),
    (("month", "mes", "mois", "monat", "месяц"), (0, 1)),
    (("year", "año", "an", "année", "jahr", "год", "лет"), (0, 12)),
)
_U = (
    r"(?P<u>days?|días?|jours?|tage?n?|weeks?|semanas?|semaines?|wochen?|дн(?:я|ей)|день|недел[юиь]"
    r"|months?|mes(?:es)?|mois|monate?n?|месяц(?:а|ев)?|years?|años?|ans?|années?|jahre?n?|год(?:а)?|лет)"
)
_RELATIVE_AGO = _N + r"\s" + _U + r"\sago"
_RELATIVE_NAZAD = r"(?P<n5>\d{1,3}|\w+)\s(?P<u5>\w+)\sназад"
#: "3 days ago" and its kin, in four versions: the forms ending in "ago" or "назад" are tried
#: only in a text that has the word (each is tried at every word boundary, and the Russian one
#: reads the two words there first); a form left out fails at once, with its groups kept.
_RELATIVE = {
    (ago, nazad): re.compile(
        r"\b(?:" + (_RELATIVE_AGO if ago else r"(?!)(?P<n>)(?P<u>)")
        + r"|hace\s(?P<n2>\w+)\s(?P<u2>\w+)|il\sy\sa\s(?P<n3>\w+)\s(?P<u3>\w+)|vor\s(?P<n4>\w+)\s(?P<u4>\w+)|"
        + (_RELATIVE_NAZAD if nazad else r"(?!)(?P<n5>)(?P<u5>)")
        + r")(?!\w)"
    )
    for ago in (False, True)
    for nazad in (False, True)
}
_UNIT = re.compile(r"(?i)\A" + _U + r"\Z")
#: Zone abbreviations read after a time, by their offset in minutes: only those with one
#: common meaning ("IST" is Irish, Israeli and Indian, and is left out).
_ZONES = {
    "UTC": 0,
    "GMT": 0,
    "Z": 0,
    "WET": 0,
    "WEZ": 0,
    "EST": -300,
    "EDT": -240,
    "CST": -360,
    "CDT": -300,
    "MST": -420,
    "MDT": -360,
    "PST": -480,
    "PDT": -420,
    "BST": 60,
    "CET": 60,
    "MEZ": 60,
    "WEST": 60,
    "WESZ": 60,
    "CEST": 120,
    "MESZ": 120,
    "EET": 120,
    "OEZ": 120,
    "EEST": 180,
    "OESZ": 180,
    "MSK": 180,
    "JST": 540,
    "KST": 540,
    "HKT": 480,
    "SGT": 480,
    "AEST": 600,
    "AEDT": 660,
}
#: US zones written without saying whether daylight saving time is in effect ("10 a.m. ET"):
#: the offset follows from the date, by the US rule in force since 2007.
_US_ZONES = {"ET": -300, "CT": -360, "MT": -420, "PT": -480}
# Words dateparser likes to read as dates.
_DURATION = re.compile(
    r"(?i)\b(?:for|in|during|over|within|durante|en|pendant|seit|für|über)\s+(?:the\s+)?(?:next\s+|past\s+|last\s+)?$"
)
_DURATION_WORDS = re.compile(r"(?i)(?:years?|decades?|century|centuries|siglo|años|ans|jahre)\b")
_DIGITS = re.compile(r"\d")
_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")
_AGO = re.compile(r"(?i)\bago\b|\bhace\b|il y a|назад|\bvor\b")
_DURATION_START = re.compile(r"(?i)(?:for|during|over|within|durante|pendant|für|während)\s")
_MONTHISH = re.compile(r"[^\W\d_]{3,}")


def _date_or_none(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def _year(s: str) -> int:
    """A year as written: two digits are 2000-2049 for 00-49 and 1950-1999 for 50-99, everywhere.

    >>> _year("19"), _year("87"), _year("2019")
    (2019, 1987, 2019)
    """
    y = int(s)
    return y if len(s) == 4 else (2000 + y if y < 50 else 1900 + y)


def _us_dst(day: dt.date) -> bool:
    """Whether US daylight saving time is in effect on ``day`` (second Sunday of March to the
    first Sunday of November, the rule since 2007; at 2 a.m., which is not told apart here)."""
    march = dt.date(day.year, 3, 8)
    start = march + dt.timedelta(days=(6 - march.weekday()) % 7)
    november = dt.date(day.year, 11, 1)
    end = november + dt.timedelta(days=(6 - november.weekday()) % 7)
    return start <= day < end


def _zone(name: str | None, offset: str | None, day: dt.date) -> dt.tzinfo | None:
    """The zone a time states ("GMT", "ET", "+03:00", "UTC+3"), or None."""
    minutes = 0
    if name:
        up = name.upper()
        if up in _US_ZONES:
            minutes = _US_ZONES[up] + (60 if _us_dst(day) and day.year >= 2007 else 0)
            if day.year < 2007:
                return None
        elif up in _ZONES:
            minutes = _ZONES[up]
        else:
            return None
    if offset:
        sign = -1 if offset[0] == "-" else 1
        digits = offset[1:].replace(":", "")
        hours, mins = (digits[:-2], digits[-2:]) if len(digits) > 2 else (digits, "0")
        if int(hours) > 14 or int(mins) > 59:
            return None
        minutes += sign * (int(hours) * 60 + int(mins))
    if abs(minutes) >= 24 * 60:
        return None
    return dt.timezone(dt.timedelta(minutes=minutes))


class _Finder:
    """Collects mentions without overlap, first come first kept."""

    def __init__(self, text: str, language: str | None = None) -> None:
        self.text = text
        #: the language the text is read in, given to every mention
        self.language = language
        low = text.lower()
        if len(low) != len(text):  # "İ" lower-cases to two characters: keep such ones as they are
            low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
        #: ``text`` lower-cased, character for character: patterns run on it case-sensitively,
        #: which lets the regex engine skip ahead (IGNORECASE alternations are ~10x slower).
        self.low = low
        self.taken: list[tuple[int, int]] = []
        self.out: list[DateMention] = []
        #: (start, day) of the mentions that state a full date of their own: what a year-less
        #: date after them in the same paragraph takes its year from
        self.anchors: list[tuple[int, dt.date]] = []
        self._breaks: list[int] | None = None

    @property
    def full(self) -> bool:
        return len(self.out) >= _MAX_MENTIONS

    def paragraph(self, i: int) -> int:
        """The number of the paragraph (text between blank lines) that ``i`` is in."""
        if self._breaks is None:
            self._breaks = [m.start() for m in _BLANK_LINE.finditer(self.text)]
        return bisect.bisect_right(self._breaks, i)

    def free(self, a: int, b: int) -> bool:
        i = bisect.bisect_right(self.taken, (a, a))
        if i > 0 and self.taken[i - 1][1] > a:
            return False
        return not (i < len(self.taken) and self.taken[i][0] < b)

    def add(self, a: int, b: int, value: DateValue | None, precision: Precision, **kw: Any) -> None:
        if len(self.out) >= _MAX_MENTIONS or not self.free(a, b):
            return
        bisect.insort(self.taken, (a, b))
        kw["language"] = kw.get("language") or self.language
        self.out.append(DateMention(self.text[a:b], a, b, value, precision, **kw))
        if value is not None and precision in ("day", "minute", "second") and not kw.get("relative"):
            day = value.date() if isinstance(value, dt.datetime) else value
            bisect.insort(self.anchors, (a, day))


def _yearless(f: _Finder, ref: dt.date | None, a: int) -> tuple[int | None, dt.date | None]:
    """The year of a year-less date at ``a`` and the date it comes from: the reference date's
    (the caller's, or the article's own), else that of the nearest full date stated before it in
    the same paragraph; else none.  A bare year nearby is not an anchor ("by 2049 ... October
    21" does not say which October): guessing it would make up a date."""
    if ref is not None:
        return ref.year, ref
    i = bisect.bisect_left(f.anchors, (a, dt.date.min))
    if i == 0:
        return None, None
    start, day = f.anchors[i - 1]
    if f.paragraph(start) != f.paragraph(a):
        return None, None
    return day.year, day


def _partial(month: int, day: int) -> dict[str, int] | None:
    """``month`` and ``day`` as the parts of a year-less date, if some year has that day."""
    return {"month": month, "day": day} if _date_or_none(2000, month, day) is not None else None


def _with_time(f: _Finder, a: int, b: int, day: dt.date) -> tuple[int, DateValue, Precision]:
    m = _TIME.match(f.text, b, b + 60)
    if not m:
        return b, day, "day"
    tz: dt.tzinfo | None = None
    end = m.end()
    name = m.group("tz")
    if name or m.group("off2"):
        # zones are written in capitals: "9h et" is French for "9 o'clock and"
        tz = _zone(name, m.group("off") or m.group("off2"), day) if not name or name.isupper() else None
        if tz is None:  # a word that is not a zone: the time ends before it
            end = max(m.end(g) for g in ("H", "M", "hh", "S", "ap", "uhr", "mid"))
    stated = tz is not None or m.group("uhr") or m.group("ap")
    if m.group("mid"):
        h, mi = (0 if m.group("mid").lower() == "midnight" else 12), 0
    elif m.group("M") is None and not stated and not m.group("hh"):
        return b, day, "day"  # "3 March 2024, 5 people": a number, not a time
    elif m.group("sep") == "." and not stated:
        return b, day, "day"  # "2024 12.50": a decimal unless "Uhr" or a zone says it is a time
    else:
        h, mi = int(m.group("H")), int(m.group("M") or 0)
    ap = (m.group("ap") or "").lower()
    if ap and not 1 <= h <= 12:
        return b, day, "day"
    if ap.startswith("p") and h < 12:
        h += 12
    elif ap.startswith("a") and h == 12:
        h = 0
    if h > 23:
        return b, day, "day"
    sec = m.group("S")
    value = dt.datetime(day.year, day.month, day.day, h, mi, int(sec or 0), tzinfo=tz)
    return end, value, "second" if sec else "minute"


def _iso(f: _Finder) -> None:
    for m in _ISO.finditer(f.text):
        if f.full:
            break
        day = _date_or_none(int(m.group("y")), int(m.group("m")), int(m.group("d")))
        if day is None:
            continue
        value: DateValue = day
        precision: Precision = "day"
        if m.group("H") and int(m.group("H")) < 24 and int(m.group("M")) < 60:
            z = m.group("z") or m.group("z2")
            tz = None
            if z:
                tz = _zone(z, None, day) if z[0] not in "+-" else _zone(None, z, day)
            sec = int(m.group("S") or 0)
            if sec < 60:
                value = dt.datetime(day.year, day.month, day.day, int(m.group("H")), int(m.group("M")), sec, tzinfo=tz)
                precision = "second" if m.group("S") else "minute"
        f.add(m.start(), m.end(), value, precision)


def _numeric(f: _Finder, month_first: bool | None, en_slash: bool) -> None:
    for m in _NUM.finditer(f.text):
        if len(f.out) >= _MAX_MENTIONS:
            break
        a, b, c = m.group("a"), m.group("b"), m.group("c")
        if len(a) == 4:
            if (len(c) != 2 and len(c) != 4) or len(c) == 4:
                continue
            day = _date_or_none(int(a), int(b), int(c))
            if day:
                f.add(m.start(), m.end(), day, "day")
            continue
        if len(a) > 2:
            continue
        y = _year(c)
        if len(c) == 2 and m.group("s") == "-":
            continue
        dm = _date_or_none(y, int(b), int(a))
        md = _date_or_none(y, int(a), int(b))
        if dm is None and md is None:
            continue
        if dm is None or md is None or dm == md:
            val = dm or md
            assert val is not None
            end, v, p = _with_time(f, m.start(), m.end(), val)
            f.add(m.start(), end, v, p)
            continue
        mf = month_first
        if mf is None and en_slash and m.group("s") != ".":
            mf = True
        first, other = (md, dm) if mf else (dm, md)
        end, v, p = _with_time(f, m.start(), m.end(), first)
        f.add(m.start(), end, v, p, ambiguous=month_first is None, alternative=other if month_first is None else None)


def _alternation(names: Iterable[str]) -> str:
    """A regex alternation of ``names``, longest first, spaces matching any run of spaces."""
    return "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in sorted(names, key=lambda n: (-len(n), n)))


# Dates with a month name, in any language: the word in the ``mon`` place is looked up in the
# language's month names afterwards.  They run on the lower-cased text, near month names only.
_MON = rf"(?<![^\W\d_])(?P<mon>{TOKEN.pattern})(?:\.(?!\d))?"
_PART = rf"(?:(?:{_alternation(PARTICLES)}){_SP}){{0,3}}"  # at most three: no backtracking over runs
_DAY = r"(?P<d>[0-3]?\d)"
_YEAR_AFTER = rf"(?:,?{_SP}{_PART}{_Y})"
_NAMED_PATTERNS = (
    # 1945. május 8-án (only where the language writes the year first)
    rf"(?<![\w.,/:+-]){_Y}\.?{_SP}{_PART}{_MON}{_SP}{_DAY}(?:\.|-[^\W\d_]{{1,4}})?(?!\w)",
    # 3 March 2024, 17 de marzo de 1615, 1. september 1939
    rf"(?<![\w.,/:+-]){_DAY}(?:st|nd|rd|th|er|º|ª|\.)?{_SP}{_PART}{_MON}{_YEAR_AFTER}?",
    # March 3, 2024; Agosto 15, 1945; május 8-án
    rf"{_MON}{_SP}{_DAY}(?:st|nd|rd|th|-[^\W\d_]{{1,4}})?(?!\w){_YEAR_AFTER}?(?![.,]\d)",
    # June 2018, outubro de 1936
    rf"{_MON}(?:,?{_SP}{_PART}){_Y}",
    # the weekday before a date ("Fri, 12 Dec 2014"), read backwards from the date
    rf"(?P<w>{TOKEN.pattern})\.?,?{_SP}\Z",
)


@functools.cache
def _compiled() -> tuple[re.Pattern[str], ...]:
    """The patterns above, compiled on first use (not at import: their word class is large)."""
    return tuple(re.compile(p) for p in _NAMED_PATTERNS)


_EN_WEEKDAYS = frozenset(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])
_Hit = tuple[int, int, str]


def _near(hits: Iterable[_Hit], size: int, before: int, after: int) -> list[tuple[int, int]]:
    """Merged stretches reaching ``before``/``after`` characters around each hit."""
    spans: list[tuple[int, int]] = []
    for a, b, _ in hits:
        lo, hi = max(0, a - before), min(size, b + after)
        if spans and lo <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(hi, spans[-1][1]))
        else:
            spans.append((lo, hi))
    return spans


def _named(f: _Finder, ref: dt.date | None, words: DateWords, hits: list[_Hit]) -> None:
    """Dates with a month name: "3 March 2024", "March 3, 2024", "1945. május 8-án", "June 2018"."""
    spans = _near((h for h in hits if h[2] in words.months), len(f.low), 40, 60)
    found: list[tuple[int, int, int, re.Match[str]]] = []
    # Each pattern's matches are read up to the mention cap only: past the point where one of
    # them stopped, which match comes first cannot be told, and nothing there is kept.
    room = _MAX_MENTIONS - len(f.out)
    stop = len(f.low)
    for order, rx in enumerate(_compiled()[:4]):
        if order == 0 and not words.year_first:
            continue
        count = 0
        for m in itertools.chain.from_iterable(rx.finditer(f.low, lo, min(hi, stop)) for lo, hi in spans):
            if m.group("mon").rstrip(".") in words.months:
                found.append((m.start(), -(m.end() - m.start()), order, m))
                count += 1
                if count > room:
                    stop = min(stop, m.start())
                    break
    for start, _, _, m in sorted(found, key=lambda x: x[:3]):  # leftmost, then longest
        if f.full or start >= stop:
            break
        _add_named(f, ref, words, m)
    for m in _CJK.finditer(f.text):
        if f.full:
            break
        y, mo, dd = int(m.group("y")), m.group("m"), m.group("d")
        if dd and (day := _date_or_none(y, int(mo), int(dd))):
            f.add(m.start(), m.end(), day, "day")
        elif mo and 1 <= int(mo) <= 12:
            f.add(m.start(), m.end(), dt.date(y, int(mo), 1), "month")


def _add_named(f: _Finder, ref: dt.date | None, words: DateWords, m: re.Match[str]) -> None:
    mon = words.months.get(m.group("mon").rstrip("."))
    word = f.text[m.start("mon") : m.end("mon")].rstrip(".")
    if mon is None or (word.lower() in _ENGLISH_VERBS and word.islower() and not m.group("y")):
        return
    stop = m.end()
    if stop == m.end("mon") + 1 and f.text[m.end("mon")] == ".":
        stop -= 1  # "19th day of May.": a dot after the last word of a date ends the sentence
    groups = m.groupdict()
    if groups.get("d") is None:  # month and year
        f.add(m.start(), stop, dt.date(int(m.group("y")), mon, 1), "month")
        return
    d = int(m.group("d"))
    if not m.group("y"):
        parts = _partial(mon, d)
        if parts is not None and f.free(m.start(), stop):
            year, anchor = _yearless(f, ref, m.start())
            found = _date_or_none(year, mon, d) if year else None
            if found is None:
                f.add(m.start(), stop, None, "day", relative=True, anchor=None, **parts)
            else:
                f.add(m.start(), stop, found, "day", relative=True, anchor=anchor)
        return
    day = _date_or_none(int(m.group("y")), mon, d)
    if day is None:
        return
    end, v, p = _with_time(f, m.start(), stop, day)
    before = f.text[max(0, m.start() - 20) : m.start()]
    wd = _compiled()[4].search(before.lower())
    if wd is not None and wd.group("w") not in words.weekdays:
        wd = None
    tb = _TIME_BEFORE.search(before)
    if tb and p == "day" and int(tb.group("H")) < 13:
        h = int(tb.group("H")) % 12 + (12 if (tb.group("ap") or "a").lower() == "p" else 0)
        v = dt.datetime(day.year, day.month, day.day, h, int(tb.group("M")))
        f.add(m.start() - len(tb.group(0)), end, v, "minute")
    else:
        f.add(m.start() - (len(wd.group(0)) if wd else 0), end, v, p)


def _years(f: _Finder) -> None:
    for rx in (_YEAR, _BARE_YEAR):
        for m in rx.finditer(f.low):
            if f.full:
                return
            f.add(m.start("y"), m.end("y"), dt.date(int(m.group("y")), 1, 1), "year")


def _relative(f: _Finder, ref: dt.date | None) -> None:
    """ "3 days ago", "a year ago", "hace dos días", "il y a trois jours", "vor zwei Tagen", "2 дня назад"."""
    for m in _RELATIVE["ago" in f.low, "назад" in f.low].finditer(f.low):
        if f.full:
            break
        pairs = (("n", "u"), ("n2", "u2"), ("n3", "u3"), ("n4", "u4"), ("n5", "u5"))
        groups = [(m.group(n), m.group(u)) for n, u in pairs]
        n, u = next((a, b) for a, b in groups if a)
        n = n.lower()
        count = int(n) if n.isdigit() else _NUMBER_WORDS.get(n)
        if count is None or not _UNIT.match(u):
            continue
        u = u.lower()
        size = next((v for k, v in _UNIT_SIZE if u.startswith(k)), None)
        if size is None:
            continue
        back = _months_before(ref, count * size[1]) if ref else None
        value = _shift(back, -count * size[0]) if back else None
        f.add(m.start(), m.end(), value, "day", relative=True, anchor=ref)


def _months_before(day: dt.date, months: int) -> dt.date | None:
    """``day`` moved ``months`` months back, on the same day or the month's last; None before
    the calendar's first year."""
    y, m = divmod(day.year * 12 + day.month - 1 - months, 12)
    if not dt.MINYEAR <= y <= dt.MAXYEAR:
        return None
    for d in (day.day, 30, 29, 28):
        found = _date_or_none(y, m + 1, d)
        if found is not None:
            return found
    return None  # pragma: no cover - 28 exists in every month


def _shift(day: dt.date, days: int) -> dt.date | None:
    """``day`` moved by ``days`` days, or None beyond the calendar's ends."""
    try:
        return day + dt.timedelta(days=days)
    except OverflowError:
        return None


def _relative_words(f: _Finder, ref: dt.date | None, words: DateWords, hits: list[_Hit]) -> None:
    """ "yesterday", "hoy", "gestern"; English weekdays ("on Monday": the last Monday up to the
    reference date, as dateparser reads it; "next Monday": the first one after it)."""
    for a, b, phrase in hits:
        if f.full:
            break
        offset = words.day_offsets.get(phrase)
        if offset is not None:
            before = f.low[max(0, a - 8) : a].split()
            if before and before[-1] in _NOUN_MARKERS:  # "la mañana", "am Morgen": the morning
                continue
            if ref is None:
                f.add(a, b, None, "day", relative=True, anchor=None)
                continue
            day = _shift(ref, offset)
            if day is None:  # beyond the calendar: named, not placed
                f.add(a, b, None, "day", relative=True, anchor=ref)
                continue
            end, v, p = _with_time(f, a, b, day)
            f.add(a, end, v, p, relative=True, anchor=ref)
        elif phrase in _EN_WEEKDAYS and phrase in words.weekdays:
            if f.text[a].islower() or _FOLLOWED_BY_NUMBER.match(f.text, b):
                continue  # English weekdays are written with a capital; "Thursday 2020-11-05" is one date
            weekday = words.weekdays[phrase]
            prev = f.low[max(0, a - 6) : a].split()
            mod = prev[-1] if prev and prev[-1] in ("last", "next", "this") else ""
            start = a - len(mod) - 1 if mod else a
            value = None
            if ref is not None:
                if mod == "next":
                    value = _shift(ref, (weekday - ref.weekday()) % 7 or 7)
                else:
                    back = (ref.weekday() - weekday) % 7
                    value = _shift(ref, -(back or (7 if mod == "last" else 0)))
            f.add(start, b, value, "day", relative=True, anchor=ref)


_FOLLOWED_BY_NUMBER = re.compile(r",?\s\d")
_NOUN_MARKERS = frozenset(
    ["la", "esta", "una", "cada", "de", "am", "der", "den", "die", "das", "jeden", "le", "cette", "ce", "the", "a"]
)

# dateparser, for what the own patterns leave: its search on windows around the words it knows,
# and its single-date parser at two fixed base dates to tell relative from absolute and to read
# the precision ("period") of what it found.
_WINDOW = 60
_BASE_A = dt.datetime(2000, 1, 15)
_BASE_B = _BASE_A + dt.timedelta(days=400, hours=5)
_BASE_MIN = dt.date(2, 1, 1)
_BASE_MAX = dt.date(9998, 12, 31)
_dp_lock = threading.Lock()
_probes: dict[tuple[str, ...], tuple[Any, Any]] = {}
_MAX_PROBES = 32
#: dateparser reads every date in UTC, never in the process's local zone (which it would ask
#: tzlocal for, so that ``TZ`` would change what is found): a time with a stated zone comes
#: back aware, one without stays naive.
_DP_SETTINGS: dict[str, Any] = {"TIMEZONE": "UTC"}
#: What dateparser raises for what it cannot read: an unknown language, a date out of range.
_DP_ERRORS = (ValueError, OverflowError)


def _reraise_setting_error(error: Exception) -> None:
    """Raise ``error`` again if it says the settings above are wrong: a bug, not a text's date."""
    from dateparser.conf import SettingValidationError

    if isinstance(error, SettingValidationError):
        raise error


@functools.lru_cache(maxsize=4096)
def _read_alone(langs: tuple[str, ...], s: str) -> tuple[str, dt.datetime, dt.datetime] | None:
    """:func:`_probe`, else :func:`_probe_search`; the same strings recur ("am Montag", "this week")."""
    return _probe(langs, s) or _probe_search(langs, s)


def _probe(langs: tuple[str, ...], s: str) -> tuple[str, dt.datetime, dt.datetime] | None:
    """(period, value at base A, value at base B) of ``s`` read as one date, or None."""
    with _dp_lock:
        parsers = _probes.get(langs)
        if parsers is None:
            from dateparser.date import DateDataParser

            parsers = _probes[langs] = (
                DateDataParser(languages=list(langs), settings={**_DP_SETTINGS, "RELATIVE_BASE": _BASE_A}),
                DateDataParser(languages=list(langs), settings={**_DP_SETTINGS, "RELATIVE_BASE": _BASE_B}),
            )
            while len(_probes) > _MAX_PROBES:
                del _probes[next(iter(_probes))]
        try:
            a = parsers[0].get_date_data(s)
            b = parsers[1].get_date_data(s)
        except _DP_ERRORS as e:
            _reraise_setting_error(e)
            return None
    if a is None or b is None or a.date_obj is None or b.date_obj is None:
        return None
    return str(a.period or "day"), a.date_obj, b.date_obj


def _probe_search(langs: tuple[str, ...], s: str) -> tuple[str, dt.datetime, dt.datetime] | None:
    """As :func:`_probe`, with dateparser's search, for what its parser rejects ("am Samstag")."""
    from dateparser.search import search_dates

    found = []
    for base in (_BASE_A, _BASE_B):
        try:
            hits = search_dates(s, languages=list(langs), settings={**_DP_SETTINGS, "RELATIVE_BASE": base})
        except _DP_ERRORS as e:
            _reraise_setting_error(e)
            hits = None
        if not hits or len(hits) != 1:
            return None
        found.append(hits[0][1])
    return "day", found[0], found[1]


def _junk(s: str, before: str) -> bool:
    """Strings dateparser reads as dates that are not dates here."""
    st = s.strip()
    if len(st) < 3 or (not _DIGITS.search(st) and len(st) < 5):
        return True
    if not any(c.isalpha() for c in st):
        return True  # numbers, scores, fractions: numeric dates are read by the own patterns
    if re.search(r"\d[./,-]\d", st):
        return True  # versions, decimals: a numeric date would have been read already
    if _DURATION_WORDS.search(st) and (_DURATION.search(before[-30:]) or not _AGO.search(st)):
        return True
    if _DURATION_START.match(st):
        return True
    return bool(not _MONTHISH.search(st) and not re.search(r"\d:\d", st))


def _windows(f: _Finder, words: DateWords, hits: list[_Hit]) -> list[tuple[int, int]]:
    """Stretches of the text (not yet read) around words dateparser may read a date from: month
    names and relative phrases left over, "ago"/"in" words next to a unit ("hace dos días")."""
    end = _DP_TOTAL * 2
    keep: list[_Hit] = []
    for k, (a, b, phrase) in enumerate(hits):
        if a >= end or not f.free(a, b):
            continue
        if phrase in words.months:
            # a month name beside digits was tried by the own patterns, and one alone is a month of
            # no known year, which is not reported: dateparser is asked only when a number word
            # comes before it ("Двадцатое февраля")
            # ("Двадцать третье февраля": in a compound ordinal the tens word may be the one known)
            prev = f.low[max(0, a - 30) : a].split()[-2:]
            if any(w.startswith(words.number_stems) for w in prev):
                keep.append((a, b, phrase))
        elif (
            phrase in words.other_months
            or phrase in words.triggers
            or (phrase in words.weekdays and phrase not in _EN_WEEKDAYS)
        ):
            keep.append((a, b, phrase))
        elif phrase in words.ago or phrase in words.ahead:
            # a unit among the next two words ("in a minute", "hace dos días"), or for "ago" words
            # the two before ("two days ago")
            nearby = [h[2] for h in hits[k + 1 : k + 3] if h[0] - b < 30]
            if phrase in words.ago:
                nearby += [h[2] for h in hits[max(0, k - 2) : k] if a - h[1] < 30]
            units = words.units | words.long_units if phrase in words.ago else words.units
            if any(w in units for w in nearby):
                keep.append((a, b, phrase))
    out = []
    for lo, hi in _near(keep, min(len(f.low), end), _WINDOW, _WINDOW):  # widen to whole words
        lo = f.low.rfind(" ", 0, lo) + 1 if lo > 0 else 0
        space = f.low.find(" ", hi)
        out.append((lo, len(f.low) if space == -1 else space))
    return out


def load_dateparser() -> None:
    """Imports dateparser's search and builds the tables every search shares (its time-zone
    patterns, English), as the first document that reaches dateparser otherwise would.

    For a process about to fork workers (:mod:`newsmeta.batch`): they then start with them.
    """
    from contextlib import suppress

    from dateparser.search import search_dates

    with suppress(*_DP_ERRORS):  # (not with this text: the tables are built before any search)
        search_dates("reopened on the eve of the holiday", languages=["en"],
                     settings={**_DP_SETTINGS, "RELATIVE_BASE": _BASE_A})


def _dateparser(
    f: _Finder, langs: list[str], ref: dt.date | None, words: DateWords, hits: list[_Hit], budget: Budget
) -> None:
    if budget.chars <= 0 or budget.found <= 0 or f.full:
        return
    spans = _windows(f, words, hits)
    if not spans:
        return
    from dateparser.search import search_dates

    if ref is not None and not _BASE_MIN <= ref <= _BASE_MAX:
        return  # dateparser cannot count days from the ends of the calendar
    base = dt.datetime.combine(ref, dt.time()) if ref else _BASE_A
    text = f.text
    for lo, hi in _cut(f.low, spans):
        if budget.chars <= 0 or budget.found <= 0:
            break
        chunk = "".join(" " * (b - a) if not f.free(a, b) else text[a:b] for a, b in _pieces(f, lo, hi))
        budget.chars -= max(len(chunk), _DP_CALL)
        try:
            found = (
                search_dates(
                    chunk,
                    languages=langs,
                    settings={**_DP_SETTINGS, "RELATIVE_BASE": base},
                    add_detected_language=True,
                )
                or []
            )
        except _DP_ERRORS as e:  # a date out of range: nothing found there
            _reraise_setting_error(e)
            found = []
        cursor = 0
        for s, v, lang in found:
            budget.found -= 1
            if budget.found < 0:
                break
            i = chunk.find(s, cursor)
            if i == -1:
                continue
            cursor = i + len(s)
            a, b = lo + i, lo + i + len(s)
            while a < b and not text[a].isalnum():
                a += 1
            while b > a and not text[b - 1].isalnum():
                b -= 1
            tail = _TRAILING_JOIN.search(text, a, b)  # "in 1967, and": the conjunction is not the date
            if tail is not None and tail.start() > a:
                b = tail.start()
            if a >= b or not f.free(a, b) or _junk(text[a:b], text[max(0, a - 40) : a]):
                continue
            if _not_a_date(f, words, hits, a, b):
                continue
            # read in one of several likely languages: the one it was read in
            _add_found(f, a, b, v, langs, ref, lang if len(langs) > 1 and isinstance(lang, str) else None)


def _cut(low: str, spans: list[tuple[int, int]]) -> Iterable[tuple[int, int]]:
    """``spans`` cut at spaces into pieces of at most about ``_DP_CHUNK`` characters: dateparser's
    search costs more than linear time in what it is given, and the budget is checked between them."""
    for lo, hi in spans:
        while hi - lo > _DP_CHUNK:
            cut = low.rfind(" ", lo + _DP_CHUNK // 2, lo + _DP_CHUNK)
            cut = lo + _DP_CHUNK if cut == -1 else cut + 1
            yield lo, cut
            lo = cut
        yield lo, hi


def _not_a_date(f: _Finder, words: DateWords, hits: list[_Hit], a: int, b: int) -> bool:
    """Whether what dateparser found at [a, b) holds neither a digit nor a date word of the
    language other than "ago"/"in" words ("und die", "in die": function words it reads as
    weekday abbreviations), or names only units ("2 Wochen", "15 Stunden"): a span of time, not
    a date, unless an "ago" or "in" word stands in it or right before it ("vor 2 Wochen")."""
    inside = [h[2] for h in hits[bisect.bisect_left(hits, (a, -1, "")) :] if h[0] < b]
    core = [w for w in inside if w not in words.ago and w not in words.ahead]
    if not core:
        return not _DIGITS.search(f.text, a, b)
    if len(core) < len(inside) or any(w not in words.units and w not in words.long_units for w in core):
        return False
    before = f.low[max(0, a - 12) : a].split()
    return not (before and (before[-1] in words.ago or before[-1] in words.ahead))


def _pieces(f: _Finder, lo: int, hi: int) -> list[tuple[int, int]]:
    """[lo, hi) cut at the mentions already taken, so that they can be blanked out."""
    out: list[tuple[int, int]] = []
    pos = lo
    for a, b in f.taken:
        if b <= lo or a >= hi:
            continue
        if a > pos:
            out.append((pos, a))
        out.append((max(a, pos), min(b, hi)))
        pos = min(b, hi)
    if pos < hi:
        out.append((pos, hi))
    return out


def _add_found(
    f: _Finder, a: int, b: int, v: dt.datetime, langs: list[str], ref: dt.date | None, language: str | None = None
) -> None:
    """Add what dateparser found at [a, b) with its precision, resolved or left open."""
    s = f.text[a:b]
    probe = _read_alone(tuple(langs), s)
    if probe is None:
        return  # read as a date only among its neighbours: whether it is relative cannot be told
    period, va, vb = probe
    # The two bases are over a year and a month apart: a value that moves with them is relative
    # (or incomplete: "Friday (29" takes its month from the base), but a month's unstated day is not.
    relative = va.year != vb.year or (period == "day" and va.month != vb.month)
    prec: Precision
    if re.search(r"\d:\d\d:\d\d", s):
        prec = "second"
    elif (re.search(r"\d[:h.]\d\d|noon|midnight", s, re.I) or relative) and (v.hour or v.minute):
        prec = "minute"  # a time, or "in a minute", "2 hours ago" (the base is a midnight)
    elif relative and period in ("month", "year") and _DIGITS.search(s):
        prec = "day"  # "2 months ago": a day, whatever unit it counts in
    elif period in ("month", "year"):
        prec = "month" if period == "month" else "year"
    else:
        prec = "day"
    if prec in ("month", "year") and not _DIGITS.search(s):
        return  # a bare month name ("may", "march"): a word, or a month of no known year
    value: DateValue | None = v if prec in ("minute", "second") else v.date()
    if prec == "year":  # dateparser fills the unstated month and day from its base date
        value = dt.date(v.year, 1, 1)
    elif prec == "month":
        value = dt.date(v.year, v.month, 1)
    if value is not None and not relative:
        value = _two_digit_year(s, value)
    anchor = ref if relative else None
    parts: dict[str, int] = {}
    if relative and ref is None:
        value = None
        if (va.month, va.day) == (vb.month, vb.day) and va.year != vb.year:  # a year-less date
            year, anchor = _yearless(f, ref, a)
            if year is not None:
                value = v.replace(year=year) if isinstance(value, dt.datetime) else _date_or_none(year, v.month, v.day)
            elif prec == "day":
                parts = _partial(v.month, v.day) or {}
    f.add(a, b, value, prec, relative=relative, anchor=anchor, language=language, **parts)


def _two_digit_year(s: str, value: DateValue) -> DateValue:
    """``value`` with its year read by :func:`_year` when ``s`` writes it in two digits
    (dateparser puts 50-68 in the 2000s: one rule everywhere)."""
    if _FOUR_DIGITS.search(s):
        return value
    yy = f"{value.year % 100:02d}"
    if re.search(rf"(?<!\d){yy}(?!\d)", s) is None or _year(yy) == value.year:
        return value
    try:
        return value.replace(year=_year(yy))
    except ValueError:  # 29 February
        return value


_FOUR_DIGITS = re.compile(r"\d{4}")


def _hint_month_first(text: str, langs: list[str]) -> bool | None:
    """Whether numeric dates in ``text`` are month-first: decided by unambiguous ones, else None."""
    mf = df = 0
    for m in _NUM.finditer(text[:200_000]):
        a, b = m.group("a"), m.group("b")
        if len(a) > 2:
            continue
        if int(b) > 12 >= int(a):
            mf += 1
        elif int(a) > 12 >= int(b):
            df += 1
    if mf and not df:
        return True
    if df and not mf:
        return False
    return None


class Budget:
    """How much more text dateparser may be handed, shared by the calls that read one document
    (its sections, then the relative dates read again), so that the whole document's dateparser
    work is bounded, not each section's."""

    def __init__(self) -> None:
        self.chars = _DP_TOTAL
        self.found = _MAX_DP_FOUND


_LANG_FORM = re.compile(r"[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8}){0,3}")


@functools.cache
def _known_languages() -> frozenset[str]:
    from dateparser.data.languages_info import language_order

    return frozenset(language_order)


def _check_languages(languages: object) -> list[str]:
    """The caller's language codes, validated: well-formed ones, lower-cased primary subtag first."""
    if languages is None:
        return []
    if isinstance(languages, (str, bytes)) or not isinstance(languages, Iterable):
        msg = (
            f"languages must be a list of language codes such as ['de'] or None, not {type(languages).__name__}"
            + (f"; write [{languages!r}]" if isinstance(languages, str) else "")
        )
        raise InputTypeError(msg)
    out = []
    for lang in languages:
        if not isinstance(lang, str):
            msg = f"languages must hold language codes (str) such as 'de', not {type(lang).__name__}"
            raise InputTypeError(msg)
        if not _LANG_FORM.fullmatch(lang):
            msg = f"languages: {lang[:40]!r} is not a language code such as 'de' or 'pt-BR'"
            raise InvalidOptionError(msg)
        out.append(lang)
    return out


def _readable(langs: list[str]) -> list[str]:
    """``langs`` as dateparser names them ("pt-BR" -> "pt"), unknown ones dropped."""
    known = _known_languages()
    out = []
    for lang in langs:
        code = lang.replace("_", "-")
        if code not in known:
            code = code.split("-")[0].lower()
        if code in known and code not in out:
            out.append(code)
    return out


#: A detected language this sure is the one read; below it, its likely alternatives are too.
_SURE = 0.9
_LIKELY = 0.1


def check_reference(reference_date: object) -> dt.date | None:
    """The caller's reference date as a ``date`` (a ``datetime`` is read as its day); shared by
    :func:`find_dates` and :func:`newsmeta.extract`."""
    if reference_date is None:
        return None
    if isinstance(reference_date, dt.datetime):
        return reference_date.date()
    if isinstance(reference_date, dt.date):
        return reference_date
    msg = f"reference_date must be a datetime.date, a datetime.datetime or None, not {type(reference_date).__name__}"
    if isinstance(reference_date, str):
        msg += f"; for a string use datetime.date.fromisoformat({reference_date[:20]!r})"
    raise InputTypeError(msg)


def find_dates(
    text: str,
    /,
    *,
    reference_date: dt.date | None = None,
    languages: Iterable[str] | None = None,
) -> tuple[DateMention, ...]:
    """Every date mention in ``text``; relative ones resolve against ``reference_date``.

    ``languages`` are the codes of the languages the text is written in, first one first
    (without them the text's language is detected); every mention's ``language`` is the first.

    >>> find_dates("the 19th day of May")[0].value is None
    True
    >>> find_dates(b"3 May 2024")
    Traceback (most recent call last):
    ...
    newsmeta.errors.InputTypeError: find_dates() takes a str, not bytes; decode bytes first, e.g. data.decode('utf-8')
    """
    return read_dates(text, reference_date=reference_date, languages=languages)


def read_dates(
    text: str,
    /,
    *,
    reference_date: dt.date | None = None,
    languages: Iterable[str] | None = None,
    budget: Budget | None = None,
) -> tuple[DateMention, ...]:
    """:func:`find_dates`, with dateparser's work taken from ``budget`` (one per document)."""
    if not isinstance(text, str):
        msg = f"find_dates() takes a str, not {type(text).__name__}"
        if isinstance(text, (bytes, bytearray)):
            msg += "; decode bytes first, e.g. data.decode('utf-8')"
        raise InputTypeError(msg)
    ref = check_reference(reference_date)
    given = _check_languages(languages)
    langs = _readable(given)
    dp_langs: list[str] = []
    primary = given[0].lower() if given else None
    if not given:
        from newsmeta.language import detect_language

        guess = detect_language(text[:5000])
        langs = _readable([guess.code]) if guess is not None else []
        primary = guess.code if guess is not None else None
        if guess is not None and guess.confidence < _SURE:
            # a short text's language is a guess: dateparser reads it in the likely ones
            maybe = [a.code for a in guess.alternatives if a.confidence >= _LIKELY]
            dp_langs = _readable([guess.code, *maybe])
    if not langs:
        langs = ["en"]
    elif "en" not in langs:
        langs.append("en")
    f = _Finder(text, primary)
    _iso(f)
    month_first = _hint_month_first(text, langs)
    if month_first is False and langs[0] != "en":
        month_first = False
    _numeric(f, month_first, langs[0] == "en")
    words = date_words(tuple(dict.fromkeys(langs)))
    hits = words.find(f.low, _MAX_SCAN)
    _named(f, ref, words, hits)
    _relative(f, ref)
    _relative_words(f, ref, words, hits)
    _dateparser(f, dp_langs or langs[:1], ref, words, hits, budget or Budget())
    _years(f)
    return tuple(sorted(f.out, key=lambda d: d.start or 0))

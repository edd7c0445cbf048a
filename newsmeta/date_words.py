"""Date words of a language (month and weekday names, "today", "ago"), from dateparser's data.

dateparser ships, for each of its ~200 locales, a plain table of the words it reads dates with.
Reading that table costs well under a millisecond, while building dateparser's own parser for a
language costs tens; so the common shapes ("8 maj 1945", "1945. május 8-án", "el lunes") are read
here from the table, and dateparser's parser runs only where words it knows are left over.

>>> words = date_words(("de",))
>>> words.months["märz"], words.weekdays["montag"]
(3, 0)
>>> words.day_offsets["gestern"]
-1
>>> date_words(("xx-not-a-language",)).months
{}
"""

from __future__ import annotations

import importlib
import re
import threading
from collections import OrderedDict
from collections.abc import Iterable

import attrs

__all__ = ["PARTICLES", "TOKEN", "DateWords", "date_words"]

_MONTH_KEYS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
_WEEKDAY_KEYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
#: Relative phrases read here, by their key in dateparser's table: the day they name.
_DAY_KEYS = {"0 day ago": 0, "1 day ago": -1, "2 day ago": -2, "in 1 day": 1, "in 2 day": 2}
#: Relative phrases left to dateparser: weeks, hours, minutes (months and years are periods,
#: not dates, and are not reported).
_TRIGGER_KEY = re.compile(r"^(?:\d+ (?:week|hour|minute) ago|in \d+ (?:week|hour|minute)|(?:last|next|this) \w+)$")
#: Filler words between the parts of a date ("17 de marzo de 1615", "19th day of May").  dateparser's
#: own skip lists also hold conjunctions and prepositions ("and", "at", "y"), which would join two
#: dates or a number and a date, so a short list is kept here instead.
PARTICLES = frozenset(
    ["de", "del", "of", "the", "day of", "den", "d.", "le", "el", "am", "vom", "du", "di", "da", "do", "в"]
)
#: "Ago" words that are mostly something else ("two days before the vote" is not relative to now).
_NOT_AGO = frozenset(["before", "after"])
#: Day words that are mostly something else ("till date" means "so far").
_NOT_DAY = frozenset(["till date"])
#: A word: a run of anything but spaces, digits and punctuation (letters with their combining
#: marks, which ``\\w`` leaves out in Devanagari and other scripts).
TOKEN = re.compile(r"[^\s\d!-/:-@\[-`{-~\u00a0-\u00bf\u2000-\u206f\u3000-\u303f\uff01-\uff0f]+")
_STEM = re.compile(r"^[^\W\d_]+")  # the literal start of a simplification pattern
_UNSPACED = re.compile(r"^[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]")
_LANG_CODE = re.compile(r"^[a-z]{2,3}(?:-[A-Za-z0-9]{1,8})?$")
_ROMAN = re.compile(r"^[IVXLC]+$")


@attrs.frozen
class DateWords:
    """The date words of one or more languages, lower-cased.

    ``months`` and ``weekdays`` map a name to its number (January = 1, Monday = 0);
    ``day_offsets`` maps "today", "yesterday", "tomorrow" and the like to a day offset;
    ``triggers`` are the other words dateparser reads dates from ("last week", "next Monday");
    ``number_stems`` begin number words ("zwei", "двадцат");
    ``other_months`` are month names that are not single words ("tháng 4", "3月");
    ``ago`` ("ago", "hace") with ``units`` ("days", "semanas") or ``long_units`` ("months",
    "años"), and ``ahead`` ("через", "in") with ``units`` only, make one ("in two years" is a
    span of time, not a date).
    """

    months: dict[str, int]
    weekdays: dict[str, int]
    day_offsets: dict[str, int]
    triggers: frozenset[str]
    other_months: frozenset[str]
    ago: frozenset[str]
    ahead: frozenset[str]
    units: frozenset[str]
    long_units: frozenset[str]
    year_first: bool
    #: How number words begin ("двадцат", "zwei"): a month name with one of these before it is
    #: a date ("Двадцатое февраля"); with neither digits nor these, just a month's name.
    number_stems: tuple[str, ...]
    #: Every phrase above by its first word, longest first; and those in scripts written
    #: without spaces (Chinese, Japanese), which are found by substring instead.
    index: dict[str, tuple[str, ...]] = attrs.field(init=False, eq=False, repr=False)
    unspaced: tuple[str, ...] = attrs.field(init=False, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        index: dict[str, list[str]] = {}
        unspaced: list[str] = []
        for phrase in {
            *self.months,
            *self.weekdays,
            *self.day_offsets,
            *self.triggers,
            *self.other_months,
            *self.ago,
            *self.ahead,
            *self.units,
            *self.long_units,
        }:
            if _UNSPACED.match(phrase):
                unspaced.append(phrase)
                continue
            first = TOKEN.match(phrase)
            if first is not None:
                index.setdefault(first.group(), []).append(phrase)
        object.__setattr__(self, "index", {k: tuple(sorted(v, key=lambda p: (-len(p), p))) for k, v in index.items()})
        object.__setattr__(self, "unspaced", tuple(sorted(unspaced, key=lambda p: (-len(p), p))))

    def find(self, low: str, end: int) -> list[tuple[int, int, str]]:
        """(start, end, phrase) of the known phrases in the lower-cased ``low[:end]``, left to right,
        the longest at each place, each a whole word.

        >>> date_words(("en",)).find("on monday, 3 days ago", 99)
        [(3, 9, 'monday'), (13, 17, 'days'), (18, 21, 'ago')]
        """
        out: list[tuple[int, int, str]] = []
        index = self.index
        last = -1
        size = min(end, len(low))
        for m in TOKEN.finditer(low, 0, size):
            phrases = index.get(m.group())
            if phrases is None or m.start() < last:
                continue
            start = m.start()
            for phrase in phrases:
                stop = start + len(phrase)
                if low.startswith(phrase, start) and (stop >= len(low) or not low[stop].isalpha()):
                    out.append((start, stop, phrase))
                    last = stop
                    break
        for phrase in self.unspaced:
            i = low.find(phrase, 0, size)
            while i != -1 and len(out) < 10_000:
                out.append((i, i + len(phrase), phrase))
                i = low.find(phrase, i + len(phrase), size)
        if self.unspaced:
            out.sort()
        return out


def _usable(name: str) -> bool:
    """A name that can be matched as a word: no digits, not a roman numeral, not one letter."""
    if any(c.isdigit() for c in name) or _ROMAN.match(name):
        return False
    letters = sum(1 for c in name if c.isalpha())
    latin = all(c.isascii() or not c.isalpha() or "LATIN" in _script(c) for c in name)
    return letters >= (3 if latin else 2)


def _script(c: str) -> str:
    import unicodedata

    try:
        return unicodedata.name(c)
    except ValueError:
        return ""


def _table(lang: str) -> dict[str, object] | None:
    if not _LANG_CODE.match(lang):
        return None
    module = lang.replace("-", "_")
    try:
        info = importlib.import_module(f"dateparser.data.date_translation_data.{module}").info
    except ImportError:  # no table for that language
        return None
    return info if isinstance(info, dict) else None


def _names(value: object) -> list[str]:
    if not isinstance(value, list):
        return []
    return [v.lower() for v in value if isinstance(v, str) and v.strip()]


def _build(langs: tuple[str, ...]) -> DateWords:
    months: dict[str, int] = {}
    weekdays: dict[str, int] = {}
    days: dict[str, int] = {}
    clash: set[str] = set()
    triggers: set[str] = set()
    ago: set[str] = set()
    ahead: set[str] = set()
    other_months: set[str] = set()
    stems: set[str] = set()
    units: set[str] = set()
    long_units: set[str] = set()
    year_first = False
    for lang in langs:
        info = _table(lang)
        if info is None:
            continue
        if lang == langs[0]:
            year_first = str(info.get("date_order") or "").startswith("Y")
        for number, key in enumerate(_MONTH_KEYS, 1):
            for name in _names(info.get(key)):
                if _usable(name) and TOKEN.fullmatch(name):
                    months.setdefault(name, number)
                elif any(c.isalpha() for c in name):
                    other_months.add(name)
        for number, key in enumerate(_WEEKDAY_KEYS):
            for name in _names(info.get(key)):
                if _usable(name) and len(name) >= 4:
                    weekdays.setdefault(name, number)
        relative = info.get("relative-type")
        if isinstance(relative, dict):
            for key, phrases in relative.items():
                for phrase in _names(phrases):
                    if key in _DAY_KEYS and _usable(phrase) and phrase not in _NOT_DAY:
                        if days.get(phrase, _DAY_KEYS[key]) != _DAY_KEYS[key]:
                            clash.add(phrase)  # Hindi "kal" is both yesterday and tomorrow
                        days[phrase] = _DAY_KEYS[key]
                    elif _TRIGGER_KEY.match(str(key)) and _usable(phrase):
                        triggers.add(phrase)
        ago.update(p for p in _names(info.get("ago")) if _usable(p) and p not in _NOT_AGO)
        ahead.update(p for p in _names(info.get("in")) if p.strip() and p not in _NOT_AGO)
        rules = info.get("simplifications")
        for rule in rules if isinstance(rules, list) else ():
            for pattern, number in rule.items() if isinstance(rule, dict) else ():
                stem = _STEM.match(str(pattern))
                if str(number).isdigit() and stem and len(stem.group()) >= 3:
                    stems.add(stem.group().lower())
        for key in ("second", "minute", "hour", "day", "week"):
            units.update(n for n in _names(info.get(key)) if _usable(n))
        for key in ("month", "year"):
            long_units.update(n for n in _names(info.get(key)) if _usable(n))
    for phrase in clash:
        days.pop(phrase, None)
    return DateWords(
        months,
        weekdays,
        days,
        frozenset(triggers),
        frozenset(other_months),
        frozenset(ago),
        frozenset(ahead),
        frozenset(units),
        frozenset(long_units),
        year_first,
        tuple(sorted(stems)),
    )


_lock = threading.Lock()
#: The most recently used tables, by their tuple of codes: a bounded cache, since the codes come
#: from callers and pages.
_cache: OrderedDict[tuple[str, ...], DateWords] = OrderedDict()
_CACHE_SIZE = 64


def date_words(langs: Iterable[str], /) -> DateWords:
    """The date words of ``langs`` (ISO codes, first one first), built once per tuple (of the
    last 64 asked for)."""
    key = tuple(langs)
    with _lock:
        words = _cache.get(key)
        if words is not None:
            _cache.move_to_end(key)
            return words
    words = _build(key)
    with _lock:
        _cache[key] = words
        while len(_cache) > _CACHE_SIZE:
            _cache.popitem(last=False)
    return words

"""Normalised text and its blocks: the lines and paragraphs every detector reads.

Offsets of a :class:`Block` index the text it was cut from, so detectors can report
exact spans without re-searching the text.

>>> [b.text for b in paragraphs("Title\\n\\nFirst para\\nsame para.\\n\\n\\nLast.")]
['Title', 'First para\\nsame para.', 'Last.']
>>> [(b.start, b.end) for b in lines(" a \\nbb")]
[(1, 2), (4, 6)]
"""

from __future__ import annotations

import re
from typing import NamedTuple

__all__ = ["Block", "line_spans", "lines", "normalize_text", "paragraphs"]

# Line breaks other than "\n" that str.splitlines() honours; we turn them into "\n" so that
# every detector sees one kind of line break and offsets stay one code point per character.
_NEWLINES = re.compile(r"\r\n|[\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")
# Control characters that carry no text (NUL and friends) become spaces: same length, no offset shift.
_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
# Lone surrogates cannot be encoded as UTF-8 (JSON output would fail): replace them one for one.
_SURROGATES = re.compile(r"[\ud800-\udfff]")

_PARA = re.compile(r"\S(?:.*?\S)?(?=\n[ \t\u00a0]*\n|\s*\Z)", re.S)
# A line without its surrounding white space: from its first non-space character to its last
# (the greedy run stops at the line break and backs off over trailing white space only).
_LINE = re.compile(r"[^\s](?:[^\n]*[^\s])?")


class Block(NamedTuple):
    """A line or paragraph: ``text == source[start:end]``, stripped of surrounding white space.

    A named tuple (immutable like a frozen record, and made at two thirds of the cost: a long
    text of short lines makes hundreds of thousands of them).
    """

    start: int
    end: int
    text: str


def normalize_text(text: str, /) -> tuple[str, tuple[str, ...]]:
    """Return ``text`` with line breaks unified to ``\\n`` and unusable characters replaced.

    The second value lists what was repaired, for ``Article.warnings``.

    >>> normalize_text("a\\r\\nb\\x00c")
    ('a\\nb c', ('control characters replaced by spaces',))
    """
    notes: list[str] = []
    if _SURROGATES.search(text):
        text = _SURROGATES.sub("\ufffd", text)
        notes.append("lone surrogates replaced by U+FFFD")
    text = _NEWLINES.sub("\n", text)
    if _CONTROLS.search(text):
        text = _CONTROLS.sub(" ", text)
        notes.append("control characters replaced by spaces")
    return text, tuple(notes)


# The blocks of the last text cut, by identity and pattern: every detector of one extract() call
# cuts the same text, so it is cut once.  One entry per pattern (a tuple swapped whole, so threads
# are safe; the entry keeps that one text alive, so an identical id is the same text).
_last: dict[re.Pattern[str], tuple[str, tuple[Block, ...]]] = {}


def _cut(pattern: re.Pattern[str], text: str) -> tuple[Block, ...]:
    cached = _last.get(pattern)
    if cached is not None and cached[0] is text:
        return cached[1]
    out = tuple(map(Block._make, [(m.start(), m.end(), m.group()) for m in pattern.finditer(text)]))
    _last[pattern] = (text, out)
    return out


def lines(text: str, /) -> tuple[Block, ...]:
    """Non-blank lines of ``text``, stripped, with their offsets."""
    return _cut(_LINE, text)


def line_spans(text: str, /) -> list[tuple[int, int]]:
    """``(start, end)`` of each of :func:`lines`, as plain tuples of two ints, which the garbage
    collector stops tracking (a :class:`Block` it walks at every full collection: a long text
    of short lines made the collections, and so the whole call, grow faster than the text).

    >>> line_spans(" a \\nbb") == [(b.start, b.end) for b in lines(" a \\nbb")]
    True
    """
    cached = _last.get(_LINE)
    if cached is not None and cached[0] is text:
        return [(b.start, b.end) for b in cached[1]]
    return [m.span() for m in _LINE.finditer(text)]


def paragraphs(text: str, /) -> tuple[Block, ...]:
    """Paragraphs of ``text``: runs of lines separated by blank lines, stripped."""
    return _cut(_PARA, text)


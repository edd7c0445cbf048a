"""Headline, kicker and subheadlines of a plain-text article.

>>> h, subs = find_headline("ANÁLISIS | Putin ganó un pacto\\n\\nEl texto sigue aquí.")
>>> h.text, h.kicker.text
('Putin ganó un pacto', 'ANÁLISIS')
"""

from __future__ import annotations

import re

from newsmeta.blocks import lines
from newsmeta.records import Headline, Kicker

__all__ = ["find_headline", "heading_at"]

_KICKER = re.compile(r"^([A-ZÁÉÍÓÚÑÜ][\w ÁÉÍÓÚÑÜ]{1,30}?)\s*[|:—–]\s+(?=\S)")


def heading_at(text: str, start: int, end: int) -> Headline | None:
    """The heading line at ``text[start:end]`` if it reads like one (short, no final full stop)."""
    line = text[start:end]
    if not line or len(line) > 200 or line.rstrip().endswith((".", ",", ";")):
        return None
    kicker = None
    m = _KICKER.match(line)
    if m:
        kicker = Kicker(m.group(1), start, start + len(m.group(1)))
        start += m.end()
    return Headline(text[start:end], start, end, "text", kicker)


def find_headline(text: str, /) -> tuple[Headline | None, tuple[Headline, ...]]:
    """The headline (first heading-like line) and the subheadlines right after it."""
    ls = lines(text)
    if not ls:
        return None, ()
    first = ls[0]
    return heading_at(text, first.start, first.end), ()

"""Datelines: ``PYONGYANG.-``, ``WASHINGTON (AP) —``, ``LONDON, March 3 (Reuters) -``.

>>> find_dateline("Title\\n\\nPARIS — The talks began.").place
'PARIS'
"""

from __future__ import annotations

import datetime as dt
import re

from newsmeta.records import Dateline

__all__ = ["find_dateline"]

_DATELINE = re.compile(
    r"(?m)^(?P<place>[A-ZÁÉÍÓÚÑÜ][A-ZÁÉÍÓÚÑÜ .'-]{1,40}?)"
    r"(?:\s*\((?P<agency>[A-Za-z ]{2,20})\))?\s*(?:\.-|—|–|-)\s"
)


def find_dateline(text: str, /, *, reference_date: dt.date | None = None) -> Dateline | None:
    """The dateline at the start of the article body, or ``None``."""
    m = _DATELINE.search(text[:3000])
    if not m:
        return None
    place = m.group("place").strip()
    return Dateline(text[m.start() : m.end()].rstrip(), m.start(), m.start() + len(m.group(0).rstrip()),
                    place, m.group("agency"), None)

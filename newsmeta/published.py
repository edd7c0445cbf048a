"""The published and updated dates of a plain-text article, from cues in its text.

>>> import datetime
>>> pub, upd = published_from_text("Updated at: 06.21.2024\\n\\nText.", dates=(), dateline=None,
...                                reference_date=None)
>>> upd.value
datetime.date(2024, 6, 21)
"""

from __future__ import annotations

import datetime as dt
import re

from newsmeta.records import Dateline, DateMention

__all__ = ["published_from_text"]

_UPDATED = re.compile(r"(?im)^\s*updated(?:\s+at)?\s*:?\s*(\d{1,2})\.(\d{1,2})\.(\d{4})")


def published_from_text(
    text: str,
    /,
    *,
    dates: tuple[DateMention, ...],
    dateline: Dateline | None,
    reference_date: dt.date | None,
) -> tuple[DateMention | None, DateMention | None]:
    """Return ``(published, updated)`` as stated by the text; ``None`` where it states nothing."""
    updated = None
    m = _UPDATED.search(text)
    if m:
        a, b, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
        month, day = (a, b) if b > 12 else (b, a)
        try:
            value = dt.date(y, month, day)
        except ValueError:
            value = None
        if value is not None:
            updated = DateMention(m.group(0).strip(), m.start(1), m.end(3), value, "day")
            updated = DateMention(text[m.start(1) : m.end(3)], m.start(1), m.end(3), value, "day")
    published = dateline.date if dateline is not None else None
    return published, updated

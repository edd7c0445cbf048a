"""Authors from bylines: ``By Jane Doe and John Roe``, ``Por María López``.

>>> [str(a) for a in find_authors("Headline\\n\\nBy Jane Doe\\n\\nText.")]
['Jane Doe']
"""

from __future__ import annotations

import re

from newsmeta.records import Author

__all__ = ["find_authors"]

_BYLINE = re.compile(r"(?im)^[ \t]*(?:by|por|par|von)\s+([A-Z][\w.'-]+(?: [A-Z][\w.'-]+){1,3})[ \t]*$")


def find_authors(text: str, /) -> tuple[Author, ...]:
    """Authors named by a byline near the top of ``text``."""
    m = _BYLINE.search(text[:2000])
    if not m:
        return ()
    return (Author(m.group(1), m.start(1), m.end(1), "text"),)

"""What every Article must satisfy, whatever the input: shared by the property tests in
``tests/test_hostile.py`` and the fuzzer in ``fuzz/`` (which imports this file by path).

>>> import newsmeta
>>> check_article(newsmeta.extract("Title\\n\\nLONDON (AP) — It rained on 3 May 2024."))
"""

from __future__ import annotations

import json
import re

import newsmeta

__all__ = ["check_article"]

#: Characters no string of a record may hold (``text`` keeps its tabs and line breaks).
UNPRINTABLE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")


def _strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return []


def check_article(art: newsmeta.Article, /) -> None:
    """Offsets index the text, confidences lie in [0, 1], every string is printable, the JSON encodes
    as UTF-8; an ``AssertionError`` says which of these failed."""
    for rec in (art.headline, art.dateline, *art.subheadlines, *art.dates, *art.tags, *art.authors):
        if rec is not None and rec.start is not None:
            value = rec.name if isinstance(rec, newsmeta.Author) else rec.text
            assert art.text[rec.start : rec.end] == value, (rec, art.text[:200])
    for lang in (art.language, *(s.language for s in art.sections)):
        assert lang is None or 0.0 <= lang.confidence <= 1.0, lang
    data = newsmeta.to_dict(art)
    json.dumps(data, ensure_ascii=False).encode("utf-8")
    data.pop("text")
    bad = [s for s in _strings(data) if UNPRINTABLE.search(s)]
    assert not bad, bad

"""Tag lines at the end of an article (``North Korea`` / ``defense pact``).

A tag block is a paragraph of short lines (a few words each, no sentence punctuation)
that comes after the body: at least one long paragraph stands before it.  It has two
lines or more, or it is the last paragraph of the text (a lone short line inside the body
is a subheading, not a tag).  It ends the article: nothing follows it but a new heading
(the next article or section) or short lines, so a list inside the body is not taken.

>>> [str(t) for t in find_tags("Body text ends here, after a long enough paragraph of prose "
...                            "that says what happened, where, and why it matters to readers all over the world.\\n\\n"
...                            "North Korea\\ndefense pact\\n")]
['North Korea', 'defense pact']
"""

from __future__ import annotations

import re

from newsmeta.blocks import Block, paragraphs
from newsmeta.headlines import heading_at
from newsmeta.records import Tag

__all__ = ["find_tags"]

_MAX_TAGS = 15
_BODY_CHARS = 120
_SENTENCE_PUNCT = re.compile(r"[.!?:;]$|[.!?;:]\s|^[\"“”'‘’«»(\[\-–—*•#|]|https?://|@")
_DATEISH = re.compile(r"\d{1,4}[./-]\d{1,2}|\d{1,2}:\d\d")


def _tag_line(s: str) -> bool:
    digits = sum(c.isdigit() for c in s)
    return (
        0 < len(s) <= 40
        and len(s.split()) <= 5
        and any(c.isalpha() for c in s)
        and not _SENTENCE_PUNCT.search(s)
        and not _DATEISH.search(s)
        and digits <= len(s) * 0.3
    )


def _short_from(ps: tuple[Block, ...]) -> list[bool]:
    """For each paragraph index k: every line of the paragraphs from k on is short (computed once,
    from the end, so that checking what follows each candidate block costs nothing)."""
    out = [True] * (len(ps) + 1)
    for k in range(len(ps) - 1, -1, -1):
        out[k] = out[k + 1] and all(len(line) <= 60 for line in ps[k].text.split("\n"))
    return out


def _ends_article(text: str, ps: tuple[Block, ...], k: int, short_from: list[bool]) -> bool:
    """What follows the tag block ``ps[k]``: nothing, a new heading (the next article or section),
    or short lines."""
    if k + 1 >= len(ps):
        return True
    nxt = ps[k + 1]
    if "\n" not in nxt.text and heading_at(text, nxt.start, nxt.end) is not None:
        return True
    return short_from[k + 1]


def find_tags(text: str, /) -> tuple[Tag, ...]:
    """Tags: short lines in a block of their own after the body, with their offsets.

    >>> find_tags("Headline\\n\\nShort body.")
    ()
    """
    if not isinstance(text, str):
        return ()
    ps = paragraphs(text)
    short_from: list[bool] | None = None
    seen_body = False
    for k, p in enumerate(ps):
        if len(p.text) >= _BODY_CHARS and not seen_body:
            seen_body = True
            continue
        if not seen_body:
            continue
        if p.text.count("\n") >= _MAX_TAGS or ("\n" not in p.text and k != len(ps) - 1):
            continue
        if short_from is None:
            short_from = _short_from(ps)
        # what follows first (known for every block at once), then the block's own lines
        if not _ends_article(text, ps, k, short_from):
            continue
        ls = p.text.split("\n")
        if not all(_tag_line(x.strip()) for x in ls):
            continue
        out: list[Tag] = []
        pos = p.start
        for x in ls:
            t = x.strip()
            s = text.index(t, pos)
            out.append(Tag(t, s, s + len(t), "text"))
            pos = s + len(t)
        return tuple(out)
    return ()

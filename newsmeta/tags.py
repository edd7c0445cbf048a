"""Tag lines at the end of an article (``North Korea`` / ``defense pact``).

>>> [str(t) for t in find_tags("Body text ends here.\\n\\nNorth Korea\\ndefense pact\\n")]
['North Korea', 'defense pact']
"""

from __future__ import annotations

from newsmeta.blocks import paragraphs
from newsmeta.records import Tag

__all__ = ["find_tags"]


def find_tags(text: str, /) -> tuple[Tag, ...]:
    """Short lines without sentence punctuation, in a block of their own after the body."""
    out: list[Tag] = []
    for p in paragraphs(text)[1:]:
        ls = p.text.split("\n")
        if 1 <= len(ls) <= 12 and all(0 < len(x.strip()) <= 40 and not x.strip().endswith(".") for x in ls):
            if any(":" in x for x in ls):
                continue
            pos = p.start
            for x in ls:
                s = text.index(x.strip(), pos)
                out.append(Tag(x.strip(), s, s + len(x.strip()), "text"))
                pos = s + len(x.strip())
            break
    return tuple(out)

"""Authors from bylines: ``By Jane Doe and John Roe``, ``Por María López``.

A byline is a short line near the top that opens with "By" (or "Por", "Par", "Von",
"Door", "Di", "Av") and names one or more people.  Names are split on commas and on
"and"/"y"/"et"/"und"/"&"; a trailing part that is not a person's name (an agency such
as ``Reuters``, a role such as ``Staff Writer``) becomes each author's affiliation.

>>> [(a.name, a.affiliation) for a in find_authors("Headline\\n\\nby Janie Gabbett, Reuters\\n\\nText.")]
[('Janie Gabbett', 'Reuters')]
"""

from __future__ import annotations

import re

from newsmeta.blocks import lines
from newsmeta.records import Author

__all__ = ["find_authors"]

_SEARCH_CHARS = 3000
_MAX_LINES = 25
_BY = re.compile(
    r"^(?:(?:(?:view|see)\s+all\s+(?:posts|articles|stories)\s+by|written\s+by|reported\s+by|by|por|par|von|door|di|av)"
    r"(?:\s+|(?<=By)(?=[A-Z]))|"
    r"(?:texto?|text|autor(?:in)?|author):\s*|(?:作者|责任编辑|责编|记者|编辑)\s?[:：]\s*)",
    re.I,
)
# (a comma before the last conjunction is the list's: "Ann Lee, Bo Roe, and Cy Doe")
_SPLIT = re.compile(r"\s*(?:,?\s(?:and|y|e|et|und|en|&|og|och)\s|,|;)\s*")
_CJK_NAME = re.compile(r"[\u4e00-\u9fff]{2,4}")
_PARTICLES = frozenset(re.findall(r"\S+", "de del la le van von der den da di dos du bin al el ter ten zu"))
# Where the names end: a separator, a sentence end, or a date after them on the same line.
_CUT = re.compile(
    r"(?<=[^\W\d_]{3})\.\s|\s[|•·–—]\s|\s-\s|\s+(?:am|on|le|el|il|updated|published)\s+\d|"
    r"\s[(\[]|\s(?:@\w|https?:|www\.)"
    r"|\s(?i:updated|published|follow|share|view|e-?mail|twitter|facebook|log\s?in|sign\s?in|lesezeit|reading\s+time)\b|"
    r"\s(?:\d{1,2}[./-]\d{1,2}|\d{1,2}\.?\s[^\W\d_]{3,}\.?\s\d{4}|[^\W\d_]{3,9}\.?\s\d{1,2},?\s\d{4}|\d{4}\b)"
)
_DATE_LEAD = re.compile(r"\s(?:on|am|le|el|il)$")
_ROLES = re.compile(
    r"\b(?:staff|writer|reporter|correspondent|editor|redakt\w*|korrespondent\w*|corresponsal|"
    r"correspondant\w*|envoyé\w*|enviad[oa]|contributor|columnist|photographer|news|agency|press|"
    r"associated|bureau|desk|team|online|media|medien|group|gruppe|publishing|communications|network|inc|ltd|llc"
    r"|council|department|police|polizei|school|schule|club"
    r"|gmbh|corp)\b",
    re.I,
)


def _name_ok(s: str) -> bool:
    """A person's name: two to five words, capitalised (particles and initials allowed); a Chinese
    name: two to four characters."""
    if _CJK_NAME.fullmatch(s):
        return True
    words = s.split()
    # (a publication's name opens with an article: "The Coast Gazette")
    if not 2 <= len(words) <= 5 or len(s) > 60 or _ROLES.search(s) or words[0].casefold() in ("the", "die", "der"):
        return False
    caps = 0
    for w in words:
        if w.casefold() in _PARTICLES:
            continue
        if not w[:1].isupper() or any(c.isdigit() for c in w):
            return False
        if any(not (c.isalpha() or c in ".'’-") for c in w):
            return False
        caps += 1
    # An all-caps run of words is an organisation, not a name, unless they are initials.
    return caps >= 2 and not (len(words) > 3 and all(w.isupper() for w in words))


def _once(words: list[str]) -> list[str]:
    """A name's words, once where they say it twice (a link's title and its text: "Ann Lee Ann Lee");
    a name of two words may repeat one ("Ahmed Ahmed").

    >>> _once("Ann Lee ANN LEE".split()), _once("Ahmed Ahmed".split())
    (['Ann', 'Lee'], ['Ahmed', 'Ahmed'])
    """
    half = len(words) // 2
    if len(words) >= 4 and len(words) % 2 == 0 and [w.casefold() for w in words[:half]] == [
            w.casefold() for w in words[half:]]:
        return words[:half]
    return words


def _parse(text: str, start: int, end: int) -> tuple[Author, ...]:
    line = text[start:end]
    m = _BY.match(line)
    if m is None or m.end() == len(line):
        return ()
    body_start = start + m.end()
    # Cut a date or time that follows the names on the same line ("By Ann Lee | March 3").
    body = text[body_start:end]
    cut = _CUT.search(body)
    if cut:
        body = body[: cut.start()]
        # the word that opens a date cut off after the names ("By Ann Lee on March 3, 2024")
        body = _DATE_LEAD.sub("", body)
    parts: list[tuple[int, str]] = []
    pos = 0
    for sm in _SPLIT.finditer(body):
        parts.append((pos, body[pos : sm.start()]))
        pos = sm.end()
    parts.append((pos, body[pos:]))
    parts = [(p, s.strip()) for p, s in parts if s.strip()]
    if not parts:
        return ()
    names: list[tuple[int, str]] = []
    affiliation: str | None = None
    for k, (p, s) in enumerate(parts):
        nm = s[:-1] if s.endswith(".") and s[-3:-2] != "." else s
        if _name_ok(nm):
            if affiliation is not None:
                return ()
            names.append((p + body[p:].index(nm), nm))
        elif k > 0 and names and len(s) <= 40:
            affiliation = s if affiliation is None else affiliation
        else:
            return ()
    out = []
    seen = set()
    for p, written in names:
        s = " ".join(_once(written.split()))
        if s.casefold() in seen:  # the same name twice ("By ANN LEE and Ann Lee")
            continue
        seen.add(s.casefold())
        a = body_start + p
        # (offsets only where the name stands in the text as said: not one tidied of its spaces
        # or of a repeat, "Ann  Lee", "Ann Lee Ann Lee")
        if s == written:
            out.append(Author(s, a, a + len(s), "text", affiliation))
        else:
            out.append(Author(s, None, None, "text", affiliation))
    return tuple(out)


def find_authors(text: str, /) -> tuple[Author, ...]:
    """Authors named by a byline near the top of ``text``.

    >>> [a.name for a in find_authors("Title\\n\\nBy Jane Doe and John Roe\\n\\nThe text.")]
    ['Jane Doe', 'John Roe']
    >>> [a.name for a in find_authors("Titel\\n\\nVon Max Mustermann, Berlin\\n\\nDer Text.")]
    ['Max Mustermann']
    >>> find_authors("By the way, nothing here is a byline at all.")
    ()
    """
    if not isinstance(text, str):
        return ()
    for b in lines(text[:_SEARCH_CHARS])[:_MAX_LINES]:
        if len(b.text) > 150:
            continue
        # A lower-case "by" that continues the line before it is running text, not a byline.
        if b.text[:1].islower() and b.start > 1 and text[b.start - 1] == "\n" and text[b.start - 2] != "\n":
            continue
        found = _parse(text, b.start, b.end)
        if found:
            return found
    return ()

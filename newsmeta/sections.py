"""Sections of a text: contiguous stretches in one language that together cover the text.

>>> [s.language.code for s in split_sections("The minister spoke at length about the budget.")]
['en']
"""

from __future__ import annotations

from collections.abc import Iterable

from newsmeta.blocks import paragraphs
from newsmeta.language import detect_language
from newsmeta.records import Section

__all__ = ["split_sections"]


def split_sections(text: str, /, *, languages: Iterable[str] | None = None) -> tuple[Section, ...]:
    """Split ``text`` where its language changes; a monolingual text is one section."""
    paras = paragraphs(text)
    if not paras:
        return ()
    out: list[Section] = []
    for p in paras:
        lang = detect_language(p.text, languages=languages)
        if out and (lang is None or (out[-1].language is not None and out[-1].language.code == lang.code)):
            out[-1] = Section(out[-1].start, p.end, out[-1].language)
        else:
            out.append(Section(p.start if out else 0, p.end, lang))
    out[-1] = Section(out[-1].start, len(text), out[-1].language)
    return tuple(out)

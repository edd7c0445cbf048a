"""A small typed client of newsmeta that uses every public function.

Run it on a file, or without arguments on the example article next to it::

    python examples/client.py [ARTICLE] [--reference-date YYYY-MM-DD]

It prints a short summary of the article, then the article as JSON.  It is type-checked with
``mypy --strict`` in CI, so it also shows how the records are typed: every optional value
is ``X | None`` and has to be checked before use.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path

import newsmeta
from newsmeta import Article, DateMention, Failure, Language, Section

HERE = Path(__file__).resolve().parent


def describe_language(lang: Language | None) -> str:
    """``"en (0.99)"``, or ``"?"`` when no language was found."""
    if lang is None:
        return "?"
    return f"{lang.code} ({lang.confidence:.2f})"


def describe_date(mention: DateMention | None) -> str:
    """The ISO value and precision of a date, or ``"-"``."""
    if mention is None:
        return "-"
    value = mention.value.isoformat() if mention.value is not None else "unresolved"
    return f"{value} [{mention.precision}, from {mention.source}]"


def section_lines(text: str, sections: Sequence[Section]) -> list[str]:
    """One line per section: offsets, language and the first words."""
    out: list[str] = []
    for s in sections:
        first = " ".join(text[s.start : s.end].split())[:40]
        out.append(f"  [{s.start}:{s.end}] {describe_language(s.language)} {first!r}")
    return out


def summary(art: Article) -> list[str]:
    """A few human-readable lines about an article."""
    lines = [f"format:    {art.input_format}"]
    if art.headline is not None:
        kicker = f"{art.headline.kicker.text} | " if art.headline.kicker is not None else ""
        lines.append(f"headline:  {kicker}{art.headline.text}")
    if art.dateline is not None:
        agency = f" ({art.dateline.agency})" if art.dateline.agency is not None else ""
        lines.append(f"dateline:  {art.dateline.place}{agency}")
    lines.append(f"authors:   {', '.join(str(a) for a in art.authors) or '-'}")
    lines.append(f"tags:      {', '.join(str(t) for t in art.tags) or '-'}")
    lines.append(f"language:  {describe_language(art.language)}; multilingual: {art.is_multilingual}")
    lines.append(f"published: {describe_date(art.published)}")
    lines.append(f"updated:   {describe_date(art.updated)}")
    lines.append(f"dates:     {len(art.dates)} found")
    lines.append("sections:")
    lines.extend(section_lines(art.text, art.sections))
    return lines


def check_offsets(art: Article) -> None:
    """Every value read from the text indexes ``art.text`` exactly; raise if not."""
    spans: list[tuple[str, int | None, int | None]] = [(d.text, d.start, d.end) for d in art.dates]
    spans += [(a.name, a.start, a.end) for a in art.authors]
    spans += [(t.text, t.start, t.end) for t in art.tags]
    if art.headline is not None:
        spans.append((art.headline.text, art.headline.start, art.headline.end))
    if art.dateline is not None:
        spans.append((art.dateline.text, art.dateline.start, art.dateline.end))
    for text, start, end in spans:
        if start is not None and end is not None and art.text[start:end] != text:
            msg = f"offsets {start}:{end} do not give {text!r}"
            raise AssertionError(msg)


def pieces(text: str, reference_date: dt.date | None) -> list[str]:
    """The building blocks on their own: language, sections and dates of a plain text."""
    lang = newsmeta.detect_language(text)
    sections = newsmeta.split_sections(text)
    dates = newsmeta.find_dates(text, reference_date=reference_date, languages=[lang.code] if lang else None)
    return [
        f"detect_language: {describe_language(lang)}",
        f"split_sections:  {len(sections)} section(s)",
        f"find_dates:      {[d.text for d in dates][:5]}",
    ]


def batch(docs: Iterable[str | bytes]) -> list[str]:
    """``extract_many``: results in input order; a document that cannot be read is a ``Failure``."""
    out: list[str] = []
    for res in newsmeta.extract_many(docs, on_error="record"):
        if isinstance(res, Failure):
            out.append(f"#{res.index}: {res.error}: {res.message}")
        else:
            out.append(res.headline.text if res.headline is not None else "(no headline)")
    return out


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("article", nargs="?", type=Path, default=HERE / "article.txt")
    parser.add_argument("--reference-date", type=dt.date.fromisoformat, default=None)
    args = parser.parse_args(argv)
    path: Path = args.article
    reference_date: dt.date | None = args.reference_date
    try:
        art = newsmeta.extract(path.read_bytes(), reference_date=reference_date)
    except newsmeta.NewsmetaError as e:
        print(f"{path}: {type(e).__name__}: {e}", file=sys.stderr)
        return 1
    check_offsets(art)
    print(f"newsmeta {newsmeta.__version__}")
    print("\n".join(summary(art)))
    print("\n".join(pieces(art.text, reference_date)))
    print("\n".join(batch([art.text, "Second story\n\nMADRID — More text."])))
    data = newsmeta.to_dict(art)
    assert json.loads(art.to_json()) == json.loads(json.dumps(data))
    print(art.to_json(indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

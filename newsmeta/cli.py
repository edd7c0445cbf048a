"""The ``newsmeta`` command: one JSON object per input document on stdout.

Examples::

    newsmeta article.txt page.html          # one JSON object per file, one per line
    cat article.txt | newsmeta -            # read stdin
    newsmeta --jsonl < corpus.jsonl         # JSON Lines in ("text" field), JSON Lines out

Errors on one document are reported on stderr (and as an ``{"error": ...}`` line on stdout)
without stopping the others; the exit status is 1 if any document failed, 2 on a usage error.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Iterator, Sequence
from typing import Any, TextIO

from newsmeta.errors import NewsmetaError
from newsmeta.extract import extract

__all__ = ["main"]


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        msg = f"not an ISO date (YYYY-MM-DD): {value!r}"
        raise argparse.ArgumentTypeError(msg) from None


def _parser() -> argparse.ArgumentParser:
    from newsmeta import __version__

    p = argparse.ArgumentParser(
        prog="newsmeta",
        description="Extract metadata (language, sections, headline, dateline, authors, tags, dates) "
        "from news articles in plain text or HTML. Prints one JSON object per document.",
    )
    p.add_argument("inputs", nargs="*", metavar="FILE", help="files to read; '-' or nothing reads stdin")
    p.add_argument("--jsonl", action="store_true", help="inputs are JSON Lines, one document per line")
    p.add_argument("--field", default="text", help="with --jsonl: the field holding the document (default: text)")
    p.add_argument("--reference-date", type=_date, metavar="YYYY-MM-DD", help="anchor for relative dates")
    p.add_argument("--url", help="the URL the document came from (used only as evidence, never fetched)")
    p.add_argument("--indent", type=int, default=None, help="pretty-print JSON with this indent")
    p.add_argument("--version", action="version", version=f"newsmeta {__version__}")
    return p


def _documents(args: argparse.Namespace, stdin: Any) -> Iterator[tuple[str, str | bytes, dict[str, Any]]]:
    """(label, document, extra options) for every input."""
    names = args.inputs or ["-"]
    for name in names:
        if args.jsonl:
            fh: TextIO = stdin if name == "-" else open(name, encoding="utf-8")  # noqa: SIM115
            try:
                for n, line in enumerate(fh, 1):
                    if not line.strip():
                        continue
                    label = f"{name}:{n}"
                    try:
                        row = json.loads(line)
                    except json.JSONDecodeError as e:
                        msg = f"{label}: not JSON ({e.msg})"
                        raise NewsmetaError(msg) from None
                    if not isinstance(row, dict) or not isinstance(row.get(args.field), str):
                        msg = f"{label}: no string field {args.field!r} (choose one with --field)"
                        raise NewsmetaError(msg)
                    extra: dict[str, Any] = {"id": row["id"]} if "id" in row else {}
                    yield label, row[args.field], extra
            finally:
                if fh is not stdin:
                    fh.close()
        elif name == "-":
            yield "-", stdin.buffer.read() if hasattr(stdin, "buffer") else stdin.read(), {}
        else:
            with open(name, "rb") as f:
                yield name, f.read(), {}


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line tool; returns the exit status."""
    args = _parser().parse_args(argv)
    out = sys.stdout
    failed = 0
    try:
        for label, doc, extra in _documents(args, sys.stdin):
            try:
                art = extract(doc, url=args.url, reference_date=args.reference_date)
                record: dict[str, Any] = {**extra, "input": label, **art.to_dict()}
            except NewsmetaError as e:
                failed += 1
                print(f"newsmeta: {label}: {e}", file=sys.stderr)
                record = {**extra, "input": label, "error": f"{type(e).__name__}: {e}"}
            out.write(json.dumps(record, ensure_ascii=False, indent=args.indent) + "\n")
    except BrokenPipeError:  # `newsmeta ... | head`: stop quietly
        return 0
    except (OSError, NewsmetaError) as e:
        print(f"newsmeta: {e}", file=sys.stderr)
        return 2
    return 1 if failed else 0

"""The ``newsmeta`` command: one JSON object per input document on stdout, one per line.

Examples::

    newsmeta article.txt page.html            # files
    newsmeta corpus/ 'more/**/*.html' -j 2    # directories (recursively) and globs, 2 worker processes
    cat article.txt | newsmeta -              # stdin
    newsmeta --jsonl < corpus.jsonl           # JSON Lines in (field "text"; choose with --field)

A document that cannot be read gets an ``{"input": ..., "error": ...}`` line and a message on
stderr, and the others go on.  Exit status: 0 all read, 1 some failed, 2 usage error.  A progress
line with rate and ETA goes to stderr when it is a terminal (``--quiet`` silences it), and a
summary line (documents, errors, docs/s) ends the run.
"""

from __future__ import annotations

import argparse
import datetime as dt
import glob
import json
import os
import sys
import time
from collections import deque
from collections.abc import Iterator, Sequence
from typing import Any, TextIO

from newsmeta.batch import Failure, extract_many
from newsmeta.errors import NewsmetaError

__all__ = ["main"]


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        msg = f"not an ISO date (YYYY-MM-DD): {value!r}"
        raise argparse.ArgumentTypeError(msg) from None


def _positive(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        n = 0
    if n < 1:
        msg = f"must be a positive whole number: {value!r}"
        raise argparse.ArgumentTypeError(msg)
    return n


def _parser() -> argparse.ArgumentParser:
    from newsmeta import __version__

    p = argparse.ArgumentParser(
        prog="newsmeta",
        description="Extract metadata (language, sections, headline, dateline, authors, tags, dates) "
        "from news articles in plain text or HTML. Prints one JSON object per document, one per line.",
    )
    p.add_argument(
        "inputs", nargs="*", metavar="PATH", help="files, directories (read recursively) or globs; '-' or none: stdin"
    )
    p.add_argument("--jsonl", action="store_true", help="inputs are JSON Lines, one document per line")
    p.add_argument("--field", default="text", help="with --jsonl: the field holding the document (default: text)")
    p.add_argument("--reference-date", type=_date, metavar="YYYY-MM-DD", help="anchor for relative dates")
    p.add_argument("--url", help="the URL the documents came from (used as evidence only, never fetched)")
    p.add_argument("-j", "--jobs", type=_positive, default=1, metavar="N", help="worker processes (default 1)")
    p.add_argument("--indent", type=int, default=None, help="pretty-print each JSON object with this indent")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress line and no summary on stderr")
    p.add_argument("--version", action="version", version=f"newsmeta {__version__}")
    return p


def _expand(names: list[str]) -> Iterator[str]:
    """File names for the inputs: '-' as is, directories walked in sorted order, globs expanded."""
    for name in names:
        if name == "-" or os.path.isfile(name):
            yield name
        elif os.path.isdir(name):
            for root, dirs, files in os.walk(name):
                dirs.sort()
                for f in sorted(files):
                    if not f.startswith("."):
                        yield os.path.join(root, f)
        elif glob.has_magic(name):
            hits = sorted(glob.glob(name, recursive=True))
            yield from (h for h in hits if os.path.isfile(h))
        else:
            yield name  # reading it reports the error for this input


class _Item:
    """A document to read, or the reason it could not be read."""

    __slots__ = ("doc", "error", "extra", "label")

    def __init__(self, label: str, doc: str | bytes | None, extra: dict[str, Any], error: str | None = None) -> None:
        self.label, self.doc, self.extra, self.error = label, doc, extra, error


def _jsonl_items(name: str, fh: TextIO, field: str) -> Iterator[_Item]:
    for n, line in enumerate(fh, 1):
        if not line.strip():
            continue
        label = f"{name}:{n}"
        try:
            row = json.loads(line)
        except json.JSONDecodeError as e:
            yield _Item(label, None, {}, f"not JSON ({e.msg})")
            continue
        extra: dict[str, Any] = {"id": row["id"]} if isinstance(row, dict) and "id" in row else {}
        if not isinstance(row, dict) or not isinstance(row.get(field), str):
            yield _Item(label, None, extra, f"no string field {field!r} (choose one with --field)")
            continue
        yield _Item(label, row[field], extra)


def _items(args: argparse.Namespace, stdin: Any) -> Iterator[_Item]:
    for name in _expand(args.inputs or ["-"]):
        try:
            if args.jsonl:
                if name == "-":
                    yield from _jsonl_items(name, stdin, args.field)
                else:
                    with open(name, encoding="utf-8") as fh:
                        yield from _jsonl_items(name, fh, args.field)
            elif name == "-":
                yield _Item("-", stdin.buffer.read() if hasattr(stdin, "buffer") else stdin.read(), {})
            else:
                with open(name, "rb") as f:
                    yield _Item(name, f.read(), {})
        except (OSError, UnicodeDecodeError) as e:
            yield _Item(name, None, {}, f"cannot read: {e}")


class _Progress:
    """A one-line progress report on stderr: count, rate, and ETA when the total is known."""

    def __init__(self, enabled: bool, total: int | None) -> None:
        self.enabled, self.total = enabled, total
        self.start = self.last = time.monotonic()
        self.done = self.errors = 0

    def step(self, ok: bool) -> None:
        self.done += 1
        self.errors += not ok
        now = time.monotonic()
        if self.enabled and now - self.last >= 0.2:
            self.last = now
            rate = self.done / max(now - self.start, 1e-9)
            msg = f"\rnewsmeta: {self.done}" + (f"/{self.total}" if self.total else "") + f" docs, {rate:.1f} docs/s"
            if self.total:
                msg += f", ETA {max(self.total - self.done, 0) / max(rate, 1e-9):.0f}s"
            sys.stderr.write(msg + (f", {self.errors} errors" if self.errors else "") + "   ")
            sys.stderr.flush()

    def summary(self) -> str:
        el = max(time.monotonic() - self.start, 1e-9)
        return f"newsmeta: {self.done} documents, {self.errors} errors, {self.done / el:.1f} docs/s"


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line tool; returns the exit status."""
    args = _parser().parse_args(argv)
    interactive = sys.stderr.isatty() and not args.quiet
    total = None
    if not args.jsonl and args.inputs and "-" not in args.inputs:
        total = sum(1 for _ in _expand(args.inputs))
    progress = _Progress(interactive, total)
    waiting: deque[_Item] = deque()

    def docs() -> Iterator[str | bytes]:
        for item in _items(args, sys.stdin):
            waiting.append(item)
            if item.error is None and item.doc is not None:
                yield item.doc

    def emit(item: _Item, record: dict[str, Any]) -> None:
        sys.stdout.write(json.dumps({**item.extra, "input": item.label, **record}, ensure_ascii=False,
                                    indent=args.indent) + "\n")

    def flush_unreadable() -> None:
        while waiting and waiting[0].error is not None:
            item = waiting.popleft()
            print(f"newsmeta: {item.label}: {item.error}", file=sys.stderr)
            emit(item, {"error": item.error})
            progress.step(False)

    try:
        results = extract_many(docs(), processes=args.jobs, url=args.url, reference_date=args.reference_date)
        for res in results:
            flush_unreadable()
            item = waiting.popleft()
            if isinstance(res, Failure):
                print(f"newsmeta: {item.label}: {res.message}", file=sys.stderr)
                emit(item, {"error": f"{res.error}: {res.message}"})
            else:
                emit(item, res.to_dict())
            progress.step(not isinstance(res, Failure))
        flush_unreadable()
        sys.stdout.flush()
    except BrokenPipeError:  # `newsmeta ... | head`: stop quietly, without a traceback at exit
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except NewsmetaError as e:
        print(f"newsmeta: {e}", file=sys.stderr)
        return 2
    if interactive:
        sys.stderr.write("\r")
    if not args.quiet:
        print(progress.summary(), file=sys.stderr)
    return 1 if progress.errors else 0

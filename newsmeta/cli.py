"""The ``newsmeta`` command: read documents, extract their metadata, write one object or row each.

Examples::

    newsmeta article.txt page.html.gz          # files (compressed ones too)
    newsmeta corpus/ 'more/**/*.html' -j 2     # directories (recursively) and globs, 2 worker processes
    newsmeta crawl.warc.gz -o pages.parquet    # every HTML response of a WARC file, to Parquet
    newsmeta rows.jsonl.gz --format csv        # JSON Lines in (one document a line), CSV out
    cat rows.jsonl | newsmeta --jsonl          # stdin

This module only wires the parts together: the readers (:mod:`newsmeta.io.files`),
:func:`~newsmeta.extract_many` and the writers (:mod:`newsmeta.io.writers`).  Exit status: 0 every
document read, 1 some failed, 2 usage error, an input that cannot be opened at all, or an output
that cannot be written (a closed stdout; a full disk mid-run: the output is then incomplete, and
stderr says after how many documents), 130 on Ctrl-C, 143 on SIGTERM.

The output file is never read as an input: named as one (``newsmeta rows.jsonl -o rows.jsonl``,
or ``> rows.jsonl``) it is a usage error, found before the file is emptied; met in a directory or
a glob it is left out.  CSV cells are written as they are: a value that starts with ``=``, ``+``,
``-`` or ``@`` is not escaped (a spreadsheet may read it as a formula), since escaping would
change the data; open untrusted CSV in a spreadsheet as text, or read it with a CSV library.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import io
import os
import signal
import sys
import time
from collections.abc import Sequence
from typing import IO, Any, cast

from newsmeta.batch import SignalGuard, _extract_many, max_processes
from newsmeta.errors import NewsmetaError
from newsmeta.io.files import check_inputs, check_not_output, expand_inputs, file_identity, read_documents
from newsmeta.io.jsonl import JsonLinesWriter
from newsmeta.io.writers import FORMATS, Output, Render, Writer, check_fields, format_of, open_writer, shown

__all__ = ["main"]


class _Terminated(BaseException):
    """SIGTERM arrived: stop the workers and leave.

    A ``BaseException``, as ``KeyboardInterrupt`` is: the ``except Exception`` that turns a bug
    met while reading one document into that document's failure must not catch it.
    """


class _OutputError(Exception):
    """Writing the output failed (its ``__cause__`` says why): the run stops with status 2."""


def _reference(value: str) -> dt.date | str:
    if value == "warc":
        return value
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        msg = f"not an ISO date (YYYY-MM-DD) or 'warc': {value!r}"
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
        description="Extract metadata (language, sections, headline, dateline, authors, tags, dates) from news "
        "articles in plain text or HTML: files, compressed files, JSON Lines and WARC files. Writes one JSON "
        "object per document (or CSV, or Parquet).",
    )
    p.add_argument("inputs", nargs="*", metavar="PATH", help="files, directories, globs; '-' or none: stdin")
    rd = p.add_argument_group("reading")
    rd.add_argument("--jsonl", action="store_true", help="read every input (stdin too) as JSON Lines")
    rd.add_argument("--field", default="text", help="JSON Lines: the field holding the document (default: text)")
    rd.add_argument("--url-field", default="url", help="JSON Lines: the field holding its URL (default: url)")
    rd.add_argument("--date-field", default="reference_date", help="JSON Lines: its reference date's field")
    rd.add_argument("--id-field", default="id", help="JSON Lines: the field holding its id (default: id)")
    rd.add_argument(
        "--reference-date", type=_reference, metavar="YYYY-MM-DD|warc",
        help="anchor for relative dates where a document has none of its own; 'warc': each record's WARC-Date",
    )
    rd.add_argument("--url", help="the URL of documents that have none of their own (evidence only, never fetched)")
    rd.add_argument(
        "-j", "--jobs", type=_positive, default=1, metavar="N",
        help="N worker processes extract while this one reads and writes (default 1: all in this process)",
    )
    wr = p.add_argument_group("writing")
    wr.add_argument("-o", "--output", metavar="FILE", help="write to FILE (format from its extension) not stdout")
    wr.add_argument("--format", choices=FORMATS, help="jsonl (default), csv or parquet (needs -o)")
    wr.add_argument("--fields", metavar="A,B,...", help="only these fields (or CSV columns); provenance is kept")
    wr.add_argument("--no-text", action="store_true", help="leave the document's text out")
    wr.add_argument("--indent", type=int, default=None, help="JSON Lines: pretty-print each object")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bar and no summary on stderr")
    p.add_argument("--version", action="version", version=f"newsmeta {__version__}")
    return p


def _utf8(stream: Any) -> None:
    """UTF-8 whatever the locale; stderr never fails on a character."""
    if isinstance(stream, io.TextIOWrapper):
        stream.reconfigure(encoding="utf-8", errors="backslashreplace" if stream is sys.stderr else "strict")


def _stdin() -> IO[bytes]:
    if sys.stdin is None:  # closed (`<&-`): read only when an input is '-', which is refused before
        return io.BytesIO(b"")
    if hasattr(sys.stdin, "buffer"):
        buffer: IO[bytes] = sys.stdin.buffer
        return buffer
    return io.BytesIO(sys.stdin.read().encode("utf-8", "surrogateescape"))  # a text stream (tests)


def _total(args: argparse.Namespace) -> int | None:
    """How many documents, when each input is one (no JSON Lines, no WARC by name, no stdin)."""
    if args.jsonl or not args.inputs or "-" in args.inputs:
        return None
    n = 0
    for name in expand_inputs(args.inputs):
        if any(x in name.lower() for x in (".json", ".ndjson", ".warc")):  # (".json" covers ".jsonl")
            return None
        n += 1
    return n


class _Progress:
    """tqdm on stderr when it is a terminal of its own: when stdout is the same terminal, the lines are the progress."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.bar: Any = None
        if not args.quiet and sys.stderr.isatty() and not (args.output is None and sys.stdout.isatty()):
            from tqdm import tqdm

            # without tqdm's monitor thread (it only tunes how often a slow bar redraws): a thread of
            # this process's own would make extract_many spawn its workers rather than fork them
            bar = type("_Bar", (tqdm,), {"monitor_interval": 0})
            self.bar = bar(total=_total(args), unit="doc", file=sys.stderr, dynamic_ncols=True, leave=False)

    def note(self, message: str) -> None:
        if self.bar is not None:
            self.bar.write(message, file=sys.stderr)
        else:
            print(message, file=sys.stderr)

    def step(self, errors: int) -> None:
        if self.bar is not None:
            self.bar.update()
            if errors:
                self.bar.set_postfix(errors=errors, refresh=False)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


def _catch_signals(guard: SignalGuard) -> dict[int, Any]:
    """Ctrl-C and SIGTERM raise through ``guard`` (never inside the worker pool); the handlers before.

    A signal this process was started ignoring (``nohup``, a background job) stays ignored.
    """
    def handler(signum: int, _frame: object) -> None:
        guard.deliver(KeyboardInterrupt() if signum == signal.SIGINT else _Terminated())

    before: dict[int, Any] = {}
    if not _main_thread():  # only the main thread may set handlers
        return before
    for sig in (signal.SIGINT, signal.SIGTERM):
        if signal.getsignal(sig) is not signal.SIG_IGN:
            before[sig] = signal.signal(sig, handler)
    return before


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line tool; returns the exit status."""
    for stream in (sys.stdout, sys.stderr):
        _utf8(stream)
    args = _parser().parse_args(argv)
    fields = [f.strip() for f in args.fields.split(",") if f.strip()] if args.fields else None
    try:
        check_inputs(args.inputs)
        check_fields(fields)
        fmt = format_of(args.output, args.format)
        if args.output is None and sys.stdout is None:
            msg = "stdout is closed; write to a file with -o FILE"
            raise OSError(msg)
        if sys.stdin is None and (not args.inputs or "-" in args.inputs):
            msg = "stdin is closed; name the files to read"
            raise OSError(msg)
        where = f"-o {args.output}" if args.output is not None else "stdout is redirected to it"
        check_not_output(args.inputs, _output_file(args.output), where)
        if args.output is not None and os.path.dirname(args.output):
            os.makedirs(os.path.dirname(args.output), exist_ok=True)  # -o runs/2024/out.jsonl: made as needed
        writer: Writer = open_writer(fmt, args.output or sys.stdout, fields=fields, text=not args.no_text,
                                     indent=args.indent)
    except (OSError, NewsmetaError) as e:
        print(f"newsmeta: {e}", file=sys.stderr)
        return 2
    out_file = file_identity(_output_file(args.output))  # (now that -o has made it)
    skip = () if out_file is None else (out_file,)
    jobs = args.jobs
    if jobs > max_processes():
        jobs = max_processes()
        print(f"newsmeta: -j {args.jobs} is more than the CPUs this process may use; using {jobs} workers",
              file=sys.stderr)
    guard = SignalGuard()
    docs = read_documents(args.inputs, jsonl=args.jsonl, field=args.field, url_field=args.url_field,
                          date_field=args.date_field, id_field=args.id_field,
                          warc_dates=args.reference_date == "warc", stdin=_stdin(), skip=skip)
    default_date = args.reference_date if isinstance(args.reference_date, dt.date) else None
    # The workers make each document's output (its JSON line, its row): this process reads the
    # inputs, hands them out and writes what comes back, so -j N scales with N.
    render = Render(fmt, fields=fields, text=not args.no_text, indent=args.indent)
    results = _extract_many(docs, processes=jobs, chunksize=32, on_error="record", url=args.url,
                            reference_date=default_date, max_chars=None, guard=guard, convert=render)
    progress = _Progress(args)
    count = errors = 0
    closed = False
    start = time.monotonic()
    before = _catch_signals(guard)
    try:
        out: Output
        for out in results:
            count += 1
            if out.error is not None:
                errors += 1
                progress.note(out.error)
            try:
                if isinstance(out.payload, str):  # JSON Lines, encoded by the worker
                    cast(JsonLinesWriter, writer).write_encoded(out.payload)
                    written = out.ok
                else:
                    written = writer.write(out.payload)
            except BrokenPipeError:
                raise
            except OSError as e:
                raise _OutputError(e) from e
            if not written and out.error is None:
                errors += 1
                note = "its metadata holds a lone surrogate; an error line is written"
                progress.note(f"newsmeta: {shown(out.input)}: {note}")
            progress.step(errors)
        closed = True
        try:
            writer.close()
        except BrokenPipeError:
            raise
        except OSError as e:
            raise _OutputError(e) from e
    except BrokenPipeError:  # `newsmeta ... | head`: stop quietly, without a traceback at exit
        _drop_stdout()
        return 0
    except _OutputError as e:  # the output cannot be written: a full disk (ENOSPC), a quota, an I/O error
        if args.output is None:
            _drop_stdout()  # what is left in its buffer would fail again at exit
        where = args.output or "stdout"
        print(f"newsmeta: cannot write the output to {where} ({e.__cause__}); stopped after {count} documents, "
              "the output is incomplete", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("\nnewsmeta: interrupted", file=sys.stderr)
        return 130
    except _Terminated:
        return 143
    finally:
        close = getattr(results, "close", None)
        if close is not None:
            # stops the workers at once when the run did not finish; a second signal meanwhile changes nothing
            with contextlib.suppress(KeyboardInterrupt, _Terminated):
                close()
        with contextlib.suppress(KeyboardInterrupt, _Terminated, OSError, ValueError):
            docs.close()  # the file being read, closed now rather than at the interpreter's exit
        if not closed:
            # the rows written so far stay readable: a Parquet file gets its footer, a file its last buffer
            with contextlib.suppress(KeyboardInterrupt, _Terminated, OSError, ValueError):
                writer.close()
        progress.close()
        for sig, handler in before.items():
            signal.signal(sig, handler)
    if not args.quiet:
        rate = count / max(time.monotonic() - start, 1e-9)
        skipped = f", {_counted(docs.skipped, 'WARC record')} skipped (not HTML responses)" if docs.skipped else ""
        print(f"newsmeta: {_counted(count, 'document')}, {_counted(errors, 'error')}{skipped}, {rate:.1f} docs/s",
              file=sys.stderr)
    return 1 if errors else 0


def _output_file(output: str | None) -> str | int | None:
    """The output's path, or stdout's file descriptor (a file when redirected: ``> rows.jsonl``)."""
    if output is not None:
        return output
    try:
        return int(sys.stdout.fileno())
    except (AttributeError, OSError, ValueError):
        return None


def _drop_stdout() -> None:
    """stdout points at /dev/null from here on: the flush at exit cannot fail with a traceback."""
    with contextlib.suppress(OSError, ValueError, AttributeError):
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


def _main_thread() -> bool:
    """True in the main thread, the only one that may set signal handlers."""
    import threading

    return threading.current_thread() is threading.main_thread()


def _counted(n: int, noun: str) -> str:
    """``n`` and ``noun``, plural unless one: ``1 document``, ``0 errors``."""
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"

"""``extract_many()``: many documents, in input order, streaming, optionally on worker processes.

Memory stays flat however long the input is: at most a few chunks per worker are in flight,
and results are yielded as soon as the next one in input order is ready.

>>> arts = list(extract_many(["First story\\n\\nPARIS — Text.", b"Second\\n\\nMore text."]))
>>> [a.headline.text for a in arts]
['First story', 'Second']
>>> [type(x).__name__ for x in extract_many([None, "ok"], on_error="record")]
['Failure', 'Article']
"""

from __future__ import annotations

import datetime as dt
from collections import deque
from collections.abc import Iterable, Iterator
from itertools import islice
from typing import TYPE_CHECKING, Any, Literal

import attrs

if TYPE_CHECKING:
    from concurrent.futures import Future

from newsmeta.errors import ExtractionError, InvalidOptionError, NewsmetaError
from newsmeta.extract import extract
from newsmeta.records import Article

__all__ = ["Failure", "extract_many"]


@attrs.frozen
class Failure:
    """A document ``extract_many`` could not read: its position in the input and why."""

    index: int
    error: str
    message: str


def _one(index: int, doc: Any, options: dict[str, Any], capture: bool) -> Article | Failure:
    try:
        return extract(doc, **options)
    except NewsmetaError as e:
        if not capture:
            raise
        return Failure(index, type(e).__name__, str(e))
    except Exception as e:  # a bug of ours: reported for this document, never stops the batch
        if not capture:
            msg = f"document {index}: unexpected {type(e).__name__}, please report it: {e}"
            raise ExtractionError(msg) from e
        return Failure(index, type(e).__name__, f"unexpected error, please report it: {e}")


def _chunk(start: int, docs: list[Any], options: dict[str, Any], capture: bool) -> list[Article | Failure]:
    return [_one(start + i, d, options, capture) for i, d in enumerate(docs)]


def _check(processes: int | None, chunksize: int, on_error: str) -> None:
    if processes is not None and (not isinstance(processes, int) or isinstance(processes, bool) or processes < 1):
        msg = f"processes must be None or a positive int, not {processes!r}"
        raise InvalidOptionError(msg)
    if not isinstance(chunksize, int) or isinstance(chunksize, bool) or chunksize < 1:
        msg = f"chunksize must be a positive int, not {chunksize!r}"
        raise InvalidOptionError(msg)
    if on_error not in ("record", "raise", "skip"):
        msg = f"on_error must be 'record', 'raise' or 'skip', not {on_error!r}"
        raise InvalidOptionError(msg)


def extract_many(
    docs: Iterable[str | bytes],
    /,
    *,
    processes: int | None = None,
    chunksize: int = 32,
    on_error: Literal["record", "raise", "skip"] = "record",
    url: str | None = None,
    reference_date: dt.date | None = None,
    max_chars: int | None = None,
) -> Iterator[Article | Failure]:
    """Run :func:`~newsmeta.extract` on every document, yielding results in input order.

    ``processes``: ``None`` or ``1`` works in this process; ``N > 1`` has ``N`` processes
    at work, this one and ``N - 1`` worker processes (results are identical either way).
    ``on_error``: ``"record"`` yields a :class:`Failure` for a document that cannot be read,
    ``"skip"`` leaves it out, ``"raise"`` raises the document's
    :class:`~newsmeta.NewsmetaError` (the workers are stopped).
    """
    _check(processes, chunksize, on_error)
    options: dict[str, Any] = {"url": url, "reference_date": reference_date}
    if max_chars is not None:
        options["max_chars"] = max_chars
    capture = on_error != "raise"
    if processes in (None, 1):
        results: Iterator[Article | Failure] = (_one(i, d, options, capture) for i, d in enumerate(docs))
    else:
        results = _parallel(docs, options, processes or 1, chunksize, capture)
    if on_error == "skip":
        return (r for r in results if not isinstance(r, Failure))
    return results


def _threads() -> int:
    """The threads of this process as the system counts them (C libraries' threads too), 0 if unknown."""
    import os

    try:
        return len(os.listdir("/proc/self/task"))
    except OSError:
        return 0


def _parallel(
    docs: Iterable[Any], options: dict[str, Any], processes: int, chunksize: int, capture: bool
) -> Iterator[Article | Failure]:
    """``processes`` processes at work: this one and ``processes - 1`` workers.

    Chunks are read ahead into a window of slots kept in input order.  The workers are kept fed
    with the latest chunks of the window; this process works through the earliest ones itself
    and waits for a worker only when no chunk is left that nobody has taken.  The window bounds
    memory.
    """
    import multiprocessing
    import sys
    from concurrent.futures import ProcessPoolExecutor

    workers = processes - 1
    it = iter(docs)
    first = list(islice(it, chunksize))
    if not first:
        return
    # The first chunk is done here before any worker starts: this process is then warm (language
    # profiles, date tables loaded), and on Linux a single-threaded process is forked, so that the
    # workers start warm too.  A process that runs other threads may hold their locks: its workers
    # are spawned, and load what they need themselves.
    yield from _chunk(0, first, options, capture)
    fork = sys.platform == "linux" and _threads() == 1
    # a slot: a chunk nobody has taken yet (start, docs), a worker's future, or results ready to yield
    slots: deque[tuple[int, list[Any]] | Future[list[Article | Failure]] | list[Article | Failure]] = deque()
    window = 4 * processes
    ctx = multiprocessing.get_context("fork" if fork else "spawn")
    with ProcessPoolExecutor(max_workers=workers, mp_context=ctx) as pool:
        start, more = len(first), True
        while True:
            while more and len(slots) < window:
                chunk = list(islice(it, chunksize))
                if not chunk:
                    more = False
                    break
                slots.append((start, chunk))
                start += len(chunk)
            if not slots:
                return
            # one chunk queued per worker beyond the one it works on; never the first slot, which
            # this process takes next (a single chunk is done here, without starting a worker)
            busy = sum(1 for s in slots if not isinstance(s, (tuple, list)) and not s.done())
            for k in range(len(slots) - 1, 0, -1):
                if busy >= 2 * workers:
                    break
                slot = slots[k]
                if isinstance(slot, tuple):
                    slots[k] = pool.submit(_chunk, slot[0], slot[1], options, capture)
                    busy += 1
            head = slots[0]
            if isinstance(head, list):
                slots.popleft()
                yield from head
            elif isinstance(head, tuple):
                slots.popleft()
                yield from _chunk(head[0], head[1], options, capture)
            elif head.done() or not any(isinstance(s, tuple) for s in slots):
                slots.popleft()
                yield from head.result()
            else:  # the first chunk is a worker's and not ready: do the earliest untaken one here
                k = next(k for k, s in enumerate(slots) if isinstance(s, tuple))
                slot = slots[k]
                assert isinstance(slot, tuple)
                slots[k] = _chunk(slot[0], slot[1], options, capture)

"""``extract_many()``: many documents, in input order, streaming, optionally on worker processes.

Memory stays flat however long the input is: a bounded window of documents is in flight (a
few chunks per worker, and never much more than ``4 * processes`` MB of documents), and
results are yielded as soon as the next one in input order is ready.

A document is a ``str`` or ``bytes``, a :class:`~newsmeta.Document` or a mapping with the keys
``text`` and, optionally, ``url``, ``reference_date`` (a date or an ISO string) and ``id``: its
own ``url`` and ``reference_date`` win over the options given for the whole batch.

>>> arts = list(extract_many(["First story\\n\\nPARIS — Text.", {"text": b"Second\\n\\nMore text."}]))
>>> [a.headline.text for a in arts]
['First story', 'Second']
>>> [type(x).__name__ for x in extract_many([None, "ok"], on_error="record")]
['Failure', 'Article']
"""

from __future__ import annotations

import datetime as dt
import itertools
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, Literal

import attrs

if TYPE_CHECKING:
    from concurrent.futures import Future, ProcessPoolExecutor

from newsmeta.errors import ExtractionError, InputTypeError, InvalidOptionError, NewsmetaError
from newsmeta.extract import extract
from newsmeta.io.documents import Document
from newsmeta.io.jsonl import parse_reference_date
from newsmeta.records import Article

__all__ = ["DocumentLike", "Failure", "extract_many", "max_processes"]

#: What ``extract_many`` takes as one document.
DocumentLike = str | bytes | Document | Mapping[str, Any]

#: What the command has the workers make of each document and its result (its output line, say), so
#: that the process that reads and writes does not: ``convert(document, result)``.  It must pickle
#: (a function or instance of a class of a module), as it travels to the workers with each chunk.
Convert = Callable[[Any, "Article | Failure"], Any]

#: A chunk is closed once it holds this many bytes of documents, so large pages travel a few at a time.
_CHUNK_BYTES = 2 << 20
#: Seconds between two looks at a pending signal while waiting for a worker's results.
_POLL = 0.1
_DIED = (
    "the worker process reading this document died (killed by the system, perhaps out of memory); "
    "the other documents go on"
)


@attrs.frozen
class Failure:
    """A document ``extract_many`` could not read: its position in the input and why."""

    index: int
    error: str
    message: str


class SignalGuard:
    """Holds back a signal's exception while this process is inside the worker pool's machinery.

    A signal handler that raises (Ctrl-C's ``KeyboardInterrupt``, the command's SIGTERM) may do so
    between any two steps of the pool's own code: just after it took a lock of a queue or of a
    future, say.  That lock then stays taken, the pool's manager thread blocks on it for good, and
    so does the interpreter's exit, which joins that thread.  The command's handlers therefore call
    :meth:`deliver`: outside the pool the exception is raised at once (reading input, writing
    output); inside, it is kept and raised as soon as the pool's call returns.  A wait for a
    worker's results looks every :data:`_POLL` seconds, so a signal never waits for a chunk.
    """

    def __init__(self) -> None:
        self.busy = 0
        self.pending: BaseException | None = None

    def deliver(self, exc: BaseException) -> None:
        """Raise ``exc`` now, or keep it for the next safe point when inside the pool."""
        if self.busy:
            self.pending = exc
            return
        raise exc

    def check(self) -> None:
        """Raise the exception a signal left while this process was inside the pool, if any."""
        exc, self.pending = self.pending, None
        if exc is not None:
            raise exc

    @contextmanager
    def inside(self) -> Iterator[None]:
        """A call into the pool: a signal's exception waits until it has returned."""
        self.busy += 1
        try:
            yield
        finally:
            self.busy -= 1
        self.check()


def max_processes() -> int:
    """The most worker processes ``extract_many`` starts: the CPUs this process may use (at least 2)."""
    try:
        cpus = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        cpus = os.cpu_count() or 1
    return max(cpus, 2)


def _unpack(doc: Any, options: dict[str, Any]) -> tuple[Any, dict[str, Any]]:
    """The document's content and the options ``extract`` gets for it."""
    if isinstance(doc, Document):
        text, url, ref = doc.text, doc.url, doc.reference_date
    elif isinstance(doc, Mapping):
        if "text" not in doc:
            msg = f"a mapping given as a document needs a 'text' key; it has {sorted(map(str, doc))[:8]}"
            raise InputTypeError(msg)
        text, url, ref = doc["text"], doc.get("url"), parse_reference_date(doc.get("reference_date"))
    else:
        return doc, options
    if url is None and ref is None:
        return text, options
    own = dict(options)
    if url is not None:
        own["url"] = url
    if ref is not None:
        own["reference_date"] = ref
    return text, own


def _one(index: int, doc: Any, options: dict[str, Any], capture: bool) -> Article | Failure:
    if isinstance(doc, Document) and doc.error is not None:
        name, _, message = doc.error.partition(": ")
        if not capture:
            msg = f"{doc.input}: {doc.error}"
            raise NewsmetaError(msg)
        return Failure(index, name, message)
    try:
        text, own = _unpack(doc, options)
        return extract(text, **own)
    except NewsmetaError as e:
        if not capture:
            raise
        return Failure(index, type(e).__name__, str(e))
    except Exception as e:  # a bug of ours: reported for this document, never stops the batch
        if not capture:
            msg = f"document {index}: unexpected {type(e).__name__}, please report it: {e}"
            raise ExtractionError(msg) from e
        return Failure(index, type(e).__name__, f"unexpected error, please report it: {e}")


def _chunk(start: int, docs: list[Any], options: dict[str, Any], capture: bool, convert: Convert | None = None
           ) -> list[Any]:
    if convert is None:
        return [_one(start + i, d, options, capture) for i, d in enumerate(docs)]
    return [convert(d, _one(start + i, d, options, capture)) for i, d in enumerate(docs)]


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
    docs: Iterable[DocumentLike],
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

    A document is a ``str``, ``bytes``, a :class:`~newsmeta.Document` or a mapping with a
    ``text`` key (and ``url``, ``reference_date``, ``id`` when it has them); a document's own
    ``url`` and ``reference_date`` win over the ``url`` and ``reference_date`` given here.
    ``processes``: ``None`` or ``1`` works in this process; ``N > 1`` starts ``N`` worker
    processes (at most :func:`max_processes`, the CPUs this process may use) while this one
    reads the input and hands out chunks of ``chunksize`` documents; the results are identical
    either way.  On Linux, a process that runs no other Python thread (numpy's OpenBLAS
    threads, which OpenBLAS stops at a fork, are fine) loads the models once before forking
    its workers, which share them rather than each loading its own copy.  A worker
    killed by the system (out of memory) costs only the document it was
    reading: that one becomes a :class:`Failure`, a new worker takes over, the rest goes on.
    ``on_error``: ``"record"`` yields a :class:`Failure` for a document that cannot be read,
    ``"skip"`` leaves it out, ``"raise"`` raises the document's
    :class:`~newsmeta.NewsmetaError` (the workers are stopped).
    """
    return _extract_many(docs, processes=processes, chunksize=chunksize, on_error=on_error, url=url,
                         reference_date=reference_date, max_chars=max_chars, guard=None)


def _extract_many(
    docs: Iterable[DocumentLike],
    /,
    *,
    processes: int | None,
    chunksize: int,
    on_error: str,
    url: str | None,
    reference_date: dt.date | None,
    max_chars: int | None,
    guard: SignalGuard | None,
    convert: Convert | None = None,
) -> Iterator[Any]:
    """:func:`extract_many`, and for the command a :class:`SignalGuard` its signal handlers deliver to.

    With ``convert``, what is yielded for each document is ``convert(document, result)``, made
    where the document was read (in a worker with ``processes > 1``); ``on_error`` is then
    ``"record"`` or ``"raise"``.
    """
    _check(processes, chunksize, on_error)
    options: dict[str, Any] = {"url": url, "reference_date": reference_date}
    if max_chars is not None:
        options["max_chars"] = max_chars
    capture = on_error != "raise"
    if convert is not None and on_error == "skip":
        msg = "convert is for on_error='record' or 'raise'"
        raise InvalidOptionError(msg)
    results: Iterator[Any]
    if processes in (None, 1):
        if convert is None:
            results = (_one(i, d, options, capture) for i, d in enumerate(docs))
        else:
            results = (convert(d, _one(i, d, options, capture)) for i, d in enumerate(docs))
    else:
        results = _parallel(docs, options, min(processes or 1, max_processes()), chunksize, capture,
                            guard or SignalGuard(), convert)
    if on_error == "skip":
        return (r for r in results if not isinstance(r, Failure))
    return results


#: Threads named so by a library that makes itself safe at a fork: jemalloc's background thread
#: (pyarrow's allocator, started by importing pyarrow or pandas), whose fork handlers take its locks
#: before a fork and leave the child without background threads.
_FORK_AWARE_THREADS = frozenset({"jemalloc_bg_thd"})
#: The functions of each OpenBLAS library loaded in this process that tell its threads, by path.
_OPENBLAS: dict[str, tuple[Callable[[], int], Callable[[], int]] | None] = {}


def _openblas_threads() -> int:
    """The threads the OpenBLAS libraries loaded in this process may run, when OpenBLAS stops them at a fork.

    OpenBLAS built with its own threads (``openblas_get_parallel() == 1``, as in numpy's and
    scipy's wheels) starts ``openblas_get_num_threads() - 1`` of them as it is loaded, and stops
    them before every fork (its ``pthread_atfork`` handler): the child starts with none and
    OpenBLAS starts new ones there when it needs them.  A build on OpenMP (``== 2``) leaves its
    threads running across a fork; they count as threads of unknown origin.  The libraries are
    found in ``/proc/self/maps`` and asked through their own API (``RTLD_NOLOAD``: nothing is
    loaded, and nothing is changed).
    """
    try:
        with open("/proc/self/maps", encoding="utf-8", errors="replace") as f:
            paths = {line.rsplit(" ", 1)[-1].strip() for line in f if "openblas" in line.lower()}
    except OSError:
        return 0
    total = 0
    for path in sorted(paths):
        if path not in _OPENBLAS:
            _OPENBLAS[path] = _openblas_api(path)
        api = _OPENBLAS[path]
        if api is not None:
            parallel, threads = api
            if parallel() == 1:
                total += max(threads() - 1, 0)
    return total


def _openblas_api(path: str) -> tuple[Callable[[], int], Callable[[], int]] | None:
    """``openblas_get_parallel`` and ``openblas_get_num_threads`` of the loaded library ``path``, by their
    names in the builds that rename their symbols (``scipy_openblas_get_parallel64_``, ...)."""
    import ctypes

    try:
        lib = ctypes.CDLL(path, mode=os.RTLD_NOLOAD)
    except (OSError, AttributeError):
        return None
    for prefix, suffix in itertools.product(("", "scipy_"), ("", "64_", "_64")):
        parallel = getattr(lib, f"{prefix}openblas_get_parallel{suffix}", None)
        threads = getattr(lib, f"{prefix}openblas_get_num_threads{suffix}", None)
        if parallel is not None and threads is not None:
            parallel.restype = threads.restype = ctypes.c_int
            parallel.argtypes = threads.argtypes = []
            return parallel, threads
    return None


def _fork_safe(own: str, names: list[str] | None, python_threads: int, blas_threads: Callable[[], int]) -> bool:
    """Whether a process may fork whose calling thread is named ``own`` and whose other threads are
    named ``names``: each of them stops or makes itself safe at the fork.

    ``python_threads``, the Python threads besides this one, must be 0 (such a thread may hold any
    lock: the child would wait for it for good); a thread of a fork-aware library's
    (:data:`_FORK_AWARE_THREADS`) is fine, and so are as many others as OpenBLAS runs
    (``blas_threads()``, asked only when there are some) when they bear the calling thread's name:
    OpenBLAS's threads have no name of their own, they keep the name of the thread that loaded
    it, so they are told by that and by their number.  ``names`` None: unknown, not safe.

    >>> _fork_safe("python", [], 0, lambda: 0), _fork_safe("python", ["python"], 0, lambda: 1)
    (True, True)
    >>> _fork_safe("python", ["python"], 1, lambda: 1), _fork_safe("python", ["grpc_global_tim"], 0, lambda: 1)
    (False, False)
    """
    if names is None or python_threads:
        return False
    others = [name for name in names if name not in _FORK_AWARE_THREADS]
    return not others or (all(name == own for name in others) and len(others) <= blas_threads())


def _other_threads() -> tuple[str, list[str]] | None:
    """The name of the calling thread and those of this process's other threads, as the system knows
    them (C libraries' threads too); None when it cannot tell."""
    import threading

    me = str(threading.get_native_id())
    try:
        tasks = os.listdir("/proc/self/task")
    except OSError:
        return None
    own, names = "", []
    for tid in tasks:
        try:
            with open(f"/proc/self/task/{tid}/comm", encoding="utf-8", errors="replace") as f:
                name = f.read().strip()
        except FileNotFoundError:  # it ended meanwhile
            continue
        except OSError:
            return None
        if tid == me:
            own = name
        else:
            names.append(name)
    return own, names


def _may_fork() -> bool:
    """Whether this process may fork its workers: Linux, no other Python thread, and every other
    thread one that stops or makes itself safe at a fork (see :func:`_fork_safe`).

    So a process that imported numpy (or pandas, or called ``extract`` once) still forks.
    """
    import _thread
    import sys
    import threading

    if sys.platform != "linux":
        return False
    python = threading.active_count() - 1
    started = getattr(_thread, "_count", None)  # the threads started with _thread too
    if started is not None:
        python = max(python, started())
    threads = _other_threads()
    if threads is None:
        return False
    return _fork_safe(*threads, python, _openblas_threads)


def _size(doc: Any) -> int:
    text = doc.text if isinstance(doc, Document) else doc.get("text") if isinstance(doc, Mapping) else doc
    return len(text) if isinstance(text, (str, bytes)) else 0


def _worker_init() -> None:
    """Workers leave Ctrl-C to this process, which stops them: no traceback from every worker.

    SIGTERM ends a worker at once, whatever handler a forked worker inherited from this process.
    The garbage collector no longer looks at the objects the worker started with.
    """
    import gc
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    # What a forked worker starts with (the models, the modules) lives as long as it does: its
    # collections leave those objects alone, and so do not write to the pages it shares.
    gc.freeze()


#: True once :func:`_warm_up` has loaded the models into this process.
_LOADED: list[bool] = []
#: A short story that makes ``extract`` load the models and tables every document needs (English
#: only: a line in another language loaded more, 2.4 s of CPU against 1.7).
_WARM_TEXT = "Port reopens after the storm\n\nLISBON (AP) - The port reopened on Monday after a storm."
#: Then the batch's own first documents (their beginnings) load what this batch needs beyond that
#: (its language's tables, the dates module's search): once here, rather than once in every worker.
_WARM_DOCS = 4
_WARM_CHARS = 3_000


def _quietly(load: Callable[[], object]) -> None:
    """``load()``; an error is left to the document that meets it again (and reports it)."""
    from contextlib import suppress

    with suppress(Exception):
        load()


def _load_models() -> None:
    """The models loaded side by side: py3langid's in a thread, langdetect's and dateparser's here.

    Most of py3langid's loading is xz decompression, which runs without the interpreter's lock,
    so the two overlap on two cores (about half a second less before the workers start).  The
    thread has ended when this returns, so the process may still fork.
    """
    import threading

    from newsmeta import dates, language, language_langid

    thread = threading.Thread(target=_quietly, args=(language_langid._model,), name="newsmeta-load", daemon=True)
    thread.start()
    try:
        language._model()
        _quietly(dates.load_dateparser)
    finally:
        thread.join()
        _until_gone(thread.native_id)


def _until_gone(tid: int | None) -> None:
    """Waits (a few milliseconds at most) until the system no longer lists the thread ``tid``.

    A joined thread may still be ending as the system sees it, and :func:`_may_fork`, which
    counts the threads the system lists, would then see one too many.
    """
    import time

    for _ in range(200):
        if tid is None or not os.path.exists(f"/proc/self/task/{tid}"):
            return
        time.sleep(0.001)


def _warm_up(first: Iterable[Any] = (), options: Mapping[str, Any] | None = None) -> None:
    """Load ``extract``'s models in this process, to be forked.

    Forked workers then start ready and share the pages of the tables (on the benchmark's
    texts: 13 MB of private memory each rather than 200 MB, and one warm-up rather than one per
    worker).  Only a process that may fork (:func:`_may_fork`: Linux, and no thread that a fork
    could leave holding a lock) loads them: another spawns its workers, which load what they
    need themselves.  The threads loading starts (numpy's OpenBLAS pool, which OpenBLAS stops at a
    fork) do not stop the fork.  The beginnings of ``first`` (the batch's first documents, read
    with ``options``) are read too, their results dropped: what they load is loaded once, here.
    """
    if not _may_fork():
        return
    if not _LOADED:
        try:
            _load_models()
            extract(_WARM_TEXT)
        except Exception:  # the workers meet it again, document by document, and report it
            return  # (a signal's exception is a BaseException: it is not caught here)
        _LOADED.append(True)
        if not _may_fork():  # the workers are spawned (see ``_new_pool``)
            return
    for doc in first:
        if isinstance(doc, Document) and doc.error is not None:
            continue
        try:
            text, own = _unpack(doc, dict(options or {}))
            extract(text[:_WARM_CHARS], **own)
        except Exception:  # (an odd document is the worker's to report)
            continue


def _new_pool(workers: int) -> ProcessPoolExecutor:
    # On Linux a process that may fork (see ``_may_fork``) is forked, so that the workers start
    # with what this process has loaded; a process that runs other threads may hold their locks:
    # its workers are spawned, and load what they need themselves.
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    ctx = multiprocessing.get_context("fork" if _may_fork() else "spawn")
    return ProcessPoolExecutor(max_workers=workers, mp_context=ctx, initializer=_worker_init)


def _stop(pool: ProcessPoolExecutor, *, wait: bool) -> None:
    """Shut the pool down; unless ``wait``, end its workers at once (Ctrl-C, SIGTERM, an early stop)."""
    if wait:
        pool.shutdown(wait=True)
        return
    # ProcessPoolExecutor has no public way to end busy workers before Python 3.14: its private
    # parts are used here, each looked up with a default, and before ``shutdown``, which drops them.
    procs = list((getattr(pool, "_processes", None) or {}).values())
    manager = getattr(pool, "_executor_manager_thread", None)
    results = getattr(pool, "_result_queue", None)
    queue = getattr(pool, "_call_queue", None)
    if queue is not None:
        # the chunks still queued for the dead workers must not keep the queue's feeder thread,
        # and so this process, waiting at exit
        queue.cancel_join_thread()
    pool.shutdown(wait=False, cancel_futures=True)
    for p in procs:
        if p.is_alive():
            p.terminate()
    for p in procs:
        p.join(5)
        if p.is_alive():
            p.kill()
            p.join(5)
    # A worker ended while it was sending its results leaves half a message in the pipe, and the
    # pool's manager thread waiting for the rest for good (and the interpreter's exit, which joins
    # that thread).  With the workers gone, this process holds the pipe's last writing end:
    # closing it ends that wait.
    writer = getattr(results, "_writer", None)
    if writer is not None:
        writer.close()
    if manager is not None:
        manager.join(5)  # so that the next pool may fork again


@attrs.define
class _Slot:
    start: int
    docs: list[Any]
    future: Future[list[Any]] | None
    results: list[Any] | None = None


def _wait(future: Future[list[Any]], guard: SignalGuard) -> list[Any]:
    """A worker's results; a signal that arrives meanwhile is raised within :data:`_POLL` seconds."""
    from concurrent.futures import TimeoutError as WaitedTooLong  # not the built-in one before Python 3.11

    while True:
        with guard.inside():
            try:
                return future.result(timeout=_POLL)
            except WaitedTooLong:
                pass


def _isolate(
    slot: _Slot, pool: ProcessPoolExecutor, workers: int, args: tuple[Any, ...], guard: SignalGuard
) -> ProcessPoolExecutor:
    """Read a chunk whose worker died one document at a time, to find the one that kills a worker."""
    from concurrent.futures.process import BrokenProcessPool

    options, capture, convert = args
    out: list[Any] = []
    for j, doc in enumerate(slot.docs):
        try:
            with guard.inside():
                future = pool.submit(_chunk, slot.start + j, [doc], options, capture, convert)
            out.extend(_wait(future, guard))
        except BrokenProcessPool as e:
            if not capture:
                msg = f"document {slot.start + j}: {_DIED}"
                raise ExtractionError(msg) from e
            died = Failure(slot.start + j, "BrokenProcessPool", _DIED)
            out.append(died if convert is None else convert(doc, died))
            with guard.inside():
                _stop(pool, wait=False)
                pool = _new_pool(workers)
    slot.results, slot.future = out, None
    return pool


def _parallel(
    docs: Iterable[Any], options: dict[str, Any], workers: int, chunksize: int, capture: bool, guard: SignalGuard,
    convert: Convert | None = None,
) -> Iterator[Any]:
    """``workers`` worker processes; this one reads ahead, hands out chunks and yields in input order.

    The window of chunks in flight (two per worker) bounds memory, and a chunk closes early once
    it holds ``_CHUNK_BYTES`` of documents.  When a worker dies, the chunks that were not done
    are read again one document at a time in a new pool.  Every call into the pool is made
    inside ``guard`` (see :class:`SignalGuard`).
    """
    from concurrent.futures.process import BrokenProcessPool

    it = iter(docs)
    first = list(itertools.islice(it, _WARM_DOCS))
    it = itertools.chain(first, it)
    slots: deque[_Slot] = deque()
    window = 2 * workers
    start, more, done = 0, True, False
    _warm_up(first, options)
    del first
    with guard.inside():
        pool = _new_pool(workers)
    try:
        while True:
            while more and len(slots) < window:
                chunk: list[Any] = []
                size = 0
                for doc in it:
                    chunk.append(doc)
                    size += _size(doc)
                    if len(chunk) >= chunksize or size >= _CHUNK_BYTES:
                        break
                if not chunk:
                    more = False
                    break
                future: Future[list[Any]] | None
                try:
                    with guard.inside():
                        future = pool.submit(_chunk, start, chunk, options, capture, convert)
                except BrokenProcessPool:  # a worker died: found, and the pool renewed, at the head
                    future = None
                slots.append(_Slot(start, chunk, future))
                start += len(chunk)
            if not slots:
                done = True
                return
            head = slots[0]
            if head.results is None:
                try:
                    if head.future is None:
                        raise BrokenProcessPool
                    head.results = _wait(head.future, guard)
                except BrokenProcessPool:
                    with guard.inside():
                        _stop(pool, wait=False)
                        pool = _new_pool(workers)
                        for slot in slots:
                            f = slot.future
                            if f is not None and f.done() and not f.cancelled() and f.exception() is None:
                                slot.results, slot.future = f.result(), None
                    for slot in slots:
                        if slot.results is None:
                            pool = _isolate(slot, pool, workers, (options, capture, convert), guard)
                    continue
            slots.popleft()
            yield from head.results
    finally:
        with guard.inside():
            _stop(pool, wait=done)

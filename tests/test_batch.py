"""extract_many(): order, error policies, workers, argument checks."""

from __future__ import annotations

import subprocess
import sys
from typing import Any

import pytest

import newsmeta
from newsmeta import Article, Failure, extract_many

DOCS: list[object] = [
    "Port reopens after storm\n\nLISBON (AP) — The port reopened on Monday.",
    None,
    b"<html><head><title>Page</title></head><body><p>" + b"Words on a page. " * 20 + b"</p></body></html>",
    "Segunda noticia\n\nMADRID.- El puerto abrió el lunes 3 de marzo de 2025.",
]


def test_order_and_failure_records() -> None:
    out = list(extract_many(DOCS))  # type: ignore[arg-type]
    assert [type(x).__name__ for x in out] == ["Article", "Failure", "Article", "Article"]
    fail = out[1]
    assert isinstance(fail, Failure) and fail.index == 1 and fail.error == "InputTypeError"
    assert all(isinstance(x, Article) for i, x in enumerate(out) if i != 1)


def test_skip_and_raise() -> None:
    assert len(list(extract_many(DOCS, on_error="skip"))) == 3  # type: ignore[arg-type]
    with pytest.raises(newsmeta.InputTypeError):
        list(extract_many(DOCS, on_error="raise"))  # type: ignore[arg-type]


def test_two_workers_give_the_same_results_as_one() -> None:
    docs = [d for d in DOCS if d is not None] * 5
    one = list(extract_many(docs))  # type: ignore[arg-type]
    two = list(extract_many(docs, processes=2, chunksize=2))  # type: ignore[arg-type]
    assert one == two and len(two) == 15


def test_with_other_threads_running_workers_are_spawned_and_agree(monkeypatch: pytest.MonkeyPatch) -> None:
    import threading

    from newsmeta import batch

    methods: list[str] = []
    new_pool = batch._new_pool

    def spy(workers: int) -> Any:
        pool = new_pool(workers)
        methods.append(pool._mp_context.get_start_method())
        return pool

    monkeypatch.setattr(batch, "_new_pool", spy)
    docs = [d for d in DOCS if d is not None] * 3
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        two = list(extract_many(docs, processes=2, chunksize=2))  # type: ignore[arg-type]
    finally:
        stop.set()
        other.join()
    assert methods == ["spawn"]
    assert two == list(extract_many(docs))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("names", "python_threads", "blas", "safe"),
    [
        ([], 0, 0, True),
        (["python"], 0, 1, True),
        (["python", "python", "python"], 0, 3, True),
        (["python", "python"], 0, 1, False),
        (["python"], 0, 0, False),
        ([], 1, 0, False),
        (["python"], 1, 1, False),
        (["jemalloc_bg_thd"], 0, 0, True),
        (["python", "jemalloc_bg_thd"], 0, 1, True),
        (["grpc_global_tim"], 0, 4, False),
        (["grpc_global_tim", "python"], 0, 2, False),
        (None, 0, 8, False),
    ],
    ids=["alone", "openblas", "openblas-3", "one-more-than-openblas", "no-openblas", "python-thread",
         "python-thread-and-openblas", "jemalloc", "pandas", "named-not-openblas", "named-and-openblas",
         "unknown"],
)
def test_which_threads_a_fork_may_leave_behind(names: list[str] | None, python_threads: int, blas: int,
                                              safe: bool) -> None:
    """Other threads are fine when a fork stops them (OpenBLAS's, told by their number and by the
    name they inherit) or when their library makes itself safe (jemalloc's); a Python thread never is."""
    from newsmeta.batch import _fork_safe

    assert _fork_safe("python", names, python_threads, lambda: blas) is safe


def test_streams_from_a_generator() -> None:
    def gen() -> object:
        for i in range(7):
            yield f"Story {i}\n\nText of story number {i}."

    heads = [a.headline.text for a in extract_many(gen()) if isinstance(a, Article) and a.headline]  # type: ignore[arg-type]
    assert heads == [f"Story {i}" for i in range(7)]


@pytest.mark.parametrize(
    "kwargs",
    [{"processes": 0}, {"processes": True}, {"chunksize": 0}, {"on_error": "ignore"}],
    ids=["zero-processes", "bool-processes", "zero-chunksize", "bad-policy"],
)
def test_bad_options_raise_at_once(kwargs: dict[str, object]) -> None:
    with pytest.raises(newsmeta.InvalidOptionError):
        extract_many(["x"], **kwargs)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("n", "chunksize", "processes"),
    [(1, 32, 2), (9, 1, 2), (40, 3, 3), (23, 4, 2)],
    ids=["one-chunk", "chunks-of-one", "three-processes", "ragged-last-chunk"],
)
def test_parallel_keeps_input_order(n: int, chunksize: int, processes: int) -> None:
    docs = [f"Story {i}\n\nPARIS — Text of story number {i}." for i in range(n)]
    out = list(extract_many(docs, processes=processes, chunksize=chunksize))
    assert [a.headline.text for a in out if isinstance(a, Article) and a.headline] == [f"Story {i}" for i in range(n)]


def test_raise_policy_stops_a_parallel_batch() -> None:
    docs: list[object] = [f"Story {i}\n\nText." for i in range(12)]
    docs[7] = 3.5
    with pytest.raises(newsmeta.InputTypeError):
        list(extract_many(docs, processes=2, chunksize=2, on_error="raise"))  # type: ignore[arg-type]


def test_documents_and_mappings_carry_their_own_options() -> None:
    import datetime as dt

    text = "Talks end\n\nLISBON — The talks ended yesterday."
    docs: list[object] = [
        newsmeta.Document(text, reference_date=dt.date(2025, 1, 14), url="https://example.com/a"),
        {"text": text, "reference_date": "2024-03-02", "id": 7},
        text,
        {"body": text},
        newsmeta.Document(input="x.jsonl", line=3, error="JSONDecodeError: line 3 is not JSON"),
    ]
    out = list(extract_many(docs, reference_date=dt.date(2000, 1, 2)))  # type: ignore[arg-type]
    values = [[d.value for d in a.dates if d.text == "yesterday"] for a in out[:3] if isinstance(a, Article)]
    assert values == [[dt.date(2025, 1, 13)], [dt.date(2024, 3, 1)], [dt.date(2000, 1, 1)]]
    assert isinstance(out[0], Article) and out[0].url == "https://example.com/a"
    failures = [(f.error, f.index) for f in out[3:] if isinstance(f, Failure)]
    assert failures == [("InputTypeError", 3), ("JSONDecodeError", 4)]


def test_read_ahead_is_bounded_in_bytes() -> None:
    """Large documents travel a few at a time: the window holds a few MB, not 255 documents."""
    taken = []

    def big() -> object:
        for i in range(40):
            taken.append(i)
            yield "Big story\n\n" + "word " * 200_000  # 1 MB each

    # max_chars makes each one a quick Failure: what is measured is the reading ahead, not extraction
    results = extract_many(big(), processes=2, chunksize=32, max_chars=1000)  # type: ignore[arg-type]
    next(results)
    in_flight = len(taken)
    list(results)
    assert in_flight <= 12 and len(taken) == 40


def test_processes_are_capped_at_the_cpus() -> None:
    from newsmeta.batch import max_processes

    assert 2 <= max_processes() <= (__import__("os").cpu_count() or 2) + 2
    assert len(list(extract_many(["a b c", "d e f"], processes=10_000, chunksize=1))) == 2


class _KillsItsWorker:
    """A document whose unpickling ends the worker process, as the out-of-memory killer would.

    It needs no hook in the worker, so it kills a forked and a spawned worker alike (after a death
    the new pool may be spawned, when the dead pool's threads are still ending).
    """

    def __reduce__(self) -> tuple[Any, tuple[int]]:
        import os

        return os._exit, (9,)


def test_a_worker_killed_by_the_system_costs_only_its_document() -> None:
    """A document that makes its worker exit becomes a Failure; the others are read as usual."""
    docs: list[Any] = [f"Story {i}\n\nPARIS — Text of story {i}." for i in range(24)]
    docs[9] = _KillsItsWorker()
    out = list(extract_many(docs, processes=2, chunksize=4))
    assert len(out) == 24
    assert [(i, x.error) for i, x in enumerate(out) if isinstance(x, Failure)] == [(9, "BrokenProcessPool")]
    heads = [x.headline.text for x in out if isinstance(x, Article) and x.headline]
    assert heads == [f"Story {i}" for i in range(24) if i != 9]


def test_a_signal_inside_the_pool_waits_for_its_call_to_return() -> None:
    """The command's handlers raise through a SignalGuard: at once outside the pool, after its call inside."""
    from newsmeta.batch import SignalGuard

    guard = SignalGuard()
    with pytest.raises(KeyboardInterrupt):
        guard.deliver(KeyboardInterrupt())  # outside: at once
    reached = []
    with pytest.raises(KeyboardInterrupt), guard.inside():
        guard.deliver(KeyboardInterrupt())  # inside: kept ...
        reached.append("the rest of the pool's call")
    assert reached == ["the rest of the pool's call"]  # ... and raised when the call returned
    assert guard.pending is None
    assert guard.busy == 0
    guard.check()  # nothing left to raise


def test_a_parallel_batch_raises_a_pending_signal_while_waiting() -> None:
    """A wait for a worker's results looks at the guard, so a signal never waits for the whole batch."""
    from newsmeta.batch import SignalGuard, _extract_many

    guard = SignalGuard()
    docs = [f"Story {i}\n\nPARIS — Text of story {i}. " + "More text. " * 400 for i in range(64)]
    results = _extract_many(docs, processes=2, chunksize=32, on_error="record", url=None, reference_date=None,
                            max_chars=None, guard=guard)
    first = next(results)
    assert isinstance(first, Article)
    guard.busy += 1  # as if the signal came inside the pool's call ...
    guard.deliver(KeyboardInterrupt())
    guard.busy -= 1
    seen = 1
    with pytest.raises(KeyboardInterrupt):
        for _ in results:  # ... raised at the next look into the pool, not after the 64 documents
            seen += 1
    assert seen == 32  # the first chunk, whose results were here already


_FORKS = """
import newsmeta.batch as b
from newsmeta import language

methods = []
new_pool = b._new_pool

def spy(*args):
    pool = new_pool(*args)
    methods.append(pool._mp_context.get_start_method())
    return pool

b._new_pool = spy
docs = ["Storm closes the port\\n\\nLISBON (AP) - The port closed on Monday."] * 4
assert list(b.extract_many(docs, processes=2, chunksize=1)) == list(b.extract_many(docs))
list(b.extract_many(docs, processes=2, chunksize=1))
print(methods, bool(language._MODEL))
"""


@pytest.mark.skipif(sys.platform != "linux", reason="workers are forked on Linux only")
def test_workers_are_forked_with_the_models_loaded_and_again_next_time() -> None:
    import subprocess

    out = subprocess.run([sys.executable, "-c", _FORKS], capture_output=True, text=True, timeout=300, check=True)
    assert out.stdout.split() == ["['fork',", "'fork']", "True"]


#: Before the batch, the process has loaded numpy (its OpenBLAS threads run): by ``extract``, or
#: by the user's own imports.  Each new pool is asked, before any document, whether the model is
#: loaded in its worker: a forked worker has the parent's, a spawned one has none yet.
_FORKS_AFTER = """
{before}
import newsmeta
import newsmeta.batch as b

print(len(b._other_threads()[1]), b._openblas_threads())
seen = []
new_pool = b._new_pool

def spy(workers):
    pool = new_pool(workers)
    loaded = pool.submit(eval, "bool(__import__('newsmeta.language').language._MODEL)").result()
    seen.append((pool._mp_context.get_start_method(), loaded))
    return pool

b._new_pool = spy
docs = ["Storm closes the port\\n\\nLISBON (AP) - The port closed on Monday."] * 4
assert list(newsmeta.extract_many(docs, processes=2, chunksize=1)) == [newsmeta.extract(d) for d in docs]
print(seen)
"""


@pytest.mark.skipif(sys.platform != "linux", reason="workers are forked on Linux only")
@pytest.mark.parametrize(
    ("needs", "before"),
    [
        ("numpy", "import newsmeta; newsmeta.extract('Port reopens\\n\\nLISBON (AP) - The port reopened.')"),
        ("numpy", "import numpy"),
        ("pandas", "import pandas"),
    ],
    ids=["after-extract", "after-import-numpy", "after-import-pandas"],
)
def test_workers_are_forked_after_numpy_started_its_threads(needs: str, before: str) -> None:
    """numpy's OpenBLAS threads (and pyarrow's jemalloc thread, with pandas) do not make the workers spawned."""
    import subprocess

    pytest.importorskip(needs)
    script = _FORKS_AFTER.format(before=before)
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=300, check=True)
    counts, seen = out.stdout.strip().splitlines()
    others, blas = map(int, counts.split())
    assert others >= blas  # the OpenBLAS threads are there, counted as OpenBLAS counts them
    assert seen == "[('fork', True)]"


@pytest.mark.skipif(sys.platform != "linux", reason="OpenBLAS's threads are counted on Linux")
def test_openblas_threads_are_the_threads_numpy_started() -> None:
    """What OpenBLAS says it runs is what importing numpy started (none when it runs one thread)."""
    import subprocess

    pytest.importorskip("numpy")
    script = (
        "import newsmeta.batch as b\n"
        "before = len(b._other_threads()[1])\n"
        "import numpy\n"
        "print(len(b._other_threads()[1]) - before, b._openblas_threads(), "
        "any('openblas' in line for line in open('/proc/self/maps')))\n"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=300, check=True)
    started, counted, openblas = out.stdout.split()
    if openblas != "True":
        pytest.skip("numpy is not built with OpenBLAS here")
    assert int(started) == int(counted)


@pytest.mark.skipif(sys.platform != "linux", reason="workers are forked on Linux only")
def test_warm_up_reads_the_beginnings_of_the_first_documents(monkeypatch: pytest.MonkeyPatch) -> None:
    """What the batch's first documents load is loaded before the workers are forked, once."""
    from newsmeta import batch

    seen: list[tuple[object, dict[str, object]]] = []
    monkeypatch.setattr(batch, "_LOADED", [True])
    monkeypatch.setattr(batch, "_may_fork", lambda: True)
    monkeypatch.setattr(batch, "extract", lambda text, **kw: seen.append((text, kw)))
    long = "x" * (batch._WARM_CHARS + 10)
    first = [long, None, newsmeta.Document(text="", error="NotTextError: binary"), {"text": "Kurz", "url": "https://a.example/1"}]
    batch._warm_up(first, {"url": None, "reference_date": None})
    assert seen == [
        (long[: batch._WARM_CHARS], {"url": None, "reference_date": None}),
        ("Kurz", {"url": "https://a.example/1", "reference_date": None}),
    ]


def _kind(doc: object, result: Article | Failure) -> tuple[str, object]:
    """A convert for _extract_many: what the result is, and for a failure where it is."""
    return (type(result).__name__, result.index if isinstance(result, Failure) else None)


@pytest.mark.parametrize("processes", [1, 2], ids=["in-process", "workers"])
def test_convert_sees_every_result_a_dead_workers_too(processes: int) -> None:
    """The command's convert runs on every document's result, the Failure of a killed worker included."""
    from newsmeta.batch import _extract_many

    docs: list[Any] = [f"Story {i}\n\nPARIS — Text of story {i}." for i in range(12)]
    docs[5] = _KillsItsWorker() if processes > 1 else None
    out = list(_extract_many(docs, processes=processes, chunksize=4, on_error="record", url=None,
                             reference_date=None, max_chars=None, guard=None, convert=_kind))
    died = ("Failure", 5)
    assert out == [("Article", None)] * 5 + [died] + [("Article", None)] * 6


_LOAD_MODELS = """
import sys, threading
from newsmeta import batch, language, language_langid
batch._load_models()
print(threading.active_count(), bool(language._MODEL), bool(language_langid._MODEL),
      "dateparser.search" in sys.modules, batch._may_fork())
"""


@pytest.mark.skipif(sys.platform != "linux", reason="workers are forked on Linux only")
def test_models_loaded_side_by_side_leave_no_thread() -> None:
    """Loading the models in two threads leaves them loaded and the process free to fork."""
    res = subprocess.run([sys.executable, "-c", _LOAD_MODELS], capture_output=True, text=True, check=True, timeout=300)
    assert res.stdout.split() == ["1", "True", "True", "True", "True"]

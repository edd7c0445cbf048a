"""extract_many(): order, error policies, workers, argument checks."""

from __future__ import annotations

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


def test_with_other_threads_running_workers_are_spawned_and_agree() -> None:
    import threading

    from newsmeta.batch import _threads

    docs = [d for d in DOCS if d is not None] * 3
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        assert _threads() != 1  # so extract_many does not fork this process
        two = list(extract_many(docs, processes=2, chunksize=2))  # type: ignore[arg-type]
    finally:
        stop.set()
        other.join()
    assert two == list(extract_many(docs))  # type: ignore[arg-type]


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

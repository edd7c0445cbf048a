"""The Dask recipe of docs/guide/batch.md, run on a local cluster with 2 worker processes.

Needs the ``dask`` extra (``pip install 'newsmeta-extract[dask]'``); CI installs it.
"""

from __future__ import annotations

import json

import pytest

import newsmeta

dask_bag = pytest.importorskip("dask.bag")
distributed = pytest.importorskip("distributed")

DOCS = [
    "Port reopens after storm\n\nLISBON (AP) — The port reopened on Monday, 3 March 2025.",
    "Second story\n\nMADRID.- El puerto abrió el lunes.",
    "Third story\n\nPARIS — Le port a rouvert lundi.",
    "Fourth story\n\nBERLIN (dpa) — Der Hafen ist wieder offen.",
]


def rows(doc: str) -> dict[str, object]:
    """One flat row per article: the recipe's map function."""
    art = newsmeta.extract(doc)
    return {
        "headline": art.headline.text if art.headline else None,
        "place": art.dateline.place if art.dateline else None,
        "language": art.language.code if art.language else None,
        "article": art.to_json(),
    }


def test_dask_bag_on_two_workers_matches_local_results() -> None:
    with (
        distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster,
        distributed.Client(cluster) as client,
    ):
        assert len(client.scheduler_info()["workers"]) == 2
        out = dask_bag.from_sequence(DOCS, npartitions=2).map(rows).compute()
    assert out == [rows(d) for d in DOCS]
    assert [r["place"] for r in out] == ["LISBON", "MADRID", "PARIS", "BERLIN"]
    assert all(json.loads(str(r["article"]))["text"] for r in out)

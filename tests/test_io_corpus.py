"""A corpus as users have it, built in a temp folder: pages, gzipped pages, text, JSON Lines (one
line not UTF-8, one not JSON, a gzipped file) and a WARC file (HTML responses, a request, an image,
a truncated last record).  Every good document comes out once, every bad one is one error object.
"""

from __future__ import annotations

import csv
import gzip
import io
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import newsmeta
from newsmeta.cli import main

warcio = pytest.importorskip("warcio")

WORDS = "The harbour reopened after the storm and ships came back to the quay. " * 6


def page(n: int, *, when: str = "2024-05-03") -> bytes:
    return (
        f"<html><head><title>Harbour story {n}</title>"
        f'<meta property="article:published_time" content="{when}T10:00:00Z"></head>'
        f"<body><article><h1>Harbour story {n}</h1><p>LISBON — {WORDS}</p>"
        f"<p>Officials said the work ended yesterday.</p></article></body></html>"
    ).encode()


def write_warc(path: Path) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    def response(w: WARCWriter, uri: str, body: bytes, ctype: str) -> Any:
        headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
        return w.create_warc_record(
            uri, "response", payload=io.BytesIO(body), http_headers=headers,
            warc_headers_dict={"WARC-Date": "2024-06-10T08:00:00Z"},
        )

    def put(w: WARCWriter, record: Any) -> None:
        w.write_record(record)
        record.raw_stream.close()  # warcio buffers the payload in a temporary file

    buf = io.BytesIO()
    w = WARCWriter(buf, gzip=True)
    for n in (1, 2):
        put(w, response(w, f"https://example.com/news/{n}", page(10 + n), "text/html; charset=utf-8"))
    req = StatusAndHeaders("GET /news/1 HTTP/1.1", [("Host", "example.com")], is_http_request=True)
    put(w, w.create_warc_record("https://example.com/news/1", "request", http_headers=req))
    put(w, response(w, "https://example.com/logo.png", b"\x89PNG\r\n\x1a\n" + bytes(64), "image/png"))
    put(w, response(w, "https://example.com/news/3", page(13), "application/xhtml+xml"))
    whole = buf.getvalue()
    last = io.BytesIO()
    put(WARCWriter(last, gzip=True), response(w, "https://example.com/news/4", page(14), "text/html"))
    path.write_bytes(whole + last.getvalue()[: len(last.getvalue()) // 2])


ROWS = [
    {"id": "r1", "text": "Talks end in Lisbon\n\nLISBON — The talks ended yesterday.", "reference_date": "2025-01-14",
     "url": "https://example.com/r1"},
    {"id": "r4", "text": "Port reopens\n\nPORTO — The port reopened on Monday."},
]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("corpus")
    (root / "gz").mkdir(parents=True)
    (root / "page1.html").write_bytes(page(1))
    (root / "page2.html").write_bytes(page(2))
    (root / "gz" / "page1.html.gz").write_bytes(gzip.compress(page(1)))
    (root / "story.txt").write_text("Storm closes the port\n\nLISBON (AP) — The port closed on Monday.\n", "utf-8")
    lines = [json.dumps(ROWS[0]).encode(), b'{"id": "r2", "text": "caf\xe9"}', b'{"id": "r3", "text": ',
             json.dumps(ROWS[1]).encode()]
    (root / "rows.jsonl").write_bytes(b"\xef\xbb\xbf" + b"\n".join(lines) + b"\n")
    more = "\n".join(json.dumps({"id": f"g{i}", "text": f"Story {i}\n\nPARIS — Text {i}."}) for i in range(2))
    (root / "more.jsonl.gz").write_bytes(gzip.compress(more.encode()))
    write_warc(root / "crawl.warc.gz")
    return root


@pytest.fixture(scope="module")
def default_run(corpus: Path) -> Run:
    """The command on the whole corpus with no option, run once for the tests that read its output."""
    return run(corpus)


GOOD = {
    ("page1.html", None, None), ("page2.html", None, None), ("page1.html.gz", None, None), ("story.txt", None, None),
    ("rows.jsonl", 1, "r1"), ("rows.jsonl", 4, "r4"), ("more.jsonl.gz", 1, "g0"), ("more.jsonl.gz", 2, "g1"),
}
BAD = {("rows.jsonl", 2), ("rows.jsonl", 3), ("crawl.warc.gz", None)}


Run = tuple[int, list[dict[str, Any]], str]


def run(corpus: Path, *args: str) -> Run:
    out = subprocess.run(
        [sys.executable, "-m", "newsmeta", str(corpus), *args], capture_output=True, timeout=300, check=False
    )
    return out.returncode, [json.loads(x) for x in out.stdout.decode("utf-8").splitlines()], out.stderr.decode()


def test_every_good_document_once_every_bad_one_an_error(default_run: Run) -> None:
    code, objs, err = default_run
    assert code == 1
    good = [o for o in objs if "error" not in o]
    bad = [o for o in objs if "error" in o]
    keys = [(Path(o["input"]).name, o.get("line"), o.get("id")) for o in good if "record" not in o]
    assert sorted(keys, key=str) == sorted(GOOD, key=str)
    assert sorted(o["url"] for o in good if "record" in o) == [f"https://example.com/news/{n}" for n in (1, 2, 3)]
    assert {(Path(o["input"]).name, o.get("line")) for o in bad} == BAD and len(bad) == len(BAD)
    assert all(set(o) <= {"input", "line", "record", "id", "error"} for o in bad)
    assert "14 documents, 3 errors, 2 WARC records skipped" in err


def test_objects_start_with_provenance_and_end_with_text(default_run: Run) -> None:
    _, objs, _ = default_run
    row = next(o for o in objs if o.get("id") == "r1")
    assert list(row)[:3] == ["input", "line", "id"] and list(row)[-1] == "text"
    warc = next(o for o in objs if "record" in o and "error" not in o)
    assert list(warc)[:2] == ["input", "record"] and warc["record"].startswith("<urn:uuid:")


def test_per_row_reference_date_and_url_are_used(default_run: Run) -> None:
    _, objs, _ = default_run
    row = next(o for o in objs if o.get("id") == "r1")
    assert row["url"] == "https://example.com/r1"
    assert "2025-01-13" in [d["value"] for d in row["dates"] if d["text"] == "yesterday"]


def test_warc_date_anchors_relative_dates_when_asked(corpus: Path) -> None:
    docs = [d for d in newsmeta.read_documents([str(corpus / "crawl.warc.gz")], warc_dates=True) if not d.error]
    assert {d.reference_date for d in docs} == {__import__("datetime").date(2024, 6, 10)}
    _, objs, _ = run(corpus / "crawl.warc.gz", "--reference-date", "warc")
    yesterday = [d["value"] for o in objs if "error" not in o for d in o["dates"] if d["text"] == "yesterday"]
    assert yesterday == ["2024-06-09"] * 3


def test_gzipped_pages_give_what_plain_ones_give(default_run: Run) -> None:
    _, objs, _ = default_run
    plain = next(o for o in objs if o["input"].endswith("/page1.html"))
    packed = next(o for o in objs if o["input"].endswith("page1.html.gz"))
    assert {**plain, "input": ""} == {**packed, "input": ""}
    assert packed["headline"]["text"] == "Harbour story 1"


def test_python_reader_gives_the_documents_the_command_reads(corpus: Path) -> None:
    docs = newsmeta.read_documents([str(corpus)])
    results = list(newsmeta.extract_many(docs))
    assert len(results) == 14 and docs.skipped == 2
    assert sum(isinstance(r, newsmeta.Failure) for r in results) == 3


def test_csv_has_one_row_per_document(corpus: Path, tmp_path: Path) -> None:
    code, _, _ = run(corpus, "-o", str(tmp_path / "out.csv"))
    assert code == 1
    with open(tmp_path / "out.csv", encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) == 14
    assert list(rows[0])[:5] == ["input", "line", "record", "id", "error"] and list(rows[0])[-1] == "text"
    assert sum(bool(r["error"]) for r in rows) == 3
    assert all(not r["headline_text"] for r in rows if r["error"])
    assert {r["headline_text"] for r in rows if r["input"].endswith("page2.html")} == {"Harbour story 2"}


def test_parquet_round_trips(corpus: Path, tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    run(corpus, "-o", str(tmp_path / "out.csv"))
    code, _, _ = run(corpus, "-o", str(tmp_path / "out.parquet"), "--no-text")
    assert code == 1
    table = pq.read_table(tmp_path / "out.parquet")
    with open(tmp_path / "out.csv", encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert table.num_rows == len(rows) == 14
    assert "text" not in table.column_names
    assert table.column("headline_text").to_pylist() == [r["headline_text"] or None for r in rows]
    assert str(table.schema.field("line").type) == "int64" and str(table.schema.field("headline_start").type) == "int64"


@pytest.mark.parametrize(
    ("args", "keys"),
    [
        (["--fields", "headline,dateline"], ["input", "headline", "dateline"]),
        (["--no-text", "--fields", "url"], ["input", "url"]),
    ],
    ids=["two-fields", "no-text"],
)
def test_fields_select_what_is_written(
    corpus: Path, args: list[str], keys: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([str(corpus / "story.txt"), *args, "-q"]) == 0
    assert list(json.loads(capsys.readouterr().out)) == keys


def test_unknown_field_is_a_usage_error(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(corpus / "story.txt"), "--fields", "headlines"]) == 2
    assert "headline" in capsys.readouterr().err

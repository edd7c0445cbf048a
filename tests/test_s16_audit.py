"""Crawl output from other writers' conventions, as a new user's crawl holds it (issue #17).

Each WARC record is written with warcio, or byte by byte where warcio would not write it.  A
record is a document when it is a page: an HTTP ``2xx`` response (not ``204``) with an HTML
``Content-Type`` (any case and spacing) or, without one, a body that opens with HTML; or a
record archived without HTTP whose own ``Content-Type`` is HTML.  Everything else is skipped
and counted, never an error.
"""

from __future__ import annotations

import gzip
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("warcio")


def _page(title: str) -> bytes:
    body = "The harbour reopened after the storm and the ships came back. " * 6
    head = f"<html><head><title>{title}</title></head>"
    return f"{head}<body><h1>{title}</h1><p>LISBON — {body}</p></body></html>".encode()


def _response(status: str, headers: list[tuple[str, str]], payload: bytes) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    out = io.BytesIO()
    w = WARCWriter(out, gzip=False)
    http = StatusAndHeaders(status, headers, protocol="HTTP/1.1")
    rec = w.create_warc_record("https://news.example.com/a", "response", payload=io.BytesIO(payload), http_headers=http)
    w.write_record(rec)
    rec.raw_stream.close()  # warcio buffers the payload in a temporary file
    return out.getvalue()


def _raw(warc_type: str, content_type: str, block: bytes) -> bytes:
    head = (
        f"WARC/1.0\r\nWARC-Type: {warc_type}\r\nWARC-Target-URI: https://news.example.com/b\r\n"
        f"WARC-Date: 2024-03-04T10:00:00Z\r\nWARC-Record-ID: <urn:uuid:0000-{warc_type}>\r\n"
        f"Content-Type: {content_type}\r\nContent-Length: {len(block)}\r\n\r\n"
    ).encode()
    return head + block + b"\r\n\r\n"


HTML = [("Content-Type", "text/html; charset=utf-8")]

# (record bytes, the headline of its document or None when the record is skipped)
RECORDS = [
    pytest.param(_response("200 OK", HTML, _page("Port reopens")), "Port reopens", id="200-html"),
    pytest.param(_response("200 OK", [("CONTENT-TYPE", "TEXT/HTML ;Charset=UTF-8")], _page("Upper")), "Upper",
                 id="200-uppercase-type"),
    pytest.param(_response("200 OK", [], _page("No type")), "No type", id="200-no-content-type-html-body"),
    pytest.param(_response("200 OK", [], b"%PDF-1.4 not a page"), None, id="200-no-content-type-pdf-body"),
    pytest.param(_response("203 Non-Authoritative", HTML, _page("Cached")), "Cached", id="203-html"),
    # the contract: every response whose HTTP Content-Type is HTML is a document, whatever its
    # status (a 404 page is what the crawl holds for that URL, and the output says so)
    pytest.param(_response("301 Moved Permanently", [*HTML, ("Location", "/b")], _page("Moved")), "Moved",
                 id="301-redirect-page"),
    pytest.param(_response("404 Not Found", HTML, _page("Page not found")), "Page not found", id="404-error-page"),
    pytest.param(_response("200 OK", [("Content-Type", "image/png")], b"\x89PNG\r\n\x1a\n"), None, id="200-image"),
    pytest.param(_raw("response", "text/html; charset=utf-8", _page("No HTTP")), "No HTTP",
                 id="response-without-http-headers"),
    pytest.param(_raw("response", "application/http;msgtype=response",
                      b"HTTP/1.1 200 OK\r\ncontent-type: text/html\r\n\r\n" + _page("Lower")), "Lower",
                 id="lowercase-http-header-no-space-in-msgtype"),
    pytest.param(_raw("resource", "text/html", _page("Resource")), "Resource", id="resource-html"),
]


def _run(path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    cmd = [sys.executable, "-m", "newsmeta", str(path), "--fields", "headline,url", "--no-text", *args]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=120, check=False)


@pytest.mark.parametrize("gzipped", [False, True], ids=["warc", "warc.gz"])
@pytest.mark.parametrize(("record", "headline"), RECORDS)
def test_a_record_is_a_document_when_it_is_a_page(
    tmp_path: Path, record: bytes, headline: str | None, gzipped: bool
) -> None:
    path = tmp_path / ("crawl.warc.gz" if gzipped else "crawl.warc")
    path.write_bytes(gzip.compress(record) if gzipped else record)
    run = _run(path)
    assert run.returncode == 0, run.stderr
    rows = [json.loads(line) for line in run.stdout.splitlines()]
    assert "Traceback" not in run.stderr
    if headline is None:
        assert rows == []
        assert "1 WARC record skipped" in run.stderr
    else:
        assert len(rows) == 1 and "error" not in rows[0]
        assert rows[0]["headline"]["text"] == headline


@pytest.mark.parametrize(
    ("output", "status", "made"),
    [
        pytest.param("out.jsonl", 0, True, id="in-the-working-directory"),
        pytest.param("runs/2024/out.jsonl", 0, True, id="into-missing-directories"),
        pytest.param("runs/2024/out.csv", 0, True, id="csv-into-missing-directories"),
        pytest.param("a-file/out.jsonl", 2, False, id="below-a-file-is-a-usage-error"),
    ],
)
def test_the_output_directory_is_made_when_missing(tmp_path: Path, output: str, status: int, made: bool) -> None:
    (tmp_path / "page.html").write_bytes(_page("Port reopens"))
    (tmp_path / "a-file").write_text("not a directory", encoding="utf-8")
    cmd = [sys.executable, "-m", "newsmeta", "page.html", "-q", "-o", output]
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])}  # this tree's newsmeta
    run = subprocess.run(cmd, capture_output=True, text=True, timeout=120, check=False, cwd=tmp_path, env=env)
    assert run.returncode == status, run.stderr
    assert "Traceback" not in run.stderr
    assert (tmp_path / output).is_file() == made
    if made:
        assert (tmp_path / output).read_text(encoding="utf-8").count("Port reopens") >= 1
    else:
        assert run.stderr.startswith("newsmeta: ") and len(run.stderr.splitlines()) == 1


def _crawl(gzipped: bool) -> bytes:
    """Three fetches as a crawler writes them: request, response, metadata; one gzip member a record."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    out = io.BytesIO()
    w = WARCWriter(out, gzip=gzipped)
    for i in range(3):
        uri = f"https://news.example.com/{i}"
        req = w.create_warc_record(uri, "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n"),
                                   warc_content_type="application/http; msgtype=request")
        w.write_record(req)
        req.raw_stream.close()
        http = StatusAndHeaders("200 OK", HTML, protocol="HTTP/1.1")
        rec = w.create_warc_record(uri, "response", payload=io.BytesIO(_page(f"Story {i}")), http_headers=http)
        w.write_record(rec)
        rec.raw_stream.close()
        meta = w.create_warc_record(uri, "metadata", payload=io.BytesIO(b"fetchTimeMs: 52\r\n"),
                                    warc_content_type="application/warc-fields")
        w.write_record(meta)
        meta.raw_stream.close()
    return out.getvalue()


@pytest.mark.parametrize("source", ["file", "stdin"])
@pytest.mark.parametrize("gzipped", [False, True], ids=["warc", "warc.gz"])
@pytest.mark.parametrize("cut", [12, 40, 120], ids=["in-the-block", "in-the-headers-end", "in-the-headers"])
def test_a_crawl_cut_inside_its_last_skipped_record_is_one_error(
    tmp_path: Path, cut: int, gzipped: bool, source: str
) -> None:
    data = _crawl(gzipped)
    path = tmp_path / ("crawl.warc.gz" if gzipped else "crawl.warc")
    path.write_bytes(data[:-cut])
    where = str(path) if source == "file" else "-"
    cmd = [sys.executable, "-m", "newsmeta", where, "--no-text", "--fields", "headline"]
    run = subprocess.run(cmd, capture_output=True, timeout=120, check=False,
                         input=None if source == "file" else data[:-cut])
    rows = [json.loads(line) for line in run.stdout.splitlines()]
    assert [r["headline"]["text"] for r in rows if "error" not in r] == ["Story 0", "Story 1", "Story 2"]
    assert len([r for r in rows if "error" in r]) == 1, rows
    assert run.returncode == 1
    assert b"Traceback" not in run.stderr

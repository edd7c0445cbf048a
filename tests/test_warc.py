"""A WARC gives the same results as the same pages read from files: the records' transport
(gzip members, a gzip ``Content-Encoding``, chunked transfer) is undone before ``extract`` sees
the page, and a record's URI is the ``url`` the page is read with, nothing more.
"""

from __future__ import annotations

import gzip
import io
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import newsmeta

pytest.importorskip("warcio")

URL = "https://news.example.com/2024/03/04/harbour"
BODY = "The harbour reopened after the storm and ships came back to the quay. " * 5


def _pages() -> dict[str, bytes]:
    utf8 = (
        '<html lang="pt"><head><meta charset="utf-8"><title>Porto reabre após a tempestade</title>'
        '<meta property="article:published_time" content="2024-03-04T09:30:00Z"></head><body><article>'
        "<h1>Porto reabre após a tempestade</h1><p class=\"byline\">Por Ana Lopes</p>"
        "<p>LISBOA — O porto reabriu na segunda-feira, 4 de março de 2024, depois de três dias fechado. "
        "Os navios voltaram ao cais e os pescadores retomaram o trabalho.</p></article></body></html>"
    ).encode()
    cp1252 = (
        "<html><head><title>Caf\u00e9 owners count the cost</title></head><body><h1>Caf\u00e9 owners count the "
        "cost</h1><p>NICE, France \u2014 \u201cWe lost everything,\u201d said one owner on Tuesday, 5 March 2024. "
        f"{BODY}</p></body></html>"
    ).encode("cp1252")
    english = (
        "<html><head><title>Storm closes the coast road</title></head><body><article><h1>Storm closes the coast "
        f"road</h1><p>By Sam Reed</p><p>DUBLIN (Reuters) \u2014 {BODY} The road opened again on 6 March 2024.</p>"
        "</article></body></html>"
    ).encode()
    return {"a-utf8.html": utf8, "b-cp1252.html": cp1252, "c-gzip-encoded.html": english,
            "d-chunked.html": english.replace(b"Sam Reed", b"Kim Park")}


def _chunked(data: bytes) -> bytes:
    parts = [data[i : i + 100] for i in range(0, len(data), 100)]
    return b"".join(b"%x\r\n%s\r\n" % (len(p), p) for p in parts) + b"0\r\n\r\n"


def _write_warc(path: Path, pages: dict[str, bytes]) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as out:
        w = WARCWriter(out, gzip=True)
        for name, html in pages.items():
            headers = [("Content-Type", "text/html")]
            payload = html
            if "gzip-encoded" in name:
                headers.append(("Content-Encoding", "gzip"))
                payload = gzip.compress(html)
            elif "chunked" in name:
                headers.append(("Transfer-Encoding", "chunked"))
                payload = _chunked(html)
            http = StatusAndHeaders("200 OK", headers, protocol="HTTP/1.1")
            rec = w.create_warc_record(URL, "response", payload=io.BytesIO(payload), http_headers=http)
            w.write_record(rec)
            rec.raw_stream.close()  # warcio buffers the payload in a temporary file


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("warc-vs-files")
    (root / "pages").mkdir()
    pages = _pages()
    for name, html in pages.items():
        (root / "pages" / name).write_bytes(html)
    _write_warc(root / "pages.warc.gz", pages)
    return root


def _run(*args: str) -> list[dict[str, Any]]:
    out = subprocess.run([sys.executable, "-m", "newsmeta", *args], capture_output=True, timeout=300, check=True)
    objs = [json.loads(line) for line in out.stdout.decode("utf-8").splitlines()]
    return [{k: v for k, v in o.items() if k not in ("input", "record")} for o in objs]


def test_records_hold_the_files_bytes_and_the_uri(corpus: Path) -> None:
    docs = list(newsmeta.read_documents([str(corpus / "pages.warc.gz")]))
    assert [(d.text, d.url, d.error) for d in docs] == [(html, URL, None) for html in _pages().values()]


@pytest.mark.parametrize("jobs", ["1", "2"], ids=["j1", "j2"])
def test_warc_and_files_give_identical_results(corpus: Path, jobs: str) -> None:
    files = _run(str(corpus / "pages"), "--url", URL, "-j", jobs)
    warc = _run(str(corpus / "pages.warc.gz"), "-j", jobs)
    assert len(files) == 4 and all("error" not in o and o["headline"] for o in files)
    assert warc == files


def test_the_search_for_the_next_record_checks_few_candidates_on_gzip_magic(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """100 KB of gzip magic after a damaged record (a candidate every 3 bytes): the page before it
    is kept, the damage is one error, and at most _CHECKS plus one candidate per KB is tried."""
    from newsmeta.io import warc

    path = tmp_path / "magic.warc.gz"
    _write_warc(path, {"a-utf8.html": _pages()["a-utf8.html"]})
    with path.open("ab") as f:
        f.write(b"\x1f\x8b\x08\x00broken" + b"\x1f\x8b\x08" * 34_000)
    tried: list[int] = []
    opens = warc._opens_record
    monkeypatch.setattr(warc, "_opens_record", lambda head: tried.append(1) or opens(head))
    docs = list(newsmeta.read_documents([str(path)]))
    assert [d.error is None for d in docs] == [True, False]
    assert 0 < len(tried) <= warc._CHECKS + 100_000 // 1024 + 1

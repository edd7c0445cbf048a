"""Hostile input through the readers and writers (session 17): ids that are not strings, WARC
records without a Content-Type."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

import newsmeta
from newsmeta.io.documents import Document
from newsmeta.io.writers import id_text, output_object, output_row, row_columns

IDS = [
    pytest.param(True, "true", id="true"),
    pytest.param(False, "false", id="false"),
    pytest.param(12, "12", id="int"),
    pytest.param(1.5, "1.5", id="float"),
    pytest.param(-0.0, "-0.0", id="negative-zero"),
    pytest.param("True", "True", id="str-True"),
    pytest.param("12", "12", id="str-12"),
    pytest.param("[1, 2]", "[1, 2]", id="json-array-as-read"),
]


@pytest.mark.parametrize(("value", "text"), IDS)
def test_id_is_written_as_json_spells_it(value: object, text: str) -> None:
    assert id_text(value) == text  # type: ignore[arg-type]


@pytest.mark.parametrize(("value", "text"), IDS)
def test_csv_and_parquet_rows_hold_the_input_id(value: object, text: str) -> None:
    doc = Document("Storm closes the port.", id=value, input="rows.jsonl", line=1)  # type: ignore[arg-type]
    row = output_row(doc, newsmeta.extract("Storm closes the port."), row_columns(fields=["language"]))
    assert row["id"] == text


@pytest.mark.parametrize(
    ("value", "text"),
    [
        pytest.param(float("nan"), "NaN", id="nan"),
        pytest.param(float("inf"), "Infinity", id="inf"),
        pytest.param(float("-inf"), "-Infinity", id="minus-inf"),
        pytest.param(2.5, 2.5, id="finite-kept"),
        pytest.param(10**30, 10**30, id="big-int-kept"),
    ],
)
def test_json_lines_output_is_strict_json_for_any_id(value: object, text: object) -> None:
    doc = Document("Storm.", id=value, input="rows.jsonl", line=1)  # type: ignore[arg-type]
    obj = output_object(doc, newsmeta.extract("Storm."), fields=["language"])
    assert obj["id"] == text
    json.dumps(obj, allow_nan=False)  # raises on NaN or Infinity


def test_jsonl_ids_through_the_command(tmp_path: Path) -> None:
    rows = tmp_path / "rows.jsonl"
    rows.write_text(
        "".join(json.dumps({"id": v, "text": "Storm closes the port."}) + "\n" for v in (True, 12, 1.5, "x7")),
        encoding="utf-8",
    )
    out = tmp_path / "out.csv"
    assert newsmeta.cli.main(["-q", "--fields", "language", "-o", str(out), str(rows)]) == 0
    with out.open(encoding="utf-8", newline="") as f:
        assert [r["id"] for r in csv.DictReader(f)] == ["true", "12", "1.5", "x7"]


def _record(body: bytes, ctype: str | None) -> bytes:
    head = [
        b"WARC/1.0",
        b"WARC-Type: response",
        b"WARC-Record-ID: <urn:uuid:12345678-1234-1234-1234-123456789abc>",
        b"WARC-Date: 2025-01-14T10:00:00Z",
        b"WARC-Target-URI: https://example.com/a",
    ]
    if ctype:
        head.append(b"Content-Type: " + ctype.encode())
    head.append(b"Content-Length: %d" % len(body))
    return b"\r\n".join(head) + b"\r\n\r\n" + body + b"\r\n\r\n"


PAGE = b"<html><head><title>Storm</title></head>\n<body><p>Storm closes the port.</p></body></html>"
STORY = b"Storm closes the port\nLISBON (AP) - The port closed on Monday.\n\nThree days of rain."
WARCS = [
    pytest.param(STORY, None, STORY, id="plain-text-no-type"),
    pytest.param(STORY.replace(b"\n", b"\r\n"), None, STORY.replace(b"\n", b"\r\n"), id="plain-text-crlf"),
    pytest.param(PAGE, None, PAGE, id="html-no-type"),
    pytest.param(b"<!DOCTYPE html>\n" + PAGE, None, b"<!DOCTYPE html>\n" + PAGE, id="doctype-no-type"),
    pytest.param(b"HTTP/1.1 200 OK\r\nServer: x\r\n\r\n" + STORY, None, STORY, id="http-no-type"),
    pytest.param(b"HTTP/2 200\r\ncontent-type: text/html\r\n\r\n" + PAGE, None, PAGE, id="http2"),
    pytest.param(
        b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + PAGE,
        "application/http; msgtype=response",
        PAGE,
        id="typed-http",
    ),
    pytest.param(PAGE, "text/html", PAGE, id="typed-html"),
]


@pytest.mark.parametrize(("block", "ctype", "body"), WARCS)
def test_warc_record_without_a_type_keeps_every_byte(
    tmp_path: Path, block: bytes, ctype: str | None, body: bytes
) -> None:
    path = tmp_path / "a.warc"
    path.write_bytes(_record(block, ctype))
    docs = list(newsmeta.read_documents([str(path)]))
    assert [(d.text, d.error) for d in docs] == [(body, None)]


@pytest.mark.parametrize(
    "block",
    [
        pytest.param(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, id="png"),
        pytest.param(b"\x00\x01\x02\x03" * 300, id="control-bytes"),
        pytest.param(b"HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\n\x89PNG\r\n\x1a\n", id="typed-png"),
    ],
)
def test_warc_record_of_binary_data_is_skipped(tmp_path: Path, block: bytes) -> None:
    path = tmp_path / "a.warc"
    path.write_bytes(_record(block, None) + _record(STORY, "text/html"))
    docs = list(newsmeta.read_documents([str(path)]))
    assert [(d.text, d.error) for d in docs] == [(STORY, None)]


def test_warc_records_after_an_untyped_one_are_read(tmp_path: Path) -> None:
    path = tmp_path / "a.warc"
    path.write_bytes(_record(STORY, None) + _record(PAGE, None) + _record(STORY, None))
    assert [d.text for d in newsmeta.read_documents([str(path)])] == [STORY, PAGE, STORY]


def test_stream_put_back_reads_in_pieces() -> None:
    from newsmeta.io.warc import _Unread

    s = _Unread(b"first line\n", io.BytesIO(b"second\nthird"))
    assert [s.read(3), s.readline(), s.readline(), s.read(2), s.read(), s.read()] == [
        b"fir",
        b"st line\n",
        b"second\n",
        b"th",
        b"ird",
        b"",
    ]


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        pytest.param(b"[1, 2]", "a JSON array", id="array"),
        pytest.param(b'"story"', "a JSON string", id="string"),
        pytest.param(b"12", "a JSON number", id="int"),
        pytest.param(b"1.5", "a JSON number", id="float"),
        pytest.param(b"null", "JSON null", id="null"),
        pytest.param(b"true", "JSON true", id="true"),
    ],
)
def test_a_row_that_is_not_an_object_is_named_in_json_words(line: bytes, kind: str) -> None:
    from newsmeta.io.jsonl import read_jsonl

    (doc,) = read_jsonl(io.BytesIO(line + b"\n"), "rows.jsonl")
    assert doc.error == f"TypeError: line 1 is {kind}, not an object"


@pytest.mark.parametrize("whole", [False, True], ids=["gzip-member-per-record", "gzip-whole-file"])
def test_gzipped_warc_records_without_a_type_keep_every_byte(tmp_path: Path, whole: bool) -> None:
    import gzip

    records = [_record(STORY, None), _record(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + PAGE, None)]
    path = tmp_path / "a.warc.gz"
    path.write_bytes(gzip.compress(b"".join(records)) if whole else b"".join(map(gzip.compress, records)))
    assert [(d.text, d.error) for d in newsmeta.read_documents([str(path)])] == [(STORY, None), (PAGE, None)]

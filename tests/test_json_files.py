"""A ``.json`` file holds documents as JSON: one object, an array of objects, or JSON Lines under
a ``.json`` name; what is not a document is one error naming the element, and reading goes on."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from newsmeta import read_documents

ROW_A = '{"id": "a", "text": "Storm closes the port\\n\\nLISBON (AP) - The port closed.", "url": "https://x.example/a"}'
ROW_B = '{"id": "b", "text": "Rain again\\n\\nPORTO (AP) - More rain fell.", "reference_date": "2025-01-14"}'


def _read(tmp_path: Path, name: str, data: bytes) -> list[tuple[object, str | None]]:
    path = tmp_path / name
    path.write_bytes(gzip.compress(data) if name.endswith(".gz") else data)
    return [(d.id, d.error.split(":")[0] if d.error else None) for d in read_documents([str(path)])]


@pytest.mark.parametrize(
    ("name", "data", "expected"),
    [
        ("rows.json", f"[{ROW_A}, {ROW_B}]".encode(), [("a", None), ("b", None)]),
        ("one.json", b'{\n  "id": "a",\n  "text": "Storm closes the port"\n}\n', [("a", None)]),
        ("lines.json", f"{ROW_A}\n{ROW_B}\n".encode(), [("a", None), ("b", None)]),
        ("rows.json.gz", f"\ufeff[{ROW_A}, {ROW_B}]".encode(), [("a", None), ("b", None)]),
        ("mixed.json", f'[{ROW_A}, 7, {{"id": "c"}}, {ROW_B}]'.encode(),
         [("a", None), (None, "TypeError"), ("c", "KeyError"), ("b", None)]),
        ("broken.json", b'[{"id": "a", "text": ', [(None, "JSONDecodeError")]),
        ("latin1.json", '{"text": "Caf\u00e9"}'.encode("latin-1"), [(None, "UnicodeDecodeError")]),
        ("deep.json", b"[" * 100_000 + b"]" * 100_000, [(None, "RecursionError")]),
    ],
    ids=["array", "one-object-pretty", "json-lines-named-json", "gzipped-array-with-bom", "array-with-bad-elements",
         "cut-off", "not-utf8", "nested-past-the-parser"],
)
def test_json_files(tmp_path: Path, name: str, data: bytes, expected: list[tuple[object, str | None]]) -> None:
    assert _read(tmp_path, name, data) == expected


def test_a_json_array_keeps_each_rows_options(tmp_path: Path) -> None:
    path = tmp_path / "rows.json"
    path.write_text(f"[{ROW_A}, {ROW_B}]", encoding="utf-8")
    a, b = read_documents([str(path)])
    assert (a.url, a.reference_date, b.url, str(b.reference_date)) == ("https://x.example/a", None, None, "2025-01-14")


@pytest.mark.parametrize(("url", "expected"), [("", None), ("  ", None), ("https://x.example/a", "https://x.example/a")],
                         ids=["empty", "blank", "address"])
def test_an_empty_url_is_no_url(tmp_path: Path, url: str, expected: str | None) -> None:
    path = tmp_path / "rows.jsonl"
    row = {"text": "Storm closes the port", "url": url, "reference_date": ""}
    path.write_text(json.dumps(row) + "\n", encoding="utf-8")
    (doc,) = read_documents([str(path)])
    assert (doc.error, doc.url, doc.reference_date) == (None, expected, None)

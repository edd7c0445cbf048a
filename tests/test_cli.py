"""The newsmeta command: files, stdin, JSON Lines, errors and exit codes."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from newsmeta.cli import main

STORY = "Storm closes the port\n\nLISBON (AP) — The port closed on Monday.\n"


def test_files_give_one_json_object_each(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    a, b = tmp_path / "a.txt", tmp_path / "b.html"
    a.write_text(STORY, encoding="utf-8")
    b.write_bytes(b"<html><head><title>Hi</title></head><body><p>" + b"Some words here. " * 20 + b"</p></body></html>")
    assert main([str(a), str(b)]) == 0
    rows = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert [r["input"] for r in rows] == [str(a), str(b)]
    assert rows[0]["dateline"]["place"] == "LISBON"
    assert rows[1]["input_format"] == "html"


def test_jsonl_streams_and_keeps_ids(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    lines = [json.dumps({"id": "x1", "body": STORY}), "", json.dumps({"id": "x2", "body": "Other text."})]
    monkeypatch.setattr(sys, "stdin", io.StringIO("\n".join(lines) + "\n"))
    assert main(["--jsonl", "--field", "body"]) == 0
    rows = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert [r["id"] for r in rows] == ["x1", "x2"]


def test_missing_field_is_a_usage_error(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(json.dumps({"id": 1, "text": "a"}) + "\n"))
    assert main(["--jsonl", "--field", "body"]) == 2
    assert "--field" in capsys.readouterr().err


def test_missing_file_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(tmp_path / "nope.txt")]) == 2
    assert "nope.txt" in capsys.readouterr().err


def test_python_dash_m_works(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text(STORY, encoding="utf-8")
    res = subprocess.run([sys.executable, "-m", "newsmeta", str(f)], capture_output=True, text=True, check=True)
    assert json.loads(res.stdout)["headline"]["text"] == "Storm closes the port"

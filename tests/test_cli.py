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


def test_bad_rows_are_reported_and_the_rest_goes_on(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = [json.dumps({"id": 1, "text": "a"}), "{not json", json.dumps({"id": 3, "body": STORY})]
    monkeypatch.setattr(sys, "stdin", io.StringIO("\n".join(rows) + "\n"))
    assert main(["--jsonl", "--field", "body", "-q"]) == 1
    out = capsys.readouterr()
    recs = [json.loads(x) for x in out.out.splitlines()]
    assert [("error" in r, r.get("id")) for r in recs] == [(True, 1), (True, None), (False, 3)]
    assert "--field" in out.err and "not JSON" in out.err


@pytest.mark.parametrize("missing", ["nope.txt", "*.nothing", "empty"], ids=["file", "glob", "empty-directory"])
def test_an_input_that_cannot_be_opened_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], missing: str
) -> None:
    good = tmp_path / "good.txt"
    good.write_text(STORY, encoding="utf-8")
    (tmp_path / "empty").mkdir()
    assert main([str(tmp_path / missing), str(good)]) == 2
    out = capsys.readouterr()
    assert out.out == ""
    assert missing in out.err


def test_directories_and_globs_in_sorted_order_with_workers(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "d" / "sub").mkdir(parents=True)
    for name in ("d/b.txt", "d/a.txt", "d/sub/c.txt", "d/.hidden"):
        (tmp_path / name).write_text(STORY, encoding="utf-8")
    assert main([str(tmp_path / "d"), str(tmp_path / "d" / "*.txt"), "-q"]) == 0
    serial = capsys.readouterr().out
    names = [Path(json.loads(x)["input"]).name for x in serial.splitlines()]
    assert names == ["a.txt", "b.txt", "c.txt", "a.txt", "b.txt"]
    assert main([str(tmp_path / "d"), str(tmp_path / "d" / "*.txt"), "-q", "-j", "2"]) == 0
    assert capsys.readouterr().out == serial


def test_python_dash_m_works(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text(STORY, encoding="utf-8")
    res = subprocess.run([sys.executable, "-m", "newsmeta", str(f)], capture_output=True, text=True, check=True)
    assert json.loads(res.stdout)["headline"]["text"] == "Storm closes the port"

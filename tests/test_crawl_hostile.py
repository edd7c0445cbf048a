"""The command over crawl output a hostile user hands it: damaged WARC members, nesting bombs,
an output that is also an input, a full disk, a closed stdout."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from newsmeta.cli import main

STORY = "Storm closes the port\n\nLISBON (AP) — The port closed on Monday.\n"


def _page(title: str) -> bytes:
    return f"<html><head><title>{title}</title></head><body><h1>{title}</h1><p>Rain fell.</p></body></html>".encode()


def _warc(records: list[tuple[str, str, bytes, str]], *, gz: bool) -> bytes:
    """A WARC of (type, uri, body, content type) records: response records with HTTP headers,
    the others with the content type in the WARC header."""
    pytest.importorskip("warcio")
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    w = WARCWriter(buf, gzip=gz)
    for kind, uri, body, ctype in records:
        http = None
        if kind == "response":
            http = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
        rec = w.create_warc_record(uri, kind, payload=io.BytesIO(body), http_headers=http,
                                   warc_content_type=None if http else ctype)
        w.write_record(rec)
        rec.raw_stream.close()
    return buf.getvalue()


def _rows(out: str) -> list[dict[str, Any]]:
    return [json.loads(x) for x in out.splitlines()]


@pytest.mark.parametrize("gz", [True, False], ids=["warc.gz-member", "warc-record"])
def test_a_damaged_record_in_the_middle_costs_only_itself(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], gz: bool
) -> None:
    one, two, three = (_warc([("response", f"https://a.example/{t}", _page(t), "text/html")], gz=gz)
                       for t in ("One", "Two", "Three"))
    damaged = bytearray(two)
    if gz:  # the middle of the compressed member flipped
        mid = len(damaged) // 2
        damaged[mid : mid + 20] = bytes(b ^ 0x55 for b in damaged[mid : mid + 20])
    else:  # the record's first line
        damaged[:5] = b"XXXX/"
    path = tmp_path / ("crawl.warc.gz" if gz else "crawl.warc")
    path.write_bytes(one + bytes(damaged) + three)
    assert main([str(path), "-q", "--no-text", "--fields", "headline"]) == 1
    rows = _rows(capsys.readouterr().out)
    assert [r["headline"]["text"] if "headline" in r else "error" for r in rows] == ["One", "error", "Three"]
    assert "reading goes on at the next record" in rows[1]["error"]
    assert not any(c < " " for c in rows[1]["error"])  # the damaged bytes are not echoed as control bytes


def test_stray_bytes_between_records_are_one_error_and_nothing_on_stderr(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    one, two = (_warc([("response", f"https://a.example/{t}", _page(t), "text/html")], gz=False)
                for t in ("One", "Two"))
    path = tmp_path / "crawl.warc"
    assert one.endswith(b"\r\n\r\n")
    path.write_bytes(one[:-4] + b"</div>\r\n\r\n" + two)  # as if its Content-Length were short by a line
    assert main([str(path), "-q", "--no-text", "--fields", "headline"]) == 1
    out, err = capsys.readouterr()
    rows = _rows(out)
    assert [r["headline"]["text"] if "headline" in r else "error" for r in rows] == ["One", "error", "Two"]
    assert "Content-Length of record 1" in rows[1]["error"]
    assert err.count("\n") == 1 and "stray bytes" in err  # our one line, not warcio's three-line warning


def test_resource_records_of_html_are_pages_and_other_records_are_skipped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "kinds.warc.gz"
    path.write_bytes(_warc([
        ("metadata", "https://a.example/1", b"via: crawler\n", "application/warc-fields"),
        ("resource", "https://a.example/r", _page("Archived as it is"), "text/html; charset=utf-8"),
        ("resource", "https://a.example/i", b"\x89PNG\r\n\x1a\n....", "image/png"),
        ("response", "https://a.example/2", _page("Fetched"), "text/html"),
    ], gz=True))
    assert main([str(path), "--no-text", "--fields", "headline"]) == 0
    out = capsys.readouterr()
    assert [r["headline"]["text"] for r in _rows(out.out)] == ["Archived as it is", "Fetched"]
    assert "2 WARC records skipped" in out.err


def test_json_nested_past_the_parsers_depth_is_an_error_for_its_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "rows.jsonl"
    deep = '{"id": 1, "text": "x", "extra": ' + "[" * 100_000 + "]" * 100_000 + "}"
    path.write_text(deep + "\n" + json.dumps({"id": 2, "text": STORY}), encoding="utf-8")  # no final newline
    assert main([str(path), "-q", "--no-text", "--fields", "headline"]) == 1
    rows = _rows(capsys.readouterr().out)
    assert rows[0]["error"].startswith("RecursionError: line 1 nests")
    assert rows[1]["headline"]["text"] == "Storm closes the port"


@pytest.mark.parametrize("redirect", [False, True], ids=["-o", "stdout"])
def test_an_input_that_is_also_the_output_is_refused_before_it_is_emptied(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, redirect: bool
) -> None:
    rows = tmp_path / "rows.jsonl"
    content = json.dumps({"id": 1, "text": STORY}) + "\n"
    rows.write_text(content, encoding="utf-8")
    if redirect:
        with rows.open("a", encoding="utf-8") as out:  # `newsmeta rows.jsonl >> rows.jsonl`
            monkeypatch.setattr(sys, "stdout", out)
            assert main([str(rows)]) == 2
    else:
        assert main([str(rows), "-o", str(rows)]) == 2
    assert "both an input and the output" in capsys.readouterr().err
    assert rows.read_text(encoding="utf-8") == content


@pytest.mark.parametrize("pattern", ["{d}", "{d}/*.jsonl", "{d}/**"], ids=["directory", "glob", "recursive-glob"])
def test_the_output_file_met_in_a_directory_or_glob_is_not_read_back(tmp_path: Path, pattern: str) -> None:
    d = tmp_path / "d"
    d.mkdir()
    # enough rows that the output is past its first buffer when the walk comes to it
    rows = "".join(json.dumps({"id": i, "text": STORY * 20}) + "\n" for i in range(60))
    (d / "a.jsonl").write_text(rows, encoding="utf-8")
    out = d / "out.jsonl"
    # in a process of its own with a timeout: reading its own output back, the command fed itself for good
    cmd = [sys.executable, "-m", "newsmeta", pattern.format(d=d), "-o", str(out), "-q"]
    assert subprocess.run(cmd, capture_output=True, timeout=120, check=False).returncode == 0
    assert [r["id"] for r in _rows(out.read_text(encoding="utf-8"))] == list(range(60))


def test_a_closed_stdout_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    f = tmp_path / "a.txt"
    f.write_text(STORY, encoding="utf-8")
    monkeypatch.setattr(sys, "stdout", None)  # what Python makes of `newsmeta a.txt >&-`
    assert main([str(f)]) == 2
    assert "stdout is closed" in capsys.readouterr().err


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
@pytest.mark.parametrize("where", ["-o", "stdout"], ids=["-o", "stdout"])
def test_a_full_disk_stops_with_a_message_and_status_2(tmp_path: Path, where: str) -> None:
    for i in range(3):
        (tmp_path / f"{i}.txt").write_text(STORY, encoding="utf-8")
    cmd = [sys.executable, "-m", "newsmeta", str(tmp_path), "-j", "2"]
    if where == "-o":
        res = subprocess.run([*cmd, "-o", "/dev/full"], capture_output=True, timeout=300, check=False)
    else:
        with open("/dev/full", "wb") as full:
            res = subprocess.run(cmd, stdout=full, stderr=subprocess.PIPE, timeout=300, check=False)
    err = res.stderr.decode("utf-8")
    assert res.returncode == 2, err
    assert "No space left on device" in err and "the output is incomplete" in err
    assert "Traceback" not in err and "Exception ignored" not in err


@pytest.mark.parametrize(
    ("content", "ids"),
    [
        (b"\xef\xbb\xbf", []),
        (b"\xef\xbb\xbf\r\n  \n", []),
        (b"\xef\xbb\xbf" + json.dumps({"id": 1, "text": STORY}).encode() + b"\r\n", [1]),
        (b"\n\n" + json.dumps({"id": 2, "text": STORY}).encode(), [2]),
    ],
    ids=["bom-only", "bom-and-blank-lines", "bom-crlf", "no-final-newline"],
)
def test_a_bom_or_blank_lines_alone_are_no_documents(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes, ids: list[int]
) -> None:
    path = tmp_path / "rows.jsonl"
    path.write_bytes(content)
    assert main([str(path), "-q", "--no-text"]) == 0
    assert [r["id"] for r in _rows(capsys.readouterr().out)] == ids


@pytest.mark.parametrize("name", ["two\nlines.png", "esc\x1b[31m.png", "-dash.png"], ids=["newline", "escape", "dash"])
def test_a_crafted_file_name_is_one_line_of_stderr(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    path = tmp_path / name
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    assert main(["-q", "--", str(path)]) == 1
    out = capsys.readouterr()
    assert json.loads(out.out)["input"] == str(path)  # the output keeps the name as it is
    assert out.err.count("\n") == 1 and "NotTextError" in out.err and "\x1b" not in out.err


@pytest.mark.parametrize(("args", "status"), [([], 2), (["-"], 2), (["{f}"], 0)], ids=["none", "dash", "a-file"])
def test_a_closed_stdin_is_an_error_only_when_it_is_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, args: list[str], status: int
) -> None:
    f = tmp_path / "a.txt"
    f.write_text(STORY, encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", None)  # what Python makes of `newsmeta ... <&-`
    assert main([a.format(f=f) for a in args] + ["-q"]) == status
    out = capsys.readouterr()
    assert ("stdin is closed" in out.err) == (status == 2)
    assert len(out.out.splitlines()) == (status == 0)


@pytest.mark.parametrize("how", ["file", "pipe"], ids=["file", "pipe"])
def test_a_warc_gzipped_whole_gives_every_record(tmp_path: Path, how: str) -> None:
    import gzip

    data = gzip.compress(_warc([("response", f"https://a.example/{t}", _page(t), "text/html")
                                for t in ("One", "Two", "Three")], gz=False))  # `gzip crawl.warc`
    cmd = [sys.executable, "-m", "newsmeta", "-q", "--no-text", "--fields", "headline"]
    if how == "file":
        path = tmp_path / "crawl.warc.gz"
        path.write_bytes(data)
        res = subprocess.run([*cmd, str(path)], capture_output=True, timeout=300, check=False)
    else:
        res = subprocess.run([*cmd, "-"], input=data, capture_output=True, timeout=300, check=False)
    assert res.returncode == 0, res.stderr
    assert [r["headline"]["text"] for r in _rows(res.stdout.decode("utf-8"))] == ["One", "Two", "Three"]


def test_file_identity_names_regular_files_only(tmp_path: Path) -> None:
    """The output's identity: a regular file by path or descriptor; a folder, a pipe, a missing path are none."""
    from newsmeta.io.files import file_identity

    f = tmp_path / "rows.jsonl"
    f.write_text("", encoding="utf-8")
    read_end, write_end = os.pipe()
    try:
        with open(f, "rb") as fh:
            assert file_identity(str(f)) == file_identity(fh.fileno()) is not None
        assert [file_identity(x) for x in (str(tmp_path), str(tmp_path / "missing"), write_end, None)] == [None] * 4
    finally:
        os.close(read_end)
        os.close(write_end)


@pytest.mark.parametrize("how", ["symlink", "hard-link", "glob"], ids=["symlink", "hard-link", "glob"])
def test_a_file_reached_twice_in_a_walk_is_read_once(tmp_path: Path, how: str) -> None:
    from newsmeta.io.files import expand_inputs

    (tmp_path / "pages").mkdir()
    (tmp_path / "pages" / "a.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "pages" / "z.txt").write_text(STORY + "More.\n", encoding="utf-8")
    if how == "hard-link":
        os.link(tmp_path / "pages" / "a.txt", tmp_path / "pages" / "b.txt")
    else:
        (tmp_path / "pages" / "b.txt").symlink_to("a.txt")
    target = str(tmp_path / "pages" / "*.txt") if how == "glob" else str(tmp_path / "pages")
    names = [os.path.basename(p) for p in expand_inputs([target])]
    assert names == (["a.txt", "b.txt", "z.txt"] if how == "glob" else ["a.txt", "z.txt"])

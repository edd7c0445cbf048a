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


PAGE = b"<html><head><title>Harbour</title></head><body><p>" + b"The harbour reopened. " * 20 + b"</p></body></html>"
LD = b'<script type="application/ld+json">{"@type": "NewsArticle", "author": {"name": "X \\udc00 Y"}}</script>'
SURROGATE_PAGE = PAGE.replace(b"</title>", b"</title>" + LD)


def test_a_lone_surrogate_in_a_page_is_repaired_and_warned(tmp_path: Path) -> None:
    # extract() makes every string of the record printable, so the page is read, not lost
    for name, body in (("a.html", PAGE), ("b.html", SURROGATE_PAGE), ("c.html", PAGE)):
        (tmp_path / name).write_bytes(body)
    res = subprocess.run([sys.executable, "-m", "newsmeta", str(tmp_path)], capture_output=True, timeout=300)
    rows = [json.loads(x) for x in res.stdout.decode("utf-8").splitlines()]
    assert res.returncode == 0
    assert [(Path(r["input"]).name, "error" in r) for r in rows] == [("a.html", 0), ("b.html", 0), ("c.html", 0)]
    assert any("surrogate" in w for w in rows[1]["warnings"]) and b"Traceback" not in res.stderr


def test_a_lone_surrogate_in_a_row_id_costs_no_row(tmp_path: Path) -> None:
    # json.dumps writes the lone surrogate as the escape \\udc00, which json.loads reads back as one
    rows_in = [{"id": "a", "text": STORY}, {"id": "b\udc00", "text": STORY}, {"id": "c", "text": STORY}]
    (tmp_path / "rows.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows_in), encoding="utf-8")
    res = subprocess.run([sys.executable, "-m", "newsmeta", str(tmp_path / "rows.jsonl")], capture_output=True,
                         timeout=300)
    rows = [json.loads(x) for x in res.stdout.decode("utf-8").splitlines()]
    assert [r.get("line") for r in rows] == [1, 2, 3]
    assert rows[1]["id"].startswith("b") and b"Traceback" not in res.stderr
    rows[1]["id"].encode("utf-8")  # printable: what the writer echoes is valid UTF-8


def test_special_files_in_a_directory_are_one_error_each(tmp_path: Path) -> None:
    import os

    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    os.mkfifo(tmp_path / "fifo")
    (tmp_path / "zero").symlink_to("/dev/zero")
    (tmp_path / "loop").symlink_to(tmp_path)  # a directory link back up the tree: followed once
    res = subprocess.run(
        [sys.executable, "-m", "newsmeta", str(tmp_path), f"{tmp_path}/**/*.txt"], capture_output=True,
        timeout=300, check=False,  # the hang guard: before the fix a FIFO blocked forever
    )
    rows = [json.loads(x) for x in res.stdout.decode("utf-8").splitlines()]
    assert res.returncode == 1
    assert [(Path(r["input"]).name, r.get("error", "")[:19]) for r in rows] == [
        ("a.txt", ""), ("fifo", "NotRegularFileError"), ("zero", "NotRegularFileError"), ("a.txt", ""),
    ]


def test_stdin_and_stdout_are_utf8_whatever_the_locale(tmp_path: Path) -> None:
    import os

    text = "Шторм закрыл порт\n\nМОСКВА — Порт закрыли в понедельник из-за сильного шторма на море.\n"
    env = {**os.environ, "LC_ALL": "C", "LANG": "C", "PYTHONUTF8": "0", "PYTHONIOENCODING": ""}
    res = subprocess.run([sys.executable, "-m", "newsmeta", "-"], input=text.encode("utf-8"), capture_output=True,
                         env=env, timeout=300, check=True)
    row = json.loads(res.stdout.decode("utf-8"))
    assert row["language"]["code"] == "ru" and row["text"] == text


def test_too_many_jobs_are_capped_and_said(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    assert main([str(tmp_path / "a.txt"), "-j", "100000"]) == 0
    assert "using" in capsys.readouterr().err


def _children(pid: int) -> set[int]:
    import os

    kids = set()
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat", encoding="ascii", errors="replace") as f:
                    if int(f.read().rsplit(")", 1)[1].split()[1]) == pid:
                        kids.add(int(entry))
            except (OSError, ValueError, IndexError):
                continue
    return kids


def _gone(pid: int) -> bool:
    import os

    try:
        with open(f"/proc/{pid}/stat", encoding="ascii", errors="replace") as f:
            return f.read().rsplit(")", 1)[1].split()[0] == "Z"
    except OSError:
        return True
    return not os.path.exists(f"/proc/{pid}")


def _ctrl_c_as_on_a_terminal() -> None:
    """``preexec_fn`` of a command a test interrupts: a test runner in the background may ignore SIGINT."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _finish(proc: subprocess.Popen[bytes]) -> tuple[bytes, bytes]:
    """The command's output once it has ended, within the hang guard (killed after 120 s)."""
    try:
        return proc.communicate(timeout=120)
    except subprocess.TimeoutExpired:
        proc.kill()
        raise


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads the process table from /proc")
@pytest.mark.parametrize(("sig", "code"), [("SIGTERM", 143), ("SIGINT", 130)], ids=["sigterm", "ctrl-c"])
def test_a_signal_stops_the_workers_too(tmp_path: Path, sig: str, code: int) -> None:
    import signal
    import time

    for i in range(300):
        (tmp_path / f"{i:03}.txt").write_text(f"Story {i}\n\n" + "PARIS — The port reopened. " * 200, encoding="utf-8")
    cmd = [sys.executable, "-m", "newsmeta", str(tmp_path), "-j", "2", "-q"]

    pipes = {"stdout": subprocess.PIPE, "stderr": subprocess.PIPE}
    with subprocess.Popen(cmd, **pipes, preexec_fn=_ctrl_c_as_on_a_terminal) as proc:  # type: ignore[call-overload]
        assert proc.stdout is not None
        proc.stdout.readline()  # the workers are at work
        workers = _children(proc.pid)
        assert workers
        proc.send_signal(getattr(signal, sig))
        _, err = _finish(proc)
    assert proc.returncode == code
    assert b"Traceback" not in err
    deadline = time.monotonic() + 60
    while not all(_gone(w) for w in workers) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert all(_gone(w) for w in workers)


@pytest.mark.parametrize("jobs", ["1", "2"], ids=["in-process", "two-workers"])
def test_a_closed_pipe_ends_quietly(tmp_path: Path, jobs: str) -> None:
    for i in range(120):
        (tmp_path / f"{i:03}.txt").write_text(STORY + "More text. " * 300, encoding="utf-8")
    cmd = [sys.executable, "-m", "newsmeta", str(tmp_path), "-q", "-j", jobs]
    with subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE) as proc:
        assert proc.stdout is not None and proc.stderr is not None
        proc.stdout.readline()
        proc.stdout.close()  # `| head -1`
        _, err = _finish(proc)
        assert proc.returncode == 0
    assert b"Traceback" not in err


@pytest.mark.parametrize(("sig", "code"), [("SIGTERM", 143), ("SIGINT", 130)], ids=["sigterm", "ctrl-c"])
def test_a_signal_leaves_a_readable_parquet_file(tmp_path: Path, sig: str, code: int) -> None:
    import signal

    pq = pytest.importorskip("pyarrow.parquet")
    out = tmp_path / "out.parquet"
    cmd = [sys.executable, "-m", "newsmeta", "--jsonl", "-o", str(out)]

    pipes = {"stdin": subprocess.PIPE, "stderr": subprocess.PIPE}
    with subprocess.Popen(cmd, **pipes, preexec_fn=_ctrl_c_as_on_a_terminal) as proc:  # type: ignore[call-overload]
        assert proc.stdin is not None and proc.stderr is not None
        rows = [{"text": STORY, "id": "a"}, {"text": "Second story\n\nMADRID — More text.", "id": "b"}]
        proc.stdin.write(b"".join(json.dumps(r).encode() + b"\n" for r in rows) + b"{not json\n")
        proc.stdin.flush()
        assert b":3:" in proc.stderr.readline()  # its note comes after the first two rows were written
        proc.send_signal(getattr(signal, sig))  # while the command waits for a fourth line
        try:
            proc.wait(timeout=120)  # the hang guard
        except subprocess.TimeoutExpired:
            proc.kill()
            raise
    assert proc.returncode == code
    table = pq.read_table(out).to_pylist()
    assert [r["id"] for r in table][:2] == ["a", "b"]
    assert table[0]["headline_text"] == "Storm closes the port"


@pytest.mark.parametrize(("sig", "code"), [("SIGTERM", 143), ("SIGINT", 130)], ids=["sigterm", "ctrl-c"])
def test_a_signal_while_reading_a_document_in_process_stops_the_run(sig: str, code: int) -> None:
    import signal
    import time

    cmd = [sys.executable, "-m", "newsmeta", "--jsonl", "-j", "1"]
    # a long document of words never seen before: reading it takes a while
    long = "Story\n\n" + "\n\n".join(" ".join(f"port{i}x{j} reopened" for j in range(20)) for i in range(150))

    pipes = {"stdin": subprocess.PIPE, "stdout": subprocess.PIPE, "stderr": subprocess.PIPE}
    with subprocess.Popen(cmd, **pipes, preexec_fn=_ctrl_c_as_on_a_terminal) as proc:  # type: ignore[call-overload]
        assert proc.stdin is not None and proc.stdout is not None
        proc.stdin.write(json.dumps({"text": STORY}).encode() + b"\n")
        proc.stdin.flush()
        proc.stdout.readline()  # the models are loaded; the command waits for the next line
        proc.stdin.write(json.dumps({"text": long}).encode() + b"\n")
        proc.stdin.flush()
        time.sleep(0.3)  # inside extract(), most likely
        proc.send_signal(getattr(signal, sig))
        out, err = _finish(proc)
    assert proc.returncode == code  # not 1, the signal taken for that document's failure
    assert b"Traceback" not in err and b"unexpected" not in err + out


def _mixed_corpus(folder: Path) -> None:
    """Text, HTML, gzipped HTML, an image, JSON Lines with a bad line: every kind of output line."""
    import gzip

    (folder / "a.txt").write_text(STORY, encoding="utf-8")
    (folder / "b.html").write_bytes(PAGE)
    (folder / "c.html.gz").write_bytes(gzip.compress(SURROGATE_PAGE))
    (folder / "d.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    rows = [json.dumps({"id": 1, "text": STORY, "reference_date": "2025-03-03"}), "{oops",
            json.dumps({"id": "x\udc00", "text": "Caf\u00e9 story\n\nPARIS \u2014 Text."})]
    (folder / "e.jsonl").write_text("\n".join(rows) + "\n", encoding="utf-8")


def _written_by_the_writers(folder: Path, options: list[str]) -> str:
    """What the writers make of each document and its result in this process (the command's output before
    its workers made it)."""
    from newsmeta import extract_many, read_documents
    from newsmeta.io.writers import open_writer, output_object, output_row, row_columns

    fmt = "csv" if "csv" in options else "jsonl"
    no_text, fields = "--no-text" in options, ["headline", "dates"] if "--fields" in options else None
    indent = 2 if "--indent" in options else None
    out = io.StringIO()
    writer = open_writer(fmt, out, fields=fields, text=not no_text, indent=indent)
    docs = list(read_documents([str(folder)]))
    header = row_columns(fields=fields, text=not no_text)
    for doc, res in zip(docs, extract_many(docs, on_error="record"), strict=True):
        writer.write(output_object(doc, res, fields=fields, text=not no_text) if fmt == "jsonl"
                     else output_row(doc, res, header))
    return out.getvalue()


@pytest.mark.parametrize(
    "options",
    [[], ["--no-text", "--fields", "headline,dates"], ["--indent", "2"], ["--format", "csv"]],
    ids=["jsonl", "fields-no-text", "indent", "csv"],
)
def test_the_workers_write_what_the_writers_would(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], options: list[str]
) -> None:
    """Each document's line is made where it was read (a worker at -j 2): the same bytes as the writers make."""
    _mixed_corpus(tmp_path)
    expected = _written_by_the_writers(tmp_path, options)
    for jobs in ("1", "2"):
        assert main([str(tmp_path), "-q", "-j", jobs, *options]) == 1  # the image and the broken line
        assert capsys.readouterr().out == expected, jobs
    assert expected.count("Error: ") >= 2


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_the_progress_bar_starts_no_thread(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """tqdm's monitor thread would make the workers spawned rather than forked (see batch._may_fork)."""
    import argparse
    import threading

    from newsmeta.cli import _Progress

    pytest.importorskip("tqdm")
    monkeypatch.setattr(sys, "stderr", _Terminal())
    before = threading.active_count()
    args = argparse.Namespace(quiet=False, output=str(tmp_path / "out.jsonl"), jsonl=False, inputs=[str(tmp_path)])
    progress = _Progress(args)
    try:
        assert progress.bar is not None and threading.active_count() == before
    finally:
        progress.close()

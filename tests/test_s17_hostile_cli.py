"""The command on hostile files (session 17): each file is one answer, no hang, no crash.

A subprocess with a generous limit (about 20 times what a run takes here) guards against a
hang; nothing is timed."""

from __future__ import annotations

import json
import random
import subprocess
import sys
from pathlib import Path

import pytest

_RND = random.Random(17)
FILES = {
    "blank-lines.txt": b"\n" * 1_000_000,
    "one-endless-line.txt": b"word " * 200_000,
    "nul-among-words.txt": b"Storm closes the port.\x00\x00 Rain fell on Monday.\n" * 20_000,
    "mixed-crlf.txt": b"Storm closes the port\r\n\r\rLISBON (AP) - Rain.\n\r\n" * 20_000,
    "noise-as-utf8.txt": bytes(_RND.getrandbits(8) for _ in range(300_000)).decode("latin-1").encode("utf-8"),
    "whitespace.txt": b" \t\r\n\x0b\x0c" * 100_000,
}


@pytest.mark.parametrize("name", list(FILES), ids=list(FILES))
def test_each_hostile_file_is_one_answer(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(FILES[name])
    run = subprocess.run(
        [sys.executable, "-m", "newsmeta", "-q", "--fields", "language,sections,headline", str(path)],
        capture_output=True,
        timeout=120,
        check=False,
    )
    assert b"Traceback" not in run.stderr
    (obj,) = [json.loads(line) for line in run.stdout.decode("utf-8").splitlines()]
    assert obj["input"] == str(path)
    if "error" not in obj:
        lang = obj["language"]
        if name.startswith("noise"):
            assert lang is None or lang["confidence"] <= 0.6
        sections = obj["sections"]
        assert not sections or (sections[0]["start"] == 0 and len(sections) <= 2)

"""The command's closing line counts in words a person would write ("1 document", "2 errors")."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from newsmeta.cli import main

_STORY = "Port authorities met on Tuesday to compare plans for higher sea walls, officials said.\n"


@pytest.mark.parametrize(
    ("good", "bad", "said"),
    [(1, 0, "1 document, 0 errors"), (1, 1, "2 documents, 1 error"), (2, 2, "4 documents, 2 errors")],
    ids=["one", "one-error", "plural"],
)
def test_summary_counts(tmp_path: Path, capsys: pytest.CaptureFixture[str], good: int, bad: int, said: str) -> None:
    paths = []
    for k in range(good):
        (p := tmp_path / f"ok{k}.txt").write_text(_STORY, encoding="utf-8")
        paths.append(str(p))
    for k in range(bad):
        (p := tmp_path / f"bad{k}.txt.gz").write_bytes(gzip.compress(_STORY.encode() * 20)[:30])  # cut short
        paths.append(str(p))
    main(paths)
    err = capsys.readouterr().err
    assert f"newsmeta: {said}," in err

"""Review of session 17's patterns: inputs that once took time quadratic in a run of spaces."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from newsmeta import html_authors

ROOT = Path(__file__).resolve().parent.parent

# A JSON-LD author's name with a long run of spaces went through html_authors' _NAME_SPLIT and
# _LIST_ITEM ("\s*" before a separator tried again from every space of the run): 8,000 spaces took
# 17 s, 100,000 would take hours. Each case runs in a subprocess with a generous limit as a hang guard.
_PROGRAM = """
import json, sys, newsmeta
name = sys.argv[1].replace("_", " " * 100_000)
page = ('<html><head><script type="application/ld+json">'
        + json.dumps({"@type": "NewsArticle", "headline": "Storm hits",
                      "author": {"@type": "Person", "name": name}})
        + '</script></head><body><article><h1>Storm hits</h1>'
        '<p>Rain fell on the town today and roads were closed.</p></article></body></html>')
newsmeta.extract(page.encode())
print("done")
"""


@pytest.mark.parametrize("name", ["Ann_Lee", "Ann,_Lee", "Ann_;Lee", "Ann_and_Lee"],
                         ids=["spaces", "comma-after-spaces", "semicolon-after-spaces", "and-in-spaces"])
def test_author_name_with_a_long_run_of_spaces_ends(name: str) -> None:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    out = subprocess.run([sys.executable, "-c", _PROGRAM, name], capture_output=True, text=True,
                         timeout=120, env=env, check=True)
    assert out.stdout.strip() == "done"


# The same splits as before the change.
@pytest.mark.parametrize(("text", "parts"), [
    ("Ann Lee and Bo Roe", ["Ann Lee", "Bo Roe"]),
    ("Ann Lee   ;  Bo Roe", ["Ann Lee", "Bo Roe"]),
    ("Ann Lee and ;Bo Roe", ["Ann Lee", "", "Bo Roe"]),
    ("王芳 通讯员 李明", ["王芳", "李明"]),
    ("Ann Lee" + " " * 50 + "Bo Roe", ["Ann Lee" + " " * 50 + "Bo Roe"]),
], ids=["and", "semicolon-in-spaces", "semicolon-after-and", "chinese-correspondent", "spaces-only"])
def test_name_split(text: str, parts: list[str]) -> None:
    assert html_authors._NAME_SPLIT.split(text) == parts


@pytest.mark.parametrize(("text", "parts"), [
    ("Ann Lee, Bo Roe, and Cy Doe", ["Ann Lee", "Bo Roe", "Cy Doe"]),
    ("Ann Lee  ,  Bo Roe", ["Ann Lee", "Bo Roe"]),
    ("Ann Lee and  , Bo Roe", ["Ann Lee", "", "Bo Roe"]),
    ("Ann Lee,  ,Bo Roe", ["Ann Lee", "", "Bo Roe"]),
    ("Ann Lee" + " " * 50 + "Bo Roe", ["Ann Lee" + " " * 50 + "Bo Roe"]),
], ids=["commas-and", "comma-in-spaces", "comma-after-and", "two-commas", "spaces-only"])
def test_list_item_split(text: str, parts: list[str]) -> None:
    assert html_authors._LIST_ITEM.split(text) == parts

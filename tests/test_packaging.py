"""What the package promises on the index page and to its readers: metadata, version, typing, API shape,
the changelog, and examples in the README and in docs/ that run as written.

These tests read the installed distribution's metadata, so run against a wheel they check the wheel.
"""

from __future__ import annotations

import doctest
import inspect
import os
import re
import subprocess
import sys
from importlib import metadata, resources
from pathlib import Path
from typing import Any

import pytest

import newsmeta

ROOT = Path(__file__).resolve().parents[1]
PYPROJECT = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
#: The distribution name: "newsmeta" on PyPI is an unrelated project, so the package is published as
#: newsmeta-extract and still imported as ``newsmeta`` (README, "Set up").
DIST = "newsmeta-extract"
META = metadata.metadata(DIST)


def _project_version() -> str:
    """The version in pyproject.toml's [project] table: the one place it is set."""
    project = PYPROJECT.split("[project]", 1)[1].split("\n[", 1)[0]
    found = re.search(r'^version\s*=\s*"([^"]+)"', project, re.MULTILINE)
    assert found is not None, "pyproject.toml sets no [project] version"
    return found.group(1)


def test_version_comes_from_pyproject() -> None:
    assert newsmeta.__version__ == metadata.version(DIST) == _project_version()


def test_changelog_has_a_dated_entry_for_this_version() -> None:
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    assert "## [Unreleased]" in changelog
    assert re.search(rf"^## \[{re.escape(_project_version())}\] - \d{{4}}-\d{{2}}-\d{{2}}$", changelog, re.MULTILINE)


@pytest.mark.parametrize("version", ["3.10", "3.11", "3.12", "3.13"], ids=lambda v: f"py{v}")
def test_classifiers_list_each_supported_python(version: str) -> None:
    assert f"Programming Language :: Python :: {version}" in (META.get_all("Classifier") or [])


@pytest.mark.parametrize(
    ("field", "expected"),
    [
        ("Requires-Python", ">=3.10"),
        ("License-Expression", "MIT"),
        ("Name", DIST),
    ],
    ids=["requires-python", "license", "name"],
)
def test_index_page_metadata(field: str, expected: str) -> None:
    assert META.get(field) == expected


def test_index_page_has_description_urls_and_readme() -> None:
    assert len(META.get("Summary") or "") > 40
    urls = {u.split(",")[0].strip() for u in META.get_all("Project-URL") or []}
    assert {"Homepage", "Documentation", "Changelog", "Issues"} <= urls
    assert META.get("Description-Content-Type") == "text/markdown"
    assert "Typing :: Typed" in (META.get_all("Classifier") or [])


def test_typed_marker_ships() -> None:
    assert resources.files("newsmeta").joinpath("py.typed").is_file()


PUBLIC_FUNCTIONS = [
    "extract", "detect_language", "split_sections", "find_dates", "to_dict", "extract_many", "read_documents", "to_row",
]


@pytest.mark.parametrize("name", PUBLIC_FUNCTIONS, ids=PUBLIC_FUNCTIONS)
def test_public_function_shape(name: str) -> None:
    """Input positional-only, options keyword-only, fully annotated, documented with an example."""
    func = getattr(newsmeta, name)
    params = list(inspect.signature(func).parameters.values())
    assert params[0].kind is inspect.Parameter.POSITIONAL_ONLY
    assert all(p.kind is inspect.Parameter.KEYWORD_ONLY for p in params[1:])
    assert all(p.annotation is not inspect.Parameter.empty for p in params)
    assert inspect.signature(func).return_annotation is not inspect.Signature.empty
    assert func.__doc__ and func.__doc__.strip()


def test_all_names_are_exported() -> None:
    missing = [n for n in newsmeta.__all__ if not hasattr(newsmeta, n)]
    assert missing == []


def _fenced(text: str, lang: str) -> list[str]:
    return re.findall(rf"^```{lang}\n(.*?)^```$", text, re.MULTILINE | re.DOTALL)


def test_readme_example_runs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The README's Python example runs as written, from the repository root, and prints something."""
    blocks = _fenced((ROOT / "README.md").read_text(encoding="utf-8"), "python")
    assert blocks, "the README has no ```python example"
    script = tmp_path / "readme_example.py"
    script.write_text(blocks[0], encoding="utf-8")
    env = {**os.environ, "PYTHONWARNINGS": "error"}
    done = subprocess.run([sys.executable, str(script)], cwd=ROOT, capture_output=True, text=True, env=env, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip()


DOC_PAGES = sorted((ROOT / "docs").rglob("*.md"))
PYCON_PAGES = [p for p in DOC_PAGES if "```pycon" in p.read_text(encoding="utf-8")]


@pytest.mark.parametrize("page", PYCON_PAGES, ids=[p.relative_to(ROOT / "docs").as_posix() for p in PYCON_PAGES])
def test_docs_examples_run(page: Path) -> None:
    """Every ```pycon block in docs/ is a doctest that passes."""
    parser = doctest.DocTestParser()
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    globs: dict[str, Any] = {}
    for n, block in enumerate(_fenced(page.read_text(encoding="utf-8"), "pycon")):
        test = parser.get_doctest(block, globs, f"{page.name}#{n}", str(page), 0)
        runner.run(test)
    assert runner.summarize(verbose=False).failed == 0


def test_docs_have_pycon_examples() -> None:
    assert len(PYCON_PAGES) >= 3


def test_the_command_and_the_import_keep_the_short_name() -> None:
    assert "newsmeta = \"newsmeta.cli:main\"" in PYPROJECT
    assert newsmeta.__name__ == "newsmeta"


@pytest.mark.parametrize("extra", ["warc", "parquet", "zstd"], ids=["warc", "parquet", "zstd"])
def test_corpus_extras_are_declared_and_installed_by_ci(extra: str) -> None:
    assert extra in (META.get_all("Provides-Extra") or [])
    if not (ROOT / ".ci" / "run").exists():
        pytest.skip("no .ci/run here: the tests run against an installed wheel, outside the source tree")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert re.search(rf"-e '\.\[[^\]]*\b{extra}\b[^\]]*\]'", ci)

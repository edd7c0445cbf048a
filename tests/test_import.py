"""``import newsmeta`` is cheap: it imports none of the modules that do the work, and every public
name still comes from the package (``newsmeta.extract``, ``from newsmeta import Article``).

What ``import newsmeta`` loads is checked in a fresh interpreter (``sys.modules``), not timed:
the timing is ``python -X importtime -c "import newsmeta"`` on a quiet machine (docs/speed.md).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

import newsmeta

ROOT = Path(__file__).resolve().parents[1]

#: Third-party modules that cost tens to hundreds of milliseconds each to import.
HEAVY = ["dateparser", "langdetect", "lxml", "numpy", "py3langid", "regex", "trafilatura", "attr", "tqdm"]


def _fresh(code: str) -> object:
    """Run ``code`` in a new interpreter importing this checkout; the JSON it prints last."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])}
    done = subprocess.run([sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True, env=env,
                          check=False, timeout=120)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.fixture(scope="module")
def after_import() -> list[str]:
    """The modules a fresh interpreter holds once it has run ``import newsmeta`` (and none before)."""
    loaded = _fresh("""
        import json, sys
        before = set(sys.modules)
        import newsmeta
        print(json.dumps(sorted(set(sys.modules) - before)))
    """)
    assert isinstance(loaded, list)
    return loaded


@pytest.mark.parametrize("module", HEAVY, ids=HEAVY)
def test_import_newsmeta_leaves_heavy_modules_unloaded(after_import: list[str], module: str) -> None:
    assert not [m for m in after_import if m == module or m.startswith(f"{module}.")]


def test_import_newsmeta_loads_only_the_package_and_the_standard_library(after_import: list[str]) -> None:
    """No submodule of ours and nothing from outside the standard library (which of its modules
    an interpreter has already loaded at start-up differs between environments)."""
    ours = [m for m in after_import if m.split(".")[0] == "newsmeta"]
    others = [m for m in after_import if m.split(".")[0] not in {"newsmeta", *sys.stdlib_module_names}]
    assert (ours, others) == (["newsmeta"], [])


def test_names_load_their_own_modules_only() -> None:
    """``from newsmeta import Article`` imports the records, not the extraction machinery."""
    loaded = _fresh("""
        import json, sys
        from newsmeta import Article, NewsmetaError
        print(json.dumps(sorted(m for m in sys.modules if m.startswith("newsmeta"))))
    """)
    assert loaded == ["newsmeta", "newsmeta.errors", "newsmeta.records"]


def test_every_public_name_imports_in_a_fresh_interpreter() -> None:
    """``from newsmeta import X`` for each X of ``__all__``, each in an interpreter that had loaded nothing."""
    got = _fresh("""
        import json, newsmeta
        out = {}
        for name in newsmeta.__all__:
            ns = {}
            exec(f"from newsmeta import {name}", ns)
            out[name] = type(ns[name]).__name__
        print(json.dumps(out))
    """)
    assert isinstance(got, dict)
    assert sorted(got) == sorted(newsmeta.__all__)
    assert got["extract"] == got["extract_many"] == "function"
    assert got["Article"] == got["NewsmetaError"] == "type"
    assert got["__version__"] == "str"


@pytest.mark.parametrize(
    "first",
    ["import newsmeta.cli", "import newsmeta.batch", "from newsmeta.extract import extract", "newsmeta.extract_many",
     "newsmeta.records"],
    ids=["cli", "batch", "extract-module", "extract_many", "records"],
)
def test_newsmeta_extract_stays_the_function(first: str) -> None:
    """``newsmeta.extract`` is the function, whatever imported the module of the same name first."""
    got = _fresh(f"""
        import json, newsmeta
        {first}
        from newsmeta import extract
        print(json.dumps([callable(newsmeta.extract), newsmeta.extract is extract, type(extract).__name__]))
    """)
    assert got == [True, True, "function"]


def test_dir_lists_the_public_names_before_they_are_used() -> None:
    got = _fresh("""
        import json, newsmeta
        print(json.dumps(dir(newsmeta)))
    """)
    assert isinstance(got, list)
    assert set(newsmeta.__all__) <= set(got)
    assert got == sorted(got)


@pytest.mark.parametrize("name", ["not_a_name", "Source", "main"], ids=["unknown", "records-only", "cli-only"])
def test_unknown_names_raise_attribute_error(name: str) -> None:
    with pytest.raises(AttributeError, match=name):
        getattr(newsmeta, name)


def test_a_record_unpickles_in_an_interpreter_that_imported_nothing() -> None:
    """Workers send records back pickled: their classes are found by module, not through the package."""
    import pickle

    art = newsmeta.extract("Port reopens\n\nLISBON (AP) — The port reopened on Monday 3 March 2025.")
    blob = pickle.dumps(art).hex()
    got = _fresh(f"""
        import json, pickle
        art = pickle.loads(bytes.fromhex("{blob}"))
        print(json.dumps([type(art).__module__, art.headline.text, art.dateline.place]))
    """)
    assert got == ["newsmeta.records", "Port reopens", "LISBON"]

"""Coverage-guided fuzzing of ``newsmeta.extract`` on bytes, with atheris.

Run for a bounded time (not part of the test suite)::

    pip install atheris
    python fuzz/fuzz_extract.py -max_total_time=300 -max_len=4096 fuzz/corpus

Any crash it finds becomes a regression test in tests/test_hostile.py.  A crash is any exception
that is not a NewsmetaError, a result whose offsets do not index its text, a string that is not
printable Unicode, a confidence outside [0, 1], or JSON that does not encode as UTF-8.
"""

from __future__ import annotations

import os
import sys

import atheris

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests"))

# ``import newsmeta`` loads its modules on first use: the ones extract runs are loaded here, instrumented.
with atheris.instrument_imports():
    import newsmeta
    import newsmeta.batch
    import newsmeta.extract
    import newsmeta.html_input
    import newsmeta.sections

from invariants import check_article  # the invariants the property tests check too


def check(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)
    as_text = fdp.ConsumeBool()
    doc: str | bytes = fdp.ConsumeUnicode(len(data)) if as_text else fdp.ConsumeBytes(len(data))
    try:
        art = newsmeta.extract(doc)
    except newsmeta.NewsmetaError:
        return
    check_article(art)


if __name__ == "__main__":
    newsmeta.extract("Warm up\n\nLanguage profiles and date tables load once, before fuzzing.")
    newsmeta.extract(b"<html><body><h1>Warm up</h1><p>The HTML reader loads once too.</p></body></html>")
    atheris.Setup(sys.argv, check)
    atheris.Fuzz()

"""Coverage-guided fuzzing of ``newsmeta.extract`` on bytes, with atheris.

Run for a bounded time (not part of the test suite)::

    pip install atheris
    python fuzz/fuzz_extract.py -max_total_time=300 -max_len=4096 fuzz/corpus

Any crash it finds becomes a regression test in tests/test_hostile.py.  A crash is any exception
that is not a NewsmetaError, or a result whose offsets do not index its text.
"""

from __future__ import annotations

import sys

import atheris

with atheris.instrument_imports():
    import newsmeta


def check(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)
    as_text = fdp.ConsumeBool()
    doc: str | bytes = fdp.ConsumeUnicodeNoSurrogates(len(data)) if as_text else fdp.ConsumeBytes(len(data))
    try:
        art = newsmeta.extract(doc)
    except newsmeta.NewsmetaError:
        return
    for rec in (art.headline, art.dateline, *art.subheadlines, *art.dates, *art.tags, *art.authors):
        if rec is None or rec.start is None:
            continue
        value = getattr(rec, "text", None) or getattr(rec, "name", "")
        assert art.text[rec.start : rec.end] == value, (rec, art.text)
    art.to_json()


if __name__ == "__main__":
    atheris.Setup(sys.argv, check)
    atheris.Fuzz()

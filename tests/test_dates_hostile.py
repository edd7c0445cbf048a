"""find_dates on hostile input (#16): arguments checked up front, no overflow, no dependence on
``TZ``, bounded caches, caps applied before per-item work, one dateparser budget per document.

No test here measures time: work is counted instead (calls made, characters handed over)."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import newsmeta
from newsmeta import date_words as date_words_module
from newsmeta import dates as dates_module
from newsmeta.dates import find_dates
from newsmeta.errors import InputTypeError, InvalidOptionError

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize(
    ("args", "kwargs", "error", "hint"),
    [
        ((None,), {}, InputTypeError, "takes a str"),
        ((b"3 May 2024",), {}, InputTypeError, "decode"),
        (("3 May 2024",), {"reference_date": "2024-01-01"}, InputTypeError, "fromisoformat"),
        (("3 May 2024",), {"reference_date": 20240101}, InputTypeError, "datetime.date"),
        (("3 May 2024",), {"languages": 5}, InputTypeError, "list of language codes"),
        (("3 May 2024",), {"languages": "en"}, InputTypeError, "['en']"),
        (("3 May 2024",), {"languages": [5]}, InputTypeError, "str"),
        (("3 May 2024",), {"languages": ["not a code!"]}, InvalidOptionError, "language code"),
    ],
)
def test_arguments_are_checked_up_front(
    args: tuple[Any, ...], kwargs: dict[str, Any], error: type[Exception], hint: str
) -> None:
    with pytest.raises(error) as info:
        find_dates(*args, **kwargs)
    assert hint in str(info.value)


def test_a_datetime_reference_is_its_date() -> None:
    text = "We met yesterday, on 3 March."
    assert find_dates(text, reference_date=dt.datetime(2024, 3, 5, 23, 59)) == find_dates(
        text, reference_date=dt.date(2024, 3, 5)
    )


@pytest.mark.parametrize("ref", [dt.date.max, dt.date.min, dt.date(1, 6, 1), dt.date(1, 1, 2), dt.datetime.max])
@pytest.mark.parametrize(
    "text", ["3 days ago", "3 years ago", "yesterday", "tomorrow", "on Monday", "next Monday", "hace dos días"]
)
def test_the_ends_of_the_calendar(ref: dt.date, text: str) -> None:
    for d in find_dates(text, reference_date=ref, languages=["en", "es"]):
        assert d.value is None or isinstance(d.value, dt.date)


def test_out_of_range_is_none_not_the_reference() -> None:
    (d,) = find_dates("3 years ago", reference_date=dt.date(1, 6, 1))
    assert d.value is None
    (d,) = find_dates("tomorrow", reference_date=dt.date.max)
    assert d.value is None


_PROBE = """
import datetime as dt, json, newsmeta
texts = ["Am Samstag, dem 3. März, hace dos días, Двадцать третье февраля, в прошлый вторник",
         "Updated 06.21.2024, 10:00 GMT. Last week, 2 hours ago, next Friday at 5 pm EST, am Montag um 14 Uhr"]
out = []
for t in texts:
    out.append([(d.text, str(d.value)) for d in newsmeta.find_dates(t, reference_date=dt.date(2024, 5, 1))])
    out.append([(d.text, str(d.value)) for d in newsmeta.find_dates(t)])
    out.append(newsmeta.extract(t).to_json())
print(json.dumps(out))
"""


def test_output_does_not_depend_on_tz() -> None:
    outputs = {}
    for tz in (None, "UTC0", "JST-9", "Asia/Kolkata", "Nonsense/Zone"):
        env = {k: v for k, v in os.environ.items() if k != "TZ"}
        env["PYTHONPATH"] = str(ROOT)
        if tz is not None:
            env["TZ"] = tz
        run = subprocess.run([sys.executable, "-c", _PROBE], env=env, capture_output=True, text=True, check=True)
        outputs[tz] = run.stdout
    assert len(set(outputs.values())) == 1, outputs
    found = json.loads(outputs[None])
    assert any(value != "None" for _, value in found[0])  # dateparser's dates are there


def test_caches_keyed_by_callers_strings_stay_bounded() -> None:
    for i in range(150):
        code = "q" + chr(97 + i % 26) + chr(97 + i // 26)
        find_dates("on 3 March 2001, yesterday, am Montag", languages=[f"{code}-x{i}", "de"])
        find_dates("on 3 March 2001, yesterday, am Montag", languages=[code])
    assert len(date_words_module._cache) <= date_words_module._CACHE_SIZE
    assert len(dates_module._probes) <= dates_module._MAX_PROBES


@pytest.mark.parametrize("unit", ["May 3 ", "3 March ", "19th day of May "])
def test_year_less_dates_are_capped_before_they_are_read(unit: str, monkeypatch: pytest.MonkeyPatch) -> None:
    calls = 0
    real = dates_module._add_named

    def counted(*args: Any) -> None:
        nonlocal calls
        calls += 1
        real(*args)

    monkeypatch.setattr(dates_module, "_add_named", counted)
    found = find_dates(unit * (100_000 // len(unit)), languages=["en"])
    assert len(found) <= dates_module._MAX_MENTIONS
    assert calls <= 3 * dates_module._MAX_MENTIONS  # not one per match of the whole text


def test_dateparser_budget_is_per_document(monkeypatch: pytest.MonkeyPatch) -> None:
    import dateparser.search

    handed = 0
    real = dateparser.search.search_dates

    def counted(text: str, *args: Any, **kwargs: Any) -> Any:
        nonlocal handed
        handed += len(text)
        return real(text, *args, **kwargs)

    monkeypatch.setattr(dateparser.search, "search_dates", counted)
    paragraphs = [
        "Der Rat tagte am Samstag und am Montag erneut, sagte der Sprecher der Stadt.",
        "El consejo se reunió hace dos días y otra vez el lunes, dijo el portavoz.",
    ]
    doc = "Title\n\n" + "\n\n".join(paragraphs[i % 2] for i in range(400))
    newsmeta.extract(doc)
    assert 0 < handed <= dates_module._DP_TOTAL + dates_module._DP_CHUNK

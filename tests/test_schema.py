"""docs/schema.json: a valid JSON Schema that matches the records and the real output of extract()."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsmeta
from newsmeta import records

jsonschema = pytest.importorskip("jsonschema")

SCHEMA_PATH = Path(__file__).resolve().parents[1] / "docs" / "schema.json"
SCHEMA: dict[str, Any] = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)

RECORDS = [
    records.Article,
    records.Author,
    records.DateMention,
    records.Dateline,
    records.Headline,
    records.Kicker,
    records.Language,
    records.Section,
    records.Tag,
]

HTML = b"""<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Ferry strike ends after talks | Harbour Times</title>
<meta property="og:title" content="Ferry strike ends after talks">
<meta property="article:published_time" content="2024-05-02T08:30:00+01:00">
<meta name="author" content="Maria Lopes">
<meta name="keywords" content="ferries, strikes">
</head><body><article><h1>Ferry strike ends after talks</h1>
<p>Ferry crews returned to work on Thursday after a week-long strike that stranded thousands of
passengers on the islands. Union leaders said the new contract raises pay by four percent.</p>
<p>The last strike of this length was in 1998, when crews stayed out for nine days.</p>
</article></body></html>"""

DOCS: list[tuple[str | bytes, dict[str, Any]]] = [
    ("Harbour cities race to raise sea walls\n\nLISBON (AP) — Port authorities met on Tuesday. "
     "The last flood hit in 1967.\n", {}),
    ("ANALYSIS | Rivers rise across the north\n\nBy Jane Roe\n\nOSLO, March 3 (Reuters) - Rivers rose on "
     "Sunday.\n\nUpdated at: 06.21.2024\n\nTags: floods, Norway\n\n"
     "ANÁLISIS | Los ríos crecen en el norte\n\nLos ríos crecieron el domingo, según las autoridades locales.\n",
     {"reference_date": dt.date(2024, 6, 21)}),
    ("The council met yesterday and will vote again next week.", {"reference_date": dt.datetime(2024, 1, 5, 9, 0)}),
    (HTML, {"url": "https://example.com/2024/05/02/ferry-strike"}),
    ("", {}),
    ("\ufeff\r\n  \r\n", {}),
]


def test_schema_is_valid_2020_12() -> None:
    assert SCHEMA["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    jsonschema.Draft202012Validator.check_schema(SCHEMA)


@pytest.mark.parametrize("cls", RECORDS, ids=[c.__name__ for c in RECORDS])
def test_schema_lists_exactly_the_record_fields_in_order(cls: type) -> None:
    """A field added to or removed from records.py must be added to or removed from docs/schema.json."""
    names = [f.name for f in attrs.fields(cls)]
    if cls is records.Article:
        names.append("is_multilingual")
    definition = SCHEMA["$defs"][cls.__name__]
    assert list(definition["properties"]) == names
    assert definition["required"] == names
    assert definition["additionalProperties"] is False


def test_schema_enums_match_the_literal_types() -> None:
    from typing import get_args

    assert SCHEMA["$defs"]["Source"]["enum"] == list(get_args(records.Source))
    assert SCHEMA["$defs"]["Precision"]["enum"] == list(get_args(records.Precision))


@pytest.mark.parametrize(
    ("doc", "options"), DOCS, ids=["wire", "mixed-kicker-tags", "relative", "html", "empty", "blank-bom"]
)
def test_extract_output_validates(doc: str | bytes, options: dict[str, Any]) -> None:
    art = newsmeta.extract(doc, **options)
    VALIDATOR.validate(json.loads(art.to_json()))
    VALIDATOR.validate(json.loads(json.dumps(newsmeta.to_dict(art))))


@given(st.text(max_size=400))
def test_any_text_output_validates(text: str) -> None:
    VALIDATOR.validate(json.loads(newsmeta.extract(text).to_json()))


def _valid() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(newsmeta.extract(DOCS[0][0]).to_json())
    return data


@pytest.mark.parametrize(
    "break_it",
    [
        lambda d: d.pop("headline"),
        lambda d: d.update(extra=1),
        lambda d: d.update(dates=[{**d["dates"][0], "precision": "week"}]),
        lambda d: d.update(dates=[{**d["dates"][0], "value": "5 May 2024"}]),
        lambda d: d.update(language={"code": "en", "confidence": 1.5, "alternatives": []}),
        lambda d: d.update(sections=[{**d["sections"][0], "start": -1}]),
    ],
    ids=["missing-key", "unknown-key", "bad-precision", "non-iso-date", "confidence-above-1", "negative-offset"],
)
def test_schema_rejects_wrong_output(break_it: Any) -> None:
    data = _valid()
    assert VALIDATOR.is_valid(data)
    break_it(data)
    assert not VALIDATOR.is_valid(data)

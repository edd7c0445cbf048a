"""Trailing tag lines after the article body."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsmeta.tags import find_tags

BODY = (
    "The council voted on Tuesday to close the old bridge to cars for two years, after engineers "
    "found cracks in two of its supporting pillars during a routine inspection last month."
)

CASES = [
    ("two-tags-at-end", f"Title\n\n{BODY}\n\nNorth Korea\ndefense pact\n", ["North Korea", "defense pact"]),
    (
        "after-updated-line",
        f"Title\n\n{BODY}\n\nUpdated at: 06.21.2024\n\nBridges\nCity council\nTraffic\n",
        ["Bridges", "City council", "Traffic"],
    ),
    (
        "before-next-section",
        f"Title\n\n{BODY}\n\nPuentes\nAyuntamiento\n\nANÁLISIS | Otra historia\n\n{BODY}",
        ["Puentes", "Ayuntamiento"],
    ),
    ("single-tag-last", f"Title\n\n{BODY}\n\nInfrastructure", ["Infrastructure"]),
    ("german", f"Titel\n\n{BODY}\n\nVerkehr\nStadtrat\n", ["Verkehr", "Stadtrat"]),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_tags(text: str, expected: list[str]) -> None:
    got = find_tags(text)
    assert [t.text for t in got] == expected
    for t in got:
        assert t.start is not None and t.end is not None and text[t.start : t.end] == t.text


@pytest.mark.parametrize(
    "text",
    [
        f"Title\n\n{BODY}",
        f"Title\n\n{BODY}\n\nA subheading\n\n{BODY}",
        f"Short\nlines\n\nbefore any body\n\n{BODY}",
        f"Title\n\n{BODY}\n\nShr 12 cts vs 10 cts\nNet 1,200 vs 1,000\n",
        f"Title\n\n{BODY}\n\nThat was all. Thanks for reading!\nSee you.\n",
        f"Title\n\n{BODY}\n\nFlour\nSugar\nEggs\n\n{BODY}",
    ],
    ids=[
        "no-tags",
        "single-subheading-inside-body",
        "short-lines-before-body",
        "figures-table",
        "sentences",
        "list-inside-body",
    ],
)
def test_no_tags(text: str) -> None:
    assert find_tags(text) == ()


@given(st.text(max_size=400))
def test_never_raises_and_offsets_hold(text: str) -> None:
    for t in find_tags(text):
        assert t.start is not None and t.end is not None
        assert text[t.start : t.end] == t.text

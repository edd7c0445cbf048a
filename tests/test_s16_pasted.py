"""Pasted pages (issue #18): a headline said twice on the page."""

from __future__ import annotations

import pytest

from newsmeta.headlines import _features, _page

MENU = ["Skip to content", "Home", "News", "Sport", "Weather", "Opinion", "Culture"]
BODY = (
    "The city council voted on Tuesday to close the old bridge to cars for two years, "
    "after engineers found cracks in two of its supporting pillars during an inspection."
)
BODY2 = (
    "Shop owners on both banks said they feared losing customers, and the council promised a free ferry "
    "across the river for as long as the bridge stays closed to traffic."
)
HEAD = "Old bridge closes for two years"
# Position of the signal "part of a longer line elsewhere on the page" in _features.
_INSIDE = 8


def _inside(lines: list[str], i: int) -> float:
    return _features(_page("\n".join(lines)), i, 0)[_INSIDE]


@pytest.mark.parametrize(
    ("extra", "want"),
    [
        pytest.param(["Share this article: " + HEAD + " | City Courier"], 1.0, id="once-and-in-share-text"),
        pytest.param(["Share this article: " + HEAD + " | City Courier", "Most read", HEAD], 1.0, id="twice"),
        pytest.param(["Most read", HEAD], 0.0, id="twice-in-no-longer-line"),
        pytest.param(
            ["Share: " + HEAD + " | City Courier", HEAD, "Contact", HEAD], 0.0, id="three-times-like-a-menu"
        ),
    ],
)
def test_headline_inside_a_longer_line_counts_when_said_twice(extra: list[str], want: float) -> None:
    lines = [*MENU, HEAD, "By Ann Lee", "March 3, 2024", BODY, BODY2, *extra]
    assert _inside(lines, len(MENU)) == want

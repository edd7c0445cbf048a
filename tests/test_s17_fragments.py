"""A page trafilatura finds no article in keeps its text (never a lost document): its visible text
is read instead, and a warning says so; the page's markup still gives its date."""

from __future__ import annotations

import pytest

import newsmeta


@pytest.mark.parametrize(
    ("doc", "text"),
    [
        pytest.param("Rain fell.<br>Roads closed.<br>", "Rain fell.\nRoads closed.", id="line-breaks-only"),
        pytest.param(
            "Storm warning.<br><span>Roads closed.</span><br><script>track()</script>",
            "Storm warning.\nRoads closed.",
            id="spans-and-a-script",
        ),
    ],
)
def test_visible_text_when_no_article(doc: str | bytes, text: str) -> None:
    art = newsmeta.extract(doc)
    assert art.text == text
    assert art.warnings == ("no article text found in the HTML; its visible text is read instead",)


def test_markup_date_of_a_page_without_article() -> None:
    page = (
        b'<html><head><meta property="article:published_time" content="2024-03-01T10:00:00Z">'
        b"<title>Note</title></head><body><span>Short note.</span></body></html>"
    )
    art = newsmeta.extract(page)
    assert art.published is not None
    assert str(art.published.value) == "2024-03-01 10:00:00+00:00"

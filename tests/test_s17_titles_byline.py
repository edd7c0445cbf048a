"""An <h1> that prints a byline in an element of its own after the title (issue #18): the title is
the headline, the byline is not part of it."""

from __future__ import annotations

import pytest

import newsmeta

BODY = b"<p>" + b"The storm moved east overnight and the airports reopened by the morning. " * 6 + b"</p>"


def _page(h1: bytes) -> bytes:
    return b"<html><head><title>News</title></head><body><article>" + h1 + BODY + b"</article></body></html>"


@pytest.mark.parametrize(
    ("h1", "want"),
    [
        pytest.param(
            "<h1><span>米朝首脳直通電話　習氏に挑むトランプ戦術の成否</span><br/><span>編集委員　中沢克二</span></h1>",
            "米朝首脳直通電話 習氏に挑むトランプ戦術の成否",
            id="japanese-editor-byline",
        ),
        pytest.param(
            "<h1><span>Storm hits the coast overnight</span><br><small>By Ann Lee</small></h1>",
            "Storm hits the coast overnight",
            id="english-by",
        ),
        pytest.param(
            "<h1>By the numbers: the storm in five charts</h1>",
            "By the numbers: the storm in five charts",
            id="by-in-the-title",
        ),
        pytest.param(
            "<h1><span>Von</span> <span>der Leyen wins a second term</span></h1>",
            "Von der Leyen wins a second term",
            id="name-opening-with-von",
        ),
    ],
)
def test_byline_in_h1(h1: str, want: str) -> None:
    head = newsmeta.extract(_page(h1.encode())).headline
    assert head is not None
    assert head.text.replace("\u3000", " ") == want

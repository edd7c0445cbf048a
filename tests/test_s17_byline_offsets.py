"""An author's offsets index the text only where the name stands there as said (found by the fuzzer:
a byline whose spaces were tidied kept the offsets of the untidied name)."""

from __future__ import annotations

import pytest

import newsmeta

BODY = "Rain fell on Monday across the region, and roads were closed in the north for hours."


@pytest.mark.parametrize(
    ("byline", "name", "offsets"),
    [
        pytest.param("By Ann Lee", "Ann Lee", True, id="as-written"),
        pytest.param("By Ann    Lee", "Ann Lee", False, id="spaces-tidied"),
    ],
)
def test_author_offsets(byline: str, name: str, offsets: bool) -> None:
    text = f"Rain returns\n\n{byline}\n\n{BODY}"
    (author,) = newsmeta.extract(text).authors
    assert author.name == name
    if offsets:
        assert author.start is not None and author.end is not None
        assert text[author.start : author.end] == name
    else:
        assert author.start is None and author.end is None

"""Authors from bylines, with affiliations and exact offsets; no author invented."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsmeta.bylines import find_authors

BODY = "LONDON, March 3 - The council voted on Tuesday to close the bridge for two years.\n"

CASES = [
    ("two-authors", f"Title\n\nBy Jane Doe and John Roe\n\n{BODY}", [("Jane Doe", None), ("John Roe", None)]),
    ("spanish", f"Título\n\nPor María López\n\n{BODY}", [("María López", None)]),
    ("affiliation", f"Title\n\nby Janie Gabbett, Reuters\n\n{BODY}", [("Janie Gabbett", "Reuters")]),
    ("upper-case-name", f"TITLE\n\nBy TED D'ARCY, REUTERS\n\n{BODY}", [("TED D'ARCY", "REUTERS")]),
    (
        "comma-list",
        f"Title\nBy Jessica Holly, Gail Levy, 7 News\nMarch 3, 2024\n{BODY}",
        [("Jessica Holly", "7 News"), ("Gail Levy", "7 News")],
    ),
    ("glued-by", f"Title\nByJ.R. Stone\nThursday\n{BODY}", [("J.R. Stone", None)]),
    ("german-und", f"Titel\n\nVon Anna Schmidt und Max Weber\n\n{BODY}", [("Anna Schmidt", None), ("Max Weber", None)]),
    ("french-role", f"Titre\n\nPar Jean Dupont, envoyé spécial\n\n{BODY}", [("Jean Dupont", "envoyé spécial")]),
    ("byline-with-date", f"Title\n\nBy Ann Lee | March 3, 2024\n\n{BODY}", [("Ann Lee", None)]),
    ("byline-date-no-separator", f"Title\nBy Ann Lee March 3, 2024\n{BODY}", [("Ann Lee", None)]),
    ("particle", f"Title\n\nBy Ana de la Cruz\n\n{BODY}", [("Ana de la Cruz", None)]),
    ("handle-after-name", f"Title\n\nBy Ann Lee @annlee\n\n{BODY}", [("Ann Lee", None)]),
    ("url-after-name", f"Title\n\nBy Ann Lee https://twitter.com/annlee\n\n{BODY}", [("Ann Lee", None)]),
    ("media-group", f"Title\n\nBy Ann Lee, Coast Media Group\n\n{BODY}", [("Ann Lee", "Coast Media Group")]),
    ("chinese-label", f"标题\n\n作者：李明\n\n{BODY}", [("李明", None)]),
    ("list-with-ampersand", f"Title\n\nBy Ann Lee, Bo Roe & Cy Doe\n\n{BODY}",
     [("Ann Lee", None), ("Bo Roe", None), ("Cy Doe", None)]),
    ("oxford-comma", f"Title\n\nBy Ann Lee, Bo Roe, and Cy Doe\n\n{BODY}",
     [("Ann Lee", None), ("Bo Roe", None), ("Cy Doe", None)]),
    ("updated-after-name", f"Title\n\nBy Ann Lee Updated March 3, 2024\n\n{BODY}", [("Ann Lee", None)]),
    ("follow-button", f"Title\n\nBy Ann Lee Follow\n\n{BODY}", [("Ann Lee", None)]),
    ("view-all-posts", f"Title\n\nView all posts by Ann Lee\n\n{BODY}", [("Ann Lee", None)]),
    ("same-name-twice", f"Title\n\nBy ANN LEE and Ann Lee\n\n{BODY}", [("ANN LEE", None)]),
    ("publication-after-comma", f"Title\n\nBy Ann Lee, The Coast Gazette\n\n{BODY}",
     [("Ann Lee", "The Coast Gazette")]),
    ("handle-in-brackets", f"Title\n\nBy Ann Lee (@annlee)\n\n{BODY}", [("Ann Lee", None)]),
    ("on-and-a-date", f"Title\n\nBy Ann Lee on March 3, 2024\n\n{BODY}", [("Ann Lee", None)]),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_byline(text: str, expected: list[tuple[str, str | None]]) -> None:
    got = find_authors(text)
    assert [(a.name, a.affiliation) for a in got] == expected
    for a in got:
        assert a.start is not None and a.end is not None and text[a.start : a.end] == a.name
        assert str(a) == a.name


@pytest.mark.parametrize(
    "text",
    [
        f"Title\n\n{BODY}",
        "PORT MORESBY PLANS AGENCY\n\nPORT MORESBY, March 5 - The government will set up an agency.",
        "Title\n\nThe notes will be offered through an underwriting group led\n"
        "by Merrill Lynch Capital Markets and Co.",
        "Title\n\nBy the way, this line is running text and names nobody at all.",
        "Title\n\nBy Associated Press Staff\n\nText.",
        "",
    ],
    ids=["none", "por-in-place-name", "by-continuing-a-sentence", "by-the-way", "organisation-only", "empty"],
)
def test_no_author_invented(text: str) -> None:
    assert find_authors(text) == ()


@given(st.text(max_size=300))
def test_never_raises_and_offsets_hold(text: str) -> None:
    for a in find_authors(text):
        assert a.start is not None and a.end is not None
        assert text[a.start : a.end] == a.name


@given(st.sampled_from(["Ann Lee", "José María Pérez", "Mary-Jane O'Neil"]), st.sampled_from(["By", "Por", "Par"]))
def test_generated_bylines(name: str, by: str) -> None:
    text = f"Headline\n\n{by} {name}\n\n{BODY}"
    assert [a.name for a in find_authors(text)] == [name]

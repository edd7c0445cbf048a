"""HTML authors as the page writes them (issue #18): a list's names keep their initials' full stops,
which trafilatura drops; a legal form ends a company's name, it is not a name's initials; Drupal's
"Submitted" is no name."""

from __future__ import annotations

import pytest

import newsmeta

BODY = b"<p>" + b"The storm moved east overnight and the airports reopened by the morning. " * 6 + b"</p>"


def _page(head: bytes, byline: bytes = b"") -> bytes:
    return (
        b"<html><head>"
        + head
        + b"<title>Storm ends</title></head><body><article><h1>Storm ends</h1>"
        + byline
        + BODY
        + b"</article></body></html>"
    )


@pytest.mark.parametrize(
    ("page", "want"),
    [
        pytest.param(
            _page(b'<meta name="author" content="Dana A. Ford, James S.A. Corey, and Tom Watkins, CNN">'),
            ["Dana A. Ford", "James S.A. Corey", "Tom Watkins"],
            id="initials-in-a-meta-list",
        ),
        pytest.param(
            _page(b'<meta name="author" content="J.R. Moehringer and Ann Lee">'),
            ["J.R. Moehringer", "Ann Lee"],
            id="initials-first",
        ),
        pytest.param(
            _page(b"", b'<p class="byline">By Mary K. Jones</p>'),
            ["Mary K. Jones"],
            id="byline",
        ),
        pytest.param(
            _page(b"", b'<span class="submitted-by">Submitted on Mon, 2019-01-21 13:49</span>'),
            [],
            id="drupal-submitted-on",
        ),
    ],
)
def test_authors_as_written(page: bytes, want: list[str]) -> None:
    assert [a.name for a in newsmeta.extract(page).authors] == want


@pytest.mark.parametrize(
    ("name", "person"),
    [
        pytest.param("James S.A. Corey", True, id="initials-like-a-legal-form"),
        pytest.param("Acme S.A.", False, id="legal-form-last"),
        pytest.param("Nordic Paper AB", False, id="swedish-company"),
        pytest.param("Ina Berg", True, id="plain"),
    ],
)
def test_legal_form_ends_a_name(name: str, person: bool) -> None:
    from newsmeta.html_authors import _person

    assert (_person(name, set()) is not None) is person

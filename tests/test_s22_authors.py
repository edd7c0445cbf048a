"""HTML authors, session 22 (issue #18): the credit the markup states under a long story
(``itemprop=author`` in the article's own footer, past the part of the page read by the
headline), and never the credit of another story listed further down."""

from __future__ import annotations

import pytest

import newsmeta
from newsmeta.html_authors import _person

# a story long enough that its end lies well past the part of the page read for credits
LONG = "".join(f"<p>Paragraph {k}: the council voted on the harbour plan after a long debate on costs, "
               "dredging and the fishing fleet's berths.</p>" for k in range(120))


def page(after: str) -> bytes:
    return ("<html lang='en'><head><title>Harbour plan approved</title></head><body><main><article>"
            f"<h1>Harbour plan approved</h1>{LONG}{after}</article></main></body></html>").encode()


CASES = [
    ("article-footer-box",
     "<div class='article-footer-box'><p><strong>Authors</strong><br><span itemprop='author'>Ina Berg</span></p></div>",
     ["Ina Berg"]),
    ("post-footer", "<div class='post-footer'>Posted by <a rel='author' href='/people/bo-roe'>Bo Roe</a></div>",
     ["Bo Roe"]),
    ("article-footer-element", "<footer><span itemprop='author'>Ina Berg</span></footer>", ["Ina Berg"]),
    # (a list of other stories: items dated each, an author each)
    ("related-list", "<ul>" + "".join(f"<li><a href='/s/{k}'>Story {k}</a> <span itemprop='author'>{name}</span> "
                                      f"<time datetime='2024-04-0{k}'>April {k}</time></li>"
                                      for k, name in ((1, "Cy Doe"), (2, "Di Poe"), (3, "Ed Loe"))) + "</ul>", []),
    # (but a list of the article's own authors is theirs)
    ("authors-list", "<ul class='authors'><li itemprop='author'>Ina Berg</li><li itemprop='author'>Bo Roe</li></ul>",
     ["Ina Berg", "Bo Roe"]),
    ("aside", "<aside><span itemprop='author'>Cy Doe</span></aside>", []),
    ("page-footer", "</article></main><footer><span itemprop='author'>Cy Doe</span></footer><main><article>", []),
]


@pytest.mark.parametrize(("after", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_credit_under_a_long_story(after: str, expected: list[str]) -> None:
    assert [a.name for a in newsmeta.extract(page(after)).authors] == expected


def test_credit_by_the_headline_still_first() -> None:
    html = page("<div class='article-footer-box'><span itemprop='author'>Bo Roe</span></div>").replace(
        b"<h1>Harbour plan approved</h1>", b"<h1>Harbour plan approved</h1><p class='byline'>By Ina Berg</p>")
    assert [a.name for a in newsmeta.extract(html).authors][:1] == ["Ina Berg"]


# Credit lines as the web's languages write them: a label to cut, an affiliation or the agencies'
# share after the name.
PERSON_CASES = [
    ("opinion-by", "Opinion by Ina Berg", "Ina Berg"),
    ("guest-post-by", "Guest post by Ina Berg", "Ina Berg"),
    ("analysis-by", "Analysis by Ina Berg", "Ina Berg"),
    ("gastbeitrag-von", "Ein Gastbeitrag von Ina Berg", "Ina Berg"),
    ("mit-material-von-dpa", "Ina Berg mit Material von dpa", "Ina Berg"),
    ("mit-dpa-in-brackets", "Ina Berg (mit dpa)", "Ina Berg"),
    ("with-wire-services", "Ann Lee, with wire services", "Ann Lee"),
    ("with-additional-reporting", "Ann Lee, with additional reporting by Reuters", "Ann Lee"),
    ("pt-da-folha", "Por Ana Souza, da Folha", "Ana Souza"),
    ("en-of-the-times", "By Ann Lee, of The Harbour Times", "Ann Lee"),
    ("ar-biqalam", "بقلم: أحمد علي", "أحمد علي"),
    ("ar-kataba", "كتب - أحمد علي", "أحمد علي"),
    ("he-meet", "מאת דנה לוי", "דנה לוי"),
    ("hu-szerzo", "Szerző: Kovács Anna", "Kovács Anna"),
    # (what the rules must leave alone)
    ("particle-name", "Jan de Vries, Berlin", "Jan de Vries"),
    ("two-names", "Ina Berg, Bo Roe", "Ina Berg, Bo Roe"),
    ("mit-in-a-name", "Mitra Ahmadi", "Mitra Ahmadi"),
    ("with-a-coauthor-word", "Ina Withers", "Ina Withers"),
]


@pytest.mark.parametrize(("raw", "expected"), [c[1:] for c in PERSON_CASES], ids=[c[0] for c in PERSON_CASES])
def test_person(raw: str, expected: str) -> None:
    assert _person(raw, set()) == expected

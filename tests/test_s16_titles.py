"""HTML titles (session 16): rules that hold on pages of sites not seen before."""

from __future__ import annotations

import pytest

from newsmeta.html_input import read_html

BODY = "<p>" + "Der Gemeinderat stimmte nach langer Debatte über die Kosten dem neuen Hafenplan zu. " * 6 + "</p>"


def headline(head: str, body: str = BODY, url: str | None = None) -> str | None:
    doc = read_html(f"<html><head>{head}</head><body>{body}</body></html>", url=url)
    return doc.headline.text if doc.headline else None


# A <title> none of whose parts is a known site name is kept whole: its dash or colon may be the
# headline's own (a title and its subtitle), and no rule can tell the longest part is the headline.
WHOLE = [
    ("dash-subtitle", "Die Haubenfahrzeuge der Nachkriegszeit und ihre Geschichte - Teil 49"),
    ("dash-deck", "Der Gemeinderat stimmt dem neuen Hafenplan zu – ein Kommentar"),
]


@pytest.mark.parametrize("title", [c[1] for c in WHOLE], ids=[c[0] for c in WHOLE])
def test_a_title_without_a_known_site_part_is_kept_whole(title: str) -> None:
    assert headline(f"<title>{title}</title>", url="https://hafen.example/a/1") == title


def test_a_known_site_part_is_still_cut() -> None:
    head = ("<title>Der Hafenplan kommt nach langer Debatte | Hafenblatt</title>"
            "<meta property='og:site_name' content='Hafenblatt'>")
    assert headline(head, url="https://hafen.example/a/1") == "Der Hafenplan kommt nach langer Debatte"

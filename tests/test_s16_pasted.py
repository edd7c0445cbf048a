"""Pasted pages (issue #18): a headline said twice on the page, a heading pasted with a space before its
colon, and an article below a very long menu."""

from __future__ import annotations

import pytest

from newsmeta.headlines import _features, _page, find_headline

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


@pytest.mark.parametrize(
    ("lines", "want"),
    [
        pytest.param(
            [
                *MENU,
                "Verkehr : Alte Brücke bleibt zwei Jahre gesperrt",
                "Von Anna Lehmann",
                "3. März 2024",
                "Der Stadtrat hat am Dienstag beschlossen, die alte Brücke für zwei Jahre für Autos zu sperren, "
                "nachdem Ingenieure Risse in zwei Pfeilern gefunden hatten.",
                "Die Ladenbesitzer an beiden Ufern fürchten nun, Kundschaft zu verlieren; die Stadt verspricht "
                "eine kostenlose Fähre über den Fluss.",
                "Artikel teilen",
                "Verkehr: Alte Brücke bleibt zwei Jahre gesperrt",
                "Impressum",
            ],
            "Verkehr: Alte Brücke bleibt zwei Jahre gesperrt",
            id="written-form-elsewhere",
        ),
        pytest.param(
            [
                *MENU,
                "Circulation : le vieux pont fermé pour deux ans",
                "Par Anne Leroy",
                "3 mars 2024",
                "Le conseil municipal a décidé mardi de fermer le vieux pont aux voitures pendant deux ans, "
                "après que des ingénieurs ont trouvé des fissures dans deux de ses piliers.",
                "Les commerçants des deux rives craignent de perdre des clients, et la ville promet un bac "
                "gratuit pour traverser le fleuve.",
            ],
            "Circulation : le vieux pont fermé pour deux ans",
            id="french-spacing-kept",
        ),
    ],
)
def test_heading_with_spaced_colon_takes_the_pages_written_form(lines: list[str], want: str) -> None:
    text = "\n".join(lines)
    head = find_headline(text)[0]
    assert head is not None
    assert head.text == want
    assert text[head.start : head.end] == want


@pytest.mark.parametrize("items", [pytest.param(100, id="short-menu"), pytest.param(760, id="mega-menu")])
def test_article_below_a_long_menu(items: int) -> None:
    menu = [f"Rubrik {k}" for k in range(items)]
    text = "\n".join([*menu, HEAD, "By Ann Lee", "March 3, 2024", BODY, BODY2])
    head = find_headline(text)[0]
    assert head is not None
    assert head.text == HEAD

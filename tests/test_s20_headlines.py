"""Pasted pages (#18): dates in more languages mark header lines; a line that is only a date is no headline."""

from __future__ import annotations

import pytest

from newsmeta.headlines import _CAPTION, _DATEISH, _is_furniture, _title_like

# (id, line, reads as a date)
MONTHS = [
    ("fr-day-month", "Publié le 19 juin 2024 à 08h12", True),
    ("fr-first", "1er août 2023", True),
    ("es-de", "5 de junio de 2024", True),
    ("es-month-year", "junio de 2024", True),
    ("it-day-month", "3 giugno 2022", True),
    ("pt-de", "12 de março de 2021", True),
    ("nl-day-month", "4 mei 2023", True),
    # month names inside ordinary words or with no number stay words
    ("es-no-number", "Agosto rojo en la costa", False),
    ("it-no-number", "Il maggio dei libri", False),
]


@pytest.mark.parametrize(("line", "dated"), [c[1:] for c in MONTHS], ids=[c[0] for c in MONTHS])
def test_months_of_more_languages_read_as_dates(line: str, dated: bool) -> None:
    assert bool(_DATEISH.search(line)) is dated


# (id, line, title-like)
DATE_LINES = [
    ("day-month-time-zone", "19 FEB 2020 - 18:37 CET", False),
    ("weekday-date", "Monday, March 3, 2024", False),
    ("headline-with-date", "Council votes on March 3 to close the old bridge", True),
    ("headline-with-year", "Olympia 2022: second case in the team", True),
]


@pytest.mark.parametrize(("line", "title"), [c[1:] for c in DATE_LINES], ids=[c[0] for c in DATE_LINES])
def test_a_line_that_is_only_a_date_is_no_title(line: str, title: bool) -> None:
    assert _title_like(line) is title


# (id, line, is furniture): interface lines of more languages are furniture, never a headline; headlines
# that open with such a word's letters stay headlines
MORE_INTERFACE = [
    ("sv-login", "Logga in", True),
    ("no-search", "Søk", True),
    ("sv-read-also", "Läs också: Regeringen presenterar budgeten för nästa år", True),
    ("pl-login", "Zaloguj się", True),
    ("pl-share", "Udostępnij", True),
    ("pl-read-also", "Czytaj także: Rząd przyjął budżet na przyszły rok", True),
    ("ru-login", "Войти", True),
    ("ru-search", "Поиск по сайту", True),
    ("ru-read-also", "Читайте также: Правительство утвердило бюджет на следующий год", True),
    ("tr-subscribe", "Abone ol", True),
    ("tr-home", "Ana sayfa", True),
    ("ja-login", "ログイン", True),
    ("ja-related", "関連記事", True),
    ("ko-search", "검색", True),
    ("zh-home", "首页", True),
    ("pl-reklamacje", "Reklamacje klientów rosną w Polsce", False),
    ("nl-menusuggesties", "Menusuggesties voor de kerst", False),
    ("sv-sokes", "Sökes: lärare till skolan i Malmö", False),
]


@pytest.mark.parametrize(("line", "furniture"), [c[1:] for c in MORE_INTERFACE], ids=[c[0] for c in MORE_INTERFACE])
def test_interface_lines_in_more_languages_are_furniture(line: str, furniture: bool) -> None:
    assert _is_furniture(line) is furniture
    assert _title_like(line) is not furniture


# (id, line, a caption): a caption's hidden label glued to the caption's text when the page is pasted
CAPTIONS = [
    ("media-caption", "Media captionDrone footage shows mass burials in New York", True),
    ("headline-with-media", "Media companies cut jobs as advertising falls", False),
]


@pytest.mark.parametrize(("line", "caption"), [c[1:] for c in CAPTIONS], ids=[c[0] for c in CAPTIONS])
def test_glued_caption_label_marks_a_caption(line: str, caption: bool) -> None:
    assert bool(_CAPTION.search(line)) is caption

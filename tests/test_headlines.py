"""Headlines, kickers and decks from plain text: clean article text and pasted web pages."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsmeta.headlines import (
    _BYLINE,
    _CAPTION,
    _COMMENTS_ON,
    _extra,
    _norm,
    _page,
    _title_like,
    _trail_names,
    _truncated,
    _words,
    find_headline,
    heading_at,
    headline_in_text,
)
from newsmeta.records import Headline

BODY = (
    "The city council voted on Tuesday to close the old bridge to cars for two years, "
    "after engineers found cracks in two of its supporting pillars during an inspection."
)
BODY_DE = (
    "Heute früh lag der Nebel so dicht über dem Tal, dass man die Kirchturmspitze nicht mehr sehen konnte. "
    "Erst gegen Mittag kam die Sonne durch, und der Hund wollte endlich hinaus auf die Wiese."
)

CLEAN = [
    ("title-case", f"Council Closes Old Bridge for Repairs\n\n{BODY}", "Council Closes Old Bridge for Repairs", None),
    (
        "sentence-case",
        f"Council closes old bridge for repairs\n\n{BODY}",
        "Council closes old bridge for repairs",
        None,
    ),
    (
        "wire-slug",
        "ACME CORP <ACM> 4TH QTR NET\n\nDALLAS, March 3 - Shr 12 cts vs 10 cts\n    Net 1.2 mln vs 1.0 mln",
        "ACME CORP <ACM> 4TH QTR NET",
        None,
    ),
    (
        "slug-ending-abbreviation",
        f"TRADE TALKS SEEN HELPING U.S.\n\nBy Ann Lee, Reuters\n\n{BODY}",
        "TRADE TALKS SEEN HELPING U.S.",
        None,
    ),
    (
        "kicker-pipe",
        f"ANÁLISIS | El puente viejo cierra dos años\n\n{BODY}",
        "El puente viejo cierra dos años",
        "ANÁLISIS",
    ),
    (
        "kicker-colon",
        f"EXCLUSIVE: Council hid bridge report for months\n\n{BODY}",
        "Council hid bridge report for months",
        "EXCLUSIVE",
    ),
    (
        "kicker-dash",
        f"BREAKING — Bridge closed after cracks found\n\n{BODY}",
        "Bridge closed after cracks found",
        "BREAKING",
    ),
    (
        "colon-in-title-is-not-kicker",
        f"Italy: bridge closed after cracks found\n\n{BODY}",
        "Italy: bridge closed after cracks found",
        None,
    ),
    (
        "leading-blank-lines",
        f"\n\n  Bridge closed after cracks found  \n\n{BODY}",
        "Bridge closed after cracks found",
        None,
    ),
    (
        "german",
        "Brücke wegen Rissen gesperrt\n\nBERLIN (dpa) - Der Stadtrat hat am Dienstag beschlossen, die alte "
        "Brücke für zwei Jahre zu sperren, nachdem Ingenieure Risse entdeckt hatten.",
        "Brücke wegen Rissen gesperrt",
        None,
    ),
    (
        "french",
        "Le vieux pont fermé pour deux ans\n\nPARIS — Le conseil municipal a voté mardi la fermeture du vieux "
        "pont aux voitures pour deux ans, après la découverte de fissures.",
        "Le vieux pont fermé pour deux ans",
        None,
    ),
    ("short-text", "Second\n\nMore text.", "Second", None),
]


@pytest.mark.parametrize(("text", "headline", "kicker"), [c[1:] for c in CLEAN], ids=[c[0] for c in CLEAN])
def test_clean_text_headline(text: str, headline: str, kicker: str | None) -> None:
    h, _ = find_headline(text)
    assert h is not None
    assert h.text == headline
    assert text[h.start : h.end] == h.text
    if kicker is None:
        assert h.kicker is None
    else:
        assert h.kicker is not None and h.kicker.text == kicker
        assert text[h.kicker.start : h.kicker.end] == kicker


def test_deck_after_headline() -> None:
    text = f"Bridge closed\n\nEngineers found cracks in two pillars during an inspection.\n\nLONDON (Reuters) - {BODY}"
    h, subs = find_headline(text)
    assert h is not None and h.text == "Bridge closed"
    assert [s.text for s in subs] == ["Engineers found cracks in two pillars during an inspection."]
    assert all(text[s.start : s.end] == s.text for s in subs)


KNOWN = [
    ("top-line", f"Bridge closed\n\n{BODY}", "Bridge closed", 0),
    ("other-case-and-punctuation", f"Menu\nBRIDGE CLOSED!\n\n{BODY}", "Bridge closed", 5),
    ("not-in-text", f"Menu\n\n{BODY}", "Bridge closed", None),
    ("only-the-top-is-read", "\n".join(["Menu item"] * 60) + f"\nBridge closed\n\n{BODY}", "Bridge closed", None),
    ("no-words", f"Bridge closed\n\n{BODY}", " | ", None),
]


@pytest.mark.parametrize(("text", "title", "start"), [c[1:] for c in KNOWN], ids=[c[0] for c in KNOWN])
def test_headline_in_text(text: str, title: str, start: int | None) -> None:
    h, subs = headline_in_text(text, title)
    if start is None:
        assert (h, subs) == (None, ())
    else:
        assert h is not None and h.start == start and text[h.start : h.end] == h.text


def test_deck_after_a_known_headline() -> None:
    text = f"Bridge closed\n\nEngineers found cracks in two pillars during an inspection.\n\n{BODY}"
    assert [s.text for s in headline_in_text(text, "Bridge closed")[1]] == [
        "Engineers found cracks in two pillars during an inspection."
    ]


def test_byline_and_dateline_are_not_decks() -> None:
    text = f"Bridge closed\n\nBy Jane Doe and John Roe\n\nLONDON (Reuters) - {BODY}"
    assert find_headline(text)[1] == ()


PAGES = [
    (
        "menu-then-title-then-byline",
        "Skip to content\nHome\nNews\nSport\nWeather\nCulture\nLog in\n"
        "Council closes old bridge for two years\nBy Jane Doe\nMarch 3, 2024\nShare\n"
        f"{BODY}\nA second paragraph follows, with more detail about the repairs and their cost to the city.\n",
        "Council closes old bridge for two years",
    ),
    (
        "breadcrumb-repeats-title",
        "Stadtblatt\nStartseite\nLokales\nVerkehr\n"
        "Sie befinden sich hier: Startseite » Lokales » Alte Brücke gesperrt\n"
        "Anzeige\nAlte Brücke gesperrt\n12.03.2024\n"
        "Der Stadtrat hat am Dienstag beschlossen, die alte Brücke für zwei Jahre zu sperren, nachdem "
        "Ingenieure bei einer Prüfung Risse in zwei Pfeilern entdeckt hatten. Autos müssen umgeleitet werden.\n",
        "Alte Brücke gesperrt",
    ),
    (
        "cookie-notice-before-article",
        "We use cookies to improve your experience on our site and to show you relevant advertising. "
        "By continuing to browse you agree to our use of cookies.\nAccept\nMy Blog\nAbout\nArchive\n"
        "Ten years of growing tomatoes on a balcony\nPosted on 2 May 2021 by tomfan\n"
        "When I moved into this flat ten years ago, the balcony was bare concrete and a broken chair. "
        "Today it feeds us from July to October, and this is how it happened, one pot at a time.\n"
        "Comments\nLeave a reply\n",
        "Ten years of growing tomatoes on a balcony",
    ),
    (
        "short-title-ends-in-full-stop",
        "Das Leben und ich\nStartseite\nÜber mich\nArchiv\nKontakt\nImpressum\nDatenschutz\nKategorien\n"
        "Alltag\nHund\nReisen\nEin Morgen im dichten Nebel.\nVeröffentlicht am 24. Januar 2020 von Anna\n"
        f"{BODY_DE}\nKommentare\n",
        "Ein Morgen im dichten Nebel.",
    ),
    (
        "teaser-sentence-gives-way",
        "Kulturblatt\nMenü\nBuch\nFilm\nMusik\nBühne\nKunst\nSuche\nLogin\nAbo\nAktuellRezensionSachbuch\n"
        "Unstillbares Heimweh\nIn seinem neuen Essay erkundet der Autor ein paradoxes Gefühl zwischen "
        "Traurigkeit und Trost, das uns alle kennt.\nFrank Hahn am 18. September 2019\n"
        f"{BODY_DE}\n{BODY_DE}\n",
        "Unstillbares Heimweh",
    ),
    (
        "breadcrumb-ends-with-title",
        "Sternwarte Blog\nStartseite\nAstro-Bilder\nTechnik\nBücher\nKontakt\nImpressum\nSuche nach:\n"
        "StartseiteAstro-BilderPlejaden, M45\nPlejaden, M45\nSternstrahlen im Winter\n"
        f"{BODY_DE}\n{BODY_DE}\n",
        "Plejaden, M45",
    ),
    (
        "cookie-notice-is-no-prose-before",
        "Harbour Town News – local news from the harbour\nWe use cookies to give you the best experience on "
        "our website and to show you relevant advertising. By continuing to browse you agree to our use of "
        "cookies.\nAccept\nHome\nNews\nSport\nWeather\nCulture\nLog in\nOld bridge closed\nMarch 3, 2024\n"
        f"{BODY}\n",
        "Old bridge closed",
    ),
    (
        "label-stays-with-page-headline",
        "Gewerkschaftsblatt\nStartseite\nThemen\nPresse\nTermine\nKontakt\nSuche\nLogin\nAbo\nMenü\n"
        "DGB: Brückensperrung zeigt die Versäumnisse der letzten Jahre\n12.03.2024\n"
        f"{BODY_DE}\n{BODY_DE}\n",
        "DGB: Brückensperrung zeigt die Versäumnisse der letzten Jahre",
    ),
    (
        "shortened-teaser-copy-gives-way",
        "Marketing Blog\nStartseite\nSEO\nSocial\nAds\nE-Mail\nTools\nJobs\nSuche\nLogin\nSocial Media\n"
        "Instagram arbeitet an neuer...\nInstagram arbeitet an neuer Videofunktion für Stories\n"
        f"Ann Lee | 06.11.23\n{BODY}\n{BODY}\n",
        "Instagram arbeitet an neuer Videofunktion für Stories",
    ),
    (
        "section-above-deck-below",
        "City News\nHome\nLocal\nSport\nWeather\nLog in\nTransport\nOld bridge closes for two years\n"
        "Engineers found cracks in two pillars, and drivers face long detours until 2026.\nBy Jane Doe\n"
        f"March 3, 2024\n{BODY}\n{BODY}\n",
        "Old bridge closes for two years",
    ),
    (
        # a menu is often printed twice (header and footer, phone and desktop): repeating is no sign
        "menu-line-repeated-in-footer",
        "City News\nHome\nLocal\nSport\nWeather\nLocal politics and transport\nOld bridge closes\n"
        f"March 3, 2024\n{BODY}\n{BODY}\nMore from City News\nLocal politics and transport\nHome\nLocal\n"
        "Sport\nWeather\n",
        "Old bridge closes",
    ),
    (
        # the trail's last item names the page: the headline, without the trail
        "breadcrumb-line-ends-with-title",
        "Kanzlei Blog\nStartseite\nRatgeber\nKontakt\nImpressum\n"
        "home / Ratgeber / Alte Brücke: Was Anwohner jetzt wissen müssen\n"
        f"{BODY_DE}\n{BODY_DE}\n",
        "Alte Brücke: Was Anwohner jetzt wissen müssen",
    ),
    (
        # a list entry's date printed before its title, the two run together on copying
        "date-before-title",
        "Skiverband\nStartseite\nNews & mehr\nTeams\nKalender\nKontakt\n"
        "23.01.2022 - Anna Berger gewinnt das letzte Rennen vor Heimpublikum\n"
        f"{BODY_DE}\n{BODY_DE}\n",
        "Anna Berger gewinnt das letzte Rennen vor Heimpublikum",
    ),
    (
        # a line break inside the heading, after its dash: the title goes on below
        "heading-broken-after-its-dash",
        "Stylegarten\nStartseite\nBeauty\nMode\nReisen\nKontakt\n"
        "Naturkosmetik –\ndie gesündere Alternative?\n"
        f"{BODY_DE}\n{BODY_DE}\n",
        "Naturkosmetik –\ndie gesündere Alternative?",
    ),
    (
        "caption-between-byline-and-body",
        "Nature Weekly\nHome\nAnimals\nEnvironment\nTravel\nSubscribe\n"
        "Wild goats ruled this island for a century. Now it is being reborn\nBy Michael Hingston\n"
        "The rocky island, once stripped of its plants by goats and rats.\nPhotograph by Ed Marshall\n"
        f"{BODY}\n{BODY}\n",
        "Wild goats ruled this island for a century. Now it is being reborn",
    ),
]


@pytest.mark.parametrize(("text", "headline"), [c[1:] for c in PAGES], ids=[c[0] for c in PAGES])
def test_pasted_page_headline(text: str, headline: str) -> None:
    h, _ = find_headline(text)
    assert h is not None
    assert h.text == headline
    assert text[h.start : h.end] == h.text


SIGNALS = [
    # (id, page lines, line index, signal index in _extra, fires)
    ("crumb-tail", ["Home › Astro › Plejaden, M45", "Plejaden, M45", BODY], 1, 0, True),
    ("crumb-not-tail", ["Home › Plejaden, M45 › Astro", "Plejaden, M45", BODY], 1, 0, False),
    ("lone-byline-soon", ["Robot draws blood better than nurses", "By", "Todd Bates", BODY], 0, 1, True),
    ("date-soon", ["Robot draws blood better than nurses", "Share", "March 3, 2024", BODY], 0, 1, True),
    ("no-meta-before-prose", ["Robot draws blood better than nurses", BODY, "By", "Todd Bates"], 0, 1, False),
    (
        "teaser-after-title",
        ["Downloading Python", "Before you start, you will need Python on your computer.", BODY],
        1,
        2,
        True,
    ),
    ("title-is-no-teaser", ["Downloading Python", "Before you start, you will need Python", BODY], 1, 2, False),
    ("cookie-line", ["Cookies aktivieren", BODY], 0, 3, True),
    ("login-line", ["Can't sign in? Forgot your password?", BODY], 0, 3, True),
    ("news-line", ["Council closes the old bridge", BODY], 0, 3, False),
]


@pytest.mark.parametrize(
    ("page_lines", "i", "k", "fires"), [c[1:] for c in SIGNALS], ids=[c[0] for c in SIGNALS]
)
def test_page_line_signals(page_lines: list[str], i: int, k: int, fires: bool) -> None:
    page = _page("\n".join(page_lines))
    s = page.lines[i].text
    prv_title = i > 0 and not page.prose[i - 1] and _title_like(page.lines[i - 1].text)
    assert (_extra(page, i, s, _norm(s), _words(s), prv_title)[k] == 1.0) is fires


TRUNCATED = [
    # (id, page lines, line index, a shortened copy of a line near it)
    ("teaser-above", ["Instagram tests new...", "Instagram tests new video stories", BODY], 0, True),
    ("teaser-below", ["Instagram tests new video stories", "Instagram tests new…", BODY], 1, True),
    ("word-cut", ["Instagram tests new vid...", "Instagram tests new video stories", BODY], 0, True),
    ("no-longer-line", ["Instagram tests new...", "Council closes the old bridge", BODY], 0, False),
    ("no-ellipsis", ["Instagram tests new", "Instagram tests new video stories", BODY], 0, False),
    ("too-far", ["Instagram tests new...", "A", "B", "C", "D", "Instagram tests new video stories"], 0, False),
]


@pytest.mark.parametrize(("page_lines", "i", "short"), [c[1:] for c in TRUNCATED], ids=[c[0] for c in TRUNCATED])
def test_shortened_copy(page_lines: list[str], i: int, short: bool) -> None:
    assert _truncated(_page("\n".join(page_lines)), i) is short


def test_page_label_is_kept_but_clean_text_kicker_is_split() -> None:
    line = "VIDEO: Voting on the harbour plan"
    assert heading_at(line, 0, len(line), kicker=False) == Headline(line, 0, len(line), "text")
    h = heading_at(line, 0, len(line))
    assert h is not None and h.text == "Voting on the harbour plan" and h.kicker is not None


@pytest.mark.parametrize(
    "text",
    ["", "   \n\n  ", "Home\nNews\nSport\nLog in", "It rained. It rained more. Then it stopped."],
    ids=["empty", "blank", "menu-only", "one-sentence-line"],
)
def test_no_headline(text: str) -> None:
    assert find_headline(text) == (None, ())


HEADINGS = [
    ("kicker", "ANÁLISIS | Putin ganó un pacto de defensa", "Putin ganó un pacto de defensa", "ANÁLISIS"),
    ("plain", "A quiet week in the harbour", "A quiet week in the harbour", None),
    ("question", "Is the bridge safe?", "Is the bridge safe?", None),
]


@pytest.mark.parametrize(("line", "text", "kicker"), [c[1:] for c in HEADINGS], ids=[c[0] for c in HEADINGS])
def test_heading_at(line: str, text: str, kicker: str | None) -> None:
    doc = f"Body before.\n\n{line}\n\nBody after."
    start = doc.index(line)
    h = heading_at(doc, start, start + len(line))
    assert h is not None and h.text == text and doc[h.start : h.end] == text
    assert (h.kicker.text if h.kicker else None) == kicker


@pytest.mark.parametrize(
    "line", ["It rained all day.", "first, second,", "x" * 301], ids=["sentence", "comma", "too-long"]
)
def test_heading_at_rejects(line: str) -> None:
    assert heading_at(line, 0, len(line)) is None


def test_heading_at_full_stop_allowed() -> None:
    line = "Time to say goodbye."
    h = heading_at(line, 0, len(line), full_stop=True)
    assert h is not None and h.text == line


@given(st.text(max_size=400))
def test_find_headline_never_raises_and_offsets_hold(text: str) -> None:
    h, subs = find_headline(text)
    for x in ([h] if h else []) + list(subs):
        assert x.start is not None and x.end is not None
        assert text[x.start : x.end] == x.text
        if x.kicker is not None:
            assert x.kicker.start is not None and x.kicker.end is not None
            assert text[x.kicker.start : x.kicker.end] == x.kicker.text


@given(st.text(max_size=200), st.integers(-5, 250), st.integers(-5, 250))
def test_heading_at_never_raises(text: str, start: int, end: int) -> None:
    h = heading_at(text, start, end)
    if h is not None:
        assert h.start is not None and h.end is not None
        assert text[h.start : h.end] == h.text


@pytest.mark.parametrize(
    ("line", "byline"),
    [
        ("By Ann Lee", True),
        ("Von Anna Berger", True),
        ("byAnn Lee", True),  # a byline run together with its name
        ("Parliament votes to close the bridge", False),
        ("die gesündere Alternative?", False),
        ("Avalanche closes the pass", False),
        ("Fromage de chèvre", False),
    ],
    ids=["by", "von", "glued", "par-word", "di-word", "av-word", "from-word"],
)
def test_byline_word_is_a_whole_word(line: str, byline: bool) -> None:
    # "Par", "Di", "Av", "From" open many ordinary words; only a space or a capital (a name run
    # together with the word) after them makes a byline
    assert bool(_BYLINE.match(line)) is byline


@pytest.mark.parametrize(
    ("line", "caption"),
    [
        ("Drivers queue at the closed bridge. Photograph by Ann Lee", True),
        ("Un grupo de conductores ante el puente cerrado. EFE", True),
        ("Abb.: Die Brücke im Winter", True),
        ("Media caption Drone footage shows the closed bridge", True),
        ("Drivers queue at the closed bridge", False),
        ("Abbey Road closes for repairs", False),
    ],
    ids=["photograph", "agency-efe", "figure-label", "media-caption", "headline", "abb-word"],
)
def test_caption_words(line: str, caption: bool) -> None:
    assert bool(_CAPTION.search(line)) is caption


NAMED = [
    # (id, page text, headline): the comment section's heading names the post's title
    (
        # the title stands twice above the heading (a list of recent posts, then the post): the post's line
        "thoughts-on-title-listed-twice",
        "Skip to content\nSlow Thinking\nRecent posts\nFast cars\nSlow trains\nOld boats\nMenu\nHome\n"
        "About\nArchive\nFast cars\n"
        f"{BODY}\n{BODY}\n2 thoughts on “Fast cars”\nAnna\nI agree.\nLeave a Reply\n",
        "Fast cars",
    ),
    (
        "gedanken-zu-title",
        "Zum Inhalt springen\nNebelblog\n„Wer im Nebel geht, sieht den Weg erst beim Gehen.“\nMenü\nStartseite\n"
        "Archiv\nKontakt\nEin Morgen im Tal\n"
        f"{BODY_DE}\n{BODY_DE}\n3 Gedanken zu „Ein Morgen im Tal“\nTom\nSchön geschrieben.\n",
        "Ein Morgen im Tal",
    ),
    (
        # a page named with a menu word: the comment heading says it is the title
        "menu-word-title-named",
        "Zum Inhalt springen\nMenü\nStartseite\nTERMINE\nÜber uns\nKONTAKT\nWIR ZWEI GEGEN DEN REST\n"
        "Über uns\n"
        f"{BODY_DE}\n{BODY_DE}\nEin Gedanke zu “Über uns”\nLeo\nWeiter so!\n",
        "Über uns",
    ),
]


@pytest.mark.parametrize(("text", "headline"), [c[1:] for c in NAMED], ids=[c[0] for c in NAMED])
def test_comment_heading_names_the_title(text: str, headline: str) -> None:
    h, _ = find_headline(text)
    assert h is not None
    assert h.text == headline
    assert text[h.start : h.end] == h.text
    assert h.end is not None and text[h.end + 1 :].startswith((BODY, BODY_DE))  # the post's line, not a list's


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("2 thoughts on “Need for Speed”", "Need for Speed"),
        ("One response to “Old bridge closes”", "Old bridge closes"),
        ("Ein Gedanke zu „Ein Morgen im Tal“", "Ein Morgen im Tal"),
        ("Eine Antwort auf „Ein Morgen im Tal“", "Ein Morgen im Tal"),
        ("5 commentaires sur « Le vieux pont »", "Le vieux pont"),
        ("Leave a Reply to Anna", None),
        ("He said “Need for Speed” twice", None),
    ],
    ids=[
        "thoughts-on",
        "response-to",
        "gedanke-zu",
        "antwort-auf",
        "commentaires-sur",
        "reply-to-name",
        "quote-in-prose",
    ],
)
def test_comments_on_pattern(line: str, title: str | None) -> None:
    m = _COMMENTS_ON.match(line)
    assert (m.group("t") if m else None) == title


TEASERS = [
    # (id, page text, headline): the best line is a teaser sentence that gives way; its headline stands
    # just above it (perhaps with a byline between), ahead of any other line of the page
    (
        "teaser-below-title-tagline-above",
        "Kulturblatt\nMagazin für Literatur und Zeitgenossenschaft\nMenü\nBuch\nFilm\nMusik\nBühne\nKunst\n"
        "Suche\nLogin\nAbo\nAktuellRezensionSachbuch\nUnstillbares Heimweh\nIn seinem neuen Essay erkundet "
        "der Autor ein paradoxes Gefühl zwischen Traurigkeit und Trost, das uns alle kennt.\n"
        f"Frank Hahn am 18. September 2019\n{BODY_DE}\n{BODY_DE}\nSinnbild des Nicht-Erklärbaren\n"
        f"{BODY_DE}\n{BODY_DE}\n{BODY_DE}\n{BODY_DE}\n",
        "Unstillbares Heimweh",
    ),
    (
        "teaser-below-byline-name",
        "Kulturblatt\nMagazin für Literatur und Zeitgenossenschaft\nMenü\nBuch\nFilm\nMusik\nBühne\nKunst\n"
        "Suche\nLogin\nAbo\nUmwelt\nDu wirst nicht glauben, wie viel Strom ein Blog verbraucht!\nAnna Berg\n"
        "Eine neue Studie zeigt die ökologischen und wirtschaftlichen Folgen von Blogs, die niemand liest, "
        f"und was dagegen hilft.\nAutorin Anna Berg:\n{BODY_DE}\n{BODY_DE}\nWas jeder tun kann\n"
        f"{BODY_DE}\n{BODY_DE}\n",
        "Du wirst nicht glauben, wie viel Strom ein Blog verbraucht!",
    ),
]


@pytest.mark.parametrize(("text", "headline"), [c[1:] for c in TEASERS], ids=[c[0] for c in TEASERS])
def test_headline_above_a_teaser(text: str, headline: str) -> None:
    h, _ = find_headline(text)
    assert h is not None
    assert h.text == headline
    assert text[h.start : h.end] == h.text


def test_trail_names_the_heading_below_it() -> None:
    text = (
        "Menu\nSearch\nSchüler | Lehrlinge\nAnmeldung\nKontakt\nHome / News - Fahrzeugtechnik / Lehrberufe KFZ\n"
        "Lehrberufe KFZ\nLernfeld 1\nLernfeld 2\nLernfeld 3\nLernfeld 4\nLernfeld 5\n"
        f"Prüf- und Diagnosearbeiten an elektrischen Dieselsystemen\n{BODY_DE}\n{BODY_DE}\n"
    )
    h, _ = find_headline(text)
    assert h is not None
    assert (h.text, h.start) == ("Lehrberufe KFZ", text.index("\nLehrberufe KFZ\n") + 1)


@pytest.mark.parametrize(
    ("page_lines", "named"),
    [
        (["Home / News / Lehrberufe KFZ", "Anzeige", "Lehrberufe KFZ", BODY_DE], 2),
        (["Home / News / Lehrberufe KFZ", "Anzeige", "Werbung", "Login", "Lehrberufe KFZ", BODY_DE], None),
        (["Industrie > Deutschland > Energie-Krise >", "Energie-Krise wird teuer", BODY_DE], None),
        (["Industrie > Deutschland > Energie", "Energie", BODY_DE], None),
        (["Home / Lehrberufe KFZ", "Lehrberufe KFZ", BODY_DE], None),
    ],
    ids=["two-below", "too-far-below", "ends-in-separator", "one-word-tail", "one-separator"],
)
def test_trail_names(page_lines: list[str], named: int | None) -> None:
    assert _trail_names(_page("\n".join(page_lines))) == named


@pytest.mark.parametrize(
    ("line", "title_like"),
    [("← Ein Winter an der Ostsee – Teil drei", False), ("Frühling im Stadtpark →", False),
     ("→ Read the full report", False), ("Kraniche über dem Moor", True), ("Why the pound fell – and what next", True)],
    ids=["previous-post-link", "next-post-link", "arrow-link", "title", "title-with-a-dash"],
)
def test_a_line_with_a_navigation_arrow_is_not_a_title(line: str, title_like: bool) -> None:
    assert _title_like(line) is title_like


@pytest.mark.parametrize(
    ("line", "title_like"),
    [("…und die Zeit mit dem Verein geht nun zu Ende.", False), ("...and then the rain came back", False),
     (".. et puis la pluie est revenue", False), ("Alles hat seine Zeit…", True), ("… Und dann kam der Regen", True),
     ("...Ready for Another Year", True)],
    ids=["ellipsis-lower", "three-dots-lower", "two-dots-lower", "ends-in-ellipsis", "ellipsis-capital",
         "dots-capital"],
)
def test_a_line_that_goes_on_from_the_line_above_is_not_a_title(line: str, title_like: bool) -> None:
    assert _title_like(line) is title_like


GARDEN = (
    "Zehn Jahre lang haben wir im Gemeinschaftsgarten gepflanzt, geerntet und gefeiert, mit Nachbarn, Schulklassen "
    "und vielen Gästen. Nun geht diese Zeit zu Ende, denn die Stadt braucht das Grundstück für eine neue Schule.\n"
    "Wir schauen mit Freude zurück auf die vielen Feste und Gespräche im Garten und danken allen, die mitgeholfen "
    "haben. Die Beete werden im Herbst abgebaut, die Obstbäume ziehen in den Stadtpark um.\n"
)


def test_the_rest_of_a_title_is_not_the_headline() -> None:
    text = (
        "Über uns\nImpressum\nLandkarte\nKontakt\nMenü\nSuche\nAllgemein, News\nVeröffentlicht am 5. April 2017\n"
        "Alles hat seine Zeit…\n…und die Zeit mit unserem Gemeinschaftsgarten geht nun zu Ende.\n" + GARDEN
    )
    head = find_headline(text)[0]
    assert head is not None and head.text == "Alles hat seine Zeit…"


@pytest.mark.parametrize(
    ("page_lines", "i", "title_like"),
    [
        (["Quellen", "Autor:", "Redaktion Gartenportal Nord", "Stand:", "05.04.2017"], 2, False),
        (["Gemeinschaftsgarten schließt", "Von", "Anna Berg", GARDEN], 2, False),
        (["By", "Jane Doe", GARDEN], 1, False),
        (["Gemeinschaftsgarten schließt", "Von Anna Berg", "Die Beete werden abgebaut", GARDEN], 2, True),
        (["Autor: Anna Berg", "Gemeinschaftsgarten schließt", GARDEN], 1, True),
    ],
    ids=["after-autor", "after-von", "after-by", "after-a-whole-byline", "after-a-labelled-name"],
)
def test_the_name_after_a_lone_byline_word_is_no_title(page_lines: list[str], i: int, title_like: bool) -> None:
    assert _page("\n".join(page_lines)).title[i] is title_like

"""split_sections: contiguous sections covering the text, cut only where the language changes."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsmeta import split_sections
from newsmeta.errors import InputTypeError
from newsmeta.records import Section

EN = (
    "The regional government approved a new budget on Thursday after weeks of talks.\n\n"
    "Officials said the plan would raise spending on schools and hospitals next year.\n\n"
    "Opposition members criticised the deal, saying it did little for rural areas."
)
ES = (
    "El gobierno regional aprobó el jueves un nuevo presupuesto tras semanas de negociaciones.\n\n"
    "Según los responsables, el plan aumentará el gasto en escuelas y hospitales el próximo año."
)
DE = "Die Landesregierung hat am Donnerstag nach wochenlangen Verhandlungen einen neuen Haushalt beschlossen."
EL = "Η κυβέρνηση ενέκρινε την Πέμπτη τον νέο προϋπολογισμό μετά από εβδομάδες διαπραγματεύσεων."
NN = (
    "Eg veit ikkje kva dei har tenkt å gjere med huset, men dei skal ha eit møte frå i dag.\n\n"
    "Det er ikkje lett å seie kva som skjer no, men eg trur dei finn ei løysing."
)
FR = "Le gouvernement régional a adopté jeudi un nouveau budget après des semaines de discussions."
ZH = "地方政府周四在经过数周的谈判后批准了新的预算。官员们表示，该计划将增加明年在学校和医院方面的支出。"
JA = (
    "地方政府は木曜日、数週間にわたる協議の末に新しい予算を承認した。"
    "当局者によると、この計画は来年の学校と病院への支出を増やすという。"
)


def _check_cover(text: str, secs: tuple[Section, ...]) -> None:
    if not text:
        assert secs == ()
        return
    assert secs[0].start == 0
    assert secs[-1].end == len(text)
    for a, b in itertools.pairwise(secs):
        assert a.end == b.start
        assert a.start < a.end


def _codes(text: str) -> list[str | None]:
    secs = split_sections(text)
    _check_cover(text, secs)
    return [s.language.code if s.language else None for s in secs]


CASES = [
    ("monolingual", EN, ["en"]),
    ("en-es tail", EN + "\n\n" + ES, ["en", "es"]),
    ("en-de-en", EN + "\n\n" + DE + "\n\n" + EN, ["en", "de", "en"]),
    ("single newlines", EN.replace("\n\n", "\n") + "\n" + ES.replace("\n\n", "\n"), ["en", "es"]),
    ("one-line tail", EN + "\n\n" + FR, ["en", "fr"]),
    ("tags and date stay", EN + "\n\nUpdated at: 06.21.2024\n\nNorth Korea\ndefense pact\n\n" + EN, ["en"]),
    ("quoted name stays", EN + '\n\n"Kim Jong Un"\n\n' + EN, ["en"]),
    ("byline stays", "By Maria Lopez and John Smith\n\n" + EN, ["en"]),
    ("switch inside a line", EN.replace("\n\n", " ") + " " + ES.replace("\n\n", " "), ["en", "es"]),
    ("switch inside the last line", EN + "\n\nThe deal was signed late. " + ES.replace("\n\n", " "), ["en", "es"]),
    ("quote inside a line stays", EN.replace("\n\n", " ") + " «No vamos a ceder», dijo el ministro. " + EN, ["en"]),
    ("switch at the end of a long line", (EN + " " + EN + " " + ES).replace("\n\n", " "), ["en", "es"]),
    ("stretch inside a line", (EN + " " + ES + " " + EN).replace("\n\n", " "), ["en", "es", "en"]),
    ("chinese then japanese in a line", ZH + JA, ["zh", "ja"]),
    ("quote opening the text stays", "«No vamos a ceder», dijo el ministro del Interior. " + EN, ["en"]),
    ("quote ending a line stays", EN.replace("\n\n", " ") + " «No vamos a ceder», dijo.\n\n" + EN, ["en"]),
    (
        "greek paragraph",
        EN + "\n\nΗ κυβέρνηση ενέκρινε την Πέμπτη τον νέο προϋπολογισμό μετά από εβδομάδες.",
        ["en", "el"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [(t, e) for _, t, e in CASES], ids=[i for i, _, _ in CASES])
def test_sections(text: str, expected: list[str]) -> None:
    assert _codes(text) == expected


def test_a_switch_inside_a_line_is_cut_where_the_sentence_starts() -> None:
    text = EN + "\n\nThe deal was signed late. " + ES.replace("\n\n", " ")
    secs = split_sections(text)
    assert [s.start for s in secs] == [0, text.index("El gobierno")]
    assert secs[1].heading is None  # a sentence inside a line is no heading


def test_heading_opens_new_section() -> None:
    text = EN + "\n\nOPINIÓN | La deuda pública vuelve a crecer este año\n" + ES
    secs = split_sections(text)
    assert [s.language.code for s in secs if s.language] == ["en", "es"]
    assert text[secs[1].start :].startswith("OPINIÓN |")
    assert secs[0].heading is None


def test_short_heading_line_joins_next() -> None:
    text = EN + "\n\nArtículo 3\n" + ES.replace("\n\n", " ")
    secs = split_sections(text)
    assert len(secs) == 2
    assert text[secs[1].start :].startswith("Artículo 3")


def test_heading_record() -> None:
    text = EN + "\n\nANÁLISIS | El presupuesto llega tarde y con recortes\n" + ES
    secs = split_sections(text)
    assert len(secs) == 2
    h = secs[1].heading
    if h is not None:  # owned by headlines.heading_at: offsets must index the text
        assert h.start is not None and h.end is not None
        assert text[h.start : h.end] == h.text


def test_tail_section_language_confidence() -> None:
    secs = split_sections(EN + "\n\n" + ES)
    for s in secs:
        assert s.language is not None
        assert 0.0 <= s.language.confidence <= 1.0


def test_languages_option() -> None:
    secs = split_sections(EN + "\n\n" + ES, languages=("en", "es"))
    assert [s.language.code for s in secs if s.language] == ["en", "es"]
    secs = split_sections(EN + "\n\n" + ES, languages=("en",))
    assert [s.language.code for s in secs if s.language] == ["en"]


@pytest.mark.parametrize(
    ("text", "n"), [("", 0), ("   \n\n  ", 1), ("12 34 56", 1), ("Hello", 1)], ids=["empty", "blank", "digits", "word"]
)
def test_degenerate(text: str, n: int) -> None:
    secs = split_sections(text)
    assert len(secs) == n
    _check_cover(text, secs)


def test_rejects_bytes() -> None:
    with pytest.raises(InputTypeError):
        split_sections(b"x")  # type: ignore[arg-type]


def test_deterministic() -> None:
    text = EN + "\n\n" + DE + "\n\n" + ES
    assert split_sections(text) == split_sections(text)


paragraph = st.sampled_from([EN, ES, DE, FR, "North Korea", "Updated at: 06.21.2024", "", "12:30"])


@given(st.lists(paragraph, max_size=6), st.sampled_from(["\n\n", "\n", " \n \n", " ", ". "]))
def test_cover_built_docs(parts: list[str], sep: str) -> None:
    text = sep.join(parts)
    secs = split_sections(text)
    _check_cover(text, secs)
    assert secs == split_sections(text)


@given(st.text(max_size=400))
def test_never_raises_and_covers(text: str) -> None:
    secs = split_sections(text)
    _check_cover(text, secs)
    for s in secs:
        if s.language is not None:
            assert 0.0 <= s.language.confidence <= 1.0


@pytest.mark.parametrize(
    ("logp", "code", "lead"),
    [
        ({"en": -10.0, "de": -50.0, "nl": -30.0}, "en", 20.0),
        ({"en": -10.0, "de": -50.0, "nl": -30.0}, "nl", -20.0),
        ({"en": -10.0, "de": -10.0, "nl": -30.0}, "de", 0.0),
        ({"en": -10.0}, "en", float("inf")),
        ({"en": -10.0, "de": -50.0}, "fr", float("-inf")),
    ],
    ids=["best", "not-best", "tied-best", "alone", "absent"],
)
def test_lead_over_every_other_language(logp: dict[str, float], code: str, lead: float) -> None:
    from newsmeta.sections import _lead

    assert _lead(logp, code) == lead

"""Honest confidence on languages no model names (#20): a text in an untaught sibling of a named
language (Kirundi for Kinyarwanda, siSwati and isiNdebele for isiZulu, Aymara for Quechua, Ido
for Esperanto, ...) is not named that language with confidence 0.9 or more when it writes the
sibling's marks; the named language's own texts keep theirs.  And py3langid's Guarani is ``gn``."""

from __future__ import annotations

import time

import pytest

from newsmeta import detect_language
from newsmeta import language as lang_mod
from newsmeta.records import Language

SURE = 0.9

#: Texts of a sibling no model knows, which the models read as the named language with
#: confidence 0.9 or more (the sibling's marks aside): (text, language named).
SIBLINGS = [
    pytest.param(
        "Umukuru w'igihugu yavuze ko abantu bose bafise uburenganzira bwo kuronka amazi meza, canke ko "
        "leta izobafasha vyose mu mwaka uza.",
        "rw",
        id="kirundi-canke-vyose",
    ),
    pytest.param(
        "Abanyeshure benshi ntibashoboye kuja ku ishure kubera imvura nyinshi yaguye i Bujumbura, kandi "
        "ico kibazo kiracari ico.",
        "rw",
        id="kirundi-ico",
    ),
    pytest.param(
        "Hulumende utsite utawakha tikolwa letinsha etindzaweni tasemaphandleni kulomnyaka, futsi bantfu "
        "labanyenti bajabulile kakhulu ngaloku.",
        "zu",
        id="swati-ts-tf-dz",
    ),
    pytest.param(
        "Uhulumende uthe uzakwakha izikolo ezintsha emaphandleni kulumnyaka, njalo abantu abanengi "
        "bathokoza kakhulu loba bengakaziboni.",
        "zu",
        id="ndebele-njalo-loba",
    ),
    pytest.param(
        "Taqi jaqinakaxa munañaniw yatiñaniw utji, ukatsti jupanakax mä kikipa jaqjam uñjasipxañapawa, "
        "jan jisk'achasisa.",
        "qu",
        id="aymara-naka-xa",
    ),
    pytest.param(
        "Omna homi havas la yuro pri edukado, e la instruktado esas gratuita adminime en la elementala gradi.",
        "eo",
        id="ido-omna-esas",
    ),
]

#: Texts of the named language, which keep a confidence of 0.9 or more.
OWN = [
    pytest.param(
        "Perezida yavuze ko abaturage bose bafite uburenganzira bwo kubona amazi meza, kandi ko leta "
        "izabafasha byose mu mwaka utaha.",
        "rw",
        id="kinyarwanda",
    ),
    pytest.param(
        "Abanyeshuri benshi ntibashoboye kujya ku ishuri kubera imvura nyinshi yaguye i Kigali, kandi icyo "
        "kibazo kiracyahari.",
        "rw",
        id="kinyarwanda-icyo",
    ),
    pytest.param(
        "Uhulumeni uthe uzokwakha izikole ezintsha ezindaweni zasemakhaya kulo nyaka, futhi abantu abaningi "
        "bajabule kakhulu ngalokhu.",
        "zu",
        id="zulu",
    ),
    pytest.param(
        "Kunan p'unchaw llapan runakuna Qusqu llaqtapi huñunakurqanku, kamachikuqkunaq rimasqanta uyarinankupaq.",
        "qu",
        id="quechua",
    ),
    pytest.param(
        "Bato nyonso bazali na lotomo ya koyeba makambo ya mboka na bango, mpe moto nyonso azali na "
        "bonsomi ya kosala mosala oyo alingi.",
        "ln",
        id="lingala",
    ),
    pytest.param(
        "La registaro anoncis hieraŭ, ke ĉiuj lernejoj de la lando estos fermitaj dum du semajnoj pro la forta neĝado.",
        "eo",
        id="esperanto",
    ),
    pytest.param(
        "Senatus populusque Romanus legem novam heri tulerunt, et consules dixerunt rem publicam in magno "
        "periculo esse.",
        "la",
        id="latin",
    ),
]


@pytest.mark.parametrize(("text", "named"), SIBLINGS)
def test_sibling_is_not_named_surely(text: str, named: str) -> None:
    lang = detect_language(text)
    assert lang is None or lang.code != named or lang.confidence < SURE


@pytest.mark.parametrize(("text", "named"), SIBLINGS)
def test_sibling_fixture_reads_as_the_named_language(text: str, named: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Without the marks, the models name the neighbour surely: the fixture tests the marks."""
    monkeypatch.setattr(lang_mod, "_SIBLING_MARKS", {})
    lang = detect_language(text)
    assert lang is not None
    assert (lang.code, lang.confidence >= SURE) == (named, True)


@pytest.mark.parametrize(("text", "named"), OWN)
def test_own_language_keeps_its_confidence(text: str, named: str) -> None:
    lang = detect_language(text)
    assert lang is not None
    assert (lang.code, lang.confidence >= SURE) == (named, True)


#: The marks alone, on an answer given as sure: (text, code, lowered).
MARKS = [
    pytest.param("Bantu yonso kele na nswa ya kusala kisalu yina yandi me zola.", "ln", True, id="kongo"),
    pytest.param("Bato nyonso bazali na bonsomi ya kosala mosala oyo alingi.", "ln", False, id="lingala"),
    pytest.param("Omne persona ha le derecto al vita e al libertate del persona.", "la", True, id="interlingua"),
    pytest.param("Consules dixerunt rem publicam in periculo esse, et senatus tacuit.", "la", False, id="latin"),
    pytest.param("Ngesikhatsi lesitako bantfu batawuvota.", "zu", True, id="swati"),
    pytest.param("Abantu bazovota ngesikhathi esizayo.", "zu", False, id="zulu"),
    pytest.param("Begodu abantu boke bazokuvowuda nofana bangavowudi.", "zu", True, id="southern-ndebele"),
    pytest.param("Ivyo vyose ni ico twavuze.", "rw", True, id="kirundi"),
    pytest.param("Ibyo byose ni icyo twavuze.", "rw", False, id="kinyarwanda"),
    pytest.param("Jaqinakaxa markanakan jakasipxi.", "qu", True, id="aymara"),
    pytest.param("Runakuna llaqtakunapi tiyanku.", "qu", False, id="quechua"),
    pytest.param("La homi esas libera ed egala.", "eo", True, id="ido"),
    pytest.param("La homoj estas liberaj kaj egalaj.", "eo", False, id="esperanto"),
    pytest.param("Tote le esseres human nasce libere.", "it", False, id="no-sibling-known"),
]


@pytest.mark.parametrize(("text", "code", "lowered"), MARKS)
def test_marks_lower_a_sure_answer(text: str, code: str, lowered: bool) -> None:
    got = lang_mod._unless_sibling_spelt(text, Language(code, 0.99))
    assert got is not None
    assert (got.code, got.confidence < SURE) == (code, lowered)


def test_marks_keep_no_answer_and_low_confidence() -> None:
    assert lang_mod._unless_sibling_spelt("Bantu yonso kele na nswa.", None) is None
    low = Language("ln", 0.6)
    assert lang_mod._unless_sibling_spelt("Bantu yonso kele na nswa.", low) == low


@pytest.mark.parametrize("kind", ["one word", "many words", "marks"])
def test_marks_linear_on_hostile_input(kind: str) -> None:
    text = {
        "one word": "tf" * 200_000,
        "many words": "ke " * 150_000,
        "marks": "vy cy " * 80_000,
    }[kind]
    start = time.perf_counter()
    lang_mod._unless_sibling_spelt(text, Language("zu", 0.99))
    lang_mod._unless_sibling_spelt(text, Language("rw", 0.99))
    lang_mod._unless_sibling_spelt(text, Language("ln", 0.99))
    assert time.perf_counter() - start < 1.0


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Ko árape tetã ruvicha omoherakuã peteĩ léi pyahu oipytyvõtaha umi tapicha omba'apóva ñemitỹme "
            "ha oikóva okaraháre.",
            id="news",
        ),
    ],
)
def test_guarani_is_named_by_its_iso_639_1_code(text: str) -> None:
    lang = detect_language(text)
    assert lang is not None
    assert lang.code == "gn"

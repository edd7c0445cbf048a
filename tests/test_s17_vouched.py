"""A section's language is said no more surely than detect_language says it of the same text (#20):
a Kirundi article is not a Kinyarwanda section at 0.99, in split_sections and in extract."""

from __future__ import annotations

import pytest

import newsmeta

KIRUNDI = (
    "Umukuru w'igihugu yavuze ko abantu bose bafise uburenganzira bwo kuronka amazi meza, canke ko "
    "leta izobafasha vyose mu mwaka uza. Abanyeshure benshi ntibashoboye kuja ku ishure kubera imvura "
    "nyinshi yaguye i Bujumbura, kandi ico kibazo kiracari ico."
)
SWATI = (
    "Hulumende utsite utawakha tikolwa letinsha etindzaweni tasemaphandleni kulomnyaka, futsi bantfu "
    "labanyenti bajabulile kakhulu ngaloku. Bantfwana labanyenti batawufundza eduze nemakhaya abo."
)
ENGLISH = (
    "The government said on Tuesday that it would build new schools in rural areas this year, "
    "and many parents welcomed the plan after years of long walks to classrooms in the towns."
)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(KIRUNDI, id="kirundi-one-paragraph"),
        pytest.param(KIRUNDI + "\n\n" + KIRUNDI.replace("Bujumbura", "Gitega"), id="kirundi-two-paragraphs"),
        pytest.param(SWATI + "\n\n" + SWATI, id="swati"),
    ],
)
def test_section_no_surer_than_detect_language(text: str) -> None:
    detected = newsmeta.detect_language(text)
    assert detected is not None
    assert detected.confidence < 0.9
    sections = newsmeta.split_sections(text)
    assert all(s.language is None or s.language.confidence <= detected.confidence + 1e-9 for s in sections)
    art = newsmeta.extract(text)
    assert art.language is None or art.language.confidence < 0.9


def test_sure_sections_stay_sure() -> None:
    (section,) = newsmeta.split_sections(ENGLISH + "\n\n" + ENGLISH)
    assert section.language is not None
    assert section.language.code == "en"
    assert section.language.confidence >= 0.9

"""split_sections with a language named from its stop words (Bosnian, which langdetect's profiles
read as Croatian) on some lines: it scores a little below the language it beat there (its look-
alike), not below whatever language another line reads as, so that lines plainly in a third
language (Somali, which has no stop list to count against Bosnian) keep their own."""

from __future__ import annotations

import pytest

from newsmeta import split_sections

# Bosnian (``ko``, ``šta``, ``niko``, ``opštinske``), read as Bosnian from its stop words
BS = "Niko nije znao šta će se desiti nakon sastanka, ali svako je očekivao da će vlada ponuditi nešto novo."
BS2 = "Ko god želi da učestvuje u radu općine može se prijaviti do petka, kazali su iz opštinske uprave."
HR = (
    "Gradsko vijeće je u utorak nakon duge rasprave usvojilo novi proračun. Dužnosnici su rekli da će "
    "novac ići u škole i ceste, a gradonačelnik je glasovanje nazvao poštenim kompromisom."
)
SO = (
    "Golaha magaalada ayaa Talaadadii ansixiyay miisaaniyadda cusub. Saraakiishu waxay sheegeen in lacagta "
    "loo isticmaali doono dugsiyada."
)
SO2 = (
    "Duqa magaalada ayaa codbixinta ku tilmaamay heshiis cadaalad ah. Mucaaradka ayaa sheegay inay go'aanka "
    "ka horyimaan doonaan."
)


@pytest.mark.parametrize(
    ("paragraphs", "langs"),
    [
        pytest.param([BS, SO, SO2, HR], ["bs", "so", "hr"], id="bs | so | so | hr"),
        pytest.param([BS, BS2, SO, HR], ["bs", "so", "hr"], id="bs | bs | so | hr"),
    ],
)
def test_lines_in_a_third_language_keep_it(paragraphs: list[str], langs: list[str]) -> None:
    text = "\n\n".join(paragraphs)
    got = split_sections(text)
    assert [s.language.code if s.language is not None else None for s in got] == langs
    assert got[1].start == text.index(paragraphs[2] if paragraphs[1] == BS2 else paragraphs[1])

"""Bosnian and Croatian told apart by the words their standards write apart: Bosnian ``niko``,
``iko`` (Croatian ``nitko``, ``itko``, as ``ko``/``tko``), ``krivično djelo`` (Croatian ``kazneno``),
``saobraćaj`` (``promet``), ``milion`` (``milijun``), ``bezbjednost`` (``sigurnost``)."""

from __future__ import annotations

import pytest

from newsmeta import detect_language


@pytest.mark.parametrize(
    ("text", "code"),
    [
        pytest.param("Niko od prisutnih nije htio komentarisati odluku vlade o novom zakonu.", "bs", id="bs-niko"),
        pytest.param(
            "Tužilaštvo je podiglo optužnicu za krivično djelo zloupotrebe položaja protiv bivšeg direktora.",
            "bs",
            id="bs-krivicno",
        ),
        pytest.param(
            "Zbog radova na mostu saobraćaj će biti obustavljen do petka u popodnevnim satima.", "bs", id="bs-saobracaj"
        ),
        pytest.param("Općina je za obnovu škole izdvojila gotovo dva miliona maraka iz budžeta.", "bs", id="bs-milion"),
        pytest.param(
            "Ministar je rekao da je bezbjednost građana najvažniji zadatak policije ove godine.",
            "bs",
            id="bs-bezbjednost",
        ),
        pytest.param("Nitko od prisutnih nije htio komentirati odluku vlade o novom zakonu.", "hr", id="hr-nitko"),
        pytest.param("Grad je za obnovu škole izdvojio gotovo dva milijuna kuna iz proračuna.", "hr", id="hr-milijun"),
    ],
)
def test_marker_words(text: str, code: str) -> None:
    lang = detect_language(text)
    assert lang is not None
    assert lang.code == code

"""py3langid's labels under the codes newsmeta returns: Paraguayan Guarani is ``gn``."""

from __future__ import annotations

import pytest

from newsmeta import detect_language


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

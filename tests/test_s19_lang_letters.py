"""Azerbaijani in Cyrillic letters is Azerbaijani, not Kazakh (#20: a letter rule, a language fact).

Both write ә, ғ, һ and ү; only Azerbaijani writes ҹ (che) and ҝ (ge), only Kazakh қ, ң and ұ.
"""

from __future__ import annotations

import pytest

import newsmeta


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Азәрбајҹан Республикасынын пајтахты Бакы шәһәридир.", "az"),
        ("Бу ҝүн Бакыда јени мәктәб ачылды вә шаҝирдләр дәрсә башлады.", "az"),
        ("ҸӘМИЈЈӘТ ВӘ ДӨВЛӘТ ҺАГГЫНДА", "az"),
        ("Қазақстан Республикасының астанасы Астана қаласы.", "kk"),
        ("Бүгін Алматыда жаңа мектеп ашылды және оқушылар сабаққа кірісті.", "kk"),
    ],
    ids=["az-capital", "az-school", "az-capitals", "kk-capital", "kk-school"],
)
def test_cyrillic_letters_name_the_language(text: str, code: str) -> None:
    lang = newsmeta.detect_language(text)
    assert lang is not None
    assert lang.code == code

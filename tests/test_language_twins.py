"""Malay and Indonesian, Bosnian and Croatian: the words their standard spellings and vocabularies
write apart decide between the two (issue #20); py3langid and the profiles alone read short Malay
as Indonesian and Bosnian as Croatian."""

from __future__ import annotations

import pytest

from newsmeta import detect_language

CASES = [
    ("ms-office-july", "Bilik mesyuarat itu ditutup sehingga Julai.", "ms"),
    ("ms-university-quality", "Universiti itu menaikkan kualiti pengajaran.", "ms"),
    ("ms-because", "Dia tidak mahu pergi kerana hujan.", "ms"),
    ("id-office-july", "Kantor pemerintah ditutup sampai Juli.", "id"),
    ("id-university-quality", "Universitas itu meningkatkan kualitas pengajaran.", "id"),
    ("id-because", "Dia tidak mau pergi karena hujan.", "id"),
    ("bs-during-thousand", "Utakmica je odigrana tokom sedmice, a bilo je dvije hiljade navijača.", "bs"),
    ("hr-during-thousand", "Utakmica je odigrana tijekom tjedna, a bilo je dvije tisuće navijača.", "hr"),
    ("hr-no-marker", "Vlada je u četvrtak usvojila prijedlog zakona o proračunu za iduću godinu.", "hr"),
    ("id-long", "Menteri itu mengatakan bahwa pemerintah akan menambah anggaran karena biaya hidup naik.", "id"),
]


@pytest.mark.parametrize(("text", "code"), [(t, c) for _, t, c in CASES], ids=[i for i, _, _ in CASES])
def test_malay_and_indonesian_apart(text: str, code: str) -> None:
    lang = detect_language(text)
    assert lang is not None and lang.code == code


def test_markers_yield_to_a_narrowed_choice() -> None:
    lang = detect_language("Bilik mesyuarat itu ditutup sehingga Julai.", languages=("id", "en"))
    assert lang is not None and lang.code == "id"

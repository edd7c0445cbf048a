"""A contact or credit line under an article is in the article's language, not its name's (#20).

"Write to Alejandro de la Garza at ..." read as Spanish made a section of its own at the end of an
English article; a line that gives an address is read without the names and addresses it holds.
"""

from __future__ import annotations

import pytest

import newsmeta

_EN = (
    "The Senate voted on Tuesday to extend the program for another two years, after a long debate in "
    "which several members of both parties raised concerns about its cost.\n\n"
    "Supporters said the measure would help thousands of families who depend on the payments, while "
    "critics argued that the money should be spent on other priorities.\n\n"
    "The bill now goes to the House, where its fate is less certain.\n\n"
)
_DE = (
    "Der Stadtrat hat am Dienstag beschlossen, das alte Hallenbad bis zum Sommer zu sanieren. Die "
    "Kosten von rund vier Millionen Euro teilen sich Stadt und Land.\n\n"
    "Kritiker hatten zuvor einen Neubau am Stadtrand gefordert, der nach ihrer Rechnung günstiger "
    "gewesen wäre.\n\n"
)
_ES_TAIL = (
    "El Senado aprobó el martes la prórroga del programa por dos años más, tras un largo debate en el "
    "que varios legisladores de ambos partidos expresaron dudas sobre su costo. Para más información, "
    "escriba a redaccion@example.com"
)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (_EN + "Write to Alejandro de la Garza at alejandro.delagarza@example.com", "en"),
        (_EN + "Contact María José López at mj.lopez@example.org or www.example.org", "en"),
        (_DE + "Kontakt: Jean-Pierre Dubois, Giovanni di Marco, www.example.de", "de"),
    ],
    ids=["time-write-to", "contact-two-addresses", "de-kontakt"],
)
def test_contact_line_joins_the_article(text: str, code: str) -> None:
    sections = newsmeta.split_sections(text)
    assert [s.language.code if s.language else None for s in sections] == [code]


def test_a_paragraph_with_an_address_still_says_its_language() -> None:
    sections = newsmeta.split_sections(_EN + _ES_TAIL)
    assert [s.language.code if s.language else None for s in sections] == ["en", "es"]

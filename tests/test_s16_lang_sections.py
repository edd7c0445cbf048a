"""split_sections where a line ends in another language than it opens, and the text goes on in
a third one, in the opening's language again, or in the end's; Thai and Lao, which write no
full stop; a stretch in another script with a Latin date line inside it."""

from __future__ import annotations

import pytest

from newsmeta import split_sections

EN = (
    "The city council approved the new budget on Tuesday after a long debate. Officials said the money "
    "would go to schools and roads. The mayor called the vote a fair compromise for everyone."
)
EN2 = (
    "Opposition members walked out before the final vote, saying they had not been given time to read "
    "the amendments. They promised to challenge the decision in court next month."
)
DE = (
    "Der Stadtrat hat am Dienstag nach einer langen Debatte den neuen Haushalt beschlossen. Die Beamten "
    "sagten, das Geld fließe in Schulen und Straßen. Der Bürgermeister nannte die Abstimmung einen fairen "
    "Kompromiss für alle."
)
DE2 = (
    "Die Opposition verließ vor der Schlussabstimmung den Saal und erklärte, sie habe keine Zeit gehabt, "
    "die Änderungen zu lesen. Sie will im nächsten Monat vor Gericht ziehen."
)
DE_SHORT = "Das ist eine gute Nachricht für die Stadt."
FR = (
    "Le conseil municipal a approuvé mardi le nouveau budget après un long débat. Les responsables ont "
    "déclaré que l'argent irait aux écoles et aux routes. Le maire a qualifié le vote de compromis équitable."
)
FR_LONG = FR + " Les travaux commenceront au printemps et dureront au moins deux ans, selon la mairie."
NL = (
    "De gemeenteraad heeft dinsdag na een lang debat de nieuwe begroting goedgekeurd. Ambtenaren zeiden "
    "dat het geld naar scholen en wegen gaat. De burgemeester noemde de stemming een eerlijk compromis."
)
NL2 = (
    "De oppositie verliet de zaal voor de laatste stemming en zei dat zij geen tijd had gekregen om de "
    "amendementen te lezen. Zij wil volgende maand naar de rechter stappen."
)
RU_SHORT = "Городской совет утвердил новый бюджет во вторник."
TH = (
    "สภาเมืองอนุมัติงบประมาณใหม่เมื่อวันอังคารหลังจากการอภิปรายที่ยาวนาน "
    "เจ้าหน้าที่กล่าวว่าเงินจะถูกใช้สำหรับโรงเรียนและถนน "
    "นายกเทศมนตรีกล่าวว่าการลงคะแนนครั้งนี้เป็นการประนีประนอมที่ยุติธรรมสำหรับทุกคน"
)
HI = (
    "नगर परिषद ने लंबी बहस के बाद मंगलवार को नए बजट को मंजूरी दी। अधिकारियों ने कहा कि पैसा स्कूलों और "
    "सड़कों पर खर्च होगा। महापौर ने इस मतदान को सभी के लिए उचित समझौता बताया।"
)
HI2 = "विपक्ष के सदस्य अंतिम मतदान से पहले सदन से बाहर चले गए और उन्होंने अगले महीने अदालत जाने की बात कही।"
EN_SHORT = "Read the full report on our website."
EL = (
    "Το δημοτικό συμβούλιο ενέκρινε την Τρίτη τον νέο προϋπολογισμό μετά από μακρά συζήτηση. "
    "Οι αξιωματούχοι είπαν ότι τα χρήματα θα πάνε σε σχολεία και δρόμους."
)
EL2 = "Ο δήμαρχος χαρακτήρισε την ψηφοφορία δίκαιο συμβιβασμό για όλους τους κατοίκους της πόλης."
DATE_LINE = "Published on Friday, 13 January 2017 08:47."


def _layout(lines: list[list[str]]) -> str:
    """Lines (each the parts of one paragraph, joined by a space) separated by blank lines."""
    return "\n\n".join(" ".join(parts) for parts in lines)


# (id, paragraphs as lists of parts, the language of each part, in order)
CASES = [
    pytest.param([[EN, DE], [FR]], ["en", "de", "fr"], id="en-de | fr (a third language after the line)"),
    pytest.param([[FR], [EN, DE], [DE2]], ["fr", "en", "de", "de"], id="fr | en-de | de (a new paragraph cut)"),
    pytest.param(
        [[FR_LONG, EN], [EN2, DE_SHORT], [DE2]],
        ["fr", "en", "en", "de", "de"],
        id="fr-en | en-de | de (the line before ends in the language this one opens in)",
    ),
    pytest.param(
        [[EN, DE, EN2, FR_LONG]],
        ["en", "de", "en", "fr"],
        id="en-de-en-fr (a stretch inside the opening of a line cut in two)",
    ),
    pytest.param([[FR], [EN, DE, EN2, NL]], ["fr", "en", "de", "en", "nl"], id="fr | en-de-en-nl"),
    pytest.param([[TH, EN], [EN2]], ["th", "en", "en"], id="th-en | en (Thai writes no full stop)"),
    pytest.param([[NL, RU_SHORT], [NL2]], ["nl", "ru", "nl"], id="nl-ru | nl (a short end in another script)"),
    pytest.param([[EN_SHORT, HI], [HI2]], ["en", "hi", "hi"], id="en-hi | hi (a short opening in another script)"),
    pytest.param([[EN, EL, DATE_LINE, EL2, EN2]], ["en", "el", "el", "el", "en"], id="en-el-date-el-en"),
]


@pytest.mark.parametrize(("paragraphs", "langs"), CASES)
def test_each_part_is_a_section_of_its_language(paragraphs: list[list[str]], langs: list[str]) -> None:
    text = _layout(paragraphs)
    # where each part starts, and the language of the section it opens (equal neighbours merged)
    starts, expected = [], []
    pos = 0
    k = 0
    for parts in paragraphs:
        for part in parts:
            if not expected or expected[-1] != langs[k]:
                starts.append(pos)
                expected.append(langs[k])
            pos += len(part) + 1
            k += 1
        pos += 1  # the second newline of the blank line (the first replaced the space)
    got = split_sections(text)
    codes = [s.language.code if s.language is not None else None for s in got]
    assert codes == expected
    assert [s.start for s in got] == starts


@pytest.mark.parametrize(
    "paragraphs",
    [
        pytest.param([[EN, DE_SHORT], [EN2]], id="en-de | en (a short end in the same script: a quote)"),
        pytest.param([[DE_SHORT, EN], [EN2]], id="de-en | en (a short opening in the same script: a quote)"),
        pytest.param([[NL, NL2]], id="nl only"),
        pytest.param([[TH], [TH]], id="th only"),
    ],
)
def test_one_section(paragraphs: list[list[str]]) -> None:
    got = split_sections(_layout(paragraphs))
    assert len(got) == 1

"""split_sections on a change of language inside one line, where one side is in a language
langdetect's profiles do not know (isiZulu, Setswana, Icelandic), in a script of its own
(Armenian, Georgian, kana) or with sentence stops other than ``.`` (the Devanagari danda)."""

from __future__ import annotations

import pytest

from newsmeta import split_sections

EN = (
    "The city council approved the new budget on Tuesday after a long debate. Officials said the money "
    "would go to schools and roads. The mayor called the vote a fair compromise for everyone."
)
ZU = (
    "Umkhandlu wedolobha uvumile isabelomali esisha ngoLwesibili ngemuva kwengxoxo ende. Izikhulu zithe "
    "imali izoya ezikoleni nasemigwaqweni. Imeya ithe lesi sinqumo silungile kubo bonke abantu bakuleli dolobha."
)
TN = (
    "Lekgotla la toropo le amogetse tekanyetso e ntšha ka Labobedi morago ga puisano e telele. Badiredi ba "
    "rile madi a tla ya kwa dikolong le mebileng. Ramotse o rile tshwetso e e siame mo bathong botlhe."
)
IS = (
    "Borgarráðið samþykkti nýja fjárhagsáætlun á þriðjudag eftir langar umræður. Embættismenn sögðu að "
    "peningarnir færu í skóla og vegi. Borgarstjórinn sagði atkvæðagreiðsluna vera sanngjarna málamiðlun."
)
EO = (
    "La urba konsilio aprobis la novan buĝeton marde post longa debato. Oficistoj diris, ke la mono iros "
    "al lernejoj kaj vojoj. La urbestro nomis la voĉdonon justa kompromiso por ĉiuj."
)
# Japanese sentences with a space after each full stop, as pasted text often has them.
JA = (
    "市議会は火曜日、長い議論の末に新しい予算を承認した。 当局者によると、資金は学校と道路に使われる。 "
    "市長は採決を公正な妥協だと述べた。"
)
HY = (
    "Քաղաքային խորհուրդը երեքշաբթի օրը հաստատեց նոր բյուջեն երկար քննարկումից հետո։ Պաշտոնյաները "
    "ասացին, որ գումարը կուղղվի դպրոցներին և ճանապարհներին։ Քաղաքապետը քվեարկությունը անվանեց արդար փոխզիջում։"
)
KA = (
    "ქალაքის საბჭომ სამშაბათს ახალი ბიუჯეტი დაამტკიცა ხანგრძლივი დებატების შემდეგ. ჩინოვნიკებმა "
    "თქვეს, რომ თანხა სკოლებსა და გზებზე დაიხარჯება."
)
HI = (
    "नगर परिषद ने लंबी बहस के बाद मंगलवार को नए बजट को मंजूरी दी। अधिकारियों ने कहा कि पैसा स्कूलों और "
    "सड़कों पर खर्च होगा। महापौर ने इस मतदान को सभी के लिए उचित समझौता बताया।"
)

# (id, the parts of one line, the language of each part); each part becomes one section
CASES = [
    ("en-zu", [EN, ZU], ["en", "zu"]),
    ("zu-ja", [ZU, JA], ["zu", "ja"]),
    ("is-tn", [IS, TN], ["is", "tn"]),
    ("eo-en", [EO, EN], ["eo", "en"]),
    ("hi-en (danda)", [HI, EN], ["hi", "en"]),
    ("hy-ka-hy", [HY, KA, HY], ["hy", "ka", "hy"]),
    ("en-zu-en", [EN, ZU, EN], ["en", "zu", "en"]),
    ("eo-hy-eo (a script inside a language without a profile)", [EO, HY, EO], ["eo", "hy", "eo"]),
    ("en-tn-en", [EN, TN, EN], ["en", "tn", "en"]),
    ("is-en-is", [IS, EN, IS], ["is", "en", "is"]),
    ("is-zu-is", [IS, ZU, IS], ["is", "zu", "is"]),
]


@pytest.mark.parametrize(("parts", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_switch_inside_a_line_is_cut_at_the_sentence(parts: list[str], expected: list[str]) -> None:
    text = " ".join(parts)
    secs = split_sections(text)
    assert [s.language.code if s.language else None for s in secs] == expected
    starts = [0]
    for p in parts[:-1]:
        starts.append(starts[-1] + len(p) + 1)
    assert [s.start for s in secs] == starts


SINGLE = [
    ("ja, spaced sentences", JA + "\n\n" + JA, "ja"),
    ("zu", ZU + "\n\n" + ZU, "zu"),
    ("tn", TN, "tn"),
    ("is", IS, "is"),
    ("hy", HY, "hy"),
]


@pytest.mark.parametrize(("text", "code"), [c[1:] for c in SINGLE], ids=[c[0] for c in SINGLE])
def test_one_language_stays_one_section(text: str, code: str) -> None:
    secs = split_sections(text)
    assert [s.language.code if s.language else None for s in secs] == [code]

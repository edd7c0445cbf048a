"""Letters strung at random in an alphabet are no text in its language (#20: honest confidence).

A long text whose words write pairs of letters its language's texts never write is said with a
low confidence, whatever script rule or model named the language; real texts keep theirs.
"""

from __future__ import annotations

import random

import pytest

import newsmeta

_ALPHABETS = {
    "cyrillic": "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
    "greek": "αβγδεζηθικλμνξοπρστυφχψω",
    "arabic": "ابتثجحخدذرزسشصضطظعغفقكلمنهوي",
}


def _strung(alphabet: str, seed: int, n: int = 500) -> str:
    rnd = random.Random(seed)
    words: list[str] = []
    while sum(map(len, words)) < n:
        words.append("".join(rnd.choice(alphabet) for _ in range(rnd.randint(2, 9))))
    return " ".join(words)


@pytest.mark.parametrize(
    ("script", "seed"),
    [(s, seed) for s in sorted(_ALPHABETS) for seed in (1, 2)],
    ids=[f"{s}-{seed}" for s in sorted(_ALPHABETS) for seed in (1, 2)],
)
def test_random_letters_are_not_said_surely(script: str, seed: int) -> None:
    text = _strung(_ALPHABETS[script], seed)
    lang = newsmeta.detect_language(text)
    assert lang is None or lang.confidence <= 0.6
    for section in newsmeta.split_sections(text):
        assert section.language is None or section.language.confidence <= 0.6


_PROSE = [
    (
        "ru",
        "Правительство утвердило новый порядок выплаты пособий семьям с детьми. По словам министра, "
        "изменения вступят в силу с первого января следующего года, а заявления можно будет подать "
        "через портал государственных услуг или в отделении социального фонда по месту жительства. "
        "Эксперты считают, что решение поможет почти двум миллионам семей.",
    ),
    (
        "el",
        "Η κυβέρνηση ανακοίνωσε σήμερα νέα μέτρα στήριξης για τα νοικοκυριά που πλήττονται από την "
        "αύξηση των τιμών της ενέργειας. Σύμφωνα με τον αρμόδιο υπουργό, η επιδότηση θα καταβληθεί "
        "τον επόμενο μήνα σε όσους έχουν υποβάλει φορολογική δήλωση, ενώ οι δικαιούχοι θα "
        "ενημερωθούν με μήνυμα στο κινητό τους τηλέφωνο.",
    ),
    (
        "ar",
        "أعلنت وزارة الصحة اليوم عن إطلاق حملة وطنية جديدة للتطعيم ضد الإنفلونزا الموسمية، تستهدف "
        "كبار السن والأطفال والعاملين في القطاع الصحي. وقال المتحدث باسم الوزارة إن اللقاحات ستكون "
        "متوفرة مجانا في جميع المراكز الصحية ابتداء من الأسبوع المقبل، داعيا المواطنين إلى التسجيل "
        "المسبق عبر الموقع الإلكتروني.",
    ),
    (
        "ru",
        "Компания Apple и Microsoft представили в Москве новые версии iPhone и Windows, сообщает "
        "агентство Reuters. Представители компаний заявили, что продажи в России начнутся в марте, "
        "а цены будут объявлены позднее на официальных сайтах www.apple.com и www.microsoft.com.",
    ),
]


@pytest.mark.parametrize(("code", "text"), _PROSE, ids=["ru", "el", "ar", "ru-latin-names"])
def test_prose_keeps_its_confidence(code: str, text: str) -> None:
    lang = newsmeta.detect_language(text)
    assert lang is not None
    assert lang.code == code
    assert lang.confidence >= 0.9

"""Session 21: split_sections made cheaper in steady state without changing a result; each
shortcut checked against the plain way of doing it (the plain ways are written out here)."""

from __future__ import annotations

import math
import os
import re
from collections import Counter

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsmeta import language, sections, split_sections

TEXTS = [
    "The council approved the budget on Tuesday after a long debate about schools.",
    "El consejo aprobó el martes el presupuesto tras un largo debate sobre las escuelas.",
    "Der Stadtrat hat am Dienstag nach einer langen Debatte über die Schulen den Haushalt beschlossen.",
    "ΟΔΟΣ ΑΘΗΝΑΣ. Η κυβέρνηση ενέκρινε τον νέο προϋπολογισμό ΣΗΜΕΡΑ'Σ και ΟΔΟΣ.ΚΑΙ",
    "İSTANBUL'da Belediye Meclisi bütçeyi onayladı; İzmir'de ise toplantı ertelendi.",
    "सरकार ने मंगलवार को नया बजट पेश किया और विपक्ष ने इसका विरोध किया।",
    "Правительство утвердило бюджет во вторник после долгих дебатов о школах.",
    "ഇന്ത്യയുടെ തലസ്ഥാനം ന്യൂഡൽഹിയാണ്, Kerala's capital is Thiruvananthapuram.",
    "ǅemal, ǈubica i ǋegoš: Ⅻ poglavlje, x² + y², naïve café’s déjà-vu",
    "日本語の文章とEnglish words、한국어 문장도 있습니다。",
]


def _plain_lower_words(head: str) -> list[str]:
    if head.isascii():
        return language._ASCII_WORD.findall(head.lower())
    return [w.lower() for w in language._WORD.findall(head)]


@pytest.mark.parametrize("text", TEXTS)
def test_lower_words_are_the_words_lower_cased(text: str) -> None:
    assert language._lower_words(text) == _plain_lower_words(text)


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=60))
def test_lower_words_on_any_text(text: str) -> None:
    assert language._lower_words(text) == _plain_lower_words(text)


def test_every_character_lower_cased_alone_keeps_its_kind() -> None:
    """What :func:`newsmeta.language._lower_words` rests on: a character whose lower case is one
    character is, for ``_WORD``, of the same kind as it (a letter, a mark, an apostrophe, none)."""
    letter = re.compile(r"[^\W\d_]")
    mark = re.compile(r"[\u0300-\u036f\u0900-\u0963\u0971-\u0dff\u0e00-\u0eff]")

    def kind(ch: str) -> tuple[bool, bool, bool]:
        return bool(letter.match(ch)), bool(mark.match(ch)), ch in "'’"

    changed = (chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF)
    odd = [ch for ch in changed if ch != ch.lower() and (len(ch.lower()) == 1 and kind(ch) != kind(ch.lower()))]
    assert odd == []


def _plain_stop_words(code: str) -> list[str] | None:
    if code in language._OWN_STOP:
        return list(dict.fromkeys(language._OWN_STOP[code].split()))
    import importlib.util

    spec = importlib.util.find_spec("justext")
    assert spec is not None and spec.origin is not None
    path = os.path.join(os.path.dirname(spec.origin), "stoplists", language._STOP_FILES[code] + ".txt")
    with open(path, encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    lowered = (w.strip().lower() for w in lines)
    return list(dict.fromkeys(w for w in lowered if w and (w.isalpha() or language._WORD.fullmatch(w))))


@pytest.mark.parametrize("code", language._STOP_CODES)
def test_stop_lists_read_as_line_by_line(code: str) -> None:
    got = language._read_stop(code)
    words = _plain_stop_words(code)
    assert got is not None and words is not None
    tie, decay, rank0 = language._STOP_TIE, language._STOP_DECAY, language._STOP_RANK0
    credits = [tie - decay * math.log1p(rank / rank0) for rank in range(len(words))]
    assert list(got[1]) == words and list(got[1].values()) == credits
    assert got[0] == frozenset(words) == got[2]


@pytest.mark.parametrize("text", [*TEXTS, "", "1234 !!", "abc"])
def test_scripts_counted_in_order_of_first_letter(text: str) -> None:
    plain = Counter(language._script(ch) for ch in text if ch.isalpha())
    got = language._scripts(text)
    assert got == plain and list(got) == list(plain) and isinstance(got, Counter)


@pytest.mark.parametrize("text", TEXTS)
def test_packed_sums_scores_and_counts(text: str) -> None:
    model = language._model()
    assert model is not None
    total = weight = 0
    for w in language._words(text):
        rows = [model.row(g) for g in language._grams(w)]
        total += sum(r for r in rows if r != ())
        weight += sum(1 for r in rows if r != ())
    assert language._packed(text, model) == (total, weight)


@pytest.mark.parametrize("text", [t * 6 for t in TEXTS])
def test_known_pairs_count_as_letter_by_letter(text: str) -> None:
    for code in sorted(language._PAIRED):
        script = language._PAIRED_SCRIPT.get(code, "latin")
        pairs = language._pairs_of(code)
        known = total = 0
        for w in language._words(text[: language._PAIRS_CHARS]):
            if len(w) > 1 and language._script(w[0]) == script:
                w = w.lower()
                total += len(w) - 1
                known += sum(w[i : i + 2] in pairs for i in range(len(w) - 1))
        both = sum(map(language._known_pairs(code).__getitem__, language._words(text[: language._PAIRS_CHARS])))
        assert (both & language._COUNT_MASK, both >> language._COUNT_BITS) == (known, total), code


@pytest.mark.parametrize(
    "text", [*TEXTS, "a b", "one two three", "one two three four", "a b c d   ", "  x  y z w v u t s r q p"]
)
def test_is_strong_counts_words_as_far_as_it_needs(text: str) -> None:
    def plain(t: str) -> bool:  # (as before: every word counted)
        if len(t) < sections._MIN_LETTERS_DENSE:
            return False
        words = len(t.split())
        dense = words <= 2 or t.count(" ") * 20 < len(t)
        if dense and not any(ch.isascii() for ch in t if ch.isalpha()):
            return sections._has_letters(t, sections._MIN_LETTERS_DENSE)
        if words <= 2:
            return False
        return words >= sections._MIN_WORDS and len(t) >= sections._MIN_LETTERS and sections._has_letters(
            t, sections._MIN_LETTERS
        )

    assert sections._is_strong(text) == plain(text)


def test_noisy_counts_code_signs_outside_ascii() -> None:
    for text in ["héllo (x) = [y]; {z} * 2 # ok", "日本語.( 中文) = {}", "a\ud800{b} é"]:
        signs = sum(map(text.count, language._CODE_SIGNS.decode("ascii")))
        raw = text.encode("utf-8", "surrogatepass")
        assert len(raw) - len(raw.translate(None, language._CODE_SIGNS)) == signs
    assert language._noisy("déf f(x): return {x: [y*2 for y in x]}; print(f) # é")
    assert not language._noisy("Le conseil a approuvé le budget mardi après un long débat.")


def test_neighbours_of_a_cut_line_read_as_before() -> None:
    """A line cut around a stretch in another language (its reading dropped once all lines are
    cut) still gives the line after it the language it read as whole."""
    en = "The council approved the budget on Tuesday after a long debate about the schools of the city."
    de = "Der Stadtrat hat am Dienstag nach einer langen Debatte über die Schulen den Haushalt beschlossen."
    line = f"{en} {en} {de} {de} {en} {en}"
    text = f"{en}\n\n{line}\n\n{en} {en}\n\n{en}"
    got = split_sections(text)
    start = text.index(de)
    assert [(s.start, s.language.code if s.language else None) for s in got] == [
        (0, "en"),
        (start, "de"),
        (start + len(de) * 2 + 2, "en"),
    ]
    assert got[-1].end == len(text)

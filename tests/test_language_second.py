"""The second model (py3langid): languages outside langdetect's profiles, honest confidence on
text in no language, misuse errors, A->B->A changes inside a line, and linear time on hostile input."""

from __future__ import annotations

import base64
import random
import string
import time

import pytest

from newsmeta import detect_language, split_sections
from newsmeta.errors import InputTypeError, InvalidOptionError
from newsmeta.language_langid import probabilities

ZU = (
    "Uhulumeni wesifundazwe uthe uzokwakha izikole ezintsha ezindaweni zasemakhaya kulo nyaka. "
    "Abazali abaningi bathi bajabule kakhulu ngalesi sinqumo ngoba izingane zabo zihamba amabanga amade "
    "nsuku zonke.\n\n"
    "UNgqongqoshe wezeMfundo uthe imali isivele ibekiwe eceleni futhi umsebenzi uzoqala ngenyanga ezayo. "
    "Abahlali bacele ukuthi kuqashwe abantu bendawo ukuze nabo bathole umsebenzi."
)
XH = (
    "Urhulumente wephondo uthe uza kwakha izikolo ezintsha kwiindawo zasemaphandleni kulo nyaka. "
    "Abazali abaninzi bathi bonwabile kakhulu ngesi sigqibo kuba abantwana babo bahamba imigama emide yonke imihla."
)
EN = (
    "The provincial government said it would build new schools in rural areas this year. "
    "Many parents said they were very happy with the decision because their children walk long distances every day. "
    "The education minister said the money had already been set aside and work would start next month."
)
PL = (
    "Rada miasta zebrała się we wtorek, aby omówić budżet na przyszły rok. "
    "Radni nie doszli jednak do porozumienia w sprawie nowych podatków."
)


def test_languages_outside_langdetect() -> None:
    assert detect_language(ZU).code == "zu"  # type: ignore[union-attr]
    assert detect_language(XH).code == "xh"  # type: ignore[union-attr]


def test_zulu_article_is_one_section_and_xhosa_tail_another() -> None:
    assert [s.language.code for s in split_sections(ZU) if s.language] == ["zu"]
    secs = split_sections(EN + "\n\n" + XH)
    assert [s.language.code for s in secs if s.language] == ["en", "xh"]
    assert secs[1].start == len(EN) + 2


def test_stretch_in_the_middle_of_a_line_is_cut_out() -> None:
    first, rest = EN.split(" The education")
    text = f"{first} {PL} The education{rest}"
    secs = split_sections(text)
    assert [s.language.code for s in secs if s.language] == ["en", "pl", "en"]
    assert secs[1].start == len(first) + 1
    assert text[secs[2].start :].startswith("The education")


def test_quoted_phrase_inside_a_sentence_is_no_section() -> None:
    text = (
        "The minister said the phrase «nie ma mowy, nigdy w życiu» was heard several times during the long "
        "meeting on Tuesday, and the council later voted to close the old bridge for repairs over the summer."
    )
    assert len(split_sections(text)) == 1


def _junk(kind: str, n: int, rng: random.Random) -> str:
    raw = bytes(rng.randrange(256) for _ in range(n))
    if kind == "hex":
        return raw.hex()
    if kind == "base64":
        return base64.b64encode(raw).decode()
    if kind == "latin-1":
        return raw.decode("latin-1")
    if kind == "letters":
        return " ".join(
            "".join(rng.choice(string.ascii_lowercase) for _ in range(rng.randint(2, 9))) for _ in range(n // 6)
        )
    if kind == "control":
        return "".join(chr(rng.randrange(32)) + rng.choice(string.ascii_letters) for _ in range(n // 2))
    return "".join(rng.choice(string.digits + string.punctuation + " ") for _ in range(n))


@pytest.mark.parametrize("kind", ["hex", "base64", "latin-1", "letters", "control", "punctuation"])
def test_no_language_gets_no_high_confidence(kind: str) -> None:
    rng = random.Random(kind)
    for n in (16, 60, 200, 600):
        for _ in range(4):
            lang = detect_language(_junk(kind, n, rng))
            assert lang is None or lang.confidence < 0.9, (kind, n, lang)


def test_code_gets_no_high_confidence() -> None:
    code = "def f(x):\n    return x[i] + self.y * 2  # tmp\nfor i in range(10): print(i)\n" * 3
    lang = detect_language(code)
    assert lang is None or lang.confidence < 0.9


def test_prose_keeps_its_confidence() -> None:
    assert detect_language(EN).confidence >= 0.9  # type: ignore[union-attr]
    assert detect_language(PL).confidence >= 0.9  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("call", "error", "hint"),
    [
        (lambda: detect_language(5), InputTypeError, "pass the text"),  # type: ignore[arg-type]
        (lambda: split_sections(None), InputTypeError, "pass the text"),  # type: ignore[arg-type]
        (lambda: detect_language("text", languages=5), InputTypeError, "languages=('en', 'de')"),  # type: ignore[arg-type]
        (lambda: split_sections("text", languages=[5]), InputTypeError, "ISO 639-1"),  # type: ignore[list-item]
        (lambda: detect_language("text", languages=["english!"]), InvalidOptionError, "ISO 639-1"),
        (lambda: detect_language("text", languages=b"en"), InputTypeError, "ISO 639-1"),  # type: ignore[arg-type]
    ],
)
def test_misuse_says_how_to_fix(call: object, error: type[Exception], hint: str) -> None:
    with pytest.raises(error, match=hint.replace("(", r"\(").replace(")", r"\)")):
        call()  # type: ignore[operator]


def test_probabilities_deterministic_and_bounded() -> None:
    a = probabilities(EN)
    assert a == probabilities(EN)
    assert max(a, key=a.__getitem__) == "en"
    assert 0.99 <= sum(a.values()) <= 1.0 + 1e-6
    assert probabilities("   ") == {}


def _hostile(kind: str, n: int) -> str:
    en = "The council met on Tuesday to discuss the budget for the coming year. "
    pl = "Rada miasta zebrała się we wtorek, aby omówić budżet na przyszły rok. "
    unit = {
        "lines": en + "\n" + pl + "\n",
        "one line": en + en + pl + pl,
        "no spaces": "abcdefghijklmnopqrstuvwxyzáé",
        "control": "".join(chr(i) for i in range(32)) + "ab\x7f",
        "blank runs": "\n" * 50 + "word \n",
    }[kind]
    return (unit * (n // len(unit) + 1))[:n]


@pytest.mark.parametrize("kind", ["lines", "one line", "no spaces", "control", "blank runs"])
def test_hostile_input_linear(kind: str) -> None:
    split_sections(_hostile(kind, 2_000))  # models loaded, caches warm
    times = []
    for n in (10_000, 40_000):
        text = _hostile(kind, n)
        t = time.perf_counter()
        secs = split_sections(text)
        detect_language(text)
        times.append(time.perf_counter() - t)
        assert secs[0].start == 0 and secs[-1].end == n
    # four times the text: well under sixteen times the time (quadratic), with slack for noise
    assert times[1] < 10 * times[0] + 0.5, times


def test_without_the_second_model_the_profiles_answer(monkeypatch: pytest.MonkeyPatch) -> None:
    import newsmeta.language_langid as second

    monkeypatch.setattr(second, "_model", lambda: None)
    assert probabilities(EN) == {}
    assert detect_language(PL).code == "pl"  # type: ignore[union-attr]
    assert [s.language.code for s in split_sections(EN + "\n\n" + PL) if s.language] == ["en", "pl"]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(EN, id="english"),
        pytest.param(PL + " " + PL.upper(), id="polish-and-capitals"),
        pytest.param("ΤΟ ΥΠΟΥΡΓΙΚΟ ΣΥΜΒΟΥΛΙΟ ΣΥΝΕΔΡΙΑΣΕ ΣΗΜΕΡΑ ΓΙΑ ΤΟΝ ΠΡΟΫΠΟΛΟΓΙΣΜΟ", id="greek-upper"),
        pytest.param("a  b\t\tc\n\nd  e   f g", id="one-letter-words"),
        pytest.param("x\u0304 ā a\ud800b Ünïcödé 東京 テスト 한국어 \x00\x7f end", id="odd-characters"),
    ],
)
def test_whole_text_walk_gives_the_word_by_word_scores(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    import newsmeta.language_langid as second

    model = second._model()
    assert model is not None and model.nm is not None  # the checked model: texts are walked whole
    assert len(text.split()) > second._FEW_WORDS
    whole = probabilities(text)
    monkeypatch.setattr(model, "nm", None)  # as for a model whose automaton was not checked
    assert probabilities(text) == whole

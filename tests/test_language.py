"""detect_language: right on short text, deterministic, None without a language signal."""

from __future__ import annotations

import subprocess
import sys
import threading
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsmeta import detect_language
from newsmeta.errors import InputTypeError, InvalidOptionError, MissingDependencyError

SENTENCES = [
    ("en", "The council voted on Tuesday to close the old bridge for repairs."),
    ("es", "El ayuntamiento votó el martes cerrar el puente viejo para repararlo."),
    ("fr", "Le conseil municipal a voté mardi la fermeture du vieux pont pour travaux."),
    ("de", "Der Stadtrat hat am Dienstag beschlossen, die alte Brücke zu sperren."),
    ("it", "Il consiglio comunale ha votato martedì la chiusura del vecchio ponte."),
    ("pt", "A câmara municipal votou na terça-feira o encerramento da ponte velha."),
    ("nl", "De gemeenteraad heeft dinsdag besloten de oude brug te sluiten."),
    ("ru", "Городской совет во вторник проголосовал за закрытие старого моста."),
    ("uk", "Міська рада у вівторок проголосувала за закриття старого мосту."),
    ("pl", "Rada miasta zagłosowała we wtorek za zamknięciem starego mostu."),
    ("el", "Το δημοτικό συμβούλιο ψήφισε την Τρίτη το κλείσιμο της παλιάς γέφυρας."),
    ("ja", "市議会は火曜日、古い橋を修理のために閉鎖することを決めました。"),
    ("zh", "市议会周二投票决定关闭旧桥进行维修。"),
    ("ko", "시의회는 화요일 보수를 위해 낡은 다리를 폐쇄하기로 의결했다."),
    ("ar", "صوت مجلس المدينة يوم الثلاثاء على إغلاق الجسر القديم للإصلاح."),
    ("he", "מועצת העיר הצביעה ביום שלישי על סגירת הגשר הישן לתיקונים."),
    ("th", "สภาเมืองลงมติเมื่อวันอังคารให้ปิดสะพานเก่าเพื่อซ่อมแซม"),
    ("ka", "ქალაქის საბჭომ სამშაბათს ძველი ხიდის დახურვას დაუჭირა მხარი."),
    ("hy", "Քաղաքային խորհուրդը երեքշաբթի քվեարկեց հին կամուրջը փակելու օգտին։"),
    ("tr", "Belediye meclisi salı günü eski köprünün onarım için kapatılmasına karar verdi."),
    ("sv", "Kommunfullmäktige röstade på tisdagen för att stänga den gamla bron."),
    ("fi", "Kaupunginvaltuusto päätti tiistaina sulkea vanhan sillan korjausten ajaksi."),
    ("eu", "Udalak asteartean erabaki zuen zubi zaharra ixtea, eta konponketak egingo dira."),
    # languages langdetect has no profile for, named from stop words or letters
    ("nn", "Eg veit ikkje kva dei har tenkt å gjere med huset, men dei skal ha eit møte frå i dag."),
    ("zu", "Abantu abaningi bathi kumele uhulumeni asize kakhulu ngoba izinto zibiza kakhulu manje."),
    ("mi", "Ka haere ngā tamariki ki te kura ā te Rāhina."),
    ("la", "Omnes homines liberi aequique dignitate atque iuribus nascuntur."),
    ("az", "Şəhər şurası çərşənbə axşamı köhnə körpünün bağlanmasına qərar verdi."),
    ("kk", "Қалалық кеңес сейсенбі күні ескі көпірді жабу туралы шешім қабылдады."),
    ("lv", "Pilsētas dome otrdien nobalsoja par vecā tilta slēgšanu remontdarbu dēļ."),
    ("hi", "नगर परिषद ने मंगलवार को पुराने पुल को मरम्मत के लिए बंद करने का फैसला किया है।"),
    ("mr", "नगर परिषदेने मंगळवारी जुना पूल दुरुस्तीसाठी बंद करण्याचा निर्णय घेतला आहे."),
]


@pytest.mark.parametrize(("code", "text"), SENTENCES, ids=[c for c, _ in SENTENCES])
def test_sentence(code: str, text: str) -> None:
    lang = detect_language(text)
    assert lang is not None
    assert lang.code == code


SHORT = [
    # Devanagari vowel signs are not letters to str.isalpha, but langdetect's profiles hold them:
    # dropping them left Hindi function words as bare consonants, read as Marathi or Nepali.
    ("hi", "शहर में", "hi-vowel-signs-mein"),
    ("hi", "बच्चों के", "hi-vowel-signs-ke"),
    ("hi", "चुनाव आयोग", "hi-vowel-signs-ayog"),
    ("hi", "कांग्रेस पार्टी", "hi-vowel-signs-party"),
    # Letters outside ASCII count on their own, so a short Urdu or Persian sentence is not outvoted
    # by a longer run of English boilerplate in front of it.
    (
        "ur",
        "Latest News Home Page Breaking Headlines Business Economy حکومت نے نئے بجٹ کا اعلان کیا ہے",
        "ur-after-english",
    ),
    ("fa", "Tehran Times Online News Agency Politics Economy دولت بودجه جدید را اعلام کرد", "fa-after-english"),
    # Stop words credited by their rank on the (frequency-ordered) list: a common word weighs more.
    ("es", "porque él", "es-ranked-stop-words"),
    # On a text of a few words every language's stop list counts, not only the n-grams' top few.
    ("sv", "inte heller", "sv-few-words-all-stop-lists"),
    ("sq", "sepse ai", "sq-few-words-all-stop-lists"),
    # The letter rules read composed text: Māori macrons typed as a vowel + combining macron.
    ("mi", unicodedata.normalize("NFD", "Ka haere ngā tamariki ki te kura ā te Rāhina."), "mi-decomposed"),
]


@pytest.mark.parametrize(("code", "text"), [(c, t) for c, t, _ in SHORT], ids=[i for _, _, i in SHORT])
def test_short_and_special(code: str, text: str) -> None:
    lang = detect_language(text)
    assert lang is not None
    assert lang.code == code


SOTHO = [
    # py3langid has no model of Tswana and reads it as Sesotho or Northern Sotho: the spelling
    # (Tswana g where Sesotho writes h; Sesotho hl and tj) tells the two apart.
    ("tn", "A re le lona le itse sentle seemo sa botsogo jwa bana.", "tn-g-spelling"),
    ("tn", "Ditlhopho di tlaa tshwarwa ngwaga o o tlang.", "tn-not-northern-sotho"),
    ("tn", "Bogosi bo ne bo rulaganya moletlo wa ngwaga le ngwaga.", "tn-ng-and-g"),
    ("st", "Batho ba bangata ba hloka mesebetsi naheng.", "st-h-and-hl"),
    ("st", "Tjhelete e ne e sa lekana ho reka dijo tsohle.", "st-tj"),
    # a name's g inside a sentence is not Tswana spelling
    ("st", "Ba ile ba etela Granaccia le Garnacha naheng ya Spain.", "st-names-skipped"),
    # isiXhosa and isiZulu, near-ties to py3langid: the function words and Xhosa's doubled vowels
    ("xh", "Eli qela liza kudlala apho ngomso.", "xh-demonstrative-and-apho"),
    ("xh", "Ootitshala bathi iincwadi azikafiki.", "xh-doubled-prefixes"),
    ("xh", "Xa imvula inetha, iindlela ziyavalwa.", "xh-xa"),
    ("zu", "Leli qembu lizodlala lapho kusasa.", "zu-demonstrative-and-lapho"),
    ("zu", "Othisha bathi izincwadi azikafiki.", "zu-single-prefixes"),
    ("zu", "Uma imvula ina, imigwaqo iyavalwa.", "zu-uma"),
]


@pytest.mark.parametrize(("code", "text"), [(c, t) for c, t, _ in SOTHO], ids=[i for _, _, i in SOTHO])
def test_tswana_sesotho_xhosa_zulu(code: str, text: str) -> None:
    lang = detect_language(text)
    assert lang is not None
    assert lang.code == code


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("go gore gape", "tn"),
        ("ho hore hape", "st"),
        ("Hae le Greg Gugu", "st"),  # capitalised words inside a sentence (names) do not count ...
        ("Hae. Greg gape", "tn"),  # ... one after a full stop starts a sentence and does
        ("Gugu gape hae", "tn"),  # ... and so does the text's first word
        ("kgomo ngwana", None),  # kg and ng are written by both
        ("", None),
    ],
    ids=["tswana", "sesotho", "names", "after-full-stop", "first-word", "kg-ng", "empty"],
)
def test_sotho_spelling(text: str, code: str | None) -> None:
    from newsmeta.language import _sotho_spelling

    assert _sotho_spelling(text) == code


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("kwaye okanye apho", "xh"),
        ("futhi noma lapho", "zu"),
        ("iincwadi zoomama", "xh"),
        ("eParys eFree kwi-Vaal", None),  # a name after a noun prefix: its doubled vowels do not count
        ("ukuba kodwa", None),  # both write these
    ],
    ids=["xhosa-words", "zulu-words", "doubled-vowels", "prefixed-names", "shared-words"],
)
def test_nguni_spelling(text: str, code: str | None) -> None:
    from newsmeta.language import _nguni_spelling

    assert _nguni_spelling(text) == code


# py3langid's probabilities given by hand, so that each case exercises the rule it names
# (the profiles' scores below are a plausible reading of such a sentence; only their order matters).
COMBINED = [
    # Xitsonga, which py3langid (no model of it) reads as Northern Sotho: its own words, not Tswana's
    (
        "Loko hi ya eka holo ya tiko, hi swi vona leswaku vanhu va kona.",
        {"sw": -300.0, "id": -310.0, "tl": -320.0},
        {"nso": 0.45, "st": 0.2, "zu": 0.15},
        "ts",
        "ts-read-as-northern-sotho",
    ),
    # Serbian in Cyrillic, which the profiles (no Serbian among them) read as Macedonian
    (
        "Аутор је познат и радови су изложени у граду.",
        {"mk": -400.0, "bg": -420.0, "ru": -430.0},
        {"sr": 0.7, "mk": 0.27, "bg": 0.03},
        "sr",
        "sr-je-su-u",
    ),
    (
        "Авторот е познат и делата се изложени во градот.",
        {"mk": -400.0, "bg": -420.0, "ru": -430.0},
        {"sr": 0.55, "mk": 0.4, "bg": 0.05},
        "mk",
        "mk-e-vo",
    ),
    # undotted Yoruba among foreign names: py3langid favours it weakly, its function words name it
    (
        "Romano Prodi ati Giuliano Amato lati Italia.",
        {"it": -300.0, "sl": -310.0, "hr": -320.0},
        {"yo": 0.3, "it": 0.05, "bcl": 0.05},
        "yo",
        "yo-function-words",
    ),
    # ... and so for jusText's lists of languages langdetect has no profile of: a short Latin line
    (
        "Consul in urbe est.",
        {"it": -150.0, "ro": -155.0, "es": -160.0},
        {"la": 0.3, "it": 0.1, "ro": 0.05},
        "la",
        "la-function-words",
    ),
    # ... but not for a close relative of the profiles' best (Bosnian for Croatian): markers decide there
    (
        "Grad je dobio novi most.",
        {"hr": -150.0, "sl": -155.0, "sk": -160.0},
        {"bs": 0.4, "hr": 0.35, "sr": 0.2},
        "hr",
        "bs-sibling-not-by-stop-words",
    ),
]


@pytest.mark.parametrize(
    ("text", "logp", "probs", "code"), [c[:4] for c in COMBINED], ids=[c[4] for c in COMBINED]
)
def test_second_model_with_rules(text: str, logp: dict[str, float], probs: dict[str, float], code: str) -> None:
    from newsmeta.language import Scores, _argmax, _combine

    got = _combine(Scores(logp, 100), probs, text, None, "cyrillic" if not text.isascii() else "latin")
    assert _argmax(got.logp) == code


def test_nguni_pair_over_a_stranger_named_by_stop_words() -> None:
    # isiXhosa or isiZulu to py3langid without doubt, but which one it cannot tell: its better one,
    # not the language the stop words (Luganda ``naye``, ``abantu``) named over the profiles' best
    from newsmeta.language import Scores, _argmax, _combine

    scores = Scores({"lg": -200.0, "id": -210.0, "sw": -215.0}, 100, host="id")
    got = _combine(scores, {"xh": 0.6, "zu": 0.4}, "Abantu abadala bazame ukuthetha naye.", None, "latin")
    assert _argmax(got.logp) == "xh"


@pytest.mark.parametrize(
    "text",
    ["", "   ", "12345 67890", "https://example.com/news/2024/06/21", "+1 (555) 010-2030", "*** --- !!!", "2024-06-21"],
    ids=["empty", "blank", "digits", "url", "phone", "punct", "iso-date"],
)
def test_no_signal(text: str) -> None:
    assert detect_language(text) is None


@pytest.mark.parametrize(
    ("text", "languages", "code"),
    [
        ("Pace e bene", ("it", "es"), "it"),
        ("ayer por la tarde", ("es", "pt"), "es"),
        ("Die Regierung", ("de", "nl", "en"), "de"),
        ("Bonjour", ("FR", "en"), "fr"),
        ("Hej då", ("no", "sv"), "sv"),
    ],
    ids=["it-es", "es-pt", "de", "upper-code", "alias-no"],
)
def test_languages_narrows(text: str, languages: tuple[str, ...], code: str) -> None:
    lang = detect_language(text, languages=languages)
    assert lang is not None
    assert lang.code == code
    assert all(a.code in {c.lower() if c != "no" else "nb" for c in languages} for a in lang.alternatives)


def test_languages_unknown_only() -> None:
    assert detect_language("The council voted.", languages=("xx",)) is None


def test_codes_normalised() -> None:
    lang = detect_language("Stortinget vedtok i går en ny lov om skatt på formue og eiendom.")
    assert lang is not None
    assert lang.code in {"nb", "da"}
    assert lang.code != "no"


def test_confidence_and_alternatives() -> None:
    lang = detect_language("Il consiglio comunale ha votato")
    assert lang is not None
    assert 0.0 <= lang.confidence <= 1.0
    confs = [lang.confidence] + [a.confidence for a in lang.alternatives]
    assert confs == sorted(confs, reverse=True)
    assert len(lang.alternatives) <= 3
    assert lang.code not in {a.code for a in lang.alternatives}


def test_rejects_bytes() -> None:
    with pytest.raises(InputTypeError):
        detect_language(b"bytes")  # type: ignore[arg-type]


def test_same_answer_in_threads() -> None:
    texts = [t for _, t in SENTENCES] + ["ok", "Kim Jong Un", "nu", "si"]
    expected = [detect_language(t) for t in texts]
    results: list[list[object]] = []

    def run() -> None:
        results.append([detect_language(t) for t in texts])

    threads = [threading.Thread(target=run) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert all(r == expected for r in results)


def test_same_answer_in_fresh_process() -> None:
    texts = ["Hola", "Guten Tag zusammen", "nu", "Ciao a tutti", "Tak for mad"]
    code = (
        "import sys; from newsmeta import detect_language as d\n"
        "print([None if (x := d(t)) is None else (x.code, x.confidence) for t in sys.argv[1:]])"
    )
    runs = {
        subprocess.run([sys.executable, "-c", code, *texts], capture_output=True, text=True, check=True).stdout
        for _ in range(2)
    }
    here = str([None if (x := detect_language(t)) is None else (x.code, x.confidence) for t in texts])
    assert runs == {here + "\n"}


def test_global_langdetect_seed_untouched() -> None:
    from langdetect.detector_factory import DetectorFactory

    before = DetectorFactory.seed
    detect_language("The council voted on Tuesday.")
    assert DetectorFactory.seed == before


@given(st.text(max_size=300))
def test_never_raises(text: str) -> None:
    lang = detect_language(text)
    if lang is not None:
        assert 0.0 <= lang.confidence <= 1.0
        assert lang.code == lang.code.lower()
        assert all(0.0 <= a.confidence <= 1.0 for a in lang.alternatives)
        assert detect_language(text) == lang


# --- backend="lingua": an optional second model for texts of a few words -------------------------


@pytest.mark.parametrize(
    ("backend", "error"),
    [("Lingua", InvalidOptionError), ("", InvalidOptionError), (2, InputTypeError), (None, InputTypeError)],
    ids=["wrong-case", "empty", "int", "none"],
)
def test_backend_misused(backend: object, error: type[Exception]) -> None:
    with pytest.raises(error, match="backend must be one of 'langdetect', 'lingua'"):
        detect_language("mortgage brokers", backend=backend)  # type: ignore[arg-type]


def test_backend_lingua_missing_says_how_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    from newsmeta import language

    monkeypatch.setattr(language, "_LINGUA", [])
    monkeypatch.setitem(sys.modules, "lingua", None)  # makes ``import lingua`` fail
    with pytest.raises(MissingDependencyError, match=r"pip install 'newsmeta-extract\[lingua\]'") as info:
        detect_language("mortgage brokers", backend="lingua")
    assert isinstance(info.value, ImportError)
    assert language._LINGUA == []


def test_backend_lingua_not_needed_for_long_or_ruled_text(monkeypatch: pytest.MonkeyPatch) -> None:
    """Only texts of up to three words with more than one candidate consult lingua."""
    from newsmeta import language

    monkeypatch.setattr(language, "_lingua", lambda: pytest.fail("lingua consulted"))
    long = "The council voted on Tuesday to close the old bridge for repairs."
    assert detect_language(long, backend="lingua") == detect_language(long)
    assert detect_language("Пока", languages=("ru",), backend="lingua").code == "ru"  # type: ignore[union-attr]
    assert detect_language("東京の天気", backend="lingua").code == "ja"  # type: ignore[union-attr]


class _FakeLingua:
    """Stands in for lingua's detector: fixed confidence values, and a count of the calls."""

    def __init__(self, values: dict[str, float]) -> None:
        from types import SimpleNamespace

        self.calls = 0
        self.values = [
            SimpleNamespace(language=SimpleNamespace(iso_code_639_1=SimpleNamespace(name=c.upper())), value=v)
            for c, v in values.items()
        ]

    def compute_language_confidence_values(self, text: str) -> list[object]:
        self.calls += 1
        return self.values


def test_backend_lingua_decides_short_text(monkeypatch: pytest.MonkeyPatch) -> None:
    from newsmeta import language

    fake = _FakeLingua({"da": 0.7, "nb": 0.3})
    monkeypatch.setattr(language, "_lingua", lambda: fake)
    assert detect_language("kommunestyret vedtak").code == "nb"  # type: ignore[union-attr]
    lang = detect_language("kommunestyret vedtak", backend="lingua")
    assert fake.calls == 1
    assert lang is not None and lang.code == "da" and 0.5 < lang.confidence <= 1.0
    assert [a.code for a in lang.alternatives][:1] == ["nb"]
    # Narrowed to one language, there is nothing for lingua to decide.
    assert detect_language("kommunestyret vedtak", languages=("nb",), backend="lingua").code == "nb"  # type: ignore[union-attr]
    assert fake.calls == 1


def test_backend_lingua_failure_keeps_profiles_answer(monkeypatch: pytest.MonkeyPatch) -> None:
    from newsmeta import language

    class Broken:
        def compute_language_confidence_values(self, text: str) -> list[object]:
            msg = "model file damaged"
            raise RuntimeError(msg)

    monkeypatch.setattr(language, "_lingua", Broken)
    assert detect_language("kommunestyret vedtak", backend="lingua") == detect_language("kommunestyret vedtak")


LINGUA_PAIRS = [("en", "mortgage brokers"), ("nl", "verkiezingen uitslag"), ("nb", "flyplassen stengt")]


@pytest.mark.parametrize(("code", "text"), LINGUA_PAIRS, ids=[t for _, t in LINGUA_PAIRS])
def test_backend_lingua_two_words(code: str, text: str) -> None:
    pytest.importorskip("lingua")
    lang = detect_language(text, backend="lingua")
    assert lang is not None and lang.code == code and 0.0 <= lang.confidence <= 1.0
    assert detect_language(text, backend="lingua") == lang

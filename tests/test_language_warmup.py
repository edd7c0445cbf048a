"""First use made cheap without changing a result: langdetect's profiles read into one table of
rows (each made into a packed int when an n-gram is first met), jusText's stop lists read one
language at a time, py3langid's model read straight from its file, and the shortcuts of the
per-line path; each checked against the plain way of doing it."""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys

import pytest

from newsmeta import language
from newsmeta import language_langid as second


def _eager_table() -> dict[str, int]:
    """langdetect's profiles as one table built up front (how the rows were made before)."""
    import langdetect

    folder = os.path.join(os.path.dirname(langdetect.__file__), "profiles")
    table: dict[str, int] = {}
    for idx, name in enumerate(sorted(os.listdir(folder))):
        with open(os.path.join(folder, name), encoding="utf-8") as fh:
            prof = json.load(fh)
        for gram, count in prof["freq"].items():
            n = len(gram)
            if not 1 <= n <= 3 or not prof["n_words"][n - 1] or (n == 1 and gram.isascii()):
                continue
            p = count / prof["n_words"][n - 1]
            fixed = round(language._NWEIGHT[n - 1] * math.log1p(p / language._EPS) * language._UNIT)
            table[gram] = table.get(gram, 0) + (fixed << (language._BITS * idx))
    return table


def test_rows_are_the_table_built_from_the_profiles() -> None:
    model = language._model()
    assert model is not None
    eager = _eager_table()
    grams = set(model.index) | {"zq", "ʘ", "xyzw", "", "e", "é"}
    assert set(eager) <= set(model.index)
    made = {g: model.row(g) for g in grams}
    assert {g: r for g, r in made.items() if r != ()} == eager
    assert made["e"] == () and made["zq"] == () and made["é"] != ()  # ASCII letters are not scored alone
    assert all(model.row(g) == r for g, r in made.items())  # and the same when looked up again


def test_unknown_ngrams_remembered_within_bounds(monkeypatch: pytest.MonkeyPatch) -> None:
    model = language._model()
    assert model is not None
    monkeypatch.setattr(model, "table", {})
    monkeypatch.setattr(model, "n_unseen", 0)
    monkeypatch.setattr(language, "_UNSEEN_MAX", 3)
    for gram in ["qqx", "xqq", "qxq", "zqz", "qzq"]:
        assert model.row(gram) == ()
    assert model.n_unseen == 3 and len(model.table) == 3  # the rest are looked up each time
    assert model.row("the") not in ((), None)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Read more at https://example.com/a/b?c=1 today", id="url"),
        pytest.param("Visit www.example.org for the full report", id="www"),
        pytest.param("Write to press.office@example.co.uk with questions", id="email"),
        pytest.param("Contact @newsdesk on the site", id="at-sign-alone"),
        pytest.param("ftp://files.example.net/x and more words", id="other-scheme"),
        pytest.param("Le gouvernement a présenté mardi son budget", id="no-url"),
        pytest.param("WWW.EXAMPLE.COM IN CAPITALS", id="capital-www"),
    ],
)
def test_words_without_url_marks_skip_the_url_pass(text: str) -> None:
    expected = language._URL.sub(" ", text)
    import unicodedata

    assert language._words(text) == unicodedata.normalize("NFC", expected).translate(language._NORM).split()


def _stop_by_hand() -> tuple[dict[str, frozenset[str]], dict[str, tuple[tuple[str, float], ...]]]:
    """Every stop list read at once, with word -> (language, credit) for every list holding it."""
    import justext

    folder = os.path.join(os.path.dirname(justext.__file__), "stoplists")
    ranked: dict[str, list[str]] = {}
    for name, code in language._STOPLISTS.items():
        with open(os.path.join(folder, name + ".txt"), encoding="utf-8") as fh:
            words = [w.strip().lower() for w in fh]
        ranked[code] = list(dict.fromkeys(w for w in words if w and language._WORD.fullmatch(w)))
    for code, words_ in language._OWN_STOP.items():
        ranked[code] = list(dict.fromkeys(words_.split()))
    index: dict[str, list[tuple[str, float]]] = {}
    for code, words in ranked.items():
        for rank, w in enumerate(words):
            credit = language._STOP_TIE - language._STOP_DECAY * math.log1p(rank / language._STOP_RANK0)
            if credit > 0:
                index.setdefault(w, []).append((code, credit))
    return {c: frozenset(ws) for c, ws in ranked.items()}, {w: tuple(v) for w, v in index.items()}


def test_stop_lists_read_one_at_a_time_are_the_lists_read_at_once() -> None:
    pytest.importorskip("justext")
    lists, index = _stop_by_hand()
    stop = language._stoplists()
    assert list(stop) == list(lists) and dict(stop.items()) == lists
    by_code: dict[str, list[tuple[str, float]]] = {}
    for code in language._STOP_CODES:
        got = language._stop(code)
        assert got is not None
        for w, credit in got[1].items():
            by_code.setdefault(w, []).append((code, credit))
    assert {w: tuple(v) for w, v in by_code.items()} == index
    for script in ("latin", "cyrillic"):
        expected = {
            w
            for w, entries in index.items()
            if any(c not in language._PROFILED and language._STOP_SCRIPT.get(c, "latin") == script for c, _ in entries)
        }
        assert language._unprofiled_words(script) == expected


@pytest.mark.parametrize(
    ("code", "present"),
    [("en", True), ("zu", True), ("nn", True), ("xx", False), ("ja", False)],
    ids=["jusText-list", "own-list", "unprofiled", "unknown-code", "no-list"],
)
def test_stop_lists_mapping(code: str, present: bool) -> None:
    stop = language._stoplists()
    assert (code in stop) is present
    assert bool(stop.get(code, frozenset())) is present
    if not present:
        with pytest.raises(KeyError):
            stop[code]


def test_unreadable_stop_list_is_no_list(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(language, "_STOP_READ", {})
    monkeypatch.setattr(language, "_JUSTEXT_DIR", ["/nonexistent/justext"])
    assert language._stop("en") is None and "en" not in language._stoplists()
    assert language._stop("zu") is not None  # the module's own lists need no file


@pytest.mark.parametrize(
    "scores",
    [
        pytest.param({"en": 1.5, "de": 2.5, "fr": -1.0}, id="distinct"),
        pytest.param({"nl": 2.0, "af": 2.0, "de": 2.0, "en": 1.0}, id="ties-by-code"),
        pytest.param({"b": 0.0, "a": -0.0, "c": -math.inf}, id="signed-zero-and-inf"),
        pytest.param({"en": 3.0}, id="one"),
        pytest.param({}, id="empty"),
    ],
)
def test_best_keys_sort_as_negated_pairs(scores: dict[str, float]) -> None:
    pairs = sorted((-v, c) for c, v in scores.items())
    assert language._ranked(scores) == pairs
    for n in (1, 2, 5):
        assert language._best_keys(scores, n) == [c for _, c in pairs[:n]]


def test_model_read_from_its_file_is_py3langids() -> None:
    np = pytest.importorskip("numpy")
    langid = pytest.importorskip("py3langid.langid")
    fast = second._read_model(langid.MODEL_DIR / langid.MODEL_FILE)
    ident = langid.LanguageIdentifier.from_model_file(langid.MODEL_FILE)
    slow = second._Model(ident.nb_ptc, ident.nb_pc, ident.nb_classes, ident.tk_nextmove, ident.tk_row, ident.tk_output)
    assert fast is not None
    for name in second._Model.__slots__:
        a, b = getattr(fast, name), getattr(slow, name)
        if isinstance(a, np.ndarray):
            assert a.dtype == b.dtype and a.shape == b.shape and np.array_equal(a, b), name
        else:
            assert type(a) is type(b) and a == b, name


@pytest.mark.parametrize(
    "damage",
    [
        pytest.param(b"not xz at all", id="not-xz"),
        pytest.param(None, id="not-a-zip-inside"),
    ],
)
def test_model_file_not_as_expected_is_left_to_py3langid(damage: bytes | None, tmp_path: object) -> None:
    import lzma
    from pathlib import Path

    path = Path(str(tmp_path)) / "model.npz.xz"
    path.write_bytes(damage if damage is not None else lzma.compress(b"PK\x01\x02 central directory only"))
    if damage is not None:
        with pytest.raises(lzma.LZMAError):
            second._read_model(path)
    else:
        assert second._read_model(path) is None


_FIRST_USE = """
import sys, threading
from newsmeta import detect_language, split_sections
texts = sys.argv[1:]
out = {}
def run(i):
    out[i] = [repr(detect_language(t)) for t in texts] + [repr(split_sections(t)) for t in texts]
threads = [threading.Thread(target=run, args=(i,)) for i in range(4)]
for t in threads: t.start()
for t in threads: t.join()
assert all(v == out[0] for v in out.values())
print(out[0])
"""


def test_first_use_from_threads_at_once() -> None:
    """Four threads of a fresh process load every model at once and read the texts alike."""
    texts = [
        "The council met on Tuesday to discuss the budget for next year.",
        "Umongameli uthe uhulumeni uzoqhubeka nokwakha izindlu ezintsha.",
        "Kommunestyret vedtok budsjettet for neste år.\n\nDer Gemeinderat hat den Haushalt beschlossen.",
        "Ово је кратка вест о времену.",
    ]
    res = subprocess.run([sys.executable, "-c", _FIRST_USE, *texts], capture_output=True, text=True, check=True)
    here = [repr(language.detect_language(t)) for t in texts]
    from newsmeta import split_sections

    here += [repr(split_sections(t)) for t in texts]
    assert res.stdout == f"{here}\n"


def test_py3langids_own_loader_when_the_file_is_not_as_expected(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Umongameli uthe uhulumeni uzoqhubeka nokwakha izindlu ezintsha ezindaweni zasemakhaya."
    expected = second.probabilities(text)
    monkeypatch.setattr(second, "_MODEL", [])
    monkeypatch.setattr(second, "_read_model", lambda path: None)
    second._word_features.cache_clear()
    assert second.probabilities(text) == expected and second._MODEL
    second._word_features.cache_clear()


def _letter_rule_by_hand(text: str, script: str) -> str | None:
    for scr, letters, code in language._LETTER_RULES:
        if scr == script and any(ch in text for ch in letters):
            if code == "is" and not any(ch in text for ch in "áíúæÁÍÚÆ"):
                continue
            if code == "yo" and any(ch in text for ch in "ăâêôơưđĂÂÊÔƠƯĐ"):
                continue
            if code == "mi" and not language._maori_letters(text):
                continue
            return code
    return None


@pytest.mark.parametrize(
    ("text", "script", "code"),
    [
        ("Qazaqstan әкімі қала туралы айтты", "cyrillic", "kk"),
        ("Ўрад прыняў рашэнне", "cyrillic", "be"),
        ("Влада је донела одлуку ђаци", "cyrillic", "sr"),
        ("Бүх хүмүүс өөрсдийн", "cyrillic", "mn"),
        ("Prezident Əliyev bəyanat verdi", "latin", "az"),
        ("Þingið samþykkti frumvarpið í dag", "latin", "is"),
        ("Þehir meclisi toplandý", "latin", None),
        ("La ĉefministro parolis hieraŭ", "latin", "eo"),
        ("Ọba náà ṣe àpèjọ", "latin", "yo"),
        ("Người dân ọ ẹ đã", "latin", None),
        ("Ka kōrero te rangatira ki ngā tāngata", "latin", "mi"),
        ("Valdība pieņēma lēmumu šodien", "latin", None),
        ("Plain English with no rule", "latin", None),
        ("Ελληνικά κείμενα", "greek", None),
    ],
    ids=[
        "kk",
        "be",
        "sr",
        "mn",
        "az",
        "is",
        "turkish-thorn",
        "eo",
        "yo",
        "vietnamese",
        "mi",
        "latvian",
        "none",
        "greek",
    ],
)
def test_letter_rules_read_from_the_texts_characters(text: str, script: str, code: str | None) -> None:
    assert language._letter_rule(text, script) == _letter_rule_by_hand(text, script) == code


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Umongameli uthe uhulumeni uzoqhubeka nokwakha izindlu ezintsha.", id="sentence"),
        pytest.param("Le gouvernement a présenté mardi son budget. " * 12, id="paragraph"),
        pytest.param("Die Regierung hat am Dienstag den Haushalt vorgestellt. " * 60, id="long"),
    ],
)
def test_features_counted_by_numpy_are_counted_as_by_a_counter(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("numpy")
    monkeypatch.setattr(second, "_MANY_FEATURES", 10**9)  # a Counter, always
    expected = second.probabilities(text)
    monkeypatch.setattr(second, "_MANY_FEATURES", 1)  # numpy, always
    assert second.probabilities(text) == expected != {}


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("if (x == 1) { return y[2]; } # done", id="code"),
        pytest.param("The council met on Tuesday, 12 May (at 9:30).", id="prose"),
        pytest.param("\x00\x01 binary\x7f ~^` _under_", id="controls"),
        pytest.param("Le café « noir » coûte 2 € — cher !", id="not-ascii"),
        pytest.param("".join(map(chr, range(128))), id="every-ascii"),
        pytest.param("Use np.zeros(3).sum() and os.path.join() in the loop body now", id="dotted-calls"),
        pytest.param("Voir a.b.c.d.e.f.g et x.y.z pour la liste complète des éléments", id="dotted-not-ascii"),
        pytest.param("Der Preis stieg (leicht) an, sagte er am Montag in Berlin. Dann ging er.", id="few-signs"),
    ],
)
def test_noise_counted_as_the_pattern_finds_it(text: str) -> None:
    def by_hand(t: str) -> bool:
        n = len(t) - t.count(" ")
        return bool(n) and (len(language._NOISE.findall(t)) * 6 >= n or len(language._CODE.findall(t)) * 14 >= n)

    assert language._noisy(text) == by_hand(text)
    # the signs counted first bound the pattern's matches (so that a text with few is not read)
    assert len(language._CODE.findall(text)) <= sum(map(text.count, language._CODE_SIGNS.decode("ascii")))
    raw = text.encode("utf-8")
    if text.isascii():
        assert len(raw) - len(raw.translate(None, language._ASCII_NOISE)) == len(language._NOISE.findall(text))


@pytest.mark.parametrize(
    "words",
    [
        pytest.param(["the", "council", "of", "the", "city", "and", "the", "mayor"], id="english"),
        pytest.param(["de", "la", "et", "le", "un", "les", "de", "des"], id="french"),
        pytest.param(["xyzzy", "plugh"], id="no-stop-words"),
        pytest.param([], id="none"),
    ],
)
def test_stop_word_credits_added_in_order(words: list[str]) -> None:
    logp = {"en": -100.25, "fr": -101.5, "de": -130.0, "nl": -99.75, "es": -140.0}
    got = dict(logp)
    language._stopword_tiebreak(words, got)
    top = set(logp) if len(words) <= language._STOP_FEW else set(language._best_keys(logp, language._STOP_TOP))
    expected = dict(logp)
    for code in top:
        stop = language._stop(code)
        assert stop is not None
        s = logp[code]
        for w in words:  # one by one, in the words' order (a float sum depends on it)
            if stop[1].get(w):
                s += stop[1][w]
        expected[code] = s
    assert got == expected


def _stopword_language_by_hand(
    words: list[str], best: str, script: str, cands: frozenset[str] | None
) -> tuple[str, int] | None:
    """:func:`language._stopword_language` as it was written first: each list intersected in turn."""
    mine_list = language._stop(best)
    if mine_list is None or len(words) < 3:
        return None
    own = mine_list[0]
    uniq = set(words) - own
    if len(uniq & language._unprofiled_words(script)) < 2:
        return None
    winner, margin = None, 0
    for code in language._UNPROFILED_STOP:
        if language._STOP_SCRIPT.get(code, "latin") != script or (cands is not None and code not in cands):
            continue
        got = language._stop(code)
        if got is None:
            continue
        a = len(uniq & got[2])
        b = sum(1 for w in words if w in own and w not in got[0])
        if a >= 2 and a >= 2 * b + 1 and a * language._STOP_SHARE >= len(words) and a - b > margin:
            winner, margin = code, a - b
    return None if winner is None else (winner, margin)


@pytest.mark.parametrize(
    ("text", "best", "script", "cands"),
    [
        pytest.param("Ni havas la rajton al libereco kaj al egaleco de ĉiuj", "it", "latin", None, id="esperanto"),
        pytest.param("Gbogbo ènìyàn ni a bí ní òmìnira àti pé wọ́n sì ní iyì", "en", "latin", None, id="yoruba"),
        pytest.param("Omnes homines liberi et aequales in dignitate et iuribus", "it", "latin", None, id="latin"),
        pytest.param("Omnes homines liberi et aequales", "it", "latin", frozenset({"it", "en"}), id="cands"),
        pytest.param("Сви људи се рађају слободни и једнаки у достојанству", "ru", "cyrillic", None, id="serbian"),
        pytest.param("The council met on Tuesday and the mayor said it would act", "en", "latin", None, id="english"),
        pytest.param("de la et le", "fr", "latin", None, id="few-words"),
    ],
)
def test_stopword_language_counts_each_list_as_by_hand(
    text: str, best: str, script: str, cands: frozenset[str] | None
) -> None:
    pytest.importorskip("justext")
    words = [w.lower() for w in language._WORD.findall(text)]
    assert language._stopword_language(words, best, script, cands) == _stopword_language_by_hand(
        words, best, script, cands
    )
    owners = language._unprofiled_owners(script)
    for w in words:
        expected = tuple(
            c
            for c in language._UNPROFILED_STOP
            if language._STOP_SCRIPT.get(c, "latin") == script
            and (got := language._stop(c)) is not None
            and w in got[2]
        )
        assert owners.get(w, ()) == expected


@pytest.mark.parametrize("piece", [7, 1 << 23], ids=["small-pieces", "default-pieces"])
@pytest.mark.parametrize("cut", [0, 40], ids=["whole", "truncated"])
def test_xz_read_in_pieces_gives_the_stream(piece: int, cut: int, monkeypatch: pytest.MonkeyPatch) -> None:
    """The model's xz reader gives back the bytes, in reads and reads into a buffer, and stops
    short (no exception) where a stream was cut."""
    import lzma

    data = b"".join(i.to_bytes(4, "little") for i in range(50_000))
    packed = lzma.compress(data)
    packed = packed[: len(packed) - cut]
    monkeypatch.setattr(second._Unxz, "_PIECE", piece)
    fh = second._Unxz(packed)
    head = fh.read(30)
    buf = bytearray(100_000)
    n = fh.readinto(memoryview(buf))
    rest = fh.read(len(data))
    got = head + bytes(buf[:n]) + rest
    assert fh.tell() == len(got)
    if cut:
        assert len(got) < len(data) and data.startswith(got)
    else:
        assert got == data and n == len(buf)
    fh.rest()
    assert fh.read(10) == b""

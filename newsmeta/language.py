"""Language of a text: a deterministic naive-Bayes over langdetect's n-gram profiles.

langdetect's own detector samples n-grams at random; here every 1-, 2- and 3-gram of the
text is scored against each of its 55 profiles (loaded once, lazily, thread-safely), so the
same text always gets the same answer.  Scripts that belong to one language (Hangul, Kana,
Thai, Georgian, Armenian, ...) and a few letters that only one language uses (Azerbaijani
``ə``, Esperanto ``ĉ``, Icelandic ``þ``, Kazakh ``қ``, ...) name languages directly, including
some langdetect has no profile for.

>>> detect_language("The cabinet met on Tuesday to discuss the budget.").code
'en'
>>> detect_language("El gobierno aprobó ayer el presupuesto para el año que viene.").code
'es'
>>> detect_language("Пока", languages=("ru", "uk")).code
'ru'
>>> detect_language("12345 67890") is None
True
"""

from __future__ import annotations

import functools
import itertools
import math
import operator
import re
import struct
import threading
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any, Literal

import attrs

from newsmeta.errors import InputTypeError, InvalidOptionError, MissingDependencyError
from newsmeta.records import Language

__all__ = ["detect_language"]

# ---------------------------------------------------------------------------------------------
# Profiles
# ---------------------------------------------------------------------------------------------

#: Added to every n-gram probability (langdetect smooths with alpha 0.5 / 10,000 likewise).
_EPS = 2e-5
#: Weight of 1-, 2- and 3-grams in the score.  Letters are scored only outside ASCII: a basic
#: Latin letter says little, but ``ã``, ``ø`` or ``ä`` rules languages in or out even when no
#: longer n-gram holding it is in any profile (each profile keeps only its commonest n-grams).
_NWEIGHT = (1.0, 0.7, 1.2)
#: Fixed-point scale and field width of the packed scores: a field holds (2**32 / (13 * 256)),
#: over a million n-grams, far more than the ``_MAX_CHARS`` characters read ever give.
_UNIT = 256
_BITS = 32
_MASK = (1 << _BITS) - 1
#: Profile names that are the same language under ISO 639-1.
_PROFILE_CODE = {"zh-cn": "zh", "zh-tw": "zh", "no": "nb"}
#: Codes people pass for the same language.
#: ISO codes of langdetect's profiles.
_PROFILED = frozenset(
    [
        "af",
        "ar",
        "bg",
        "bn",
        "ca",
        "cs",
        "cy",
        "da",
        "de",
        "el",
        "en",
        "es",
        "et",
        "fa",
        "fi",
        "fr",
        "gu",
        "he",
        "hi",
        "hr",
        "hu",
        "id",
        "it",
        "ja",
        "kn",
        "ko",
        "lt",
        "lv",
        "mk",
        "ml",
        "mr",
        "nb",
        "ne",
        "nl",
        "pa",
        "pl",
        "pt",
        "ro",
        "ru",
        "sk",
        "sl",
        "so",
        "sq",
        "sv",
        "sw",
        "ta",
        "te",
        "th",
        "tl",
        "tr",
        "uk",
        "ur",
        "vi",
        "zh",
    ]
)
_ALIAS = {"no": "nb", "iw": "he", "in": "id", "ji": "yi", "tl": "tl", "fil": "tl"}


class _Model:
    """langdetect's profiles as one table: a row of 55 scores per n-gram, made into a packed
    int (:meth:`row`) the first time a word holds it."""

    __slots__ = ("codes", "has", "index", "low", "n_unseen", "repeated", "rows", "shift", "table", "width")

    def __init__(self, codes: tuple[str, ...], index: dict[str, int], rows: Any, has: Any) -> None:
        self.codes = codes  # ISO code per profile index (zh twice)
        #: n-gram -> its row in ``rows`` (every n-gram of every profile)
        self.index = index
        #: the rows' bytes: per n-gram, one little-endian 32-bit field per profile, its log-odds
        #: against an unseen n-gram as a fixed-point number (0 where the profile lacks it)
        self.rows = rows
        self.width = _BITS // 8 * len(codes)
        #: where a word's count of known n-grams sits above its packed scores (see _word_score),
        #: and the mask of the scores below it
        self.shift = _BITS * len(codes)
        self.low = (1 << self.shift) - 1
        #: per n-gram row, whether a profile scores it (ASCII letters alone are not scored)
        self.has = has
        #: n-gram -> its row as one int (``_BITS`` bits per profile): adding two rows adds all
        #: 55 scores at once; ``()`` for an n-gram no profile scores.  Filled as n-grams are
        #: met (each row depends on the profiles only: threads that race store the same value).
        self.table: dict[str, int | tuple[()]] = {}
        self.n_unseen = 0  # how many n-grams the table holds as ``()``
        #: Codes held by more than one profile (``zh``), with their indexes: the best of them counts.
        self.repeated = tuple(
            (c, tuple(i for i, x in enumerate(codes) if x == c)) for c in sorted(set(codes)) if codes.count(c) > 1
        )

    def row(self, gram: str) -> int | tuple[()]:
        """The packed row of ``gram``, ``()`` when no profile holds it."""
        got = self.table.get(gram)
        if got is not None:
            return got
        i = self.index.get(gram)
        total: int | tuple[()] = ()
        if i is not None and self.has[i]:
            # (the fields, little-endian, in the profiles' order, are the packed int's bytes)
            total = int.from_bytes(self.rows[i * self.width : (i + 1) * self.width], "little")
            self.table[gram] = total
        elif self.n_unseen < _UNSEEN_MAX:  # (bounded: text of random letters brings new ones without end)
            self.n_unseen += 1
            self.table[gram] = total
        return total


#: How many n-grams no profile holds the table remembers as such (any number gives the same scores).
_UNSEEN_MAX = 100_000

_LOCK = threading.Lock()
_MODEL: list[_Model] = []


def _table(counts: list[tuple[dict[str, Any], list[Any]]]) -> tuple[dict[str, int], Any, Any]:
    """The profiles' n-grams as rows (see :class:`_Model`): n-gram -> row, the rows' bytes, and
    per row whether a profile scores it.

    An n-gram's score in a profile is ``round(weight * log1p(count / n_words / _EPS) * _UNIT)``
    (its log-odds against an unseen n-gram, smoothed by ``_EPS``, weighted by its length, as a
    fixed-point number), computed here with the same operations in the same order.
    """
    every = dict.fromkeys(itertools.chain.from_iterable(freq for freq, _ in counts))
    index = dict(zip(every, range(len(every)), strict=True))
    n_profiles = len(counts)
    import numpy as np

    matrix = np.zeros((len(index), n_profiles), dtype="<u4")
    hits = np.zeros(len(index), dtype=bool)
    for idx, (freq, n_words) in enumerate(counts):
        grams = list(freq)
        size = np.fromiter(map(len, grams), dtype=np.intp, count=len(grams))
        # weight and n-gram total of each n-gram's length; 0 past 3 (not scored)
        weight = np.array([0.0, *_NWEIGHT, 0.0])[np.minimum(size, 4)]
        total = np.array([0.0, *(float(n_words[n]) for n in range(3)), 0.0])[np.minimum(size, 4)]
        keep = (weight != 0) & (total != 0)
        for k in np.flatnonzero(keep & (size == 1)).tolist():
            keep[k] = not grams[k].isascii()  # ASCII letters alone are not scored
        where = np.flatnonzero(keep)
        if not len(where):
            continue
        count = np.fromiter(freq.values(), dtype=np.float64, count=len(grams))[where]
        odds = count / total[where] / _EPS
        logs = np.fromiter(map(math.log1p, odds.tolist()), dtype=np.float64, count=len(where))
        rows = np.fromiter(map(index.__getitem__, grams), dtype=np.intp, count=len(grams))[where]
        matrix[rows, idx] = np.rint(weight[where] * logs * _UNIT)  # (rint: half to even, as round)
        hits[rows] = True
    return index, memoryview(matrix.data).cast("B"), hits.tolist()


def _load() -> _Model:
    import json
    import os

    import langdetect

    folder = os.path.join(os.path.dirname(langdetect.__file__), "profiles")
    names = sorted(os.listdir(folder))
    counts = []
    for name in names:
        with open(os.path.join(folder, name), encoding="utf-8") as fh:
            prof = json.load(fh)
        freq, n_words = prof["freq"], prof["n_words"]
        # checked here, so that a damaged profile fails now (no model) and not at a later look-up
        if not isinstance(freq, dict) or not isinstance(n_words, list) or len(n_words) < 3:
            msg = f"langdetect profile {name!r} is not in the expected form"
            raise ValueError(msg)
        if not {type(x) for x in n_words[:3]} | set(map(type, freq.values())) <= {int, float}:
            msg = f"langdetect profile {name!r} holds counts that are not numbers"
            raise ValueError(msg)
        counts.append((freq, n_words))
    return _Model(tuple(_PROFILE_CODE.get(name, name) for name in names), *_table(counts))


def _model() -> _Model | None:
    """The profiles, loaded on first use; ``None`` if langdetect's files cannot be read."""
    if not _MODEL:
        with _LOCK:
            if not _MODEL:
                try:
                    _MODEL.append(_load())
                except (ImportError, OSError, ValueError, KeyError, TypeError):
                    # a broken install (missing or unreadable profiles) degrades to "no language"
                    return None
    return _MODEL[0]


# ---------------------------------------------------------------------------------------------
# Text -> n-grams
# ---------------------------------------------------------------------------------------------


class _NormMap(dict[int, str]):
    """``str.translate`` table applying langdetect's per-character normalisation, filled lazily."""

    def __missing__(self, key: int) -> str:
        ch = chr(key)
        try:
            from langdetect.utils.ngram import NGram

            out = str(NGram.normalize(ch))
        except (ImportError, ValueError, KeyError, IndexError, TypeError):  # langdetect missing or odd
            out = ch
        # Letters, and the marks that belong to them: the vowel signs of Indic scripts are not
        # letters to ``str.isalpha``, but langdetect's profiles hold them (``के``: ``क`` + ``े``).
        if not all(c.isalpha() or unicodedata.category(c).startswith("M") for c in out) or not out:
            out = " "
        self[key] = out
        return out


_NORM = _NormMap()
_URL = re.compile(r"(?:https?://|www\.)\S{1,500}|[\w.+-]{1,64}@[\w-]{1,64}(?:\.[\w-]{1,64}){1,5}")
_MAX_CHARS = 20_000


def _words(text: str) -> list[str]:
    """The words of ``text`` as langdetect sees them: URLs dropped, letters normalised."""
    text = text[:_MAX_CHARS]
    if "://" in text or "www." in text or "@" in text:  # (no URL or address without one of them)
        text = _URL.sub(" ", text)
    return unicodedata.normalize("NFC", text).translate(_NORM).split()


def _slices(n: int) -> tuple[slice, ...]:
    """The 3-grams, then the 2-grams, of a string of ``n`` characters, as slices."""
    return tuple(slice(i, i + 3) for i in range(n - 2)) + tuple(slice(i, i + 2) for i in range(n - 1))


#: :func:`_slices` of the common word lengths, made once.
_SLICES = tuple(_slices(n) for n in range(48))


def _grams(w: str) -> list[str]:
    """Every 1-3-gram of one word (padded with spaces, as langdetect does)."""
    if len(w) > 1 and w.isupper():
        w = w.lower()
    p = f" {w} "
    n = len(p)
    grams = list(map(p.__getitem__, _SLICES[n] if n < len(_SLICES) else _slices(n)))
    if _NWEIGHT[0] and not w.isascii():
        grams.extend(ch for ch in w if not ch.isascii())
    return grams


@functools.lru_cache(maxsize=65_536)
def _word_score(w: str) -> int:
    """The packed scores of a word's n-grams summed, and how many of them the profiles know in
    one more field above the profiles' (:attr:`_Model.shift`): summing the words' values sums both.

    Words repeat (a news text's words are mostly its few hundred commonest), so each is scored
    once per process; the sum over a text's words is the same as over all its n-grams.  (The
    cache holds the words of texts in many languages: the kit's 400 mixed documents use 33,000;
    with room for 16,000, reading them again in order missed every word.  About 220 bytes a
    word: 14 MB when full.)
    """
    model = _model()
    if model is None:
        return 0
    grams = _grams(w)
    rows: list[Any] = list(map(model.table.get, grams))
    if None in rows:  # n-grams not met before
        row = model.row
        rows = [row(g) if r is None else r for g, r in zip(grams, rows, strict=True)]
    # (``()``, an n-gram no profile holds, is dropped from the sum and not counted)
    total: int = sum(filter(None, rows))
    return total | (len(rows) - rows.count(())) << model.shift


# ---------------------------------------------------------------------------------------------
# Scripts and distinctive letters
# ---------------------------------------------------------------------------------------------

# (first, last code point, script name); the script of a letter outside these is "other".
_BLOCKS: tuple[tuple[int, int, str], ...] = (
    (0x0041, 0x024F, "latin"),
    (0x0370, 0x03FF, "greek"),
    (0x0400, 0x052F, "cyrillic"),
    (0x0530, 0x058F, "armenian"),
    (0x0590, 0x05FF, "hebrew"),
    (0x0600, 0x06FF, "arabic"),
    (0x0750, 0x077F, "arabic"),
    (0x0900, 0x097F, "devanagari"),
    (0x0980, 0x09FF, "bengali"),
    (0x0A00, 0x0A7F, "gurmukhi"),
    (0x0A80, 0x0AFF, "gujarati"),
    (0x0B00, 0x0B7F, "oriya"),
    (0x0B80, 0x0BFF, "tamil"),
    (0x0C00, 0x0C7F, "telugu"),
    (0x0C80, 0x0CFF, "kannada"),
    (0x0D00, 0x0D7F, "malayalam"),
    (0x0D80, 0x0DFF, "sinhala"),
    (0x0E00, 0x0E7F, "thai"),
    (0x0E80, 0x0EFF, "lao"),
    (0x0F00, 0x0FFF, "tibetan"),
    (0x1000, 0x109F, "myanmar"),
    (0x10A0, 0x10FF, "georgian"),
    (0x1100, 0x11FF, "hangul"),
    (0x1200, 0x139F, "ethiopic"),
    (0x1780, 0x17FF, "khmer"),
    (0x1C90, 0x1CBF, "georgian"),
    (0x1E00, 0x1EFF, "latin"),
    (0x1F00, 0x1FFF, "greek"),
    (0x3040, 0x30FF, "kana"),
    (0x3130, 0x318F, "hangul"),
    (0x3400, 0x4DBF, "han"),
    (0x4E00, 0x9FFF, "han"),
    (0xAC00, 0xD7AF, "hangul"),
    (0xF900, 0xFAFF, "han"),
    (0xFB1D, 0xFB4F, "hebrew"),
    (0xFB50, 0xFDFF, "arabic"),
    (0xFE70, 0xFEFF, "arabic"),
)
_BLOCK_STARTS = tuple(b[0] for b in _BLOCKS)

#: Scripts of :data:`_SCRIPT_LANG` that other languages write too: their letter rules are read first,
#: and without one the script's language is said with confidence :data:`_SHARED_TRUST`.
_SHARED_SCRIPTS = frozenset({"hebrew", "ethiopic", "bengali", "tibetan"})
_SHARED_TRUST = 0.8

#: Scripts written (in news text) in one language only.
_SCRIPT_LANG = {
    "greek": "el", "armenian": "hy", "hebrew": "he", "bengali": "bn", "gurmukhi": "pa",
    "gujarati": "gu", "oriya": "or", "tamil": "ta", "telugu": "te", "kannada": "kn",
    "malayalam": "ml", "sinhala": "si", "thai": "th", "lao": "lo", "tibetan": "bo",
    "myanmar": "my", "georgian": "ka", "hangul": "ko", "ethiopic": "am", "khmer": "km",
    "kana": "ja",
}  # fmt: skip

#: Letters used by one language only (among those written in that script), checked in order.
_LETTER_RULES: tuple[tuple[str, str, str], ...] = (
    ("cyrillic", "ҹҝҸҜ", "az"),  # Azerbaijani's Cyrillic che and ge (it shares ә ғ һ ү ө with Kazakh)
    ("cyrillic", "әғқңұһ", "kk"),
    ("cyrillic", "ў", "be"),
    ("cyrillic", "ђћ", "sr"),
    ("cyrillic", "өү", "mn"),
    ("latin", "əƏ", "az"),
    ("latin", "þÞ", "is"),  # checked only with a vowel Icelandic has and Turkish lacks, below
    ("latin", "ĉĝĥĵŝŭĈĜĤĴŜŬ", "eo"),
    ("latin", "ṣṢẹẸọỌ", "yo"),  # not with Vietnamese letters, below
    ("latin", "āēīōūĀĒĪŌŪ", "mi"),  # not with Latvian letters, below
    ("hebrew", "װױײ", "yi"),  # Yiddish's double letters (Hebrew writes וו, וי, יי)
    ("bengali", "ৰৱ", "as"),  # Assamese's ra and wa
)


def _argmax(scores: dict[str, float]) -> str:
    """The key of the highest value, the greatest key among equals (``max`` by ``(value, key)``)."""
    best = max(scores, key=scores.__getitem__)
    top = scores[best]
    if operator.countOf(scores.values(), top) == 1:
        return best
    return max(c for c, v in scores.items() if v == top)


def _ranked(scores: dict[str, float], n: int | None = None) -> list[tuple[float, str]]:
    """``(-value, key)`` pairs, best first (ties by key), all or the first ``n``."""
    return [(-scores[c], c) for c in _best_keys(scores, n)]


def _best_keys(scores: dict[str, float], n: int | None = None) -> list[str]:
    """The keys, best value first (ties by key), all or the first ``n``: ``sorted`` by ``(-value,
    key)``, as two sorts in C (by key, then stably by value: equal values keep the keys' order)."""
    keys = sorted(sorted(scores), key=scores.__getitem__, reverse=True)
    return keys if n is None else keys[:n]


def _script(ch: str) -> str:
    import bisect

    cp = ord(ch)
    i = bisect.bisect_right(_BLOCK_STARTS, cp) - 1
    if i >= 0 and cp <= _BLOCKS[i][1]:
        return _BLOCKS[i][2]
    return "other"


_SCRIPT_NAMES = tuple(sorted({b[2] for b in _BLOCKS} | {"other"}))


class _ScriptMap(dict[int, str]):
    """``str.translate`` table: a letter -> one character naming its script, others -> ''."""

    def __missing__(self, key: int) -> str:
        ch = chr(key)
        out = chr(0x41 + _SCRIPT_NAMES.index(_script(ch))) if ch.isalpha() else ""
        self[key] = out
        return out


_SCRIPT_MAP = _ScriptMap()
_ASCII_NON_LETTERS = bytes(b for b in range(128) if not chr(b).isalpha())


class _LatinBlankMap(dict[int, str]):
    """``str.translate`` table: a character of the Latin blocks -> a space, others unchanged."""

    def __missing__(self, key: int) -> str:
        ch = chr(key)
        out = " " if _script(ch) == "latin" else ch
        self[key] = out
        return out


_LATIN_BLANK = _LatinBlankMap()


class _ScriptOfMap(dict[str, str]):
    """A character -> its script (:func:`_script`), filled as characters are met."""

    def __missing__(self, ch: str) -> str:
        out = self[ch] = _script(ch)
        return out


_SCRIPT_OF = _ScriptOfMap()


def script_rule(scripts: Counter[str], /) -> tuple[str, int, str | None]:
    """The script most of the letters counted in ``scripts`` (:func:`_scripts`) are in, how many
    they are, and the one language written in that script (``None`` for a script of several);
    Han is Japanese when kana make a twentieth of it (internal: shared with
    :mod:`newsmeta.sections`)."""
    script, n = max(scripts.items(), key=operator.itemgetter(1))
    if script == "han":
        return script, n, "ja" if scripts.get("kana", 0) * 20 >= n else "zh"
    return script, n, _SCRIPT_LANG.get(script)


def _scripts(text: str) -> Counter[str]:
    """How many of ``text``'s letters each script holds, scripts in the order they first appear."""
    out: Counter[str] = Counter()  # (filled item by item: ``Counter(mapping)`` costs more)
    if text.isascii():  # letters of basic Latin only: count them without a table
        n = len(text.encode("ascii").translate(None, _ASCII_NON_LETTERS))
        if n:
            out["latin"] = n
        return out
    tags = text.translate(_SCRIPT_MAP)  # one character per letter, naming its script
    for k in dict.fromkeys(tags):  # (a text's few scripts, each counted in C)
        out[_SCRIPT_NAMES[ord(k) - 0x41]] = tags.count(k)
    return out


def _maori_letters(text: str) -> bool:
    """Whether the letters of ``text`` are nearly all from the Māori alphabet."""
    low = text.lower()
    outside = sum(map(str.isalpha, low.translate(_NOT_MAORI)))
    return outside * 12 <= sum(map(str.isalpha, low))


_NOT_MAORI = str.maketrans("", "", "aeiouhkmnprtwgāēīōū")


def _plain_words(text: str) -> Iterator[str]:
    """The words of ``text`` (its first ``_MAX_CHARS`` characters), lower-cased, without the
    capitalised ones inside a sentence: names (``Baegepeta``, ``Granaccia``), which are not
    spelt the language's way."""
    head = text[:_MAX_CHARS]
    end = 0  # where the previous word ended
    for m in _WORD.finditer(head):
        w, gap, first = m.group(), head[end : m.start()].rstrip(), end == 0
        end = m.end()
        if w[0].isupper() and not first and gap[-1:] not in _SENTENCE_START:
            continue
        if not w.isupper() and any(map(str.isupper, w[1:])):
            continue  # a name after a prefix (isiXhosa ``eParys``, ``iWCED``)
        yield w.lower()


#: What a capitalised word that starts a sentence (other than the text's first) follows.
_SENTENCE_START = frozenset({".", "!", "?", ":", ";", '"', "“", "”", "‘", "'", "(", "«", "–", "—"})


def _own_words_vote(words: set[str], code: str, other: str) -> tuple[int, int]:
    """How many of ``words`` only ``code``'s list (this module's) holds, and only ``other``'s."""
    mine, theirs = _stop(code), _stop(other)
    if mine is None or theirs is None:
        return 0, 0
    return len(words & (mine[0] - theirs[0])), len(words & (theirs[0] - mine[0]))


def _sotho_spelling(text: str) -> str | None:
    """Tswana (``tn``) or Sesotho (``st``) by spelling, for a text known to be one of the two;
    ``None`` when neither the spellings nor the function words tell.

    The two write the same sound apart: Tswana ``g`` (``go``, ``gore``, ``gape``, ``gagwe``),
    Sesotho ``h`` (``ho``, ``hore``, ``hape``, ``hae``).  Outside ``kg`` and ``ng`` Sesotho
    writes no ``g``; Tswana starts no word with ``h`` and writes neither ``hl`` (Sesotho
    ``hlaha``, ``mahlo``: Tswana has only ``tlh``) nor ``tj`` (Sesotho ``tjhelete``, ``ntja``).
    """
    tswana = sesotho = 0
    words = set()
    for w in _plain_words(text):
        words.add(w)
        if "g" in w and "g" in w.replace("kg", "").replace("ng", ""):
            tswana += 1
        if w[0] == "h" or "tj" in w or "hl" in w.replace("tlh", ""):
            sesotho += 1
    if tswana == sesotho:  # the spelling does not tell: the function words of each one's own
        tswana, sesotho = _own_words_vote(words, "tn", "st")
    if tswana > sesotho:
        return "tn"
    return "st" if sesotho > tswana else None


def _nguni_spelling(text: str) -> str | None:
    """isiXhosa (``xh``) or isiZulu (``zu``) by spelling and function words, for a text known to
    be one of the two; ``None`` when they do not tell.

    Xhosa writes the noun prefixes Zulu writes ``izi-`` and ``o-`` as ``ii-`` and ``oo-``
    (``iindleko``, ``oonondaba``: Zulu ``izindleko``, ``onondaba``), and doubles vowels where
    Zulu all but never does; beyond that each has its own function words (Xhosa ``kwaye``, ``okanye``,
    ``xa``, ``apho``; Zulu ``futhi``, ``noma``, ``uma``, ``lapho``).
    """
    words = set(_plain_words(text))
    xhosa = len(words & _NGUNI_WORDS["xh"]) + sum(1 for w in words if _DOUBLED.search(w))
    zulu = len(words & _NGUNI_WORDS["zu"])
    if xhosa > zulu:
        return "xh"
    return "zu" if zulu > xhosa else None


#: Function words isiXhosa writes and isiZulu does not, and the other way round: the
#: demonstratives (Xhosa ``aba eli ezi esi``, Zulu ``laba leli lezi lesi``), the conjunctions
#: (``kwaye yaye okanye xa`` against ``futhi noma uma ngoba``), ``apho``/``lapho``,
#: ``umntu``/``umuntu``, ``ngoku``/``manje``.  (Words both write, ``ukuba``, ``nje``,
#: ``kodwa``, ``kakhulu``, ``ke``, are left out.)
_NGUNI_WORDS = {
    code: frozenset(words.split())
    for code, words in (
        (
            "xh",
            "kwaye yaye okanye xa apho apha ngoku kuba kokuba koko aba eli ezi esi olu obu oku ewe kufuneka umntu "
            "nokuba ekubeni ngoko eyona",
        ),
        (
            "zu",
            "futhi noma uma ngoba kanye manje lapho lapha kusho lokhu lokho kufanele yini laba leli lezi lesi lolu "
            "lobu kepha yebo umuntu ngakho njengoba",
        ),
    )
}
_DOUBLED = re.compile("aa|ee|ii|oo|uu")

#: py3langid's label -> the labels of close relatives it cannot tell apart (it has no model of
#: Tswana, and its isiZulu and isiXhosa are near-ties on many sentences), whose probabilities
#: must add up to ``_PAIR_P``, and what tells them apart by spelling and function words.
_SPELLING: dict[str, tuple[tuple[str, ...], Callable[[str], str | None]]] = {
    "st": (("st", "nso"), _sotho_spelling),
    "nso": (("st", "nso"), _sotho_spelling),
    "zu": (("zu", "xh"), _nguni_spelling),
    "xh": (("zu", "xh"), _nguni_spelling),
}
_PAIR_P = 0.5
#: The languages spelling tells apart.
_SPELT = frozenset({"tn", "st", "xh", "zu"})


def _letter_rule(text: str, script: str) -> str | None:
    chars: set[str] | None = None  # the text's characters, once a rule of its script needs them
    for scr, letters, code in _LETTER_RULES:
        if scr != script:
            continue
        if chars is None:
            chars = set(text)
        if chars.isdisjoint(letters):
            continue
        if code == "is" and chars.isdisjoint("áíúæÁÍÚÆ"):
            continue  # Turkish read as Latin-1 turns ş into þ
        if code == "yo" and not chars.isdisjoint("ăâêôơưđĂÂÊÔƠƯĐ"):
            continue  # Vietnamese also writes ẹ and ọ
        if code == "mi" and not _maori_letters(text):
            continue  # Latvian also writes long vowels with a macron
        return code
    return None


# ---------------------------------------------------------------------------------------------
# Stop-word lists (jusText's, installed with trafilatura): names languages langdetect cannot
# ---------------------------------------------------------------------------------------------

#: jusText stop-list name -> ISO 639-1 code (its Nepali list only blurs Hindi and Marathi: left out).
#: The languages langdetect has no profile for can be
#: named from these; the others only keep the two apart.
_STOPLISTS = {
    "Basque": "eu", "Irish": "ga", "Latin": "la", "Malay": "ms", "Norwegian_Nynorsk": "nn",
    "Bosnian": "bs", "Serbian": "sr", "Esperanto": "eo", "Icelandic": "is", "Azerbaijani": "az",
    "Belarusian": "be", "Kazakh": "kk",
    "Afrikaans": "af", "Albanian": "sq", "Bulgarian": "bg", "Catalan": "ca", "Croatian": "hr",
    "Czech": "cs", "Danish": "da", "Dutch": "nl", "English": "en", "Estonian": "et",
    "Finnish": "fi", "French": "fr", "German": "de", "Hungarian": "hu", "Indonesian": "id",
    "Italian": "it", "Latvian": "lv", "Lithuanian": "lt", "Macedonian": "mk",
    "Norwegian_Bokmal": "nb", "Polish": "pl", "Portuguese": "pt", "Romanian": "ro",
    "Russian": "ru", "Slovak": "sk", "Slovenian": "sl", "Spanish": "es", "Swahili": "sw",
    "Swedish": "sv", "Tagalog": "tl", "Turkish": "tr", "Ukrainian": "uk", "Welsh": "cy",
    "Hindi": "hi", "Marathi": "mr", "Persian": "fa", "Urdu": "ur", "Arabic": "ar",
    "Bengali": "bn", "Gujarati": "gu", "Kannada": "kn", "Malayalam": "ml", "Tamil": "ta",
    "Telugu": "te", "Hebrew": "he", "Greek": "el", "Korean": "ko", "Vietnamese": "vi",
}  # fmt: skip
#: Function words of languages jusText has no list for (written for this module; the common
#: short words of each language, kept apart from their neighbours' where they differ).
_OWN_STOP = {
    "zu": "ukuthi futhi kodwa noma uma kanye ngoba lokho lapho kakhulu ngokuthi abantu kusho wathi "
    "ngesikhathi nokho kahle lokhu kumele ukuze yonke wonke zonke ngokuphelele umuntu nje manje "
    "kuze kwaba njengoba ngakho kungaba akukho",
    "xh": "ukuba kwaye okanye kodwa ukuze kakhulu ngoko apho kunye noko yonke lonke wonke abantu "
    "esi eso ngoku umntu kufuneka naluphi nayiphi ngokwe kwakhona ngaphandle ekubeni akukho "
    "uya nokuba",
    "st": "ho le ka ya ba ke tse ha hore sa hae bona kapa empa hobane jwalo ntho feela teng hona "
    "tsa ona motho batho ena eo wa tla ne mona kahoo kaofela tsohle bohle hape moo yona tsona etsa jwale ile "
    "lokela bakeng haeba leng nka jwang",
    "tn": "go le ka ya mo ba ke gore fa jaaka kgotsa mme gape tsa sa wa ga bona motho batho thata "
    "tla ne fela teng jalo jaanong ene mongwe nngwe botlhe gotlhe kwa bone tsone jwa jo tlaa jaana itse dira "
    "twe jang tota",
    "ts": "ku na hi ya ni swi leswaku kumbe kambe eka loko ka nga wa ta va xa swa hinkwavo munhu "
    "vanhu kutani hikwalaho nakambe hinkwaswo ntsena laha lava leyi lexi",
    "sn": "uye kana kuti asi pa ku mu ne na nekuti chete zvakare vanhu munhu zvino iye ivo zvose "
    "kwete here pamusoro zvi yake wake avo ake kuna kune nokuti kwake hazvo",
    "lg": "era oba nga mu ku na bwe kubanga naye buli okuba omuntu abantu kino ekyo kuba lwa mwe ye "
    "gwe nti ate ne kye bye ebyo obulamu eri okuva okusobola",
    # Yoruba as often written without its tone marks and dots as with them: both spellings
    "yo": "ti àti ati àwọn awọn àwon awon tí ní sì fún fun jẹ́ jé náà naa yìí yii èdè ede láti lati nínú ninu kò wà bí "
    "pé gbogbo èyí eyi ilé ìlú ilu tàbí tabi nígbà nigba nítorí nitori ìjọba ijoba ènìyàn eniyan ohun máa tún lè "
    "ṣùgbọ́n sugbon pẹ̀lú pelu wọ́n wón won",
    "mi": "te ka ki ko he nga ngā kia ai ana tana tōna tona ia mō mo hei kei kua kāore tēnei tenei "
    "tangata whenua rātou ratou atu mai nei rā ēnei enei hoki ētahi etahi",
}  # fmt: skip
# A word: letters, with the combining vowel signs of Indic and other scripts (not letters to
# ``str.isalpha``) kept inside it, and no danda or digits.
# (The two alternatives must not overlap: letters of those blocks would otherwise match both
# ways, and a word that fails to match backtracks exponentially.)
_WORD = re.compile(
    r"(?:[^\W\d_]|(?![^\W\d_])[\u0300-\u036f\u0900-\u0963\u0971-\u0dff\u0e00-\u0eff])+(?:['’][^\W\d_]+)?"
)

#: :data:`_WORD` in lower-case ASCII text (its other letters, marks and apostrophe are not ASCII).
_ASCII_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")

#: The stop-listed codes, in the order their lists are consulted (the first of equals wins).
_STOP_CODES = (*_STOPLISTS.values(), *_OWN_STOP)
_STOP_FILES = {code: name for name, code in _STOPLISTS.items()}
#: code -> its stop list, word -> credit and the words with a credit (see :func:`_read_stop`), or
#: ``None`` (no list), each read on first use: a text needs the lists of a few languages, not
#: all 60 (144,000 words).
_STOP_READ: dict[str, tuple[frozenset[str], dict[str, float], frozenset[str]] | None] = {}
_JUSTEXT_DIR: list[str | None] = []
#: The credit of each rank, as far as a list read so far reaches.
_CREDITS: list[float] = []


def _read_stop(code: str) -> tuple[frozenset[str], dict[str, float], frozenset[str]] | None:
    """``code``'s stop list as a set, word -> credit (by its rank on the list) for the words that
    earn one, and those words; ``None`` when there is no list or it cannot be read."""
    import os

    if code in _OWN_STOP:
        words = list(dict.fromkeys(_OWN_STOP[code].split()))
    else:
        if not _JUSTEXT_DIR:
            import importlib.util

            spec = importlib.util.find_spec("justext")
            _JUSTEXT_DIR.append(os.path.dirname(spec.origin) if spec and spec.origin else None)
        if _JUSTEXT_DIR[0] is None:
            return None
        try:
            with open(os.path.join(_JUSTEXT_DIR[0], "stoplists", _STOP_FILES[code] + ".txt"), encoding="utf-8") as fh:
                raw = fh.read()
        except (OSError, ValueError):  # unreadable: no list
            return None
        # Each line stripped and lower-cased, its first occurrence kept, if it is a word.  (The
        # file is lower-cased whole, as each line would be: the one lower-casing that depends on
        # its context, a final sigma, looks no further than a line break.  Lines repeated are
        # dropped before they are tested; ``isalpha`` first: a word of letters only is a
        # ``_WORD``, and most are.)
        firsts = dict.fromkeys(map(str.strip, raw.lower().split("\n")))
        words = [w for w in firsts if w and (w.isalpha() or _WORD.fullmatch(w))]
    for rank in range(len(_CREDITS), len(words)):
        _CREDITS.append(_STOP_TIE - _STOP_DECAY * math.log1p(rank / _STOP_RANK0))
    credits = _CREDITS[: len(words)]
    listed = frozenset(words)
    if not credits or min(credits) > 0:  # (all of jusText's lists: credits stay positive to rank 54,782)
        return listed, dict(zip(words, credits, strict=True)), listed
    credit = {w: c for w, c in zip(words, credits, strict=True) if c > 0}
    return listed, credit, frozenset(credit)


def _stop(code: str) -> tuple[frozenset[str], dict[str, float], frozenset[str]] | None:
    """:func:`_read_stop` of ``code``, read once (thread-safely); ``None`` for a code with no list."""
    if code not in _STOP_READ:
        if code not in _STOP_CODES:
            return None
        with _LOCK:
            if code not in _STOP_READ:
                _STOP_READ[code] = _read_stop(code)
    return _STOP_READ[code]


class _StopLists(Mapping[str, frozenset[str]]):
    """code -> stop list (lower-cased words), each list read when first asked for."""

    def __getitem__(self, code: str) -> frozenset[str]:
        got = _stop(code)
        if got is None:
            raise KeyError(code)
        return got[0]

    def __iter__(self) -> Iterator[str]:
        return (c for c in _STOP_CODES if _stop(c) is not None)

    def __len__(self) -> int:
        return sum(1 for _ in self)


_STOPLISTS_MAP = _StopLists()


def _stoplists() -> Mapping[str, frozenset[str]]:
    return _STOPLISTS_MAP


#: The stop-listed codes langdetect has no profile for, in the lists' order.
_UNPROFILED_STOP = tuple(c for c in _STOP_CODES if c not in _PROFILED)
#: Script of the stop-listed languages langdetect cannot name (Latin unless listed).
_STOP_SCRIPT = {"be": "cyrillic", "kk": "cyrillic", "sr": "cyrillic"}
_UNPROFILED_WORDS: dict[str, dict[str, tuple[str, ...]]] = {}


def _unprofiled_words(script: str) -> frozenset[str]:
    """Every word that earns a credit on the list of a language langdetect has no profile for
    written in ``script``."""
    return frozenset(_unprofiled_owners(script))


def _unprofiled_owners(script: str) -> dict[str, tuple[str, ...]]:
    """:func:`_unprofiled_words` of ``script``, each with the codes of the lists that credit it
    (in the lists' order)."""
    got = _UNPROFILED_WORDS.get(script)
    if got is None:
        owners: dict[str, list[str]] = {}
        for code in _UNPROFILED_STOP:
            listed = _stop(code) if _STOP_SCRIPT.get(code, "latin") == script else None
            for w in listed[2] if listed is not None else ():
                owners.setdefault(w, []).append(code)
        got = _UNPROFILED_WORDS[script] = {w: tuple(codes) for w, codes in owners.items()}
    return got


#: Log-likelihood credit for a word on a language's stop list.  jusText's lists are ordered by
#: frequency, and their lengths differ tenfold (Hindi 351 words, Marathi 2,152): a word earns
#: ``_STOP_TIE`` among a list's commonest, ``_STOP_DECAY`` less per e-fold of rank past
#: ``_STOP_RANK0`` (roughly its log-frequency, by Zipf's law), so long lists do not win on rare words.
_STOP_TIE = 14.0
_STOP_DECAY = 2.0
_STOP_RANK0 = 50.0
#: Only the closest few languages by n-grams get the credit, unless the text has at most
#: ``_STOP_FEW`` words.
_STOP_TOP = 4
_STOP_FEW = 3
#: A stop-listed language must supply at least one distinct word in this many.
_STOP_SHARE = 10


def _stopword_language(
    words: list[str], best: str, script: str, cands: frozenset[str] | None
) -> tuple[str, int] | None:
    """A language langdetect cannot name whose function words (``words``, lower-cased) the text uses
    far more than ``best``'s.

    Returns the language and by how many words it leads.
    """
    mine_list = _stop(best)
    if mine_list is None or len(words) < 3:
        return None
    own = mine_list[0]
    # distinct words of each unprofiled list that ``best``'s lacks (none of them: no list has two)
    uniq = set(words) - own
    owners = _unprofiled_owners(script)
    found = [w for w in uniq if w in owners]
    if len(found) < 2:
        return None
    # each list's share of those words, counted in one pass over them
    shares: dict[str, int] = {}
    for w in found:
        for code in owners[w]:
            shares[code] = shares.get(code, 0) + 1
    mine = None
    winner, margin = None, 0
    for code in _UNPROFILED_STOP:  # in the lists' order: the first of equals wins
        a = shares.get(code, 0)
        if a < 2 or (cands is not None and code not in cands):
            continue
        got = _stop(code)
        if got is None:
            continue
        if mine is None:
            mine = [w for w in words if w in own]
        b = sum(1 for w in mine if w not in got[0])
        if a >= 2 * b + 1 and a * _STOP_SHARE >= len(words) and a - b > margin:
            winner, margin = code, a - b
    return None if winner is None else (winner, margin)


def _stopword_tiebreak(words: list[str], logp: dict[str, float]) -> None:
    """Credit the closest few languages for ``words`` (lower-cased) on their stop lists, by rank there."""
    # A few words give too few n-grams to pick the closest languages: every one is credited.
    top = set(logp) if len(words) <= _STOP_FEW else set(_best_keys(logp, _STOP_TOP))
    for code in top:
        got = _stop(code)
        if got is None:
            continue
        # (all > 0; added one by one, in order, as a loop would: ``sum`` of floats may compensate)
        logp[code] = functools.reduce(operator.add, filter(None, map(got[1].get, words)), logp[code])


# ---------------------------------------------------------------------------------------------
# Scoring
# ---------------------------------------------------------------------------------------------


_HOW_LANGUAGES = "pass ISO 639-1 codes, for example languages=('en', 'de'), or languages=None for all"


def _candidates(languages: Iterable[str] | None) -> frozenset[str] | None:
    """The codes of ``languages``, normalised; :class:`InputTypeError` or :class:`InvalidOptionError`
    (saying how to fix the call) when it is not a collection of language codes."""
    if languages is None:
        return None
    if isinstance(languages, str):
        languages = (languages,)
    if isinstance(languages, (bytes, bytearray)) or not isinstance(languages, Iterable):
        msg = f"languages must be a str or a collection of str, not {type(languages).__name__}: {_HOW_LANGUAGES}"
        raise InputTypeError(msg)
    out = set()
    for code in languages:
        if not isinstance(code, str):
            msg = f"languages must hold str codes, not {type(code).__name__} ({code!r}): {_HOW_LANGUAGES}"
            raise InputTypeError(msg)
        c = code.strip().lower().replace("_", "-")
        c = {"zh-cn": "zh", "zh-tw": "zh"}.get(c, c).split("-")[0]
        if not (2 <= len(c) <= 3 and c.isascii() and c.isalpha()):
            msg = f"{code!r} is not a language code: {_HOW_LANGUAGES}"
            raise InvalidOptionError(msg)
        out.add(_ALIAS.get(c, c))
    return frozenset(out)


@attrs.frozen
class Scores:
    """Log-likelihoods of a text per language (higher is better); empty when the text has no signal.

    ``weight`` is the number of scored n-grams: how much evidence the scores rest on.
    """

    logp: dict[str, float]
    weight: int
    #: When a stop-listed language langdetect cannot name won, the profiled language it beat.
    host: str | None = None
    #: Ceiling of the confidence: low when the two models disagree on the best language.
    trust: float = 1.0
    #: py3langid's best language for the text and how the text fits it (:func:`newsmeta.
    #: language_langid.fit_sum`), when py3langid read it.
    fit: tuple[str, float, float] | None = None

    def ranked(self) -> list[tuple[str, float]]:
        return [(c, -v) for v, c in _ranked(self.logp)]


#: Log-likelihood lead per distinctive stop word of a language langdetect cannot name.
_STOP_BONUS = 8.0
#: Log-likelihood given to a language a script or letter rule names.
_RULE_BONUS = 1e6


def score_text(
    text: str,
    /,
    cands: frozenset[str] | None = None,
    *,
    second: bool = True,
    profiles: Scores | None = None,
    sure: float | None = None,
) -> Scores:
    """Per-language log-likelihoods of ``text`` (internal: shared with :mod:`newsmeta.sections`).

    ``second=False`` leaves py3langid out (a cheaper reading, for choosing between two
    languages langdetect knows).  ``profiles``: what ``score_text(text, cands, second=False)``
    returned, whose profile scores a full reading then reuses rather than computes again.
    ``sure``: py3langid's probability of one of langdetect's languages above which the
    profiles are not read (default :data:`_SURE_P`; :func:`detect_language`: :data:`_SURE_P_TEXT`).
    """
    head = text[:_MAX_CHARS]
    seen = _last_read[0]
    if seen[0] is not head:  # (a line read by the profiles, then in full: looked at once)
        seen = (head, _scripts(head), _UNSET, _UNSET)
        _last_read[0] = seen
    scripts = seen[1]
    if not scripts:
        return Scores({}, 0)
    script, n_letters, ruled = script_rule(scripts)
    if ruled is not None and (cands is None or ruled in cands):
        # (bytes decoded in a code page of the script are its letters among symbols: not surely its language)
        if script not in _SHARED_SCRIPTS:
            return _unless_noisy(Scores({ruled: _RULE_BONUS}, n_letters), head)  # a script of one language
        # a script news write in one language, which others write too (Hebrew's is Yiddish's,
        # Ethiopic Tigrinya's, Bengali Assamese's, Tibetan Dzongkha's): a letter of the other
        # names it, and without one the script's usual language is said with less confidence
        other = _letter_rule(unicodedata.normalize("NFC", head), script)
        if other is not None and (cands is None or other in cands):
            return _unless_noisy(Scores({other: _RULE_BONUS}, n_letters), head)
        return _unless_noisy(Scores({ruled: _RULE_BONUS}, n_letters, trust=_SHARED_TRUST), head)
    # (one letter of a script many languages write, however often written, "aaaaaa", "Mmmmmm",
    # "a a a", is no language's text: the models' guesses at it are noise)
    if sum(c.isalpha() for c in set(head.casefold())) <= 1:
        return Scores({}, 0)
    probs = _second_probs(text) if second else {}
    read = _read_fit(head) if probs else None
    if probs and _argmax(probs) == "zxx" and probs["zxx"] >= _NO_LANGUAGE_P:
        return Scores({}, 0)  # hex, base64, random letters: no language
    if probs:
        top = min(probs, key=lambda c: (-probs[c], c))
        floor = _SURE_P if sure is None else sure
        if probs[top] >= floor and top in _PROFILED and top not in _STANDS_IN and (cands is None or top in cands):
            # py3langid all but certain of one of langdetect's languages: on such texts the two
            # agree all but always (and the profiles are not read: half the cost)
            return Scores({top: 0.0}, n_letters, fit=read)
    # Composed, so that the rules see ``ō`` also when it came as ``o`` + a combining macron.
    # (no rule's letter is ASCII)
    if text.isascii():
        ruled = None
    elif seen[2] is not _UNSET:
        ruled = seen[2]
    else:
        ruled = _letter_rule(unicodedata.normalize("NFC", head), script)
        seen = _last_read[0] = (head, scripts, ruled, seen[3])
    if ruled is not None and (cands is None or ruled in cands):
        scores = Scores({ruled: _RULE_BONUS}, n_letters, trust=_trust(probs, ruled) if probs else 1.0)
    else:
        if profiles is not None:
            scores = profiles if profiles.trust == 1.0 else attrs.evolve(profiles, trust=1.0)
        else:
            scores = _profile_scores(text, scripts, cands)
        if probs:
            scores = _combine(scores, probs, text, cands, script)
        elif second and scores.logp and _second_available():
            # py3langid found not one n-gram it knows (letters strewn among control characters)
            scores = attrs.evolve(scores, trust=_UNKNOWN_TRUST)
        if script == "other" and scores.trust > _UNKNOWN_TRUST:
            # most letters in a script neither model was taught (Canadian syllabics, Thaana,
            # Tifinagh): the models' answer is a guess from bytes they share with a known script
            scores = attrs.evolve(scores, trust=_UNKNOWN_TRUST)
    scores = _unless_noisy(scores, head)
    return attrs.evolve(scores, fit=read) if read is not None and scores.logp else scores


def _read_fit(head: str) -> tuple[str, float, float] | None:
    from newsmeta.language_langid import fit_sum

    return fit_sum(head, read=False)


def _unless_noisy(scores: Scores, head: str) -> Scores:
    """``scores`` of ``head`` (the text :func:`score_text` reads), its trust lowered to
    :data:`_NOISY_TRUST` when the text looks like code or bytes decoded as text (:func:`_noisy`,
    asked once a text: the answer is kept in :data:`_last_read`)."""
    if not scores.logp or scores.trust <= _NOISY_TRUST:
        return scores
    seen = _last_read[0]
    noisy = seen[3] if seen[0] is head else _UNSET
    if noisy is _UNSET:
        noisy = _noisy(head)
        if seen[0] is head:
            _last_read[0] = (head, seen[1], seen[2], noisy)
    return attrs.evolve(scores, trust=_NOISY_TRUST) if noisy else scores


_UNSET: Any = object()
#: The last text :func:`score_text` read (its first ``_MAX_CHARS`` characters), its scripts, its
#: letter rule and whether it looks noisy (``_UNSET`` until asked): a pure memo of one entry,
#: swapped whole (threads that race only miss it), that keeps one text alive.
_last_read: list[tuple[str, Counter[str], Any, Any]] = [("", Counter(), _UNSET, _UNSET)]


#: Characters of prose: letters, combining marks, digits, white space and common punctuation.
#: (with the marks and punctuation of the scripts of Arabic, India, Thai, Lao, Tibetan, Myanmar,
#: Ethiopic and Khmer, and CJK's: its full stop and commas, its brackets, its full-width forms)
_NOISE = re.compile(
    r"[^\w\s.,;:!?'\"()«»“”„‘’‚‹›\-–—/%&@+…·\u0300-\u036f\u0600-\u06ff\u0900-\u0dff\u0e00-\u0fff\u1000-\u109f"
    r"\u1200-\u139f\u1780-\u17ff\u3000-\u303f\uff01-\uff0f\uff1a-\uff1f\uff3b-\uff40\uff5b-\uff65]|_|[{}\[\]<>=$|\\*#]"
)
#: Characters of code: brackets, operators, and a dot inside a word (``np.zeros``).
_CODE = re.compile(r"[{}\[\]<>=$|\\*#;_]|\w\.\w|\)\.|\(\)")
#: Confidence ceiling of a text that looks like code or byte soup.
_NOISY_TRUST = 0.6


def _noisy(text: str) -> bool:
    """Whether ``text`` looks like code, markup or bytes decoded as text rather than prose."""
    n = len(text) - text.count(" ")
    if not n:
        return False
    if text.isascii():  # (each match of _NOISE is one character: its ASCII ones counted in C)
        raw = text.encode("ascii")
        noise = len(raw) - len(raw.translate(None, _ASCII_NOISE))
        signs = len(raw) - len(raw.translate(None, _CODE_SIGNS))
    else:
        noise = len(_NOISE.findall(text))
        # (the signs are ASCII, and UTF-8 writes other characters in bytes outside ASCII: the
        # signs are the ASCII bytes of _CODE_SIGNS in the text's UTF-8, counted in C)
        raw = text.encode("utf-8", "surrogatepass")
        signs = len(raw) - len(raw.translate(None, _CODE_SIGNS))
    # (matches of _CODE do not overlap and each holds one of _CODE_SIGNS: with fewer of those
    # than it takes, the text is not read for them)
    return noise * 6 >= n or (signs * 14 >= n and len(_CODE.findall(text)) * 14 >= n)


#: The ASCII characters :data:`_NOISE` matches.
_ASCII_NOISE = bytes(b for b in range(128) if _NOISE.fullmatch(chr(b)))
#: A character each match of :data:`_CODE` holds: one of its class, a full stop or a "(".
_CODE_SIGNS = b"{}[]<>=$|\\*#;_.("


def _second_available() -> bool:
    from newsmeta.language_langid import available

    return available()


def _second_probs(text: str) -> dict[str, float]:
    from newsmeta.language_langid import probabilities

    return probabilities(text[:_MAX_CHARS])


#: py3langid's probability of "no language" (``zxx``) above which a text gets no language.
_NO_LANGUAGE_P = 0.5
#: py3langid's probability above which its answer among langdetect's languages is taken as is.
_SURE_P = 0.9999
#: ... and by :func:`detect_language`: on single texts (sentences, word pairs) where py3langid
#: gives one of langdetect's languages 0.95 or more, the full reading names the same language
#: (right or wrong alike) in all but a few in ten thousand, with a confidence all but always
#: 1, and reading the profiles costs about as much again (dev halves A and B of the kit's
#: sentences and word pairs: accuracy unchanged to 0.01 point).
_SURE_P_TEXT = 0.95
#: py3langid's probability above which it names a language outside langdetect's set ...
_OUTSIDE_P = 0.5
#: ... where py3langid gives langdetect's answer at least ``_NEAR_P`` (it gives regional
#: languages to their big neighbours: Konkani or Sanskrit to Marathi, Turkmen to Turkish) ...
_OUTSIDE_P_NEAR = 0.8
_NEAR_P = 0.1
#: ... lower where py3langid all but rules out langdetect's answer (short sentences with names)
_NO_BACKING_P = 0.01
_UNBACKED_P = 0.2
#: ... which overrules a language named from stop words (Yoruba written without its dots reads
#: as Bosnian to a few stop words).
_OVERRULE_P = 0.9
#: ... and where langdetect's answer is that language's close relative, which py3langid
#: itself confuses it with half of the time (Bosnian and Croatian, Malay and Indonesian).
_SIBLING_P = {("bs", "hr"): 0.9, ("sr", "hr"): 0.9, ("ms", "id"): 0.9, ("nn", "nb"): 0.6, ("nn", "da"): 0.6}
#: Regional languages and creoles py3langid names for text in their big neighbour (Turkmen for
#: Turkish typed in a Latin-1 font, Guianese Creole for French, Konkani for Marathi): named only
#: when it is all but sure.
_NEIGHBOUR = {
    "gcr": "fr", "gcf": "fr", "ht": "fr", "wa": "fr", "oc": "fr", "pcm": "en", "tk": "tr", "crh": "tr",
    "gom": "mr", "sa": "hi", "ext": "es", "an": "es", "lij": "it", "vec": "it", "ltg": "lv", "bcl": "tl",
    "ace": "id", "jv": "id", "sdh": "fa", "ps": "fa",
}  # fmt: skip
_NEIGHBOUR_P = 0.99
#: Weight of py3langid's log-probability among langdetect's languages, in the units of the
#: profile scores (which :func:`_to_language` tempers by 3); more on texts of few n-grams.
_SECOND_W = 1.5
_SECOND_W_SHORT = 9.0
_SHORT_WEIGHT = 60
#: Scripts whose short texts py3langid reads well (on a few words of Devanagari or Arabic
#: script it is no better than the profiles).
_SHORT_SCRIPTS = frozenset({"latin", "cyrillic"})
_SECOND_W_SHORT_OTHER = 1.5
#: Lead (log-likelihood) given to an outside language py3langid names.
_SECOND_BONUS = 8.0
#: py3langid's probability of a stop-listed language langdetect has no profile of above which
#: one of its function words in the text names it.
_OWN_WORDS_P = 0.2
#: Languages py3langid has no model of, the labels it gives them, and the stop words (of this
#: module's lists) that tell them from those labels.
_STANDS_IN = {"nso": "tn", "st": "tn", "xh": "ts", "zu": "ts", "sn": "ts", "sw": "ts"}
#: Confidence ceiling when py3langid finds nothing in the text that it knows.
_UNKNOWN_TRUST = 0.5
#: Confidence ceiling when py3langid has no model of the language the rules named.
_UNMODELLED_TRUST = 0.85


def _trust(probs: dict[str, float], code: str) -> float:
    """Ceiling of the confidence in ``code`` given py3langid's probabilities."""
    if code in probs:
        # py3langid's probability of the answer less that of its closest rival (the margin):
        # a close relative it finds as likely (Bosnian for Croatian) leaves the answer in doubt
        rival = max((p for c, p in probs.items() if c != code), default=0.0)
        return min(1.0, max(0.0, 0.5 + probs[code] - rival))
    if code in _NO_SECOND_MODEL:
        return _UNMODELLED_TRUST
    return 0.5


#: Words one of two close standard languages writes and the other does not (a spelling or a
#: word of its own): Malaysian ``bahawa kerana sahaja wang`` for Indonesian ``bahwa karena saja
#: uang``, and each one's words for the same things; Bosnian ``hiljada historija tokom``
#: for Croatian ``tisuća povijest tijekom``, the month names, ``ko``/``tko`` (and ``niko``/``nitko``,
#: ``iko``/``itko``; not ``neko``/``netko``: Croatian writes ``neko vrijeme``).
_MARKER_WORDS = {
    "ms": "bahawa kerana sahaja iaitu selepas mahu kenderaan universiti kualiti aktiviti mesyuarat "
    "kakitangan julai ogos disember pelbagai",
    "id": "bahwa karena uang yaitu mau kendaraan universitas kualitas aktivitas gratis kantor mobil juli "
    "agustus maret juni desember bisa nggak enggak banget sih dong kok",
    "bs": "ko niko iko šta januar januara februar februara mart marta juni juna juli jula august augusta septembar "
    "septembra oktobar oktobra novembar novembra decembar decembra voz kafa kafu kahva procenat procenta",
    "hr": "tko nitko itko siječanj siječnja veljača veljače ožujak ožujka travanj travnja svibanj svibnja "
    "lipanj lipnja srpanj srpnja kolovoz kolovoza rujan rujna listopad listopada studeni studenoga prosinac "
    "prosinca kava vlak postotak postotka",
    # Serbian and Macedonian in Cyrillic: ``је``/``е`` (is), ``су``/``се`` (are), ``у``/``во``
    # (in), ``ће``/``ќе`` (will), ``који``/``кој`` (which; ``која`` is both), and Macedonian's ``ги``/``го``
    "sr": "је су у ће који које којим између",
    "mk": "е во ќе кој кое ги го тие",
}
#: ... and the stems of such words, whatever their ending (Slavic nouns decline).  Words both
#: standards admit (Bosnian ``uvjet``, ``nogomet``, ``kruh``, ``sedmica``, Croatian's word for a week
#: beside ``tjedan``; Malay ``kerajaan`` and ``pejabat``, which in Indonesian mean a kingdom and an
#: official) are left out.
_MARKER_STEMS = {
    "bs": "hiljad historij porodic naučn muzik muzičk fabrik univerzitet pozorišt tačk tačn opšt "
    "uopšt italijan preduzeć preduzim desil desio dešav hljeb evrop hemij tokom uslov saradn sarađ "
    "učešć učestvov računar fudbal opštin lahk krivičn saobraćaj milion bezbjedn",
    "hr": "tisuć tjedn tjedan povijes obitelj znanstv znanost glazb tvornic sveučiliš kazališ točk točn "
    "talijan poduzeć europ kemij tijekom surad računal zrakoplov milijun",
}
_MARKERS = {code: frozenset(words.split()) for code, words in _MARKER_WORDS.items()}
_STEMS = {code: tuple(words.split()) for code, words in _MARKER_STEMS.items()}
#: The profiled language whose look-alike the markers tell apart, that look-alike, and the
#: labels py3langid gives the pair.
_TWIN = {
    "id": ("ms", frozenset({"id", "ms"})),
    "hr": ("bs", frozenset({"hr", "bs", "sr"})),
    "mk": ("sr", frozenset({"mk", "sr"})),
}


def _marker_counts(text: str, code: str, twin: str) -> tuple[int, int]:
    """How many distinct marker words of ``code`` and of ``twin`` ``text`` uses."""
    words = {w.lower() for w in _WORD.findall(text[:_MAX_CHARS])}
    counts = []
    for c in (code, twin):
        stems = _STEMS.get(c, ())
        found = words & _MARKERS[c]
        counts.append(len(found) + (sum(1 for w in words - found if w.startswith(stems)) if stems else 0))
    return counts[0], counts[1]


#: Languages newsmeta names that py3langid has no model of.
_NO_SECOND_MODEL = frozenset({"tn", "ts", "mi"})


def _combine(scores: Scores, probs: dict[str, float], text: str, cands: frozenset[str] | None, script: str) -> Scores:
    """langdetect's (and the rules') ``scores`` with py3langid's ``probs`` folded in."""
    logp = dict(scores.logp)
    # (py3langid's probabilities come best first, ties by code)
    ranked = [(c, p) for c, p in probs.items() if c != "zxx"]
    if not ranked:
        return scores
    top, top_p = ranked[0]
    if not logp:
        if top_p >= _OUTSIDE_P and (cands is None or top in cands):
            return Scores({top: 0.0}, 1, trust=_trust(probs, top))
        return scores
    best = _argmax(logp)
    # Malay and Indonesian: the words their standard spellings and vocabularies write apart decide.
    twin, labels = _TWIN.get(best, (None, frozenset()))
    if twin is not None and (cands is None or twin in cands) and top in labels:
        mine, theirs = _marker_counts(text, best, twin)
        if theirs > mine:
            logp[twin] = logp[best] + _SECOND_BONUS
            return Scores(logp, scores.weight, best, _trust(probs, twin))
        if mine > theirs and top == twin:
            top, top_p = best, probs.get(best, 0.0)
    # A language py3langid has no model of, which it reads as a relative: the stop words decide.
    stand = _STANDS_IN.get(top)
    if top not in _PROFILED and _maori_letters(text[:_MAX_CHARS]):
        stand = "mi"  # Māori without its macrons: py3langid has no model of it either
    # Tswana or Sesotho, which py3langid reads as Sesotho or Northern Sotho: the spelling decides.
    spelt = None
    pair = _SPELLING.get(top)
    pair_p = sum(probs.get(c, 0.0) for c in pair[0]) if pair is not None else 0.0
    if (
        pair is not None
        and pair_p >= _PAIR_P
        # (Xitsonga, which py3langid reads as isiZulu or isiXhosa, is told by its own words first)
        and (stand is None or stand in _SPELT or not _prefers_own(text, stand, top))
    ):
        spelt = pair[1](text)
        if spelt is None and pair_p >= _OVERRULE_P and top in _SPELT:
            spelt = top  # sure of the pair, not of which: its better one, over stop words naming a stranger
        stand = spelt or stand
    if stand in ("tn", "st") and _prefers_own(text, "ts", stand):
        stand, spelt = "ts", None  # Xitsonga, which py3langid reads as a Sotho language (it has no model of it)
    if stand is not None and (cands is None or stand in cands) and (spelt or _prefers_own(text, stand, top)):
        logp[stand] = logp[best] + _SECOND_BONUS
        trust = _trust(probs, stand) if stand == top else _UNMODELLED_TRUST
        return Scores(logp, scores.weight, scores.host or best, trust)
    # A language langdetect has no profile of that py3langid favours, written with a function
    # word of its stop list that the profiles' best lacks: Yoruba without its tone marks among
    # foreign names, short Latin, Esperanto and Serbian lines (py3langid 0.2 to 0.8).
    if (
        top in _UNPROFILED_STOP
        and (top, best) not in _SIBLING_P  # (close relatives: the markers above decide)
        and top_p >= _OWN_WORDS_P
        and (cands is None or top in cands)
        and _uses_own_words(text, top, best)
    ):
        logp[top] = logp[best] + _SECOND_BONUS * top_p
        return Scores(logp, scores.weight, best, _trust(probs, top))
    sure = top not in _PROFILED and top_p >= _OVERRULE_P and probs.get(best, 0.0) < _NEAR_P and top not in _NEIGHBOUR
    if scores.host is not None and not sure:  # named from its stop words: py3langid rarely overrules them
        return attrs.evolve(scores, trust=_trust(probs, best))
    backing = probs.get(best, 0.0)
    need = _SIBLING_P.get((top, best), _OUTSIDE_P_NEAR if backing >= _NEAR_P else _OUTSIDE_P)
    if backing < _NO_BACKING_P and scores.weight >= _SHORT_WEIGHT:
        need = min(need, _UNBACKED_P)
    if top in _NEIGHBOUR and _NEIGHBOUR[top] in _best_keys(logp, 5):
        need = _NEIGHBOUR_P
    if top not in _PROFILED and top_p >= need and (cands is None or top in cands):
        logp[top] = logp[best] + _SECOND_BONUS * top_p
        return Scores(logp, scores.weight, best, _trust(probs, top))
    # Among langdetect's languages: a product of the two models, the profiles leading.
    w = _SECOND_W
    if scores.weight < _SHORT_WEIGHT:
        w = _SECOND_W_SHORT if script in _SHORT_SCRIPTS else _SECOND_W_SHORT_OTHER
    # Every language outside py3langid's best few gets the floor: shifting all by it, only
    # those few move.
    for c, p in probs.items():
        if c in logp and p > _SECOND_FLOOR:
            logp[c] += w * math.log(p / _SECOND_FLOOR)
    new = _argmax(logp)
    return Scores(logp, scores.weight, None, _trust(probs, new))


#: py3langid's probability floor: a language outside its best few keeps a finite score.
_SECOND_FLOOR = 0.01


def _uses_own_words(text: str, code: str, other: str) -> bool:
    """Whether ``text`` uses a function word on ``code``'s stop list that ``other``'s lacks."""
    stop = _stoplists()
    mine, theirs = stop.get(code, frozenset()), stop.get(other, frozenset())
    words = {w.lower() for w in _WORD.findall(text[:_MAX_CHARS])}
    return not words.isdisjoint(mine - theirs)


def _prefers_own(text: str, code: str, other: str) -> bool:
    """Whether ``text`` uses more of ``code``'s function words than of ``other``'s (this module's
    lists, or jusText's)."""
    stop = _stoplists()
    mine, theirs = stop.get(code, frozenset()), stop.get(other, frozenset())
    if not mine:
        return False
    words = [w.lower() for w in _WORD.findall(text[:_MAX_CHARS])]
    a = sum(1 for w in words if w in mine and w not in theirs)
    b = sum(1 for w in words if w in theirs and w not in mine)
    return a >= 2 and a > b


def _profile_scores(text: str, scripts: Counter[str], cands: frozenset[str] | None) -> Scores:
    """langdetect's profiles and the stop words: per-language log-likelihoods."""
    script, n_letters = max(scripts.items(), key=operator.itemgetter(1))
    model = _model()
    if model is None:
        return Scores({}, 0)
    if script != "latin" and scripts.get("latin", 0) and n_letters * 3 >= scripts["latin"]:
        # As langdetect does: Latin words in a text mostly in another script are names, URLs, ...
        text = text[:_MAX_CHARS].translate(_LATIN_BLANK)
    total, weight = _packed(text, model)
    if not weight:
        return Scores({}, 0)
    values = _unpack(total, len(model.codes))
    logp: dict[str, float] = {}
    if cands is None:  # (a power of two: multiplying by its inverse divides exactly)
        logp = dict(zip(model.codes, map((1 / _UNIT).__mul__, values), strict=True))
        for code, idxs in model.repeated:
            logp[code] = max(values[i] for i in idxs) / _UNIT
    else:
        for code, v in zip(model.codes, values, strict=True):
            s = v / _UNIT
            if code in cands and s > logp.get(code, -math.inf):
                logp[code] = s
    if logp:
        words = _lower_words(text[:_MAX_CHARS])
        if _STOP_TIE:
            _stopword_tiebreak(words, logp)
        best = _argmax(logp)
        other = _stopword_language(words, best, script, cands)
        if other is not None:
            # Ahead of the best profile by a margin that grows with the evidence (soft: a
            # splitter may still keep a doubtful line with its neighbours).
            logp[other[0]] = logp[best] + _STOP_BONUS * other[1]
            return Scores(logp, weight, best)
    return Scores(logp, weight)


def _lower_words(head: str) -> list[str]:
    """The :data:`_WORD` words of ``head``, lower-cased, found in the text lower-cased when that
    gives the same: when every character is lower-cased into one character, and no capital
    sigma (the one character lower-cased by its context: a word's final sigma is ``ς``).  A
    character and its lower-case form are then of the same kind for :data:`_WORD` (a letter, a
    combining mark, an apostrophe or none of them: true of every code point, which the tests
    check), so the same words are found, already lower-cased (in one call rather than one a word)."""
    low = head.lower()
    if head.isascii():  # (ASCII letters only: :data:`_ASCII_WORD`)
        return _ASCII_WORD.findall(low)
    if len(low) == len(head) and "\u03a3" not in head:
        return _WORD.findall(low)
    return [w.lower() for w in _WORD.findall(head)]


def _packed(text: str, model: _Model) -> tuple[int, int]:
    """The packed profile scores of ``text``'s words summed, and how many n-grams they rest on."""
    total = sum(map(_word_score, _words(text)))  # (both at once: see _word_score)
    return total & model.low, total >> model.shift


def _unpack(total: int, n: int) -> tuple[int, ...]:
    """The ``n`` fields of a packed score (each ``_BITS`` bits, none overflows: see ``_UNIT``)."""
    return struct.unpack(f"<{n}I", total.to_bytes(4 * n, "little"))


def profile_top(text: str, /, cands: frozenset[str] | None = None) -> str | None:
    """The language whose profile fits ``text`` best, by the n-gram profiles alone: no script or
    letter rules, no stop words (internal: a cheap first look for :mod:`newsmeta.sections`)."""
    model = _model()
    if model is None:
        return None
    total, weight = _packed(text, model)
    if not weight:
        return None
    values = _unpack(total, len(model.codes))
    if cands is None:  # the first of the highest (in C)
        return model.codes[values.index(max(values))]
    best, top = None, -1
    for code, v in zip(model.codes, values, strict=True):
        if v > top and code in cands:
            best, top = code, v
    return best


def _to_language(scores: Scores) -> Language | None:
    if len(scores.logp) == 1:  # a script, a rule or py3langid alone named it: no runner-up
        ((code, s),) = scores.logp.items()
        if math.isfinite(s):
            return Language(code, min(1.0, round(scores.trust, 6)))
    ranked = [(c, scores.logp[c]) for c in _best_keys(scores.logp, 6)]
    if not ranked:
        return None
    top = ranked[0][1]
    # Naive Bayes over overlapping n-grams is over-confident: temper by the n-grams' overlap (~3).
    probs = [(c, math.exp((s - top) / 3.0)) for c, s in ranked[:6]]
    total = sum(p for _, p in probs)
    out = [(c, min(1.0, max(0.0, round(p / total, 6)))) for c, p in probs]
    alts = tuple(Language(c, p) for c, p in out[1:4] if p >= 0.001)
    return Language(out[0][0], min(out[0][1], round(scores.trust, 6)), alts)


# ---------------------------------------------------------------------------------------------
# Optional second model for very short texts: lingua (``pip install 'newsmeta-extract[lingua]'``)
# ---------------------------------------------------------------------------------------------

#: Texts of at most this many words are the ones lingua decides when asked to: langdetect's
#: profiles keep only the ~1,600 commonest trigrams of a language, too few for two rare words.
_SHORT_WORDS = 3
#: Weight of lingua's log-confidence against the profile scores, which then only break its near-ties.
_LINGUA_WEIGHT = 8.0
#: lingua's confidence floor: a language it rules out keeps a finite score.
_LINGUA_FLOOR = 1e-9
_BACKENDS = ("langdetect", "lingua")
_LINGUA: list[Any] = []


def _lingua() -> Any:
    """lingua's detector for the languages of langdetect's profiles, built on first use."""
    if not _LINGUA:
        with _LOCK:
            if not _LINGUA:
                try:
                    import lingua
                except ImportError as e:
                    msg = "backend='lingua' needs the lingua package: pip install 'newsmeta-extract[lingua]'"
                    raise MissingDependencyError(msg) from e
                iso = lingua.IsoCode639_1
                codes = [getattr(iso, c.upper()) for c in sorted(_PROFILED) if hasattr(iso, c.upper())]
                _LINGUA.append(lingua.LanguageDetectorBuilder.from_iso_codes_639_1(*codes).build())
    return _LINGUA[0]


def _with_lingua(text: str, scores: Scores) -> Scores:
    """``scores`` of a text of a few words, with lingua's confidence values folded in."""
    logp = scores.logp
    if len(logp) < 2 or len(_words(text)) > _SHORT_WORDS:
        return scores
    detector = _lingua()
    try:
        values = {
            v.language.iso_code_639_1.name.lower(): float(v.value)
            for v in detector.compute_language_confidence_values(text)
        }
    except Exception:  # lingua failing on odd input leaves the profiles' answer
        return scores
    best = max(logp, key=lambda c: (logp[c], c))
    if best not in values:  # a language lingua has no model of (Nepali): the profiles decide
        return scores
    # ``_to_language`` tempers scores by 3: lingua's term is scaled to match.
    w = 3.0 * _LINGUA_WEIGHT
    return Scores(
        {c: s + w * math.log(max(values.get(c, 0.0), _LINGUA_FLOOR)) for c, s in logp.items()},
        scores.weight,
        scores.host,
    )


def detect_language(
    text: str,
    /,
    *,
    languages: Iterable[str] | None = None,
    backend: Literal["langdetect", "lingua"] = "langdetect",
) -> Language | None:
    """The language of ``text``, or ``None`` when the text carries no language signal.

    ``languages`` (ISO 639-1 codes) narrows the choice; codes no detector here knows are ignored.

    ``backend="lingua"`` lets lingua decide texts of up to three words, where langdetect's
    profiles are weakest (two-word texts: 87.7% right by default, 93.5% with lingua, on the
    languages langdetect knows); longer texts are unchanged.  It needs
    ``pip install 'newsmeta-extract[lingua]'`` and about 1 GB of memory once lingua's models are loaded.

    >>> lang = detect_language("Der Bundestag hat am Donnerstag das neue Gesetz beschlossen.")
    >>> lang.code, 0.0 <= lang.confidence <= 1.0
    ('de', True)
    >>> detect_language("https://example.com/a/b 2024-06-21") is None
    True
    """
    if not isinstance(text, str):
        msg = (
            f"detect_language() takes a str, not {type(text).__name__}: pass the text itself"
            " (decode bytes first, for example data.decode('utf-8'))"
        )
        raise InputTypeError(msg)
    if backend not in _BACKENDS:
        msg = f"backend must be one of {', '.join(map(repr, _BACKENDS))}, not {backend!r}"
        if not isinstance(backend, str):
            raise InputTypeError(msg)
        raise InvalidOptionError(msg)
    scores = score_text(text, _candidates(languages), sure=_SURE_P_TEXT)
    if backend == "lingua":
        scores = _with_lingua(text, scores)
    return vouched(text, _to_language(scores), read=False)


def vouched(
    text: str, lang: Language | None, /, *, read: bool = True, fit: tuple[str, float, float] | None = None
) -> Language | None:
    """``lang``, named for ``text``, with its confidence lowered where the text is unlike that
    language's own texts: it fits the language's model as few of them do (:func:`_unless_unfit`),
    or it writes the marks of a close sibling no model was taught (:func:`_unless_sibling_spelt`).
    :func:`detect_language` and :func:`newsmeta.split_sections` say no language more surely than
    this.  ``read=False``: look at the fit only when py3langid read ``text`` last (no second reading);
    ``fit``: the fit as its readings of the text's parts add up (:attr:`Scores.fit`), not read again."""
    return _unless_strange_pairs(text, _unless_sibling_spelt(text, _unless_unfit(text, lang, read=read, fit=fit)))


#: A text whose features fit the language named worse than this (mean log-probability per
#: feature under py3langid's model) is unlike that language's texts: 8 in 4,890 of the kit's
#: sentences named right with confidence 0.9 or more fall below it (half A), while 64 of the 148
#: UDHR paragraphs of languages no model knows that were named wrong at 0.9 or more do.
_FIT_FLOOR = -9.8
#: ... and such a text's language is said with this confidence at most.
_UNFIT_CONFIDENCE = 0.75


def _unless_unfit(
    text: str, lang: Language | None, *, read: bool = False, fit: tuple[str, float, float] | None = None
) -> Language | None:
    """``lang``, its confidence lowered when py3langid names the same language but the text fits
    that language's model as few of its own texts do: the text is most likely in a neighbour
    no model here was taught (Kanuri read as Azerbaijani, Manx as Welsh).  Only a text py3langid
    read while it was scored is looked at (not one a script or letter rule decided)."""
    if lang is None or lang.confidence <= _UNFIT_CONFIDENCE:
        return lang
    from newsmeta.language_langid import fit_sum

    # (read=False: as the scoring read it; a script's rule did not)
    got = fit if fit is not None else fit_sum(text[:_MAX_CHARS], read=read)
    if got is None or got[0] != lang.code or got[2] <= 0 or got[1] / got[2] >= _FIT_FLOOR:
        return lang
    return attrs.evolve(lang, confidence=_UNFIT_CONFIDENCE)


#: Languages the models name whose close sibling neither model was taught, and per sibling what
#: the sibling writes and the named language does not (a word, or a spelling of one sound), and
#: the other way round: a text named one of them that holds more of the sibling's marks than of
#: its own (counted in the lower-cased text) is most likely the sibling's, read as its neighbour.
#:
#: * Kinyarwanda and Kirundi: Kinyarwanda writes its palatalised consonants ``cy by jy shy``
#:   (``icyo byose kujya ashyira``) where Kirundi writes ``c vy j sh`` (``ico vyose kuja
#:   ashira``); "or" is ``cyangwa`` against ``canke``, "has" ``afite`` against ``afise``.
#: * isiZulu and siSwati: Swati writes ``tf dv dz ts`` where Zulu writes ``nt``/``f``, ``d``,
#:   ``d``/``z`` and ``th`` (``bantfu ingcondvo adzingiswe kutsi`` for ``abantu ingqondo
#:   adingiswe ukuthi``), and ``t`` for Zulu's ``z`` (``tintfo``, ``izinto``).  isiNdebele has
#:   function words of its own (Zimbabwe's ``njalo loba kumbe kakho akula nxa``, "and", "or",
#:   "there is no", "if"; South Africa's ``begodu nofana ngombana boke``, and ``tjh``) for Zulu's
#:   ``futhi noma akekho`` (Zulu writes ``njalo`` too, "always": 6 of the kit's 500 Zulu sentences).
#: * Quechua and Aymara: Aymara's plural ``-naka`` and topic ``-xa`` (Quechua ``-kuna``, ``-qa``;
#:   Quechua writes no ``x``).
#: * Lingala and Kongo: Kongo's ``ke kele yina mpi muntu bantu yonso`` for Lingala's ``ezali
#:   mpe moto bato nyonso oyo kasi``.
#: * Esperanto and Ido: Ido's ``esas di ed omna irga qua ube anke`` (Esperanto ``estas de kaj
#:   ĉiu ajn kiu kie ankaŭ``); Esperanto's letters with a circumflex or breve, ``kaj estas de``,
#:   and its plural ``-oj -aj``, which Ido does not write.
#: * Latin and Interlingua: Interlingua's articles and contractions ``le un del al`` and
#:   ``con esser``, none of them Latin; Latin's ``et est ad cum non ac atque sunt quod esse``.
_SIBLING_MARKS: dict[str, tuple[tuple[str, re.Pattern[str], re.Pattern[str]], ...]] = {
    "rw": (("rn", re.compile(r"vy|\bcanke\b|\b[iau]?c[aeiou]|fise"), re.compile(r"cy|by|jy|shy|fite")),),
    "zu": (
        ("ss", re.compile(r"tf|dv|dz|ts(?!h)"), re.compile(r"(?<!d)z|th")),
        (
            "nr",
            re.compile(r"\b(?:njalo|loba|kumbe|kakho|akula|nxa|begodu|nofana|ngombana|boke)\b|tjh"),
            re.compile(r"\b(?:noma|futhi|akekho)\b"),
        ),
    ),
    "qu": (("ay", re.compile(r"naka|xa?\b"), re.compile(r"kuna")),),
    "ln": (
        (
            "kg",
            re.compile(r"\b(?:ke|kele|yina|mpi|muntu|bantu|yonso)\b"),
            re.compile(r"\b(?:ezali|mpe|moto|bato|nyonso|oyo|kasi)\b"),
        ),
    ),
    "eo": (
        (
            "io",
            re.compile(r"\b(?:esas|esis|esos|esus|di|ed|omna|irga|qua|ube|anke)\b"),
            re.compile(r"[ĉĝĥĵŝŭ]|\b(?:kaj|estas|de)\b|[ao]jn?\b"),
        ),
    ),
    "la": (
        (
            "ia",
            re.compile(r"\b(?:le|un|del|al|con|esser)\b"),
            re.compile(r"\b(?:et|est|ad|cum|non|ac|atque|sunt|quod|esse)\b"),
        ),
    ),
}
#: ... and such a text's language is said with this confidence at most (as one unlike its language's texts).
_SIBLING_CONFIDENCE = _UNFIT_CONFIDENCE


def _unless_sibling_spelt(text: str, lang: Language | None) -> Language | None:
    """``lang``, its confidence lowered when the text writes more of the marks of the language's
    untaught sibling (:data:`_SIBLING_MARKS`) than of its own."""
    if lang is None or lang.confidence <= _SIBLING_CONFIDENCE or lang.code not in _SIBLING_MARKS:
        return lang
    head = text[:_MAX_CHARS].lower()
    for _, theirs, mine in _SIBLING_MARKS[lang.code]:
        n = len(theirs.findall(head))
        if n and n > len(mine.findall(head)):
            return attrs.evolve(lang, confidence=_SIBLING_CONFIDENCE)
    return lang


#: Languages written in an alphabet whose langdetect profile holds nearly every pair of letters
#: their texts write inside a word: in texts of six of the kit's sentences, at least 82% of the
#: pairs (the median 95-99%).  Not Chinese, Japanese, Korean or the scripts of India, whose
#: profiles hold a smaller share of what the texts write; not Persian or Urdu (74%, 38%).
_PAIRED = frozenset({
    "af", "ar", "bg", "ca", "cs", "cy", "da", "de", "el", "en", "es", "et", "fi", "fr", "he", "hr", "hu",
    "id", "it", "lt", "lv", "mk", "nb", "nl", "pl", "pt", "ro", "ru", "sk", "sl", "so", "sq", "sv", "sw",
    "tl", "tr", "uk", "vi",
})  # fmt: skip
#: The script of the languages of :data:`_PAIRED` not written in Latin letters.
_PAIRED_SCRIPT = {
    "ar": "arabic", "bg": "cyrillic", "el": "greek", "he": "hebrew", "mk": "cyrillic", "ru": "cyrillic",
    "uk": "cyrillic",
}  # fmt: skip
#: A text with at least this many pairs of letters inside its words is looked at (fewer: too
#: few to tell chance from a language).
_PAIRS_MIN = 100
#: ... and when its language's profile holds fewer than this share of them, it is letters strung
#: at random in that language's alphabet (random Cyrillic letters: 43%; Greek, Arabic: 54%), not
#: a text in it, and is said with :data:`_STRANGE_CONFIDENCE` at most.
_PAIRS_FLOOR = 0.7
#: Characters of a text looked at (letters strung at random are so throughout).
_PAIRS_CHARS = 600
_STRANGE_CONFIDENCE = 0.6


def _unless_strange_pairs(text: str, lang: Language | None) -> Language | None:
    """``lang``, its confidence lowered when the words of ``text`` write pairs of letters that
    language's texts do not (:data:`_PAIRED`): letters strung together in its alphabet."""
    if lang is None or lang.confidence <= _STRANGE_CONFIDENCE or lang.code not in _PAIRED:
        return lang
    if len(text) < _PAIRS_MIN:  # (fewer characters than pairs needed)
        return lang
    # (each word's two counts in one int: summed at once, see _KnownPairs)
    both = sum(map(_known_pairs(lang.code).__getitem__, _words(text[:_PAIRS_CHARS])))
    known, total = both & _COUNT_MASK, both >> _COUNT_BITS
    if total >= _PAIRS_MIN and known < _PAIRS_FLOOR * total:
        return attrs.evolve(lang, confidence=_STRANGE_CONFIDENCE)
    return lang


def _pairs_of(code: str) -> frozenset[str]:
    """The pairs of letters the langdetect profile of ``code`` holds (empty without the profiles).
    Made for every language of :data:`_PAIRED` at once, on first use: one pass over the profiles'
    pairs (a pass a language cost as much)."""
    if not _PAIRS:
        pairs = _all_pairs()
        with _LOCK:
            if not _PAIRS:
                _PAIRS.update(pairs)
    return _PAIRS.get(code, frozenset())


def _all_pairs() -> dict[str, frozenset[str]]:
    """:func:`_pairs_of` of each language of :data:`_PAIRED` (each empty without the profiles)."""
    model = _model()
    out = dict.fromkeys(_PAIRED, frozenset[str]())
    if model is None:
        return out
    import numpy as np

    grams = [(g, row) for g, row in model.index.items() if len(g) == 2 and " " not in g]
    if not grams:
        return out
    fields = np.frombuffer(model.rows, dtype="<u4").reshape(-1, len(model.codes))
    held = fields[np.fromiter((row for _g, row in grams), dtype=np.intp, count=len(grams))] != 0
    for code in _PAIRED:
        cols = [i for i, c in enumerate(model.codes) if c == code]
        if cols:
            out[code] = frozenset(grams[k][0] for k in np.flatnonzero(held[:, cols].any(axis=1)).tolist())
    return out


#: :func:`_pairs_of` per language code, all made at once when first asked (:func:`_all_pairs`).
_PAIRS: dict[str, frozenset[str]] = {}


class _KnownPairs(dict[str, int]):
    """A word -> its pairs of neighbouring letters (lower-cased) that a language's profile holds
    (:func:`_pairs_of`), plus all its pairs shifted :data:`_COUNT_BITS` up, as one int; 0 for a
    word of one letter or not in the language's script (a name or a quote in another script is
    not counted).  Counted when the word is first met: words repeat, and a look-up costs less
    than counting.  Holds at most :data:`_KNOWN_WORDS` words (random letters bring new ones
    without end; any number gives the same counts)."""

    def __init__(self, pairs: frozenset[str], script: str) -> None:
        super().__init__()
        self.pairs = pairs
        self.script = script

    def __missing__(self, w: str) -> int:
        n = 0
        if len(w) > 1 and _SCRIPT_OF[w[0]] == self.script:
            low = w.lower()
            n = sum(map(self.pairs.__contains__, map(operator.add, low, low[1:]))) | (len(low) - 1) << _COUNT_BITS
        if len(self) < _KNOWN_WORDS:
            self[w] = n
        return n


#: (per language: a language's common words, a few thousand, are what repeats; about 1 MB when full)
_KNOWN_WORDS = 8_192
#: Width of the field of a word's known pairs in :class:`_KnownPairs`' values (far more than
#: the pairs of :data:`_PAIRS_CHARS` characters).
_COUNT_BITS = 32
_COUNT_MASK = (1 << _COUNT_BITS) - 1
#: :class:`_KnownPairs` per language code, made as asked (threads that race make equal ones).
_KNOWN: dict[str, _KnownPairs] = {}


def _known_pairs(code: str) -> _KnownPairs:
    """:class:`_KnownPairs` of ``code``."""
    got = _KNOWN.get(code)
    if got is None:
        got = _KNOWN.setdefault(code, _KnownPairs(_pairs_of(code), _PAIRED_SCRIPT.get(code, "latin")))
    return got

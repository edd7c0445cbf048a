"""The second language model: py3langid's naive Bayes over byte n-grams (internal).

py3langid (BSD-3-Clause, model bundled in its wheel: nothing is downloaded) names 97 languages,
among them the ones langdetect's 55 profiles cannot (Zulu, Xhosa, Shona, Yoruba, Bosnian,
Malay, Nynorsk, Latin, ...), and has a class of its own for text in no language (``zxx``: hex,
base64, random letters).  :mod:`newsmeta.language` uses it to name the language family and
the languages outside langdetect's set, and to calibrate its confidence; langdetect's profiles
and newsmeta's rules still decide among langdetect's own languages.

The model is loaded on first use (about 1 s, 120 MB), thread-safely; ``import newsmeta`` does
not import numpy.  The scores are py3langid's own (``norm_probs=True``), computed without its
per-call overheads.

>>> probs = probabilities("Umongameli uthe uhulumeni uzoqhubeka nokwakha izindlu ezintsha.")
>>> max(probs, key=probs.__getitem__)
'zu'
>>> probabilities("") == {}
True
"""

from __future__ import annotations

import array
import functools
import itertools
import lzma
import math
import threading
import unicodedata
import zlib
from collections import Counter
from typing import Any

__all__ = ["probabilities"]

#: py3langid labels that are the same language under the codes newsmeta returns.
_CODE = {
    "no": "nb", "ary": "ar", "arz": "ar", "yue": "zh", "wuu": "zh", "uzs": "uz", "hbo": "he",
    "srl": "sr",
}  # fmt: skip
#: Characters of text read (py3langid's scores settle long before; bounds the cost).
_MAX_CHARS = 3_000
#: How many of the best languages are returned.
_TOP = 8
#: Fingerprint (CRC-32 of the state rows and outputs) of the py3langid model (0.4) whose automaton
#: was checked: its states are the prefixes of its byte n-grams, none longer than ``_WINDOW``
#: bytes (a breadth-first walk from the start reaches every state within 6 steps), so the state
#: after any byte depends only on the last ``_WINDOW`` bytes read; and two spaces always lead to
#: the state one space leads to from the start.  Another model is walked word by word.
_WINDOWED = (2753718946, 2259536855)
_WINDOW = 6
#: Texts of at most this many words are read word by word (each word's features cached): on a
#: few words, the fixed cost of the array operations is more than the walk.
_FEW_WORDS = 4

_LOCK = threading.Lock()
_MODEL: list[Any] = []
_FAILED: list[bool] = []


class _Model:
    __slots__ = ("codes", "nextmove", "nm", "out", "output", "pc", "ptc", "rb", "rowbase", "start2")

    def __init__(self, ident: Any) -> None:
        import numpy as np

        # float32 once (py3langid ships float16): converting the rows each call cost more than
        # the product itself; the values are the same (every float16 is exactly a float32).
        self.ptc = np.asarray(ident.nb_ptc, dtype=np.float32)
        self.pc = np.asarray(ident.nb_pc, dtype=np.float32)
        self.codes = [_CODE.get(c, c) for c in ident.nb_classes]
        self.nextmove = ident.tk_nextmove  # array.array: 10 M entries, kept compact
        # compact arrays (8 bytes an entry, not a Python int each), shared with numpy below
        self.output = array.array("q", np.asarray(ident.tk_output, dtype=np.int64).tobytes())
        self.rowbase = array.array("q", (np.asarray(ident.tk_row, dtype=np.int64) << 8).tobytes())
        # The same automaton as arrays, for walking a whole text at once (see _features); None
        # when the model is not the one whose window was checked.
        self.nm: Any = None
        self.rb: Any = None
        self.out: Any = None
        self.start2: Any = None
        rb = np.frombuffer(self.rowbase, dtype=np.int64)
        out = np.frombuffer(self.output, dtype=np.int64)
        if (zlib.crc32(rb.tobytes()), zlib.crc32(out.tobytes())) == _WINDOWED and self.nextmove.itemsize == 4:
            self.nm = np.frombuffer(self.nextmove, dtype=np.uint32)  # a view: no copy
            self.rb, self.out = rb, out
            # the state after any two bytes read from the start: two steps of every walk in one look-up
            first = self.nm[rb[0] + np.arange(256)].astype(np.int64)
            self.start2 = self.nm[(rb[first][:, None] + np.arange(256)).ravel()].astype(np.int64)


def _model() -> _Model | None:
    """py3langid's model, loaded on first use; ``None`` if it is not installed or unreadable."""
    if not _MODEL and not _FAILED:
        with _LOCK:
            if not _MODEL and not _FAILED:
                try:
                    from py3langid.langid import MODEL_FILE, LanguageIdentifier  # type: ignore[import-untyped]

                    ident = LanguageIdentifier.from_model_file(MODEL_FILE)
                    _MODEL.append(_Model(ident))
                except (ImportError, OSError, ValueError, KeyError, lzma.LZMAError):
                    # a broken or missing install degrades to langdetect's profiles alone
                    _FAILED.append(True)
    return _MODEL[0] if _MODEL else None


def available() -> bool:
    """Whether the second model can be used."""
    return _model() is not None


@functools.lru_cache(maxsize=32_768)
def _word_features(word: str) -> tuple[int, ...]:
    """py3langid's byte n-gram features of one word between two spaces.

    Its automaton walks the whole text; walking each word alone, once per process (words
    repeat), loses only the features that span two words and costs a fraction of the time.
    """
    model = _model()
    if model is None:
        return ()
    nextmove, output, rowbase = model.nextmove, model.output, model.rowbase
    state = 0
    out = []
    for byte in f" {word} ".encode("utf-8", errors="replace"):
        state = nextmove[rowbase[state] + byte]
        f = output[state]
        if f >= 0:
            out.append(f)
    return tuple(out)


def _features(model: _Model, words: list[str]) -> Any:
    """py3langid's feature ids of ``words`` (each between two spaces), in reading order.

    The words are read as one stream, `` w1  w2 `` (two spaces lead back to the state one
    space leads to, so each word is read as on its own), and the automaton is run on every
    position at once: the state after a byte is the one reached by reading the ``_WINDOW``
    bytes that end there from the start, ``_WINDOW`` look-ups over the whole stream.
    """
    import numpy as np

    pad = _WINDOW - 1
    stream = (" " * pad + " " + "  ".join(words) + " ").encode("utf-8", errors="replace")
    a = np.frombuffer(stream, dtype=np.uint8).astype(np.int64)
    n = len(a) - pad
    state = model.start2[(a[:n] << 8) | a[1 : n + 1]]
    nm, rb = model.nm, model.rb
    for k in range(2, _WINDOW):
        state = nm[rb[state] + a[k : k + n]]
    feats = model.out[state]
    return feats[feats >= 0]


def probabilities(text: str, /) -> dict[str, float]:
    """py3langid's probabilities of ``text``'s best languages (``zxx``: no language); ``{}``
    when the model is missing or the text has no feature it knows."""
    model = _model()
    if model is None or not text:
        return {}
    import numpy as np

    if text.isupper():
        text = text.lower()
    text = unicodedata.normalize("NFC", text[:_MAX_CHARS])
    words = text.split()
    if not words:
        return {}
    if model.nm is not None and len(words) > _FEW_WORDS:
        feats = _features(model, words)
        if not len(feats):
            return {}
        counts = Counter(feats.tolist())
    else:
        counts = Counter(itertools.chain.from_iterable(map(_word_features, words)))
        if not counts:
            return {}
    idx = np.fromiter(counts.keys(), dtype=np.intp, count=len(counts))
    weight = np.log1p(np.fromiter(counts.values(), dtype=np.float32, count=len(counts)))
    n_bytes = len(text.encode("utf-8", errors="replace"))
    scores = weight @ model.ptc[idx] + model.pc
    # py3langid's calibration: a temperature of sqrt(bytes) keeps the softmax honest across lengths.
    scores *= 1.0 / math.sqrt(n_bytes)
    scores = np.exp(scores - scores.max())
    scores /= scores.sum()
    best = np.argpartition(-scores, 2 * _TOP)[: 2 * _TOP]
    out: dict[str, float] = {}
    for i, p in zip(best.tolist(), scores[best].tolist(), strict=True):
        code = model.codes[i]
        out[code] = out.get(code, 0.0) + p
    return dict(sorted(out.items(), key=lambda kv: (-kv[1], kv[0]))[:_TOP])

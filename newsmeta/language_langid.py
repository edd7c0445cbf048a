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

import functools
import itertools
import lzma
import math
import threading
import unicodedata
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

_LOCK = threading.Lock()
_MODEL: list[Any] = []
_FAILED: list[bool] = []


class _Model:
    __slots__ = ("codes", "nextmove", "output", "pc", "ptc", "rowbase")

    def __init__(self, ident: Any) -> None:
        import numpy as np

        # float32 once (py3langid ships float16): converting the rows each call cost more than
        # the product itself; the values are the same (every float16 is exactly a float32).
        self.ptc = np.asarray(ident.nb_ptc, dtype=np.float32)
        self.pc = np.asarray(ident.nb_pc, dtype=np.float32)
        self.codes = [_CODE.get(c, c) for c in ident.nb_classes]
        self.nextmove = ident.tk_nextmove  # array.array: 10 M entries, kept compact
        self.output = list(ident.tk_output)
        self.rowbase = [r << 8 for r in ident.tk_row]


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
    feats = list(itertools.chain.from_iterable(map(_word_features, text.split())))
    if not feats:
        return {}
    counts = Counter(feats)
    n_bytes = len(text.encode("utf-8", errors="replace"))
    idx = np.fromiter(counts.keys(), dtype=np.intp, count=len(counts))
    weight = np.log1p(np.fromiter(counts.values(), dtype=np.float32, count=len(counts)))
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

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
import struct
import sys
import threading
import unicodedata
import zlib
from collections import Counter
from typing import Any

__all__ = ["probabilities"]

#: py3langid labels that are the same language under the codes newsmeta returns: ISO 639-1's
#: code of the language, or of the macrolanguage it belongs to (Paraguayan Guarani ``gug`` is
#: Guarani, ``gn``; Nigerian Fulfulde ``fuv`` is Fula, ``ff``; Gikuyu ``kik`` is ``ki``).
_CODE = {
    "no": "nb", "ary": "ar", "arz": "ar", "yue": "zh", "wuu": "zh", "uzs": "uz", "hbo": "he",
    "srl": "sr", "gug": "gn", "fuv": "ff", "kik": "ki",
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
#: From this many features, counting them with numpy (a sort) costs less than a Counter.
_MANY_FEATURES = 128

_LOCK = threading.Lock()
_MODEL: list[Any] = []
_FAILED: list[bool] = []


class _Model:
    __slots__ = ("codes", "nextmove", "nm", "out", "output", "pc", "ptc", "rb", "rowbase", "start2")

    def __init__(
        self, ptc: Any, pc: Any, classes: list[str], nextmove: array.array[int], row: Any, output: Any
    ) -> None:
        """py3langid's model: its arrays, as :func:`py3langid.modelio.load_model` reads them
        (``nextmove`` an :class:`array.array`; ``row`` and ``output`` may be numpy arrays)."""
        import numpy as np

        # float32 once (py3langid ships float16): converting the rows each call cost more than
        # the product itself; the values are the same (every float16 is exactly a float32).
        self.ptc = np.asarray(ptc, dtype=np.float32)
        self.pc = np.asarray(pc, dtype=np.float32)
        self.codes = [_CODE.get(c, c) for c in classes]
        self.nextmove = nextmove  # array.array: 10 M entries, kept compact
        # compact arrays (8 bytes an entry, not a Python int each), shared with numpy below
        self.output = array.array("q", np.asarray(output, dtype=np.int64).tobytes())
        self.rowbase = array.array("q", (np.asarray(row, dtype=np.int64) << 8).tobytes())
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


#: The arrays of py3langid's model file (an ``.npz`` archive, compressed with xz).
_ARRAYS = ("ptc", "pc", "classes", "nextmove", "nextmove_row", "out_feat")
#: Type codes of :class:`array.array` by item size, as py3langid's loader picks them.
_TYPECODE = {2: "H", 4: "I", 8: "L"}


def _zip64_size(extra: bytes) -> int:
    """The uncompressed size in a ZIP entry's zip64 extra field."""
    while len(extra) >= 4:
        tag, n = struct.unpack("<HH", extra[:4])
        if tag == 1 and n >= 8:
            return int(struct.unpack("<Q", extra[4:12])[0])
        extra = extra[4 + n :]
    msg = "no zip64 size"
    raise ValueError(msg)


class _Unxz:
    """An xz stream read from memory in large pieces, as :func:`_read_model` reads it.

    :mod:`lzma`'s file object feeds the decompressor 8 KB of input at a time, and every call
    takes the interpreter's lock again: a thread loading the model beside busy Python code
    waited for the lock some 500 times.  Here the whole input goes in at once and each read is
    one call (in pieces of at most ``_PIECE`` bytes, which bounds the memory it adds), so the
    decompression runs beside the interpreter.
    """

    _PIECE = 1 << 23

    def __init__(self, data: bytes) -> None:
        self._dec = lzma.LZMADecompressor()
        self._data = data
        self._pos = 0

    def read(self, n: int = -1, /) -> bytes:
        """At most ``n`` bytes (all the rest when ``n`` is negative)."""
        if n < 0:
            n = sys.maxsize
        parts = []
        want = n
        while want > 0 and not self._dec.eof:
            part = self._dec.decompress(self._data, min(want, self._PIECE))
            self._data = b""
            if not part and self._dec.needs_input:
                break  # a truncated stream
            parts.append(part)
            want -= len(part)
        out = b"".join(parts)
        self._pos += len(out)
        return out

    def readinto(self, buf: memoryview) -> int:
        view = memoryview(buf).cast("B")
        done = 0
        while done < len(view):
            part = self.read(min(len(view) - done, self._PIECE))
            if not part:
                break
            view[done : done + len(part)] = part
            done += len(part)
        return done

    def tell(self) -> int:
        return self._pos

    def rest(self) -> None:
        """Decompresses to the end of the stream, where xz checks its integrity."""
        while not self._dec.eof and self.read(self._PIECE):
            pass


def _read_model(path: Any) -> _Model | None:
    """py3langid's model read straight from its file; ``None`` if the file is not laid out as
    expected (then py3langid's own loader reads it).

    py3langid's loader writes the decompressed archive (68 MB) to a temporary file, reads it back
    and turns the automaton's outputs into a list of Python ints, which :class:`_Model` turns
    back into an array: here each array is read from the decompressing stream into its place, in
    one pass (decompression is then most of the cost: about half a second, once per process).
    """
    import numpy as np

    arrays: dict[str, Any] = {}
    with open(path, "rb") as raw:
        fh = _Unxz(raw.read())
    while True:
        head = fh.read(30)  # a ZIP entry's local header (stored, sizes in the header)
        if head[:4] != b"PK\x03\x04" or len(head) != 30:
            break
        _, flags, method, _, _, _, _, size, n_name, n_extra = struct.unpack("<HHHHHIIIHH", head[4:])
        if flags & 0x09 or method != 0:  # encrypted, sizes after the data, or compressed
            return None
        name = fh.read(n_name).decode("utf-8", errors="replace")
        extra = fh.read(n_extra)
        if size == 0xFFFFFFFF:
            size = _zip64_size(extra)
        start = fh.tell()
        version = np.lib.format.read_magic(fh)
        if version == (1, 0):
            shape, fortran, dtype = np.lib.format.read_array_header_1_0(fh)
        else:
            shape, fortran, dtype = np.lib.format.read_array_header_2_0(fh)
        if fortran or dtype.hasobject or name[:-4] not in _ARRAYS or not name.endswith(".npy"):
            return None
        arr: Any
        if name == "nextmove.npy" and len(shape) == 1 and dtype.kind == "u" and dtype.itemsize in _TYPECODE:
            # (read into the array.array py3langid's loader makes of it, with no copy)
            arr = array.array(_TYPECODE[dtype.itemsize], [0]) * shape[0]
            if arr.itemsize != dtype.itemsize or dtype.byteorder == (">" if sys.byteorder == "little" else "<"):
                return None
            flat = memoryview(arr).cast("B")
        else:
            arr = np.empty(shape, dtype=dtype)
            flat = arr.reshape(-1).view(np.uint8).data
        if fh.readinto(flat) != len(flat) or fh.tell() - start != size:
            return None
        arrays[name[:-4]] = arr
    fh.rest()
    if set(arrays) != set(_ARRAYS) or not isinstance(arrays["nextmove"], array.array):
        return None
    return _Model(
        arrays["ptc"],
        arrays["pc"],
        arrays["classes"].tolist(),
        arrays["nextmove"],
        arrays["nextmove_row"],
        arrays["out_feat"],
    )


def _model() -> _Model | None:
    """py3langid's model, loaded on first use; ``None`` if it is not installed or unreadable."""
    if not _MODEL and not _FAILED:
        with _LOCK:
            if not _MODEL and not _FAILED:
                try:
                    from py3langid.langid import MODEL_DIR, MODEL_FILE  # type: ignore[import-untyped]

                    model = None
                    try:
                        model = _read_model(MODEL_DIR / MODEL_FILE)
                    except (OSError, ValueError, KeyError, EOFError, struct.error, lzma.LZMAError):
                        model = None
                    if model is None:
                        from py3langid.langid import LanguageIdentifier

                        ident = LanguageIdentifier.from_model_file(MODEL_FILE)
                        model = _Model(
                            ident.nb_ptc, ident.nb_pc, ident.nb_classes, ident.tk_nextmove, ident.tk_row,
                            ident.tk_output,
                        )  # fmt: skip
                    _MODEL.append(model)
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

    original = text
    if text.isupper():
        text = text.lower()
    text = unicodedata.normalize("NFC", text[:_MAX_CHARS])
    words = text.split()
    if not words:
        return {}
    counts: Counter[int] | None = None
    if model.nm is not None and len(words) > _FEW_WORDS:
        feats = _features(model, words)
        if not len(feats):
            return {}
        if len(feats) >= _MANY_FEATURES:
            # each feature and its count, in the order of first occurrence (as a Counter of them
            # keeps them: the product below then adds the same terms in the same order)
            ids, first, n = np.unique(feats, return_index=True, return_counts=True)
            order = np.argsort(first)
            idx = ids[order].astype(np.intp)
            weight = np.log1p(n[order].astype(np.float32))
        else:
            counts = Counter(feats.tolist())
    else:
        counts = Counter(itertools.chain.from_iterable(map(_word_features, words)))
        if not counts:
            return {}
    if counts is not None:
        idx = np.fromiter(counts.keys(), dtype=np.intp, count=len(counts))
        weight = np.log1p(np.fromiter(counts.values(), dtype=np.float32, count=len(counts)))
    n_bytes = len(text.encode("utf-8", errors="replace"))
    fits = weight @ model.ptc.take(idx, axis=0)  # (the rows of the features: ``take`` gathers them faster)
    scores = fits + model.pc
    # py3langid's calibration: a temperature of sqrt(bytes) keeps the softmax honest across lengths.
    scores *= 1.0 / math.sqrt(n_bytes)
    top = int(scores.argmax())
    _LAST_FIT[0] = (original, model.codes[top], float(fits[top]), float(weight.sum()))
    scores = np.exp(scores - scores[top])
    scores /= scores.sum()
    best = np.argpartition(-scores, 2 * _TOP)[: 2 * _TOP]
    out: dict[str, float] = {}
    for i, p in zip(best.tolist(), scores[best].tolist(), strict=True):
        code = model.codes[i]
        out[code] = out.get(code, 0.0) + p
    return dict(sorted(out.items(), key=lambda kv: (-kv[1], kv[0]))[:_TOP])


#: The last text :func:`probabilities` read, py3langid's best language for it and how well the
#: text fits that language (see :func:`fit`): a pure memo of one entry, swapped whole.
_LAST_FIT: list[tuple[str | None, str, float, float]] = [(None, "", 0.0, 1.0)]


def fit(text: str, /, *, read: bool = True) -> tuple[str, float] | None:
    """See :func:`fit_sum`: the language and the mean log-probability per feature."""
    got = fit_sum(text, read=read)
    return None if got is None else (got[0], got[1] / got[2])


def fit_sum(text: str, /, *, read: bool = True) -> tuple[str, float, float] | None:
    """py3langid's best language for ``text`` and the text's mean log-probability per feature
    under it: how well the text fits that language's model, whatever the other languages'.
    A text of that language scores about -8.5 (-9.2 for one in twenty); a text of a language
    the model was not taught, read as its nearest neighbour, lower (Kanuri read as Azerbaijani:
    -10.1).  ``None`` without the model or any feature it knows, and (``read=False``) when
    :func:`probabilities` did not read ``text`` last.  As (language, sum of the features'
    weighted log-probabilities, sum of their weights), which add up over the lines of a text.
    """
    memo = _LAST_FIT[0]
    if memo[0] is not text and memo[0] != text:
        if not read or not probabilities(text):
            return None
        memo = _LAST_FIT[0]
        if memo[0] is not text:
            return None
    return memo[1], memo[2], memo[3]

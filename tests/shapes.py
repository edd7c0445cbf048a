"""Input shapes that have made text tools slow (quadratic regexes, per-item work before a cap),
each at any size: shared by ``tests/test_hostile.py`` (a hang guard at 100 KB) and
``benchmarks/bench.py scaling`` (growth exponents from 10 KB to 1 MB).

Every generator takes a size in characters (bytes for byte shapes) and returns a document of
about that size, built the same way at every size so that timings compare.  ``KIND`` says which
functions a shape goes to: ``"text"`` shapes to ``extract``, ``find_dates``, ``split_sections``
and ``detect_language``; ``"html"`` and ``"bytes"`` shapes to ``extract`` only.

>>> sorted(SHAPES) == sorted(KIND)
True
>>> all(abs(len(make(name, 10_000)) - 10_000) < 2_000 for name in SHAPES if name != "gzip-html")
True
"""

from __future__ import annotations

import base64
import gzip
import random
from collections.abc import Callable

__all__ = ["FUNCTIONS", "KIND", "SHAPES", "make", "run"]

_BODY = (
    "Port authorities from Lisbon to Rotterdam met on Tuesday to compare plans for higher sea walls "
    "after a winter in which three storms flooded the lower town, officials said."
)
_LANGS = (
    "The council met on Monday to discuss the budget for the coming year and the new harbour plans.",
    "Der Stadtrat hat am Montag über den Haushalt für das kommende Jahr und den neuen Hafen beraten.",
    "Le conseil municipal s'est réuni lundi pour discuter du budget de l'année prochaine et du port.",
    "El consejo municipal se reunió el lunes para discutir el presupuesto del próximo año y el puerto.",
)


def _fill(unit: str, size: int, head: str = "", tail: str = "") -> str:
    n = max(1, (size - len(head) - len(tail)) // len(unit))
    return head + unit * n + tail


def _page(body: str) -> str:
    return f"<html><head><title>Sea walls</title></head><body><h1>Sea walls</h1>{body}</body></html>"


def _noise(size: int) -> bytes:
    return random.Random(16).randbytes(size)


def _alternating(size: int) -> str:
    paras = [_LANGS[k % len(_LANGS)] for k in range(max(1, size // 100))]
    return "Harbour plans\n\n" + "\n\n".join(paras)


def _many_attributes(size: int) -> str:
    n = max(1, (size - 200) // 12)
    attrs = " ".join(f'a{i}="v{i % 10}"' for i in range(n))
    return _page(f"<div {attrs}><p>{_BODY}</p></div>")


def _deep(size: int) -> str:
    n = max(1, (size - 300) // 11)
    return _page("<div>" * n + f"<p>{_BODY}</p>" + "</div>" * n)


def _gzip(size: int) -> bytes:
    """An HTML page of ``size`` bytes, gzip-compressed (the size is the page's, not the stream's)."""
    page = _fill(f"<p>{_BODY} 3 March 2024.</p>\n", size, "<html><body><h1>Sea walls</h1>", "</body></html>")
    return gzip.compress(page.encode(), mtime=0)


SHAPES: dict[str, Callable[[int], str | bytes]] = {
    # white space and line structure
    "blank-lines": lambda n: "\n" * n,
    "tab-space-lines": lambda n: _fill("\t \n", n, "Title\n\n"),
    "nbsp-lines": lambda n: _fill("\u00a0\t \u00a0\n", n, "Title\n\n"),
    "control-chars": lambda n: _fill("a\x00b\x01\x02c\x1f\x7f ", n, "Title\n\n"),
    "one-line-no-spaces": lambda n: "x" * n,
    "one-long-line": lambda n: _fill("word ", n),
    "many-short-lines": lambda n: _fill("Menu\n", n),
    "two-line-paragraphs": lambda n: _fill("a\nb\n\n", n, f"Headline\n\n{_BODY}\n\n", "x" * 70),
    "blank-paragraphs": lambda n: _fill("Word.\n\n", n),
    "sentence-lines": lambda n: _fill("The council met on Monday.\n", n, "Council news\n\n"),
    # dates, months, relative words
    "month-day": lambda n: _fill("May 3 ", n),
    "day-month": lambda n: _fill("3 March ", n),
    "relative-words": lambda n: _fill("yesterday ", n),
    "numeric-dates": lambda n: _fill("12/03/2024 ", n),
    "digit-run": lambda n: "7" * n,
    "digit-punct": lambda n: _fill("1.2-3/4,5:6 ", n),
    "published-cues": lambda n: _fill("Published: May 3, 2024\n", n, "Title\n\n"),
    "end-marks": lambda n: _fill("Related\n\nComments\n\n3 comments\n\n", n, f"Title\n\nMay 3, 2024\n\n{_BODY}\n\n"),
    # headlines, bylines, datelines, languages
    "byline-flood": lambda n: _fill("By Jane Doe and ", n),
    "kicker-flood": lambda n: _fill("BREAKING | ", n),
    "dateline-flood": lambda n: _fill("LONDON, March 3 (Reuters) - ", n),
    "alternating-languages": _alternating,
    "emoji": lambda n: _fill("\U0001f600\u200d\u2764 ", n),
    "lone-surrogates": lambda n: _fill("a\ud800 b\udc00 ", n),
    "hex-blob": lambda n: _noise(n // 2).hex(),
    "base64-blob": lambda n: base64.b64encode(_noise(n * 3 // 4)).decode(),
    "ordinary-repeated": lambda n: _fill(f"{_BODY} It rained on 3 March 2024.\n\n", n,
                                         "Sea walls rise\n\nBy Ana Lee\n\n"),
    # HTML
    "html-deep": _deep,
    "html-wide": lambda n: _page(_fill(f"<p>{_BODY}</p>", n - 100)),
    "html-many-attributes": _many_attributes,
    "html-all-script": lambda n: _fill("var x = '2020-01-01';", n, "<html><head><script>",
                                       "</script></head><body></body></html>"),
    "html-lone-surrogates": lambda n: _page(_fill("<p>Text \ud800 here.</p>", n - 100)),
    # bytes
    "punycode-declared": lambda n: _fill(f"<p>{_BODY}</p>", n, "<html><head><meta charset=punycode></head><body>",
                                         "</body></html>").encode(),
    "gb2312-declared-utf8": lambda n: _fill(
        "<p>北京是中华人民共和国的首都，也是全国的政治中心。</p>", n // 3,
        "<html><head><meta charset=gb2312></head><body>", "</body></html>"
    ).encode(),
    "random-bytes": _noise,
    "gzip-html": _gzip,
    "utf16-no-bom": lambda n: _fill(f"{_BODY}\n\n", n // 2, "Sea walls\n\n").encode("utf-16-le"),
}

KIND: dict[str, str] = {
    name: ("bytes" if name in {"punycode-declared", "gb2312-declared-utf8", "random-bytes", "gzip-html",
                               "utf16-no-bom"} else "html" if name.startswith("html-") else "text")
    for name in SHAPES
}

#: The functions timed, and the kinds of shape each one reads.
FUNCTIONS: dict[str, tuple[str, ...]] = {
    "extract-text": ("text",),
    "extract-html": ("html", "bytes"),
    "find_dates": ("text",),
    "split_sections": ("text",),
    "detect_language": ("text",),
}


def make(name: str, size: int, /) -> str | bytes:
    """Shape ``name`` at about ``size`` characters (or bytes)."""
    return SHAPES[name](size)


def run(function: str, doc: str | bytes, /) -> object:
    """Call ``function`` (a key of :data:`FUNCTIONS`) on ``doc``; a ``NewsmetaError`` is an answer too."""
    import newsmeta

    call: dict[str, Callable[[str | bytes], object]] = {
        "extract-text": newsmeta.extract,
        "extract-html": newsmeta.extract,
        "find_dates": newsmeta.find_dates,  # type: ignore[dict-item]
        "split_sections": newsmeta.split_sections,  # type: ignore[dict-item]
        "detect_language": newsmeta.detect_language,  # type: ignore[dict-item]
    }
    try:
        return call[function](doc)
    except newsmeta.NewsmetaError as e:
        return e

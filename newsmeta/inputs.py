"""From what the caller hands us to a ``str``: type checks, byte decoding, HTML sniffing, size limits.

>>> decode_document(b"\\xef\\xbb\\xbfHello")
Decoded(text='Hello', encoding='utf-8', warnings=())
>>> looks_like_html("<p>Hi</p>"), looks_like_html("5 < 6 and 7 > 3")
(True, False)
"""

from __future__ import annotations

import codecs
import re
from typing import Literal

import attrs

from newsmeta.errors import InputTooLargeError, InputTypeError, InvalidOptionError

__all__ = ["DEFAULT_MAX_CHARS", "Decoded", "check_document", "decode_document", "looks_like_html"]

#: Default limit on the length of a document, in characters (about 5 MB of text).
DEFAULT_MAX_CHARS = 5_000_000

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_META_CHARSET = re.compile(rb"""<meta[^>]{0,300}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:\-]{1,40})""", re.I)
_HTML_SNIFF = re.compile(
    r"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<meta\s|<title>|<(?:p|div|article|h[1-6]|span|br|a)[\s>/]",
    re.I,
)
# A document that opens with markup: a page saved without its <html>, a fragment.
_HTML_START = re.compile(
    r"\s*(?:<!--|<\?xml\s|<(?:style|script|link|noscript|template|svg|header|nav|main|section|aside|footer|"
    r"table|ul|ol|img|form|iframe|figure|center|font|b|i|strong|em)[\s>/])",
    re.I,
)


@attrs.frozen
class Decoded:
    """A decoded document: its text, the encoding used, and what had to be repaired."""

    text: str
    encoding: str
    warnings: tuple[str, ...] = ()


def _codec(name: str) -> str | None:
    try:
        return codecs.lookup(name.strip().lower()).name
    except LookupError:
        return None


def decode_document(data: bytes, /) -> Decoded:
    """Decode bytes: byte order mark first, then a declared HTML charset, then UTF-8, then detection.

    Undecodable bytes are replaced by U+FFFD and the fact is recorded in ``warnings``.
    """
    for bom, enc in _BOMS:
        if data.startswith(bom):
            return _decode_with(data[len(bom) :], enc, f"byte order mark ({enc})")
    m = _META_CHARSET.search(data[:4096])
    if m:
        declared = _codec(m.group(1).decode("ascii", "replace"))
        if declared is not None and not declared.startswith(("utf-16", "utf-32")):
            return _decode_with(data, declared, f"declared charset ({declared})")
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    enc = _detect(data)
    return _decode_with(data, enc, f"detected encoding ({enc})")


def _detect(data: bytes) -> str:
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data[:200_000]).best()
    except Exception:  # a detector failure must not become the caller's problem
        best = None
    if best is not None and best.encoding:
        enc = _codec(best.encoding)
        if enc is not None:
            return enc
    return "cp1252"


def _decode_with(data: bytes, enc: str, how: str) -> Decoded:
    try:
        return Decoded(data.decode(enc), enc)
    except UnicodeDecodeError:
        return Decoded(data.decode(enc, errors="replace"), enc, (f"undecodable bytes replaced ({how})",))


def looks_like_html(text: str, /) -> bool:
    """Does this string look like HTML markup rather than plain text?"""
    head = text[:5000]
    if _HTML_START.match(head) and (_HTML_SNIFF.search(text, 0, 500_000) or "</" in head):
        return True
    return bool(_HTML_SNIFF.search(head)) and head.count("<") >= 1 and head.count(">") >= 1


def check_document(
    doc: object, /, *, max_chars: int, on_too_large: Literal["error", "truncate"]
) -> tuple[str, tuple[str, ...]]:
    """Validate and decode ``doc``; return its text and what had to be repaired.

    ``bytes`` and ``str`` alike may hold HTML or plain text: :func:`looks_like_html` decides later.
    """
    if not isinstance(max_chars, int) or isinstance(max_chars, bool) or max_chars <= 0:
        msg = f"max_chars must be a positive int, not {max_chars!r}"
        raise InvalidOptionError(msg)
    if on_too_large not in ("error", "truncate"):
        msg = f"on_too_large must be 'error' or 'truncate', not {on_too_large!r}"
        raise InvalidOptionError(msg)
    warnings: tuple[str, ...] = ()
    if isinstance(doc, (bytes, bytearray, memoryview)):
        raw = bytes(doc)
        if len(raw) > 4 * max_chars and on_too_large == "error":
            msg = (
                f"document is {len(raw):,} bytes, more than max_chars={max_chars:,} allows; "
                "pass a larger max_chars or on_too_large='truncate'"
            )
            raise InputTooLargeError(msg)
        dec = decode_document(raw[: 4 * max_chars])
        text, warnings = dec.text, dec.warnings
    elif isinstance(doc, str):
        text = doc
    else:
        msg = (
            f"extract() takes the document as str or bytes, not {type(doc).__name__}; "
            "read files with open(path, 'rb').read() and pass the bytes"
        )
        raise InputTypeError(msg)
    if len(text) > max_chars:
        if on_too_large == "error":
            msg = (
                f"document has {len(text):,} characters, more than max_chars={max_chars:,}; "
                "pass a larger max_chars or on_too_large='truncate'"
            )
            raise InputTooLargeError(msg)
        text = text[:max_chars]
        warnings = (*warnings, f"truncated to max_chars={max_chars}")
    return text, warnings

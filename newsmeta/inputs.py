"""From what the caller hands us to a ``str``: type checks, byte decoding, HTML sniffing, size limits.

Bytes are read in this order: compressed data (gzip, bzip2, xz, zstd) is decompressed; a byte
order mark names the encoding; the magic number of a binary format (an image, a PDF, an
archive, an executable) or a soup of control bytes raises :class:`~newsmeta.errors.NotTextError`;
UTF-16 or UTF-32 without a byte order mark is recognised by its zero bytes; then a charset the
page declares, unless the bytes contradict it; then UTF-8; then detection.  Every decision
other than the plain case (UTF-8, or the charset a page declares) is said in ``warnings``.

>>> decode_document(b"\\xef\\xbb\\xbfHello")
Decoded(text='Hello', encoding='utf-8', warnings=())
>>> looks_like_html("<p>Hi</p>"), looks_like_html("5 < 6 and 7 > 3")
(True, False)
"""

from __future__ import annotations

import codecs
import functools
import re
from typing import Literal

import attrs

from newsmeta.errors import InputTooLargeError, InputTypeError, InvalidOptionError, NotTextError
from newsmeta.io.compression import compression_of, decompress

__all__ = [
    "DEFAULT_MAX_CHARS",
    "Decoded",
    "check_document",
    "decode_document",
    "looks_like_html",
    "not_text_reason",
    "repair_text",
]

#: Default limit on the length of a document, in characters (about 5 MB of text).
DEFAULT_MAX_CHARS = 5_000_000
#: Bytes a character may take at most (UTF-8, UTF-32): more bytes than this many per allowed
#: character are more than ``max_chars`` whatever the encoding.
_BYTES_PER_CHAR = 4

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_META_CHARSET = re.compile(rb"""<meta[^>]{0,300}?charset\s{0,20}=\s{0,20}["']?\s{0,20}([A-Za-z0-9_.:\-]{1,40})""", re.I)
_HTML_SNIFF = re.compile(
    r"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<meta\s|<title>|<(?:p|div|article|h[1-6]|span|br|a)[\s>/]",
    re.I,
)
# ... of which a page's own elements, which no text that merely names a tag holds
_HTML_PAGE = re.compile(r"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]", re.I)
# ... and the marks of markup in use rather than named: an element closed, a line broken
# (glued to the text before them: markup hugs what it marks up, a tag named in prose stands alone)
_HTML_CLOSED = re.compile(r"(?<=\S)(?:</[a-z][a-z0-9]{0,9}\s*>|<br\s*/?>)", re.I)
# A document that opens with markup: a page saved without its <html>, a fragment.
_HTML_START = re.compile(
    r"\s*(?:<!--|<\?xml\s|<(?:style|script|link|noscript|template|svg|header|nav|main|section|aside|footer|"
    r"table|ul|ol|img|form|iframe|figure|center|font|b|i|strong|em)[\s>/])",
    re.I,
)

# Binary formats by their magic number: (offset, bytes, what they are).
_MAGIC: tuple[tuple[int, bytes, str], ...] = (
    (0, b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (0, b"\xff\xd8\xff", "a JPEG image"),
    (0, b"GIF87a", "a GIF image"),
    (0, b"GIF89a", "a GIF image"),
    (0, b"II*\x00", "a TIFF image"),
    (0, b"MM\x00*", "a TIFF image"),
    (0, b"8BPS", "a Photoshop image"),
    (0, b"\x00\x00\x01\x00", "an icon (ICO) image"),
    (0, b"%PDF-", "a PDF document"),
    (0, b"PK\x03\x04", "a ZIP archive (or a DOCX, XLSX, ODT, EPUB or JAR file)"),
    (0, b"PK\x05\x06", "a ZIP archive"),
    (0, b"PK\x07\x08", "a ZIP archive"),
    (0, b"7z\xbc\xaf\x27\x1c", "a 7z archive"),
    (0, b"Rar!\x1a\x07", "a RAR archive"),
    (257, b"ustar", "a tar archive"),
    (0, b"\x04\x22\x4d\x18", "an LZ4-compressed file"),
    (0, b"\x1f\x9d", "a Unix-compressed (.Z) file"),
    (0, b"LZIP", "an lzip-compressed file"),
    (0, b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office file (DOC, XLS, PPT)"),
    (0, b"\x7fELF", "an ELF executable"),
    (0, b"MZ\x90\x00", "a Windows executable"),
    (0, b"\xcf\xfa\xed\xfe", "a Mach-O executable"),
    (0, b"\xce\xfa\xed\xfe", "a Mach-O executable"),
    (0, b"\xfe\xed\xfa\xce", "a Mach-O executable"),
    (0, b"\xfe\xed\xfa\xcf", "a Mach-O executable"),
    (0, b"\xca\xfe\xba\xbe", "a Java class file or Mach-O executable"),
    (0, b"\x00asm", "a WebAssembly module"),
    (0, b"ID3\x02", "an MP3 audio file"),
    (0, b"ID3\x03", "an MP3 audio file"),
    (0, b"ID3\x04", "an MP3 audio file"),
    (0, b"\xff\xfb", "an MP3 audio file"),
    (0, b"\xff\xf3", "an MP3 audio file"),
    (0, b"\xff\xf2", "an MP3 audio file"),
    (4, b"ftyp", "an MP4, MOV, M4A or HEIC file"),
    (0, b"OggS", "an Ogg audio or video file"),
    (0, b"fLaC", "a FLAC audio file"),
    (0, b"\x1aE\xdf\xa3", "a Matroska or WebM video"),
    (0, b"wOFF", "a web font (WOFF)"),
    (0, b"wOF2", "a web font (WOFF2)"),
    (0, b"\x00\x01\x00\x00\x00", "a TrueType font"),
    (0, b"OTTO\x00", "an OpenType font"),
    (0, b"SQLite format 3\x00", "an SQLite database"),
    (0, b"\x80\x04\x95", "a Python pickle"),
    (0, b"\x80\x05\x95", "a Python pickle"),
)
_RIFF = {b"WEBP": "a WebP image", b"WAVE": "a WAV audio file", b"AVI ": "an AVI video"}
# How many leading bytes are checked for control characters, and how many of them may be ones
# that text never holds (NUL and the C0 controls other than tab, line feed, form feed, carriage
# return and escape, which ISO-2022 encodings use).
_SNIFF = 8192
_SOUP_BYTES = bytes([*range(0x00, 0x09), 0x0B, *range(0x0E, 0x1B), *range(0x1C, 0x20), 0x7F])
_SOUP_SHARE = 0.05
_SOUP_MIN = 3
# Encodings whose name a page may declare but that cannot be how a page is written: byte-to-
# byte codecs (base64, zlib, ...) are refused by their codec flag, these by name.
_NOT_PAGE_ENCODINGS = frozenset(
    {"idna", "punycode", "utf_7", "unicode_escape", "raw_unicode_escape", "undefined", "mbcs", "oem"}
)
# What a declared charset must read as itself: the characters markup is written in.
_MARKUP_ASCII = b"<>/=!\"'-:;.,?&#() \t\r\nABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
# Labels that browsers read with a superset encoding (the WHATWG Encoding Standard): pages
# labelled ISO-8859-1 use Windows-1252's quotes, pages labelled GB2312 use GBK's characters.
_SUPERSET = {
    "ascii": "cp1252",
    "latin_1": "cp1252",
    "iso8859_1": "cp1252",
    "iso8859_9": "cp1254",
    "iso8859_11": "cp874",
    "tis_620": "cp874",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "big5": "big5hkscs",
    "euc_kr": "cp949",
    "shift_jis": "cp932",
}
# The encodings detection chooses among (those of the web), in order of preference on a tie:
# Windows-1252 first, the legacy default of Western pages.
_DETECTABLE = (
    "cp1252", "cp1250", "cp1251", "cp1253", "cp1254", "cp1255", "cp1256", "cp1257", "cp1258",
    "iso8859_2", "iso8859_4", "iso8859_5", "iso8859_7", "iso8859_8", "iso8859_10", "iso8859_13",
    "iso8859_15", "iso8859_16", "koi8_r", "koi8_u", "cp866", "cp874", "gb18030", "big5hkscs",
    "cp932", "euc_jp", "iso2022_jp", "cp949",
)  # fmt: skip
_DETECT_BYTES = 65_536
# Detection results this close to the best one are a tie, settled by the order above.
_CHAOS_TIE = 0.01
_COHERENCE_TIE = 0.05
# Share of bytes above 0x7F beyond which bytes no encoding reads are not taken for text.
_HIGH_SHARE = 0.3
_HIGH_BYTES = bytes(range(0x80, 0x100))
_DECODE_CHUNK = 1 << 20

_SURROGATES = re.compile(r"[\ud800-\udfff]")


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


@functools.lru_cache(maxsize=256)  # keyed by codec names, a finite set
def _reads_markup(enc: str) -> bool:
    """A text encoding that reads the ASCII of markup as ASCII (not EBCDIC, UTF-16, base64, ...)."""
    info = codecs.lookup(enc)
    if not getattr(info, "_is_text_encoding", True) or info.name.replace("-", "_") in _NOT_PAGE_ENCODINGS:
        return False
    try:
        return _MARKUP_ASCII.decode(info.name) == _MARKUP_ASCII.decode("ascii")
    except (UnicodeError, LookupError, ValueError, TypeError):
        return False


def _reader(enc: str) -> str:
    name = codecs.lookup(enc).name
    return _SUPERSET.get(name.replace("-", "_"), name)


def not_text_reason(data: bytes, /, *, magic_only: bool = False) -> str | None:
    """What ``data`` looks like when it is not text ("a PNG image"), or ``None``: a binary format
    by its magic number, else (unless ``magic_only``) bytes with many control characters.

    >>> not_text_reason(b"\\x89PNG\\r\\n\\x1a\\n...."), not_text_reason(b"<p>Hi</p>")
    ('a PNG image', None)
    """
    for offset, magic, what in _MAGIC:
        if data.startswith(magic, offset):
            return what
    if data.startswith(b"RIFF") and len(data) >= 12:
        return _RIFF.get(data[8:12], "a RIFF media file")
    if magic_only:
        return None
    head = data[:_SNIFF]
    soup = len(head) - len(head.translate(None, _SOUP_BYTES))
    if soup >= _SOUP_MIN and soup > _SOUP_SHARE * len(head):
        return "binary data (it has many control bytes, which text does not)"
    return None


def _not_text(what: str) -> NotTextError:
    return NotTextError(
        f"these bytes look like {what}, not like text or HTML; newsmeta reads articles as text or markup: "
        "extract the text first (or pass the right file)"
    )


def _wide_unicode(data: bytes) -> str | None:
    """UTF-32 or UTF-16 without a byte order mark, recognised by the zero bytes of ASCII-range text."""
    head = data[:_SNIFF]
    n4 = len(head) // 4
    if n4 >= 4:
        lanes = [head[i : 4 * n4 : 4].count(0) / n4 for i in range(4)]
        if min(lanes[1:]) > 0.9 and lanes[0] < 0.1:
            return "utf-32-le"
        if min(lanes[:3]) > 0.9 and lanes[3] < 0.1:
            return "utf-32-be"
    n2 = len(head) // 2
    if n2 >= 4:
        even, odd = head[0 : 2 * n2 : 2].count(0) / n2, head[1 : 2 * n2 : 2].count(0) / n2
        if odd > 0.3 and even < 0.02:
            return "utf-16-le"
        if even > 0.3 and odd < 0.02:
            return "utf-16-be"
    return None


def _utf8(data: bytes, *, final: bool) -> str | None:
    """``data`` as UTF-8, or ``None`` when it is not strictly UTF-8 (a cut final character is
    allowed when ``final`` is false: the bytes were cut at a size limit)."""
    try:
        return codecs.getincrementaldecoder("utf-8")("strict").decode(data, final=final)
    except UnicodeDecodeError:
        return None


def _decode(data: bytes, enc: str, how: str, limit: int | None) -> Decoded:
    """Decode with ``enc``; stop once more than ``limit`` characters are out (the caller
    truncates or refuses them), so the work is bounded by the limit, not by the bytes."""
    try:
        return Decoded(_decode_capped(data, enc, "strict", limit), enc)
    except UnicodeDecodeError:
        return Decoded(_decode_capped(data, enc, "replace", limit), enc, (f"undecodable bytes replaced ({how})",))


def _decode_capped(data: bytes, enc: str, errors: str, limit: int | None) -> str:
    if limit is None or len(data) <= limit:  # a text encoding reads at least one byte a character
        return codecs.decode(data, enc, errors)
    dec = codecs.getincrementaldecoder(enc)(errors)
    parts: list[str] = []
    size = 0
    for i in range(0, len(data), _DECODE_CHUNK):
        part = dec.decode(data[i : i + _DECODE_CHUNK], final=i + _DECODE_CHUNK >= len(data))
        parts.append(part)
        size += len(part)
        if size > limit:
            break
    return "".join(parts)


# A well-formed UTF-8 character of two to four bytes (overlong forms and surrogates aside).
_UTF8_CHAR = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")


def _mostly_not_utf8(data: bytes) -> bool:
    """Do ``data``'s bytes above ASCII mostly fail to form UTF-8 characters?  A page written in
    Latin-1 or cp1252 that declares UTF-8 (``Caf\\xe9``) has no UTF-8 character, or a few in a
    template around it; a UTF-8 page with a stray bad byte has many more good characters than bad.

    >>> _mostly_not_utf8(b"Caf\\xe9 cr\\xe8me")
    True
    >>> _mostly_not_utf8(b"\\xc2\\xa9 2024 | Caf\\xe9 cr\\xe8me br\\xfbl\\xe9e na\\xefve")
    True
    >>> _mostly_not_utf8("Café crème ".encode() + b"\\xff")
    False
    """
    high = len(data) - len(data.translate(None, _HIGH_BYTES))
    chars = _UTF8_CHAR.findall(data)
    bad = high - sum(len(c) for c in chars)
    return bad > 4 * len(chars)


def _controls(text: str) -> int:
    return sum(1 for c in text if c < " " and c not in "\t\n\r\x0c\x1b") + text.count("\x7f")


def _detect(data: bytes) -> str | None:
    """The web encoding ``data`` most plausibly is in, or ``None`` when none reads it."""
    from charset_normalizer import from_bytes

    matches = list(from_bytes(data[:_DETECT_BYTES], cp_isolation=list(_DETECTABLE)))
    if not matches:
        return None
    best = min(m.chaos for m in matches)
    top = max(m.coherence for m in matches if m.chaos <= best + _CHAOS_TIE)
    tied = [
        m.encoding
        for m in matches
        if m.chaos <= best + _CHAOS_TIE and m.coherence >= top - _COHERENCE_TIE and m.encoding in _DETECTABLE
    ]
    if not tied:
        return None
    return min(tied, key=_DETECTABLE.index)


def decode_document(data: bytes, /, *, max_chars: int | None = None, cut: bool = False) -> Decoded:
    """Decode bytes that are text or markup (see the module's docstring for the order of evidence).

    Undecodable bytes are replaced by U+FFFD and the fact is recorded in ``warnings``.  Raises
    :class:`~newsmeta.errors.NotTextError` for bytes that are not text.  With ``max_chars``,
    decoding stops soon after that many characters; ``cut`` says the bytes were cut at a size limit.

    >>> decode_document("<meta charset=gb2312><p>北京</p>".encode()).warnings
    ('declared charset gb2312 contradicts the bytes, which are valid UTF-8: read as UTF-8',)
    >>> decode_document(b"\\x89PNG\\r\\n\\x1a\\n\\x00\\x00")
    Traceback (most recent call last):
    ...
    newsmeta.errors.NotTextError: these bytes look like a PNG image, not like text or HTML; ...
    """
    for bom, enc in _BOMS:
        if data.startswith(bom):
            return _decode(data[len(bom) :], enc, f"byte order mark ({enc})", max_chars)
    what = not_text_reason(data, magic_only=True)
    if what is not None:
        raise _not_text(what)
    wide = _wide_unicode(data)
    if wide is not None:
        dec = _decode(data, wide, f"{wide} without a byte order mark", max_chars)
        head = dec.text[: _SNIFF // 2]
        if _controls(head) <= _SOUP_SHARE * len(head) and head.count("\ufffd") <= 0.01 * len(head):
            note = f"no byte order mark, but the zero bytes show {wide}: read as {wide}"
            return attrs.evolve(dec, warnings=(note, *dec.warnings))
    what = not_text_reason(data)
    if what is not None:
        raise _not_text(what)
    notes: tuple[str, ...] = ()
    m = _META_CHARSET.search(data[:4096])
    utf8 = _utf8(data, final=not cut)
    if m:
        label = m.group(1).decode("ascii", "replace")
        declared = _codec(label)
        if declared is None:
            notes = (f"declared charset {label} is not an encoding Python knows: ignored",)
        elif not _reads_markup(declared):
            notes = (f"declared charset {label} cannot be how this page is written (its markup reads as ASCII): "
                     "ignored",)
        elif utf8 is not None and declared != "utf-8" and not data.isascii():
            note = f"declared charset {label} contradicts the bytes, which are valid UTF-8: read as UTF-8"
            return Decoded(utf8, "utf-8", (note,))
        elif declared == "utf-8" and utf8 is not None and not cut and (max_chars is None or len(data) <= max_chars):
            return Decoded(utf8, "utf-8")  # already read: not decoded twice
        elif declared == "utf-8" and utf8 is None and _mostly_not_utf8(data[:_DETECT_BYTES]):
            notes = (f"declared charset {label} contradicts the bytes, which are mostly not UTF-8",)
        else:
            return _decode(data, _reader(declared), f"declared charset ({declared})", max_chars)
    if utf8 is not None:
        return Decoded(utf8, "utf-8", notes)
    found = _detect(data)
    none = "no usable charset declared" if m else "no charset declared"
    if found is None:
        sample = data[:_SNIFF]
        if len(sample) - len(sample.translate(None, _HIGH_BYTES)) > _HIGH_SHARE * len(sample):
            msg = "binary data (no text encoding reads these bytes)"
            raise _not_text(msg)
        found = "cp1252"
        note = f"{none}, the bytes are not UTF-8 and detection found none: read as cp1252"
    else:
        note = f"{none} and the bytes are not UTF-8: read as {found} (detected)"
    dec = _decode(data, found, f"detected encoding ({found})", max_chars)
    return attrs.evolve(dec, warnings=(*notes, note, *dec.warnings))


def repair_text(text: str, /) -> tuple[str, tuple[str, ...]]:
    """A leading U+FEFF (a byte order mark decoded as a character) removed and lone surrogates,
    which no encoder can write, replaced by U+FFFD: what every ``str`` input goes through, HTML
    included (the HTML reader would stop at a lone surrogate).

    >>> repair_text("\\ufeffTitle \\ud800")
    ('Title \\ufffd', ('byte order mark (U+FEFF) at the start removed', 'lone surrogates replaced by U+FFFD'))
    """
    notes: list[str] = []
    if text.startswith("\ufeff"):
        text = text[1:]
        notes.append("byte order mark (U+FEFF) at the start removed")
    if _has_surrogates(text):
        text = _SURROGATES.sub("\ufffd", text)
        notes.append("lone surrogates replaced by U+FFFD")
    return text, tuple(notes)


def _has_surrogates(text: str) -> bool:
    """Does ``text`` hold a lone surrogate?  (UTF-8 cannot encode one: the encoder, in C, tells
    at a fraction of the cost of a pattern searched over the whole text.)

    >>> _has_surrogates("café"), _has_surrogates("caf\\ud800")
    (False, True)
    """
    if text.isascii():
        return False
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def looks_like_html(text: str, /) -> bool:
    """Does this string look like HTML markup rather than plain text?

    Markup that opens the string, or a page's own elements (``<!DOCTYPE html>``, ``<html>``,
    ``<body>``) in its first 5,000 characters, make it HTML; elsewhere, tags are HTML only when
    some element is closed (``</p>``) or a line is broken (``<br>``) right after the text it
    marks up, as in a fragment: a text that names tags ("Allowed HTML tags: <a href> <em>
    <strong>", "close it with </p>", a tag between spaces like a word) is still text.

    >>> looks_like_html("Rain fell.<br>Roads closed.<br>"), looks_like_html("Allowed tags: <a href> <em>")
    (True, False)
    """
    head = text[:5000]
    if _HTML_START.match(head) and (_HTML_SNIFF.search(text, 0, 500_000) or "</" in head):
        return True
    sniffed = _HTML_SNIFF.search(head)
    if sniffed is None or ">" not in head:
        return False
    return (_HTML_PAGE.search(head) is not None or sniffed.start() == len(head) - len(head.lstrip())
            or _HTML_CLOSED.search(head) is not None)


def _too_large(what: str, max_chars: int) -> InputTooLargeError:
    return InputTooLargeError(
        f"{what}, more than max_chars={max_chars:,} allows; pass a larger max_chars or on_too_large='truncate'"
    )


def _from_bytes(raw: bytes, max_chars: int, truncate: bool) -> tuple[str, tuple[str, ...]]:
    limit = _BYTES_PER_CHAR * max_chars
    notes: tuple[str, ...] = ()
    name = compression_of(raw[:8])
    if name is not None:
        try:
            raw = decompress(raw, max_size=limit, truncate=truncate)
        except InputTooLargeError:
            msg = f"this {name}-compressed document holds more than {limit:,} bytes"
            raise _too_large(msg, max_chars) from None
        notes = (f"{name}-compressed input decompressed",)
    cut = len(raw) > limit
    if cut:
        if not truncate:
            msg = f"document is {len(raw):,} bytes"
            raise _too_large(msg, max_chars)
        raw = raw[:limit]
    try:
        dec = decode_document(raw, max_chars=max_chars, cut=cut)
    except NotTextError as e:
        if name is None:
            raise
        msg = f"{e} (inside {name}-compressed data)"
        raise NotTextError(msg) from None
    return dec.text, (*notes, *dec.warnings)


def check_document(
    doc: object, /, *, max_chars: int, on_too_large: Literal["error", "truncate"]
) -> tuple[str, tuple[str, ...]]:
    """Validate and decode ``doc``; return its text and what had to be repaired.

    ``bytes`` and ``str`` alike may hold HTML or plain text: :func:`looks_like_html` decides later.
    Size limits apply before any decoding or repair work.
    """
    if isinstance(max_chars, bool) or not isinstance(max_chars, int) or max_chars <= 0:
        msg = f"max_chars must be a positive int, not {max_chars!r}; the default is {DEFAULT_MAX_CHARS:,}"
        if isinstance(max_chars, bool) or not isinstance(max_chars, int):
            raise InputTypeError(msg)
        raise InvalidOptionError(msg)
    if on_too_large not in ("error", "truncate"):
        msg = f"on_too_large must be 'error' or 'truncate', not {on_too_large!r}"
        if not isinstance(on_too_large, str):
            raise InputTypeError(msg)
        raise InvalidOptionError(msg)
    warnings: tuple[str, ...] = ()
    if isinstance(doc, (bytes, bytearray, memoryview)):
        text, warnings = _from_bytes(bytes(doc), max_chars, on_too_large == "truncate")
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
            msg = f"document has {len(text):,} characters"
            raise _too_large(msg, max_chars)
        text = text[:max_chars]
        warnings = (*warnings, f"truncated to max_chars={max_chars}")
    text, repaired = repair_text(text)
    return text, (*warnings, *repaired)

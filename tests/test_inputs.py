"""inputs: from bytes to text (encodings, byte order marks, compression, non-text) and str repairs."""

from __future__ import annotations

import bz2
import gzip
import lzma

import pytest

import newsmeta
from newsmeta.inputs import Decoded, decode_document, not_text_reason, repair_text
from newsmeta.io.compression import decompress

TEXT = "Title here\n\nThe council met on Monday to discuss the budget for next year."


@pytest.mark.parametrize(
    ("data", "text", "encoding", "warning"),
    [
        (b"\xef\xbb\xbf" + TEXT.encode(), TEXT, "utf-8", None),
        (b"\xff\xfe" + TEXT.encode("utf-16-le"), TEXT, "utf-16-le", None),
        (TEXT.encode("utf-16-le"), TEXT, "utf-16-le", "zero bytes show utf-16-le"),
        (TEXT.encode("utf-16-be"), TEXT, "utf-16-be", "zero bytes show utf-16-be"),
        (TEXT.encode("utf-32-le"), TEXT, "utf-32-le", "zero bytes show utf-32-le"),
        (b"<meta charset=iso-8859-1>\x93quoted\x94", "<meta charset=iso-8859-1>“quoted”", "cp1252", None),
        ("<meta charset=gb2312>北京".encode("gb2312"), "<meta charset=gb2312>北京", "gb18030", None),
        ("<meta charset=gb2312>北京".encode(), "<meta charset=gb2312>北京", "utf-8", "contradicts the bytes"),
        ("<meta charset=euc-kr>서울".encode(), "<meta charset=euc-kr>서울", "utf-8", "contradicts the bytes"),
        (b"<meta charset=cp037><p>Hi</p>", "<meta charset=cp037><p>Hi</p>", "utf-8", "cp037 cannot be how"),
        (b"<meta charset=nonesuch><p>Hi</p>", "<meta charset=nonesuch><p>Hi</p>", "utf-8", "not an encoding"),
        ("Caf\u00e9 au lait, se\u00f1or.".encode("cp1252"), "Caf\u00e9 au lait, se\u00f1or.", "cp1252", "detected"),
        ("<meta charset=utf-8><p>Caf\u00e9 au lait, se\u00f1or, cr\u00e8me br\u00fbl\u00e9e.</p>".encode("cp1252"),
         "<meta charset=utf-8><p>Caf\u00e9 au lait, se\u00f1or, cr\u00e8me br\u00fbl\u00e9e.</p>", "cp1252",
         "contradicts the bytes, which are mostly not UTF-8"),
        ("Москва — столица России, крупнейший город страны.".encode("cp1251"),
         "Москва — столица России, крупнейший город страны.", "cp1251", "detected"),
    ],
    ids=["utf8-bom", "utf16-bom", "utf16le-no-bom", "utf16be-no-bom", "utf32le-no-bom", "latin1-is-cp1252",
         "gb2312-is-gb18030", "utf8-declared-gb2312", "utf8-declared-euc-kr", "ebcdic-declared", "unknown-declared",
         "detect-cp1252", "detect-cp1251", "cp1252-declared-utf8"],
)
def test_decode_document(data: bytes, text: str, encoding: str, warning: str | None) -> None:
    dec = decode_document(data)
    assert (dec.text, dec.encoding) == (text, encoding)
    if warning is None:
        assert dec.warnings == ()
    else:
        assert any(warning in w for w in dec.warnings), dec.warnings


@pytest.mark.parametrize(
    ("data", "what"),
    [
        (b"GIF89a\x01\x00", "a GIF image"),
        (b"RIFF\x10\x00\x00\x00WEBPVP8 ", "a WebP image"),
        (b"\x00\x00\x00\x18ftypmp42", "an MP4, MOV, M4A or HEIC file"),
        (b"SQLite format 3\x00", "an SQLite database"),
        (b"\x00asm\x01\x00\x00\x00", "a WebAssembly module"),
        (bytes(range(32)) * 10, "binary data (it has many control bytes, which text does not)"),
        (b"BZh is how a plain text may start", None),
        (b"Tab\tand form\x0cfeed and \x1b$B escapes are text", None),
    ],
    ids=["gif", "webp", "mp4", "sqlite", "wasm", "control-bytes", "bzh-text", "text-controls"],
)
def test_not_text_reason(data: bytes, what: str | None) -> None:
    assert not_text_reason(data) == what


def test_decoding_stops_soon_after_the_limit() -> None:
    data = ("<meta charset=windows-1251>" + "я" * 3_000_000).encode("cp1251")
    assert len(decode_document(data, max_chars=10).text) <= 10 + (1 << 20)


@pytest.mark.parametrize("compress", [gzip.compress, bz2.compress, lzma.compress], ids=["gzip", "bzip2", "xz"])
def test_compressed_text_is_read_as_what_it_holds(compress: object) -> None:
    assert callable(compress)
    art = newsmeta.extract(compress(TEXT.encode()))
    assert art.text == TEXT and art.headline is not None and art.headline.text == "Title here"


def test_decompress_can_truncate_instead_of_raising() -> None:
    data = gzip.compress(b"a" * 10_000)
    assert decompress(data, max_size=100, truncate=True) == b"a" * 100
    with pytest.raises(newsmeta.InputTooLargeError):
        decompress(data, max_size=100)


@pytest.mark.parametrize(
    ("text", "repaired", "notes"),
    [
        ("plain", "plain", ()),
        ("\ufeffHead", "Head", ("byte order mark (U+FEFF) at the start removed",)),
        ("a\ud800b\udfffc", "a\ufffdb\ufffdc", ("lone surrogates replaced by U+FFFD",)),
        ("a\ufeffb", "a\ufeffb", ()),
        ("Köln – 北京 😀", "Köln – 北京 😀", ()),
        ("Köln\udc80", "Köln\ufffd", ("lone surrogates replaced by U+FFFD",)),
    ],
    ids=["plain", "leading-feff", "surrogates", "inner-feff-kept", "non-ascii-kept", "surrogate-after-non-ascii"],
)
def test_repair_text(text: str, repaired: str, notes: tuple[str, ...]) -> None:
    assert repair_text(text) == (repaired, notes)


@pytest.mark.parametrize(
    ("data", "cut", "text", "warnings"),
    [
        (b"<meta charset=utf-8><p>K\xc3\xb6ln</p>", False, "<meta charset=utf-8><p>Köln</p>", ()),
        (b"<meta charset=utf-8><p>K\xc3", True, "<meta charset=utf-8><p>K\ufffd",
         ("undecodable bytes replaced (declared charset (utf-8))",)),
    ],
    ids=["declared-utf8", "declared-utf8-cut-mid-character"],
)
def test_declared_utf8_is_read_once(data: bytes, cut: bool, text: str, warnings: tuple[str, ...]) -> None:
    assert decode_document(data, cut=cut) == Decoded(text, "utf-8", warnings)

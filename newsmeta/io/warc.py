"""WARC files (``.warc``, ``.warc.gz``, recognised by content): every HTML response is a document.

A ``response`` record whose HTTP ``Content-Type`` is HTML, whatever its status
(``text/html``, ``application/xhtml+xml``; with no Content-Type at all, a body of HTML or text,
not binary data; a block that does not open with a status line holds no HTTP) becomes a
:class:`~newsmeta.io.documents.Document` with the record's ``WARC-Target-URI`` as ``url``, its
``WARC-Record-ID`` as ``record`` and, with ``warc_dates=True``, its ``WARC-Date`` as
``reference_date``; so does a ``resource`` record (a page archived without HTTP, or a
``response`` record whose own ``Content-Type`` is not ``application/http``) whose own
``Content-Type`` is HTML.  warcio undoes the payload's
chunked transfer encoding and its gzip or deflate content encoding.  Every other record
(requests, metadata, revisits, images, scripts) is skipped and counted.  A damaged or
truncated record is an error for that record; the records before it are kept, and in a file
(not stdin) reading goes on at the next record: the next gzip member that opens one, or the
next ``WARC/1.x`` line.  A record whose ``Content-Length`` is too large swallows those after it.

Reading needs warcio (``pip install 'newsmeta-extract[warc]'``): a pure-Python, well-kept
library that also writes WARC files.  Measured on 100 of the evaluation kit's pages as the
command reads them (``bench.py cli``, "the reading alone"), a record of a ``.warc.gz`` costs
0.64 ms of CPU (0.13 ms for a file), nearly all of it gzip's decompression (warcio's 16 KB
blocks are as fast as any other size here, and faster than one ``zlib`` call a record); importing
warcio adds 70 ms once (55 ms of it fsspec, which warcio imports when it is installed).  That is
1.2% of the CPU of extracting those pages.  FastWARC reads records about 8 times faster, but it
is a compiled package, writes no WARC, and the difference is under 1% of a run; warcio also
tells a truncated record from a whole one.  End to end, the runs' WARC / files ratios are
dominated by the machine's noise (pairs of runs from 0.75 to 1.45 at a load of 5 on 2 cores).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from typing import IO, Any

from newsmeta.errors import CorruptInputError, InputTooLargeError, MissingDependencyError
from newsmeta.io.documents import Document

__all__ = ["HTML_TYPES", "looks_like_warc", "read_warc"]

#: HTTP content types read as pages.
HTML_TYPES = ("text/html", "application/xhtml+xml")


def looks_like_warc(head: bytes, /) -> bool:
    """True when ``head`` (the first bytes, after decompression) opens a WARC record."""
    return head.lstrip(b"\r\n").startswith(b"WARC/")


def _archive_iterator() -> Any:
    try:
        from warcio.archiveiterator import ArchiveIterator
    except ImportError:
        msg = "reading WARC files needs warcio; install it with pip install 'newsmeta-extract[warc]'"
        raise MissingDependencyError(msg) from None

    from warcio.limitreader import LimitReader
    from warcio.recordloader import ArcWarcRecordLoader

    class Loader(ArcWarcRecordLoader):  # type: ignore[misc]
        # warcio parses an HTTP status line and headers at the start of every http(s) response
        # record, even one whose own Content-Type says it holds no HTTP (``text/html``: a page
        # archived without its exchange); the page's first line was then taken as a status line
        # and lost.  Such a record's block is read as it is.
        _record_ctype: str | None = None  # the WARC header's Content-Type of the record being read

        def parse_record_stream(self, stream: Any, *args: Any, **kwargs: Any) -> Any:
            self._record_ctype = None
            return super().parse_record_stream(stream, *args, **kwargs)

        def _ensure_target_uri_format(self, rec_headers: Any) -> Any:
            self._record_ctype = rec_headers.get_header("Content-Type")
            return super()._ensure_target_uri_format(rec_headers)

        def load_http_headers(self, rec_type: str, uri: str, stream: Any, length: Any) -> Any:
            ctype = (self._record_ctype or "").strip().lower()
            if rec_type == "response" and ctype and not ctype.startswith("application/http"):
                return None
            if rec_type == "response" and not ctype and length and isinstance(stream, LimitReader):
                # No Content-Type says what the block holds: it holds HTTP only when it opens
                # with a status line.  warcio took any first line for one (and the lines after
                # it, to the first blank line, for headers): a page archived without its HTTP
                # exchange lost its opening.  The line read to tell is put back.
                line = stream.readline()
                if _STATUS_LINE.match(line):
                    return self.http_parser.parse(stream, full_statusline=line)
                stream.stream = _Unread(line, stream.stream)
                stream.limit += len(line)
                return None
            return super().load_http_headers(rec_type, uri, stream, length)

    class QuietArchiveIterator(ArchiveIterator):  # type: ignore[misc]
        # warcio writes this three-line warning straight to stderr when a record is followed by
        # stray bytes; read_warc reports it as one error document instead (see ``err_count``)
        INC_RECORD = ""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            plain: Any = getattr(self, "loader")  # noqa: B009 (warcio is untyped)
            self.loader = Loader(verify_http=plain.http_parser.verify, arc2warc=self.mixed_arc_warc)

    return QuietArchiveIterator


#: An HTTP status line (``HTTP/1.1 200 OK``, ``HTTP/2 200``).
_STATUS_LINE = re.compile(rb"HTTP/\d(?:\.\d)? +\d{3}\b")


class _Unread:
    """A stream with ``head`` put back in front of it (what warcio's readers call: ``read``, ``readline``)."""

    def __init__(self, head: bytes, stream: Any) -> None:
        self._head = head
        self._stream = stream

    def read(self, length: int | None = None) -> bytes:
        if not self._head:
            return bytes(self._stream.read(length))
        head, self._head = self._head, b""
        if length is None or length < 0:
            return head + bytes(self._stream.read())
        if length < len(head):
            head, self._head = head[:length], head[length:]
            return head
        return head + bytes(self._stream.read(length - len(head)))

    def readline(self, length: int | None = None) -> bytes:
        if not self._head:
            return bytes(self._stream.readline(length))
        head, self._head = self._head, b""  # (one line, its line break included)
        if length is not None and 0 <= length < len(head):
            head, self._head = head[:length], head[length:]
        return head

    def close(self) -> None:
        self._stream.close()


def _warc_date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


_RESYNC_CHUNK = 1 << 20
_CHECKS = 64
_GZIP_MEMBER = b"\x1f\x8b\x08"
_WARC_LINE = b"\nWARC/1."
_PRINTABLE = str.maketrans(dict.fromkeys((*range(32), *range(127, 160)), "?"))
_MESSAGE = 120


def _clean(message: str) -> str:
    """An error message of warcio's fit for one line: control bytes of the damaged record as ``?``, cut short.

    >>> _clean("Invalid WARC record, first line: \\x1f\\x8b\\x08\\x00junk")
    'Invalid WARC record, first line: ????junk'
    """
    message = message.translate(_PRINTABLE)
    return message if len(message) <= _MESSAGE else message[:_MESSAGE] + "..."


def _opens_record(head: bytes) -> bool:
    """Do these bytes open a WARC record, as they are or inside the gzip member they start?"""
    if head.startswith(_GZIP_MEMBER):
        import zlib

        try:
            head = zlib.decompressobj(wbits=31).decompress(head, 64)
        except zlib.error:
            return False
    return looks_like_warc(head)


def _next_record_start(stream: IO[bytes], after: int) -> int | None:
    """Where the next record begins past offset ``after`` of a seekable WARC file: a gzip member
    whose first bytes open a record, or (uncompressed) a ``WARC/1.x`` line; ``None`` at the end.

    Read forward in bounded pieces once; each candidate is checked on its first 16 KB.
    """
    pos = after + 1
    try:
        return _scan(stream, pos)
    except (OSError, ValueError):
        return None


def _scan(stream: IO[bytes], pos: int) -> int | None:
    """:func:`_next_record_start`'s search.  Candidates are checked at most ``_CHECKS`` plus one
    per KB read: a real WARC holds a gzip member or a record line every few hundred bytes at most
    and the first check succeeds, while bytes made of gzip magic (a candidate every 3 bytes, each
    a decompression to try) would otherwise cost some 12 µs a byte; the search gives up there."""
    stream.seek(pos)
    tail = b""
    start, checks = pos, 0
    while True:
        chunk = stream.read(_RESYNC_CHUNK)
        if not chunk:
            return None
        buf, base = tail + chunk, pos - len(tail)
        for found in sorted(_starts(buf, base)):
            checks += 1
            if checks > _CHECKS + (found - start) // 1024:
                return None
            stream.seek(found)
            if _opens_record(stream.read(1 << 12)):
                return found
        pos += len(chunk)
        stream.seek(pos)
        tail = buf[-(len(_WARC_LINE) - 1) :]


def _starts(buf: bytes, base: int) -> Iterator[int]:
    """The offsets in ``buf`` (which starts at ``base``) where a record may begin."""
    for magic, shift in ((_GZIP_MEMBER, 0), (_WARC_LINE, 1)):
        i = buf.find(magic)
        while i >= 0:
            yield base + i + shift
            i = buf.find(magic, i + 1)


def _whole_gzip(error: Exception) -> bool:
    """Is this warcio's error for a gzip stream that goes on past one record (``gzip crawl.warc``)?"""
    return "non-chunked gzip" in str(error)


def _html_type(ctype: str | None) -> bool | None:
    """Does this ``Content-Type`` name an HTML page?  ``None`` without one (the body must tell).

    >>> _html_type("TEXT/HTML ; charset=utf-8"), _html_type("image/png"), _html_type(" ")
    (True, False, None)
    """
    if not (ctype and ctype.strip()):
        return None
    return ctype.split(";")[0].strip().lower() in HTML_TYPES


def _is_page(ctype: str | None, body: bytes) -> bool:
    """Is a payload of this ``Content-Type`` a page to read?  One typed HTML is; without a type,
    its bytes tell: HTML, or text (a page archived as it is: nothing says it is not one, and
    skipping it would lose it), not an image or other binary data.

    >>> _is_page("TEXT/HTML ; charset=utf-8", b""), _is_page("image/png", b"<html>")
    (True, False)
    >>> _is_page(None, b"\\xef\\xbb\\xbf  <!DOCTYPE html><p>"), _is_page("", b"%PDF-1.4")
    (True, False)
    >>> _is_page(None, b"Storm closes the port\\n\\nLISBON - Rain."), _is_page(None, b" \\r\\n")
    (True, False)
    """
    typed = _html_type(ctype)
    if typed is not None:
        return typed
    head = body[:1024].removeprefix(b"\xef\xbb\xbf").lstrip().lower()
    if head.startswith((b"<!doctype html", b"<html", b"<head")):
        return True
    from newsmeta.inputs import not_text_reason

    return bool(head) and not_text_reason(body) is None


def _ends_early(rec: Any) -> bool:
    """Does this record's block end before its ``Content-Length``?  Reads it through (as warcio
    would to reach the next record), in bounded pieces."""
    try:
        while rec.raw_stream.read(1 << 16):
            pass
    except Exception:  # a damaged block: the next record's reading reports it
        return False
    return bool(getattr(rec.raw_stream, "limit", 0))


def _resumable(stream: IO[bytes]) -> bool:
    try:
        return stream.seekable() and isinstance(stream.tell(), int)
    except (OSError, ValueError):
        return False


def read_warc(
    stream: IO[bytes],
    name: str,
    /,
    *,
    skipped: Callable[[], None],
    warc_dates: bool = False,
    max_size: int = 20_000_000,
    size: int | None = None,
    resume: bool = False,
) -> Iterator[Document]:
    """One :class:`Document` per HTML response record of the WARC stream ``stream`` (file ``name``).

    ``skipped`` is called once for every record that is not an HTML response.  A payload larger
    than ``max_size`` bytes is an error for its record.  ``size``, the length of the stream when
    known, tells a cut-off tail (which warcio passes over in silence) from the end of the file.
    With ``resume`` and a seekable stream (the file itself), a damaged record is one error and
    reading goes on at the next record (the next gzip member that opens one, or the next
    ``WARC/1.x`` line): one corrupted member of a ``.warc.gz`` costs its own record only.
    """
    iterator = _archive_iterator()
    count = 0
    resume = resume and _resumable(stream)
    start = stream.tell() if resume else 0
    whole: Any = None  # the decompressed stream of a WARC gzipped whole
    last = start  # where reading last began
    archive = iterator(stream, no_record_parse=False)
    records = iter(archive)
    seen_strays = 0  # warcio's count of records followed by stray bytes, as already reported
    while True:
        try:
            rec = next(records)
        except StopIteration:
            end = getattr(archive, "offset", None)
            if size is not None and whole is None and isinstance(end, int) and end < size:
                msg = f"the last {size - end:,} bytes of the WARC file are not a whole record; is the file complete?"
                yield Document.failed(name, CorruptInputError(msg))
            return
        except Exception as e:  # warcio raises several kinds on a damaged stream
            if _whole_gzip(e) and resume and whole is None:
                # `gzip crawl.warc`: one gzip stream, not one member a record; read it decompressed,
                # past the records already read
                import gzip

                stream.seek(start)
                whole = gzip.GzipFile(fileobj=stream, mode="rb")
                archive = iterator(whole, no_record_parse=False)
                records, seen_strays = iter(archive), 0
                for _ in range(count):
                    next(records)
                continue
            offset = getattr(archive, "offset", None)
            restart = None
            if resume and whole is None and isinstance(offset, int):
                # from past the last restart at least: each restart is further on, so reading ends
                restart = _next_record_start(stream, max(offset, last))
                last = restart if restart is not None else last
            kept = "reading goes on at the next record" if restart is not None else "earlier records are kept"
            if _whole_gzip(e):  # a pipe, which cannot be read again
                kept = f"{kept}; it is gzipped whole, not one gzip member a record: pipe it through zcat"
                e = CorruptInputError("non-chunked gzip")

            msg = f"the WARC file is damaged after record {count} ({type(e).__name__}: {_clean(str(e))}); {kept}"
            yield Document.failed(name, CorruptInputError(msg))
            if restart is None:
                return
            stream.seek(restart)
            archive = iterator(stream, no_record_parse=False)
            records, seen_strays = iter(archive), 0
            continue
        count += 1
        strays = getattr(archive, "err_count", 0)
        if strays > seen_strays:  # bytes between the last record and this one: a wrong Content-Length
            seen_strays = strays
            msg = f"stray bytes before record {count}; the Content-Length of record {count - 1} may be wrong"
            yield Document.failed(name, CorruptInputError(msg))
        rid = rec.rec_headers.get_header("WARC-Record-ID")
        if rec.format == "warc" and rec.rec_headers.get_header("Content-Length") is None:
            # every WARC record has one: a record without is one cut inside its headers (a file
            # cut short), or a writer's error whose record's end cannot be known
            msg = f"record {rid or count} has no Content-Length; is the file complete?"
            yield Document.failed(name, CorruptInputError(msg), record=rid)
            continue
        if rec.http_headers is None:  # a page archived as it is, without HTTP: its own Content-Type
            ctype = rec.rec_headers.get_header("Content-Type")
        else:
            ctype = rec.http_headers.get_header("Content-Type")
        if rec.rec_type not in ("response", "resource") or _html_type(ctype) is False:
            if _ends_early(rec):  # the last record of a cut file: an error even when it is no page
                msg = f"record {rid} ends early; is the file complete?"
                yield Document.failed(name, CorruptInputError(msg), record=rid)
            else:
                skipped()
            continue
        where: dict[str, Any] = {
            "record": rid,
            "url": rec.rec_headers.get_header("WARC-Target-URI"),
            "reference_date": _warc_date(rec.rec_headers.get_header("WARC-Date")) if warc_dates else None,
        }
        try:
            body = rec.content_stream().read(max_size + 1)
        except Exception as e:
            err = CorruptInputError(f"record {rid} cannot be read ({type(e).__name__}: {_clean(str(e))})")
            yield Document.failed(name, err, **where)
            return
        if not _is_page(ctype, body) and not getattr(rec.raw_stream, "limit", 0):
            skipped()  # no Content-Type, and the body is neither a page nor text
            continue
        if len(body) > max_size:
            yield Document.failed(name, InputTooLargeError(f"record {rid} holds more than {max_size:,} bytes"), **where)
        elif getattr(rec.raw_stream, "limit", 0):
            yield Document.failed(name, CorruptInputError(f"record {rid} ends early; is the file complete?"), **where)
        else:
            yield Document(body, input=name, **where)

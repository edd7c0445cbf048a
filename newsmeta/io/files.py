"""Files, directories, globs and stdin, read as documents: :func:`read_documents`.

Each file is read by what it holds: compressed files (gzip, bzip2, xz; zstd with the zstd
extra) are decompressed by their magic bytes, with a cap on the decompressed size; a WARC file
(by content) gives one document per HTML response; ``.jsonl`` / ``.ndjson`` files (compressed or
not, or any file with ``jsonl=True``) give one document per line; a ``.json`` file gives the
object it holds, or each object of the array it holds; any other file is one document.

Only regular files are read: a FIFO, a device or a socket is an error for that path, found
without opening it for reading in a way that could block.  A file's size is checked before it
is read, and it is read in bounded pieces.  Directories are walked in sorted order, hidden
entries (a name starting with ``.``, and all below a hidden directory) left out, each directory
once even when symbolic links loop, and each file once (a link to a file already met is passed
over); name a hidden file, or a glob starting with ``.``, to read it.

>>> import gzip, os, tempfile
>>> folder = tempfile.mkdtemp()
>>> with open(os.path.join(folder, "a.txt"), "w", encoding="utf-8") as f:
...     _ = f.write("Storm hits the coast\\n\\nLISBON — Rain.")
>>> with gzip.open(os.path.join(folder, "b.jsonl.gz"), "wt", encoding="utf-8") as f:
...     _ = f.write('{"id": 7, "text": "Second story", "url": "https://example.com/b"}\\n')
>>> [(os.path.basename(d.input), d.line, d.id, d.url) for d in read_documents([folder])]
[('a.txt', None, None, None), ('b.jsonl.gz', 1, 7, 'https://example.com/b')]
"""

from __future__ import annotations

import glob
import io
import os
import re
import stat
import sys
import zlib
from collections.abc import Collection, Iterable, Iterator
from typing import IO

from newsmeta.errors import CorruptInputError, InputTooLargeError, InvalidOptionError, NewsmetaError
from newsmeta.inputs import DEFAULT_MAX_CHARS
from newsmeta.io.compression import _corrupt_errors, compression_of, open_decompressed, read_capped
from newsmeta.io.documents import Document
from newsmeta.io.jsonl import read_json, read_jsonl
from newsmeta.io.warc import looks_like_warc, read_warc

__all__ = [
    "DEFAULT_MAX_BYTES", "DocumentStream", "check_inputs", "check_not_output", "expand_inputs", "file_identity",
    "read_documents",
]  # fmt: skip

#: The largest file (or decompressed file, line, WARC record) read as one document: 4 bytes a
#: character of ``extract``'s default ``max_chars``, so nothing ``extract`` would take is refused.
DEFAULT_MAX_BYTES = 4 * DEFAULT_MAX_CHARS

_COMPRESSED_SUFFIX = re.compile(r"\.(?:gz|gzip|bz2|xz|zst|zstd)$", re.I)
_JSONL_SUFFIX = re.compile(r"\.(?:jsonl|ndjson)$", re.I)
_JSON_SUFFIX = re.compile(r"\.json$", re.I)
_KINDS = {
    stat.S_IFIFO: "a FIFO (named pipe)",
    stat.S_IFCHR: "a character device",
    stat.S_IFBLK: "a block device",
    stat.S_IFSOCK: "a socket",
    stat.S_IFDIR: "a directory",
}


class NotRegularFileError(NewsmetaError, OSError):
    """The path is a FIFO, a device or a socket: only regular files are read."""


def _walk(top: str, seen: set[tuple[int, int]]) -> Iterator[str]:
    """Every non-hidden entry below ``top`` that is not a directory, in sorted order, each directory
    and each file once (a symbolic or hard link to a file already met is not read again)."""
    try:
        st = os.stat(top)
        entries = sorted(os.scandir(top), key=lambda e: e.name)
    except OSError:
        return
    if _identity(st) in seen:  # a symbolic link back up the tree: followed once
        return
    seen.add(_identity(st))
    for entry in entries:
        if entry.name.startswith("."):
            continue
        try:
            is_dir = entry.is_dir()  # follows links
        except OSError:
            is_dir = False
        if is_dir:
            yield from _walk(entry.path, seen)
            continue
        try:
            target = entry.stat()  # (follows links)
        except OSError:  # a broken link: reading it reports it
            yield entry.path
            continue
        if _identity(target) not in seen:
            seen.add(_identity(target))
            yield entry.path


def _glob_regex(pattern: str) -> re.Pattern[str]:
    """A pattern's regular expression: ``**`` any number of directories, ``*``, ``?``, ``[..]`` within one."""
    parts = []
    for seg in pattern.split("/"):
        if seg == "**":
            parts.append("(?:[^/]+/)*")
        else:
            parts.append(_fnmatch_segment(seg) + "/")
    return re.compile("".join(parts)[:-1] + r"\Z" if not pattern.endswith("**") else "".join(parts) + ".*")


def _fnmatch_segment(seg: str) -> str:
    import fnmatch

    return fnmatch.translate(seg).removeprefix("(?s:").removesuffix(r")\Z").replace(".*", "[^/]*")


def _glob(pattern: str) -> Iterator[str]:
    """Matches of a glob in sorted order, walking directories once each (``**`` over looping links ends)."""
    parts = pattern.split("/")
    k = next(i for i, p in enumerate(parts) if glob.has_magic(p))
    root = "/".join(parts[:k]) or ("/" if pattern.startswith("/") else ".")
    if k == len(parts) - 1 and "**" not in pattern:  # one level: no walk needed
        yield from (p for p in sorted(glob.glob(pattern)) if not os.path.isdir(p))
        return
    regex = _glob_regex("/".join(parts[k:]))
    base = root.rstrip("/") + "/"
    for path in _walk(root, set()):
        rel = path[len(base) :] if path.startswith(base) else path
        if regex.match(rel):
            yield path


def file_identity(path_or_fd: str | int | None, /) -> tuple[int, int] | None:
    """``(st_dev, st_ino)`` of a regular file given by its path or an open descriptor; ``None``
    for anything else (a terminal, a pipe, a device, a missing path).

    The command's output file, told this way, is never read back as an input (see
    ``read_documents(skip=...)`` and :func:`check_not_output`).
    """
    if path_or_fd is None:
        return None
    try:
        st = os.stat(path_or_fd)
    except (OSError, ValueError):
        return None
    return _identity(st) if stat.S_ISREG(st.st_mode) else None


def check_not_output(paths: Iterable[str], output: str | int | None, where: str, /) -> None:
    """Raise :class:`~newsmeta.InvalidOptionError` for a path named in ``paths`` that is the
    ``output`` file too (a path or a descriptor; ``where`` names it in the message).

    Called before the output is opened: writing ``-o rows.jsonl`` while reading ``rows.jsonl``
    would empty the input first and lose every document in it.  The same file met inside a
    directory or a glob is left out instead (``read_documents(skip=...)``).
    """
    out = file_identity(output)
    if out is None:
        return
    for name in paths:
        if name != "-" and file_identity(name) == out:
            msg = f"{name} is both an input and the output ({where}); write the output to another file"
            raise InvalidOptionError(msg)


def check_inputs(paths: Iterable[str], /) -> None:
    """Raise :class:`FileNotFoundError` for a path that does not exist or a directory or glob with no file.

    ``"-"`` (stdin) is always there.
    """
    for name in paths:
        if name == "-":
            continue
        if os.path.isdir(name):
            if next(_walk(name, set()), None) is None:
                msg = f"{name}: the directory holds no files (hidden ones are left out)"
                raise FileNotFoundError(msg)
        elif glob.has_magic(name) and not os.path.lexists(name):
            if next(_glob(name), None) is None:
                msg = f"{name}: no file matches this pattern"
                raise FileNotFoundError(msg)
        elif not os.path.lexists(name):
            msg = f"{name}: no such file or directory"
            raise FileNotFoundError(msg)


def expand_inputs(paths: Iterable[str], /) -> Iterator[str]:
    """The file names the inputs stand for: ``"-"`` as it is, directories walked, globs expanded, in order."""
    for name in paths:
        if name == "-" or (os.path.lexists(name) and not os.path.isdir(name)):
            yield name
        elif os.path.isdir(name):
            yield from _walk(name, set())
        elif glob.has_magic(name):
            yield from _glob(name)
        else:
            yield name  # reading it reports the error for this input


class DocumentStream(Iterator[Document]):
    """The documents of some inputs, in order; ``skipped`` counts the WARC records that were not pages."""

    def __init__(self, documents: Iterator[Document]) -> None:
        self._documents = documents
        self.skipped = 0

    def __iter__(self) -> DocumentStream:
        return self

    def __next__(self) -> Document:
        return next(self._documents)

    def _skip(self) -> None:
        self.skipped += 1

    def close(self) -> None:
        """Stop reading: the file being read is closed now, not when the interpreter shuts down."""
        close = getattr(self._documents, "close", None)
        if close is not None:
            close()


def _open_regular(name: str, max_bytes: int) -> tuple[IO[bytes], int]:
    """Open a regular file for reading without blocking on a FIFO; refuse other kinds of file."""
    fd = os.open(name, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            kind = _KINDS.get(stat.S_IFMT(st.st_mode), "not a regular file")
            msg = f"{name} is {kind}; only regular files are read (pipe it to stdin with '-' if you mean it)"
            raise NotRegularFileError(msg)
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        return os.fdopen(fd, "rb", buffering=1 << 16), st.st_size
    except BaseException:
        os.close(fd)
        raise


def _identity(st: os.stat_result) -> tuple[int, int]:
    return st.st_dev, st.st_ino


def _too_large(name: str, size: int, max_bytes: int) -> InputTooLargeError:
    return InputTooLargeError(f"{name} is {size:,} bytes, more than the {max_bytes:,} read as one document")


def _gunzip_head(data: bytes) -> bytes:
    """The first bytes inside the gzip stream that ``data`` starts."""
    try:
        return zlib.decompressobj(wbits=31).decompress(data, 64)
    except zlib.error:
        return b""


def _gzipped_whole(head: bytes) -> bool:
    """Does the first gzip member of ``head`` go on past its first WARC record (``gzip crawl.warc``)?

    Told from the first bytes only: a first record too long for them leaves it ``False``.
    """
    try:
        inner = zlib.decompressobj(wbits=31).decompress(head, 1 << 18)
    except zlib.error:
        return False
    return b"\nWARC/1." in inner


def _read_one(
    name: str,
    raw: IO[bytes],
    size: int | None,
    *,
    stream: DocumentStream,
    jsonl: bool,
    field: str,
    url_field: str,
    date_field: str,
    id_field: str,
    warc_dates: bool,
    max_bytes: int,
) -> Iterator[Document]:
    head = raw.peek(1 << 14) if isinstance(raw, io.BufferedReader) else b""
    compression = compression_of(head[:8])
    if compression == "gzip" and looks_like_warc(_gunzip_head(head)) and (raw.seekable() or not _gzipped_whole(head)):
        # warcio reads gzip member by member: a truncated last record leaves the ones before it whole,
        # and (in a file) a damaged member is passed over.  A pipe that holds a WARC gzipped whole
        # (`gzip crawl.warc`) is decompressed here: it cannot be read again once warcio finds out.
        yield from read_warc(
            raw, name, skipped=stream._skip, warc_dates=warc_dates, max_size=max_bytes, size=size, resume=True
        )
        return
    inner: IO[bytes] = raw
    if compression is not None:
        inner = open_decompressed(raw, compression)  # type: ignore[assignment]
        if not hasattr(inner, "peek"):
            inner = io.BufferedReader(inner, buffer_size=1 << 16)  # type: ignore[type-var]
    plain_name = _COMPRESSED_SUFFIX.sub("", name)
    try:
        first = inner.peek(64)[:64] if hasattr(inner, "peek") else b""
        if looks_like_warc(first):
            yield from read_warc(
                inner, name, skipped=stream._skip, warc_dates=warc_dates, max_size=max_bytes,
                size=size if compression is None else None, resume=compression is None,
            )
        elif jsonl or _JSONL_SUFFIX.search(plain_name):
            yield from read_jsonl(
                inner, name, field=field, url_field=url_field, date_field=date_field, id_field=id_field,
                max_line=max_bytes,
            )
        else:
            if compression is None and size is not None and size > max_bytes:
                raise _too_large(name, size, max_bytes)
            if compression is None:  # stdin, or a file that grew: its size is known only once read
                data = inner.read(max_bytes + 1)
                if len(data) > max_bytes:
                    msg = f"{name} holds more than the {max_bytes:,} bytes read as one document"
                    raise InputTooLargeError(msg)
            else:
                data = read_capped(inner, max_size=max_bytes, what=f"{name} ({compression}-compressed)")
            if _JSON_SUFFIX.search(plain_name):
                yield from read_json(data, name, field=field, url_field=url_field, date_field=date_field,
                                     id_field=id_field)
            else:
                yield Document(data, input=name)
    except _corrupt_errors() as e:
        if compression is None or isinstance(e, NewsmetaError):
            raise
        msg = f"{name} looks {compression}-compressed but cannot be decompressed ({e}); is the file complete?"
        raise CorruptInputError(msg) from e


def read_documents(
    paths: Iterable[str],
    /,
    *,
    jsonl: bool = False,
    field: str = "text",
    url_field: str = "url",
    date_field: str = "reference_date",
    id_field: str = "id",
    warc_dates: bool = False,
    max_bytes: int = DEFAULT_MAX_BYTES,
    stdin: IO[bytes] | None = None,
    skip: Collection[tuple[int, int]] = (),
) -> DocumentStream:
    """Read files, directories (recursively), globs and ``"-"`` (stdin) as :class:`Document` records.

    A path that cannot be read, a line or a record that cannot be decoded is one document with an
    ``error``, and reading goes on.  ``jsonl=True`` reads every input (stdin included) as JSON
    Lines; ``field``, ``url_field``, ``date_field`` and ``id_field`` name the fields of a row.
    ``warc_dates=True`` anchors each WARC record on its ``WARC-Date``.  ``max_bytes`` caps a
    document (a file, decompressed, or a line or record).  The returned iterator counts the
    WARC records it skipped in ``.skipped``.  A file whose ``(st_dev, st_ino)`` is in ``skip``
    (the command's own output file, met in a directory or a glob) is left out.
    """
    options = {
        "jsonl": jsonl, "field": field, "url_field": url_field, "date_field": date_field, "id_field": id_field,
        "warc_dates": warc_dates, "max_bytes": max_bytes,
    }
    result = DocumentStream(iter(()))

    def documents() -> Iterator[Document]:
        for name in expand_inputs(list(paths) or ["-"]):
            try:
                if name == "-":
                    source = stdin if stdin is not None else sys.stdin.buffer
                    raw = source if isinstance(source, io.BufferedReader) else io.BufferedReader(source)  # type: ignore[type-var]
                    yield from _read_one("-", raw, None, stream=result, **options)  # type: ignore[arg-type]
                else:
                    f, size = _open_regular(name, max_bytes)
                    with f:
                        if skip and _identity(os.fstat(f.fileno())) in skip:
                            continue
                        yield from _read_one(name, f, size, stream=result, **options)  # type: ignore[arg-type]
            except (OSError, NewsmetaError) as e:
                yield Document.failed(name, e)

    result._documents = documents()
    return result

"""Compressed bytes, recognised by their magic numbers (never by a file name), read with a size cap.

gzip, bzip2 and xz come with Python; zstd is read when the ``zstandard`` package is installed
(``pip install 'newsmeta-extract[zstd]'``).  Decompression stops as soon as the output passes
``max_size``, so a decompression bomb costs at most that much memory and time.

>>> import gzip
>>> compression_of(gzip.compress(b"<p>Hi</p>"))
'gzip'
>>> decompress(gzip.compress(b"<p>Hi</p>"), max_size=1000)
b'<p>Hi</p>'
>>> compression_of(b"<p>Hi</p>") is None
True
"""

from __future__ import annotations

import io
from typing import IO, TYPE_CHECKING, Any

from newsmeta.errors import CorruptInputError, InputTooLargeError, MissingDependencyError

if TYPE_CHECKING:
    import gzip

__all__ = ["MAGIC", "compression_of", "decompress", "open_decompressed", "read_capped"]

#: Magic numbers of the compressed formats we read, in the order they are checked.
MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x1f\x8b", "gzip"),
    (b"BZh", "bzip2"),
    (b"\xfd7zXZ\x00", "xz"),
    (b"\x28\xb5\x2f\xfd", "zstd"),
)

#: How many layers of compression are undone (a .gz of a .gz); a third layer is left as bytes.
_LAYERS = 2
_CHUNK = 1 << 16


def compression_of(head: bytes, /) -> str | None:
    """The compression format whose magic number ``head`` starts with, or ``None``."""
    for magic, name in MAGIC:
        if head.startswith(magic):
            if name == "bzip2" and not (len(head) > 3 and head[3:4] in b"123456789"):
                continue  # 'BZh' followed by a block size digit; plain text may start with 'BZh'
            return name
    return None


def _zstd_reader(raw: IO[bytes]) -> IO[bytes]:
    try:
        import zstandard
    except ImportError:
        msg = "this input is zstd-compressed; install the reader with pip install 'newsmeta-extract[zstd]'"
        raise MissingDependencyError(msg) from None
    reader: IO[bytes] = zstandard.ZstdDecompressor().stream_reader(raw, read_across_frames=True)
    return reader


def open_decompressed(raw: IO[bytes], name: str, /) -> IO[bytes] | gzip.GzipFile:
    """A binary stream of what ``raw`` holds when it is compressed in format ``name``.

    The decompressors are imported here, on first use: ``import newsmeta`` does not pay for them.
    """
    import bz2
    import gzip
    import lzma

    if name == "gzip":
        return gzip.GzipFile(fileobj=raw, mode="rb")
    if name == "bzip2":
        return bz2.BZ2File(raw, mode="rb")
    if name == "xz":
        return lzma.LZMAFile(raw, mode="rb")
    if name == "zstd":
        return _zstd_reader(raw)
    msg = f"unknown compression {name!r}; expected one of gzip, bzip2, xz, zstd"
    raise ValueError(msg)


def _corrupt_errors() -> tuple[type[BaseException], ...]:
    import lzma
    import zlib

    errors: tuple[type[BaseException], ...] = (OSError, EOFError, zlib.error, lzma.LZMAError)
    try:
        import zstandard
    except ImportError:
        return errors
    zstd_error: Any = zstandard.ZstdError
    return (*errors, zstd_error)


def read_capped(
    stream: IO[bytes] | gzip.GzipFile, /, *, max_size: int, what: str, truncate: bool = False
) -> bytes:
    """Read ``stream`` to its end, or raise :class:`InputTooLargeError` once it passes ``max_size``
    (with ``truncate``, return its first ``max_size`` bytes instead)."""
    parts: list[bytes] = []
    size = 0
    while True:
        chunk = stream.read(min(_CHUNK, max_size + 1 - size))
        if not chunk:
            return b"".join(parts)
        parts.append(chunk)
        size += len(chunk)
        if size > max_size:
            if truncate:
                return b"".join(parts)[:max_size]
            msg = (
                f"{what} holds more than {max_size:,} bytes when decompressed; "
                "pass a larger limit if this is a real document (it may be a decompression bomb)"
            )
            raise InputTooLargeError(msg)


def decompress(data: bytes, /, *, max_size: int, truncate: bool = False) -> bytes:
    """Undo compression (up to two layers) and return the bytes inside; other bytes come back unchanged.

    Raises :class:`~newsmeta.errors.InputTooLargeError` when the output would pass ``max_size``
    bytes (with ``truncate``, keeps the first ``max_size`` bytes instead), and
    :class:`~newsmeta.errors.CorruptInputError` for a truncated or damaged stream.
    """
    for _ in range(_LAYERS):
        name = compression_of(data[:8])
        if name is None:
            return data
        try:
            with open_decompressed(io.BytesIO(data), name) as stream:
                data = read_capped(stream, max_size=max_size, what=f"this {name} input", truncate=truncate)
        except _corrupt_errors() as e:
            msg = f"this looks like {name}-compressed data, but it cannot be decompressed ({e}); is the file complete?"
            raise CorruptInputError(msg) from e
    return data

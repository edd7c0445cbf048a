"""The one exception hierarchy of newsmeta.

Every error newsmeta raises on purpose is a :class:`NewsmetaError`.  Errors caused by
a misused argument are also instances of the matching built-in (``TypeError`` or
``ValueError``), so ``except TypeError`` keeps working for callers who expect it.

What raises what, for :func:`newsmeta.extract`:

- ``InputTypeError``: the document is not ``str``/``bytes``, or an option has the wrong type
  (``languages=5``, ``url=3``, ``reference_date="2024-01-01"``).
- ``InvalidOptionError``: an option has an unusable value (``max_chars=0``, ``languages=[]``,
  ``languages=["english"]``, ``on_too_large="drop"``).
- ``InputTooLargeError``: more than ``max_chars`` characters, or compressed bytes that hold more
  than four bytes per allowed character (a decompression bomb), with ``on_too_large="error"``.
- ``NotTextError``: bytes that are an image, a PDF, an archive, an executable, audio, video, or
  bytes with many control characters; the message says what they look like.
- ``CorruptInputError``: a gzip, bzip2, xz or zstd stream that is truncated or damaged.
- ``MissingDependencyError``: zstd-compressed bytes without the ``zstandard`` package.

Everything else (a declared charset that cannot be right, undecodable bytes, lone surrogates,
control characters) is repaired and said in ``Article.warnings``, never raised.

>>> import newsmeta
>>> try:
...     newsmeta.extract(42)
... except newsmeta.NewsmetaError as e:
...     print(type(e).__name__)
InputTypeError
"""

from __future__ import annotations


class NewsmetaError(Exception):
    """Base class of every exception newsmeta raises on purpose."""


class InputTypeError(NewsmetaError, TypeError):
    """The document or an option has the wrong type (for example ``extract(None)``)."""


class InvalidOptionError(NewsmetaError, ValueError):
    """An option has the right type but a value newsmeta cannot use."""


class InputTooLargeError(NewsmetaError, ValueError):
    """The document is longer than ``max_chars`` and the caller asked for an error, not truncation."""


class NotTextError(NewsmetaError, ValueError):
    """The bytes are not text or markup (an image, a PDF, an archive, random bytes).

    The message says what they look like ("looks like a PNG image").
    """


class CorruptInputError(NewsmetaError, ValueError):
    """The bytes announce a format (a compressed stream, a WARC record) but are damaged or truncated."""


class MissingDependencyError(NewsmetaError, ImportError):
    """An option needs a package that is not installed; the message says which extra installs it."""


class ExtractionError(NewsmetaError):
    """A dependency failed on this document in a way newsmeta could not recover from.

    The original exception is chained as ``__cause__``.  Please report the input that caused it.
    """

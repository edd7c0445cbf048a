"""``Document``: one document to read, with its own options and where it came from.

The readers (:func:`newsmeta.read_documents`) yield them and :func:`newsmeta.extract_many`
takes them, so each document can carry its own ``url`` and ``reference_date``:

>>> import datetime
>>> doc = Document("Storm\\n\\nLISBON — Rain.", url="https://example.com/a", id="a1",
...                reference_date=datetime.date(2025, 1, 14), input="rows.jsonl", line=3)
>>> doc.provenance()
{'input': 'rows.jsonl', 'line': 3, 'id': 'a1'}
>>> Document.failed("rows.jsonl", ValueError("not JSON"), line=4).error
'ValueError: not JSON'
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs

__all__ = ["Document", "DocumentId"]

#: What an ``id`` may be: a JSON scalar, as a row of JSON Lines holds it.
DocumentId = str | int | float | bool | None


@attrs.frozen
class Document:
    """One document: its content, its own options, and where it came from.

    ``text`` is the document itself (``str``, or ``bytes`` to be decoded as ``extract`` does);
    ``url`` and ``reference_date`` are passed to :func:`~newsmeta.extract` for this document
    (they win over the options of :func:`~newsmeta.extract_many`); ``id`` is the caller's name
    for it, copied to the output.  ``input`` is the file it was read from (``"-"`` for stdin),
    ``line`` its line in a JSON Lines file, ``record`` its ``WARC-Record-ID`` in a WARC file.
    ``error`` is set when the reader could not read it (``"NotTextError: ..."``, ``text`` is
    then ``None``): ``extract_many`` turns it into a :class:`~newsmeta.Failure` in its place.
    """

    text: str | bytes | None = None
    url: str | None = None
    reference_date: dt.date | None = None
    id: DocumentId = None
    input: str | None = None
    line: int | None = None
    record: str | None = None
    error: str | None = None

    @classmethod
    def failed(cls, input: str, error: BaseException, /, **where: Any) -> Document:
        """A document that could not be read from ``input``: the error's name and message."""
        return cls(input=input, error=f"{type(error).__name__}: {error}", **where)

    def provenance(self) -> dict[str, Any]:
        """Where it came from, in output order: ``input``, then ``line`` or ``record``, then ``id``.

        Only what is known is included.
        """
        out: dict[str, Any] = {}
        for key in ("input", "line", "record", "id"):
            value = getattr(self, key)
            if value is not None:
                out[key] = value
        return out

    def without_text(self) -> Document:
        """The same document with its text dropped (what a writer needs, at no memory cost)."""
        return attrs.evolve(self, text=None)

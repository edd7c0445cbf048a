"""What is written for each document, and the writer for each output format.

Every output object starts with where the document came from: ``input`` (the path, ``"-"`` for
stdin), then ``line`` (JSON Lines) or ``record`` (the WARC-Record-ID), then ``id`` when the
document had one; then the metadata (:meth:`Article.to_dict <newsmeta.Article.to_dict>`, or the
flat :func:`~newsmeta.to_row` in CSV and Parquet); ``text`` last.  A document that failed has
``error`` ("ErrorName: message") and no other metadata, never a missing line.

>>> import newsmeta
>>> doc = newsmeta.Document("Storm\\n\\nLISBON — Rain.", input="a.txt", id=7)
>>> list(output_object(doc, newsmeta.extract(doc.text)))[:4], list(output_object(doc, newsmeta.extract(doc.text)))[-1]
(['input', 'id', 'language', 'sections'], 'text')
>>> output_object(doc, newsmeta.Failure(0, "NotTextError", "looks like a PNG image"))
{'input': 'a.txt', 'id': 7, 'error': 'NotTextError: looks like a PNG image'}
"""

from __future__ import annotations

import json
import math
import os
from collections.abc import Sequence
from typing import IO, Any, Literal, Protocol

import attrs

from newsmeta.batch import Failure
from newsmeta.errors import InvalidOptionError
from newsmeta.io.documents import Document, DocumentId
from newsmeta.io.rows import columns, to_row
from newsmeta.records import Article

__all__ = [
    "FORMATS",
    "PROVENANCE",
    "Output",
    "Render",
    "Writer",
    "check_fields",
    "checked_row",
    "format_of",
    "open_writer",
    "output_object",
    "output_row",
    "row_columns",
    "shown",
    "unencodable",
]

#: The output formats, by name.
FORMATS = ("jsonl", "csv", "parquet")
#: The columns CSV and Parquet start with: where the document came from, and its error if it failed.
PROVENANCE = ("input", "line", "record", "id", "error")
_EXTENSIONS = {".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "jsonl", ".csv": "csv", ".parquet": "parquet"}


class Writer(Protocol):
    """A sink of output objects (JSON Lines) or rows (CSV, Parquet)."""

    def write(self, obj: dict[str, Any], /) -> bool:
        """Write one document's object or row; ``False`` when it could not be encoded and an error was written."""

    def close(self) -> None:
        """Finish the output (flush, write a Parquet footer)."""


def _article_fields() -> list[str]:
    return [f.name for f in attrs.fields(Article)] + ["is_multilingual"]


def check_fields(fields: Sequence[str] | None, /) -> None:
    """Raise :class:`~newsmeta.InvalidOptionError` for a name that is neither a field nor a column."""
    if fields is None:
        return
    known = set(_article_fields()) | set(columns())
    unknown = [f for f in fields if f not in known]
    if unknown:
        msg = f"unknown field(s) {', '.join(map(repr, unknown))}; choose from {', '.join(_article_fields())}"
        raise InvalidOptionError(msg)


def _selected(name: str, fields: Sequence[str] | None, text: bool) -> bool:
    if name == "text" and not text:
        return False
    if fields is None:
        return True
    return any(name == f or name.startswith(f + "_") for f in fields)


def _provenance(doc: Document) -> dict[str, Any]:
    """Where the document came from, always writable: a file name that is not UTF-8 shows its bytes."""
    out = doc.provenance()
    for key, value in out.items():
        if isinstance(value, float) and not math.isfinite(value):
            # (Python's JSON reads NaN and Infinity, which JSON does not have: written as text, a
            # strict reader still reads the line)
            out[key] = id_text(value)
        elif isinstance(value, str):
            try:
                value.encode("utf-8")
            except UnicodeEncodeError:
                raw = os.fsencode(value) if key == "input" else value.encode("utf-8", "surrogatepass")
                out[key] = raw.decode("utf-8", "backslashreplace")
    return out


def unencodable(obj: dict[str, Any], error: UnicodeEncodeError, /) -> dict[str, Any]:
    """The error object for a document whose metadata no UTF-8 writer can hold (a lone surrogate)."""
    out = {k: obj[k] for k in ("input", "line", "record", "id") if obj.get(k) is not None}
    out["error"] = (
        f"UnicodeEncodeError: the metadata of this document holds a character UTF-8 cannot encode "
        f"({error.object[error.start:error.end]!a}, a lone surrogate); its metadata is left out"
    )
    return out


def checked_row(row: dict[str, Any], /) -> tuple[dict[str, Any], bool]:
    """``row`` and ``True``, or its error row and ``False`` when a value cannot be written as UTF-8."""
    for value in row.values():
        if isinstance(value, str):
            try:
                value.encode("utf-8")
            except UnicodeEncodeError as e:
                return {**dict.fromkeys(row), **unencodable(row, e)}, False
    return row, True


def output_object(
    doc: Document, result: Article | Failure, /, *, fields: Sequence[str] | None = None, text: bool = True
) -> dict[str, Any]:
    """The JSON object for one document: provenance, then the selected metadata, ``text`` last."""
    out = _provenance(doc)
    if isinstance(result, Failure):
        out["error"] = f"{result.error}: {result.message}"
        return out
    data = result.to_dict()
    body = data.pop("text")
    out.update((k, v) for k, v in data.items() if _selected(k, fields, text))
    if _selected("text", fields, text):
        out["text"] = body
    return out


def row_columns(*, fields: Sequence[str] | None = None, text: bool = True) -> list[str]:
    """The header of CSV and Parquet output: :data:`PROVENANCE`, then the selected columns of ``to_row``."""
    return [*PROVENANCE, *(c for c in columns() if _selected(c, fields, text))]


def id_text(value: DocumentId, /) -> str:
    """A document's ``id`` in a text column (CSV, Parquet): a string as it is, any other JSON
    scalar as JSON spells it (``true``, ``12``, ``1.5``; not Python's ``True``), so that the
    written id is the one the input held, whichever writer wrote it."""
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


def output_row(
    doc: Document, result: Article | Failure, header: Sequence[str], /
) -> dict[str, Any]:
    """The flat row for one document, with every column of ``header`` (``None`` where there is no value)."""
    row: dict[str, Any] = dict.fromkeys(header)
    row.update(_provenance(doc))
    if row.get("id") is not None:
        row["id"] = id_text(row["id"])
    if isinstance(result, Failure):
        row["error"] = f"{result.error}: {result.message}"
    else:
        flat = to_row(result)
        row.update((k, flat[k]) for k in header if k in flat)
    return row


@attrs.frozen
class Output:
    """What is written for one document, made by :class:`Render` where the document was read.

    ``payload`` is the text of its JSON Lines object (newline included; ``ok`` is ``False`` when
    that text is the error object of a value UTF-8 cannot hold), or its CSV / Parquet row (the
    writer checks it).  ``error`` is the line the command prints for a document that failed;
    ``input`` the file it came from.
    """

    payload: str | dict[str, Any]
    ok: bool = True
    error: str | None = None
    input: str | None = None


def _tuple(fields: Sequence[str] | None) -> tuple[str, ...] | None:
    return None if fields is None else tuple(fields)


@attrs.frozen
class Render:
    """Makes each document's :class:`Output`: the command's workers call it, so the process that writes only writes.

    >>> import newsmeta
    >>> doc = newsmeta.Document("Storm\\n\\nLISBON — Rain.", input="a.txt", line=2)
    >>> out = Render("jsonl", fields=["headline"])(doc, newsmeta.extract(doc.text))
    >>> out.payload[:58], out.payload.count("\\n"), out.ok
    ('{"input": "a.txt", "line": 2, "headline": {"text": "Storm"', 1, True)
    >>> Render("csv")(doc, newsmeta.Failure(0, "NotTextError", "a PNG image")).error
    'newsmeta: a.txt:2: NotTextError: a PNG image'
    """

    fmt: str
    fields: tuple[str, ...] | None = attrs.field(default=None, converter=_tuple)
    text: bool = True
    indent: int | None = None
    header: tuple[str, ...] = attrs.field(init=False)

    @header.default
    def _header(self) -> tuple[str, ...]:
        return tuple(row_columns(fields=self.fields, text=self.text))

    def __call__(self, doc: Document, result: Article | Failure, /) -> Output:
        """``doc``'s output object (JSON Lines: already encoded) or row, and the error line when it failed."""
        from newsmeta.io.jsonl import encode_line

        error = None
        if isinstance(result, Failure):
            where = f"{shown(doc.input)}{f':{doc.line}' if doc.line else ''}"
            error = f"newsmeta: {where}: {result.error}: {result.message}"
        if self.fmt != "jsonl":
            return Output(output_row(doc, result, self.header), error=error, input=doc.input)
        obj = output_object(doc, result, fields=self.fields, text=self.text)
        line, ok = encode_line(obj, indent=self.indent)
        return Output(line, ok=ok, error=error, input=doc.input)


def shown(name: str | None, /) -> str | None:
    """A file name fit for one line of stderr: a newline, an escape or another control character
    in it is shown escaped (``a\\nb.txt``), so that a crafted name cannot break or forge the lines.

    >>> shown("new\\nline.txt"), shown("plain name.txt")
    ('new\\\\nline.txt', 'plain name.txt')
    """
    if name is None or name.isprintable():
        return name
    return repr(name)[1:-1]


def format_of(path: str | None, given: str | None = None, /) -> Literal["jsonl", "csv", "parquet"]:
    """The output format: ``given``, else the file's extension, else JSON Lines."""
    name = given or (_EXTENSIONS.get(os.path.splitext(path)[1].lower()) if path else None) or "jsonl"
    if name not in FORMATS:
        msg = f"unknown output format {name!r}; choose one of {', '.join(FORMATS)}"
        raise InvalidOptionError(msg)
    return name  # type: ignore[return-value]


def open_writer(
    fmt: Literal["jsonl", "csv", "parquet"],
    target: str | IO[str],
    /,
    *,
    fields: Sequence[str] | None = None,
    text: bool = True,
    indent: int | None = None,
) -> Writer:
    """A writer of format ``fmt`` to a file name or an open text stream (Parquet needs a file name)."""
    if fmt == "parquet":
        from newsmeta.io.parquet import ParquetWriter

        if not isinstance(target, str):
            msg = "Parquet is written to a file: pass -o FILE.parquet (Python: a path)"
            raise InvalidOptionError(msg)
        return ParquetWriter(target, row_columns(fields=fields, text=text))
    stream = open(target, "w", encoding="utf-8", newline="") if isinstance(target, str) else target  # noqa: SIM115
    if fmt == "csv":
        from newsmeta.io.csv import CsvWriter

        return CsvWriter(stream, row_columns(fields=fields, text=text), owned=isinstance(target, str))
    from newsmeta.io.jsonl import JsonLinesWriter

    return JsonLinesWriter(stream, indent=indent, owned=isinstance(target, str))

"""JSON Lines in and out: one JSON object per line.

Reading goes line by line, and each line is decoded on its own: a line that is not UTF-8, not
JSON or has no text is one :class:`~newsmeta.io.documents.Document` with an ``error`` (file and
line number kept), and the next line is read as usual.  A UTF-8 byte-order mark is accepted.

>>> import io
>>> rows = io.BytesIO(b'\\xef\\xbb\\xbf{"id": 1, "text": "Hi", "reference_date": "2025-01-14"}\\n'
...                   b'{oops\\n{"id": 3, "body": "x"}\\n')
>>> [(d.line, d.id, d.reference_date, d.error) for d in read_jsonl(rows, "rows.jsonl")]
... # doctest: +NORMALIZE_WHITESPACE
[(1, 1, datetime.date(2025, 1, 14), None),
 (2, None, None, 'JSONDecodeError: line 2 is not JSON: Expecting property name enclosed in double quotes (column 2)'),
 (3, 3, None, "KeyError: line 3 has no string field 'text'; name the field that holds the document
  with --field (field=)")]
"""

from __future__ import annotations

import datetime as dt
import io
import json
import re
from collections.abc import Iterator
from typing import IO, Any

from newsmeta.errors import InputTooLargeError, InvalidOptionError
from newsmeta.io.documents import Document, DocumentId
from newsmeta.io.streams import StreamWriter

__all__ = ["JsonLinesWriter", "encode_line", "parse_reference_date", "read_json", "read_jsonl"]

_BOM = b"\xef\xbb\xbf"
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def parse_reference_date(value: object, /) -> dt.date | None:
    """A row's reference date: a date, or a string that starts with an ISO day (``2025-01-14...``).

    An empty string, as exports write an empty column, is no date.

    >>> parse_reference_date("2025-01-14T09:30:00Z"), parse_reference_date("")
    (datetime.date(2025, 1, 14), None)
    """
    if value is None or isinstance(value, dt.date):
        return value
    if isinstance(value, str) and not value.strip():
        return None
    if isinstance(value, str) and _ISO_DAY.match(value):
        try:
            return dt.date.fromisoformat(value[:10])
        except ValueError:
            pass
    msg = f"reference_date must be an ISO date such as '2025-01-14', not {value!r}"
    raise InvalidOptionError(msg)


def _json_kind(value: object) -> str:
    """What a parsed JSON value is, in JSON's words (``null``, not Python's ``NoneType``).

    >>> [_json_kind(v) for v in ([1], "a", 2.5, True, None)]
    ['a JSON array', 'a JSON string', 'a JSON number', 'JSON true', 'JSON null']
    """
    if value is None or isinstance(value, bool):
        return "JSON " + json.dumps(value)
    kinds = {list: "array", str: "string", int: "number", float: "number"}
    return f"a JSON {kinds.get(type(value), type(value).__name__)}"


def _id(value: object) -> DocumentId:
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def _row(
    line: bytes, n: int, name: str, *, field: str, url_field: str, date_field: str, id_field: str
) -> Document:
    try:
        text = line.decode("utf-8-sig" if n == 1 else "utf-8")
    except UnicodeDecodeError as e:
        msg = f"line {n} is not UTF-8 (byte {line[e.start]:#04x} at byte {e.start + 1}); re-encode the file as UTF-8"
        return Document(input=name, line=n, error=f"UnicodeDecodeError: {msg}")
    try:
        row = json.loads(text)
    except json.JSONDecodeError as e:
        return Document(input=name, line=n, error=f"JSONDecodeError: line {n} is not JSON: {e.msg} (column {e.colno})")
    except RecursionError:  # arrays or objects nested thousands deep: Python's parser recurses
        msg = f"line {n} nests JSON arrays or objects deeper than Python's parser can follow"
        return Document(input=name, line=n, error=f"RecursionError: {msg}")
    return _document(row, f"line {n}", name, n, field=field, url_field=url_field, date_field=date_field,
                     id_field=id_field)


def _document(
    row: object, where: str, name: str, n: int | None, *, field: str, url_field: str, date_field: str, id_field: str
) -> Document:
    """The document a parsed row holds (``where`` names the row in messages: "line 3", "element 3")."""
    if not isinstance(row, dict):
        return Document(input=name, line=n, error=f"TypeError: {where} is {_json_kind(row)}, not an object")
    ident = _id(row.get(id_field))
    body = row.get(field)
    if not isinstance(body, str):
        msg = f"{where} has no string field {field!r}; name the field that holds the document with --field (field=)"
        return Document(input=name, id=ident, error=f"KeyError: {msg}", line=n)
    url = row.get(url_field)
    if isinstance(url, str) and not url.strip():
        url = None  # an empty column of an export: no address
    if url is not None and not isinstance(url, str):
        return Document(input=name, id=ident, error=f"TypeError: {where}: {url_field!r} is not a string", line=n)
    try:
        ref = parse_reference_date(row.get(date_field))
    except InvalidOptionError as e:
        return Document(input=name, id=ident, error=f"InvalidOptionError: {where}: {e}", line=n)
    return Document(body, url=url, reference_date=ref, id=ident, input=name, line=n)


def read_json(
    data: bytes,
    name: str,
    /,
    *,
    field: str = "text",
    url_field: str = "url",
    date_field: str = "reference_date",
    id_field: str = "id",
) -> Iterator[Document]:
    """The documents a ``.json`` file holds: one object, an array of objects (one document each,
    in order; an element that is not one is an error naming it), or JSON Lines under a ``.json``
    name (read as :func:`read_jsonl` reads them).

    >>> [(d.id, d.text, d.error) for d in read_json(b'[{"id": "a", "text": "Hi"}, 5]', "rows.json")]
    [('a', 'Hi', None), (None, None, 'TypeError: element 2 is a JSON number, not an object')]
    >>> [d.id for d in read_json(b'{"id": 1, "text": "Hi"}\\n{"id": 2, "text": "Yo"}\\n', "rows.json")]
    [1, 2]
    """
    fields = {"field": field, "url_field": url_field, "date_field": date_field, "id_field": id_field}
    try:
        value = json.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError as e:
        msg = f"{name} is not UTF-8 (byte {data[e.start]:#04x} at byte {e.start + 1}); re-encode the file as UTF-8"
        yield Document(input=name, error=f"UnicodeDecodeError: {msg}")
        return
    except json.JSONDecodeError as e:
        if e.msg == "Extra data":  # one value a line: JSON Lines under a .json name
            yield from read_jsonl(io.BytesIO(data), name, field=field, url_field=url_field, date_field=date_field,
                                  id_field=id_field)
        else:
            yield Document(input=name, error=f"JSONDecodeError: {name} is not JSON: {e.msg} (line {e.lineno} "
                                             f"column {e.colno})")
        return
    except RecursionError:
        yield Document(input=name, error=f"RecursionError: {name} nests JSON deeper than Python's parser can follow")
        return
    if isinstance(value, list):
        for i, row in enumerate(value, 1):
            yield _document(row, f"element {i}", name, None, **fields)
    else:
        yield _document(value, "the file", name, None, **fields)


def _lines(stream: IO[bytes], max_line: int) -> Iterator[bytes | None]:
    """The lines of ``stream``; ``None`` for a line longer than ``max_line`` (skipped, never held whole)."""
    while True:
        line = stream.readline(max_line + 1)
        if not line:
            return
        if len(line) > max_line and not line.endswith(b"\n"):
            while True:  # skip the rest of the long line in bounded pieces
                rest = stream.readline(1 << 20)
                if not rest or rest.endswith(b"\n"):
                    break
            yield None
        else:
            yield line


def read_jsonl(
    stream: IO[bytes],
    name: str,
    /,
    *,
    field: str = "text",
    url_field: str = "url",
    date_field: str = "reference_date",
    id_field: str = "id",
    max_line: int = 20_000_000,
) -> Iterator[Document]:
    """One :class:`Document` per non-blank line of a JSON Lines byte stream (``name`` is its file name).

    The document is the row's ``field``; ``url_field``, ``date_field`` and ``id_field`` are
    copied to the document when the row has them.  A line longer than ``max_line`` bytes is an
    error for that line.
    """
    for n, line in enumerate(_lines(stream, max_line), 1):
        if line is None:
            err = InputTooLargeError(f"line {n} is longer than {max_line:,} bytes")
            yield Document.failed(name, err, line=n)
        elif (line[3:] if n == 1 and line.startswith(_BOM) else line).strip():  # a BOM alone is blank
            yield _row(line, n, name, field=field, url_field=url_field, date_field=date_field, id_field=id_field)


def encode_line(obj: dict[str, Any], /, *, indent: int | None = None) -> tuple[str, bool]:
    """The text :class:`JsonLinesWriter` writes for ``obj`` (newline included), and whether it is ``obj``.

    ``False``: UTF-8 cannot hold a value of ``obj`` (a lone surrogate), and the text is its error
    object.  The command's workers call it, so that the process that writes only writes.

    >>> encode_line({"input": "a.txt", "text": "café"})
    ('{"input": "a.txt", "text": "café"}\\n', True)
    """
    text = json.dumps(obj, ensure_ascii=False, indent=indent)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as e:
        from newsmeta.io.writers import unencodable

        return json.dumps(unencodable(obj, e), ensure_ascii=False, indent=indent) + "\n", False
    return text + "\n", True


class JsonLinesWriter(StreamWriter):
    """Writes one JSON object per line to a text stream (UTF-8), or pretty-printed with ``indent``.

    An object that UTF-8 cannot hold (a lone surrogate in a value) is written as an error object
    with the same provenance, so it costs its own line and nothing else.

    >>> import io
    >>> out = io.StringIO()
    >>> w = JsonLinesWriter(out)
    >>> w.write({"input": "a.txt", "text": "café"}), w.write({"input": "b.txt", "text": "bad \\ud800"})
    (True, False)
    >>> out.getvalue().splitlines()[1][:40]
    '{"input": "b.txt", "error": "UnicodeEnco'
    """

    def __init__(self, stream: IO[str], /, *, indent: int | None = None, owned: bool = False) -> None:
        self.stream, self.indent, self.owned = stream, indent, owned

    def write(self, obj: dict[str, Any], /) -> bool:
        """Write one object; ``False`` when an error object was written in its place."""
        text, ok = encode_line(obj, indent=self.indent)
        self.stream.write(text)
        return ok

    def write_encoded(self, text: str, /) -> None:
        """Write what :func:`encode_line` made of an object (with this writer's ``indent``)."""
        self.stream.write(text)

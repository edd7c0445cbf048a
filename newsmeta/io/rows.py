"""``to_row``: an :class:`~newsmeta.Article` as one flat row, the form CSV and Parquet are written in.

The columns come from the record classes themselves, so a field added to a record is a new
column without a change here.  The rules:

- a field holding a value is a column of the same name: ``url``, ``input_format``;
- a field holding a record is flattened with ``_``: ``headline_text``, ``headline_kicker_text``,
  ``dateline_place``, ``dateline_date_value``, ``language_code``, ``published_value``;
- a field holding a list of records is one column per field of the record, the items' values
  joined with ``"; "`` in the same order (an item without the value leaves an empty place):
  ``authors_name``, ``tags_text``, ``dates_text``, ``dates_value``, ``sections_start``;
- a list of values is joined the same way; a list nested deeper (a language's alternatives)
  is one column of JSON text, ``language_alternatives``;
- dates and datetimes are ISO 8601 strings; ``text`` is the last column; ``is_multilingual`` is
  kept.

>>> import newsmeta
>>> row = to_row(newsmeta.extract("Storm hits the coast\\n\\nLISBON (AP) — By Ana Lopes. Rain fell in 1953."))
>>> row["headline_text"], row["dateline_place"], row["dates_text"], list(row)[-1]
('Storm hits the coast', 'LISBON', '1953', 'text')
>>> columns()[:4]
['language_code', 'language_confidence', 'language_alternatives', 'sections_start']
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import re
import sys
from typing import Any, Literal

import attrs

from newsmeta.records import Article, to_dict

__all__ = ["Column", "column_kinds", "columns", "to_row"]

#: Separator of the items of a list in one cell.
JOIN = "; "


@attrs.frozen
class Column:
    """One column of the flat form: its name, the path of keys it reads and the type of its values."""

    name: str
    path: tuple[str, ...]
    kind: Literal["str", "int", "float", "bool"]
    listed: bool  # the values of a list's items, joined
    as_json: bool = False  # a list nested in a list: JSON text


_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_.]*")


def _kind(annotation: str) -> Literal["str", "int", "float", "bool"]:
    names = {n for n in _NAME.findall(annotation) if n != "None"}
    if names == {"bool"}:
        return "bool"
    if names == {"int"}:
        return "int"
    if names <= {"int", "float"} and names:
        return "float"
    return "str"


def _record_in(annotation: str, module: dict[str, Any]) -> tuple[type | None, bool]:
    """The record class a field's annotation names, and whether it is a tuple of them.

    Annotations are read as written (the records use ``from __future__ import annotations``),
    so an alias such as ``DateValue | None`` needs no evaluation.
    """
    many = annotation.replace(" ", "").startswith(("tuple[", "Tuple[", "list["))
    for name in _NAME.findall(annotation):
        cls = module.get(name)
        if isinstance(cls, type) and attrs.has(cls):
            return cls, many
    return None, many


def _columns_of(cls: type, prefix: tuple[str, ...], listed: bool, seen: tuple[type, ...]) -> list[Column]:
    module = vars(sys.modules[cls.__module__])
    out: list[Column] = []
    for field in attrs.fields(cls):
        path = (*prefix, field.name)
        name = "_".join(path)
        annotation = field.type if isinstance(field.type, str) else getattr(field.type, "__name__", str(field.type))
        inner, many = _record_in(annotation, module)
        if inner is not None and (inner in seen or (many and listed)):
            out.append(Column(name, path, "str", listed, as_json=True))
        elif inner is not None:
            out.extend(_columns_of(inner, path, listed or many, (*seen, inner)))
        elif many:
            out.append(Column(name, path, "str", True, as_json=listed))
        else:
            out.append(Column(name, path, "str" if listed else _kind(annotation), listed))
    return out


@functools.lru_cache(maxsize=1)
def _all_columns() -> tuple[Column, ...]:
    cols = [c for c in _columns_of(Article, (), False, (Article,)) if c.name != "text"]
    text = Column("text", ("text",), "str", False)
    return (*cols, Column("is_multilingual", ("is_multilingual",), "bool", False), text)


def columns() -> list[str]:
    """The names of the columns of :func:`to_row`, in order (``text`` last)."""
    return [c.name for c in _all_columns()]


def column_kinds() -> dict[str, Literal["str", "int", "float", "bool"]]:
    """Each column's value type, for writers that need a schema (Parquet)."""
    return {c.name: c.kind for c in _all_columns()}


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def _values(data: Any, path: tuple[str, ...], *, expand: bool) -> list[Any]:
    """The values at ``path``, one for each item of every list on the way (and of the last, if ``expand``)."""
    if not path:
        return list(data) if expand and isinstance(data, list) else [data]
    if isinstance(data, list):
        return [v for item in data for v in (_values(item, path, expand=expand) if item is not None else [None])]
    if not isinstance(data, dict):
        return [None]
    return _values(data.get(path[0]), path[1:], expand=expand)


def to_row(article: Article, /) -> dict[str, Any]:
    """One flat row for ``article``: every column of :func:`columns`, in order, values or ``None``."""
    data = to_dict(article)
    row: dict[str, Any] = {}
    for col in _all_columns():
        found = _values(data, col.path, expand=col.listed and not col.as_json)
        if col.listed or col.as_json:
            found = [v for v in found if v != []] if col.as_json else found
            row[col.name] = JOIN.join(_cell(v) for v in found) if found and found != [None] else None
        else:
            value = found[0]
            row[col.name] = _cell(value) if isinstance(value, (dt.date, dt.datetime, dict, list)) else value
    return row

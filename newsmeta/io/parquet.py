"""Parquet out, through pyarrow (``pip install 'newsmeta-extract[parquet]'``).

The same flat rows as CSV, with typed columns: offsets and ``line`` are integers, confidences
floats, flags booleans, everything else strings (dates in ISO 8601).  Rows are written in
groups, so memory stays flat however many documents there are.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from newsmeta.errors import MissingDependencyError
from newsmeta.io.rows import column_kinds
from newsmeta.io.writers import checked_row

__all__ = ["ParquetWriter"]

_GROUP = 1000


def _pyarrow() -> Any:
    try:
        import pyarrow
        import pyarrow.parquet
    except ImportError:
        msg = "writing Parquet needs pyarrow; install it with pip install 'newsmeta-extract[parquet]'"
        raise MissingDependencyError(msg) from None
    return pyarrow


class ParquetWriter:
    """Writes rows to a Parquet file, ``_GROUP`` rows at a time."""

    def __init__(self, path: str, header: Sequence[str], /) -> None:
        pa = _pyarrow()
        kinds = {**column_kinds(), "line": "int", "error": "str"}
        types = {"str": pa.string(), "int": pa.int64(), "float": pa.float64(), "bool": pa.bool_()}
        self.pa = pa
        self.header = list(header)
        self.schema = pa.schema([(name, types[kinds.get(name, "str")]) for name in self.header])
        self.writer = pa.parquet.ParquetWriter(path, self.schema)
        self.rows: list[dict[str, Any]] = []

    def write(self, row: dict[str, Any], /) -> bool:
        """Add one row (written when a group is full)."""
        row, ok = checked_row(row)
        self.rows.append(row)
        if len(self.rows) >= _GROUP:
            self._flush()
        return ok

    def _flush(self) -> None:
        if self.rows:
            self.writer.write_table(self.pa.Table.from_pylist(self.rows, schema=self.schema))
            self.rows = []

    def close(self) -> None:
        """Write the last group and the file's footer."""
        self._flush()
        self.writer.close()

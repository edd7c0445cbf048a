"""CSV out (the standard library's ``csv``): one flat row per document, with a header.

The columns are :data:`~newsmeta.io.writers.PROVENANCE` and then :func:`~newsmeta.to_row`'s;
a row holding a lone surrogate (which UTF-8 cannot hold) is written as its error row.
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from typing import IO, Any

from newsmeta.io.streams import StreamWriter
from newsmeta.io.writers import checked_row

__all__ = ["CsvWriter"]


class CsvWriter(StreamWriter):
    """Writes rows to a text stream as CSV, the header first."""

    def __init__(self, stream: IO[str], header: Sequence[str], /, *, owned: bool = False) -> None:
        self.stream, self.owned = stream, owned
        self.writer = csv.DictWriter(stream, fieldnames=list(header), extrasaction="ignore")
        self.writer.writeheader()

    def write(self, row: dict[str, Any], /) -> bool:
        """Write one row."""
        row, ok = checked_row(row)
        self.writer.writerow(row)
        return ok

"""The text stream a writer writes to (internal): what :mod:`newsmeta.io.jsonl`'s and
:mod:`newsmeta.io.csv`'s writers share."""

from __future__ import annotations

from typing import IO

__all__ = ["StreamWriter"]


class StreamWriter:
    """A writer of the text stream ``stream``, which it closes when it opened it (``owned``)."""

    stream: IO[str]
    owned: bool

    def close(self) -> None:
        """Flush, and close the stream if this writer opened it: closed even when the flush fails
        (a full disk), so that the error is reported once, not again as the interpreter exits."""
        try:
            self.stream.flush()
        finally:
            if self.owned:
                self.stream.close()

"""newsmeta: typed metadata from news articles in plain text or HTML.

>>> import newsmeta
>>> art = newsmeta.extract("Storm hits the coast\\n\\nLISBON — A storm hit the coast in 1953.")
>>> art.headline.text, art.dateline.place, [d.text for d in art.dates]
('Storm hits the coast', 'LISBON', ['1953'])
"""

from __future__ import annotations

from newsmeta.batch import Failure, extract_many
from newsmeta.dates import find_dates
from newsmeta.errors import (
    CorruptInputError,
    ExtractionError,
    InputTooLargeError,
    InputTypeError,
    InvalidOptionError,
    MissingDependencyError,
    NewsmetaError,
    NotTextError,
)
from newsmeta.extract import extract
from newsmeta.io.documents import Document
from newsmeta.io.files import read_documents
from newsmeta.io.rows import to_row
from newsmeta.language import detect_language
from newsmeta.records import (
    Article,
    Author,
    Dateline,
    DateMention,
    Headline,
    Kicker,
    Language,
    Section,
    Tag,
    to_dict,
)
from newsmeta.sections import split_sections


def __getattr__(name: str) -> str:
    """``__version__``, read from the installed package's metadata on first use (keeps import cheap)."""
    if name == "__version__":
        from importlib.metadata import PackageNotFoundError, version

        try:
            return version("newsmeta-extract")  # the distribution name; see the README
        except PackageNotFoundError:  # a source checkout that was not installed
            return "0+unknown"
    msg = f"module 'newsmeta' has no attribute {name!r}"
    raise AttributeError(msg)

__all__ = [
    "Article",
    "Author",
    "CorruptInputError",
    "DateMention",
    "Dateline",
    "Document",
    "ExtractionError",
    "Failure",
    "Headline",
    "InputTooLargeError",
    "InputTypeError",
    "InvalidOptionError",
    "Kicker",
    "Language",
    "MissingDependencyError",
    "NewsmetaError",
    "NotTextError",
    "Section",
    "Tag",
    "__version__",
    "detect_language",
    "extract",
    "extract_many",
    "find_dates",
    "read_documents",
    "split_sections",
    "to_dict",
    "to_row",
]

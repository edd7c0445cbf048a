"""newsmeta: typed metadata from news articles in plain text or HTML.

>>> import newsmeta
>>> art = newsmeta.extract("Storm hits the coast\\n\\nLISBON — A storm hit the coast in 1953.")
>>> art.headline.text, art.dateline.place, [d.text for d in art.dates]
('Storm hits the coast', 'LISBON', ['1953'])

``import newsmeta`` loads none of the modules that do the work: each name below is imported
from its module the first time it is used (``newsmeta.extract``, ``from newsmeta import
Article``), so a program that only imports the package, or uses one part of it, pays for what
it uses.
"""

from __future__ import annotations

import sys
from types import ModuleType
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # what type checkers and the documentation see; at run time, ``__getattr__`` below
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

    __version__: str

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

#: The module each public name is imported from, on first use.
_HOME = {
    "Failure": "newsmeta.batch",
    "extract_many": "newsmeta.batch",
    "find_dates": "newsmeta.dates",
    "CorruptInputError": "newsmeta.errors",
    "ExtractionError": "newsmeta.errors",
    "InputTooLargeError": "newsmeta.errors",
    "InputTypeError": "newsmeta.errors",
    "InvalidOptionError": "newsmeta.errors",
    "MissingDependencyError": "newsmeta.errors",
    "NewsmetaError": "newsmeta.errors",
    "NotTextError": "newsmeta.errors",
    "extract": "newsmeta.extract",
    "Document": "newsmeta.io.documents",
    "read_documents": "newsmeta.io.files",
    "to_row": "newsmeta.io.rows",
    "detect_language": "newsmeta.language",
    "Article": "newsmeta.records",
    "Author": "newsmeta.records",
    "Dateline": "newsmeta.records",
    "DateMention": "newsmeta.records",
    "Headline": "newsmeta.records",
    "Kicker": "newsmeta.records",
    "Language": "newsmeta.records",
    "Section": "newsmeta.records",
    "Tag": "newsmeta.records",
    "to_dict": "newsmeta.records",
    "split_sections": "newsmeta.sections",
}
#: The package's modules, imported on first use as attributes too (``newsmeta.records``), as they
#: were when ``import newsmeta`` imported them all (``newsmeta.extract`` is the function: see ``_Package``).
_MODULES = frozenset(
    ("batch", "blocks", "bylines", "cli", "date_words", "datelines", "dates", "errors", "headlines", "html_authors",
     "html_dates", "html_input", "html_markup", "html_titles", "inputs", "io", "language", "language_langid",
     "published", "records", "sections", "tags")
)  # fmt: skip


def __getattr__(name: str) -> object:
    """A public name or module, imported on first use (a name is then kept: its next use is a plain look-up).

    ``__version__`` is read from the installed package's metadata.
    """
    if name in _HOME or name in _MODULES:
        from importlib import import_module

        if name in _MODULES:
            return import_module(f"{__name__}.{name}")
        value = getattr(import_module(_HOME[name]), name)
        globals()[name] = value
        return value
    if name == "__version__":
        from importlib.metadata import PackageNotFoundError, version

        try:
            return version("newsmeta-extract")  # the distribution name; see the README
        except PackageNotFoundError:  # a source checkout that was not installed
            return "0+unknown"
    msg = f"module 'newsmeta' has no attribute {name!r}"
    raise AttributeError(msg)


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})


class _Package(ModuleType):
    """The package's module type: ``newsmeta.extract`` stays the function whoever imports its module.

    Importing a submodule makes it an attribute of its package, and the module that defines
    ``extract`` is named ``extract`` too: without this, ``import newsmeta.cli`` (or anything
    that imports ``newsmeta.extract``) would turn ``newsmeta.extract`` into that module.
    """

    def __setattr__(self, name: str, value: object) -> None:
        if name == "extract" and isinstance(value, ModuleType):
            value = getattr(value, "extract", value)
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package

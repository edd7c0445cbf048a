"""Language of a text: deterministic, built on langdetect's profiles.

>>> detect_language("The cabinet met on Tuesday to discuss the budget.").code
'en'
>>> detect_language("12345 67890") is None
True
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from typing import Any

from newsmeta.records import Language

__all__ = ["detect_language"]

_LOCK = threading.Lock()
_FACTORY: Any = None


def _factory() -> Any:
    """langdetect's profiles, loaded once into a factory of our own (never the global one)."""
    global _FACTORY
    if _FACTORY is None:
        with _LOCK:
            if _FACTORY is None:
                import os

                import langdetect
                from langdetect.detector_factory import DetectorFactory

                f = DetectorFactory()
                f.load_profile(os.path.join(os.path.dirname(langdetect.__file__), "profiles"))
                f.seed = 0  # an instance attribute: the class-wide seed other code may set is untouched
                _FACTORY = f
    return _FACTORY


def _norm(code: str) -> str:
    return {"zh-cn": "zh", "zh-tw": "zh", "no": "nb"}.get(code, code).split("-")[0]


def detect_language(text: str, /, *, languages: Iterable[str] | None = None) -> Language | None:
    """The language of ``text``, or ``None`` when the text carries no language signal."""
    from langdetect.lang_detect_exception import LangDetectException

    if not isinstance(text, str):
        from newsmeta.errors import InputTypeError

        msg = f"detect_language() takes a str, not {type(text).__name__}"
        raise InputTypeError(msg)
    if not any(ch.isalpha() for ch in text):
        return None
    det = _factory().create()
    det.append(text)
    try:
        probs = det.get_probabilities()
    except LangDetectException:
        return None
    if not probs:
        return None
    ranked = [(_norm(p.lang), float(p.prob)) for p in probs]
    best, conf = ranked[0]
    alts = tuple(Language(c, min(1.0, max(0.0, p))) for c, p in ranked[1:4])
    return Language(best, min(1.0, max(0.0, conf)), alts)

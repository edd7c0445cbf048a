"""A line the two language models disagree on weighs less against its neighbours (sections)."""

from __future__ import annotations

import pytest

from newsmeta.language import Scores
from newsmeta.sections import _DOUBT_FLOOR, _SCALE, _emission

LOGP = {"fr": -100.0, "ca": -110.0}
HR = {"hr": -100.0, "sl": -110.0}


@pytest.mark.parametrize(
    ("logp", "trust", "factor"),
    [
        (LOGP, 1.0, _SCALE),  # backed: the usual scale
        (LOGP, 0.8, _SCALE * 0.8),  # py3langid gives a rival some weight
        (LOGP, 0.5, _SCALE * 0.5),
        (LOGP, 0.0, _SCALE * _DOUBT_FLOOR),  # a dialect neither model knows: down to the floor
        (HR, 0.3, _SCALE),  # Croatian, which py3langid confuses with Bosnian: not damped
    ],
    ids=["backed", "some-doubt", "half", "floor", "sibling"],
)
def test_emission_scaled_by_trust(logp: dict[str, float], trust: float, factor: float) -> None:
    em = _emission(Scores(logp, 100, trust=trust))
    best, other = sorted(logp, key=lambda c: -logp[c])
    assert em[best] == 0.0
    assert em[other] == pytest.approx(-10.0 * factor)


def test_emission_empty() -> None:
    assert _emission(Scores({}, 0, trust=0.2)) == {}

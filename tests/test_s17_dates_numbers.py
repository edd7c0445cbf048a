"""A year is four digits, not the first four of a longer number (never a made-up value): a CSV of
numbers or a count in a sentence holds no dates."""

from __future__ import annotations

import pytest

import newsmeta


@pytest.mark.parametrize(
    ("text", "years"),
    [
        pytest.param("18018,2.5,3\n19921,4,5\n", [], id="csv-five-digit-numbers"),
        pytest.param("Total: 19995 units shipped", [], id="five-digit-count"),
        pytest.param("The plant made 20210 cars", [], id="five-digit-starting-with-a-year"),
        pytest.param("Sales fell in 2019 after a strong 2018.", [2019, 2018], id="years-in-a-sentence"),
        pytest.param("Sales (2019)", [2019], id="year-in-brackets"),
    ],
)
def test_years_are_four_digits(text: str, years: list[int]) -> None:
    assert [d.value.year for d in newsmeta.find_dates(text) if d.value is not None] == years

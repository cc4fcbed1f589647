"""How lengths of time read, in the window and on the command line."""

from __future__ import annotations

import pytest

from stretchguide.core.durations import format_duration, format_total


@pytest.mark.parametrize(
    ("seconds", "shown"),
    [
        (0, "0:00"),
        (-5, "0:00"),
        (9.4, "0:09"),
        (9.6, "0:10"),
        (59, "0:59"),
        (60, "1:00"),
        (750, "12:30"),
        (3600, "60:00"),
        (3725, "62:05"),
    ],
)
def test_a_duration_is_minutes_and_two_digit_seconds(seconds: float, shown: str) -> None:
    assert format_duration(seconds) == shown


@pytest.mark.parametrize(
    ("seconds", "shown"),
    [
        (-3, "0 s"),
        (0, "0 s"),
        (45, "45 s"),
        (59.4, "59 s"),
        (59.6, "1 min"),
        (60, "1 min"),
        (61, "1 min 1 s"),
        (750, "12 min 30 s"),
        (3599, "59 min 59 s"),
        (3600, "1 h 00 min"),
        (3660, "1 h 01 min"),
        (7500, "2 h 05 min"),
        (7529, "2 h 05 min"),
    ],
)
def test_a_total_is_said_in_the_largest_units(seconds: float, shown: str) -> None:
    assert format_total(seconds) == shown

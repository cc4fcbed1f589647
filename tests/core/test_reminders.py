"""Break reminders: fixed dates first (the rules one by one), then properties over many dates.

2024-06-03 is a Monday; 2024-06-07 a Friday; 2024-06-08 a Saturday.
"""

from __future__ import annotations

import re
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from stretchguide.core.reminders import (
    ReminderSettings,
    is_working_time,
    next_reminder,
    parse_hhmm,
)

ON = ReminderSettings(enabled=True)


def at(day: int, hh: int, mm: int = 0) -> datetime:
    """A moment in the week of Monday 2024-06-03 (``day`` 3 is that Monday)."""
    return datetime(2024, 6, day, hh, mm)


# ---- the rules, one by one -------------------------------------------------------------------


def test_reminders_are_off_by_default() -> None:
    settings = ReminderSettings()
    assert settings.enabled is False
    assert next_reminder(at(3, 10), settings, None, None) is None
    assert next_reminder(at(3, 10), settings, at(3, 9), at(3, 10, 5)) is None


def test_the_defaults() -> None:
    s = ReminderSettings()
    assert (s.every_minutes, s.day_start, s.day_end) == (50, "09:00", "18:00")
    assert (s.weekdays, s.snooze_minutes) == ((0, 1, 2, 3, 4), 10)


def test_no_working_weekday_means_no_reminder() -> None:
    settings = ReminderSettings(enabled=True, weekdays=())
    assert next_reminder(at(3, 10), settings, None, None) is None


def test_with_nothing_recorded_the_count_starts_now() -> None:
    assert next_reminder(at(3, 10), ON, None, None) == at(3, 10, 50)


def test_every_n_minutes_after_the_last_one() -> None:
    assert next_reminder(at(3, 10, 20), ON, at(3, 10), None) == at(3, 10, 50)
    custom = ReminderSettings(enabled=True, every_minutes=25)
    assert next_reminder(at(3, 10, 20), custom, at(3, 10), None) == at(3, 10, 25)


def test_an_overdue_reminder_comes_at_once() -> None:
    # Last shown at 09:05, and the computer slept through 09:55: the reminder comes now.
    assert next_reminder(at(3, 11, 7), ON, at(3, 9, 5), None) == at(3, 11, 7)


def test_a_reminder_due_after_work_waits_for_the_next_working_day() -> None:
    # Last one at 17:40: 18:30 is after work; Tuesday's window opens at 9:00, +50 min.
    assert next_reminder(at(3, 17, 45), ON, at(3, 17, 40), None) == at(4, 9, 50)


def test_the_end_of_the_day_is_excluded_and_its_start_included() -> None:
    assert next_reminder(at(3, 17, 20), ON, at(3, 17, 10), None) == at(4, 9, 50)  # due 18:00
    assert next_reminder(at(3, 8, 0), ON, at(3, 8, 10), None) == at(3, 9, 0)  # due 9:00


def test_before_work_the_count_starts_when_work_does() -> None:
    assert next_reminder(at(3, 7, 0), ON, None, None) == at(3, 9, 50)


def test_friday_evening_waits_for_monday() -> None:
    assert next_reminder(at(7, 17, 50), ON, at(7, 17, 45), None) == at(10, 9, 50)
    assert next_reminder(at(8, 11, 0), ON, None, None) == at(10, 9, 50)  # a Saturday


def test_weekends_count_when_chosen() -> None:
    every_day = ReminderSettings(enabled=True, weekdays=(0, 1, 2, 3, 4, 5, 6))
    assert next_reminder(at(8, 11, 0), every_day, None, None) == at(8, 11, 50)


def test_a_snooze_brings_the_reminder_back_when_it_ends() -> None:
    shown = at(3, 10, 0)
    snoozed = ON.snoozed_until(at(3, 10, 1))
    assert snoozed == at(3, 10, 11)
    assert next_reminder(at(3, 10, 1), ON, shown, snoozed) == at(3, 10, 11)


def test_a_break_taken_after_a_snooze_makes_the_snooze_stale() -> None:
    assert next_reminder(at(3, 10, 30), ON, at(3, 10, 30), at(3, 10, 11)) == at(3, 11, 20)


def test_a_snooze_ending_after_work_waits_for_the_next_day() -> None:
    assert next_reminder(at(3, 17, 56), ON, at(3, 17, 55), at(3, 18, 6)) == at(4, 9, 50)


def test_a_window_shorter_than_the_interval_only_keeps_snoozes() -> None:
    short = ReminderSettings(enabled=True, day_start="09:00", day_end="09:30")
    assert next_reminder(at(3, 9, 5), short, None, None) is None
    assert next_reminder(at(3, 9, 5), short, at(3, 9, 4), at(3, 9, 20)) == at(3, 9, 20)


def test_aware_datetimes_stay_aware() -> None:
    berlin = ZoneInfo("Europe/Berlin")
    now = datetime(2024, 6, 3, 17, 45, tzinfo=berlin)
    due = next_reminder(now, ON, now, None)
    assert due == datetime(2024, 6, 4, 9, 50, tzinfo=berlin)
    assert due is not None and due.tzinfo is berlin


def test_working_time() -> None:
    assert is_working_time(at(3, 9, 0), ON)
    assert is_working_time(at(3, 17, 59), ON)
    assert not is_working_time(at(3, 18, 0), ON)
    assert not is_working_time(at(3, 8, 59), ON)
    assert not is_working_time(at(8, 12, 0), ON)


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"every_minutes": 0}, "every_minutes"),
        ({"snooze_minutes": 0}, "snooze_minutes"),
        ({"day_start": "18:00", "day_end": "09:00"}, "must end after it starts"),
        ({"day_start": "09:00", "day_end": "09:00"}, "must end after it starts"),
        ({"day_start": "25:00"}, "00:00 to 23:59"),
        ({"day_end": "noon"}, "like 09:30"),
        ({"weekdays": (0, 7)}, "0 (Monday) to 6"),
    ],
)
def test_invalid_settings_are_refused_with_a_reason(
    fields: dict[str, object], message: str
) -> None:
    with pytest.raises(ValueError, match=re.escape(message)):
        ReminderSettings(**fields)  # type: ignore[arg-type]


def test_parse_hhmm() -> None:
    assert parse_hhmm("9:05") == time(9, 5)
    assert parse_hhmm(" 23:59 ") == time(23, 59)
    for bad in ("24:00", "12:60", "1200", "12:5", ""):
        with pytest.raises(ValueError):
            parse_hhmm(bad)


# ---- properties ------------------------------------------------------------------------------


@st.composite
def settings_strategy(draw: st.DrawFn, enabled: bool = True) -> ReminderSettings:
    start = draw(st.integers(0, 23 * 60 + 58))
    end = draw(st.integers(start + 1, 23 * 60 + 59))
    weekdays = draw(st.sets(st.integers(0, 6)))
    return ReminderSettings(
        enabled=enabled,
        every_minutes=draw(st.integers(1, 12 * 60)),
        day_start=f"{start // 60:02d}:{start % 60:02d}",
        day_end=f"{end // 60:02d}:{end % 60:02d}",
        weekdays=tuple(sorted(weekdays)),
        snooze_minutes=draw(st.integers(1, 120)),
    )


nows = st.datetimes(min_value=datetime(2020, 1, 1), max_value=datetime(2035, 12, 31))
lasts = st.none() | st.timedeltas(min_value=timedelta(0), max_value=timedelta(days=3))
snoozes = st.none() | st.timedeltas(min_value=timedelta(hours=-2), max_value=timedelta(hours=3))


@given(settings_strategy(), nows, lasts, snoozes)
def test_the_next_reminder_is_never_past_and_always_at_work(
    settings: ReminderSettings,
    now: datetime,
    since_last: timedelta | None,
    snooze_offset: timedelta | None,
) -> None:
    last = None if since_last is None else now - since_last
    snoozed = None if snooze_offset is None else now + snooze_offset
    due = next_reminder(now, settings, last, snoozed)
    if due is None:
        window = datetime.combine(now.date(), settings.end_time) - datetime.combine(
            now.date(), settings.start_time
        )
        # Only without working days, or in a window too short for a reminder of its own.
        assert not settings.weekdays or window <= settings.every
        return
    assert due >= now
    assert is_working_time(due, settings)
    if snoozed is not None and (last is None or snoozed > last):
        assert due >= snoozed
    elif last is not None:
        assert due >= last + settings.every
    else:
        assert due >= now + settings.every


@given(settings_strategy(enabled=False), nows, lasts, snoozes)
def test_disabled_reminders_never_come(
    settings: ReminderSettings,
    now: datetime,
    since_last: timedelta | None,
    snooze_offset: timedelta | None,
) -> None:
    last = None if since_last is None else now - since_last
    snoozed = None if snooze_offset is None else now + snooze_offset
    assert next_reminder(now, settings, last, snoozed) is None


@given(settings_strategy(), nows)
def test_a_reminder_inside_the_window_is_not_moved(
    settings: ReminderSettings, now: datetime
) -> None:
    due = next_reminder(now, settings, now - settings.every, None)
    if is_working_time(now, settings):
        assert due == now

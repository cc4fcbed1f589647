"""Break reminders for people who sit for long: when should the next one come?

Pure and clock-free: the caller passes ``now`` and what it remembers (when a reminder was last
shown or a break last taken, and until when the person snoozed), and gets back the moment of the
next reminder, or None when there will be none. The tray turns that into one timer.

The rules, in order:

1. Reminders are off by default; off (or no working weekday) means None.
2. The next reminder is due ``every_minutes`` after the last one shown or the last break taken;
   with nothing recorded yet, ``every_minutes`` from ``now``. (Callers keep the time they first
   asked and pass it back, so the answer does not move on each call.)
3. A snooze that ends after the last reminder shown replaces that: the reminder comes back when
   the snooze ends.
4. It is never in the past: one overdue (the computer slept, the app was closed) comes at once.
5. It only comes inside the working window: on one of ``weekdays`` (Monday is 0), from
   ``day_start`` (included) to ``day_end`` (excluded). One that would fall outside waits for the
   next working window, and then, as the person has only just sat down, comes ``every_minutes``
   after that window opens. A window shorter than ``every_minutes`` never gets a reminder of
   its own.

All datetimes must be of one kind: all naive local times (``datetime.now()``), or all aware.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from stretchguide.core.settings import ReminderPrefs

_HH_MM = re.compile(r"(\d{1,2}):(\d{2})")
#: How many days ahead to look for a working window: a week always contains every weekday.
_SEARCH_DAYS = 8


def parse_hhmm(text: str) -> time:
    """``"09:30"`` as a ``time``; ValueError naming the text for anything else."""
    match = _HH_MM.fullmatch(text.strip())
    if match is None:
        raise ValueError(f"{text!r} is not a time of day like 09:30")
    hours, minutes = int(match.group(1)), int(match.group(2))
    if hours > 23 or minutes > 59:
        raise ValueError(f"{text!r} is not a time of day (00:00 to 23:59)")
    return time(hours, minutes)


@dataclass(frozen=True)
class ReminderSettings:
    """When to remind someone to get up and stretch. Invalid values raise ValueError at once."""

    enabled: bool = False
    every_minutes: int = 50
    day_start: str = "09:00"
    day_end: str = "18:00"
    weekdays: tuple[int, ...] = (0, 1, 2, 3, 4)
    snooze_minutes: int = 10

    def __post_init__(self) -> None:
        if self.every_minutes < 1:
            raise ValueError(f"every_minutes must be at least 1, not {self.every_minutes}")
        if self.snooze_minutes < 1:
            raise ValueError(f"snooze_minutes must be at least 1, not {self.snooze_minutes}")
        if self.start_time >= self.end_time:
            raise ValueError(
                f"the working day must end after it starts ({self.day_start} to {self.day_end})"
            )
        bad = [d for d in self.weekdays if not 0 <= d <= 6]
        if bad:
            raise ValueError(f"weekdays are 0 (Monday) to 6 (Sunday), not {bad}")

    @property
    def start_time(self) -> time:
        return parse_hhmm(self.day_start)

    @property
    def end_time(self) -> time:
        return parse_hhmm(self.day_end)

    @property
    def every(self) -> timedelta:
        return timedelta(minutes=self.every_minutes)

    @property
    def snooze(self) -> timedelta:
        return timedelta(minutes=self.snooze_minutes)

    def snoozed_until(self, now: datetime) -> datetime:
        """When a snooze pressed at ``now`` ends."""
        return now + self.snooze


def _window(day: date, settings: ReminderSettings, like: datetime) -> tuple[datetime, datetime]:
    """The working window on ``day``, as datetimes of the same kind as ``like``."""
    return (
        datetime.combine(day, settings.start_time, tzinfo=like.tzinfo),
        datetime.combine(day, settings.end_time, tzinfo=like.tzinfo),
    )


def is_working_time(moment: datetime, settings: ReminderSettings) -> bool:
    """Whether ``moment`` is inside a working window (start included, end excluded)."""
    if moment.weekday() not in settings.weekdays:
        return False
    start, end = _window(moment.date(), settings, moment)
    return start <= moment < end


def next_reminder(
    now: datetime,
    settings: ReminderSettings,
    last_done_or_shown: datetime | None,
    snoozed_until: datetime | None,
) -> datetime | None:
    """The moment of the next break reminder, or None when none will come (see the module)."""
    if not settings.enabled or not settings.weekdays:
        return None
    if last_done_or_shown is None:
        due = now + settings.every
    else:
        due = last_done_or_shown + settings.every
    if snoozed_until is not None and (
        last_done_or_shown is None or snoozed_until > last_done_or_shown
    ):
        due = snoozed_until
    due = max(due, now)
    for offset in range(_SEARCH_DAYS):
        day = due.date() + timedelta(days=offset)
        if day.weekday() not in settings.weekdays:
            continue
        start, end = _window(day, settings, due)
        if start <= due < end:
            return due
        if due < start and start + settings.every < end:
            return start + settings.every
    return None


def from_prefs(prefs: ReminderPrefs) -> ReminderSettings:
    """The stored preferences (plain values, always clamped valid) as reminder rules."""
    p = prefs.clamped()
    return ReminderSettings(
        enabled=p.enabled,
        every_minutes=p.every_minutes,
        day_start=p.day_start,
        day_end=p.day_end,
        weekdays=p.day_numbers(),
        snooze_minutes=p.snooze_minutes,
    )

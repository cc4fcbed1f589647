"""Everything the history view shows, read from the history in one go (no Qt here).

``load_snapshot`` only calls the history's query methods, so it can run wherever the history
lives: on the window's thread for a plain ``History``, or on the history's own worker thread
(``HistoryService.submit(lambda h: load_snapshot(h, today))``), handing back plain data.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Protocol

from stretchguide.storage.history_records import HistoryEntry

DAYS = 28
WEEKS = 8
RECENT = 12


class StretchTotalLike(Protocol):
    @property
    def exercise(self) -> str: ...
    @property
    def side(self) -> str | None: ...
    @property
    def total_held_s(self) -> float: ...
    @property
    def times(self) -> int: ...


class HistorySource(Protocol):
    """What the view needs of a history (``stretchguide.storage.history.History`` has it)."""

    def sessions_per_day(self, days: int, today: date) -> list[tuple[date, int]]: ...
    def streaks(self, today: date) -> tuple[int, int]: ...
    def minutes_per_week(self, weeks: int, today: date) -> list[tuple[date, float]]: ...
    def per_stretch_totals(self) -> Sequence[StretchTotalLike]: ...
    def recent(self, limit: int = 20, *, counted_only: bool = False) -> list[HistoryEntry]: ...
    def export_csv(self, path: Path) -> int: ...


@dataclass(frozen=True)
class StretchRow:
    exercise: str
    side: str | None
    total_held_s: float
    times: int


@dataclass(frozen=True)
class HistorySnapshot:
    """The history as of ``today``: per day (oldest first), streaks, per week, totals, recent."""

    today: date
    per_day: tuple[tuple[date, int], ...]
    current_streak: int
    best_streak: int
    per_week: tuple[tuple[date, float], ...]
    totals: tuple[StretchRow, ...]
    recent: tuple[HistoryEntry, ...]

    @property
    def sessions_in_period(self) -> int:
        return sum(n for _, n in self.per_day)

    @property
    def minutes_this_week(self) -> float:
        return self.per_week[-1][1] if self.per_week else 0.0

    @property
    def is_empty(self) -> bool:
        return not self.recent and not self.totals and self.best_streak == 0


def load_snapshot(
    history: HistorySource,
    today: date,
    *,
    days: int = DAYS,
    weeks: int = WEEKS,
    recent: int = RECENT,
) -> HistorySnapshot:
    """Run the view's queries (raises what the history raises, e.g. ``HistoryError``)."""
    current, best = history.streaks(today)
    return HistorySnapshot(
        today=today,
        per_day=tuple(history.sessions_per_day(days, today)),
        current_streak=current,
        best_streak=best,
        per_week=tuple(history.minutes_per_week(weeks, today)),
        totals=tuple(
            StretchRow(t.exercise, t.side, float(t.total_held_s), int(t.times))
            for t in history.per_stretch_totals()
        ),
        recent=tuple(history.recent(recent, counted_only=True)),
    )

"""What the history keeps of a session, and which sessions count as practice.

The records every layer above reads and writes (the session keeper fills them, the history page
and the command line show them), and the one rule of what counts, kept beside them so that the
Python test and the SQL condition cannot drift apart.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Literal, get_args

EndedBy = Literal["finished", "stopped", "pain"]
Outcome = Literal["completed", "skipped", "pain", "partial", "not_reached"]
ENDED_BY: frozenset[str] = frozenset(get_args(EndedBy))
OUTCOMES: frozenset[str] = frozenset(get_args(Outcome))


@dataclass(frozen=True)
class StepEntry:
    """What happened to one step (one side of a two-sided hold is its own entry).

    Attributes:
        index: the step's position in the routine (both sides of a hold share it).
        exercise: the exercise id, or ``None`` for steps without one (a briefing, a rest).
        kind: the step kind (``hold``, ``flow``, ``warmup``...), as plain text.
        outcome: how the step ended.
        held_s: seconds actually spent in the stretch.
        side: ``left``/``right`` for sided holds, else ``None``.
    """

    index: int
    exercise: str | None
    kind: str
    outcome: Outcome
    held_s: float = 0.0
    side: str | None = None


@dataclass(frozen=True)
class HistoryEntry:
    """One session as the history keeps it. ``started_at`` must be time-zone aware.

    ``id`` is ``None`` for an entry not yet recorded, and the database id once read back.
    """

    routine_id: str
    routine_title: str
    started_at: datetime
    duration_s: float
    ended_by: EndedBy
    steps: tuple[StepEntry, ...] = ()
    id: int | None = None

    @property
    def finished(self) -> bool:
        """Whether the routine ran to its end (stored too, for anyone reading the file)."""
        return self.ended_by == "finished"


#: A session counts towards streaks, the day and week figures and the per-stretch totals only if
#: it lasted this long and something was held in it. A start abandoned after a few seconds, or a
#: run through with every stretch skipped, is not practice: counting it made 3-second tries into
#: a streak. Such sessions are still recorded (and exported), so nothing is lost.
MIN_COUNTED_S = 60.0


def counts(duration_s: float, held_s: float) -> bool:
    """Whether a session of ``duration_s`` with ``held_s`` seconds held counts as practice."""
    return duration_s >= MIN_COUNTED_S and held_s > 0


#: The same rule in SQL, for a row of ``sessions`` (whose ``held_s`` is the sum of its steps').
#: The partial index ``sessions_counted`` is built on exactly this condition, so a query that
#: says ``WHERE {COUNTED_SQL}`` reads that index alone; a new rule needs a new index (a migration).
COUNTED_SQL = f"duration_s >= {MIN_COUNTED_S} AND held_s > 0"


@dataclass(frozen=True)
class StretchTotal:
    exercise: str
    side: str | None
    total_held_s: float
    times: int

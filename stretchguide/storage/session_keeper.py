"""What happens to a session after it ends: the history, and the offer to resume it later.

Kept apart from the window so the rules (which sessions are recorded, when a resume point is
kept or cleared) are plain code with plain tests.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from datetime import datetime

    # Imported where used: the keeper is built during start-up, sessions come later.
    from stretchguide.core.session import Session, SessionSummary
    from stretchguide.core.settings import SessionSettings
    from stretchguide.storage.history_records import HistoryEntry
    from stretchguide.storage.history_service import HistoryService
    from stretchguide.storage.resume import ResumePoint, ResumeStore


def utc_now() -> datetime:
    from datetime import UTC, datetime  # here: start-up has no use for the module

    return datetime.now(UTC)


def entry_from_summary(summary: SessionSummary, started_at: datetime) -> HistoryEntry:
    """The history's view of a session: one step entry per segment the person reached."""
    from stretchguide.storage.history_records import HistoryEntry, StepEntry

    steps = tuple(
        StepEntry(
            index=r.segment.step_index,
            exercise=r.segment.exercise,
            kind=r.segment.kind.value,
            outcome=r.outcome.value,
            held_s=round(r.held_s, 3),
            side=r.segment.side.value if r.segment.side else None,
        )
        for r in summary.records
    )
    ended_by = summary.ended_by if summary.ended_by in ("finished", "pain") else "stopped"
    return HistoryEntry(
        routine_id=summary.routine_id,
        routine_title=summary.routine_title,
        started_at=started_at,
        duration_s=round(summary.played_s, 3),
        ended_by=ended_by,  # type: ignore[arg-type]
        steps=steps,
    )


class SessionKeeper:
    """Records sessions and keeps the resume point.

    ``history`` may be a factory: the database is then opened on first use, after the window
    is on screen, instead of during start-up.
    """

    def __init__(
        self,
        history: HistoryService | Callable[[], HistoryService] | None,
        resume: ResumeStore | None,
        now: Callable[[], datetime] = utc_now,
    ) -> None:
        self._history = history
        self.resume = resume
        self._now = now
        self._started_at: datetime | None = None

    @property
    def history(self) -> HistoryService | None:
        if callable(self._history):
            self._history = self._history()
        return self._history

    @property
    def has_history(self) -> bool:
        return self._history is not None

    def started(self) -> None:
        self._started_at = self._now()

    def ended(self, summary: SessionSummary) -> None:
        """Record a finished or stopped session once; one that never really began is not."""
        from stretchguide.core.session import Outcome

        started = self._started_at
        if started is None:
            return
        self._started_at = None
        if self.resume is not None:
            self.resume.clear()
        reached = any(r.outcome is not Outcome.NOT_REACHED for r in summary.records)
        if self.history is not None and (summary.played_s > 0 or reached):
            self.history.record(entry_from_summary(summary, started))

    def interrupted(self, session: Session, settings: SessionSettings) -> None:
        """The app is closing mid-session: keep the session and offer to resume at this step."""
        from stretchguide.core.session import State
        from stretchguide.storage.resume import ResumePoint, settings_hash

        if session.state not in (State.RUNNING, State.PAUSED):
            return
        index = session.index
        session.stop()
        self.ended(session.summary())  # a no-op if the stop was already recorded
        if self.resume is not None:
            self.resume.save(
                ResumePoint(
                    routine_id=session.timeline.routine_id,
                    segment_index=index,
                    saved_at=self._now(),
                    settings_hash=settings_hash(settings),
                )
            )

    def pending(self) -> ResumePoint | None:
        return self.resume.load() if self.resume is not None else None

    def forget(self) -> None:
        if self.resume is not None:
            self.resume.clear()

    def close(self) -> None:
        if self._history is not None and not callable(self._history):
            self._history.close()

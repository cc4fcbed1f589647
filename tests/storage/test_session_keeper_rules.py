"""What the session keeper promises: which sessions reach the history, and when a resume is offered.

Plain tests of ``storage/session_keeper.py`` with a real session (the desk break on a fake clock),
a real resume file and a history that only notes what it was asked to record, so each rule is
read straight off what was recorded and what was kept.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from stretchguide.core.session import Outcome, Session, SessionSummary, State, StepRecord
from stretchguide.core.settings import SessionSettings
from stretchguide.storage.history_records import HistoryEntry, StepEntry
from stretchguide.storage.resume import ResumePoint, ResumeStore, settings_hash
from stretchguide.storage.session_keeper import SessionKeeper, entry_from_summary, utc_now
from tests.core.helpers import session as new_session
from tests.core.helpers import timeline

START = datetime(2026, 11, 26, 8, 30, tzinfo=UTC)


class Clock:
    """The keeper's wall clock: moves only when a test says so."""

    def __init__(self) -> None:
        self.at = START

    def __call__(self) -> datetime:
        return self.at


class NotedHistory:
    """Stands in for ``HistoryService``: keeps what it was asked to record."""

    def __init__(self) -> None:
        self.recorded: list[HistoryEntry] = []
        self.closed = 0

    def record(self, entry: HistoryEntry) -> None:
        self.recorded.append(entry)

    def close(self) -> None:
        self.closed += 1


def keeper(
    tmp_path: Path, history: object = None, *, resume: bool = True
) -> tuple[SessionKeeper, Clock]:
    clock = Clock()
    store = ResumeStore(tmp_path / "resume.json") if resume else None
    return SessionKeeper(history, store, now=clock), clock  # type: ignore[arg-type]


SAVED = ResumePoint("desk-break", 3, START - timedelta(days=1))


# -- the history's view of a session -------------------------------------------------------------


def summary_of(records: tuple[StepRecord, ...], **changes: object) -> SessionSummary:
    base = SessionSummary(
        routine_id="desk-break",
        routine_title="Desk break",
        finished=False,
        ended_by="stopped",
        played_s=123.45678,
        records=records,
        resume_index=0,
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def test_every_segment_becomes_one_step_with_what_happened_in_it() -> None:
    segments = timeline("desk-break").segments
    sided = [s for s in segments if s.side is not None and s.kind.value == "hold"]
    plain = next(s for s in segments if s.side is None and s.exercise is None)
    left, right = sided[0], sided[1]
    records = (
        StepRecord(plain, Outcome.COMPLETED, 5.0),
        StepRecord(left, Outcome.COMPLETED, left.lead_s + 30.12345),
        StepRecord(right, Outcome.PAIN, right.lead_s + 7.5),
        StepRecord(segments[-1], Outcome.NOT_REACHED, 0.0),
    )
    entry = entry_from_summary(summary_of(records), START)
    assert entry.routine_id == "desk-break" and entry.routine_title == "Desk break"
    assert entry.started_at == START
    assert entry.duration_s == 123.457  # to the millisecond
    assert entry.steps == (
        StepEntry(plain.step_index, None, plain.kind.value, "completed", 0.0, None),
        StepEntry(left.step_index, left.exercise, "hold", "completed", 30.123, "left"),
        StepEntry(right.step_index, right.exercise, "hold", "pain", 7.5, "right"),
        StepEntry(
            segments[-1].step_index,
            segments[-1].exercise,
            segments[-1].kind.value,
            "not_reached",
            0.0,
            segments[-1].side.value if segments[-1].side else None,
        ),
    )
    # The step's number in the routine, not the segment's in the timeline: both sides share it.
    assert right.index != right.step_index and entry.steps[1].index == entry.steps[2].index


@pytest.mark.parametrize(
    ("ended_by", "kept"),
    [("finished", "finished"), ("pain", "pain"), ("stopped", "stopped"), ("closed", "stopped")],
)
def test_how_a_session_ended_is_kept_and_anything_else_reads_stopped(
    ended_by: str, kept: str
) -> None:
    entry = entry_from_summary(summary_of((), ended_by=ended_by), START)
    assert entry.ended_by == kept
    assert entry.finished is (kept == "finished")


def test_the_wall_clock_is_utc() -> None:
    before = datetime.now(UTC)
    now = utc_now()
    assert now.utcoffset() == timedelta(0)
    assert before <= now <= datetime.now(UTC)


# -- which sessions are recorded -----------------------------------------------------------------


def run_desk_break(seconds: float) -> Session:
    session, clock, _ = new_session("desk-break")
    session.start()
    clock.advance(seconds)
    session.poll()
    return session


def test_a_session_is_recorded_once_with_the_time_it_started(tmp_path: Path) -> None:
    history = NotedHistory()
    k, clock = keeper(tmp_path, history)
    session = run_desk_break(40)
    k.started()
    clock.at = START + timedelta(minutes=5)  # it ends later than it started
    session.stop()
    k.ended(session.summary())
    k.ended(session.summary())  # the window reports the end again on close
    [entry] = history.recorded
    assert entry.started_at == START
    assert entry.ended_by == "stopped" and entry.duration_s == pytest.approx(40.0)


def test_a_session_that_never_started_records_nothing_and_keeps_the_resume_point(
    tmp_path: Path,
) -> None:
    history = NotedHistory()
    k, _ = keeper(tmp_path, history)
    assert k.resume is not None
    k.resume.save(SAVED)
    session = run_desk_break(40)
    session.stop()
    k.ended(session.summary())
    assert history.recorded == []
    assert k.pending() == SAVED


def test_ending_a_session_forgets_the_resume_point(tmp_path: Path) -> None:
    history = NotedHistory()
    k, _ = keeper(tmp_path, history)
    assert k.resume is not None
    k.resume.save(SAVED)
    k.started()
    session = run_desk_break(40)
    session.stop()
    k.ended(session.summary())
    assert k.pending() is None
    assert len(history.recorded) == 1


def test_without_a_history_ending_still_forgets_the_resume_point(tmp_path: Path) -> None:
    k, _ = keeper(tmp_path, None)
    assert k.resume is not None and not k.has_history
    k.resume.save(SAVED)
    k.started()
    k.ended(run_desk_break(40).summary())
    assert k.pending() is None


def test_a_stop_before_anything_was_played_or_reached_is_not_recorded(tmp_path: Path) -> None:
    history = NotedHistory()
    k, _ = keeper(tmp_path, history)
    session, _, _ = new_session("desk-break")
    k.started()
    session.stop()  # during the count-in: nothing played, no step reached
    k.ended(session.summary())
    assert history.recorded == []


def test_a_step_reached_counts_even_with_no_time_played(tmp_path: Path) -> None:
    history = NotedHistory()
    k, _ = keeper(tmp_path, history)
    session, _, _ = new_session("desk-break")
    session.start()
    session.next()  # skipped straight away: no time played, but the step was reached
    k.started()
    session.stop()
    summary = session.summary()
    assert summary.played_s == 0
    k.ended(summary)
    assert len(history.recorded) == 1


def test_time_played_counts_even_with_no_step_reached(tmp_path: Path) -> None:
    history = NotedHistory()
    k, _ = keeper(tmp_path, history)
    nothing_reached = summary_of(
        (StepRecord(timeline("desk-break").segments[0], Outcome.NOT_REACHED, 0.0),),
        played_s=0.5,
    )
    k.started()
    k.ended(nothing_reached)
    assert len(history.recorded) == 1
    k.started()
    k.ended(replace(nothing_reached, played_s=0.0))
    assert len(history.recorded) == 1


# -- closing mid-session: the offer to resume ----------------------------------------------------


@pytest.mark.parametrize("pause", [False, True], ids=["running", "paused"])
def test_closing_mid_session_records_it_and_keeps_the_step_to_resume_at(
    tmp_path: Path, pause: bool
) -> None:
    history = NotedHistory()
    k, clock = keeper(tmp_path, history)
    session, session_clock, _ = new_session("desk-break")
    session.start()
    k.started()
    session.next()
    session.next()
    session_clock.advance(10)
    session.poll()
    if pause:
        session.pause()
    index = session.index
    clock.at = START + timedelta(minutes=3)
    settings = SessionSettings(hold_scale=1.5)
    k.interrupted(session, settings)
    assert session.state is State.STOPPED
    [entry] = history.recorded
    assert entry.ended_by == "stopped"
    assert entry.steps[index].outcome == "partial"
    assert k.pending() == ResumePoint(
        routine_id="desk-break",
        segment_index=index,
        saved_at=START + timedelta(minutes=3),
        settings_hash=settings_hash(settings),
    )


def test_closing_when_no_session_is_under_way_offers_nothing(tmp_path: Path) -> None:
    history = NotedHistory()
    k, _ = keeper(tmp_path, history)
    ready, _, _ = new_session("desk-break")
    k.interrupted(ready, SessionSettings())
    finished = run_desk_break(10_000)
    assert finished.state is State.FINISHED
    k.started()
    k.ended(finished.summary())
    k.interrupted(finished, SessionSettings())
    assert ready.state is State.READY
    assert k.pending() is None
    assert [e.ended_by for e in history.recorded] == ["finished"]


def test_closing_mid_session_without_a_resume_store_still_records_it(tmp_path: Path) -> None:
    history = NotedHistory()
    k, _ = keeper(tmp_path, history, resume=False)
    session = run_desk_break(40)
    k.started()
    k.interrupted(session, SessionSettings())
    assert len(history.recorded) == 1
    assert k.pending() is None
    k.forget()  # nothing to forget is fine
    assert list(tmp_path.iterdir()) == []


def test_declining_the_offer_forgets_it(tmp_path: Path) -> None:
    k, _ = keeper(tmp_path, NotedHistory())
    assert k.resume is not None
    k.resume.save(SAVED)
    assert k.pending() == SAVED
    k.forget()
    assert k.pending() is None
    assert not (tmp_path / "resume.json").exists()


# -- opening and closing the history ------------------------------------------------------------


def test_the_history_is_opened_on_first_use_only_once(tmp_path: Path) -> None:
    opened: list[NotedHistory] = []

    def open_history() -> NotedHistory:
        opened.append(NotedHistory())
        return opened[-1]

    k, _ = keeper(tmp_path, open_history)
    assert k.has_history and opened == []
    k.close()  # closing before any use opens nothing
    assert opened == []
    for _ in range(2):
        k.started()
        k.ended(run_desk_break(40).summary())
    assert len(opened) == 1 and len(opened[0].recorded) == 2
    assert k.history is opened[0]
    k.close()
    assert opened[0].closed == 1


def test_without_a_history_there_is_nothing_to_open_or_close(tmp_path: Path) -> None:
    k, _ = keeper(tmp_path, None)
    assert not k.has_history and k.history is None
    k.close()


def test_a_history_given_open_is_closed_with_the_keeper(tmp_path: Path) -> None:
    history = NotedHistory()
    k, _ = keeper(tmp_path, history)
    assert k.has_history and k.history is history
    k.close()
    assert history.closed == 1

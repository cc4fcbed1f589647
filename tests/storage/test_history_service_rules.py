"""The history on its own thread: writes land, a slow or broken disk never holds the app up.

Every wait here is on a future or an event with a bound, never a sleep.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from concurrent.futures import CancelledError
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from stretchguide.storage.history import History
from stretchguide.storage.history_records import HistoryEntry, StepEntry
from stretchguide.storage.history_service import HistoryService

WAIT_S = 10.0  # an upper bound for a future that should resolve at once


def entry(started: datetime) -> HistoryEntry:
    return HistoryEntry(
        "desk-break",
        "Desk break",
        started,
        300.0,
        "finished",
        (StepEntry(0, "seated-glute", "hold", "completed", 30.0),),
    )


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "history.sqlite3"


@pytest.fixture
def service(db: Path) -> Iterator[HistoryService]:
    s = HistoryService(db, tz=UTC)
    yield s
    s.close(timeout_s=WAIT_S)


def hold_the_worker(service: HistoryService) -> threading.Event:
    """Keep the history's thread busy until the returned event is set (a disk that hangs)."""
    release = threading.Event()
    started = threading.Event()

    def hang(_history: History) -> None:
        started.set()
        release.wait(WAIT_S)

    service.submit(hang)
    assert started.wait(WAIT_S)
    return release


def test_a_recorded_session_is_in_the_file(service: HistoryService, db: Path) -> None:
    new_id = service.record(entry(datetime(2024, 5, 1, 7, 30, tzinfo=UTC))).result(WAIT_S)
    assert service.close(timeout_s=WAIT_S) is True
    with History(db) as history:
        [back] = history.recent()
    assert back.id == new_id and back.routine_id == "desk-break"


def test_work_runs_on_the_history_and_its_answer_comes_back(service: HistoryService) -> None:
    service.record(entry(datetime(2024, 5, 1, 7, 30, tzinfo=UTC))).result(WAIT_S)
    future = service.submit(lambda h: h.streaks(date(2024, 5, 1)))
    assert future.result(WAIT_S) == (1, 1)
    assert service.last_problem().result(WAIT_S) is None


def test_the_history_keeps_the_options_it_was_given(db: Path) -> None:
    """The person's time zone reaches the history on the worker thread."""
    new_york = timezone(timedelta(hours=-4))
    s = HistoryService(db, tz=new_york)
    try:
        s.record(entry(datetime(2024, 5, 2, 3, 30, tzinfo=UTC))).result(WAIT_S)  # May 1st there
        days = s.submit(lambda h: h.sessions_per_day(2, date(2024, 5, 2))).result(WAIT_S)
    finally:
        s.close(timeout_s=WAIT_S)
    assert days == [(date(2024, 5, 1), 1), (date(2024, 5, 2), 0)]


def test_a_problem_with_the_file_is_reported(db: Path) -> None:
    db.write_bytes(b"not a database" * 100)
    s = HistoryService(db)
    try:
        problem = s.last_problem().result(WAIT_S)
    finally:
        s.close(timeout_s=WAIT_S)
    assert problem is not None and "new history was started" in problem


def test_a_failed_write_is_logged_and_handed_to_whoever_waits(
    service: HistoryService, caplog: pytest.LogCaptureFixture
) -> None:
    naive = datetime(2024, 5, 1, 7, 30)  # refused by the history: a bug upstream
    with caplog.at_level(logging.WARNING, logger="stretchguide.storage.history_service"):
        future = service.record(entry(naive))
        with pytest.raises(ValueError, match="time-zone aware"):
            future.result(WAIT_S)
        # The worker lives on: the next session is recorded (and, run after the failed one's
        # callbacks, it also means the warning has been written).
        assert service.record(entry(naive.replace(tzinfo=UTC))).result(WAIT_S) >= 1
    assert "a session could not be recorded: HistoryEntry.started_at must be time-zone aware" in [
        r.getMessage() for r in caplog.records
    ]


def test_a_successful_write_logs_nothing(
    service: HistoryService, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING):
        service.record(entry(datetime(2024, 5, 1, tzinfo=UTC))).result(WAIT_S)
        service.submit(lambda h: None).result(WAIT_S)  # the write's callbacks have run
    assert caplog.records == []


def test_nothing_can_be_sent_after_close(service: HistoryService) -> None:
    assert service.close(timeout_s=WAIT_S) is True
    with pytest.raises(RuntimeError, match=r"^the history is closed$"):
        service.submit(lambda h: h.recent())
    with pytest.raises(RuntimeError):
        service.record(entry(datetime(2024, 5, 1, tzinfo=UTC)))
    assert service.close(timeout_s=WAIT_S) is True  # closing twice is fine


def test_close_waits_for_pending_writes(service: HistoryService, db: Path) -> None:
    release = hold_the_worker(service)
    pending = service.record(entry(datetime(2024, 5, 1, tzinfo=UTC)))
    release.set()
    assert service.close(timeout_s=WAIT_S) is True
    assert pending.done()
    with History(db) as history:
        assert len(history.recent()) == 1


def test_a_stuck_disk_does_not_stop_the_app_from_quitting(
    service: HistoryService, caplog: pytest.LogCaptureFixture
) -> None:
    release = hold_the_worker(service)
    try:
        with caplog.at_level(logging.WARNING):
            assert service.close(timeout_s=0.01) is False
        assert "history writes still pending at exit after 0.0 s" in [
            r.getMessage() for r in caplog.records
        ]
        # The worker is a daemon thread: the interpreter would not wait for it at exit.
        workers = [t for t in threading.enumerate() if t.name == "history" and t.is_alive()]
        assert workers and all(t.daemon for t in workers)
    finally:
        release.set()


def test_a_broken_history_still_lets_the_app_quit(
    db: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def broken_close(self: History) -> None:
        raise OSError("disk gone")

    monkeypatch.setattr(History, "close", broken_close)
    s = HistoryService(db)
    with caplog.at_level(logging.WARNING):
        assert s.close(timeout_s=WAIT_S) is False
    assert "history close failed: disk gone" in [r.getMessage() for r in caplog.records]


def test_work_cancelled_before_it_ran_is_never_done(service: HistoryService) -> None:
    release = hold_the_worker(service)
    ran: list[str] = []
    cancelled = service.submit(lambda h: ran.append("cancelled"))
    assert cancelled.cancel()
    later = service.submit(lambda h: ran.append("later"))
    release.set()
    later.result(WAIT_S)
    assert ran == ["later"]
    with pytest.raises(CancelledError):
        cancelled.result(0)

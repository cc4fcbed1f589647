"""History rules ``test_history.py`` leaves open: the export by streaming, totals since a day,
what the person is told, and which SQLite errors mean a damaged file.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from stretchguide.storage import history as history_module
from stretchguide.storage.history import History, HistoryError
from stretchguide.storage.history_records import HistoryEntry, StepEntry, StretchTotal
from stretchguide.storage.history_schema import SCHEMA_VERSION

from .helpers import BAD_SUFFIX, fixed_clock


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def entry(
    started: str,
    steps: tuple[StepEntry, ...],
    *,
    duration_s: float = 600.0,
    ended_by: str = "finished",
    routine_id: str = "basics",
) -> HistoryEntry:
    return HistoryEntry(
        routine_id=routine_id,
        routine_title=routine_id.title(),
        started_at=at(started),
        duration_s=duration_s,
        ended_by=ended_by,  # type: ignore[arg-type]
        steps=steps,
    )


HOLDS = (
    StepEntry(0, None, "briefing", "completed", 0.0),
    StepEntry(1, "figure-four", "hold", "completed", 30.0, side="left"),
    StepEntry(1, "figure-four", "hold", "partial", 12.5, side="right"),
    StepEntry(2, "childs-pose", "hold", "pain", 10.0),
)


@pytest.fixture
def history(tmp_path: Path) -> Iterator[History]:
    with History(tmp_path / "history.sqlite3", tz=UTC, now=fixed_clock) as h:
        yield h


# -- every session, streamed ---------------------------------------------------------------------


def test_every_session_is_read_back_oldest_first_with_its_steps(history: History) -> None:
    recorded = [
        entry("2024-05-02 07:00", HOLDS, duration_s=61.5, ended_by="pain", routine_id="hips"),
        entry("2024-05-01 07:00", (), duration_s=3.0, ended_by="stopped"),
        entry("2024-05-03 07:00", HOLDS[1:2], routine_id="desk-break"),
    ]
    ids = [history.record(e) for e in recorded]
    expected = [replace(e, id=i) for e, i in zip(recorded, ids, strict=True)]
    streamed = list(history.iter_sessions())
    assert streamed == sorted(expected, key=lambda e: e.started_at)
    assert streamed[0].steps == () and streamed[0].finished is False
    assert streamed == list(reversed(history.recent(10)))


def test_the_stream_can_be_stopped_early(history: History) -> None:
    for day in range(1, 4):
        history.record(entry(f"2024-05-0{day} 07:00", HOLDS))
    sessions = history.iter_sessions()
    first = next(sessions)
    sessions.close()
    assert first.started_at == at("2024-05-01 07:00") and len(first.steps) == len(HOLDS)
    history.record(entry("2024-05-04 07:00", HOLDS))  # nothing is left locked
    assert len(history.recent(10)) == 4


def test_the_export_says_which_sessions_ran_to_their_end(history: History, tmp_path: Path) -> None:
    history.record(entry("2024-05-01 07:00", HOLDS[1:2]))
    history.record(entry("2024-05-02 07:00", HOLDS[1:2], ended_by="stopped"))
    out = tmp_path / "export.csv"
    assert history.export_csv(out) == 2
    finished = [line.split(",")[5] for line in out.read_text(encoding="utf-8").splitlines()[1:]]
    assert finished == ["true", "false"]


def test_a_history_that_cannot_be_read_says_so(history: History, tmp_path: Path) -> None:
    history.record(entry("2024-05-01 07:00", HOLDS))
    history.close()
    message = r"^The history could not be read \(.+\)\.$"
    with pytest.raises(HistoryError, match=message):
        history.recent(5)
    with pytest.raises(HistoryError, match=message):
        list(history.iter_sessions())
    with pytest.raises(HistoryError, match=message):
        history.export_csv(tmp_path / "export.csv")
    assert not (tmp_path / "export.csv").exists()


# -- totals since a day --------------------------------------------------------------------------


def test_totals_since_a_day_count_only_the_sessions_from_that_day_on(history: History) -> None:
    history.record(entry("2024-04-30 23:59", HOLDS))  # the day before: left out
    history.record(entry("2024-05-01 00:00", HOLDS))
    history.record(entry("2024-05-02 07:00", HOLDS[1:2]))
    history.record(entry("2024-05-03 07:00", HOLDS, duration_s=30.0))  # too short to count
    assert history.per_stretch_totals(since=date(2024, 5, 1)) == [
        StretchTotal("figure-four", "left", 60.0, 2),
        StretchTotal("figure-four", "right", 12.5, 1),
        StretchTotal("childs-pose", None, 10.0, 1),
    ]
    assert history.per_stretch_totals(since=date(2024, 5, 3)) == []
    # All time, for comparison: the day before counts too.
    assert history.per_stretch_totals()[0] == StretchTotal("figure-four", "left", 90.0, 3)


def test_totals_since_a_day_put_the_most_held_first_then_by_name(history: History) -> None:
    history.record(
        entry(
            "2024-05-01 07:00",
            (
                StepEntry(0, "b-stretch", "hold", "completed", 20.0),
                StepEntry(1, "a-stretch", "hold", "completed", 20.0, side="right"),
                StepEntry(2, "a-stretch", "hold", "completed", 20.0, side="left"),
                StepEntry(3, "c-stretch", "hold", "completed", 45.0),
                StepEntry(4, "d-stretch", "hold", "skipped", 0.0),
            ),
        )
    )
    expected = [
        StretchTotal("c-stretch", None, 45.0, 1),
        StretchTotal("a-stretch", "left", 20.0, 1),
        StretchTotal("a-stretch", "right", 20.0, 1),
        StretchTotal("b-stretch", None, 20.0, 1),
    ]
    assert history.per_stretch_totals(since=date(2024, 5, 1)) == expected
    assert history.per_stretch_totals() == expected


# -- what the person is told ---------------------------------------------------------------------


def test_a_newer_file_names_its_format(tmp_path: Path) -> None:
    db = tmp_path / "history.sqlite3"
    with History(db) as h:
        h.record(entry("2024-05-01 07:00", HOLDS))
    conn = sqlite3.connect(db)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    conn.close()
    with History(db, now=fixed_clock) as h:
        assert h.last_problem == (
            "The history was written by a newer version of StretchGuide "
            f"(format {SCHEMA_VERSION + 5}). It is left untouched, and sessions will not be "
            "recorded until StretchGuide is updated."
        )


# -- which errors mean a damaged file ------------------------------------------------------------


def sqlite_error(text: str, code: int | None) -> sqlite3.DatabaseError:
    exc = sqlite3.DatabaseError(text)
    if code is not None:
        exc.sqlite_errorcode = code  # type: ignore[attr-defined]
    return exc


@pytest.mark.parametrize(
    ("text", "code", "damaged"),
    [
        ("database disk image is malformed", 11, True),  # SQLITE_CORRUPT
        ("file is not a database", 26, True),  # SQLITE_NOTADB
        ("anything", 11 | (1 << 8), True),  # SQLITE_CORRUPT_VTAB: an extended code
        ("anything", 26 | (2 << 8), True),
        ("malformed, says the text", 5, False),  # SQLITE_BUSY: the code decides, not the text
        ("not a database, says the text", 1, False),
        # Without a code (older Pythons), the text decides.
        ("database disk image is malformed", None, True),
        ("File is NOT A DATABASE", None, True),
        ("disk I/O error", None, False),
    ],
)
def test_only_sqlites_corruption_errors_set_the_file_aside(
    text: str, code: int | None, damaged: bool
) -> None:
    assert history_module._is_corruption(sqlite_error(text, code)) is damaged


@pytest.mark.parametrize(
    ("code", "busy"),
    [
        (5, True),  # SQLITE_BUSY: another instance is writing
        (6, True),  # SQLITE_LOCKED
        (5 | (1 << 8), True),  # SQLITE_BUSY_RECOVERY
        (6 | (1 << 8), True),  # SQLITE_LOCKED_SHAREDCACHE
        (11, False),
        (1, False),
        (None, False),
    ],
)
def test_a_busy_or_locked_file_is_not_damage(code: int | None, busy: bool) -> None:
    assert history_module._is_transient(sqlite_error("database is locked", code)) is busy


def test_two_sessions_started_in_the_same_second_stay_two(history: History) -> None:
    """Two windows open at once can record sessions with the same start time."""
    first = history.record(entry("2024-05-01 07:00", HOLDS[1:2], routine_id="hips"))
    second = history.record(entry("2024-05-01 07:00", HOLDS[3:4], routine_id="desk-break"))
    streamed = list(history.iter_sessions())
    assert [(e.id, e.routine_id, len(e.steps)) for e in streamed] == [
        (first, "hips", 1),
        (second, "desk-break", 1),
    ]


# -- a damaged file ------------------------------------------------------------------------------


def test_a_damaged_file_is_kept_whole_and_the_person_told(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    db = tmp_path / "history.sqlite3"
    db.write_bytes(b"not a database" * 100)
    Path(f"{db}-wal").write_bytes(b"junk wal")
    Path(f"{db}-shm").write_bytes(b"junk shm")
    with caplog.at_level(logging.WARNING, logger="stretchguide.storage"):
        h = History(db, now=fixed_clock)
    with h:
        assert h.persistent and h.bad_copy == db.with_name(db.name + BAD_SUFFIX)
        assert h.last_problem == (
            f"The history file is damaged. It was kept as history.sqlite3{BAD_SUFFIX} and a new "
            "history was started."
        )
        assert h.last_problem in [r.getMessage() for r in caplog.records]
        assert Path(f"{h.bad_copy}-wal").read_bytes() == b"junk wal"
        # SQLite rewrites a shared-memory index when it reads the file; it still goes along.
        assert Path(f"{h.bad_copy}-shm").exists()


def test_a_damaged_file_that_cannot_be_set_aside_leaves_the_history_in_memory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(path: Path, when: datetime, companions: tuple[str, ...] = ()) -> Path:
        raise OSError("read-only folder")

    monkeypatch.setattr(history_module, "move_aside", refuse)
    db = tmp_path / "history.sqlite3"
    db.write_bytes(b"not a database" * 100)
    with History(db, now=fixed_clock) as h:
        assert not h.persistent and h.bad_copy is None
        assert h.last_problem == (
            "The history file is damaged and could not be replaced (read-only folder); sessions "
            "will not be recorded this time."
        )
        h.record(entry("2024-05-01 07:00", HOLDS))  # still works, in memory
        assert len(h.recent(5)) == 1
    assert db.read_bytes() == b"not a database" * 100


def test_a_sound_file_reports_nothing(history: History) -> None:
    assert history.persistent
    assert history.last_problem is None and history.bad_copy is None


# -- opening and upgrading -----------------------------------------------------------------------


def format_1_file(db: Path, *extra: str) -> None:
    """A history as the first schema left it, with one session at 03:30 UTC on May 2nd."""
    db.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(db, isolation_level=None)
    for statement in (*history_module.MIGRATIONS[0], *extra):
        conn.execute(statement)
    conn.execute("PRAGMA user_version = 1")
    conn.execute(
        "INSERT INTO sessions VALUES (7, 'old', 'Old', '2024-05-02T03:30:00+00:00', 600, 1,"
        " 'finished')"
    )
    conn.execute("INSERT INTO steps VALUES (7, 0, 0, 'cat-cow', NULL, 'flow', 'completed', 45)")
    conn.close()


def test_a_new_history_makes_its_folders(tmp_path: Path) -> None:
    with History(tmp_path / "new" / "data" / "history.sqlite3") as h:
        assert h.persistent and h.last_problem is None


def test_an_upgrade_counts_old_sessions_in_the_persons_days_and_keeps_a_copy(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    db = tmp_path / "history.sqlite3"
    format_1_file(db)
    new_york_summer = timezone(timedelta(hours=-4))
    with caplog.at_level(logging.INFO, logger="stretchguide.storage"):
        h = History(db, tz=new_york_summer)
    with h:
        assert h.last_problem is None
        # 03:30 UTC on May 2nd was 23:30 on May 1st in New York.
        assert h.sessions_per_day(2, date(2024, 5, 2)) == [
            (date(2024, 5, 1), 1),
            (date(2024, 5, 2), 0),
        ]
    assert f"History upgraded from schema 1 to {SCHEMA_VERSION}" in [
        r.getMessage() for r in caplog.records
    ]
    backup = db.with_name("history.sqlite3.format-1.bak")
    conn = sqlite3.connect(backup)
    try:
        assert conn.execute("PRAGMA user_version").fetchone() == (1,)
        assert conn.execute("SELECT id, routine_id FROM sessions").fetchall() == [(7, "old")]
    finally:
        conn.close()


def test_a_failed_upgrade_says_which_and_why(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    db = tmp_path / "history.sqlite3"
    format_1_file(db, "CREATE INDEX steps_exercise_side ON steps (exercise)")  # in the way
    with caplog.at_level(logging.WARNING, logger="stretchguide.storage"):
        h = History(db, tz=UTC)
    with h:
        assert [r.getMessage() for r in caplog.records] == [h.last_problem]
        assert not h.persistent
        assert h.last_problem == (
            f"The history could not be brought up to date (format 1 to {SCHEMA_VERSION}: index "
            "steps_exercise_side already exists). It is left as it was, and sessions will not "
            "be recorded this time."
        )

from __future__ import annotations

import csv
import io
import os
import random
import sqlite3
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta, timezone, tzinfo
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from stretchguide.storage import history as history_module
from stretchguide.storage.history import History, HistoryError
from stretchguide.storage.history_records import HistoryEntry, StepEntry, StretchTotal, counts
from stretchguide.storage.history_schema import SCHEMA_VERSION
from stretchguide.storage.paths import AppPaths

from .helpers import BAD_SUFFIX, fixed_clock, listing


def at(text: str) -> datetime:
    """A UTC moment from ``2024-05-01 07:30``."""
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def session(
    started: str,
    duration_s: float = 600.0,
    ended_by: str = "finished",
    steps: tuple[StepEntry, ...] | None = None,
    routine_id: str = "basics",
) -> HistoryEntry:
    """A session that counts, unless ``steps`` or ``duration_s`` say otherwise."""
    if steps is None:
        steps = (StepEntry(0, "knee-to-chest", "hold", "completed", 30.0),)
    return HistoryEntry(
        routine_id=routine_id,
        routine_title=routine_id.title(),
        started_at=at(started),
        duration_s=duration_s,
        ended_by=ended_by,  # type: ignore[arg-type]
        steps=steps,
    )


STEPS = (
    StepEntry(0, "warm-up", "warmup", "completed", 300.0),
    StepEntry(1, "figure-four", "hold", "completed", 30.0, side="left"),
    StepEntry(1, "figure-four", "hold", "partial", 12.5, side="right"),
    StepEntry(2, "childs-pose", "hold", "skipped", 0.0),
    StepEntry(3, None, "briefing", "completed", 0.0),
    StepEntry(4, "cat-cow", "flow", "not_reached", 0.0),
)


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "data" / "history.sqlite3"


@pytest.fixture
def history(db: Path) -> Iterator[History]:
    with History(db, tz=UTC, now=fixed_clock) as h:
        yield h


def raw(db: Path) -> sqlite3.Connection:
    return sqlite3.connect(db)


# -- recording -----------------------------------------------------------------------------------


def test_new_history_is_wal_at_current_schema(history: History, db: Path) -> None:
    assert history.persistent and history.last_problem is None
    with raw(db) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone() == ("wal",)
        assert conn.execute("PRAGMA user_version").fetchone() == (SCHEMA_VERSION,)


def test_for_the_app_paths(paths: AppPaths) -> None:
    with History(paths.history_db) as h:
        h.record(session("2024-05-01 07:30"))
    assert paths.history_db.exists()


def test_record_and_read_back(history: History) -> None:
    entry = session("2024-05-01 07:30", 754.5, steps=STEPS)
    new_id = history.record(entry)
    [back] = history.recent(10)
    assert back == replace_id(entry, new_id)
    assert back.finished
    assert back.started_at.utcoffset() == timedelta(0)


def replace_id(entry: HistoryEntry, new_id: int) -> HistoryEntry:
    return replace(entry, id=new_id)


def test_times_are_stored_as_iso_utc(history: History, db: Path) -> None:
    plus2 = timezone(timedelta(hours=2))
    history.record(
        HistoryEntry("r", "R", datetime(2024, 5, 1, 9, 30, 15, 999, tzinfo=plus2), 60, "stopped")
    )
    with raw(db) as conn:
        assert conn.execute("SELECT started_at, finished FROM sessions").fetchone() == (
            "2024-05-01T07:30:15+00:00",
            0,
        )


def test_recent_is_newest_first_and_limited(history: History) -> None:
    for day in (3, 1, 2):
        history.record(session(f"2024-05-0{day} 07:00", steps=STEPS[:day], routine_id=f"r{day}"))
    recent = history.recent(2)
    assert [e.routine_id for e in recent] == ["r3", "r2"]
    assert [len(e.steps) for e in recent] == [3, 2]
    assert history.recent(0) == []


@pytest.mark.parametrize(
    "bad",
    [
        HistoryEntry("r", "R", datetime(2024, 5, 1, 7, 30), 60, "finished"),  # naive time
        HistoryEntry("r", "R", at("2024-05-01 07:30"), 60, "crashed"),  # type: ignore[arg-type]
        HistoryEntry("r", "R", at("2024-05-01 07:30"), -1, "finished"),
        HistoryEntry("r", "R", at("2024-05-01 07:30"), float("nan"), "finished"),
        session("2024-05-01 07:30", steps=(StepEntry(0, "x", "hold", "meh", 1.0),)),  # type: ignore[arg-type]
        session("2024-05-01 07:30", steps=(StepEntry(0, "x", "hold", "completed", -1.0),)),
    ],
)
def test_malformed_entries_are_refused(history: History, bad: HistoryEntry) -> None:
    with pytest.raises(ValueError):
        history.record(bad)
    assert history.recent(10) == []


def test_a_failed_write_stores_nothing_of_the_session(
    history: History, monkeypatch: pytest.MonkeyPatch
) -> None:
    history.record(session("2024-05-01 07:30", steps=STEPS))

    def broken(self: History, session_id: int, steps: tuple[StepEntry, ...]) -> None:
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(History, "_insert_steps", broken)
    with pytest.raises(HistoryError, match="could not be saved"):
        history.record(session("2024-05-02 07:30", steps=STEPS))
    monkeypatch.undo()
    assert [e.started_at.day for e in history.recent(10)] == [1]
    history.record(session("2024-05-03 07:30"))  # the connection is still usable
    assert len(history.recent(10)) == 2


# -- queries -------------------------------------------------------------------------------------


def test_sessions_per_day(history: History) -> None:
    for moment in (
        "2024-04-28 23:59",  # before the window
        "2024-04-29 00:00",
        "2024-05-01 07:00",
        "2024-05-01 19:00",
        "2024-05-03 12:00",
        "2024-05-04 08:00",  # after "today"
    ):
        history.record(session(moment, ended_by="stopped"))
    assert history.sessions_per_day(5, date(2024, 5, 3)) == [
        (date(2024, 4, 29), 1),
        (date(2024, 4, 30), 0),
        (date(2024, 5, 1), 2),
        (date(2024, 5, 2), 0),
        (date(2024, 5, 3), 1),
    ]
    assert history.sessions_per_day(0, date(2024, 5, 3)) == []


def test_days_are_counted_in_the_persons_time_zone(db: Path) -> None:
    new_york_summer = timezone(timedelta(hours=-4))
    with History(db, tz=new_york_summer) as h:
        h.record(session("2024-05-02 03:30"))  # 23:30 on May 1st in New York
        assert h.sessions_per_day(2, date(2024, 5, 2)) == [
            (date(2024, 5, 1), 1),
            (date(2024, 5, 2), 0),
        ]
    # Flown to Kiribati (UTC+14) since: that evening in New York is still May 1st.
    with History(db, tz=timezone(timedelta(hours=14))) as h:
        assert h.sessions_per_day(2, date(2024, 5, 2)) == [
            (date(2024, 5, 1), 1),
            (date(2024, 5, 2), 0),
        ]


@pytest.mark.parametrize("hours", [14, 13, 12])
def test_a_day_that_began_yesterday_in_utc_is_counted_whole(db: Path, hours: int) -> None:
    """In Kiribati (UTC+14) 00:30 on May 2nd is 10:30 on May 1st in UTC: still May 2nd's session."""
    with History(db, tz=timezone(timedelta(hours=hours))) as h:
        h.record(session(f"2024-05-01 {24 - hours:02d}:30"))  # 00:30 local on May 2nd
        assert h.sessions_per_day(1, date(2024, 5, 2)) == [(date(2024, 5, 2), 1)]
        assert h.minutes_per_week(1, date(2024, 5, 2)) == [(date(2024, 4, 29), 10.0)]
        assert h.streaks(date(2024, 5, 2)) == (1, 1)


def test_every_commit_is_flushed_to_disk(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A session recorded just before a power cut is kept: SQLite syncs on every commit (FULL).

    A power cut cannot be staged in a test, so this reads the setting on the history's own
    connection, which is the one that decides it.
    """
    opened: list[sqlite3.Connection] = []
    real_connect = sqlite3.connect

    def connect(*args: object, **kwargs: object) -> sqlite3.Connection:
        conn = real_connect(*args, **kwargs)  # type: ignore[arg-type]
        opened.append(conn)
        return conn

    monkeypatch.setattr(history_module.sqlite3, "connect", connect)
    with History(db, tz=UTC) as h:
        h.record(session("2024-05-01 07:30"))
        [conn] = opened
        assert conn.execute("PRAGMA synchronous").fetchone() == (2,)  # 2 is FULL
        assert conn.execute("PRAGMA journal_mode").fetchone() == ("wal",)


def test_streaks(history: History) -> None:
    assert history.streaks(date(2024, 5, 6)) == (0, 0)
    days = ["2024-05-01 07:00", "2024-05-02 07:00", "2024-05-02 21:00", "2024-05-03 07:00"]
    days += ["2024-05-05 07:00", "2024-05-06 07:00"]
    for moment, how in zip(
        days, ["finished", "stopped", "pain", "finished", "pain", "stopped"], strict=True
    ):
        history.record(session(moment, ended_by=how))
    assert history.streaks(date(2024, 5, 6)) == (2, 3)  # today done: May 5-6
    assert history.streaks(date(2024, 5, 7)) == (2, 3)  # not yet today: still alive
    assert history.streaks(date(2024, 5, 8)) == (0, 3)  # a whole day missed
    assert history.streaks(date(2024, 5, 3)) == (3, 3)


def _streaks_by_hand(moments: list[datetime], tz: tzinfo | None, today: date) -> tuple[int, int]:
    days = {m.astimezone(tz).date() for m in moments}
    best = run = 0
    for day in sorted(days):
        run = run + 1 if day - timedelta(days=1) in days else 1
        best = max(best, run)
    current, anchor = 0, today if today in days else today - timedelta(days=1)
    while anchor in days:
        current, anchor = current + 1, anchor - timedelta(days=1)
    return current, best


@pytest.mark.parametrize(
    "tz",
    [
        None,
        UTC,
        timezone(timedelta(hours=-4)),
        timezone(timedelta(hours=5, minutes=45)),
        ZoneInfo("Europe/Berlin"),
    ],
    ids=["system", "utc", "new-york-summer", "kathmandu", "berlin-with-dst"],
)
def test_streaks_are_counted_in_the_persons_days_in_any_time_zone(
    db: Path, tz: tzinfo | None
) -> None:
    rng = random.Random(7)
    moments = []
    moment = datetime(2024, 3, 20, 6, 0, tzinfo=UTC)  # across Europe's change to summer time
    for _ in range(60):
        moment += timedelta(hours=rng.choice([5, 11, 19, 23, 30, 49]))
        moments.append(moment)
    with History(db, tz=tz) as h:
        for m in moments:
            h.record(session(m.strftime("%Y-%m-%d %H:%M")))
        for today in (moments[-1].date(), moments[-1].date() + timedelta(days=1), date(2024, 4, 2)):
            assert h.streaks(today) == _streaks_by_hand(moments, tz, today)


def test_minutes_per_week(history: History) -> None:
    for moment, seconds in (
        ("2024-04-21 10:00", 6000),  # Sunday before the window
        ("2024-04-22 10:00", 600),  # Monday of the first week
        ("2024-04-28 23:00", 300),  # its Sunday
        ("2024-05-06 06:00", 900),  # this week's Monday
        ("2024-05-08 06:00", 90),  # today (Wednesday)
    ):
        history.record(session(moment, seconds))
    assert history.minutes_per_week(3, date(2024, 5, 8)) == [
        (date(2024, 4, 22), 15.0),
        (date(2024, 4, 29), 0.0),
        (date(2024, 5, 6), 16.5),
    ]
    assert history.minutes_per_week(0, date(2024, 5, 8)) == []


def test_per_stretch_totals(history: History) -> None:
    history.record(session("2024-05-01 07:00", steps=STEPS))
    history.record(
        session(
            "2024-05-02 07:00",
            steps=(
                StepEntry(1, "figure-four", "hold", "completed", 30.0, side="left"),
                StepEntry(2, "childs-pose", "hold", "pain", 10.0),
            ),
        )
    )
    assert history.per_stretch_totals() == [
        StretchTotal("warm-up", None, 300.0, 1),
        StretchTotal("figure-four", "left", 60.0, 2),
        StretchTotal("figure-four", "right", 12.5, 1),
        StretchTotal("childs-pose", None, 10.0, 1),
    ]


def test_export_csv(history: History, tmp_path: Path) -> None:
    history.record(session("2024-05-02 07:00", 61.5, "pain", STEPS[1:3], routine_id="hips"))
    history.record(
        HistoryEntry("basics", 'Basics, "gentle"', at("2024-05-01 07:00"), 30, "stopped")
    )
    out = tmp_path / "export.csv"
    assert history.export_csv(out) == 3
    text = out.read_bytes().decode("utf-8")
    assert text == (
        "session_id,started_at,routine_id,routine_title,duration_s,finished,ended_by,"
        "step_index,exercise,side,kind,outcome,held_s\r\n"
        '2,2024-05-01T07:00:00+00:00,basics,"Basics, ""gentle""",30.0,false,stopped,,,,,,\r\n'
        "1,2024-05-02T07:00:00+00:00,hips,Hips,61.5,false,pain,1,figure-four,left,hold,"
        "completed,30.0\r\n"
        "1,2024-05-02T07:00:00+00:00,hips,Hips,61.5,false,pain,1,figure-four,right,hold,"
        "partial,12.5\r\n"
    )
    rows = list(csv.DictReader(io.StringIO(text)))
    assert rows[0]["routine_title"] == 'Basics, "gentle"'
    assert listing(tmp_path) == ["data", "export.csv"]


def test_export_csv_is_atomic(
    history: History, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "export.csv"
    out.write_text("previous export")

    def boom(src: object, dst: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", boom)
    with pytest.raises(OSError):
        history.export_csv(out)
    assert out.read_text() == "previous export"
    assert listing(tmp_path) == ["data", "export.csv"]


# -- damaged, old and newer files ----------------------------------------------------------------


def test_garbage_file_is_kept_aside_and_a_new_history_started(db: Path) -> None:
    db.parent.mkdir(parents=True)
    db.write_bytes(b"this is not a database" * 100)
    Path(f"{db}-wal").write_bytes(b"junk wal")
    with History(db, now=fixed_clock) as h:
        assert h.persistent
        assert h.last_problem is not None and BAD_SUFFIX in h.last_problem
        assert h.bad_copy == db.with_name(db.name + BAD_SUFFIX)
        h.record(session("2024-05-01 07:00"))
        assert len(h.recent(5)) == 1
    assert h.bad_copy.read_bytes() == b"this is not a database" * 100
    assert Path(f"{h.bad_copy}-wal").read_bytes() == b"junk wal"


def test_damaged_pages_are_detected_and_kept_aside(db: Path) -> None:
    with History(db) as h:
        for i in range(300):
            h.record(session(f"2024-05-01 07:{i % 60:02}", steps=STEPS))
    size = db.stat().st_size
    assert size > 8 * 4096
    with db.open("r+b") as f:  # scribble over the middle of the file
        f.seek(size // 2)
        f.write(random.Random(0).randbytes(3 * 4096))
    damaged = db.read_bytes()
    with History(db, now=fixed_clock) as h:
        assert h.last_problem is not None and "damaged" in h.last_problem
        assert h.recent(5) == []
        assert h.bad_copy is not None and h.bad_copy.read_bytes() == damaged


def test_truncated_file_is_detected(db: Path) -> None:
    with History(db) as h:
        for i in range(300):
            h.record(session(f"2024-05-01 07:{i % 60:02}", steps=STEPS))
    with db.open("r+b") as f:
        f.truncate(db.stat().st_size // 3)
    with History(db, now=fixed_clock) as h:
        assert h.bad_copy is not None
        assert h.recent(5) == []


def test_newer_schema_is_left_untouched(db: Path) -> None:
    with History(db) as h:
        h.record(session("2024-05-01 07:00"))
    with raw(db) as conn:
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    conn.close()
    before = db.read_bytes()
    with History(db, now=fixed_clock) as h:
        assert not h.persistent
        assert h.last_problem is not None and "newer version" in h.last_problem
        h.record(session("2024-05-02 07:00"))  # works, in memory only
        assert len(h.recent(5)) == 1
    assert db.read_bytes() == before
    assert not [name for name in listing(db.parent) if ".bad-" in name]


def test_old_schema_is_upgraded_in_place(db: Path) -> None:
    db.parent.mkdir(parents=True)
    conn = sqlite3.connect(db, isolation_level=None)
    for statement in history_module.MIGRATIONS[0]:
        conn.execute(statement)
    conn.execute("PRAGMA user_version = 1")
    conn.execute(
        "INSERT INTO sessions VALUES (7, 'old', 'Old', '2024-04-01T08:00:00+00:00', 90, 1,"
        " 'finished')"
    )
    conn.execute("INSERT INTO steps VALUES (7, 0, 0, 'cat-cow', NULL, 'flow', 'completed', 45)")
    conn.close()
    with History(db, tz=UTC) as h:
        assert h.last_problem is None
        [old] = h.recent(5)
        assert (old.id, old.routine_id, old.steps[0].exercise) == (7, "old", "cat-cow")
    with raw(db) as conn:
        assert conn.execute("PRAGMA user_version").fetchone() == (SCHEMA_VERSION,)
        assert "sessions_counted" in {row[1] for row in conn.execute("PRAGMA index_list(sessions)")}


def test_foreign_database_is_kept_aside(db: Path) -> None:
    db.parent.mkdir(parents=True)
    with raw(db) as conn:
        conn.execute("CREATE TABLE sessions (something_else TEXT)")
    conn.close()
    with History(db, now=fixed_clock) as h:
        assert h.persistent and h.bad_copy is not None
        assert h.last_problem is not None and "could not be upgraded" in h.last_problem
        h.record(session("2024-05-01 07:00"))


def test_unopenable_location_falls_back_to_memory(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with History(blocker / "history.sqlite3") as h:
        assert not h.persistent
        assert h.last_problem is not None and "could not be opened" in h.last_problem
        h.record(session("2024-05-01 07:00"))
        assert len(h.recent(1)) == 1


# -- what counts ---------------------------------------------------------------------------------

NOTHING_HELD = (
    StepEntry(0, "knee-to-chest", "hold", "skipped", 0.0),
    StepEntry(1, "childs-pose", "hold", "skipped", 0.0),
)


def test_short_sessions_and_sessions_with_nothing_held_are_kept_but_not_counted(
    history: History,
) -> None:
    # Fourteen tries stopped after 3-8 s on the days before, as seen in the issue.
    for day in range(1, 8):
        for second in (3, 8):
            history.record(
                session(f"2024-05-0{day} 07:0{second}", second, "stopped", steps=STEPS[1:2])
            )
    history.record(session("2024-05-08 07:00", 900, "finished", steps=NOTHING_HELD))
    history.record(session("2024-05-09 07:00", 59.9, "stopped"))
    today = date(2024, 5, 9)
    assert history.streaks(today) == (0, 0)
    assert sum(n for _, n in history.sessions_per_day(28, today)) == 0
    assert history.minutes_per_week(2, today) == [(date(2024, 4, 29), 0.0), (date(2024, 5, 6), 0.0)]
    assert history.per_stretch_totals() == []
    assert history.recent(counted_only=True) == []
    assert len(history.recent(50)) == 16  # nothing is lost
    # One real session, a minute long with a stretch held, counts everywhere.
    history.record(session("2024-05-09 08:00", 60.0, "stopped"))
    assert history.streaks(today) == (1, 1)
    assert history.sessions_per_day(1, today) == [(today, 1)]
    assert history.minutes_per_week(1, today) == [(date(2024, 5, 6), 1.0)]
    assert history.per_stretch_totals() == [StretchTotal("knee-to-chest", None, 30.0, 1)]
    [entry] = history.recent(counted_only=True)
    assert entry.started_at == at("2024-05-09 08:00")
    assert history.recent(2, counted_only=True)[0].duration_s == 60.0


@pytest.mark.parametrize(
    ("duration_s", "held_s", "expected"),
    [(60.0, 0.5, True), (59.9, 30.0, False), (600.0, 0.0, False)],
)
def test_the_rule_of_what_counts(duration_s: float, held_s: float, expected: bool) -> None:
    assert counts(duration_s, held_s) is expected

"""``stretchguide history``: the streak, time per stretch and the last sessions; ``--csv``.

Run in process (``cli.main``) with the private ``STRETCHGUIDE_HOME`` every test gets, except the
closed-pipe test, which needs a real process and a real pipe.
"""

from __future__ import annotations

import csv
import io
import os
import subprocess
import sys
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from stretchguide.cli import HISTORY_CSV_COLUMNS, main
from stretchguide.storage.history import History
from stretchguide.storage.history_records import HistoryEntry, StepEntry
from stretchguide.storage.paths import AppPaths

STEPS = (
    StepEntry(0, "cat-cow", "warmup", "completed", 240.0),
    StepEntry(1, "figure-four", "hold", "completed", 30.0, side="left"),
    StepEntry(1, "figure-four", "hold", "skipped", 0.0, side="right"),
)


def today_at(hour: int, days_ago: int = 0) -> datetime:
    day = date.today() - timedelta(days=days_ago)
    return datetime(day.year, day.month, day.day, hour, tzinfo=UTC).astimezone()


def record(*entries: HistoryEntry, fast: bool = False) -> Path:
    db = AppPaths.resolve().history_db
    with History(db) as history:
        if fast:  # thousands of sessions: skip the fsync of every commit (test data only)
            history._conn.execute("PRAGMA synchronous = OFF")
        for entry in entries:
            history.record(entry)
    return db


def session(started: datetime, duration_s: float = 600.0) -> HistoryEntry:
    return HistoryEntry("desk-break", "Desk break", started, duration_s, "finished", STEPS)


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_without_a_history_it_says_so_and_creates_nothing(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, err = run(capsys, "history")
    assert code == 0 and err == ""
    assert "No sessions yet" in out
    assert not AppPaths.resolve().history_db.exists()
    code, out, _ = run(capsys, "history", "--csv")
    assert code == 0 and out.strip() == ",".join(HISTORY_CSV_COLUMNS)


def test_the_summary_shows_streak_totals_and_last_sessions(
    capsys: pytest.CaptureFixture[str],
) -> None:
    record(
        session(today_at(12, days_ago=20)),  # long ago: all time, not this week
        session(today_at(12, days_ago=1)),
        session(today_at(12)),
        session(today_at(13), duration_s=8.0),  # an abandoned start: listed, not counted
    )
    code, out, err = run(capsys, "history")
    assert code == 0 and err == ""
    assert "Streak: 2 days (best: 2 days)" in out
    # Per stretch, this week and all time (2 or 3 sessions of 240 s / 30 s, in counted ones).
    lines = out.splitlines()
    cat_cow = next(line for line in lines if line.startswith("Cat-Cow"))
    this_week = 2 if date.today().weekday() >= 1 else 1  # yesterday is this week from Tuesday
    assert cat_cow.split()[1:] == [str(this_week * 4), "min", "12", "min"]
    assert any(line.startswith("Figure four (left)") for line in lines)
    assert not any("right" in line for line in lines if line.startswith("Figure four"))
    assert "Last sessions:" in out
    listed = [line for line in lines if "Desk break" in line]
    assert len(listed) == 4
    assert "(not counted: under a minute)" in listed[0]  # newest first


def test_csv_has_one_row_per_session_with_its_steps_summarised(
    capsys: pytest.CaptureFixture[str],
) -> None:
    record(session(today_at(7, days_ago=1)), session(today_at(8), duration_s=8.0))
    code, out, err = run(capsys, "history", "--csv")
    assert code == 0 and err == ""
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [r["counted"] for r in rows] == ["yes", "no"]  # oldest first
    first = rows[0]
    assert first["routine_id"] == "desk-break" and first["duration_s"] == "600"
    assert first["held_s"] == "270"
    assert first["steps"] == (
        "cat-cow 240s completed; figure-four left 30s completed; figure-four right skipped"
    )
    assert datetime.fromisoformat(first["started_at"]) == today_at(7, days_ago=1)


def test_a_reader_that_stops_early_ends_it_quietly(tmp_path: Path) -> None:
    start = today_at(7, days_ago=3000)
    record(*(session(start + timedelta(hours=12 * i)) for i in range(3000)), fast=True)
    proc = subprocess.Popen(
        [sys.executable, "-m", "stretchguide", "history", "--csv"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    assert proc.stdout is not None and proc.stderr is not None
    assert proc.stdout.readline().decode().startswith("started_at,")
    proc.stdout.close()  # as `| head -1` does: the rest of the 3,000 rows meet a closed pipe
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=60) == 0
    assert err == ""

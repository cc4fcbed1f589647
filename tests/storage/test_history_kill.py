"""The history survives ``kill -9`` at any moment: committed sessions stay, half ones vanish.

A child Python process writes to the history and is SIGKILLed by the test at a chosen point;
the test then reopens the file and checks it. Nothing here sleeps: the test waits for the
child's own "I got this far" lines.
"""

from __future__ import annotations

import os
import select
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from stretchguide.storage.history import History

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs SIGKILL")

REPO = Path(__file__).resolve().parents[2]

CHILD = r"""
import sys, time
from datetime import UTC, datetime, timedelta
from stretchguide.storage.history import History
from stretchguide.storage.history_records import HistoryEntry, StepEntry

path, mode = sys.argv[1], sys.argv[2]
history = History(path)

def entry(i, steps):
    return HistoryEntry(
        routine_id=f"r{i}",
        routine_title=f"Routine {i}",
        started_at=datetime(2024, 5, 1, tzinfo=UTC) + timedelta(hours=i),
        duration_s=60.0 * (i + 1),
        ended_by="finished",
        steps=tuple(
            StepEntry(k, "figure-four", "hold", "completed", 30.0, side="left")
            for k in range(steps)
        ),
    )

if mode == "mid-transaction":
    for i in range(3):
        history.record(entry(i, 5))
    print("committed 3", flush=True)
    sys.stdin.readline()  # wait for the test to look at the file before going on
    # A tiny page cache makes SQLite spill the uncommitted rows into the WAL file, so the kill
    # really lands in the middle of writing, not before anything reached the disk.
    history._conn.execute("PRAGMA cache_size = 8")
    original = History._insert_steps

    def stall(self, session_id, steps):
        original(self, session_id, steps)
        print("in transaction", flush=True)
        time.sleep(600)  # the test kills us here, before COMMIT

    History._insert_steps = stall
    history.record(entry(3, 5000))
else:
    i = 0
    while True:
        history.record(entry(i, 50))
        print(i, flush=True)
        i += 1
"""


def start(db: Path, mode: str) -> subprocess.Popen[bytes]:
    env = dict(
        os.environ, PYTHONPATH=os.pathsep.join([str(REPO), os.environ.get("PYTHONPATH", "")])
    )
    return subprocess.Popen(
        [sys.executable, "-c", CHILD, str(db), mode],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        bufsize=0,
    )


def read_lines_until(
    proc: subprocess.Popen[bytes], done: Callable[[list[str]], bool], timeout: float = 60.0
) -> list[str]:
    """The child's output lines, read as they come until ``done(lines)`` holds.

    Each call starts afresh, so the child must not print past what the test waits for before
    the test answers (the mid-transaction child waits on its stdin).
    """
    assert proc.stdout is not None
    deadline = time.monotonic() + timeout
    buffer = b""
    while True:
        lines = buffer.decode().splitlines()[: buffer.count(b"\n")]
        if done(lines):
            return lines
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            proc.kill()
            pytest.fail(f"child too slow; output so far: {lines}")
        ready, _, _ = select.select([proc.stdout], [], [], remaining)
        if ready:
            chunk = os.read(proc.stdout.fileno(), 65536)
            if not chunk:
                proc.wait()
                assert proc.stderr is not None
                pytest.fail(f"child exited early: {proc.stderr.read().decode()}")
            buffer += chunk


def kill(proc: subprocess.Popen[bytes]) -> None:
    os.kill(proc.pid, signal.SIGKILL)
    assert proc.wait(timeout=30) == -signal.SIGKILL
    for stream in (proc.stdin, proc.stdout, proc.stderr):
        assert stream is not None
        stream.close()


def integrity(db: Path) -> list[tuple[str]]:
    conn = sqlite3.connect(db)
    try:
        return conn.execute("PRAGMA integrity_check").fetchall()
    finally:
        conn.close()


def test_kill_inside_a_session_transaction_keeps_exactly_the_earlier_sessions(
    tmp_path: Path,
) -> None:
    db = tmp_path / "history.sqlite3"
    proc = start(db, "mid-transaction")
    read_lines_until(proc, lambda lines: "committed 3" in lines)
    wal = Path(f"{db}-wal")
    wal_after_commits = wal.stat().st_size
    assert proc.stdin is not None
    proc.stdin.write(b"go\n")
    read_lines_until(proc, lambda lines: "in transaction" in lines)
    assert wal.stat().st_size > wal_after_commits  # uncommitted pages did reach the disk
    kill(proc)

    assert integrity(db) == [("ok",)]
    with History(db) as history:
        assert history.last_problem is None and history.persistent
        sessions = history.recent(100)
    assert [s.routine_id for s in sessions] == ["r2", "r1", "r0"]
    assert [len(s.steps) for s in sessions] == [5, 5, 5]
    assert [s.duration_s for s in sessions] == [180.0, 120.0, 60.0]


def test_kill_while_writing_in_a_loop_never_leaves_half_a_session(tmp_path: Path) -> None:
    db = tmp_path / "history.sqlite3"
    proc = start(db, "loop")
    lines = read_lines_until(proc, lambda lines: len(lines) >= 25)
    kill(proc)  # the child is still writing: the kill lands wherever it lands

    assert integrity(db) == [("ok",)]
    with History(db) as history:
        assert history.last_problem is None
        sessions = history.recent(100_000)
    committed = int(lines[-1]) + 1
    assert len(sessions) >= committed  # everything the child saw committed is there
    assert {len(s.steps) for s in sessions} == {50}  # and no session is partial
    assert sorted(int(s.routine_id[1:]) for s in sessions) == list(range(len(sessions)))

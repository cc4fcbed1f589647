"""Files written by release 0.1 (``tests/fixtures/release-0.1``) open in this release.

The fixtures were written by the first release's own code and are never regenerated: if a
change makes them unreadable, or loses a session or a setting on the way, these tests fail.
"""

from __future__ import annotations

import shutil
import sqlite3
from datetime import UTC, date
from pathlib import Path

import pytest

from stretchguide.storage import history as history_module
from stretchguide.storage.history import History
from stretchguide.storage.paths import AppPaths
from stretchguide.storage.settings_store import SettingsStore

RELEASE_0_1 = Path(__file__).resolve().parents[1] / "fixtures" / "release-0.1" / "home"


@pytest.fixture
def old_home(tmp_path: Path) -> AppPaths:
    """A copy of release 0.1's folders (the fixtures themselves are never written)."""
    shutil.copytree(RELEASE_0_1, tmp_path / "home")
    return AppPaths.under(tmp_path / "home")


def sessions_in(db: Path) -> list[tuple[object, ...]]:
    """Every session and step row, read with plain SQLite (not through the code under test)."""
    conn = sqlite3.connect(f"{db.as_uri()}?mode=ro", uri=True)
    try:
        return conn.execute(
            "SELECT s.id, s.routine_id, s.started_at, s.duration_s, s.ended_by, t.seq,"
            " t.exercise, t.side, t.outcome, t.held_s"
            " FROM sessions s LEFT JOIN steps t ON t.session_id = s.id ORDER BY s.id, t.seq"
        ).fetchall()
    finally:
        conn.close()


def user_version(db: Path) -> int:
    conn = sqlite3.connect(db)
    try:
        return int(conn.execute("PRAGMA user_version").fetchone()[0])
    finally:
        conn.close()


def test_the_history_of_release_0_1_opens_with_every_session(old_home: AppPaths) -> None:
    with History(old_home.history_db, tz=UTC) as h:
        assert h.persistent and h.last_problem is None
        everything = h.recent(100)
        assert len(everything) == 7
        assert {e.routine_id for e in everything} == {"full-lower-back-and-glutes", "desk-break"}
        pain = next(e for e in everything if e.ended_by == "pain")
        assert [s.outcome for s in pain.steps] == ["completed", "pain", "not_reached"]
        # Five mornings in a row (23-27 November 2026); the 8-second start does not count.
        assert h.streaks(date(2026, 11, 27)) == (5, 5)
        assert len(h.recent(100, counted_only=True)) == 6
        totals = {(t.exercise, t.side): t.total_held_s for t in h.per_stretch_totals()}
        assert totals[("figure-four", "left")] == 5 * 30.0 + 12.0
        assert totals[("cat-cow", None)] == 5 * 240.0 + 180.0


def test_the_settings_of_release_0_1_load_as_they_were_saved(old_home: AppPaths) -> None:
    store = SettingsStore.for_paths(old_home)
    settings = store.load()
    assert store.last_problem is None and store.bad_copy is None
    assert settings.session.hold_scale == 1.5
    assert settings.session.countdown_from == 5
    assert settings.session.halfway_cue is False
    assert (settings.speech.rate, settings.speech.volume) == (140, 0.8)
    assert (settings.ui.theme, settings.ui.text_scale) == ("dark", 1.25)
    assert settings.reminders.enabled and settings.reminders.every_minutes == 30
    assert settings.reminders.day_start == "08:30"


# -- a later format --------------------------------------------------------------------------

#: Two made-up upgrades after format 2, as a later release might add them.
LATER = (
    ("ALTER TABLE sessions ADD COLUMN note TEXT",),
    ("CREATE INDEX sessions_routine ON sessions (routine_id)",),
)


def later_release(monkeypatch: pytest.MonkeyPatch, *upgrades: tuple[str, ...]) -> int:
    migrations = history_module.MIGRATIONS + upgrades
    monkeypatch.setattr(history_module, "MIGRATIONS", migrations)
    monkeypatch.setattr(history_module, "SCHEMA_VERSION", len(migrations))
    return len(migrations)


def test_an_upgrade_runs_in_one_go_and_keeps_a_copy_of_the_old_file(
    old_home: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = old_home.history_db
    before = sessions_in(db)
    latest = later_release(monkeypatch, *LATER)
    with History(db, tz=UTC) as h:
        assert h.persistent and h.last_problem is None
        assert len(h.recent(100)) == 7
    assert user_version(db) == latest
    assert sessions_in(db) == before
    backup = db.with_name("history.sqlite3.format-2.bak")
    assert user_version(backup) == 2
    assert sessions_in(backup) == before


def test_a_failed_upgrade_loses_nothing(
    old_home: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = old_home.history_db
    before = sessions_in(db)
    # The first upgrade succeeds inside the transaction; the second fails half-way through, on
    # the data (the old file has several sessions per routine), as real upgrades fail.
    later_release(
        monkeypatch,
        LATER[0],
        (
            "CREATE INDEX sessions_routine ON sessions (routine_id)",
            "CREATE UNIQUE INDEX one_session_per_routine ON sessions (routine_id)",
        ),
    )
    with History(db, tz=UTC) as h:
        assert not h.persistent
        assert h.last_problem is not None
        assert "could not be brought up to date" in h.last_problem
        assert "left as it was" in h.last_problem
    # Nothing of the upgrade stayed: the old format, the old columns, every session and step.
    assert user_version(db) == 2
    conn = sqlite3.connect(db)
    columns = {row[1] for row in conn.execute("PRAGMA table_info(sessions)")}
    conn.close()
    assert "note" not in columns and "held_s" not in columns  # nor the real 2 -> 3
    assert sessions_in(db) == before
    assert not [p.name for p in db.parent.iterdir() if ".bad-" in p.name]
    # And once the upgrade is fixed, the file upgrades with everything in it.
    monkeypatch.undo()
    later_release(monkeypatch, *LATER)
    with History(db, tz=UTC) as h:
        assert h.persistent and h.last_problem is None
        assert len(h.recent(100)) == 7
    assert sessions_in(db) == before


def test_a_copy_that_cannot_be_made_stops_the_upgrade(
    old_home: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = old_home.history_db
    before = sessions_in(db)
    later_release(monkeypatch, *LATER)
    blocker = db.with_name("history.sqlite3.format-2.bak.partial")
    blocker.mkdir()  # the copy cannot be written there
    with History(db, tz=UTC) as h:
        assert not h.persistent and h.last_problem is not None
    assert user_version(db) == 2
    assert sessions_in(db) == before

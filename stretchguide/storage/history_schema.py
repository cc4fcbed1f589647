"""The history file's schema and every upgrade from the first release's, in order.

A reader looking for "what is in the file" or "what changed between versions" finds it here;
``storage/history.py`` applies these statements (in one transaction, after keeping a copy) when
it opens an older file.
"""

from __future__ import annotations

from stretchguide.storage.history_records import COUNTED_SQL

SCHEMA_VERSION = 3

#: ``MIGRATIONS[n]`` upgrades a database at ``user_version`` n to n + 1.
MIGRATIONS: tuple[tuple[str, ...], ...] = (
    # 0 -> 1: the first schema.
    (
        """
        CREATE TABLE sessions (
            id INTEGER PRIMARY KEY,
            routine_id TEXT NOT NULL,
            routine_title TEXT NOT NULL,
            started_at TEXT NOT NULL,
            duration_s REAL NOT NULL CHECK (duration_s >= 0),
            finished INTEGER NOT NULL CHECK (finished IN (0, 1)),
            ended_by TEXT NOT NULL CHECK (ended_by IN ('finished', 'stopped', 'pain')),
            CHECK (finished = (ended_by = 'finished'))
        )
        """,
        "CREATE INDEX sessions_started_at ON sessions (started_at)",
        """
        CREATE TABLE steps (
            session_id INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
            seq INTEGER NOT NULL,
            step_index INTEGER NOT NULL,
            exercise TEXT,
            side TEXT,
            kind TEXT NOT NULL,
            outcome TEXT NOT NULL CHECK (outcome IN
                ('completed', 'skipped', 'pain', 'partial', 'not_reached')),
            held_s REAL NOT NULL CHECK (held_s >= 0),
            PRIMARY KEY (session_id, seq)
        )
        """,
    ),
    # 1 -> 2: the index per_stretch_totals() groups by. Kept as its own step so the upgrade path
    # is exercised (and tested) from the first release.
    ("CREATE INDEX steps_exercise_side ON steps (exercise, side)",),
    # 2 -> 3: a history of years (100,000 sessions) read in milliseconds. Each session keeps the
    # seconds held in it, so "does it count" is read from the session's own row, and the counted
    # sessions have an index of their own (streaks, the day and week figures, the recent list).
    # The per-stretch totals are kept up to date as sessions are recorded (one small row per
    # stretch and side) instead of being summed over every step each time the page opens.
    (
        "ALTER TABLE sessions ADD COLUMN held_s REAL NOT NULL DEFAULT 0 CHECK (held_s >= 0)",
        "UPDATE sessions SET held_s = (SELECT COALESCE(SUM(steps.held_s), 0) FROM steps"
        " WHERE steps.session_id = sessions.id)",
        # The calendar day (``date.toordinal()``) in the person's time zone of today.
        "ALTER TABLE sessions ADD COLUMN day INTEGER NOT NULL DEFAULT 0",
        "UPDATE sessions SET day = local_day(started_at)",
        f"CREATE INDEX sessions_counted ON sessions (started_at) WHERE {COUNTED_SQL}",
        f"CREATE INDEX sessions_counted_days ON sessions (day) WHERE {COUNTED_SQL}",
        # The days with at least one counted session, for the streaks.
        "CREATE TABLE practice_days (day INTEGER PRIMARY KEY)",
        f"INSERT INTO practice_days SELECT DISTINCT day FROM sessions WHERE {COUNTED_SQL}",
        """
        CREATE TABLE stretch_totals (
            exercise TEXT NOT NULL,
            side TEXT NOT NULL,  -- '' for a stretch without sides
            held_s REAL NOT NULL CHECK (held_s >= 0),
            times INTEGER NOT NULL CHECK (times >= 0),
            PRIMARY KEY (exercise, side)
        ) WITHOUT ROWID
        """,
        "INSERT INTO stretch_totals (exercise, side, held_s, times)"
        " SELECT exercise, COALESCE(side, ''), SUM(held_s), COUNT(*) FROM steps"
        " WHERE exercise IS NOT NULL AND held_s > 0"
        f" AND session_id IN (SELECT id FROM sessions WHERE {COUNTED_SQL})"
        " GROUP BY exercise, COALESCE(side, '')",
        "DROP INDEX steps_exercise_side",  # nothing groups the steps any more
    ),
)
assert len(MIGRATIONS) == SCHEMA_VERSION

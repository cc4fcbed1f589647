"""The session history: one SQLite file, written once per session.

Why it is shaped like this:

* A session is written in **one transaction when it ends** (``record``), never step by step. If
  the app is killed mid-session, at most that session is lost, and the file never holds half a
  session: SQLite either commits all of its rows or none.
* WAL mode with ``synchronous=FULL``: commits are durable, and a crash at any point leaves a file
  SQLite recovers by itself on the next open.
* The schema version lives in ``PRAGMA user_version`` and every upgrade is a numbered list of
  statements (``MIGRATIONS``). An old file is upgraded in place in **one** transaction, from its
  version straight to the current one, so it is upgraded or not at all; before that a copy of it
  is kept beside it (``history.sqlite3.format-N.bak``). If an upgrade fails, the file is left as
  it was (still readable by the release that wrote it) and this run keeps its history in memory.
  ``tests/fixtures/release-0.1`` holds files written by the first release; every later release
  must open them.
* Opening never crashes the app. A damaged file is kept beside the original
  (``history.sqlite3.bad-YYYYmmdd-HHMMSS``, with its ``-wal``) and a new history starts; a file
  from a newer version is left untouched and the history runs in memory for this run. Either way
  ``last_problem`` says so, for the UI to show.
* Times are stored as ISO 8601 in UTC, and each session also keeps the person's calendar day it
  was done on (``day``, in their time zone, ``tz``, the system's by default, when it was
  recorded): a session at 23:30 counts for that evening, not for the next day in Greenwich, and a
  flight to another time zone later does not move past sessions to other days and break a
  streak. Streaks and the day and week figures are then whole-number arithmetic in SQL over an
  index, quick at 100,000 sessions (``benchmarks/history_scale.py``).
"""

from __future__ import annotations

import contextlib
import csv
import itertools
import logging
import math
import sqlite3
from collections import defaultdict
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta, tzinfo
from pathlib import Path
from typing import Any

from stretchguide.storage.atomic import atomic_replace, reserve_temp_beside
from stretchguide.storage.history_records import (
    COUNTED_SQL,
    ENDED_BY,
    OUTCOMES,
    HistoryEntry,
    StepEntry,
    StretchTotal,
    counts,
)
from stretchguide.storage.history_schema import MIGRATIONS, SCHEMA_VERSION
from stretchguide.storage.recovery import Now, local_now, move_aside

log = logging.getLogger("stretchguide.storage")


class HistoryError(Exception):
    """A history read or write failed; the message is fit to show to the person."""


_SQLITE_CORRUPT = 11
_SQLITE_NOTADB = 26
_CSV_COLUMNS = (
    "session_id",
    "started_at",
    "routine_id",
    "routine_title",
    "duration_s",
    "finished",
    "ended_by",
    "step_index",
    "exercise",
    "side",
    "kind",
    "outcome",
    "held_s",
)


#: Every session and its steps, oldest first (``export_csv``, ``iter_sessions``).
EXPORT_SQL = (
    "SELECT s.id, s.started_at, s.routine_id, s.routine_title, s.duration_s,"
    " s.finished, s.ended_by, t.step_index, t.exercise, t.side, t.kind, t.outcome,"
    " t.held_s FROM sessions s LEFT JOIN steps t ON t.session_id = s.id"
    " ORDER BY s.started_at, s.id, t.seq"
)

#: ``(best, current)`` streaks; the parameters are today and yesterday as day numbers. A run of
#: consecutive days starts on a practice day whose day before is not one, and ends on one whose
#: day after is not one (each an index look-up); the k-th start and the k-th end make a run. A
#: window over every day ("gaps and islands") did the same with a sort, three times slower.
STREAKS_SQL = """
WITH firsts AS (SELECT day AS first, ROW_NUMBER() OVER (ORDER BY day) AS k FROM practice_days AS d
        WHERE NOT EXISTS (SELECT 1 FROM practice_days WHERE day = d.day - 1)),
    lasts AS (SELECT day AS last, ROW_NUMBER() OVER (ORDER BY day) AS k FROM practice_days AS d
        WHERE NOT EXISTS (SELECT 1 FROM practice_days WHERE day = d.day + 1)),
    runs AS (SELECT first, last FROM firsts JOIN lasts USING (k))
SELECT COALESCE(MAX(last - first + 1), 0),
    COALESCE(MAX(CASE WHEN first <= ?1 AND last >= ?2 THEN MIN(last, ?1) - first + 1 END), 0)
FROM runs
"""

#: Seconds held and times per exercise and side, in counted sessions.
TOTALS_SQL = (
    "SELECT exercise, NULLIF(side, ''), held_s, times FROM stretch_totals"
    " ORDER BY held_s DESC, exercise, side"
)


class _Damaged(Exception):
    """The file is not a usable history; the message completes "The history file…"."""


class _Newer(Exception):
    def __init__(self, version: int) -> None:
        super().__init__(version)
        self.version = version


class _NotUpgraded(Exception):
    """An upgrade of a good file failed; it was rolled back and the file is as it was."""


class History:
    """The session history at one SQLite file.

    Args:
        path: the database file (``AppPaths.history_db``).
        tz: the time zone days are counted in; ``None`` means the system's, per timestamp (so
            daylight-saving changes are right).
        now: the clock for bad-copy names.

    Attributes:
        last_problem: a sentence for the person if the file could not be used as it was.
        bad_copy: where a damaged file was kept, if one was.
        persistent: ``False`` when the history runs in memory (nothing will be kept).
    """

    def __init__(self, path: Path, *, tz: tzinfo | None = None, now: Now = local_now) -> None:
        self.path = Path(path)
        self.last_problem: str | None = None
        self.bad_copy: Path | None = None
        self._tz = tz
        self._now = now
        self._conn, self.persistent = self._open()

    # -- opening --------------------------------------------------------------------------------

    def _open(self) -> tuple[sqlite3.Connection, bool]:
        try:
            return self._open_file(), True
        except _Damaged as damage:
            reason = str(damage)
        except _Newer as newer:
            self.last_problem = (
                "The history was written by a newer version of StretchGuide "
                f"(format {newer.version}). It is left untouched, and sessions will not be "
                "recorded until StretchGuide is updated."
            )
            return self._in_memory(), False
        except _NotUpgraded as failure:
            self.last_problem = (
                f"The history could not be brought up to date ({failure}). It is left as it "
                "was, and sessions will not be recorded this time."
            )
            log.warning("%s", self.last_problem)
            return self._in_memory(), False
        except (sqlite3.Error, OSError) as exc:
            self.last_problem = (
                f"The history could not be opened ({exc}); sessions will not be recorded this time."
            )
            return self._in_memory(), False
        try:
            self.bad_copy = move_aside(self.path, self._now(), companions=("-wal", "-shm"))
            conn = self._open_file()
        except (_Damaged, _Newer, sqlite3.Error, OSError) as exc:
            self.last_problem = (
                f"The history file {reason} and could not be replaced ({exc}); sessions will "
                "not be recorded this time."
            )
            return self._in_memory(), False
        self.last_problem = (
            f"The history file {reason}. It was kept as {self.bad_copy.name} and a new history "
            "was started."
        )
        log.warning("%s", self.last_problem)
        return conn, True

    def _open_file(self) -> sqlite3.Connection:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        if self.path.exists():
            _inspect(self.path)
        conn = sqlite3.connect(self.path, isolation_level=None, timeout=5.0)
        try:
            _prepare(conn, wal=True, tz=self._tz, backup_to=self.path)
        except BaseException:
            conn.close()
            raise
        return conn

    def _in_memory(self) -> sqlite3.Connection:
        conn = sqlite3.connect(":memory:", isolation_level=None)
        _prepare(conn, wal=False, tz=self._tz)
        return conn

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> History:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- writing --------------------------------------------------------------------------------

    def record(self, entry: HistoryEntry) -> int:
        """Store a finished (or stopped) session and all its steps in one transaction.

        Returns:
            The new session's id.

        Raises:
            ValueError: the entry is malformed (naive time, unknown outcome...): a bug upstream.
            HistoryError: the database refused the write; nothing of the entry was stored.
        """
        _validate(entry)
        held_s = sum(float(step.held_s) for step in entry.steps)
        day = entry.started_at.astimezone(self._tz).toordinal()
        try:
            with self._transaction():
                cursor = self._conn.execute(
                    "INSERT INTO sessions (routine_id, routine_title, started_at, duration_s,"
                    " finished, ended_by, held_s, day) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        entry.routine_id,
                        entry.routine_title,
                        _iso_utc(entry.started_at),
                        float(entry.duration_s),
                        int(entry.finished),
                        entry.ended_by,
                        held_s,
                        day,
                    ),
                )
                session_id = cursor.lastrowid
                assert session_id is not None
                self._insert_steps(session_id, entry.steps)
                if counts(entry.duration_s, held_s):
                    self._add_to_totals(entry.steps)
                    self._conn.execute("INSERT OR IGNORE INTO practice_days VALUES (?)", (day,))
        except sqlite3.Error as exc:
            raise HistoryError(f"The session could not be saved to the history ({exc}).") from exc
        return session_id

    def _insert_steps(self, session_id: int, steps: tuple[StepEntry, ...]) -> None:
        self._conn.executemany(
            "INSERT INTO steps (session_id, seq, step_index, exercise, side, kind, outcome,"
            " held_s) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                (
                    session_id,
                    seq,
                    step.index,
                    step.exercise,
                    step.side,
                    step.kind,
                    step.outcome,
                    float(step.held_s),
                )
                for seq, step in enumerate(steps)
            ),
        )

    def _add_to_totals(self, steps: tuple[StepEntry, ...]) -> None:
        self._conn.executemany(
            "INSERT INTO stretch_totals (exercise, side, held_s, times) VALUES (?, ?, ?, 1)"
            " ON CONFLICT (exercise, side) DO UPDATE"
            " SET held_s = held_s + excluded.held_s, times = times + 1",
            (
                (step.exercise, step.side or "", float(step.held_s))
                for step in steps
                if step.exercise is not None and step.held_s > 0
            ),
        )

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[None]:
        # IMMEDIATE takes the write lock up front, so a second instance waits (busy timeout)
        # instead of failing halfway through.
        self._conn.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            if self._conn.in_transaction:
                with contextlib.suppress(sqlite3.Error):
                    self._conn.execute("ROLLBACK")
            raise
        self._conn.execute("COMMIT")

    # -- queries --------------------------------------------------------------------------------

    def sessions_per_day(self, days: int, today: date) -> list[tuple[date, int]]:
        """Sessions started on each of the last ``days`` days, oldest first, zeros included."""
        if days <= 0:
            return []
        start = today - timedelta(days=days - 1)
        counts = dict(
            self._query(
                f"SELECT day, COUNT(*) FROM sessions WHERE {COUNTED_SQL} AND day BETWEEN ? AND ?"
                " GROUP BY day",
                (start.toordinal(), today.toordinal()),
            )
        )
        return [
            (start + timedelta(days=i), counts.get(start.toordinal() + i, 0)) for i in range(days)
        ]

    def streaks(self, today: date) -> tuple[int, int]:
        """``(current, best)`` runs of consecutive days with at least one session that counts.

        The current streak is still alive on a day without a session yet: it counts back from
        today if there was a session today, else from yesterday.

        Computed in SQL (``STREAKS_SQL``): only two numbers leave SQLite, however long the
        history.
        """
        day = today.toordinal()
        [(best, current)] = self._query(STREAKS_SQL, (day, day - 1))
        return int(current), int(best)

    def minutes_per_week(self, weeks: int, today: date) -> list[tuple[date, float]]:
        """Minutes of sessions in each of the last ``weeks`` weeks (Monday first), oldest first.

        Each week is given by its Monday; the current week is the last one.
        """
        if weeks <= 0:
            return []
        this_monday = today - timedelta(days=today.weekday())
        start = this_monday - timedelta(weeks=weeks - 1)
        end = this_monday + timedelta(days=7)
        seconds = dict(
            self._query(
                f"SELECT (day - ?1) / 7, SUM(duration_s) FROM sessions WHERE {COUNTED_SQL}"
                " AND day >= ?1 AND day < ?2 GROUP BY (day - ?1) / 7",
                (start.toordinal(), end.toordinal()),
            )
        )
        return [(start + timedelta(weeks=i), seconds.get(i, 0.0) / 60.0) for i in range(weeks)]

    def per_stretch_totals(self, since: date | None = None) -> list[StretchTotal]:
        """Seconds held and times done per exercise and side, most practised first.

        A step counts when it was actually held (``held_s > 0``), whatever its outcome, in a
        session that counts (see ``counts``). All time (kept up to date as sessions are
        recorded), or from the day ``since`` on (summed from those sessions' steps).
        """
        if since is None:
            rows = self._query(TOTALS_SQL)
        else:
            rows = self._query(
                "SELECT exercise, side, SUM(held_s), COUNT(*) FROM steps"
                " WHERE exercise IS NOT NULL AND held_s > 0 AND session_id IN"
                f" (SELECT id FROM sessions WHERE {COUNTED_SQL} AND day >= ?)"
                " GROUP BY exercise, side ORDER BY SUM(held_s) DESC, exercise, side",
                (since.toordinal(),),
            )
        return [StretchTotal(row[0], row[1], float(row[2]), int(row[3])) for row in rows]

    def recent(self, limit: int = 20, *, counted_only: bool = False) -> list[HistoryEntry]:
        """The last ``limit`` sessions with their steps, newest first.

        With ``counted_only``, only sessions that count (see ``counts``): the history page lists
        those, so a dozen abandoned starts never push real sessions off the list.
        """
        if limit <= 0:
            return []
        where = f" WHERE {COUNTED_SQL}" if counted_only else ""
        latest = f"SELECT id FROM sessions{where} ORDER BY started_at DESC, id DESC LIMIT ?"
        sessions = self._query(
            "SELECT id, routine_id, routine_title, started_at, duration_s, ended_by"
            f" FROM sessions WHERE id IN ({latest}) ORDER BY started_at DESC, id DESC",
            (limit,),
        )
        steps: defaultdict[int, list[StepEntry]] = defaultdict(list)
        for row in self._query(
            "SELECT session_id, step_index, exercise, side, kind, outcome, held_s FROM steps"
            f" WHERE session_id IN ({latest}) ORDER BY session_id, seq",
            (limit,),
        ):
            steps[row[0]].append(
                StepEntry(
                    index=row[1],
                    exercise=row[2],
                    side=row[3],
                    kind=row[4],
                    outcome=row[5],
                    held_s=row[6],
                )
            )
        return [
            HistoryEntry(
                id=row[0],
                routine_id=row[1],
                routine_title=row[2],
                started_at=datetime.fromisoformat(row[3]),
                duration_s=row[4],
                ended_by=row[5],
                steps=tuple(steps[row[0]]),
            )
            for row in sessions
        ]

    def export_csv(self, path: Path) -> int:
        """Write every session and step to ``path`` as CSV (atomically); returns the row count.

        One row per step, the session's columns repeated; a session without steps still gets one
        row with the step columns empty. Times are ISO 8601 UTC, as stored. The rows stream from
        SQLite to a temp file beside ``path``, which then replaces it: memory stays the same
        whatever the size of the history.

        Raises:
            HistoryError: the history could not be read.
            OSError: the file could not be written (any previous file is untouched).
        """
        tmp = reserve_temp_beside(Path(path))
        count = 0
        try:
            with open(tmp, "w", encoding="utf-8", newline="") as out:
                writer = csv.writer(out, lineterminator="\r\n")
                writer.writerow(_CSV_COLUMNS)
                for row in self._stream(EXPORT_SQL):
                    values = list(row)
                    values[5] = "true" if values[5] else "false"
                    writer.writerow(["" if v is None else v for v in values])
                    count += 1
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
        atomic_replace(tmp, path)
        return count

    def iter_sessions(self) -> Iterator[HistoryEntry]:
        """Every session with its steps, oldest first, read as it is consumed.

        For exports of any size (``stretchguide history --csv``): one session is in memory at a
        time. Stop iterating early (or close the generator) to stop reading.

        Raises:
            HistoryError: the history could not be read.
        """
        rows = self._stream(EXPORT_SQL)
        for _, group in itertools.groupby(rows, key=lambda row: row[0]):
            first, *rest = group
            steps = tuple(
                StepEntry(
                    index=row[7],
                    exercise=row[8],
                    side=row[9],
                    kind=row[10],
                    outcome=row[11],
                    held_s=row[12],
                )
                for row in (first, *rest)
                if row[7] is not None
            )
            yield HistoryEntry(
                id=first[0],
                started_at=datetime.fromisoformat(first[1]),
                routine_id=first[2],
                routine_title=first[3],
                duration_s=first[4],
                ended_by=first[6],
                steps=steps,
            )

    def _stream(self, sql: str, params: tuple[object, ...] = ()) -> Iterator[tuple[Any, ...]]:
        """The rows of ``sql`` one by one (``_query`` fetches them all)."""
        try:
            cursor = self._conn.execute(sql, params)
            while rows := cursor.fetchmany(500):
                yield from rows
        except sqlite3.Error as exc:
            raise HistoryError(f"The history could not be read ({exc}).") from exc

    def _query(self, sql: str, params: tuple[object, ...] = ()) -> list[tuple[Any, ...]]:
        try:
            return self._conn.execute(sql, params).fetchall()
        except sqlite3.Error as exc:
            raise HistoryError(f"The history could not be read ({exc}).") from exc


# -- helpers ------------------------------------------------------------------------------------


def _inspect(path: Path) -> None:
    """Check an existing file through a read-only connection before really opening it.

    Read-only, because closing a read-write connection lets SQLite checkpoint and delete the
    ``-wal`` file: on a damaged database that would destroy part of the evidence we keep aside.

    Raises:
        _Damaged: not a readable SQLite database, or it fails ``PRAGMA quick_check``.
        _Newer: a newer version of the app wrote it.
        sqlite3.Error: anything else (busy, unreadable...), which is not the file's fault.
    """
    conn = sqlite3.connect(
        f"{path.absolute().as_uri()}?mode=ro", uri=True, isolation_level=None, timeout=5.0
    )
    try:
        check = conn.execute("PRAGMA quick_check").fetchall()
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    except sqlite3.DatabaseError as exc:
        if _is_corruption(exc):
            raise _Damaged("is damaged") from exc
        raise
    finally:
        conn.close()
    if check != [("ok",)]:
        raise _Damaged("is damaged")
    if version > SCHEMA_VERSION:
        raise _Newer(version)


def _prepare(
    conn: sqlite3.Connection, *, wal: bool, tz: tzinfo | None, backup_to: Path | None = None
) -> None:
    """Set a connection up and bring the schema up to date (the file was inspected already).

    Args:
        tz: the time zone the upgrade counts old sessions' days in (``local_day`` in SQL).
        backup_to: the database's own path: before an existing history (format 1 or later) is
            upgraded, a copy is kept as ``<name>.format-N.bak`` beside it.

    Raises:
        _Damaged: a file with no format yet cannot take the schema (not our database after all).
        _NotUpgraded: the upgrade of a real history failed; it was rolled back.
        _Newer: a newer version of the app wrote it (written since the inspection).
        sqlite3.Error: anything else (busy, read-only...), which is not the file's fault.
    """
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    if version > SCHEMA_VERSION:
        raise _Newer(version)
    if wal:
        conn.execute("PRAGMA journal_mode = WAL").fetchall()
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    if version == SCHEMA_VERSION:
        return
    if version > 0 and backup_to is not None:
        _keep_copy(conn, backup_to.with_name(f"{backup_to.name}.format-{version}.bak"))
    conn.create_function(
        "local_day",
        1,
        lambda text: datetime.fromisoformat(text).astimezone(tz).toordinal(),
        deterministic=True,
    )
    try:
        conn.execute("BEGIN IMMEDIATE")
        for target in range(version + 1, SCHEMA_VERSION + 1):
            for statement in MIGRATIONS[target - 1]:
                conn.execute(statement)
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        conn.execute("COMMIT")
    except sqlite3.Error as exc:
        if conn.in_transaction:
            with contextlib.suppress(sqlite3.Error):
                conn.execute("ROLLBACK")
        if _is_transient(exc):
            raise
        if version == 0:
            raise _Damaged(f"could not be upgraded to format {SCHEMA_VERSION} ({exc})") from exc
        raise _NotUpgraded(f"format {version} to {SCHEMA_VERSION}: {exc}") from exc
    log.info("History upgraded from schema %d to %d", version, SCHEMA_VERSION)


def _keep_copy(conn: sqlite3.Connection, target: Path) -> None:
    """A consistent copy of the open database at ``target`` (SQLite's backup API), atomically.

    Raises:
        sqlite3.Error, OSError: the copy could not be made; the upgrade does not go ahead.
    """
    partial = target.with_name(target.name + ".partial")
    copy = sqlite3.connect(partial)
    try:
        conn.backup(copy)
    finally:
        copy.close()
    partial.replace(target)


def _is_corruption(exc: sqlite3.Error) -> bool:
    code = getattr(exc, "sqlite_errorcode", None)
    if isinstance(code, int):
        return (code & 0xFF) in (_SQLITE_CORRUPT, _SQLITE_NOTADB)
    text = str(exc).lower()
    return "malformed" in text or "not a database" in text


def _is_transient(exc: sqlite3.Error) -> bool:
    """Busy or locked: another instance is writing; that is no reason to set the file aside."""
    code = getattr(exc, "sqlite_errorcode", None)
    return isinstance(code, int) and (code & 0xFF) in (5, 6)


def _validate(entry: HistoryEntry) -> None:
    offset = entry.started_at.utcoffset()
    if offset is None:
        raise ValueError("HistoryEntry.started_at must be time-zone aware")
    if entry.ended_by not in ENDED_BY:
        raise ValueError(f"Unknown ended_by {entry.ended_by!r}")
    if not math.isfinite(entry.duration_s) or entry.duration_s < 0:
        raise ValueError(f"Bad duration_s {entry.duration_s!r}")
    for step in entry.steps:
        if step.outcome not in OUTCOMES:
            raise ValueError(f"Unknown outcome {step.outcome!r}")
        if not math.isfinite(step.held_s) or step.held_s < 0:
            raise ValueError(f"Bad held_s {step.held_s!r}")


def _iso_utc(moment: datetime) -> str:
    """Fixed-width UTC text (``2024-05-01T07:30:00+00:00``): sorts as it reads."""
    return moment.astimezone(UTC).isoformat(timespec="seconds")

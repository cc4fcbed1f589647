"""The history at 100,000 sessions: the page, one more session, the CSV export, the queries,
and start-up, each against its goal.

    .venv/bin/python benchmarks/history_scale.py                 # 100,000 sessions, ~3 minutes
    .venv/bin/python benchmarks/history_scale.py --sessions 20000  # run_all.py's short mode

The sessions are written through the app's own ``History.record`` into a fresh database in a
temporary ``STRETCHGUIDE_HOME`` (two a day, one in ten short or with nothing held, so the
"does it count" rule has work to do). Only while generating, the connection's ``synchronous``
is off: a commit then skips its fsync, which otherwise costs 7 ms a session on this machine and
would make the generation take twelve minutes; the measurements reopen the file as the app does.

* history page: from creating the page (``HistoryView`` on a ``HistoryService``, as the window
  has it) to the end of its first paint with the figures in. Goal < 200 ms.
* one more session: how long ``HistoryService.record`` holds the calling (GUI) thread, goal
  < 5 ms; and for information how long the worker thread takes to commit it, at this size and
  with an empty history (that one is the disk's fsync, not the history's size).
* CSV export: the peak of Python's allocations (``tracemalloc``) while ``export_csv`` writes
  every step of every session. Goal: < 2 MiB whatever the size (the rows stream to the file).
* streaks and per-stretch totals: their time at this size; the query plans are printed.
* start-up: the app's first frame with this history against an empty one, interleaved fresh
  processes (``ui_startup.py``'s probe). Goal <= 1.1x.
* ``stretchguide history --csv``: peak RSS (``VmHWM``) of the command at this size against a
  history of 1,000 sessions. Goal: at most 3 MiB more (memory flat: SQLite's page cache, which
  a small file never fills, is capped at 2 MiB; nothing else may grow).
"""

from __future__ import annotations

import argparse
import dataclasses
import functools
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import ui_startup

from stretchguide.storage import history as history_module
from stretchguide.storage.history import History
from stretchguide.storage.history_records import HistoryEntry, StepEntry
from stretchguide.storage.paths import AppPaths

FULL = (
    StepEntry(0, None, "briefing", "completed", 0.0),
    StepEntry(1, "cat-cow", "warmup", "completed", 240.0),
    StepEntry(2, "figure-four", "hold", "completed", 30.0, side="left"),
    StepEntry(2, "figure-four", "hold", "completed", 30.0, side="right"),
    StepEntry(3, "knee-to-chest", "hold", "completed", 30.0),
    StepEntry(4, "childs-pose", "hold", "skipped", 0.0),
)
SKIPPED = tuple(dataclasses.replace(s, outcome="skipped", held_s=0.0) for s in FULL)


def entry(i: int, start: datetime, rng: random.Random) -> HistoryEntry:
    """Session ``i``: mornings and evenings, now and then a day off, a short try or a skip."""
    day, evening = divmod(i, 2)
    moment = start + timedelta(days=day, hours=7 + 11 * evening, minutes=rng.randrange(60))
    kind = rng.random()
    if kind < 0.05:
        return HistoryEntry("desk-break", "Desk break", moment, 9.0, "stopped", FULL[:2])
    if kind < 0.10:
        return HistoryEntry("desk-break", "Desk break", moment, 300.0, "finished", SKIPPED)
    return HistoryEntry(
        "full-lower-back-and-glutes", "Full lower back and glutes", moment, 612.0, "finished", FULL
    )


def generate(db: Path, sessions: int, today: date) -> None:
    """``sessions`` sessions up to ``today`` through ``History.record``."""
    rng = random.Random(15)
    start = datetime.combine(today, datetime.min.time(), tzinfo=UTC) - timedelta(
        days=sessions // 2 + 1
    )
    with History(db, tz=UTC) as history:
        history._conn.execute("PRAGMA synchronous = OFF")  # generation only, see the docstring
        for i in range(sessions):
            history.record(entry(i, start, rng))


def median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


def result(
    name: str, measured: float, unit: str, goal: str, ok: bool | None, **extra: float
) -> None:
    parts = [f'RESULT name="{name}" measured={measured:.4g}']
    if "baseline" in extra:
        parts.append(f"baseline={extra['baseline']:.4g}")
    parts.append(f'unit={unit} goal="{goal}"')
    if ok is not None:
        parts.append(f"ok={'yes' if ok else 'no'}")
    print(" ".join(parts), flush=True)


def measure_page(db: Path, today: date, runs: int = 5) -> float:
    """Median ms from creating the history page to the end of its first paint with figures."""
    from PySide6.QtWidgets import QApplication

    from stretchguide.storage.history_service import HistoryService
    from stretchguide.ui.history.view import HistoryView

    app = QApplication.instance() or QApplication([])
    service = HistoryService(db, tz=UTC)
    service.last_problem().result()  # opened
    samples = []
    for _ in range(runs + 1):  # the first builds Qt's caches: left out
        done: list[bool] = []
        t0 = time.perf_counter()
        view = HistoryView(service, today=lambda: today, tz=UTC)
        view.refreshed.connect(functools.partial(done.append, True))
        view.resize(1024, 700)
        view.show()
        view.refresh()
        while not done:
            app.processEvents()
            time.sleep(0.0005)
        view.repaint()  # paints now, with the figures
        samples.append(time.perf_counter() - t0)
        view.close()
        view.deleteLater()
        app.processEvents()
    service.close()
    return median_ms(samples[1:])


def measure_record(db: Path, today: date, runs: int = 30) -> tuple[float, float]:
    """Median ms the calling thread is held by ``record``, and the worker's commit time."""
    from stretchguide.storage.history_service import HistoryService

    service = HistoryService(db, tz=UTC)
    service.last_problem().result()
    rng = random.Random(1)
    start = datetime.combine(today, datetime.min.time(), tzinfo=UTC)
    held, committed = [], []
    for i in range(runs):
        one = entry(i, start, rng)
        t0 = time.perf_counter()
        future = service.record(one)
        held.append(time.perf_counter() - t0)
        future.result()
        committed.append(time.perf_counter() - t0)
    service.close()
    return median_ms(held), median_ms(committed)


def measure_export(db: Path, out: Path) -> float:
    """Peak MiB of Python allocations while exporting every row to CSV."""
    with History(db, tz=UTC) as history:
        tracemalloc.start()
        history.export_csv(out)
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    return peak / 2**20


def measure_queries(db: Path, today: date) -> tuple[float, float]:
    """Median ms of ``streaks`` and ``per_stretch_totals``; prints their query plans."""
    with History(db, tz=UTC) as history:
        streaks, totals = [], []
        for _ in range(5):
            t0 = time.perf_counter()
            history.streaks(today)
            streaks.append(time.perf_counter() - t0)
            t0 = time.perf_counter()
            history.per_stretch_totals()
            totals.append(time.perf_counter() - t0)
        day = today.toordinal()
        for name, sql, params in (
            ("streaks", history_module.STREAKS_SQL, (day, day - 1)),
            ("per-stretch totals", history_module.TOTALS_SQL, ()),
        ):
            print(f"query plan of {name}:")
            for row in history._conn.execute(f"EXPLAIN QUERY PLAN {sql}", params):
                print(f"    {row[3]}")
    return median_ms(streaks), median_ms(totals)


def first_frame(home: str) -> float:
    return ui_startup._run(ui_startup.APP, 300, home).painted_s


def measure_startup(empty_home: str, full_home: str, runs: int) -> tuple[float, float]:
    """Median seconds to the first frame with an empty history and with the big one."""
    for home in (empty_home, full_home):
        first_frame(home)  # warm-up: caches, settings, bytecode
    empty, full = [], []
    for _ in range(runs):
        empty.append(first_frame(empty_home))
        full.append(first_frame(full_home))
    return statistics.median(empty), statistics.median(full)


#: ``stretchguide history --csv`` as the command runs it, then its own peak RSS on stderr:
#: ``VmHWM``, which belongs to the new program (``ru_maxrss`` is carried over from the fork of
#: this big process, through exec, on Linux).
_CLI_PEAK = (
    "import sys\n"
    "from stretchguide.cli import main\n"
    "code = main(['history', '--csv'])\n"
    "sys.stdout.flush()\n"
    "hwm = next(line for line in open('/proc/self/status') if line.startswith('VmHWM:'))\n"
    "print('PEAK', hwm.split()[1], file=sys.stderr)\n"
    "sys.exit(code)\n"
)


def cli_peak_rss_mib(home: str) -> float:
    """Peak RSS of ``stretchguide history --csv`` (its output thrown away)."""
    done = subprocess.run(
        [sys.executable, "-c", _CLI_PEAK],
        env={**os.environ, "STRETCHGUIDE_HOME": home},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        check=False,
    )
    words = done.stderr.split()
    if done.returncode != 0 or "PEAK" not in words:
        raise RuntimeError(f"stretchguide history --csv failed: {done.stderr!r}")
    return int(words[words.index("PEAK") + 1]) / 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, default=100_000)
    parser.add_argument("--startup-runs", type=int, default=15)
    args = parser.parse_args()
    n = args.sessions
    today = date.today()
    ok = True
    with tempfile.TemporaryDirectory() as tmp:
        empty_home, full_home = os.path.join(tmp, "empty"), os.path.join(tmp, "full")
        empty_db = AppPaths.under(empty_home).ensure().history_db
        full_db = AppPaths.under(full_home).ensure().history_db
        t0 = time.perf_counter()
        generate(full_db, n, today)
        History(empty_db).close()
        print(f"{n} sessions generated in {time.perf_counter() - t0:.1f} s", flush=True)
        size = f"{n // 1000}k"

        page = measure_page(full_db, today)
        ok &= page < 200
        result(f"history page opens and draws, {size} sessions", page, "ms", "<200 ms", page < 200)

        held, committed = measure_record(full_db, today)
        _, committed_empty = measure_record(empty_db, today)
        ok &= held < 5
        result(f"record a session: GUI thread held, {size}", held, "ms", "<5 ms", held < 5)
        result(
            f"record a session: worker commit (fsync), {size} vs empty",
            committed,
            "ms",
            "(information)",
            None,
            baseline=committed_empty,
        )

        peak = measure_export(full_db, Path(tmp) / "export.csv")
        ok &= peak < 2
        result(f"CSV export, peak Python memory, {size}", peak, "MiB", "<2 MiB", peak < 2)

        streaks, totals = measure_queries(full_db, today)
        result(f"streaks query, {size}", streaks, "ms", "<50 ms", streaks < 50)
        result(f"per-stretch totals query, {size}", totals, "ms", "<50 ms", totals < 50)
        ok &= streaks < 50 and totals < 50

        empty_s, full_s = measure_startup(empty_home, full_home, args.startup_runs)
        good = full_s <= 1.1 * empty_s
        ok &= good
        result(
            f"first frame with {size} sessions vs none",
            full_s,
            "s",
            "<=1.1x",
            good,
            baseline=empty_s,
        )

        # Against a history of 1,000 sessions, not an empty one: reading any history fills
        # SQLite's page cache (2 MiB at most) once; what must not happen is growth after that.
        small_home = os.path.join(tmp, "small")
        generate(AppPaths.under(small_home).ensure().history_db, 1000, today)
        small_rss = cli_peak_rss_mib(small_home)
        full_rss = cli_peak_rss_mib(full_home)
        good = full_rss - small_rss <= 3
        ok &= good
        result(
            f"stretchguide history --csv, peak RSS, {size} vs 1k sessions",
            full_rss,
            "MiB",
            "growth <=3 MiB",
            good,
            baseline=small_rss,
        )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())

"""A library of 1,000 routine files (and 50 broken ones): start-up, scrolling, type-ahead, and
the broken files' reports, each against its goal.

    .venv/bin/python benchmarks/library_scale.py               # 1,000 files, 11 runs (~2 min)
    .venv/bin/python benchmarks/library_scale.py --runs 3      # run_all.py's short mode
    .venv/bin/python benchmarks/library_scale.py --instructions   # and callgrind's counts

The user's routine folder is filled with copies of the four built-ins under new ids and titles,
and 50 files that do not load (a hold of 5,000 s). Each start-up is a fresh process as the
desktop entry starts it (``ui_startup.py``'s probe), interleaved with the baseline:

* first frame, first start (none of the person's files parsed yet: their parse cache is
  removed) against the four built-ins alone: goal <= 1.3x;
* first frame, second start (every file's parse cached from the start before): goal <= 1.1x;
* when all the person's routines are in the list (they are read on a worker thread after the
  first frame), first and second start (information);
* in one process, the longest gap of a 5 ms timer while the person's files are read in the
  background after the first frame, while the list is scrolled from top to bottom a screenful
  at a time, while a title is typed (type-ahead) far down the list, and while the library is
  read again after a routine is saved and after one is deleted (``LibraryActions.reload``, as
  the editor, import and delete call it): goal < 50 ms;
* ``stretchguide routines``: each broken file named once on stderr, and all 1,000 others loaded.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import ui_startup

REPO = Path(__file__).resolve().parent.parent
BROKEN = 50


def fill(folder: Path, valid: int) -> None:
    """``valid`` copies of the built-ins under ids of their own, and ``BROKEN`` broken files."""
    folder.mkdir(parents=True, exist_ok=True)
    texts = [p.read_text("utf-8") for p in sorted((REPO / "assets" / "routines").glob("*.toml"))]
    for i in range(valid):
        text = texts[i % len(texts)]
        text = re.sub(r'^id = ".*"', f'id = "copy-{i:04d}"', text, count=1, flags=re.M)
        text = re.sub(r'^title = "(.*)"', rf'title = "\1 {i:04d}"', text, count=1, flags=re.M)
        (folder / f"copy-{i:04d}.toml").write_text(text, "utf-8")
    for i in range(BROKEN):
        (folder / f"broken-{i:02d}.toml").write_text(
            f'schema = 1\nid = "broken-{i:02d}"\ntitle = "Broken {i}"\n\n[[steps]]\n'
            'kind = "hold"\nexercise = "figure-four"\nhold_s = 5000\n',
            "utf-8",
        )


def result(name: str, measured: float, unit: str, goal: str, ok: bool, **extra: float) -> None:
    baseline = f" baseline={extra['baseline']:.4g}" if "baseline" in extra else ""
    print(
        f'RESULT name="{name}" measured={measured:.4g}{baseline} unit={unit} goal="{goal}"'
        f" ok={'yes' if ok else 'no'}",
        flush=True,
    )


def first_frame(home: str, cold: bool = False) -> float:
    if cold:  # as on the first start after the files were added: none of them parsed before
        for cached in Path(home, "cache").glob("parsed-user-toml.*"):
            cached.unlink()
    return ui_startup._run(ui_startup.APP, 300, home).painted_s


def listed(home: str, cold: bool = False) -> float:
    """Seconds from the launch until every routine is in the list (the probe's LISTED line)."""
    if cold:
        for cached in Path(home, "cache").glob("parsed-user-toml.*"):
            cached.unlink()
    env = ui_startup.child_env(home, "30000")  # the app would quit after 30 s
    t0 = time.time()
    with subprocess.Popen(
        [sys.executable, "-m", "stretchguide"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    ) as app:
        assert app.stdout is not None
        for line in app.stdout:
            if line.startswith("LISTED"):
                app.terminate()
                return float(line.split()[1]) - t0
    return float("nan")  # not within the 30 s the app was given


def measure_startup(base: str, big: str, runs: int) -> tuple[float, float, float]:
    """Median first frame: the built-ins alone, 1,000 files cold, 1,000 files warm."""
    for home in (base, big):
        first_frame(home)
        first_frame(home)  # warm-up: bytecode, settings, pictures, the parse cache
    alone, cold, warm = [], [], []
    for _ in range(runs):
        alone.append(first_frame(base))
        cold.append(first_frame(big, cold=True))
        warm.append(first_frame(big))
    return statistics.median(alone), statistics.median(cold), statistics.median(warm)


def longest_stalls_ms(home: str, files: int) -> list[tuple[str, float, float]]:
    """The longest gaps of a 5 ms timer while the person's files are read in the background
    (from the first frame until they are all listed, and 2 s more: their summaries and cues are
    made in the background too), while the list scrolls through, while titles are typed, and
    while the library is read again after a routine is saved and after it is deleted (each
    until the list shows it, or no longer does, and 0.5 s more).

    Each as (what, wall-clock gap, the GUI thread's own CPU time in that gap): on a loaded
    machine the wall clock counts the time other processes had the core; the CPU time is what
    the app itself did in the gap (not counting waits for the interpreter lock)."""
    os.environ["STRETCHGUIDE_HOME"] = home
    from PySide6.QtCore import QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from stretchguide.storage.library_loader import load_catalog_and_builtins
    from stretchguide.storage.paths import AppPaths
    from stretchguide.ui.app import build_window

    app = QApplication.instance() or QApplication([])
    catalog, builtins, everything = load_catalog_and_builtins()
    window = build_window(
        app, AppPaths.resolve(), catalog, builtins, speech=False, more_routines=everything
    )
    window.resize(1024, 600)
    window.show()
    view = window.library_view.routine_list
    gaps: list[tuple[float, float]] = []
    last = [time.perf_counter(), time.thread_time()]

    def tick() -> None:
        now, cpu = time.perf_counter(), time.thread_time()
        gaps.append((now - last[0], cpu - last[1]))
        last[:] = [now, cpu]

    def longest() -> tuple[float, float]:
        wall = max(gap[0] for gap in gaps) * 1000
        cpu = max(gap[1] for gap in gaps) * 1000
        gaps.clear()
        return wall, cpu

    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(tick)

    def run_for(seconds: float) -> None:
        end = time.perf_counter() + seconds
        while time.perf_counter() < end:
            app.processEvents()
            time.sleep(0.001)

    while not window._warmed:  # the first frame
        app.processEvents()
    timer.start()
    last[:] = [time.perf_counter(), time.thread_time()]
    while view.count() < files + 4:
        run_for(0.01)
    run_for(2.0)
    loading = longest()
    bar = view.verticalScrollBar()
    while bar.value() < bar.maximum():
        bar.setValue(bar.value() + bar.pageStep())
        run_for(0.016)
    scrolling = longest()
    view.setFocus()
    for letters in ("Desk break 05", "Lower back relief 09"):
        QTest.keyClicks(view, letters, delay=30)
        run_for(0.6)  # the type-ahead interval: the next title is a new search
    typing = longest()
    reloading = reload_gaps(window, run_for, longest)
    timer.stop()
    window.close()
    return [
        ("reading in the background", *loading),
        ("scrolling", *scrolling),
        ("type-ahead", *typing),
        ("reloading after a save and a delete", *reloading),
    ]


def reload_gaps(
    window: Any, run_for: Callable[[float], None], longest: Callable[[], tuple[float, float]]
) -> tuple[float, float]:
    """The longest gap while a routine is saved (a new file, as the editor writes it) and the
    library read again, until the list has it and selects it; then while it is deleted and the
    library read again, until the list no longer has it."""
    actions = window.library_actions
    mine = actions.user_routines
    text = (REPO / "assets" / "routines" / "desk-break.toml").read_text("utf-8")
    text = re.sub(r'^id = ".*"', 'id = "just-saved"', text, count=1, flags=re.M)
    run_for(0.5)
    longest()  # what came before is not the reload's
    mine.save_routine_text("just-saved", text)
    actions.reload("just-saved")
    while window.library_view.current_id() != "just-saved":
        run_for(0.01)
    run_for(0.5)
    mine.delete("just-saved")
    actions.reload()
    while window.library.get("just-saved") is not None:
        run_for(0.01)
    run_for(0.5)
    return longest()


def instructions(base: str, big: str) -> tuple[int, int]:
    """Instructions to the window shown (``startup_instructions.py``'s count), the built-ins
    alone against 1,000 files with their parse cache warm: the noise-free view of the ratio."""
    from startup_instructions import _count

    app = [sys.executable, "-m", "stretchguide"]
    return _count(app, base), _count(app, big)


def broken_reports(home: str) -> tuple[int, dict[str, int]]:
    """Routines listed by ``stretchguide routines``, and how often each broken file is named."""
    done = subprocess.run(
        [sys.executable, "-m", "stretchguide", "routines", "--json"],
        env={**os.environ, "STRETCHGUIDE_HOME": home},
        capture_output=True,
        text=True,
        check=True,
    )
    import json

    routines = json.loads(done.stdout)["routines"]
    named = {
        f"broken-{i:02d}.toml": done.stderr.count(f"broken-{i:02d}.toml") for i in range(BROKEN)
    }
    return len(routines), named


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=11)
    parser.add_argument(
        "--instructions", action="store_true", help="also count instructions (needs valgrind)"
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        base, big = os.path.join(tmp, "builtins"), os.path.join(tmp, "big")
        fill(Path(big, "data", "routines"), args.files)
        ok = True

        loaded, named = broken_reports(big)
        good = loaded == args.files + 4 and all(n == 1 for n in named.values())
        ok &= good
        once = sum(1 for n in named.values() if n == 1)
        result(
            f"{args.files} files: loaded, and broken files named once ({once}/{BROKEN})",
            loaded,
            "routines",
            f"={args.files + 4}, each broken file once",
            good,
        )

        alone, cold, warm = measure_startup(base, big, args.runs)
        good = cold <= 1.3 * alone
        ok &= good
        result(
            f"first frame, {args.files} files, first start",
            cold,
            "s",
            "<=1.3x",
            good,
            baseline=alone,
        )
        good = warm <= 1.1 * alone
        ok &= good
        result(
            f"first frame, {args.files} files, second start",
            warm,
            "s",
            "<=1.1x",
            good,
            baseline=alone,
        )

        if args.instructions and shutil.which("valgrind"):
            alone_i, big_i = instructions(base, big)  # both homes warmed by measure_startup
            good = big_i <= 1.1 * alone_i
            ok &= good
            result(
                f"start-up instructions, {args.files} files, second start (M)",
                big_i / 1e6,
                "M",
                "<=1.1x",
                good,
                baseline=alone_i / 1e6,
            )
        for cold in (True, False):
            start = "first" if cold else "second"
            seconds = statistics.median(listed(big, cold) for _ in range(1 + args.runs // 4))
            result(
                f"all routines listed, {args.files} files, {start} start",
                seconds,
                "s",
                "(information)",
                True,
            )
        for what, wall, cpu in longest_stalls_ms(big, args.files):
            good = wall < 50
            ok &= good
            result(f"longest stall, {what}, {args.files} files", wall, "ms", "<50 ms", good)
            result(
                f"longest stall, {what}, {args.files} files, GUI thread CPU",
                cpu,
                "ms",
                "(information)",
                True,
            )
        shutil.rmtree(tmp, ignore_errors=True)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())

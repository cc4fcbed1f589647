"""CPU time the app uses while a session plays on the real clock, against a bare Qt window.

Not a test: run ``python benchmarks/cpu_idle_session.py [--seconds 300]``.

Two processes run side by side for the same wall-clock time, both with the offscreen platform
and a temporary ``STRETCHGUIDE_HOME``:

* the app: ``python -m stretchguide play full-lower-back-and-glutes --no-speech`` (a session of
  more than 12 minutes, so it is still playing at the end: holds, countdowns, transitions);
* the baseline: a bare PySide6 ``QMainWindow`` of the same size, shown and idle.

Each one's CPU time (user + system, of the process and any children, from ``/proc/PID/stat``) is
sampled after a warm-up (start-up is not the cost being measured) and again at the end; the
difference over the wall time is the average share of one core. Goal: the app < 3 % of one core.
Linux only (reads /proc). The last line is machine-readable for ``benchmarks/run_all.py``.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
GOAL_PCT = 3.0
ROUTINE = "full-lower-back-and-glutes"

BARE = """
import sys
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
w = QMainWindow()
w.setWindowTitle("bare")
w.resize(1180, 760)
w.show()
sys.exit(app.exec())
"""


def _ticks(pid: int) -> int:
    """utime + stime of one process, in clock ticks (fields 14 and 15 of /proc/PID/stat)."""
    stat = Path(f"/proc/{pid}/stat").read_text()
    fields = stat[stat.rindex(")") + 2 :].split()  # the name (field 2) may contain spaces
    return int(fields[11]) + int(fields[12])


def _descendants(pid: int) -> list[int]:
    children: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            text = stat.read_text()
        except OSError:
            continue
        ppid = int(text[text.rindex(")") + 2 :].split()[1])
        children.setdefault(ppid, []).append(int(stat.parent.name))
    found, todo = [], [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            found.append(child)
            todo.append(child)
    return found


def cpu_seconds(pid: int) -> float:
    """CPU time of a process and its live descendants (the speech worker, if speech is on)."""
    total = 0
    for p in [pid, *_descendants(pid)]:
        with contextlib.suppress(OSError, ValueError, IndexError):  # it exited meanwhile
            total += _ticks(p)
    return total / os.sysconf("SC_CLK_TCK")


def measure(
    seconds: float, warmup: float, platform: str = "offscreen", routine: str = ROUTINE
) -> dict[str, tuple[float, float, float]]:
    """``{name: (cpu seconds, wall seconds, % of one core)}`` for the baseline and the app."""
    with tempfile.TemporaryDirectory(prefix="stretchguide-cpu-") as home:
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": platform,
            "STRETCHGUIDE_HOME": home,
            "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")])),
        }
        commands = {
            "bare QMainWindow": [sys.executable, "-c", BARE],
            "StretchGuide session": [
                sys.executable,
                "-m",
                "stretchguide",
                "play",
                routine,
                "--no-speech",
            ],
        }
        logs = {name: Path(home, f"stderr-{i}.txt") for i, name in enumerate(commands)}
        procs = {}
        for name, cmd in commands.items():
            with logs[name].open("w") as log:  # a file, not a pipe: it never fills up and blocks
                procs[name] = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=log)
        try:
            time.sleep(warmup)
            start = {name: (time.monotonic(), cpu_seconds(p.pid)) for name, p in procs.items()}
            time.sleep(seconds)
            results = {}
            for name, p in procs.items():
                if p.poll() is not None:
                    log = logs[name].read_text(errors="replace")
                    raise RuntimeError(f"{name} exited early with {p.returncode}:\n{log}")
                wall = time.monotonic() - start[name][0]
                cpu = cpu_seconds(p.pid) - start[name][1]
                results[name] = (cpu, wall, 100.0 * cpu / wall)
        finally:
            for p in procs.values():
                p.terminate()
            for p in procs.values():
                try:
                    p.wait(5)
                except subprocess.TimeoutExpired:
                    p.kill()
                    p.wait()
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--seconds", type=float, default=300.0, help="measured wall time (default 300)"
    )
    parser.add_argument(
        "--warmup", type=float, default=5.0, help="start-up time left out (default 5)"
    )
    parser.add_argument(
        "--platform",
        default="offscreen",
        help="Qt platform (default offscreen; 'xcb' under xvfb-run also counts the drawing to X)",
    )
    parser.add_argument(
        "--routine", default=ROUTINE, help=f"the routine to play (default {ROUTINE})"
    )
    args = parser.parse_args()
    if not Path("/proc/self/stat").exists():
        print("cpu_idle_session: needs Linux's /proc", file=sys.stderr)
        return 2

    results = measure(args.seconds, args.warmup, args.platform, args.routine)
    bare = results["bare QMainWindow"][2]
    app = results["StretchGuide session"][2]
    print(
        f"CPU use while {args.routine} plays (speech off, {args.platform}), "
        f"{args.seconds:.0f} s measured after {args.warmup:.0f} s of start-up"
    )
    print(f"{'':<24}{'cpu s':>8}{'wall s':>8}{'% of a core':>13}")
    for name, (cpu, wall, pct) in results.items():
        print(f"{name:<24}{cpu:>8.2f}{wall:>8.1f}{pct:>13.2f}")
    ok = app < GOAL_PCT
    print(f"goal: the app < {GOAL_PCT:.0f}% of one core: {'met' if ok else 'NOT met'}")
    print(
        f'RESULT name="cpu_idle_session: CPU, {args.routine} playing (of one core)" '
        f'measured={app:.2f} baseline={bare:.2f} unit=% goal="<{GOAL_PCT:g} %" '
        f"ok={'yes' if ok else 'no'}"
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())

"""Start-up time and memory of the app against a bare PySide6 window, started the same way.

Not a test: run ``python benchmarks/ui_startup.py``. Each measurement is a fresh subprocess
(offscreen platform, a temporary STRETCHGUIDE_HOME), repeated 5 times; the median is reported.

* start-up: from just before the process is launched to the first turn of the event loop after
  ``show()`` (the window is on screen). Goal: at most 1.5x the bare window. The app is started
  as its desktop entry starts it: ``stretchguide``, no arguments.
* memory: VmRSS from /proc/<pid>/status two seconds into a played session (``play desk-break``,
  speech off) against the bare window after two seconds. Goal: at most 2x.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time

RUNS = 5

_PRELUDE = """
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
def rss_kb():
    for line in open('/proc/self/status'):
        if line.startswith('VmRSS:'):
            return int(line.split()[1])
def shown():
    print('SHOWN', time.time(), flush=True)
def measure():
    print('RSS', rss_kb(), flush=True)
    for w in QApplication.topLevelWidgets():
        w.close()
    app.quit()
QTimer.singleShot(0, shown)
QTimer.singleShot(WAIT_MS, measure)
"""

BARE = (
    _PRELUDE
    + """
w = QMainWindow()
w.setWindowTitle('bare')
w.resize(1180, 760)
w.show()
app.exec()
"""
)

#: The app is launched as a person launches it (``python -m stretchguide``, or ``play ROUTINE
#: --no-speech`` for the memory of a session); STRETCHGUIDE_PROBE_MS makes it report the same
#: two measurements as the bare window's prelude (see ``stretchguide.ui.app._startup_probe``).
APP = "python -m stretchguide [play --no-speech ROUTINE]"


def _run(code: str, wait_ms: int, play: str | None = None) -> tuple[float, int]:
    """One fresh process: the bare window's code, or the real ``python -m stretchguide``."""
    if code == APP:
        command = [sys.executable, "-m", "stretchguide"]
        command += ["play", "--no-speech", play] if play else []
    else:
        command = [sys.executable, "-c", code.replace("WAIT_MS", str(wait_ms))]
    with tempfile.TemporaryDirectory() as home:
        # A person's machine keeps compiled bytecode; a sandbox may forbid writing it, which
        # would time Python's compiler instead of the app (the warm-up run writes it).
        inherited = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        env = {
            **inherited,
            "QT_QPA_PLATFORM": "offscreen",
            "STRETCHGUIDE_HOME": home,
            "STRETCHGUIDE_PROBE_MS": str(wait_ms),
        }
        t0 = time.time()
        out = subprocess.run(command, env=env, capture_output=True, text=True, timeout=60).stdout
    shown = rss = None
    for line in out.splitlines():
        if line.startswith("SHOWN"):
            shown = float(line.split()[1]) - t0
        elif line.startswith("RSS"):
            rss = int(line.split()[1])
    if shown is None or rss is None:
        raise RuntimeError(f"child produced no measurement: {out!r}")
    return shown, rss


def main() -> int:
    _run(BARE, 50)  # warm-up: bytecode written, files in the page cache, for both alike
    _run(APP, 50)
    bare_start = [_run(BARE, 50)[0] for _ in range(RUNS)]
    app_start = [_run(APP, 50)[0] for _ in range(RUNS)]
    bare_rss = [_run(BARE, 2000)[1] for _ in range(RUNS)]
    app_rss = [_run(APP, 2000, play="desk-break")[1] for _ in range(RUNS)]
    rows = [
        (
            "start-up to window shown (s)",
            statistics.median(bare_start),
            statistics.median(app_start),
            1.5,
        ),
        (
            "RSS during a session (MiB)",
            statistics.median(bare_rss) / 1024,
            statistics.median(app_rss) / 1024,
            2.0,
        ),
    ]
    print(f"{'measure':<32}{'bare':>10}{'app':>10}{'ratio':>8}{'goal':>8}  ok")
    ok = True
    for name, bare, app, goal in rows:
        ratio = app / bare
        ok &= ratio <= goal
        print(
            f"{name:<32}{bare:>10.3f}{app:>10.3f}{ratio:>8.2f}{goal:>7.1f}x  "
            f"{'yes' if ratio <= goal else 'NO'}"
        )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())

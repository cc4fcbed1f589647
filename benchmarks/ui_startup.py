"""Start-up time and memory of the app against a bare PySide6 window, started the same way.

Not a test: run ``python benchmarks/ui_startup.py`` (about 90 s). Each measurement is a fresh
subprocess (offscreen platform), repeated 21 times, bare window and app alternating; the median
is reported. On a shared machine single launches, and whole runs, scatter by a fifth:
compare changes with ``startup_instructions.py``, whose count does not move.
The app's STRETCHGUIDE_HOME is one temporary folder for the whole run, filled by a first
warm-up launch, as a person's is after their first day: settings, the window's place, the
caches of parsed routine files and drawn pictures. The warm-up also writes Python's bytecode
for both programs.

* start-up: from just before the process is launched to the first turn of the event loop after
  ``show()`` (the window is on screen). Goal: at most 1.5x the bare window. The app is started
  as its desktop entry starts it: ``stretchguide``, no arguments.
* first frame (information): to the end of the window's first paint, for both.
* a text window (information): a bare window plus what any PySide6 window showing text pays
  before its own code runs: Qt's ``Qt`` namespace of enums (PySide6 builds 93 Python enums on
  first use) and the font database, with one plain-text label and a four-row list.
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
from typing import NamedTuple

RUNS = 21

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
class Window(QMainWindow):
    painted = False
    def paintEvent(self, event):
        super().paintEvent(event)
        if not self.painted:
            self.painted = True
            QTimer.singleShot(0, lambda: print('PAINTED', time.time(), flush=True))
QTimer.singleShot(0, shown)
QTimer.singleShot(WAIT_MS, measure)
"""

BARE = (
    _PRELUDE
    + """
w = Window()
w.setWindowTitle('bare')
w.resize(1180, 760)
w.show()
app.exec()
"""
)

TEXT_WINDOW = (
    _PRELUDE
    + """
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QListWidget, QVBoxLayout, QWidget
w = Window()
w.setWindowTitle('text')
body = QWidget()
layout = QVBoxLayout(body)
label = QLabel('Lower back relief')
label.setTextFormat(Qt.TextFormat.PlainText)
layout.addWidget(label)
rows = QListWidget()
rows.addItems(['Desk break', 'Deep glute release', 'Lower back relief', 'Full routine'])
layout.addWidget(rows)
w.setCentralWidget(body)
w.resize(1180, 760)
w.show()
app.exec()
"""
)

#: The app is launched as a person launches it (``python -m stretchguide``, or ``play ROUTINE
#: --no-speech`` for the memory of a session); STRETCHGUIDE_PROBE_MS makes it report the same
#: two measurements as the bare window's prelude (see ``stretchguide.app._startup_probe``).
APP = "python -m stretchguide [play --no-speech ROUTINE]"


class Sample(NamedTuple):
    shown_s: float
    painted_s: float
    rss_kb: int


def child_env(home: str, probe: str) -> dict[str, str]:
    """The environment of a measured process: offscreen, ``home`` as STRETCHGUIDE_HOME, the
    app's probe set to ``probe``, and bytecode allowed: a person's machine keeps compiled
    bytecode, and a sandbox that forbids writing it would time Python's compiler instead of
    the app (the warm-up run writes it)."""
    inherited = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    return {
        **inherited,
        "QT_QPA_PLATFORM": "offscreen",
        "STRETCHGUIDE_HOME": home,
        "STRETCHGUIDE_PROBE_MS": probe,
    }


def _run(code: str, wait_ms: int, home: str, play: str | None = None) -> Sample:
    """One fresh process: a bare window's code, or the real ``python -m stretchguide``."""
    if code == APP:
        command = [sys.executable, "-m", "stretchguide"]
        command += ["play", "--no-speech", play] if play else []
    else:
        command = [sys.executable, "-c", code.replace("WAIT_MS", str(wait_ms))]
    env = child_env(home, str(wait_ms))
    t0 = time.time()
    out = subprocess.run(command, env=env, capture_output=True, text=True, timeout=60).stdout
    marks: dict[str, float] = {}
    for line in out.splitlines():
        word, _, value = line.partition(" ")
        if word in ("SHOWN", "PAINTED", "RSS"):
            marks[word] = float(value)
    if not {"SHOWN", "PAINTED", "RSS"} <= marks.keys():
        raise RuntimeError(f"child produced no measurement: {out!r}")
    return Sample(marks["SHOWN"] - t0, marks["PAINTED"] - t0, int(marks["RSS"]))


def main() -> int:
    with tempfile.TemporaryDirectory() as home:
        return _measure(home)


def _measure(home: str) -> int:
    for code in (BARE, TEXT_WINDOW, APP):
        _run(code, 300, home)  # warm-up: bytecode, page cache and the app's home, for all alike
    bare: list[Sample] = []
    text: list[Sample] = []
    app: list[Sample] = []
    for _ in range(RUNS):  # interleaved, so a slow spell of the machine hits all three
        bare.append(_run(BARE, 300, home))
        text.append(_run(TEXT_WINDOW, 300, home))
        app.append(_run(APP, 300, home))
    bare_rss = [_run(BARE, 2000, home).rss_kb for _ in range(5)]
    app_rss = [_run(APP, 2000, home, play="desk-break").rss_kb for _ in range(5)]

    def median(samples: list[Sample], field: str) -> float:
        return statistics.median(getattr(s, field) for s in samples)

    rows: list[tuple[str, float, float, float | None]] = [
        (
            "start-up to window shown (s)",
            median(bare, "shown_s"),
            median(app, "shown_s"),
            1.5,
        ),
        ("start-up to first frame (s)", median(bare, "painted_s"), median(app, "painted_s"), None),
        ("text window, shown (s)", median(bare, "shown_s"), median(text, "shown_s"), None),
        (
            "RSS during a session (MiB)",
            statistics.median(bare_rss) / 1024,
            statistics.median(app_rss) / 1024,
            2.0,
        ),
    ]
    print(f"{'measure':<32}{'bare':>10}{'app':>10}{'ratio':>8}{'goal':>8}  ok")
    ok = True
    for name, base, measured, goal in rows:
        ratio = measured / base
        if goal is None:
            print(f"{name:<32}{base:>10.3f}{measured:>10.3f}{ratio:>8.2f}{'-':>8}  info")
            continue
        ok &= ratio <= goal
        print(
            f"{name:<32}{base:>10.3f}{measured:>10.3f}{ratio:>8.2f}{goal:>7.1f}x  "
            f"{'yes' if ratio <= goal else 'NO'}"
        )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())

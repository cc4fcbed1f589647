"""The longest stall of the event loop while a session plays on the real clock.

Not a test: run ``python benchmarks/ui_stalls.py [seconds]``. A 5 ms QTimer records the gap
between its firings while the real main window plays ``desk-break`` on the monotonic clock (about
10 s, offscreen), once with speech off and once with speech on (pyttsx3, if it can start here).
A gap far above 5 ms means something blocked the GUI thread. Goal: the longest gap < 50 ms.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("STRETCHGUIDE_HOME", tempfile.mkdtemp(prefix="stretchguide-bench-"))

GOAL_MS = 50.0


def measure(speech: bool, seconds: float) -> tuple[float, float, int, str]:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from stretchguide.core.assets import assets_dir, builtin_routines_dir
    from stretchguide.core.catalog_loader import load_catalog
    from stretchguide.core.loader import load_library
    from stretchguide.storage.paths import AppPaths
    from stretchguide.ui.app import build_window

    app = QApplication.instance() or QApplication(sys.argv[:1])
    paths = AppPaths.resolve()
    catalog = load_catalog(assets_dir())
    library = load_library(catalog, builtin_routines_dir(), paths.routines_dir)
    window = build_window(app, paths, catalog, library, speech=speech)
    window.show()
    window.start_routine("desk-break", count_in_s=0)
    speaker = type(window.speaker).__name__
    gaps: list[float] = []
    last = [time.perf_counter()]
    probe = QTimer()
    probe.setInterval(5)

    def on_probe() -> None:
        now = time.perf_counter()
        gaps.append((now - last[0]) * 1000)
        last[0] = now

    probe.timeout.connect(on_probe)
    probe.start()
    stop = QTimer()
    stop.setSingleShot(True)
    stop.timeout.connect(app.quit)
    stop.start(int(seconds * 1000))
    app.exec()
    probe.stop()
    window.close()
    gaps = gaps[1:]
    return max(gaps), statistics.quantiles(gaps, n=100)[98], len(gaps), speaker


def main() -> int:
    import stretchguide.ui  # noqa: F401 (the PySide6 work-around)

    seconds = float(sys.argv[1]) if len(sys.argv) > 1 else 10.0
    print(f"{'speech':<8}{'speaker':<18}{'ticks':>7}{'p99 gap ms':>12}{'max gap ms':>12}  ok")
    ok = True
    for speech in (False, True):
        worst, p99, n, speaker = measure(speech, seconds)
        ok &= worst < GOAL_MS
        print(
            f"{'on' if speech else 'off':<8}{speaker:<18}{n:>7}{p99:>12.1f}{worst:>12.1f}  "
            f"{'yes' if worst < GOAL_MS else 'NO'}"
        )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())

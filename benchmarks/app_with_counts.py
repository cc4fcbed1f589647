"""``python -m stretchguide`` as a person starts it, plus a count of what it holds every N seconds.

    .venv/bin/python benchmarks/app_with_counts.py 300     # a COUNTS line every 5 minutes

Run by ``tray_day.py``'s real-clock part (not on its own): a ``QTimer`` made right after the
``QApplication`` prints, on the GUI thread, one line each time::

    COUNTS t=SECONDS rss_kib=N qobjects=N timers=N widgets=N pyobjects=N fds=N threads=N cpu_s=S

(the first 15 s in, then every N seconds; ``cpu_s`` is the process's CPU time, its children
that ended included).

Qt objects are everything under the application object and the top-level widgets (the window,
the reminder window when it is up); timers are the running ``QTimer``s among them, this
counter's own included. A ``gc.collect()`` comes first, so a count is what is really kept.
"""

from __future__ import annotations

import gc
import os
import sys
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))


def _status(field: str) -> int:
    with open("/proc/self/status", encoding="ascii") as status:
        return next(int(x.split()[1]) for x in status if x.startswith(field + ":"))


def _count(app: Any, started: float) -> None:
    from PySide6.QtCore import QObject, QTimer

    gc.collect()
    owners = [app, *app.topLevelWidgets()]
    objects = {id(o): o for owner in owners for o in owner.findChildren(QObject)}
    timers = sum(1 for o in objects.values() if isinstance(o, QTimer) and o.isActive())
    print(
        f"COUNTS t={time.monotonic() - started:.1f} rss_kib={_status('VmRSS')}"
        f" qobjects={len(objects)} timers={timers} widgets={len(app.allWidgets())}"
        f" pyobjects={len(gc.get_objects())} fds={len(os.listdir('/proc/self/fd'))}"
        f" threads={_status('Threads')} cpu_s={sum(os.times()[:4]):.2f}",
        flush=True,
    )


def main() -> int:
    every_ms = int(float(sys.argv[1]) * 1000)
    started = time.monotonic()

    from PySide6.QtCore import QTimer

    from stretchguide.ui import theme

    made = theme.create_application

    def create_application(argv: list[str]) -> Any:
        app = made(argv)
        counter = QTimer(app)
        counter.timeout.connect(lambda: _count(app, started))
        counter.setInterval(every_ms)
        # The first count 15 s in, after start-up and what follows the first frame.
        QTimer.singleShot(15_000, app, lambda: (counter.start(), _count(app, started)))
        return app

    theme.create_application = create_application  # type: ignore[assignment]
    from stretchguide.cli import main as cli_main

    return int(cli_main([]))


if __name__ == "__main__":
    sys.exit(main())

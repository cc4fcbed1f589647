"""1,000 sessions in one process: nothing may grow (Python objects, Qt objects, timers, file
handles, memory).

    .venv/bin/python benchmarks/sessions_soak.py                  # 1,000 sessions (~4 min)
    .venv/bin/python benchmarks/sessions_soak.py --sessions 100   # run_all.py's short mode

The real ``MainWindow`` with a real ``SessionKeeper`` (the SQLite history on its worker thread,
the resume file) plays ``desk-break`` from the library to the finish screen and back, again and
again, on a fake clock with hand-fired timers (``tests.ui.fakes.TimerBank``) and a fake speaker
that forgets what it said. Start-up's work after the first frame is let to finish first, and
the counts are taken half-way and after the last session, so that what is made once (the menus,
the finish screen, the history's first use) is not taken for growth. Goals over the second
half: the same number of Qt objects under the window, of live timers and of open file handles;
Python objects (``gc.get_objects()``) up by less than 1,000; RSS up by less than 5 MiB.
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from stretchguide.core.clock import FakeClock  # noqa: E402
from stretchguide.core.settings import AppSettings  # noqa: E402
from stretchguide.speech.fake import RecordingSpeaker  # noqa: E402
from stretchguide.storage.history import History  # noqa: E402
from stretchguide.storage.history_service import HistoryService  # noqa: E402
from stretchguide.storage.resume import ResumeStore  # noqa: E402
from stretchguide.storage.session_keeper import SessionKeeper  # noqa: E402
from stretchguide.storage.settings_store import SettingsStore  # noqa: E402
from stretchguide.ui.main_window import MainWindow  # noqa: E402
from tests.core.helpers import catalog, library  # noqa: E402
from tests.ui.fakes import TimerBank  # noqa: E402

ROUTINE = "desk-break"


class ForgetfulSpeaker(RecordingSpeaker):
    """The test suite's fake speaker, emptied after every session (it records by design)."""

    def forget(self) -> None:
        self.utterances.clear()
        self.stops.clear()
        self.prepared.clear()
        self.applied.clear()


def counts(window: MainWindow, timers: TimerBank) -> dict[str, float]:
    """What the process holds now. The Python objects are counted last: the first
    ``findChildren(QObject)`` of a process makes PySide6 create the Python classes of every
    ``QObject`` subclass it might have to wrap (about 150 classes, their enums and method
    descriptors: 7,700 objects, once). Counted first, they made a one-time step of about
    8,000 objects appear between the first count and the second, wherever that fell."""
    qobjects = len(window.findChildren(QObject))
    running = sum(t.isActive() for t in window.findChildren(QTimer)) + len(timers.active())
    handles = len(os.listdir("/proc/self/fd"))
    with open("/proc/self/status", encoding="ascii") as status:
        rss_kb = next(int(x.split()[1]) for x in status if x.startswith("VmRSS:"))
    gc.collect()
    return {
        "Python objects": len(gc.get_objects()),
        "Qt objects under the window": qobjects,
        "Qt timers running": running,
        "open file handles": handles,
        "RSS (MiB)": rss_kb / 1024,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, default=1000)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        clock = FakeClock()
        timers = TimerBank(clock)
        speaker = ForgetfulSpeaker(clock.now)
        keeper = SessionKeeper(
            HistoryService(Path(tmp) / "history.sqlite3"),
            ResumeStore(Path(tmp) / "resume.json"),
            now=lambda: datetime(2026, 12, 1, 8, 0, tzinfo=UTC),
        )
        window = MainWindow(
            catalog(),
            library(),
            AppSettings(),
            SettingsStore(Path(tmp) / "settings.ini"),
            speaker_factory=lambda _settings: speaker,
            clock=clock,
            timer_factory=timers,
            keeper=keeper,
        )
        window.show()
        while not window._warmed:  # what start-up does after the first frame (menus, the
            app.processEvents()  # resume offer...) is done before the first count, not in it

        def one_session() -> None:
            window.library_view.select(ROUTINE)
            window.start_routine(ROUTINE, count_in_s=0)
            while window.driver is not None and window.driver.session.active:
                timers.run_for(60.0)
                window.driver.tick()
                app.processEvents()
            window.show_library()
            app.processEvents()
            # What the running event loop does between events, and processEvents() does not:
            # delete the objects given to deleteLater() (the last session's driver).
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
            speaker.forget()
            timers.timers[:] = [t for t in timers.timers if t.isActive()]  # the bank's own list

        half = args.sessions // 2
        for _ in range(half):
            one_session()
        before = counts(window, timers)
        for _ in range(args.sessions - half):
            one_session()
        after = counts(window, timers)
        keeper.close()
        recorded = len(History(Path(tmp) / "history.sqlite3").recent(10 * args.sessions))
        window.close()

    ok = recorded == args.sessions
    print(
        f'RESULT name="{args.sessions} sessions: recorded in the history" measured={recorded}'
        f' unit=sessions goal="={args.sessions}" ok={"yes" if ok else "no"}'
    )
    bounds = {"Python objects": 1000.0, "RSS (MiB)": 5.0}
    for name, value in after.items():
        growth = value - before[name]
        bound = bounds.get(name, 0.0)
        good = growth <= bound
        ok &= good
        goal = f"growth <= {bound:g}" if bound else "no growth"
        print(
            f'RESULT name="{args.sessions} sessions: {name}" measured={value:.6g}'
            f' baseline={before[name]:.6g} goal="{goal}" ok={"yes" if good else "no"}',
            flush=True,
        )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())

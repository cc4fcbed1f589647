"""Make the README screenshots from the real app in a real X server (Xvfb).

Run ``python scripts/screenshots.py``. It starts Xvfb on a free display, then runs itself again
as a child under that display (``--child``) with ``STRETCHGUIDE_HOME`` set to a temporary folder
and speech off. The child builds the real main window (with a hand-stepped clock, so the session
picture is taken at a chosen moment instead of after a real wait) and grabs it with
``QWidget.grab()``. Writes docs/screenshots/library.png, session.png, session-dark.png,
finish.png and history.png (the history is seeded with a few weeks of made-up sessions), then
library-1024x600.png and session-1024x600.png: the window at the size it opens at on a
1024x600 netbook screen (``MainWindow.fit_to_screen``), on the step with the longest instruction.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"
SIZE = (1280, 800)
SMALL = (1024, 600)
SHOTS = (
    "library.png",
    "session.png",
    "session-dark.png",
    "finish.png",
    "history.png",
    "library-1024x600.png",
    "session-1024x600.png",
)


def parent() -> int:
    sys.path.insert(0, str(ROOT))
    from tests import sandbox  # a private Xvfb: it picks a free display number itself

    try:
        with (
            sandbox.xvfb(f"{SIZE[0] + 80}x{SIZE[1] + 80}x24") as display,
            tempfile.TemporaryDirectory(prefix="stretchguide-shots-") as home,
        ):
            env = {
                **os.environ,
                "DISPLAY": display,
                "QT_QPA_PLATFORM": "xcb",
                "STRETCHGUIDE_HOME": home,
            }
            return subprocess.run(
                [sys.executable, __file__, "--child"], env=env, timeout=120
            ).returncode
    except sandbox.SandboxError as exc:
        print(f"screenshots: {exc}", file=sys.stderr)
        return 1


def child() -> int:
    from PySide6.QtCore import QRect, QTimer
    from PySide6.QtWidgets import QApplication

    from stretchguide.core.assets import assets_dir, builtin_routines_dir
    from stretchguide.core.catalog_loader import load_catalog
    from stretchguide.core.clock import FakeClock
    from stretchguide.core.loader import load_library
    from stretchguide.core.settings import UiSettings
    from stretchguide.storage.paths import AppPaths
    from stretchguide.ui.app import build_window
    from stretchguide.ui.theme import apply_theme

    app = QApplication(sys.argv[:1])
    app.setApplicationName("stretchguide")
    paths = AppPaths.resolve()
    catalog = load_catalog(assets_dir())
    library = load_library(catalog, builtin_routines_dir(), paths.routines_dir)
    _seed_history(paths.history_db)
    clock = FakeClock()
    window = build_window(app, paths, catalog, library, speech=False, clock=clock)
    window.resize(*SIZE)
    window.library_view.select("lower-back-relief")
    window.show()
    OUT.mkdir(parents=True, exist_ok=True)

    def settle() -> None:
        for _ in range(5):
            app.processEvents()

    def shoot() -> None:
        settle()
        window.grab().save(str(OUT / "library.png"))
        window.start_routine("lower-back-relief", count_in_s=0)
        driver = window.driver
        while driver.session.segment.exercise != "knee-to-chest":
            driver.next()
        clock.advance(driver.session.segment.lead_s + 12.4)
        driver.tick()
        settle()
        window.grab().save(str(OUT / "session.png"))
        apply_theme(app, UiSettings(theme="dark"))
        driver.tick()
        settle()
        window.grab().save(str(OUT / "session-dark.png"))
        apply_theme(app, UiSettings(theme="light"))
        driver.next()  # skip the right side, then play the rest through
        clock.advance(driver.session.total())
        driver.tick()
        settle()
        window.grab().save(str(OUT / "finish.png"))
        window.show_library()
        window.library_actions.show_history()
        QTimer.singleShot(500, shoot_history)

    def shoot_history() -> None:
        settle()
        window.grab().save(str(OUT / "history.png"))
        window.show_library()
        window.resize(*SIZE)
        window.fit_to_screen(QRect(0, 0, *SMALL))
        QTimer.singleShot(300, shoot_small)

    def shoot_small() -> None:
        settle()
        window.grab().save(str(OUT / "library-1024x600.png"))
        window.start_routine("deep-glute-release", count_in_s=0)
        driver = window.driver
        while "Cross your left ankle" not in driver.session.segment.instruction:
            driver.next()
        clock.advance(driver.session.segment.lead_s + 8.4)
        driver.tick()
        settle()
        window.grab().save(str(OUT / "session-1024x600.png"))
        window.close()
        app.quit()

    QTimer.singleShot(300, shoot)
    app.exec()
    for name in SHOTS:
        print(OUT / name)
    return 0


def _seed_history(db: Path) -> None:
    """A believable few weeks: most days a session, a streak running up to today."""
    import random
    from datetime import UTC, datetime, timedelta

    from stretchguide.storage.history import History
    from stretchguide.storage.history_records import HistoryEntry, StepEntry

    SIDED = ("knee-to-chest", "figure-four", "seated-glute")
    rng = random.Random(4)
    today = datetime.now(UTC).replace(hour=8, minute=0, second=0, microsecond=0)
    routines = [
        ("lower-back-relief", "Lower back relief", ["knee-to-chest", "cat-cow", "childs-pose"]),
        ("deep-glute-release", "Deep glute release", ["figure-four", "seated-glute"]),
        ("desk-break", "Desk break", ["seated-glute"]),
    ]
    with History(db) as history:
        for days_ago in range(27, -1, -1):
            if days_ago > 6 and rng.random() < 0.3:
                continue
            for _ in range(rng.choice([1, 1, 2])):
                rid, title, exercises = rng.choice(routines)
                steps = tuple(
                    StepEntry(i, ex, "hold", "completed", 30.0, side)
                    for i, ex in enumerate(exercises)
                    for side in (["left", "right"] if ex in SIDED else [None])
                )
                history.record(
                    HistoryEntry(
                        rid,
                        title,
                        today - timedelta(days=days_ago, hours=rng.randint(0, 9)),
                        60.0 * rng.randint(2, 12),
                        "finished",
                        steps,
                    )
                )


if __name__ == "__main__":
    sys.exit(child() if "--child" in sys.argv else parent())

"""Make the README screenshots from the real app in a real X server (Xvfb).

Run ``python scripts/screenshots.py``. It starts Xvfb on a free display, then runs itself again
as a child under that display (``--child``) with ``STRETCHGUIDE_HOME`` set to a temporary folder
and speech off. The child builds the real main window (with a hand-stepped clock, so the session
picture is taken at a chosen moment instead of after a real wait) and grabs it with
``QWidget.grab()``. Writes docs/screenshots/library.png, session.png, session-dark.png,
finish.png and history.png (the history is seeded with a few weeks of made-up sessions), then
library-1024x600.png and session-1024x600.png: the window at the size it opens at on a
1024x600 netbook screen (``MainWindow.fit_to_screen``), on the step with the longest instruction.

``--lang CODE`` (de, fr, es) makes the same pictures in that language, plus finish-1024x600.png
and history-1024x600.png, into docs/screenshots/CODE/: the language is set as the person's
setting (``ui/language``) in the temporary settings, as if chosen in Settings. Long German words
are what these are looked at for: no cut, elided or overlapping text.
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
LOCALISED_SHOTS = (
    "library.png",
    "session.png",
    "finish.png",
    "history.png",
    "library-1024x600.png",
    "session-1024x600.png",
    "finish-1024x600.png",
    "history-1024x600.png",
)
SHOTS = (
    "library.png",
    "session.png",
    "session-dark.png",
    "finish.png",
    "history.png",
    "library-1024x600.png",
    "session-1024x600.png",
)


def language_arg(argv: list[str]) -> str:
    """The ``--lang CODE`` given, or "" for the README's English pictures."""
    if "--lang" in argv:
        index = argv.index("--lang")
        if index + 1 < len(argv):
            return argv[index + 1]
    return ""


def parent() -> int:
    lang = language_arg(sys.argv)
    if lang:
        from stretchguide.core.languages import LANGUAGES

        if lang not in LANGUAGES:
            print(f"screenshots: --lang {lang}: not one of {', '.join(LANGUAGES)}", file=sys.stderr)
            return 2
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
                [sys.executable, __file__, "--child", *(["--lang", lang] if lang else [])],
                env=env,
                timeout=180,
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
    from stretchguide.core.model import Side
    from stretchguide.core.settings import UiSettings
    from stretchguide.storage.paths import AppPaths
    from stretchguide.ui.app import build_window
    from stretchguide.ui.theme import apply_theme

    app = QApplication(sys.argv[:1])
    app.setApplicationName("stretchguide")
    paths = AppPaths.resolve()
    lang = language_arg(sys.argv)
    out = OUT / lang if lang else OUT
    if lang:  # the person's setting, in the temporary settings: as if chosen in Settings
        from stretchguide.core.settings import AppSettings
        from stretchguide.storage.settings_store import SettingsStore

        SettingsStore.for_paths(paths).save(AppSettings(ui=UiSettings(language=lang)))
    # As run_app chooses it: the setting, else the system locale (English under this script's
    # environment unless --lang set the setting).
    from stretchguide.storage.language_setting import chosen_language

    language = chosen_language(None, paths)
    catalog = load_catalog(assets_dir(), language=language)
    library = load_library(catalog, builtin_routines_dir(), paths.routines_dir)
    _seed_history(paths.history_db, {r.id: r.title for r in library.routines})
    clock = FakeClock()
    window = build_window(
        app, paths, catalog, library, speech=False, clock=clock, language=language
    )
    window.resize(*SIZE)
    window.library_view.select("lower-back-relief")
    window.show()
    out.mkdir(parents=True, exist_ok=True)

    def settle() -> None:
        for _ in range(5):
            app.processEvents()

    def shoot() -> None:
        settle()
        window.grab().save(str(out / "library.png"))
        window.start_routine("lower-back-relief", count_in_s=0)
        driver = window.driver
        while driver.session.segment.exercise != "knee-to-chest":
            driver.next()
        clock.advance(driver.session.segment.lead_s + 12.4)
        driver.tick()
        settle()
        window.grab().save(str(out / "session.png"))
        if not lang:  # the dark theme's words are the same: one picture, in English
            apply_theme(app, UiSettings(theme="dark"))
            driver.tick()
            settle()
            window.grab().save(str(out / "session-dark.png"))
            apply_theme(app, UiSettings(theme="light"))
        driver.next()  # skip the right side, then play the rest through
        clock.advance(driver.session.total())
        driver.tick()
        settle()
        window.grab().save(str(out / "finish.png"))
        window.show_library()
        window.library_actions.show_history()
        QTimer.singleShot(500, shoot_history)

    def shoot_history() -> None:
        settle()
        window.grab().save(str(out / "history.png"))
        window.show_library()
        window.resize(*SIZE)
        window.fit_to_screen(QRect(0, 0, *SMALL))
        QTimer.singleShot(300, shoot_small)

    def shoot_small() -> None:
        settle()
        window.grab().save(str(out / "library-1024x600.png"))
        window.start_routine("deep-glute-release", count_in_s=0)
        driver = window.driver
        while not (
            driver.session.segment.exercise == "figure-four"
            and driver.session.segment.side is Side.LEFT
        ):
            driver.next()
        clock.advance(driver.session.segment.lead_s + 8.4)
        driver.tick()
        settle()
        window.grab().save(str(out / "session-1024x600.png"))
        if not lang:
            window.close()
            app.quit()
            return
        driver.stop()  # stopped part-way: the finish page's longest words
        settle()
        window.grab().save(str(out / "finish-1024x600.png"))
        window.show_library()
        window.library_actions.show_history()
        QTimer.singleShot(500, shoot_small_history)

    def shoot_small_history() -> None:
        settle()
        window.grab().save(str(out / "history-1024x600.png"))
        window.close()
        app.quit()

    QTimer.singleShot(300, shoot)
    app.exec()
    if lang:
        _palette(out, LOCALISED_SHOTS)
    for name in LOCALISED_SHOTS if lang else SHOTS:
        print(out / name)
    return 0


def _palette(folder: Path, names: tuple[str, ...]) -> None:
    """256 colours (ImageMagick, where installed): the pictures of one language drop from about
    680 to about 260 KB and read the same, so every language's set can live in the repository."""
    import shutil

    if shutil.which("convert") is None:
        return
    for name in names:
        path = str(folder / name)
        subprocess.run(["convert", path, "-strip", "+dither", "-colors", "256", f"PNG8:{path}"])


def _seed_history(db: Path, titles: dict[str, str]) -> None:
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
                title = titles.get(rid, title)  # as recorded: in the language of the run
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

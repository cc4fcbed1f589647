"""Running the app: the QApplication, the main window, the desktop services, the event loop.

The top of the layers (``core`` <- ``storage``/``speech`` <- ``ui`` <- ``desktop`` <- here and
the command line): it is the one place that puts the window and the desktop services (media
keys, tray) together, and tidies both up on the way out.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

from stretchguide.core.loader import Library
from stretchguide.core.model import Catalog
from stretchguide.core.toml_input import LoadError

APP_ID = "io.github.stretchguide.StretchGuide"


def run_app(
    play: str | None = None,
    speech: bool = True,
    argv: list[str] | None = None,
    loaded: tuple[Catalog, Library] | None = None,
    voice: bool = False,
    language: str | None = None,
    more_routines: Callable[[], Library] | None = None,
) -> int:
    """Run the desktop app; with ``play``, open straight into that routine's session.

    ``loaded`` is the catalog and library when the caller (the command line) has read them
    already, so start-up does not read every routine file twice; ``language`` is then the
    language they were read in. Without it the language is chosen here (``--lang`` is the
    command line's: the setting, else the system locale, else English), and the window, the
    coaching and the voice all follow it.
    ``more_routines``, when ``loaded`` holds the built-ins only, loads the whole library:
    the window calls it on a worker thread after its first frame.

    Returns the process exit code: 0 normally, 1 if the app's own data is broken. ``play``
    must be a routine of the library: the command line says so before any window exists.
    """
    from stretchguide.storage.library_loader import load_catalog_and_library
    from stretchguide.storage.paths import AppPaths

    paths = AppPaths.resolve()
    if language is None:
        from stretchguide.storage.language_setting import chosen_language

        language = chosen_language(None, paths)
    if loaded is None:
        try:
            loaded = load_catalog_and_library(paths, language)
        except LoadError as exc:
            print(f"stretchguide: error: the app's own data is broken: {exc}", file=sys.stderr)
            return 1
    catalog, library = loaded
    if play is not None and library.get(play) is None:
        raise ValueError(f"no routine {play!r}: the command line checks the id before")

    from PySide6.QtWidgets import QApplication

    from stretchguide.ui import pictures
    from stretchguide.ui.app import build_window
    from stretchguide.ui.background import stop_handing_over
    from stretchguide.ui.theme import create_application

    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = create_application(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("stretchguide")
    app.setApplicationDisplayName("StretchGuide")
    app.setOrganizationName("StretchGuide")
    app.setDesktopFileName(APP_ID)

    window = build_window(
        app,
        paths,
        catalog,
        library,
        speech=speech,
        voice=voice,
        language=language,
        more_routines=more_routines,
    )
    window.show()
    _startup_probe(app, window)  # first: it marks the first turn of the event loop after show()
    if play is not None:
        window.start_routine(play)

    def quit_app() -> None:
        window.close()
        app.quit()

    wakers: list[Any] = []

    def handle_signals() -> None:
        """SIGTERM and Ctrl+C close the window (saving its state, ending speech) and quit."""
        from stretchguide.ui.unix_signals import SignalWaker

        wakers.append(SignalWaker(quit_app, app))

    if play is not None:
        # With ``play`` the session, and speech, start right away: a SIGTERM must end them
        # cleanly from the start. The library alone has nothing to lose before its first frame.
        handle_signals()
    desktop: list[Any] = []

    def attach() -> None:
        """The icon (an SVG, through Qt's icon plugin), media keys, the tray and the signal
        handlers are not needed for the first frame: they come right after it."""
        from stretchguide.desktop.integration import attach_desktop

        if not wakers:
            handle_signals()
        app.setWindowIcon(pictures.app_icon())
        desktop.append(attach_desktop(app, window))

    window.firstFrameShown.connect(attach)
    code = app.exec()
    stop_handing_over()  # what closing the window starts now must not outlive the app
    window.close()  # idempotent: saves state and shuts speech down if not done yet
    for services in desktop:
        services.tray.shutdown()
    for waker in wakers:
        waker.close()
    return int(code)


def _startup_probe(app: Any, window: Any) -> None:
    """For benchmarks/: ``STRETCHGUIDE_PROBE_MS=N`` prints when the window is up (the first
    turn of the event loop after ``show()``), when its first frame has been painted, when the
    person's own routines are in the list, and the resident memory N ms later;
    ``STRETCHGUIDE_PROBE_MS=exit`` ends the process right at the first of these
    (benchmarks/startup_instructions.py counts the instructions up to there), and
    ``STRETCHGUIDE_PROBE_MS=exit-at-frame`` when the first frame has been painted
    (benchmarks/startup_tricks.py times that)."""
    import os

    wait = os.environ.get("STRETCHGUIDE_PROBE_MS", "")
    if not wait.isdigit() and wait not in ("exit", "exit-at-frame"):
        return
    import time

    from PySide6.QtCore import QTimer

    if wait.startswith("exit"):
        mark = "SHOWN" if wait == "exit" else "PAINTED"

        def leave() -> None:
            print(mark, time.time(), flush=True)
            os._exit(0)

        if wait == "exit":
            QTimer.singleShot(0, leave)
        else:
            window.firstFrameShown.connect(leave)
        return

    def rss_kb() -> int:
        with open("/proc/self/status", encoding="ascii") as status:
            return next(int(x.split()[1]) for x in status if x.startswith("VmRSS:"))

    QTimer.singleShot(0, lambda: print("SHOWN", time.time(), flush=True))
    window.firstFrameShown.connect(lambda: print("PAINTED", time.time(), flush=True))
    # The person's own routines, read after the first frame, are in the list.
    window.libraryChanged.connect(lambda: print("LISTED", time.time(), flush=True))

    def measure() -> None:
        print("RSS", rss_kb(), flush=True)
        app.closeAllWindows()
        app.quit()

    QTimer.singleShot(int(wait), measure)

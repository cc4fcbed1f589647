"""The main window with everything it is given at start-up: settings, theme, speech, history.

``stretchguide.app`` runs the app around it (the QApplication, the desktop services, the event
loop); tests, benchmarks and the screenshots build the same window through ``build_window``.
The speech engine and the history database are made when first needed, not here.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

from stretchguide.core.settings import SpeechSettings


def speaker_factory_for(
    allowed: bool, cache_dir: Any, language: str = "en"
) -> Callable[[SpeechSettings], Any]:
    """A factory making the real speaker when speech is allowed and on, else a silent one;
    either speaks (or times its cues in) ``language``."""

    def make(settings: SpeechSettings) -> Any:
        from stretchguide.speech.null_speaker import NullSpeaker

        if not (allowed and settings.enabled):
            return NullSpeaker(settings, language)
        try:
            from stretchguide.speech.natural_speaker import NaturalSpeaker
        except ImportError:
            return NullSpeaker(settings, language)
        try:
            # The natural voice where it loads (English), the system voice (pyttsx3) where it
            # does not and for every other language.
            return NaturalSpeaker(settings, cache_dir=cache_dir, language=language)
        except Exception as exc:  # speech is a nicety: the session must go on without it
            print(f"stretchguide: speech is off: {exc}", file=sys.stderr)
            return NullSpeaker(settings, language)

    return make


def build_window(
    app: Any,
    paths: Any,
    catalog: Any,
    library: Any,
    *,
    speech: bool,
    clock: Any = None,
    voice: bool = False,
    language: str = "en",
    more_routines: Callable[[], Any] | None = None,
) -> Any:
    """Settings, language, theme and the main window: everything of start-up after the
    QApplication.

    ``language`` is the one chosen for this run (``core.languages.choose_language``): the
    catalogue and library are already in it, the speaker is made to speak it, and the window's
    strings are installed in it here, before any widget is made. ``more_routines`` loads the
    whole library when ``library`` holds the built-ins only: the window calls it on a worker
    thread once its first frame is up, and again after a routine is saved, imported or
    deleted (without it, a reader of its own does that: ``library_reader``)."""
    from stretchguide.storage.library_loader import library_reader
    from stretchguide.storage.resume import ResumeStore
    from stretchguide.storage.session_keeper import SessionKeeper
    from stretchguide.storage.settings_store import SettingsStore
    from stretchguide.ui.main_window import MainWindow
    from stretchguide.ui.theme import apply_theme, is_dark
    from stretchguide.ui.translations import install_language

    store = SettingsStore.for_paths(paths)
    settings = store.load()
    if voice:  # ``play --voice``: on for this run, the saved setting unchanged
        settings = settings._replace(voice=settings.voice._replace(enabled=True))
    # Before any widget is made: every window string is translated when it is built.
    install_language(language)
    from stretchguide.storage.user_routines import UserRoutines

    def open_history() -> Any:
        """The history database is opened on first use, not during start-up."""
        from stretchguide.storage.history_service import HistoryService

        return HistoryService(paths.history_db)

    keeper = SessionKeeper(open_history, ResumeStore.for_paths(paths))
    builtin_ids = [r.id for r in library.routines if r.builtin]
    # Whether the desktop is dark, from its palette before ours replaces it (see apply_theme).
    apply_theme(app, settings.ui, system_dark=is_dark(app))
    problems = [store.last_problem] if store.last_problem else []
    return MainWindow(
        catalog,
        library,
        settings,
        store,
        speaker_factory=speaker_factory_for(speech, paths.cache_dir / "speech", language),
        clock=clock,
        problems=problems,
        keeper=keeper,
        user_routines=UserRoutines.for_paths(paths, builtin_ids),
        picture_cache=paths.cache_dir / "pictures",
        more_routines=more_routines,
        read_library=more_routines or library_reader(catalog, paths),
    )

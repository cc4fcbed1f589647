"""The main window: library, session and finish screens in one stack, and what joins them.

Everything it needs comes in through the constructor (catalog, library, settings, the settings
store, a speaker factory, the clock and the timer class), so tests build it with a fake clock,
a hand-fired timer and a ``RecordingSpeaker``, and nothing here reads globals or the real
user's files. The speaker is created lazily, after the window is first shown, so start-up is
not held up by the speech engine.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QRect, QSize, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMainWindow, QStackedWidget

from stretchguide.core.clock import Clock, MonotonicClock
from stretchguide.core.loader import Library
from stretchguide.core.model import Catalog, Routine
from stretchguide.core.settings import AppSettings, SessionSettings, SpeechSettings
from stretchguide.core.timeline import Timeline, compile_timeline
from stretchguide.ui.library_actions import LibraryActions
from stretchguide.ui.library_view import LibraryView, RoutineEntry, routine_summary
from stretchguide.ui.timers import TimerFactory, qtimer
from stretchguide.ui.translations import translate

if TYPE_CHECKING:
    from pathlib import Path

    from PySide6.QtGui import QCloseEvent, QPaintEvent

    # The session machinery is imported when the first session starts, not during start-up:
    # the library is what a person sees first (benchmarks/ui_startup.py).
    from stretchguide.core.session import Session, SessionSummary
    from stretchguide.speech.coach import Coach
    from stretchguide.storage.session_keeper import SessionKeeper
    from stretchguide.storage.user_routines import UserRoutines
    from stretchguide.ui.finish_view import FinishView
    from stretchguide.ui.resume_offer import ResumeOffer
    from stretchguide.ui.session_controls import SessionControls
    from stretchguide.ui.session_driver import SessionDriver
    from stretchguide.ui.session_view import SessionView

log = logging.getLogger("stretchguide.ui")

SpeakerFactory = Callable[[SpeechSettings], Any]
#: The size the window opens at when none was saved (if the screen has room for it).
DEFAULT_SIZE = (1180, 760)
#: Room left on the screen for the window's frame (title bar, borders), which is not known
#: until the window manager has framed it: a 1024x600 netbook must show the whole window.
FRAME_ALLOWANCE = (16, 48)
#: If the window is shown but never painted, deferred start-up work runs this long after it
#: was made.
FIRST_FRAME_FALLBACK_MS = 500


def make_coach(speaker: Any, clock: Clock) -> Coach:
    """The speech coach, judging "still speaking?" on the same clock as the session."""
    from stretchguide.speech.coach import Coach

    return Coach(speaker, now=clock.now)


def _cue_texts(routines: list[Routine], catalog: Catalog, session: Any) -> list[str]:
    """Every cue the routines say, for the speaker to render ahead."""
    texts: list[str] = [catalog.cues.get_ready]
    for routine in routines:
        texts.extend(compile_timeline(routine, catalog, session).texts())
    return texts


#: A library read on a worker thread, with what else was made there: each routine's summary by
#: id, and every cue the routines say.
LibraryRead = tuple[Library, dict[str, str], list[str]]


def read_and_summarise(
    load: Callable[[], Library], catalog: Catalog, session: SessionSettings
) -> LibraryRead:
    """``load()`` and each routine's summary and cues: all of it on the worker thread. Made
    afterwards on another worker, the summaries slowed the GUI thread's taking in the list (a
    96 ms gap against 45 ms), as both wanted the interpreter lock at once."""
    library = load()
    summaries: dict[str, str] = {}
    texts = [catalog.cues.get_ready]
    for routine in library.routines:
        timeline = compile_timeline(routine, catalog, session)
        summaries[routine.id] = routine_summary(routine, timeline.total_s)
        texts.extend(timeline.texts())
    return library, summaries, texts


def _reader(catalog: Catalog, folder: Path | None) -> Callable[[], Library]:
    """Reads the built-ins and ``folder`` without a parse cache: for windows made without a
    reader of their own (tests)."""
    from stretchguide.core.assets import builtin_routines_dir
    from stretchguide.core.loader import load_library

    return partial(load_library, catalog, builtin_routines_dir(), folder)


class MainWindow(QMainWindow):
    """Library → session → finish. ``start_routine(id)`` is what Start, Enter and ``play`` use.

    Signals:
        sessionChanged(): the session moved, paused, resumed, started or went away (MPRIS and
            the tray follow it).
        firstFrameShown(): the window has been painted once; what start-up deferred (the
            resume offer, speech rendering, the desktop services) can be done now.
        settingsApplied(object): new ``AppSettings`` are in use.
        libraryChanged(): routines were added, changed or removed.
    """

    sessionChanged = Signal()
    firstFrameShown = Signal()
    settingsApplied = Signal(object)
    libraryChanged = Signal()

    def __init__(
        self,
        catalog: Catalog,
        library: Library,
        settings: AppSettings,
        store: Any,
        *,
        speaker_factory: SpeakerFactory,
        clock: Clock | None = None,
        timer_factory: TimerFactory = qtimer,
        count_in_s: float | None = None,
        problems: list[str] | None = None,
        keeper: SessionKeeper | None = None,
        user_routines: UserRoutines | None = None,
        picture_cache: Path | None = None,
        more_routines: Callable[[], Library] | None = None,
        read_library: Callable[[], Library] | None = None,
    ) -> None:
        super().__init__()
        self.catalog = catalog
        self.library = library
        self.settings = settings
        self.store = store
        self.clock = clock or MonotonicClock()
        self.timer_factory = timer_factory
        self.count_in_s = count_in_s
        self._speaker_factory = speaker_factory
        self._speaker: Any = None
        self._coach: Coach | None = None
        self.driver: SessionDriver | None = None
        self._warmed = False
        self.keeper = keeper
        #: The routine selected at the end of the last run, when it is not in the library yet.
        self._wanted: str | None = None
        #: Counts the libraries shown and the reads started; a library read in the background
        #: is shown only if no other was shown or started meanwhile (a routine saved, imported
        #: or deleted since is in the newer one).
        self._library_generation = 0

        self.setWindowTitle("StretchGuide")  # the icon is the application's (run_app sets it)
        self.library_view = LibraryView(catalog, picture_cache=picture_cache)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.library_view)
        self.setCentralWidget(self.stack)
        self._session_view: Any = None
        self._finish_view: Any = None
        self._controls: Any = None
        self.keys_dialog: Any = None
        #: The last speech problem told by the speaker ("" if none): shown at each session start.
        self.speech_notice = ""

        self.library_view.startRequested.connect(self.start_routine)
        self.library_view.routineSelected.connect(self._on_selected)
        self.library_view.settingsRequested.connect(self.open_settings)

        #: Made after the first frame, and only when there is an interrupted session to offer.
        self.resume_offer: ResumeOffer | None = None
        self.library_view.set_routines(self._entries())
        self._notices = list(problems or [])
        self.library_view.show_problems([str(p) for p in library.problems], self._notices)
        state = store.load_window() if store is not None else None
        restored = False
        if state is not None:
            if state.geometry:
                restored = self.restoreGeometry(QByteArray(state.geometry))
            if state.last_routine and not self.library_view.select(state.last_routine):
                self._wanted = state.last_routine  # one of the person's, still to come
        if not restored:
            self.resize(*DEFAULT_SIZE)
        screen = self.screen()
        if screen is not None:
            self.fit_to_screen(screen.availableGeometry())
        self.library_view.routine_list.setFocus()
        history = (lambda: keeper.history) if keeper is not None and keeper.has_history else None
        self.library_actions = LibraryActions(self, user_routines, history)
        self._more_routines = more_routines
        #: Reads the whole library again, on a worker thread, after a routine is saved,
        #: imported or deleted (``read_library``).
        folder = user_routines.folder if user_routines is not None else None
        self._reader = read_library or _reader(catalog, folder)
        self.voice: Any = None  # spoken commands (ui.voice_control), hooked up after first frame
        QTimer.singleShot(FIRST_FRAME_FALLBACK_MS, self._first_frame_fallback)

    def fit_to_screen(self, available: QRect) -> None:
        """Open no larger than ``available`` (the screen less its panels).

        The window's minimum (the session view's, about 960x470) fits a 1024x600 screen, so
        the whole session view, pain button included, is always on screen. Where it goes is
        left to the window manager, or to ``restoreGeometry``, which keeps it on a screen.
        """
        room = QSize(
            available.width() - FRAME_ALLOWANCE[0], available.height() - FRAME_ALLOWANCE[1]
        )
        size = self.size().boundedTo(room).expandedTo(self.minimumSizeHint())
        if size != self.size():
            self.resize(size)

    # ---- pages, built on first use so the library shows as early as possible ----------------
    @property
    def session_view(self) -> SessionView:
        if self._session_view is None:
            from stretchguide.ui.session_controls import SessionControls
            from stretchguide.ui.session_view import SessionView

            self._session_view = SessionView(self.catalog)
            self.stack.addWidget(self._session_view)
            self._controls = SessionControls(
                self, self._session_view, self.catalog.cues, self.say, self.hush, self.show_keys
            )
        return self._session_view  # type: ignore[no-any-return]

    @property
    def controls(self) -> SessionControls:
        _ = self.session_view
        return self._controls  # type: ignore[no-any-return]

    @property
    def finish_view(self) -> FinishView:
        if self._finish_view is None:
            from stretchguide.ui.finish_view import FinishView

            self._finish_view = FinishView()
            self._finish_view.backRequested.connect(self.show_library)
            self.stack.addWidget(self._finish_view)
        return self._finish_view  # type: ignore[no-any-return]

    def _connect_notice(self, speaker: Any) -> None:
        notice = getattr(speaker, "notice", None)
        if notice is not None:
            notice.connect(self._on_speech_notice)

    def _on_speech_notice(self, text: str) -> None:
        """A speech problem (each is told once by the speaker): shown in the session, and
        kept for the next session if it came while the library was on screen."""
        self.speech_notice = text
        if self._session_view is not None and self.driver is not None:
            self._session_view.show_notice(text)

    # ---- speech ----------------------------------------------------------------------------
    @property
    def speaker(self) -> Any:
        """The speaker, created on first use so the engine never slows the window's start."""
        if self._speaker is None:
            self._speaker = self._speaker_factory(self.settings.speech)
            self._connect_notice(self._speaker)
            self._coach = make_coach(self._speaker, self.clock)
        return self._speaker

    @property
    def coach(self) -> Coach:
        _ = self.speaker
        assert self._coach is not None
        return self._coach

    def say(self, text: str) -> None:
        """Say ``text`` now (where am I, pain, get ready), through the coach."""
        self.coach.where_am_i(text)

    def hush(self) -> None:
        self.speaker.stop()

    def _replace_speaker(self) -> None:
        if self._speaker is not None:
            self._speaker.shutdown()
        self._speaker = None
        self._coach = None
        self.speech_notice = ""

    # ---- library ---------------------------------------------------------------------------
    def _entries(self, summaries: dict[str, str] | None = None) -> list[RoutineEntry]:
        # Durations for the list use the speech-free estimate: cheap, and close enough to read.
        # Compiled when the list first shows the routine (see RoutineEntry), unless a worker
        # thread has made the routine's summary already (``summaries``, by id).
        known = summaries or {}
        session = self.settings.session
        return [
            RoutineEntry(r, partial(compile_timeline, r, self.catalog, session), known.get(r.id))
            for r in self.library.routines
        ]

    def timeline_for(self, routine: Routine) -> Timeline:
        """The routine compiled with the current settings and the speaker's real durations.

        Never cached: the speaker's durations become exact as speech is rendered.
        """
        return compile_timeline(
            routine,
            self.catalog,
            self.settings.session,
            utterance_seconds=self.speaker.utterance_seconds,
        )

    def _on_selected(self, routine_id: str) -> None:
        # Not during a session: a library read in the background may arrive (and select a
        # routine saved just before) while one plays, whose own cues come first.
        if self._warmed and not self.session_active():
            self._prepare(routine_id)

    def _prepare(self, routine_id: str) -> None:
        """Render the routine's speech ahead, so cues start at once and have exact lengths."""
        routine = self.library.get(routine_id)
        if routine is None:
            return
        texts = compile_timeline(routine, self.catalog, self.settings.session).texts()
        self.speaker.prepare(texts)

    def _first_frame_fallback(self) -> None:
        """A window shown but never painted (minimised, on a hidden desktop) still warms up."""
        if self.isVisible():
            self._after_first_frame()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._warmed:
            # Queued: the children are painted in this same pass, so the frame is complete
            # (and flushed) when it runs.
            QTimer.singleShot(0, self._after_first_frame)

    def _after_first_frame(self) -> None:
        """Everything not needed to draw the library: done once it is on screen."""
        if self._warmed:
            return
        self._warmed = True
        self.firstFrameShown.emit()
        self.library_actions.fill()
        from stretchguide.ui.voice_control import VoiceHookup

        self.voice = VoiceHookup(self)  # listens only when on, and only during a session
        self.voice.follow()
        self._warm_up()
        self._load_more_routines()

    def _warm_up(self) -> None:
        """After the first frame: offer to resume, and render the selected routine's speech."""
        if self.driver is None:
            self._offer_resume()
        current = self.library_view.current_id()
        if current and self.driver is None:
            self._prepare(current)
        self._prepare_background()

    def _prepare_background(self) -> None:
        """Render every routine's cues in the background (after the selected one's), so any
        routine started later finds its cues ready. Files are cached: after the first launch
        this only checks that they exist."""
        background = getattr(self.speaker, "prepare_background", None)
        if background is None:
            return
        routines = list(self.library.routines)
        catalog, session = self.catalog, self.settings.session
        from stretchguide.ui.background import run_in_background

        # A thousand routines take a second or two to compile: not on the GUI thread.
        run_in_background(lambda: _cue_texts(routines, catalog, session), background, self)

    def show_library(self) -> None:
        self.setWindowTitle("StretchGuide")
        if hasattr(self, "library_actions"):
            self.library_actions.refresh_enabled()
        self.stack.setCurrentWidget(self.library_view)
        self.library_view.routine_list.setFocus()

    # ---- session ---------------------------------------------------------------------------
    def _offer_resume(self) -> None:
        point = self.keeper.pending() if self.keeper is not None else None
        routine = self.library.get(point.routine_id) if point is not None else None
        if point is None or routine is None:
            return
        # Only the step's name is needed: the estimate will do, and no speech engine is started.
        timeline = compile_timeline(routine, self.catalog, self.settings.session)
        index = min(max(0, point.segment_index), len(timeline.segments) - 1)
        from stretchguide.ui.resume_offer import ResumeOffer
        from stretchguide.ui.session_view import segment_label

        if self.resume_offer is None:
            self.resume_offer = ResumeOffer()
            self.resume_offer.resumeRequested.connect(self._resume)
            self.resume_offer.declined.connect(self._forget_resume)
            self.library_view.add_strip(self.resume_offer)
        self.resume_offer.offer(
            routine.id, routine.title, index, segment_label(timeline.segments[index])
        )

    def _resume(self, routine_id: str, segment_index: int) -> None:
        self._forget_resume()
        self.start_routine(routine_id, start_index=segment_index)

    def _forget_resume(self) -> None:
        if self.keeper is not None:
            self.keeper.forget()

    def start_routine(
        self, routine_id: str, count_in_s: float | None = None, start_index: int = 0
    ) -> bool:
        """Open the session view and start ``routine_id`` after the get-ready count-in."""
        routine = self.library.get(routine_id)
        if routine is None:
            return False
        from stretchguide.core.session import Session
        from stretchguide.ui.session_driver import SessionDriver

        self._end_driver()
        timeline = self.timeline_for(routine)
        session = Session(timeline, self.clock, start_index=start_index)
        if self.resume_offer is not None:
            self.resume_offer.hide()
        driver = SessionDriver(
            session, self.clock, coach=self.coach, timer_factory=self.timer_factory, parent=self
        )
        driver.aboutToStart.connect(lambda: self._retime(session, routine))
        driver.ticked.connect(self._update_title)
        driver.ticked.connect(self.sessionChanged)
        driver.getReady.connect(self.sessionChanged)
        driver.finished.connect(self._on_session_over)
        driver.stopped.connect(self._on_session_over)
        self.driver = driver
        extend_s = self.settings.session.clamped().extend_s
        self.session_view.attach(driver, self.settings.session.clamped(), extend_s, routine)
        if self.speech_notice:
            self.session_view.show_notice(self.speech_notice)
        self.controls.attach(driver, extend_s)
        self.stack.setCurrentWidget(self.session_view)
        self.session_view.setFocus()
        self.library_actions.refresh_enabled()
        # The get-ready fits the routine's first position and says what it needs (the timeline
        # compiler's rule); a window or a call may still ask for its own (tests: 0).
        ready = timeline.get_ready
        if session.index > 0:  # resumed: fit the step it resumes at
            from stretchguide.core.timeline import get_ready

            ready = get_ready(
                routine,
                self.catalog,
                self.settings.session,
                self.speaker.utterance_seconds,
                from_step=session.segment.step_index,
            )
        wait = count_in_s if count_in_s is not None else self.count_in_s
        if wait is None:
            wait = ready.seconds
        if wait > 0:
            self.say(ready.text)
        driver.start(wait)
        return True

    def _retime(self, session: Session, routine: Routine) -> None:
        """Recompile with the lengths of the speech rendered during the count-in."""
        session.retime(self.timeline_for(routine))
        if self.keeper is not None:
            self.keeper.started()

    def _update_title(self) -> None:
        """The step in the title too: a taskbar, a window switcher or a test can read it."""
        driver = self.driver
        if driver is None:
            return
        from stretchguide.core.session import State

        session = driver.session
        if driver.counting_in or driver.paused_in_count_in:
            step = translate("MainWindow", "Get ready")
        else:
            from stretchguide.ui.session_view import segment_label

            step = segment_label(session.segment)
        paused = session.state is State.PAUSED or driver.paused_in_count_in
        if paused:
            self.setWindowTitle(
                translate("MainWindow", "Paused: {step} · StretchGuide").format(step=step)
            )
        else:
            self.setWindowTitle(translate("MainWindow", "{step} · StretchGuide").format(step=step))

    def _on_session_over(self, summary: SessionSummary) -> None:
        if self.keeper is not None:
            self.keeper.ended(summary)
        if summary.finished:
            self.setWindowTitle(translate("MainWindow", "Finished · StretchGuide"))
        else:
            self.setWindowTitle(translate("MainWindow", "Session stopped · StretchGuide"))
        self.controls.attach(None)
        self.session_view.detach()
        if self.driver is not None:
            self.driver.shutdown()
        self.finish_view.show_summary(summary)
        self.stack.setCurrentWidget(self.finish_view)
        self.library_actions.refresh_enabled()
        self.sessionChanged.emit()

    def _end_driver(self) -> None:
        if self.driver is not None:
            self.driver.shutdown()
            self.driver.deleteLater()
            self.driver = None
        if self._controls is not None:
            self._controls.attach(None)
            self._session_view.detach()
        self.sessionChanged.emit()

    # ---- settings --------------------------------------------------------------------------
    def open_settings(self) -> None:
        from stretchguide.ui.settings_dialog import SettingsDialog  # lazy: not needed at start

        dialog = SettingsDialog(self.settings, self.speaker, self)
        dialog.accepted.connect(lambda: self.apply_settings(dialog.value()))
        dialog.finished.connect(dialog.deleteLater)
        self.settings_dialog = dialog
        dialog.open()

    def apply_settings(self, settings: AppSettings) -> None:
        """Keep, save and use new settings; the next session is compiled with them."""
        old = self.settings
        self.settings = settings
        if self.store is not None:
            try:
                self.store.save(settings)
            except OSError as exc:
                self.library_view.banner.show_message(
                    translate("MainWindow", "Settings could not be saved: {error}").format(
                        error=exc
                    )
                )
        if settings.speech.enabled != old.speech.enabled:
            self._replace_speaker()
        elif self._speaker is not None:
            self._speaker.apply(settings.speech)
        if settings.ui != old.ui:
            from stretchguide.ui.theme import apply_theme

            app = QApplication.instance()
            if isinstance(app, QApplication):
                apply_theme(app, settings.ui)
        self.library_view.set_routines(self._entries())
        self.settingsApplied.emit(settings)

    # ---- window ----------------------------------------------------------------------------
    def session_active(self) -> bool:
        """True while a session (or its get-ready count-in) is on screen."""
        driver = self.driver
        if driver is None:
            return False
        from stretchguide.core.session import State

        return driver.session.state in (
            State.READY,
            State.RUNNING,
            State.PAUSED,
        )

    def _load_more_routines(self) -> None:
        """Read the person's routine files on a worker thread, after the first frame (which
        shows the built-ins); the list takes them in when they are all read."""
        load, self._more_routines = self._more_routines, None
        if load is not None:
            self._read_in_background(load)

    def read_library(self, select: str | None = None) -> None:
        """Read the whole library again after a routine was saved, imported or deleted, on a
        worker thread as at start-up (a thousand files froze the window for a second on the
        GUI thread); the list takes it in when read, and selects ``select`` if given.

        ``libraryChanged`` says when it has arrived. A read started later wins."""
        self._read_in_background(self._reader, select)

    def _read_in_background(self, load: Callable[[], Library], select: str | None = None) -> None:
        """Call ``load`` on a worker thread, make the routines' summaries and cues there too,
        and show the result on the GUI thread, unless another library was shown, or another
        read started, since: that one holds every change made meanwhile."""
        from stretchguide.ui.background import run_in_background

        self._library_generation += 1
        generation = self._library_generation
        catalog, session = self.catalog, self.settings.session
        run_in_background(
            lambda: read_and_summarise(load, catalog, session),
            lambda read: self._take_in(read, generation, session, select),
            self,
        )

    def _take_in(
        self, read: LibraryRead, generation: int, session: SessionSettings, select: str | None
    ) -> None:
        """Show a library read in the background (see ``_read_in_background``)."""
        if generation != self._library_generation:
            return  # a newer library was shown or asked for meanwhile
        library, summaries, texts = read
        wanted = self._take_wanted()
        if self.settings.session != session:  # changed meanwhile: made again
            self.set_library(library, select=select or wanted)
            self._prepare_background()
            return
        self.set_library(library, select=select or wanted, summaries=summaries)
        background = getattr(self.speaker, "prepare_background", None)
        if background is not None:
            background(texts)  # the person's routines' cues too

    def _take_wanted(self) -> str | None:
        """The routine chosen at the end of the last run (once), unless the person has chosen
        another since: the first library read in full selects it again."""
        chosen = self.library_view.current_id()
        shown_first = self.library.routines[0].id if self.library.routines else None
        wanted = self._wanted if chosen in (None, shown_first) else None
        self._wanted = None
        return wanted

    def set_library(
        self,
        library: Library,
        select: str | None = None,
        summaries: dict[str, str] | None = None,
    ) -> None:
        """Show ``library`` (one read in the background, as it arrives), selecting ``select``
        if it is listed, with the routines' summaries by id when a worker thread made them
        already. A read still in flight is not shown after it: this one is newer."""
        self._library_generation += 1
        self.library = library
        self.library_view.set_routines(self._entries(summaries), select)
        self.library_view.show_problems([str(p) for p in library.problems], self._notices)
        self.libraryChanged.emit()

    def show_keys(self) -> None:
        """Help → Keys, F1 or ?: every key, in the library as in a session."""
        if self.keys_dialog is None:
            from stretchguide.ui.keys_dialog import KeysDialog

            self.keys_dialog = KeysDialog(self)
        self.keys_dialog.open()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Stop the session timer and speech and save the window; never blocks or asks.

        A session in progress is recorded as stopped and offered for resuming next time.
        """
        if self.keeper is not None and self.driver is not None:
            self.keeper.interrupted(self.driver.session, self.settings.session)
        self._end_driver()
        if self.store is not None:
            try:
                self.store.save_window(
                    bytes(self.saveGeometry().data()), self.library_view.current_id() or ""
                )
            except OSError as exc:
                log.warning("window state not saved: %s", exc)
        if self.voice is not None:
            self.voice.stop()
        if self._speaker is not None:
            self._speaker.shutdown()
        if self.keeper is not None:
            self.keeper.close()
        super().closeEvent(event)

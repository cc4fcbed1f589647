"""After a routine is saved, imported or deleted the library is read again on a worker thread, as
at start-up: the window keeps answering meanwhile, the routine just saved is selected when the
list arrives, and of two reads in flight the one started last is the one shown."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from stretchguide.core.assets import builtin_routines_dir
from stretchguide.core.loader import Library, load_library
from stretchguide.storage.user_routines import UserRoutines
from tests.core.helpers import catalog
from tests.ui.conftest import App, make_app
from tests.ui.test_library_loading import _no_background_work

ASSETS = Path(__file__).resolve().parents[2] / "assets" / "routines"
BUILTINS = ["deep-glute-release", "desk-break", "full-lower-back-and-glutes", "lower-back-relief"]
WAIT_MS = 10_000  # generous: a shared two-core machine


def _routine_text(routine_id: str, title: str) -> str:
    text = (ASSETS / "desk-break.toml").read_text("utf-8")
    text = text.replace('id = "desk-break"', f'id = "{routine_id}"', 1)
    return text.replace('title = "Desk break"', f'title = "{title}"', 1)


class GatedReader:
    """Reads the folder as the window would, but each call first waits for its own gate (a
    ``threading.Event``) to open, so a test decides when each read finishes."""

    def __init__(self, folder: Path) -> None:
        self._read = lambda: load_library(catalog(), builtin_routines_dir(), folder)
        self.started: list[threading.Event] = []
        self.gates: list[threading.Event] = []
        self._lock = threading.Lock()

    def __call__(self) -> Library:
        with self._lock:
            started, gate = threading.Event(), threading.Event()
            self.started.append(started)
            self.gates.append(gate)
        started.set()
        gate.wait(WAIT_MS / 1000)  # never forever, should a test fail before opening it
        return self._read()

    def has_started(self, count: int) -> bool:
        return len(self.started) >= count and all(e.is_set() for e in self.started[:count])

    def open_all(self) -> None:
        for gate in self.gates:
            gate.set()


@pytest.fixture
def mine(tmp_path: Path) -> UserRoutines:
    return UserRoutines(tmp_path / "routines", BUILTINS)


@pytest.fixture
def reader(mine: UserRoutines) -> Iterator[GatedReader]:
    gated = GatedReader(mine.folder)
    yield gated
    gated.open_all()  # no worker left waiting after a failed test


@pytest.fixture
def app(qtbot: QtBot, tmp_path: Path, mine: UserRoutines, reader: GatedReader) -> App:
    return make_app(qtbot, tmp_path, user_routines=mine, read_library=reader)


def _titles(app: App) -> list[str]:
    model = app.window.library_view.routines
    return [model.title(row) for row in range(model.rowCount())]


def _event_loop_turns(qtbot: QtBot) -> None:
    """A zero-time timer fires: the GUI thread is free to run its event loop."""
    fired: list[bool] = []
    QTimer.singleShot(0, lambda: fired.append(True))
    qtbot.waitUntil(lambda: bool(fired), timeout=WAIT_MS)


def _background_threads() -> int:
    return sum(1 for t in threading.enumerate() if t.name == "background")


def _all_delivered() -> None:
    """Every worker has finished, and what they posted to the GUI thread has been handled."""
    QApplication.processEvents()


def test_after_a_save_the_routine_is_listed_and_selected(app: App, mine, reader) -> None:
    window = app.window
    window.library_actions.fill()
    mine.save_routine_text("evening", _routine_text("evening", "My evening"))
    window.library_actions.reload("evening")
    assert "My evening" not in _titles(app)  # not read yet: the GUI thread did not wait
    app.qtbot.waitUntil(lambda: reader.has_started(1), timeout=WAIT_MS)
    with app.qtbot.waitSignal(window.libraryChanged, timeout=WAIT_MS):
        reader.open_all()
    assert "My evening" in _titles(app)
    assert window.library_view.current_id() == "evening"
    assert window.library_view.title_label.text() == "My evening"
    assert window.library_actions.actions["delete"].isEnabled()  # my own routine is selected


def test_the_window_keeps_answering_while_the_folder_is_read(app: App, mine, reader) -> None:
    window = app.window
    mine.save_routine_text("evening", _routine_text("evening", "My evening"))
    window.library_actions.reload("evening")
    app.qtbot.waitUntil(lambda: reader.has_started(1), timeout=WAIT_MS)
    # The read is stuck on its gate, on the worker thread; the GUI thread goes on.
    _event_loop_turns(app.qtbot)
    assert window.library_view.select("lower-back-relief")
    assert window.library_view.current_id() == "lower-back-relief"
    with app.qtbot.waitSignal(window.libraryChanged, timeout=WAIT_MS):
        reader.open_all()
    assert window.library_view.current_id() == "evening"


@pytest.mark.parametrize("first_to_finish", ["older", "newer"])
def test_of_two_reloads_in_flight_the_newer_wins(
    app: App, mine, reader, first_to_finish: str
) -> None:
    window = app.window
    changes: list[bool] = []
    window.libraryChanged.connect(lambda: changes.append(True))
    mine.save_routine_text("first", _routine_text("first", "First"))
    window.library_actions.reload("first")
    app.qtbot.waitUntil(lambda: reader.has_started(1), timeout=WAIT_MS)
    mine.save_routine_text("second", _routine_text("second", "Second"))
    window.library_actions.reload("second")
    app.qtbot.waitUntil(lambda: reader.has_started(2), timeout=WAIT_MS)
    older, newer = reader.gates
    if first_to_finish == "older":
        older.set()
        app.qtbot.waitUntil(lambda: _background_threads() == 1, timeout=WAIT_MS)
        _all_delivered()  # the older read's result is handed over, and left aside
        assert changes == []
        with app.qtbot.waitSignal(window.libraryChanged, timeout=WAIT_MS):
            newer.set()
    else:
        with app.qtbot.waitSignal(window.libraryChanged, timeout=WAIT_MS):
            newer.set()
        older.set()
    app.qtbot.waitUntil(_no_background_work, timeout=WAIT_MS)
    _all_delivered()
    assert changes == [True]  # the older read is never shown, not even for a moment
    assert {"First", "Second"} <= set(_titles(app))
    assert window.library_view.current_id() == "second"


def test_a_broken_file_is_named_once_after_each_reload(app: App, mine, reader) -> None:
    window = app.window
    mine.folder.mkdir(parents=True, exist_ok=True)
    too_long = _routine_text("broken", "Broken").replace("hold_s = 30", "hold_s = 5000", 1)
    (mine.folder / "broken.toml").write_text(too_long, "utf-8")  # one problem: the hold
    for reads in (1, 2):
        with app.qtbot.waitSignal(window.libraryChanged, timeout=WAIT_MS):
            window.library_actions.reload()
            app.qtbot.waitUntil(lambda n=reads: reader.has_started(n), timeout=WAIT_MS)
            reader.open_all()
        assert window.library_view.banner.label.text().count("broken.toml") == 1


def test_a_session_started_while_the_folder_is_read_plays_on(app: App, mine, reader) -> None:
    window = app.window
    window.library_actions.fill()
    window._after_first_frame()  # warmed up: a selected routine would have its speech made
    mine.save_routine_text("evening", _routine_text("evening", "My evening"))
    window.library_actions.reload("evening")
    app.qtbot.waitUntil(lambda: reader.has_started(1), timeout=WAIT_MS)
    app.start("desk-break")
    prepared = list(app.speaker.prepared)
    with app.qtbot.waitSignal(window.libraryChanged, timeout=WAIT_MS):
        reader.open_all()
    assert window.stack.currentWidget() is window.session_view
    assert window.session_active()
    assert app.speaker.prepared == prepared  # the new routine's speech waits for the session
    assert not window.library_actions.actions["new"].isEnabled()
    app.driver.stop()
    window.show_library()
    assert window.library_view.current_id() == "evening"
    assert window.library_actions.actions["delete"].isEnabled()


def test_a_routine_saved_but_not_listed_yet_keeps_its_id(app: App, mine, reader) -> None:
    """The editor and import are told the ids taken: one saved a moment ago is, though the
    list does not have it yet (an import of the same id asks before replacing it)."""
    actions = app.window.library_actions
    mine.save_routine_text("evening", _routine_text("evening", "My evening"))
    actions.reload("evening")
    assert "evening" in actions._ids(builtin=False)
    assert "evening" not in actions._ids(builtin=True)
    app.qtbot.waitUntil(lambda: reader.has_started(1), timeout=WAIT_MS)
    with app.qtbot.waitSignal(app.window.libraryChanged, timeout=WAIT_MS):
        reader.open_all()
    mine.delete("evening")
    with app.qtbot.waitSignal(app.window.libraryChanged, timeout=WAIT_MS):
        actions.reload()
        app.qtbot.waitUntil(lambda: reader.has_started(2), timeout=WAIT_MS)
        reader.open_all()
    assert "evening" not in actions._ids(builtin=False)  # deleted: free again

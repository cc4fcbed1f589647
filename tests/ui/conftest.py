"""Fixtures that build the real main window with a fake clock, fake timers and a fake speaker."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from stretchguide.core.assets import builtin_routines_dir
from stretchguide.core.clock import FakeClock
from stretchguide.core.loader import Library, load_library
from stretchguide.core.model import Catalog
from stretchguide.core.settings import AppSettings
from stretchguide.speech.fake import RecordingSpeaker
from stretchguide.storage.session_keeper import SessionKeeper
from stretchguide.storage.settings_store import SettingsStore
from stretchguide.storage.user_routines import UserRoutines
from stretchguide.ui.main_window import MainWindow
from tests.core.helpers import catalog
from tests.ui.fakes import TimerBank


@dataclass
class App:
    """The window under test and the fakes that drive it."""

    window: MainWindow
    clock: FakeClock
    timers: TimerBank
    speaker: RecordingSpeaker
    store: SettingsStore
    qtbot: QtBot

    @property
    def driver(self):
        assert self.window.driver is not None
        return self.window.driver

    @property
    def session(self):
        return self.driver.session

    def run_for(self, seconds: float) -> None:
        """Let ``seconds`` of fake time pass, firing the driver's timer when due."""
        self.timers.run_for(seconds)
        if self.window.driver is not None:
            self.window.driver.tick()

    def start(self, routine_id: str = "desk-break", count_in: bool = False) -> None:
        self.window.library_view.select(routine_id)
        self.window.start_routine(routine_id, count_in_s=None if count_in else 0)


def make_app(
    qtbot: QtBot,
    tmp_path: Path,
    *,
    library: Library | None = None,
    settings: AppSettings | None = None,
    cat: Catalog | None = None,
    keeper: SessionKeeper | None = None,
    user_routines: UserRoutines | None = None,
    read_library: Callable[[], Library] | None = None,
) -> App:
    cat = cat or catalog()
    library = library or load_library(cat, builtin_routines_dir())
    clock = FakeClock()
    timers = TimerBank(clock)
    speaker = RecordingSpeaker(clock.now)
    store = SettingsStore(tmp_path / "config" / "settings.ini")
    window = MainWindow(
        cat,
        library,
        settings or AppSettings(),
        store,
        speaker_factory=lambda _settings: speaker,
        clock=clock,
        timer_factory=timers,
        keeper=keeper,
        user_routines=user_routines,
        read_library=read_library,
    )
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return App(window, clock, timers, speaker, store, qtbot)


@pytest.fixture
def app(qtbot: QtBot, tmp_path: Path) -> App:
    return make_app(qtbot, tmp_path)


@pytest.fixture(autouse=True)
def _restore_app_look(qapp):
    """Settings tests change the theme and text size of the whole app: put them back."""
    font, palette, sheet = qapp.font(), qapp.palette(), qapp.styleSheet()
    yield
    qapp.setStyleSheet(sheet)
    qapp.setPalette(palette)
    qapp.setFont(font)

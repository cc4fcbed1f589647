"""A speech problem reaches the person once, in plain words, whenever it happens."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from pytestqt.qtbot import QtBot

from stretchguide.core.assets import builtin_routines_dir
from stretchguide.core.clock import FakeClock
from stretchguide.core.loader import load_library
from stretchguide.core.settings import AppSettings
from stretchguide.speech import notices
from stretchguide.speech.fake import RecordingSpeaker
from stretchguide.ui.main_window import MainWindow
from tests.core.helpers import catalog
from tests.ui.fakes import TimerBank


class _Notices(QObject):
    notice = Signal(str)


def test_a_notice_told_in_the_library_is_shown_when_the_session_starts(
    qtbot: QtBot, tmp_path: Path
) -> None:
    clock = FakeClock()
    timers = TimerBank(clock)
    holder = _Notices()
    speaker = RecordingSpeaker(clock.now)
    speaker.notice = holder.notice  # type: ignore[attr-defined]
    cat = catalog()
    window = MainWindow(
        cat,
        load_library(cat, builtin_routines_dir()),
        AppSettings(),
        None,
        speaker_factory=lambda _settings: speaker,
        clock=clock,
        timer_factory=timers,
    )
    qtbot.addWidget(window)
    window.show()
    assert window.speaker is speaker  # made while the library is on screen
    text = notices.no_audio_output()
    holder.notice.emit(text)  # the probe found no sound output
    window.start_routine("desk-break", count_in_s=0)
    banner = window.session_view.notice
    assert banner.isVisible() and banner.label.text() == text
    assert "aplay" not in banner.label.text()
    banner.dismiss()
    timers.run_for(20.0)
    assert window.session_view.notice.label.text() == text
    assert not banner.isVisible()  # told once: the speaker does not repeat it

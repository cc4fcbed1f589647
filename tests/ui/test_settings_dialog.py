"""The settings dialog edits every setting, saves through the store and applies next time."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTime
from pytestqt.qtbot import QtBot

from stretchguide.core.settings import AppSettings, SessionSettings
from stretchguide.storage.settings_store import SettingsStore
from stretchguide.ui.settings_dialog import PREVIEW_TEXT, SettingsDialog
from tests.ui.conftest import App, make_app


def test_dialog_round_trip_through_the_store(app: App, tmp_path: Path) -> None:
    app.window.open_settings()
    dialog = app.window.settings_dialog
    app.qtbot.waitUntil(dialog.isVisible)
    dialog.hold_scale.setValue(1.5)
    dialog.warmup.setValue(7)
    dialog.inhale.setValue(5)
    dialog.exhale.setValue(6)
    assert dialog.get_ready.text() == "Fit the first position"  # automatic by default
    dialog.get_ready.setValue(12)
    dialog.halfway_cue.setChecked(False)
    dialog.countdown_cue.setChecked(False)
    dialog.breathing_cue.setChecked(False)
    dialog.encouragement_cue.setChecked(False)
    dialog.rate.setValue(140)
    dialog.volume.setValue(70)
    dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
    dialog.text_size.setCurrentIndex(dialog.text_size.findData(1.3))
    assert not dialog.remind_every.isEnabled()
    dialog.remind_on.setChecked(True)
    assert dialog.remind_every.isEnabled()
    dialog.remind_every.setValue(45)
    dialog.day_start.setTime(QTime(8, 30))
    dialog.day_end.setTime(QTime(17, 0))
    dialog.weekends.setChecked(True)
    app.qtbot.mouseClick(
        dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    stored = SettingsStore(app.store.path).load()
    assert stored.session.hold_scale == 1.5
    assert stored.session.warmup_minutes == 7
    assert (stored.session.inhale_s, stored.session.exhale_s) == (5, 6)
    assert stored.session.get_ready_s == 12
    assert not stored.session.halfway_cue and not stored.session.countdown_cue
    assert not stored.session.breathing_cue and not stored.session.encouragement_cue
    assert (stored.speech.rate, stored.speech.volume) == (140, 0.7)
    assert (stored.ui.theme, stored.ui.text_scale) == ("dark", 1.3)
    assert stored.reminders.enabled and stored.reminders.every_minutes == 45
    assert (stored.reminders.day_start, stored.reminders.day_end) == ("08:30", "17:00")
    assert stored.reminders.day_numbers() == (0, 1, 2, 3, 4, 5, 6)
    assert app.window.settings == stored
    assert app.speaker.applied[-1].rate == 140
    # The next session is compiled with the new settings: 45 s holds, no countdown cues.
    app.start("desk-break")
    hold = next(s for s in app.session.timeline.segments if s.kind.value == "hold")
    assert round(hold.duration_s - hold.lead_s) == 45
    assert all(c.kind.value != "countdown" for c in hold.cues)


def test_dialog_shows_stored_values_and_limits(qtbot: QtBot) -> None:
    settings = AppSettings(session=SessionSettings(warmup_minutes=9, hold_scale=0.5))
    dialog = SettingsDialog(settings, None)
    qtbot.addWidget(dialog)
    assert dialog.warmup.value() == 9
    assert (dialog.warmup.minimum(), dialog.warmup.maximum()) == (5, 10)
    assert dialog.hold_scale.value() == 0.5
    assert dialog.value() == settings
    own = AppSettings(session=SessionSettings(get_ready_s=30))
    dialog.set_value(own)
    assert dialog.get_ready.value() == 30 and dialog.value() == own
    dialog.get_ready.setValue(dialog.get_ready.minimum())
    assert dialog.value().session.get_ready_s == 0.0


def test_preview_speaks_with_the_values_on_screen_and_cancel_restores(app: App) -> None:
    app.window.open_settings()
    dialog = app.window.settings_dialog
    assert dialog.engine.currentData() == "natural"  # the default voice
    assert dialog.voice.currentData() == "heart"
    dialog.engine.setCurrentIndex(dialog.engine.findData("system"))
    assert dialog.voice.findData("fake/en") > 0  # the system's voices, from the speaker
    dialog.voice.setCurrentIndex(dialog.voice.findData("fake/en"))
    dialog.rate.setValue(200)
    app.qtbot.mouseClick(dialog.preview, Qt.MouseButton.LeftButton)
    assert app.speaker.texts[-1] == PREVIEW_TEXT
    assert app.speaker.applied[-1].rate == 200
    assert app.speaker.applied[-1].engine == "system"
    assert app.speaker.applied[-1].voice == "fake/en"
    dialog.engine.setCurrentIndex(dialog.engine.findData("natural"))
    assert dialog.voice.currentData() == "heart"
    assert dialog.speech_value().voice == "fake/en"  # kept for when the system voice is chosen
    dialog.reject()
    assert app.speaker.applied[-1].rate == AppSettings().speech.rate
    assert not app.store.path.exists()


def test_settings_file_is_only_in_the_tmp_folder(qtbot: QtBot, tmp_path: Path) -> None:
    app = make_app(qtbot, tmp_path)
    app.window.apply_settings(AppSettings(session=SessionSettings(hold_scale=2.0)))
    assert app.store.path.is_relative_to(tmp_path)
    assert SettingsStore(app.store.path).load().session.hold_scale == 2.0

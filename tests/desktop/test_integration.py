"""The tray and MPRIS follow the real window: sessions, pauses, settings and the library."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from stretchguide.core.settings import ReminderPrefs
from stretchguide.desktop.integration import attach_desktop
from tests.ui.conftest import make_app


def test_tray_follows_the_session_and_the_settings(qtbot: QtBot, tmp_path: Path, qapp) -> None:
    app = make_app(qtbot, tmp_path)
    services = attach_desktop(qapp, app.window)
    tray = services.tray
    try:
        assert not tray.pause_action.isEnabled()
        app.start("desk-break")
        assert tray.pause_action.isEnabled() and tray.pause_action.text() == "Pause"
        app.driver.pause()
        assert tray.pause_action.text() == "Resume"
        tray.pause_action.trigger()  # resume from the tray
        assert app.session.state.value == "running"
        app.driver.stop()
        assert not tray.pause_action.isEnabled()
        prefs = ReminderPrefs(enabled=True, every_minutes=30)
        app.window.apply_settings(app.window.settings._replace(reminders=prefs))
        assert tray.settings.enabled and tray.settings.every_minutes == 30
    finally:
        tray.shutdown()
        services.mpris.unpublish()


def test_tray_starts_a_routine(qtbot: QtBot, tmp_path: Path, qapp) -> None:
    app = make_app(qtbot, tmp_path)
    services = attach_desktop(qapp, app.window)
    try:
        services.tray.start_routine.emit("desk-break")
        assert app.window.session_active()
        assert app.session.timeline.routine_id == "desk-break"
    finally:
        services.tray.shutdown()
        services.mpris.unpublish()

"""Plugging the window into the desktop: media keys (MPRIS), the tray and break reminders.

Each piece is optional and quiet where unsupported (no session bus, no tray), so the window
itself never depends on any of them and its tests never touch D-Bus.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from stretchguide.core.reminders import from_prefs
from stretchguide.core.session import State
from stretchguide.desktop.mpris import MprisService
from stretchguide.desktop.mpris_session import SessionPlayerControl, raise_widget
from stretchguide.desktop.tray import TrayController

if TYPE_CHECKING:
    from stretchguide.ui.main_window import MainWindow


@dataclass
class DesktopServices:
    mpris: MprisService
    tray: TrayController
    reminder_window: Any = None


def attach_desktop(app: Any, window: MainWindow) -> DesktopServices:
    def quit_app() -> None:
        window.close()
        app.quit()

    control = SessionPlayerControl.for_driver(
        lambda: window.driver, raise_window=lambda: raise_widget(window), quit=quit_app
    )
    mpris = MprisService(control, parent=window)
    mpris.publish()
    window.sessionChanged.connect(mpris.changed)
    app.aboutToQuit.connect(mpris.unpublish)

    tray = TrayController(
        [(r.id, r.title) for r in window.library.routines],
        settings=from_prefs(window.settings.reminders),
        icon=app.windowIcon(),
        parent=window,
    )
    services = DesktopServices(mpris, tray)

    def start(routine_id: str) -> None:
        raise_widget(window)
        if not window.session_active():
            window.start_routine(routine_id)

    def toggle() -> None:
        if window.driver is not None:
            window.driver.toggle()

    def follow_session() -> None:
        tray.set_session_active(window.session_active())
        driver = window.driver
        tray.set_paused(driver is not None and driver.session.state is State.PAUSED)

    def reminder_due() -> None:
        if tray.has_tray:
            return  # the tray shows its own notification
        from stretchguide.desktop.notifications import ReminderWindow

        if services.reminder_window is None:
            services.reminder_window = ReminderWindow(tray, window)
        services.reminder_window.show()

    tray.start_routine.connect(start)
    tray.toggle_pause.connect(toggle)
    tray.quit_requested.connect(quit_app)
    tray.show_requested.connect(lambda: raise_widget(window))
    tray.reminder_due.connect(reminder_due)
    window.sessionChanged.connect(follow_session)
    window.settingsApplied.connect(lambda s: tray.set_settings(from_prefs(s.reminders)))
    window.libraryChanged.connect(
        lambda: tray.set_routines([(r.id, r.title) for r in window.library.routines])
    )
    app.aboutToQuit.connect(tray.shutdown)
    return services

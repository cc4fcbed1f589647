"""The tray icon and its menu, and the break reminders that come through it.

``TrayController`` owns a ``QSystemTrayIcon`` only where the desktop has a tray; elsewhere it
quietly has none, and the app can still listen to ``reminder_due`` and show a small window
(``stretchguide.desktop.notifications.ReminderWindow``). The menu itself is always built, so it
can be tested and reused.

Reminders follow ``stretchguide.core.reminders.next_reminder``: ONE single-shot timer is aimed at
the next reminder, but never more than ``MAX_AIM_MS`` ahead. When it fires early (the computer
slept, the clock was changed, or the aim was capped) it simply re-aims, so a wall-clock jump costs
at most that much lateness. The clock (``now``) and the timer class are injected: tests pass a
fake ``now`` and a timer they fire by hand, and never wait.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any, Protocol

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QApplication, QMenu, QSystemTrayIcon

from stretchguide.core.reminders import ReminderSettings, next_reminder
from stretchguide.ui.plurals import PLURAL
from stretchguide.ui.timers import TimerFactory, TimerLike
from stretchguide.ui.translations import translate

log = logging.getLogger("stretchguide.desktop.tray")

#: The routine a break reminder offers.
REMINDER_ROUTINE = "desk-break"
#: The reminder timer is never aimed further ahead than this; it re-aims when it fires early.
MAX_AIM_MS = 5 * 60 * 1000
#: How long the desktop shows a reminder bubble.
MESSAGE_MS = 20_000


class TrayIconLike(Protocol):
    """The part of ``QSystemTrayIcon`` used here."""

    messageClicked: Any
    activated: Any

    def setContextMenu(self, menu: QMenu) -> None: ...
    def setToolTip(self, tip: str) -> None: ...
    def show(self) -> None: ...
    def hide(self) -> None: ...
    def showMessage(
        self, title: str, message: str, icon: QIcon | QSystemTrayIcon.MessageIcon, msecs: int
    ) -> None: ...


TrayFactory = Callable[[QObject, QIcon], TrayIconLike | None]


def _qtimer(parent: QObject) -> TimerLike:
    timer = QTimer(parent)
    timer.setObjectName("break reminder")
    return timer


def system_tray(parent: QObject, icon: QIcon) -> TrayIconLike | None:
    """A real tray icon, or None where the desktop has no system tray."""
    if not QSystemTrayIcon.isSystemTrayAvailable():
        log.debug("no system tray: the tray icon is off")
        return None
    return QSystemTrayIcon(icon, parent)


class TrayController(QObject):
    """The tray menu (start a routine, pause or resume, quit) and the break reminders.

    Args:
        routines: ``(id, title)`` of each routine the "Start" submenu offers.
        settings: when to remind (off by default).
        reminder_routine: the routine a reminder offers.
        now: the wall clock (``datetime.now``); tests pass a fake.
        timer_factory: makes the reminder timer (``QTimer``); tests pass a hand-fired one.
        tray_factory: makes the tray icon, or returns None where there is no tray.
        icon: the tray icon's picture (the application's window icon when not given).

    Signals:
        start_routine(str): start this routine (from the menu or a reminder).
        toggle_pause(): pause or resume the current session.
        quit_requested(): quit the app.
        reminder_due(): a reminder is due now (with no tray, the app shows ``ReminderWindow``).
        show_requested(): the tray icon was clicked: show the main window.
    """

    start_routine = Signal(str)
    toggle_pause = Signal()
    quit_requested = Signal()
    reminder_due = Signal()
    show_requested = Signal()

    def __init__(
        self,
        routines: Sequence[tuple[str, str]] = (),
        *,
        settings: ReminderSettings | None = None,
        reminder_routine: str = REMINDER_ROUTINE,
        now: Callable[[], datetime] = datetime.now,
        timer_factory: TimerFactory = _qtimer,
        tray_factory: TrayFactory = system_tray,
        icon: QIcon | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._settings = settings or ReminderSettings()
        self._reminder_routine = reminder_routine
        self._now = now
        self._routines: list[tuple[str, str]] = []
        # The countdown starts when the app does (see next_reminder: a stable anchor).
        self._last = now()
        self._snoozed_until: datetime | None = None
        self._due: datetime | None = None
        self._pending = False
        self._active = False
        self._paused = False

        self.menu = QMenu()  # a widget cannot be a QObject's child: deleted with this object
        self.menu.setObjectName("tray menu")
        self.destroyed.connect(self.menu.deleteLater)
        self.start_menu = self.menu.addMenu(translate("Tray", "Start a routine"))
        self.pause_action = self.menu.addAction(translate("Tray", "Pause"))
        self.pause_action.triggered.connect(self.toggle_pause)
        self.menu.addSeparator()
        self.snooze_action = self.menu.addAction("")
        self.snooze_action.triggered.connect(self.snooze)
        self.menu.addSeparator()
        self.quit_action = self.menu.addAction(translate("Tray", "Quit StretchGuide"))
        self.quit_action.triggered.connect(self.quit_requested)
        self.set_routines(routines)

        if icon is None:
            app = QApplication.instance()
            icon = app.windowIcon() if isinstance(app, QApplication) else QIcon()
        self.tray = tray_factory(self, icon)
        if self.tray is not None:
            self.tray.setContextMenu(self.menu)
            self.tray.setToolTip("StretchGuide")
            self.tray.messageClicked.connect(self.start_reminder_routine)
            self.tray.activated.connect(self._on_activated)
            self.tray.show()

        self._timer = timer_factory(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._on_timer)
        self._update_actions()
        self._aim()

    # ---- queries ---------------------------------------------------------------------------
    @property
    def has_tray(self) -> bool:
        return self.tray is not None

    @property
    def timer(self) -> TimerLike:
        return self._timer

    @property
    def next_due(self) -> datetime | None:
        """When the next reminder is due, or None when none will come."""
        return self._due

    @property
    def reminder_pending(self) -> bool:
        """A reminder was shown and not yet answered (started, snoozed or dismissed)."""
        return self._pending

    @property
    def settings(self) -> ReminderSettings:
        return self._settings

    def routine_actions(self) -> list[QAction]:
        return list(self.start_menu.actions())

    # ---- what the app tells the tray -------------------------------------------------------
    def set_routines(self, routines: Sequence[tuple[str, str]]) -> None:
        """The routines the "Start" submenu offers, as ``(id, title)``."""
        self._routines = list(routines)
        self.start_menu.clear()
        for routine_id, title in self._routines:
            action = self.start_menu.addAction(title)
            action.setData(routine_id)
            action.triggered.connect(
                lambda _checked=False, rid=routine_id: self.start_routine.emit(rid)
            )
        self.start_menu.setEnabled(bool(self._routines))

    def set_session_active(self, active: bool) -> None:
        """A session is under way (or no longer): the pause entry follows; an end is a break."""
        was_active, self._active = self._active, active
        if not active:
            self._paused = False
        if was_active and not active:
            self.record_break()
        self._update_actions()

    def set_paused(self, paused: bool) -> None:
        """The session is paused: the entry offers "Resume"."""
        self._paused = paused
        self._update_actions()

    def set_settings(self, settings: ReminderSettings) -> None:
        self._settings = settings
        if not settings.enabled:
            self._pending = False
        self._update_actions()
        self._aim()

    @Slot()
    def record_break(self) -> None:
        """The person just took a break: the next reminder is a full interval away."""
        self._last = self._now()
        self._snoozed_until = None
        self._pending = False
        self._update_actions()
        self._aim()

    # ---- answers to a reminder -------------------------------------------------------------
    @Slot()
    def snooze(self) -> None:
        """Remind again in ``snooze_minutes``."""
        self._snoozed_until = self._settings.snoozed_until(self._now())
        self._pending = False
        self._update_actions()
        self._aim()

    @Slot()
    def dismiss(self) -> None:
        """Not now: the next reminder comes a full interval after this one."""
        self._snoozed_until = None
        self._pending = False
        self._update_actions()
        self._aim()

    @Slot()
    def start_reminder_routine(self) -> None:
        """The reminder was accepted: start the routine it offers."""
        if not self._pending:
            return
        self._pending = False
        self._update_actions()
        self.start_routine.emit(self._reminder_routine)

    def shutdown(self) -> None:
        """Stop the timer and take the icon away (the app is quitting)."""
        self._timer.stop()
        if self.tray is not None:
            self.tray.hide()

    # ---- internals -------------------------------------------------------------------------
    def _aim(self) -> None:
        self._timer.stop()
        now = self._now()
        self._due = next_reminder(now, self._settings, self._last, self._snoozed_until)
        if self._due is None:
            return
        delay_ms = math.ceil(max(0.0, (self._due - now).total_seconds()) * 1000)
        self._timer.start(min(delay_ms, MAX_AIM_MS))

    def _on_timer(self) -> None:
        now = self._now()
        if self._due is None or now < self._due:
            self._aim()  # early: the aim was capped, or the clock moved
            return
        self._last = now
        self._snoozed_until = None
        if self._active:  # stretching already: no reminder needed
            self._aim()
            return
        self._pending = True
        self._update_actions()
        self.reminder_due.emit()
        if self.tray is not None:
            self.tray.showMessage(
                translate("Tray", "Time for a stretch"),
                translate(
                    "Tray",
                    "Click here to start “{routine}”, or snooze it from the StretchGuide menu.",
                ).format(routine=self._routine_title()),
                QSystemTrayIcon.MessageIcon.Information,
                MESSAGE_MS,
            )
        self._aim()

    def _routine_title(self) -> str:
        for routine_id, title in self._routines:
            if routine_id == self._reminder_routine:
                return title
        return self._reminder_routine

    def _on_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            self.show_requested.emit()

    def _update_actions(self) -> None:
        self.pause_action.setEnabled(self._active)
        self.pause_action.setText(
            translate("Tray", "Resume")
            if self._active and self._paused
            else translate("Tray", "Pause")
        )
        self.snooze_action.setText(PLURAL.snooze_reminder_min(self._settings.snooze_minutes))
        self.snooze_action.setEnabled(self._pending)

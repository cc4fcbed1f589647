"""The tray menu and the break reminders, with a fake wall clock and a hand-fired timer.

Monday 2024-06-03; the defaults remind every 50 minutes from 09:00 to 18:00 on weekdays.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

import pytest
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QMenu, QSystemTrayIcon
from pytestqt.qtbot import QtBot

from stretchguide.core.reminders import ReminderSettings
from stretchguide.desktop.notifications import ReminderWindow
from stretchguide.desktop.tray import MAX_AIM_MS, TrayController

ROUTINES = [("desk-break", "Desk break"), ("lower-back-relief", "Lower back relief")]
ON = ReminderSettings(enabled=True)


def at(hh: int, mm: int = 0, ss: int = 0, day: int = 3) -> datetime:
    return datetime(2024, 6, day, hh, mm, ss)


@dataclass
class Now:
    """A wall clock that moves only when a test says so."""

    t: datetime

    def __call__(self) -> datetime:
        return self.t


class HandTimer(QObject):
    """A single-shot timer that fires only when the test says so."""

    timeout = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.active = False
        self.starts: list[int] = []

    def setSingleShot(self, single: bool) -> None:
        assert single

    def start(self, msec: int) -> None:
        self.starts.append(msec)
        self.active = True

    def stop(self) -> None:
        self.active = False

    def isActive(self) -> bool:
        return self.active

    def fire(self) -> None:
        assert self.active, "the timer is not running"
        self.active = False
        self.timeout.emit()


class FakeTray(QObject):
    messageClicked = Signal()
    activated = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.menu: QMenu | None = None
        self.visible = False
        self.messages: list[tuple[str, str]] = []

    def setContextMenu(self, menu: QMenu) -> None:
        self.menu = menu

    def setToolTip(self, tip: str) -> None:
        self.tip = tip

    def show(self) -> None:
        self.visible = True

    def hide(self) -> None:
        self.visible = False

    def showMessage(self, title: str, message: str, icon: Any, msecs: int) -> None:
        self.messages.append((title, message))


@dataclass
class Rig:
    tray: TrayController
    now: Now
    timers: list[HandTimer] = field(default_factory=list)
    icons: list[FakeTray] = field(default_factory=list)

    @property
    def timer(self) -> HandTimer:
        return self.timers[-1]

    @property
    def icon(self) -> FakeTray:
        return self.icons[-1]

    def fire_at(self, moment: datetime) -> None:
        self.now.t = moment
        self.timer.fire()


def make_rig(settings: ReminderSettings = ON, start: datetime | None = None) -> Rig:
    now = Now(start or at(10))
    timers: list[HandTimer] = []
    icons: list[FakeTray] = []

    def timer_factory(parent: QObject) -> HandTimer:
        timers.append(HandTimer(parent))
        return timers[-1]

    def tray_factory(parent: QObject, _icon: QIcon) -> FakeTray:
        icons.append(FakeTray(parent))
        return icons[-1]

    tray = TrayController(
        ROUTINES,
        settings=settings,
        now=now,
        timer_factory=timer_factory,
        tray_factory=tray_factory,
    )
    return Rig(tray, now, timers, icons)


@pytest.fixture
def rig(qtbot: QtBot) -> Iterator[Rig]:
    made = make_rig()
    yield made
    made.tray.shutdown()


# ---- reminders ---------------------------------------------------------------------------------


def test_the_reminder_fires_at_the_right_time(rig: Rig, qtbot: QtBot) -> None:
    assert rig.tray.next_due == at(10, 50)
    assert rig.timer.starts == [MAX_AIM_MS]  # 50 minutes away: aimed at most 5 minutes ahead

    with qtbot.assertNotEmitted(rig.tray.reminder_due):
        rig.fire_at(at(10, 5))
    assert rig.timer.isActive() and rig.tray.next_due == at(10, 50)

    rig.fire_at(at(10, 45))
    assert rig.timer.starts[-1] == 5 * 60 * 1000

    with qtbot.waitSignal(rig.tray.reminder_due, timeout=1000):
        rig.fire_at(at(10, 50))
    assert rig.tray.reminder_pending
    assert rig.icon.messages and "Desk break" in rig.icon.messages[0][1]
    assert rig.tray.snooze_action.isEnabled()
    assert rig.tray.next_due == at(11, 40)  # if ignored, again in 50 minutes


def test_a_late_timer_still_reminds(rig: Rig, qtbot: QtBot) -> None:
    with qtbot.waitSignal(rig.tray.reminder_due, timeout=1000):
        rig.fire_at(at(12, 30))  # the computer slept through 10:50
    assert rig.tray.next_due == at(13, 20)


def test_snooze_re_aims_the_reminder(rig: Rig, qtbot: QtBot) -> None:
    rig.fire_at(at(10, 50))
    rig.now.t = at(10, 51)
    rig.tray.snooze()
    assert rig.tray.next_due == at(11, 1)
    assert rig.timer.starts[-1] == MAX_AIM_MS  # ten minutes away, aimed five ahead
    assert not rig.tray.reminder_pending
    assert not rig.tray.snooze_action.isEnabled()
    with qtbot.waitSignal(rig.tray.reminder_due, timeout=1000):
        rig.fire_at(at(11, 1))


def test_the_snooze_entry_in_the_menu_snoozes(rig: Rig) -> None:
    rig.fire_at(at(10, 50))
    rig.now.t = at(10, 52)
    rig.tray.snooze_action.trigger()
    assert rig.tray.next_due == at(11, 2)


def test_dismiss_waits_a_full_interval(rig: Rig) -> None:
    rig.fire_at(at(10, 50))
    rig.now.t = at(10, 53)
    rig.tray.dismiss()
    assert rig.tray.next_due == at(11, 40)
    assert not rig.tray.reminder_pending


def test_disabled_reminders_never_fire(qtbot: QtBot) -> None:
    made = make_rig(ReminderSettings())
    assert made.tray.next_due is None
    assert not made.timer.isActive()
    with qtbot.assertNotEmitted(made.tray.reminder_due):
        made.timer.timeout.emit()  # even a stray timeout shows nothing
        made.now.t = at(17)
        made.timer.timeout.emit()
    assert made.icon.messages == []


def test_enabling_and_disabling_re_aims(rig: Rig) -> None:
    rig.tray.set_settings(ReminderSettings())
    assert rig.tray.next_due is None and not rig.timer.isActive()
    rig.now.t = at(11)
    rig.tray.set_settings(ReminderSettings(enabled=True, every_minutes=30))
    assert rig.tray.next_due == at(11)  # 30 minutes after start-up (10:00) is past: now
    assert rig.timer.isActive()


def test_after_work_the_reminder_waits_for_the_morning(qtbot: QtBot) -> None:
    made = make_rig(start=at(17, 45))
    assert made.tray.next_due == at(9, 50, day=4)
    with qtbot.assertNotEmitted(made.tray.reminder_due):
        made.fire_at(at(18, 30))
        made.fire_at(at(9, 0, day=4))
    with qtbot.waitSignal(made.tray.reminder_due, timeout=1000):
        made.fire_at(at(9, 50, day=4))
    made.tray.shutdown()


def test_no_reminder_during_a_session_and_a_session_counts_as_a_break(
    rig: Rig, qtbot: QtBot
) -> None:
    rig.tray.set_session_active(True)
    with qtbot.assertNotEmitted(rig.tray.reminder_due):
        rig.fire_at(at(10, 50))
    rig.now.t = at(10, 58)
    rig.tray.set_session_active(False)
    assert rig.tray.next_due == at(11, 48)


def test_clicking_the_bubble_starts_the_desk_break(rig: Rig, qtbot: QtBot) -> None:
    with qtbot.assertNotEmitted(rig.tray.start_routine):
        rig.icon.messageClicked.emit()  # no reminder showing: nothing to accept
    rig.fire_at(at(10, 50))
    with qtbot.waitSignal(rig.tray.start_routine, timeout=1000) as blocker:
        rig.icon.messageClicked.emit()
    assert blocker.args == ["desk-break"]
    assert not rig.tray.reminder_pending


# ---- the menu ----------------------------------------------------------------------------------


def test_the_menu_lists_the_routines_and_starts_them(rig: Rig, qtbot: QtBot) -> None:
    actions = rig.tray.routine_actions()
    assert [a.text() for a in actions] == ["Desk break", "Lower back relief"]
    with qtbot.waitSignal(rig.tray.start_routine, timeout=1000) as blocker:
        actions[1].trigger()
    assert blocker.args == ["lower-back-relief"]
    assert rig.icon.menu is rig.tray.menu


def test_pause_and_quit_entries_emit_their_signals(rig: Rig, qtbot: QtBot) -> None:
    rig.tray.set_session_active(True)
    with qtbot.waitSignal(rig.tray.toggle_pause, timeout=1000):
        rig.tray.pause_action.trigger()
    with qtbot.waitSignal(rig.tray.quit_requested, timeout=1000):
        rig.tray.quit_action.trigger()


def test_the_pause_entry_follows_the_session(rig: Rig) -> None:
    assert not rig.tray.pause_action.isEnabled()
    rig.tray.set_session_active(True)
    assert rig.tray.pause_action.isEnabled()
    assert rig.tray.pause_action.text() == "Pause"
    rig.tray.set_paused(True)
    assert rig.tray.pause_action.text() == "Resume"
    rig.tray.set_session_active(False)
    assert not rig.tray.pause_action.isEnabled()
    assert rig.tray.pause_action.text() == "Pause"


def test_clicking_the_icon_asks_for_the_window(rig: Rig, qtbot: QtBot) -> None:
    with qtbot.waitSignal(rig.tray.show_requested, timeout=1000):
        rig.icon.activated.emit(QSystemTrayIcon.ActivationReason.Trigger)
    with qtbot.assertNotEmitted(rig.tray.show_requested):
        rig.icon.activated.emit(QSystemTrayIcon.ActivationReason.Context)


def test_shutdown_stops_the_timer_and_hides_the_icon(rig: Rig) -> None:
    assert rig.timer.isActive() and rig.icon.visible
    rig.tray.shutdown()
    assert not rig.timer.isActive() and not rig.icon.visible


# ---- without a tray ----------------------------------------------------------------------------


def test_without_a_system_tray_there_is_no_icon_but_reminders_still_come(qtbot: QtBot) -> None:
    now = Now(at(10))
    timers: list[HandTimer] = []

    def timer_factory(parent: QObject) -> HandTimer:
        timers.append(HandTimer(parent))
        return timers[-1]

    # The offscreen platform has no system tray: the real factory quietly makes none.
    tray = TrayController(ROUTINES, settings=ON, now=now, timer_factory=timer_factory)
    assert not QSystemTrayIcon.isSystemTrayAvailable()
    assert tray.tray is None and not tray.has_tray
    now.t = at(10, 50)
    with qtbot.waitSignal(tray.reminder_due, timeout=1000):
        timers[0].fire()
    tray.shutdown()


def test_the_reminder_window_answers_for_the_person(rig: Rig, qtbot: QtBot) -> None:
    rig.fire_at(at(10, 50))
    window = ReminderWindow(rig.tray)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(rig.tray.start_routine, timeout=1000) as blocker:
        window.start_button.click()
    assert blocker.args == ["desk-break"]

    rig.fire_at(at(11, 40))
    rig.now.t = at(11, 41)
    window = ReminderWindow(rig.tray)
    qtbot.addWidget(window)
    window.show()
    window.snooze_button.click()
    assert rig.tray.next_due == at(11, 51)

    rig.fire_at(at(11, 51))
    window = ReminderWindow(rig.tray)
    qtbot.addWidget(window)
    window.show()
    window.close()  # closing it is "not now"
    assert not rig.tray.reminder_pending
    assert rig.tray.next_due == at(11, 51) + timedelta(minutes=50)


def test_the_default_timer_is_a_real_qtimer_that_shutdown_stops(qtbot: QtBot) -> None:
    tray = TrayController(ROUTINES, settings=ON, now=lambda: at(10))
    assert tray.timer.isActive()
    tray.shutdown()
    assert not tray.timer.isActive()

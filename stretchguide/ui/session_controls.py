"""What the session keys and buttons do: one method per command, one QAction per key.

The actions sit on the main window with a window-wide shortcut context, so a key works whatever
widget has focus, and they are enabled only while a session is on screen. Dialogs here are opened
with ``open()`` (window-modal, no nested event loop): the session is paused first, the answer
arrives as a signal, and tests click the dialog's buttons directly.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox, QWidget

from stretchguide.core.model import CueTexts
from stretchguide.core.session import Outcome, State
from stretchguide.core.spoken import where_am_i
from stretchguide.ui.keys import SESSION_KEYS
from stretchguide.ui.pain_dialog import CONTINUE, END, PAIN_NOTICE, SKIP, PainDialog
from stretchguide.ui.plurals import PLURAL
from stretchguide.ui.session_driver import SessionDriver
from stretchguide.ui.session_view import SessionView
from stretchguide.ui.translations import translate

Say = Callable[[str], None]


def where_am_i_text(driver: SessionDriver, cues: CueTexts) -> str:
    """The catalogue's "where am I" phrase, filled from the session (``core.spoken``)."""
    session = driver.session
    seg = session.segment
    upcoming = session.upcoming()
    following = (upcoming.title, upcoming.side) if upcoming else None
    return where_am_i(cues, seg.title, seg.side, session.time_left(), following)


class SessionControls(QObject):
    """Binds keys and buttons to the session commands of whichever driver is attached."""

    def __init__(
        self,
        window: QWidget,
        view: SessionView,
        cues: CueTexts,
        say: Say,
        hush: Callable[[], None],
        show_keys: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.view = view
        self.cues = cues
        self.say = say
        self.hush = hush
        self.driver: SessionDriver | None = None
        self.extend_s = 15.0
        self.pain_dialog: PainDialog | None = None
        self.stop_box: QMessageBox | None = None
        self.actions: dict[str, QAction] = {}
        for binding in SESSION_KEYS:
            action = QAction(binding.title(), window)
            action.setShortcuts([QKeySequence(k) for k in binding.keys])
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(getattr(self, binding.command))
            action.setEnabled(False)
            window.addAction(action)
            self.actions[binding.command] = action
        v = view
        v.pause_button.clicked.connect(self.toggle)
        v.next_button.clicked.connect(self.next)
        v.back_button.clicked.connect(self.previous)
        v.restart_button.clicked.connect(self.restart)
        v.extend_button.clicked.connect(self.extend)
        v.where_button.clicked.connect(self.where_am_i)
        if show_keys is not None:  # the window's Help → Keys: F1 or ? anywhere
            v.keys_button.clicked.connect(show_keys)
        v.stop_button.clicked.connect(self.stop)
        v.pain_button.clicked.connect(self.pain)

    def attach(self, driver: SessionDriver | None, extend_s: float = 15.0) -> None:
        """Aim the keys at ``driver`` (None: a session is not on screen, keys are off)."""
        self.driver = driver
        self.extend_s = extend_s
        for action in self.actions.values():
            action.setEnabled(driver is not None)

    # ---- commands --------------------------------------------------------------------------
    def toggle(self) -> None:
        if self.driver:
            self.driver.toggle()

    def next(self) -> None:
        if self.driver:
            self.driver.next()

    def previous(self) -> None:
        if self.driver:
            self.driver.previous()

    def restart(self) -> None:
        if self.driver:
            self.driver.restart_step()

    def extend(self) -> None:
        if self.driver and self.driver.extend(self.extend_s):
            self.view.show_notice(PLURAL.holding_longer(round(self.extend_s)))

    def where_am_i(self) -> None:
        if not self.driver:
            return
        text = where_am_i_text(self.driver, self.cues)
        self.say(text)
        self.view.show_notice(text)

    def pain(self) -> None:
        """Pause at once, silence the voice, say to ease out, then offer the ways on."""
        driver = self.driver
        if driver is None:
            return
        driver.pause()
        self.hush()
        self.say(self.cues.pain)
        self.view.show_notice(translate("PainDialog", PAIN_NOTICE))
        if self.pain_dialog is not None and self.pain_dialog.isVisible():
            return
        dialog = PainDialog(self.window)
        dialog.chosen.connect(self._on_pain_choice)
        dialog.finished.connect(dialog.deleteLater)
        self.pain_dialog = dialog
        dialog.open()

    def _on_pain_choice(self, choice: str) -> None:
        self.pain_dialog = None
        driver = self.driver
        if driver is None:
            return
        if choice == SKIP:
            driver.next(Outcome.PAIN)
            driver.resume()
        elif choice == END:
            driver.stop(Outcome.PAIN)
        elif choice == CONTINUE:
            self.say(self.cues.resume)
            driver.resume()

    def stop(self) -> None:
        """Esc: end the session, asking first if one is in progress (paused while asking)."""
        driver = self.driver
        if driver is None:
            return
        if driver.session.state is State.READY:
            driver.stop()
            return
        was_running = driver.session.state is State.RUNNING
        driver.pause()
        box = QMessageBox(
            QMessageBox.Icon.Question,
            translate("SessionControls", "End the session?"),
            translate(
                "SessionControls", "End this session now? What you have done so far is kept."
            ),
            QMessageBox.StandardButton.NoButton,
            self.window,
        )
        end = box.addButton(
            translate("SessionControls", "End session"), QMessageBox.ButtonRole.AcceptRole
        )
        keep = box.addButton(
            translate("SessionControls", "Keep going"), QMessageBox.ButtonRole.RejectRole
        )
        end.setAccessibleName(translate("SessionControls", "End session"))
        end.setAccessibleDescription(
            translate("SessionControls", "Stop now and see what was done.")
        )
        keep.setAccessibleName(translate("SessionControls", "Keep going"))
        keep.setAccessibleDescription(
            translate("SessionControls", "Close this question and go on.")
        )
        box.setDefaultButton(end)
        box.setEscapeButton(keep)

        def answered() -> None:
            self.stop_box = None
            if box.clickedButton() is end:
                driver.stop()
            elif was_running:
                driver.resume()
            box.deleteLater()

        box.finished.connect(answered)
        self.stop_box = box
        box.open()

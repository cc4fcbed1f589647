"""A small reminder window for desktops without a system tray.

Non-modal and shown without taking the keyboard focus, so a reminder never interrupts typing: it
offers the desk-break routine, a snooze and "not now", and passes the answer to the
``TrayController`` that raised it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from stretchguide.desktop.tray import TrayController
from stretchguide.ui.plurals import PLURAL
from stretchguide.ui.translations import translate


class ReminderWindow(QWidget):
    """ "Time for a stretch": Start / Snooze / Not now; closes itself on any answer.

    Closing it from the title bar counts as "Not now".
    """

    def __init__(self, tray: TrayController, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window | Qt.WindowType.WindowStaysOnTopHint)
        self.tray = tray
        self._answered = False
        self.setObjectName("reminder window")
        self.setWindowTitle(translate("Notifications", "Time for a stretch · StretchGuide"))
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        self.message = QLabel(
            translate(
                "Notifications", "You have been sitting for a while. Time for a short stretch?"
            )
        )
        self.message.setWordWrap(True)
        self.start_button = QPushButton(translate("Notifications", "Start the desk break"))
        self.start_button.setAccessibleName(
            translate("Notifications", "Start the desk break routine now")
        )
        minutes = tray.settings.snooze_minutes
        self.snooze_button = QPushButton(PLURAL.snooze_min(minutes))
        self.snooze_button.setAccessibleName(PLURAL.remind_again_in(minutes))
        self.dismiss_button = QPushButton(translate("Notifications", "Not now"))

        buttons = QHBoxLayout()
        for button in (self.start_button, self.snooze_button, self.dismiss_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addLayout(buttons)

        self.start_button.clicked.connect(self._start)
        self.snooze_button.clicked.connect(self._snooze)
        self.dismiss_button.clicked.connect(self._dismiss)

    def _start(self) -> None:
        self._answered = True
        self.tray.start_reminder_routine()
        self.close()

    def _snooze(self) -> None:
        self._answered = True
        self.tray.snooze()
        self.close()

    def _dismiss(self) -> None:
        self._answered = True
        self.tray.dismiss()
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing the window without answering is "not now"."""
        if not self._answered:
            self._answered = True
            self.tray.dismiss()
        super().closeEvent(event)

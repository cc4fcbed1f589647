"""What a person sees after pressing "Sharp pain: ease out": ease out first, then choose.

The session is already paused and the voice already says to ease out when this opens. The
screen says each thing once and calmly: the dialog says to ease out and offers the three ways
on; the session's banner (``PAIN_NOTICE``) says what to do if the pain does not go away, and
stays after the dialog has closed. It is opened with ``open()`` (window-modal, no nested
event loop), so the app keeps painting and the choice arrives as a signal.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from stretchguide.ui.translations import QT_TRANSLATE_NOOP, translate

SKIP = "skip"
END = "end"
CONTINUE = "continue"
STAY = "stay"  # Esc or closing: stay paused, nothing decided
EASE_OUT = QT_TRANSLATE_NOOP("PainDialog", "Ease out of the stretch slowly")
SETTLE = QT_TRANSLATE_NOOP(
    "PainDialog", "Rest and breathe until the pain settles. Then choose how to go on."
)
PAIN_NOTICE = QT_TRANSLATE_NOOP(
    "PainDialog", "If the pain persists, stop for today and see a doctor or physiotherapist."
)


class PainDialog(QDialog):
    """Signals: chosen(str): ``skip``, ``end``, ``continue``, or ``stay`` (closed, stay paused)."""

    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("PainDialog", "Ease out"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        heading = QLabel(translate("PainDialog", EASE_OUT))
        heading.setTextFormat(Qt.TextFormat.PlainText)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 2.0)
        font.setBold(True)
        heading.setFont(font)
        body = QLabel(translate("PainDialog", SETTLE))
        body.setTextFormat(Qt.TextFormat.PlainText)
        body.setWordWrap(True)
        font = body.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        body.setFont(font)
        self.skip_button = self._button(
            translate("PainDialog", "Skip this stretch"),
            SKIP,
            translate("PainDialog", "Go on with the next step."),
        )
        self.end_button = self._button(
            translate("PainDialog", "End session"),
            END,
            translate("PainDialog", "Stop here and see what was done."),
        )
        self.continue_button = self._button(
            translate("PainDialog", "Continue"),
            CONTINUE,
            translate("PainDialog", "The pain has gone: carry on with this stretch."),
        )
        self.skip_button.setDefault(True)
        row = QHBoxLayout()
        for b in (self.skip_button, self.end_button, self.continue_button):
            row.addWidget(b)
        layout = QVBoxLayout(self)
        layout.setSpacing(14)
        layout.addWidget(heading)
        layout.addWidget(body)
        layout.addLayout(row)
        self.setAccessibleName(translate("PainDialog", "Ease out"))
        self.setAccessibleDescription(f"{heading.text()}. {body.text()}")
        self.heading = heading
        self.body = body
        self._choice = ""

    def _button(self, text: str, choice: str, description: str) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(text)
        button.setAccessibleDescription(description)
        button.setMinimumHeight(44)
        button.clicked.connect(lambda: self._choose(choice))
        return button

    def _choose(self, choice: str) -> None:
        self._choice = choice
        self.accept()
        self.chosen.emit(choice)

    def reject(self) -> None:
        """Esc or closing the dialog keeps the session paused: nothing happens by accident."""
        super().reject()
        if not self._choice:
            self._choice = STAY
            self.chosen.emit(STAY)

"""A non-blocking, dismissable message strip: problems with files, speech notices.

A modal dialog would stop a person lying on the floor; a banner says what is wrong and lets the
rest keep working. Text is always plain, because it quotes file names and file contents.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from stretchguide.ui.qt_values import plain_label
from stretchguide.ui.theme import give_role
from stretchguide.ui.translations import translate


class Banner(QFrame):
    """A coloured strip with a message and a Dismiss button; hidden until ``show_message``.

    Signals:
        dismissed(): the person closed the banner.
    """

    dismissed = Signal()

    def __init__(self, kind: str = "warning", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        give_role(self, f"banner-{kind}")
        self.setProperty("bannerKind", kind)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        # Plain text set as numbers: a banner is part of the first frame (qt_values).
        self.label = plain_label(QLabel(), wrap=True, selectable=True)
        self.close_button = QPushButton(translate("Banner", "Dismiss"))
        self.close_button.setAccessibleName(translate("Banner", "Dismiss message"))
        self.close_button.setAccessibleDescription(
            translate("Banner", "Hide this message; everything else works.")
        )
        self.close_button.clicked.connect(self.dismiss)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 8, 8)
        layout.addWidget(self.label, 1)
        button_column = QVBoxLayout()  # the button stays at the top of a long message
        button_column.addWidget(self.close_button)
        button_column.addStretch(1)
        layout.addLayout(button_column)
        self.hide()

    def show_message(self, text: str) -> None:
        self.label.setText(text)
        self.setAccessibleName(translate("Banner", "Message"))
        self.setAccessibleDescription(text)
        self.show()

    def dismiss(self) -> None:
        self.hide()
        self.dismissed.emit()

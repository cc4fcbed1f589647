"""The offer, at start-up, to pick up a session that was interrupted by closing the app."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from stretchguide.ui.theme import give_role
from stretchguide.ui.translations import translate


class ResumeOffer(QFrame):
    """A strip above the library: "Resume <routine> at step N?" with Resume and Not now.

    Signals:
        resumeRequested(str, int): routine id and segment index to start from.
        declined(): the person does not want it; the resume point can be forgotten.
    """

    resumeRequested = Signal(str, int)
    declined = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        give_role(self, "banner-info")
        self.setProperty("bannerKind", "info")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.label = QLabel()
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.resume_button = QPushButton(translate("ResumeOffer", "Resume"))
        self.resume_button.setAccessibleName(
            translate("ResumeOffer", "Resume the interrupted session")
        )
        self.resume_button.setAccessibleDescription(
            translate("ResumeOffer", "Start it again at the step where it stopped.")
        )
        self.decline_button = QPushButton(translate("ResumeOffer", "Not now"))
        self.decline_button.setAccessibleName(
            translate("ResumeOffer", "Forget the interrupted session")
        )
        self.decline_button.setAccessibleDescription(
            translate("ResumeOffer", "Do not offer to resume it again.")
        )
        self.resume_button.clicked.connect(self._resume)
        self.decline_button.clicked.connect(self._decline)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 8, 8)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.resume_button)
        layout.addWidget(self.decline_button)
        self._target: tuple[str, int] | None = None
        self.hide()

    def offer(self, routine_id: str, title: str, segment_index: int, step_label: str) -> None:
        self._target = (routine_id, segment_index)
        self.label.setText(
            translate(
                "ResumeOffer",
                "Your last session of “{title}” was interrupted at “{step}”. "
                "Pick it up where you left off?",
            ).format(title=title, step=step_label)
        )
        self.show()

    def _resume(self) -> None:
        self.hide()
        if self._target is not None:
            self.resumeRequested.emit(*self._target)

    def _decline(self) -> None:
        self.hide()
        self._target = None
        self.declined.emit()

"""A small microphone mark for the session view: shows voice control is listening, and flashes
the word it acted on, so a person across the room sees they were heard."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QLabel, QWidget

from stretchguide.ui.translations import QT_TRANSLATE_NOOP, translate
from stretchguide.voice.commands import BY_NAME

LISTENING = QT_TRANSLATE_NOOP("VoiceIndicator", "● Listening")
#: How long a recognised word stays on the indicator (ms).
FLASH_MS = 2000


class VoiceIndicator(QLabel):
    """Hidden while voice control is off; "● Listening", or "● “pause”" for a moment."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAccessibleName(translate("VoiceIndicator", "Voice control"))
        self.setToolTip(
            translate("VoiceIndicator", "Voice control is on: say a command (F1 lists them).")
        )
        self._flash = QTimer(self)
        self._flash.setSingleShot(True)
        self._flash.setInterval(FLASH_MS)
        self._flash.timeout.connect(self._show_listening)
        self.hide()

    def set_listening(self, on: bool) -> None:
        self._flash.stop()
        self.setVisible(on)
        if on:
            self._show_listening()

    def flash(self, name: str) -> None:
        """Show the phrase just acted on, then go back to "Listening"."""
        command = BY_NAME.get(name)
        said = command.phrases[0] if command else name
        self.setText(f"● “{said}”")
        self.setAccessibleDescription(
            translate("VoiceIndicator", "Heard: {said}").format(said=said)
        )
        self._flash.start()

    def _show_listening(self) -> None:
        self.setText(translate("VoiceIndicator", LISTENING))
        self.setAccessibleDescription(translate("VoiceIndicator", "Listening for spoken commands."))

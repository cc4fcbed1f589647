"""The keys help (F1 or ?, in the library and in a session): every key, from the same table
the shortcuts are built from."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from stretchguide.ui.keys import LIBRARY_KEYS, SESSION_KEYS, SHOW_KEYS, key_text
from stretchguide.ui.translations import translate
from stretchguide.voice.commands import COMMANDS


class KeysDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("KeysDialog", "Keys"))
        self.setAccessibleName(translate("KeysDialog", "Keys"))
        self.setAccessibleDescription(
            translate("KeysDialog", "Every key StretchGuide understands.")
        )
        session_rows = [(translate("KeysDialog", "During a session"), "")]
        session_rows += [(b.title(), b.shown_text()) for b in SESSION_KEYS]
        session_rows += [
            ("", ""),
            (translate("KeysDialog", "Anywhere"), ""),
            (SHOW_KEYS.title(), SHOW_KEYS.shown_text()),
        ]
        library_rows = [(translate("KeysDialog", "In the library"), "")]
        library_rows += [(translate("Keys", what), key_text(keys)) for what, keys in LIBRARY_KEYS]
        # Two columns side by side: one long list would not fit a 600-pixel-high screen.
        columns = QHBoxLayout()
        columns.setSpacing(36)
        for rows in (session_rows, library_rows):
            grid = QGridLayout()
            grid.setHorizontalSpacing(24)
            grid.setVerticalSpacing(6)
            for row, (label, keys) in enumerate(rows):
                what = QLabel(label)
                what.setTextFormat(Qt.TextFormat.PlainText)
                if not keys and label:
                    font = what.font()
                    font.setBold(True)
                    what.setFont(font)
                key = QLabel(keys)
                key.setTextFormat(Qt.TextFormat.PlainText)
                font = key.font()
                font.setBold(True)
                key.setFont(font)
                grid.addWidget(key, row, 0)
                grid.addWidget(what, row, 1)
            column = QVBoxLayout()
            column.addLayout(grid)
            column.addStretch(1)
            columns.addLayout(column)
        self.rows = [*session_rows, ("", ""), *library_rows]
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(translate("KeysDialog", "Close"))
        close.setAccessibleDescription(translate("KeysDialog", "Close the list of keys."))
        buttons.rejected.connect(self.reject)
        # The spoken words, in one wrapped line (voice.commands is their one table).
        self.voice_words = QLabel(
            translate("KeysDialog", "With voice control on, say: {words}.").format(
                words=" · ".join(c.phrases[0] for c in COMMANDS)
            )
        )
        self.voice_words.setTextFormat(Qt.TextFormat.PlainText)
        self.voice_words.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(self.voice_words)
        layout.addWidget(buttons)

"""Every key of the app in one table: the actions are built from it and the help lists it.

Keeping one table means the keys dialog can never disagree with what the keys really do.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QKeySequence

from stretchguide.ui.translations import QT_TRANSLATE_NOOP, translate


@dataclass(frozen=True)
class KeyBinding:
    command: str  # the SessionControls method name
    label: str
    keys: tuple[str, ...]  # QKeySequence strings
    shown: str  # how the keys are written in the help

    def title(self) -> str:
        """The label in the window's language (the table holds the English, marked for lupdate)."""
        return translate("Keys", self.label)

    def shown_text(self) -> str:
        return key_text(self.shown)


def key_text(shown: str) -> str:
    """Keys as the help writes them, in the window's language: Qt names the modifiers ("Strg+N"
    in German, from its own catalogue), ours name the rest ("Leertaste")."""
    if "+" in shown and len(shown) > 1:
        return QKeySequence(shown).toString(QKeySequence.SequenceFormat.NativeText)
    return translate("Keys", shown)


SESSION_KEYS: tuple[KeyBinding, ...] = (
    KeyBinding(
        "toggle",
        QT_TRANSLATE_NOOP("Keys", "Pause or resume (the get-ready too)"),
        ("Space",),
        QT_TRANSLATE_NOOP("Keys", "Space"),
    ),
    KeyBinding(
        "next",
        QT_TRANSLATE_NOOP("Keys", "Next step (during the get-ready: start now)"),
        ("Right", "N"),
        QT_TRANSLATE_NOOP("Keys", "→ or N"),
    ),
    KeyBinding(
        "previous",
        QT_TRANSLATE_NOOP("Keys", "Back (restart this step, or the one before)"),
        ("Left", "P"),
        QT_TRANSLATE_NOOP("Keys", "← or P"),
    ),
    KeyBinding("restart", QT_TRANSLATE_NOOP("Keys", "Restart this step"), ("R",), "R"),
    KeyBinding("extend", QT_TRANSLATE_NOOP("Keys", "Hold longer"), ("E",), "E"),
    KeyBinding("where_am_i", QT_TRANSLATE_NOOP("Keys", "Where am I?"), ("W",), "W"),
    KeyBinding("pain", QT_TRANSLATE_NOOP("Keys", "Sharp pain: ease out"), ("X",), "X"),
    KeyBinding(
        "stop",
        QT_TRANSLATE_NOOP("Keys", "Stop the session"),
        ("Esc",),
        QT_TRANSLATE_NOOP("Keys", "Esc"),
    ),
)

#: Works everywhere (Help → Keys owns it), so it is not a session action: two actions with one
#: shortcut would make Qt ignore the key as ambiguous. The menu shows the first key (F1).
SHOW_KEYS = KeyBinding(
    "show_keys",
    QT_TRANSLATE_NOOP("Keys", "Show these keys"),
    ("F1", "?"),
    QT_TRANSLATE_NOOP("Keys", "F1 or ?"),
)

LIBRARY_KEYS: tuple[tuple[str, str], ...] = (
    (QT_TRANSLATE_NOOP("Keys", "Start the selected routine"), QT_TRANSLATE_NOOP("Keys", "Enter")),
    (QT_TRANSLATE_NOOP("Keys", "Choose a routine"), "↑ / ↓"),
    (QT_TRANSLATE_NOOP("Keys", "New routine"), "Ctrl+N"),
    (QT_TRANSLATE_NOOP("Keys", "Edit or copy the selected routine"), "Ctrl+E"),
    (QT_TRANSLATE_NOOP("Keys", "Duplicate the selected routine"), "Ctrl+D"),
    (QT_TRANSLATE_NOOP("Keys", "Import a routine file"), "Ctrl+I"),
    (QT_TRANSLATE_NOOP("Keys", "Export the selected routine"), "Ctrl+Shift+E"),
    (QT_TRANSLATE_NOOP("Keys", "History"), "Ctrl+H"),
    (QT_TRANSLATE_NOOP("Keys", "Settings"), "Ctrl+,"),
    (QT_TRANSLATE_NOOP("Keys", "Quit"), "Ctrl+Q"),
)

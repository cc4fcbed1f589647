"""Every key of the app in one table: the actions are built from it and the help lists it.

Keeping one table means the keys dialog can never disagree with what the keys really do.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class KeyBinding:
    command: str  # the SessionControls method name
    label: str
    keys: tuple[str, ...]  # QKeySequence strings
    shown: str  # how the keys are written in the help


SESSION_KEYS: tuple[KeyBinding, ...] = (
    KeyBinding("toggle", "Pause or resume (the get-ready too)", ("Space",), "Space"),
    KeyBinding("next", "Next step (during the get-ready: start now)", ("Right", "N"), "→ or N"),
    KeyBinding("previous", "Back (restart this step, or the one before)", ("Left", "P"), "← or P"),
    KeyBinding("restart", "Restart this step", ("R",), "R"),
    KeyBinding("extend", "Hold longer", ("E",), "E"),
    KeyBinding("where_am_i", "Where am I?", ("W",), "W"),
    KeyBinding("pain", "Sharp pain: ease out", ("X",), "X"),
    KeyBinding("stop", "Stop the session", ("Esc",), "Esc"),
)

#: Works everywhere (Help → Keys owns it), so it is not a session action: two actions with one
#: shortcut would make Qt ignore the key as ambiguous. The menu shows the first key (F1).
SHOW_KEYS = KeyBinding("show_keys", "Show these keys", ("F1", "?"), "F1 or ?")

LIBRARY_KEYS: tuple[tuple[str, str], ...] = (
    ("Start the selected routine", "Enter"),
    ("Choose a routine", "↑ / ↓"),
    ("New routine", "Ctrl+N"),
    ("Edit or copy the selected routine", "Ctrl+E"),
    ("Duplicate the selected routine", "Ctrl+D"),
    ("Import a routine file", "Ctrl+I"),
    ("Export the selected routine", "Ctrl+Shift+E"),
    ("History", "Ctrl+H"),
    ("Settings", "Ctrl+,"),
    ("Quit", "Ctrl+Q"),
)

"""Qt's enum values for the first frame, set without building PySide6's ``Qt`` namespace.

PySide6 turns every enum of Qt's ``Qt`` namespace (93 of them, some 1,200 values) into a Python
enum the first time any one of them is used: about 120 M instructions, as much as everything
else the app does before its window is up: 46 ms, measured by ``benchmarks/startup_tricks.py``
(the one start-up trick that saves more than the 20 ms a person could feel). The widgets
of the first frame (the library) therefore set the few ``Qt`` values they need as numbers: item
data roles, which Qt's API takes as ints, and widget settings through Qt's property system, which
converts the number in C++. The namespace is then built after the window is on screen, by the
first code that needs it; everywhere else ``Qt`` is used as usual. ``tests/ui/test_first_frame.py``
checks every number here against ``Qt`` and that the first frame never builds the namespace.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtGui import QFontMetrics
    from PySide6.QtWidgets import QLabel, QWidget

#: ``Qt.ItemDataRole``: roles are ints in Qt's item API.
DISPLAY_ROLE = 0
DECORATION_ROLE = 1
ACCESSIBLE_TEXT_ROLE = 11
SIZE_HINT_ROLE = 13
USER_ROLE = 256

#: ``Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextSingleLine``:
#: how a routine row draws each of its lines.
LEFT_TOP_ONE_LINE = 0x1 | 0x20 | 0x100
#: ``Qt.TextFormat.PlainText``.
PLAIN_TEXT = 0
#: ``Qt.FocusPolicy.TabFocus``.
TAB_FOCUS = 0x1
#: ``Qt.TextInteractionFlag.TextSelectableByMouse``.
SELECTABLE_BY_MOUSE = 1
#: ``Qt.ColorScheme``: Unknown (follow the system), Light, Dark.
COLOR_SCHEMES = {"system": 0, "light": 1, "dark": 2}

ELLIPSIS = "…"


def plain_label(label: QLabel, *, wrap: bool = False, selectable: bool = False) -> QLabel:
    """``label``, set to show its text as plain text (never rich text) and returned."""
    label.setProperty("textFormat", PLAIN_TEXT)
    label.setWordWrap(wrap)
    if selectable:
        label.setProperty("textInteractionFlags", SELECTABLE_BY_MOUSE)
    return label


def focus_by_tab_only(widget: QWidget) -> None:
    widget.setProperty("focusPolicy", TAB_FOCUS)


def elided(metrics: QFontMetrics, text: str, width: int) -> str:
    """``text`` cut to fit ``width`` pixels, ending in an ellipsis if it had to be cut.

    What ``QFontMetrics.elidedText(text, Qt.TextElideMode.ElideRight, width)`` does, which needs
    the namespace. A binary search over the length: a handful of measurements for any title.
    """
    if metrics.horizontalAdvance(text) <= width:
        return text
    low, high = 0, len(text)
    while low < high:
        middle = (low + high + 1) // 2
        if metrics.horizontalAdvance(text[:middle].rstrip() + ELLIPSIS) <= width:
            low = middle
        else:
            high = middle - 1
    return text[:low].rstrip() + ELLIPSIS

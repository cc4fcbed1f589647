"""Light and dark looks built on QPalette, so every standard widget follows along.

``system`` follows the desktop's colour scheme (QStyleHints.setColorScheme(Unknown)); ``light``
and ``dark`` ask Qt for that scheme and also set a matching palette on the Fusion style, because
not every platform theme (Xvfb, offscreen, older desktops) honours the colour-scheme hint.
The few colours that carry meaning (the red pain button, the banners) are set by small style
sheets on those widgets alone, which read well on both.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette, QStyleHints
from PySide6.QtWidgets import QApplication, QWidget

from stretchguide.core.settings import UiSettings
from stretchguide.ui.qt_values import COLOR_SCHEMES

ACCENT = QColor("#2f7d73")  # a calm teal: progress, the pacer, the selected routine
ACCENT_DARK = QColor("#5fb3a6")
PAIN = "#c62828"
PAIN_HOVER = "#b71c1c"

_BASE_POINT_SIZE = 11.0

#: Set on an application whose style is Fusion already. ``app.setStyle("Fusion")`` returns the
#: style, and wrapping that return value builds Python's QStyle type: 12 ms of start-up spent
#: on nothing, so the app asks for Fusion with Qt's own ``-style`` option instead.
_FUSION_SET = "stretchguideFusion"


def create_application(argv: list[str]) -> QApplication:
    """The QApplication, already on the Fusion style (the palettes here are made for it)."""
    app = QApplication([*argv, "-style", "Fusion"])
    app.setProperty(_FUSION_SET, True)
    return app


def _palette(dark: bool) -> QPalette:
    p = QPalette()
    role = QPalette.ColorRole
    if dark:
        colours = {
            role.Window: "#1e2124",
            role.WindowText: "#eceff1",
            role.Base: "#15171a",
            role.AlternateBase: "#23272b",
            role.Text: "#eceff1",
            role.Button: "#2b3035",
            role.ButtonText: "#eceff1",
            role.ToolTipBase: "#2b3035",
            role.ToolTipText: "#eceff1",
            role.PlaceholderText: "#8a939b",
            role.Highlight: ACCENT_DARK.name(),
            role.HighlightedText: "#0b1412",
            role.Link: ACCENT_DARK.name(),
            role.Mid: "#3a4046",
            role.Midlight: "#30353a",
            role.Dark: "#101214",
            role.Shadow: "#000000",
            role.Light: "#3a4046",
        }
    else:
        colours = {
            role.Window: "#f6f7f5",
            role.WindowText: "#1b1f22",
            role.Base: "#ffffff",
            role.AlternateBase: "#eef1ef",
            role.Text: "#1b1f22",
            role.Button: "#e9ecea",
            role.ButtonText: "#1b1f22",
            role.ToolTipBase: "#ffffff",
            role.ToolTipText: "#1b1f22",
            role.PlaceholderText: "#6b7378",
            role.Highlight: ACCENT.name(),
            role.HighlightedText: "#ffffff",
            role.Link: ACCENT.name(),
            role.Mid: "#c4cac7",
            role.Midlight: "#dde2df",
            role.Dark: "#9aa29e",
            role.Shadow: "#6b7378",
            role.Light: "#ffffff",
        }
    for r, colour in colours.items():
        p.setColor(r, QColor(colour))
    p.setColor(QPalette.ColorGroup.Disabled, role.Text, QColor("#7d858a"))
    p.setColor(QPalette.ColorGroup.Disabled, role.ButtonText, QColor("#7d858a"))
    p.setColor(QPalette.ColorGroup.Disabled, role.WindowText, QColor("#7d858a"))
    return p


#: The looks that carry meaning, each set on its own widget by :func:`give_role`. A style sheet on
#: the whole application would send every widget through Qt's style-sheet machinery, which
#: costs start-up about 5 % (benchmarks/ui_startup.py) for four kinds of widget.
ROLE_SHEETS: dict[str, str] = {
    "pain": f"""
QPushButton#pain {{
    background: {PAIN}; color: white; font-weight: bold;
    border: none; border-radius: 8px; padding: 12px 22px;
}}
QPushButton#pain:hover, QPushButton#pain:focus {{ background: {PAIN_HOVER}; }}
QPushButton#pain:focus {{ outline: 3px solid white; }}
""",
    "banner-warning": """
QFrame#banner-warning {
    background: #fff3cd; color: #4a3b00; border: 1px solid #e0c46c; border-radius: 6px;
}
QFrame#banner-warning QLabel { color: #4a3b00; }
""",
    "banner-info": """
QFrame#banner-info {
    background: #dcefeb; color: #10352f; border: 1px solid #8fc3b9; border-radius: 6px;
}
QFrame#banner-info QLabel { color: #10352f; }
""",
    "primary": "QPushButton#primary { font-weight: bold; padding: 10px 26px; }",
}


def give_role(widget: QWidget, role: str) -> None:
    """Name ``widget`` after its role (``pain``, ``primary``, ``banner-info``...) and give it
    that role's look."""
    widget.setObjectName(role)
    widget.setStyleSheet(ROLE_SHEETS[role])


def _desktop_is_dark(hints: QStyleHints) -> bool:
    from PySide6.QtCore import Qt

    return bool(hints.colorScheme() == Qt.ColorScheme.Dark)


def is_dark(app: QGuiApplication) -> bool:
    """Whether the palette in use is dark (for painted widgets choosing their colours)."""
    return app.palette().color(QPalette.ColorRole.Window).lightness() < 128


def apply_theme(app: QApplication, ui: UiSettings, *, system_dark: bool | None = None) -> None:
    """Apply ``ui.theme`` and ``ui.text_scale`` to the whole application.

    ``system_dark`` says whether the desktop is dark, when the caller knows: start-up reads it
    from the platform's palette before ours replaces it, because asking
    ``QStyleHints.colorScheme()`` would build PySide6's ``Qt`` namespace before the first frame
    (see ``stretchguide.ui.qt_values``).
    """
    ui = ui.clamped()
    if not app.property(_FUSION_SET):
        app.setStyle("Fusion")
        app.setProperty(_FUSION_SET, True)
    hints = app.styleHints()
    # As a number through the property system; "system" (Unknown) follows the desktop again.
    hints.setProperty("colorScheme", COLOR_SCHEMES.get(ui.theme, 0))
    if ui.theme == "system":
        dark = system_dark if system_dark is not None else _desktop_is_dark(hints)
    else:
        dark = ui.theme == "dark"
    app.setPalette(_palette(dark))
    for widget in app.allWidgets():  # none at start-up; after a change, the styled ones
        sheet = ROLE_SHEETS.get(widget.objectName())
        if sheet is not None:
            # A widget with its own style sheet took its colours when it was styled: style it
            # again so it follows the new palette.
            widget.setStyleSheet("")
            widget.setStyleSheet(sheet)
    font = QFont(app.font())
    font.setPointSizeF(_BASE_POINT_SIZE * ui.text_scale)
    app.setFont(font)

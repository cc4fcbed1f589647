"""The big countdown: the seconds left of the current hold, inside a ring that empties.

It is the one thing a person checks from the floor, so it is painted as large as the space allows.
For screen readers it is deliberately quiet: its accessible name is fixed ("Countdown") and its
description changes only when told (per step, or every ten seconds), never each second.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from stretchguide.ui.translations import translate


def format_seconds(seconds: float) -> str:
    """``45`` below a minute, ``2:05`` above: what fits in the ring and reads at a glance."""
    whole = max(0, int(seconds + 0.999))
    if whole < 60:
        return str(whole)
    return f"{whole // 60}:{whole % 60:02d}"


class CountdownRing(QWidget):
    """A ring showing the share of the step left, with the big number (or a short word) inside."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._text = ""
        self._caption = ""
        self._fraction = 1.0
        self.setMinimumSize(QSize(200, 200))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(translate("CountdownRing", "Countdown"))

    def set_value(self, text: str, fraction: float, caption: str = "") -> None:
        if (text, caption) == (self._text, self._caption) and abs(fraction - self._fraction) < 1e-3:
            return
        self._text = text
        self._caption = caption
        self._fraction = max(0.0, min(1.0, fraction))
        self.update()

    def announce(self, description: str) -> None:
        """Update what a screen reader hears; call per step or every ten seconds at most."""
        self.setAccessibleDescription(description)

    def text(self) -> str:
        return self._text

    def caption(self) -> str:
        return self._caption

    def sizeHint(self) -> QSize:
        return QSize(320, 320)

    def heightForWidth(self, width: int) -> int:
        return width

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        side = min(self.width(), self.height())
        thickness = max(6.0, side * 0.045)
        box = QRectF(0, 0, side - thickness, side - thickness)
        box.moveCenter(QRectF(self.rect()).center())
        pal = self.palette()
        track = QColor(pal.color(QPalette.ColorRole.WindowText))
        track.setAlphaF(0.12)
        painter.setPen(QPen(track, thickness))
        painter.drawEllipse(box)
        if self._fraction > 0:
            pen = QPen(pal.color(QPalette.ColorRole.Highlight), thickness)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            painter.setPen(pen)
            painter.drawArc(box, 90 * 16, round(self._fraction * 360 * 16))
        painter.setPen(pal.color(QPalette.ColorRole.WindowText))
        font = QFont(self.font())
        words = len(self._text) > 5
        size = side * (0.36 if len(self._text) <= 2 else 0.25 if not words else 0.1)
        font.setPixelSize(max(12, round(size)))
        font.setBold(True)
        painter.setFont(font)
        text_box = QRectF(box).adjusted(side * 0.16, 0, -side * 0.16, 0)
        if self._caption:
            text_box.adjust(0, -side * 0.08, 0, -side * 0.08)
        flags = Qt.AlignmentFlag.AlignCenter
        if words:
            flags |= Qt.TextFlag.TextWordWrap
        painter.drawText(text_box, flags, self._text)
        if self._caption:
            small = QFont(self.font())
            small.setPixelSize(max(10, round(side * 0.07)))
            painter.setFont(small)
            cap_box = QRectF(box.left(), box.center().y() + side * 0.16, box.width(), side * 0.12)
            painter.drawText(cap_box, Qt.AlignmentFlag.AlignCenter, self._caption)
        painter.end()

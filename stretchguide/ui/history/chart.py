"""A small bar chart painted with QPainter (QtCharts is not part of PySide6-Essentials).

One bar per value, a left axis with a few round ticks and light grid lines, labels under every
``label_every``-th bar (counted back from the last one, so "today" is always labelled), and the
value above each bar that has one. Colours come from the palette, so it follows light and dark.
The numbers are kept (``values()``, ``labels()``) and summed up in the accessible description.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from stretchguide.ui.translations import translate


@dataclass(frozen=True)
class Bar:
    label: str  # under the bar (shown every ``label_every`` bars)
    value: float
    tooltip: str = ""  # the full description of this bar


def nice_step(top: float, max_ticks: int = 4) -> float:
    """A round tick step (1, 2, 5, 10, 20...) giving at most ``max_ticks`` ticks up to ``top``."""
    if top <= 0:
        return 1.0
    raw = top / max_ticks
    magnitude = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 5, 10):
        step = factor * magnitude
        if step >= raw:
            return float(max(step, 1.0))
    return float(10 * magnitude)


class BarChart(QWidget):
    """Bars for a short series; call :meth:`set_bars`."""

    def __init__(
        self,
        name: str,
        *,
        unit: str = "",
        value_text: Callable[[float], str] = lambda v: f"{v:g}",
        label_every: int = 1,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._name = name
        self._unit = unit
        self._value_text = value_text
        self._label_every = max(1, label_every)
        self._bars: list[Bar] = []
        self.setAccessibleName(name)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    # ---- data --------------------------------------------------------------------------------
    def set_bars(self, bars: Sequence[Bar], summary: str = "") -> None:
        self._bars = list(bars)
        self.setAccessibleDescription(summary or self._summary())
        self.setToolTip(summary or self._summary())
        self.update()

    def values(self) -> list[float]:
        return [b.value for b in self._bars]

    def labels(self) -> list[str]:
        return [b.label for b in self._bars]

    def _summary(self) -> str:
        if not self._bars:
            return translate("BarChart", "{chart}: no data").format(chart=self._name)
        parts = [f"{b.tooltip or b.label}: {self._value_text(b.value)}" for b in self._bars]
        return f"{self._name}. " + "; ".join(parts)

    # ---- size --------------------------------------------------------------------------------
    def sizeHint(self) -> QSize:
        line = QFontMetricsF(self.font()).height()
        return QSize(560, round(line * 11))

    def minimumSizeHint(self) -> QSize:
        line = QFontMetricsF(self.font()).height()
        return QSize(240, round(line * 8))

    # ---- painting ----------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        text_colour = pal.color(QPalette.ColorRole.WindowText)
        muted = QColor(text_colour)
        muted.setAlphaF(0.62)
        grid = QColor(text_colour)
        grid.setAlphaF(0.14)
        accent = pal.color(QPalette.ColorRole.Highlight)
        soft = QColor(accent)
        soft.setAlphaF(0.72)

        small = QFont(self.font())
        small.setPointSizeF(max(7.0, self.font().pointSizeF() * 0.85))
        fm = QFontMetricsF(small)
        top_value = max((b.value for b in self._bars), default=0.0)
        step = nice_step(top_value)
        ticks = max(1, math.ceil(top_value / step)) if top_value > 0 else 1
        axis_top = step * ticks

        tick_texts = [self._value_text(step * i) for i in range(ticks + 1)]
        left = max(fm.horizontalAdvance(t) for t in tick_texts) + 10
        unit_h = fm.height() + 4 if self._unit else 0
        plot = QRectF(
            left,
            unit_h + fm.height() * 0.6 + 4,
            self.width() - left - 8,
            self.height() - unit_h - fm.height() * 1.6 - 14,
        )
        painter.setFont(small)

        if self._unit:
            painter.setPen(muted)
            painter.drawText(QPointF(2, fm.ascent() + 1), self._unit)

        for i in range(ticks + 1):
            y = plot.bottom() - plot.height() * i / ticks
            painter.setPen(QPen(grid if i else muted, 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(muted)
            painter.drawText(
                QRectF(0, y - fm.height() / 2, left - 6, fm.height()),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                tick_texts[i],
            )

        count = len(self._bars)
        if not count:
            painter.end()
            return
        slot = plot.width() / count
        bar_w = max(2.0, min(slot * 0.68, 46.0))
        last = count - 1
        bold_small = QFont(small)
        bold_small.setBold(True)
        widest = max(QFontMetricsF(bold_small).horizontalAdvance(b.label) for b in self._bars)
        every = self._label_every
        while every * slot < widest + 10 and every < count:
            every += self._label_every
        for i, bar in enumerate(self._bars):
            cx = plot.left() + slot * (i + 0.5)
            if bar.value > 0:
                h = max(2.0, plot.height() * bar.value / axis_top)
                rect = QRectF(cx - bar_w / 2, plot.bottom() - h, bar_w, h)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(accent if i == last else soft)
                radius = min(4.0, bar_w / 3)
                painter.drawRoundedRect(rect, radius, radius)
                if fm.horizontalAdvance(self._value_text(bar.value)) <= slot + 4:
                    painter.setPen(text_colour)
                    painter.drawText(
                        QRectF(cx - slot, rect.top() - fm.height() - 1, slot * 2, fm.height()),
                        Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
                        self._value_text(bar.value),
                    )
            if (last - i) % every == 0:
                painter.setPen(QPen(muted, 1))
                painter.drawLine(QPointF(cx, plot.bottom()), QPointF(cx, plot.bottom() + 4))
                bold = i == last
                font = QFont(small)
                font.setBold(bold)
                painter.setFont(font)
                painter.setPen(text_colour if bold else muted)
                text_w = QFontMetricsF(font).horizontalAdvance(bar.label) + 4
                width = min(text_w, float(self.width()))
                x = min(max(cx - width / 2, 0.0), self.width() - width)
                painter.drawText(
                    QRectF(x, plot.bottom() + 6, width, fm.height() + 2),
                    Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                    bar.label,
                )
                painter.setFont(small)
        painter.end()

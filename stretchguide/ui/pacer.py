"""The breathing pacer: a circle that grows on the inhale and shrinks on the exhale.

Someone lying on the floor follows a shape out of the corner of an eye more easily than words.
The size is animated with one QTimeLine per half-breath, started by the session's own
inhale/exhale cues, so the circle stays in step with the voice and there is no loop of our own.
A breath is slow: 25 frames a second, and a repaint only when the circle has grown or shrunk by
a pixel, look just as smooth as 60 and keep a long session's CPU use low.
"""

from __future__ import annotations

from PySide6.QtCore import QEasingCurve, QRectF, QSize, Qt, QTimeLine
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from stretchguide.ui.translations import translate

_SMALL = 0.35  # radius at the bottom of an exhale, as a share of the largest radius
_FRAME_MS = 40


class BreathingPacer(QWidget):
    """A painted circle; ``inhale(s)``/``exhale(s)`` animate it, ``rest()`` settles it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._level = _SMALL
        self._phase = ""
        self._from = self._to = _SMALL
        self._painted_px = -1
        self._anim = QTimeLine(1000, self)
        self._anim.setUpdateInterval(_FRAME_MS)
        self._anim.setEasingCurve(QEasingCurve(QEasingCurve.Type.InOutSine))
        self._anim.valueChanged.connect(self._on_value)
        self._anim.finished.connect(self._on_finished)
        self._then_exhale_s = 0.0
        self.setMinimumSize(QSize(120, 120))
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.setAccessibleName(translate("BreathingPacer", "Breathing pacer"))
        self.setAccessibleDescription(
            translate(
                "BreathingPacer", "Grows while you breathe in, shrinks while you breathe out."
            )
        )

    # ---- commands --------------------------------------------------------------------------
    def inhale(self, seconds: float) -> None:
        self._animate_to(1.0, seconds, "in")

    def exhale(self, seconds: float) -> None:
        self._animate_to(_SMALL, seconds, "out")

    def breathe_once(self, inhale_s: float, exhale_s: float) -> None:
        """One slow breath (for a spoken breathing prompt during a hold)."""
        self.inhale(inhale_s)
        self._then_exhale_s = exhale_s

    def rest(self) -> None:
        """Stop and settle small, for steps without a breathing rhythm."""
        self._then_exhale_s = 0.0
        self._anim.stop()
        self._phase = ""
        self._level = _SMALL
        self.update()

    def pause(self) -> None:
        if self._anim.state() == QTimeLine.State.Running:
            self._anim.setPaused(True)

    def resume(self) -> None:
        if self._anim.state() == QTimeLine.State.Paused:
            self._anim.setPaused(False)

    # ---- queries ---------------------------------------------------------------------------
    @property
    def phase(self) -> str:
        """``in``, ``out`` or empty: what the circle is doing now."""
        return self._phase

    @property
    def level(self) -> float:
        return self._level

    def sizeHint(self) -> QSize:
        return QSize(180, 180)

    # ---- internals -------------------------------------------------------------------------
    def _animate_to(self, target: float, seconds: float, phase: str) -> None:
        self._then_exhale_s = 0.0
        self._anim.stop()
        self._phase = phase
        self._from, self._to = self._level, target
        self._anim.setDuration(max(1, int(seconds * 1000)))
        self._anim.start()

    def _on_finished(self) -> None:
        self._level = self._to
        self.update()
        if self._then_exhale_s > 0:
            self.exhale(self._then_exhale_s)

    def _on_value(self, progress: float) -> None:
        self._level = self._from + (self._to - self._from) * progress
        px = round(self._radius())
        if px != self._painted_px:
            self.update()

    def _radius(self) -> float:
        return (min(self.width(), self.height()) - 8) / 2 * self._level

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        side = min(self.width(), self.height()) - 8
        centre = QRectF(self.rect()).center()
        accent = self.palette().color(QPalette.ColorRole.Highlight)
        guide = QColor(accent)
        guide.setAlphaF(0.25)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(guide)
        painter.drawEllipse(centre, side / 2, side / 2)
        fill = QColor(accent)
        fill.setAlphaF(0.85)
        painter.setBrush(fill)
        r = self._radius()
        self._painted_px = round(r)
        painter.drawEllipse(centre, r, r)
        painter.end()

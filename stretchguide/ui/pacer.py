"""The breathing pacer: a circle that grows on the inhale and shrinks on the exhale.

Someone lying on the floor follows a shape out of the corner of an eye more easily than words.
The size is animated with one QVariantAnimation per half-breath, started by the session's own
inhale/exhale cues, so the circle stays in step with the voice and there is no loop of our own.
"""

from __future__ import annotations

from PySide6.QtCore import QEasingCurve, QRectF, QSize, Qt, QVariantAnimation
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

_SMALL = 0.35  # radius at the bottom of an exhale, as a share of the largest radius


class BreathingPacer(QWidget):
    """A painted circle; ``inhale(s)``/``exhale(s)`` animate it, ``rest()`` settles it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._level = _SMALL
        self._phase = ""
        self._anim = QVariantAnimation(self)
        self._anim.setEasingCurve(QEasingCurve.Type.InOutSine)
        self._anim.valueChanged.connect(self._on_value)
        self._anim.finished.connect(self._on_finished)
        self._then_exhale_s = 0.0
        self.setMinimumSize(QSize(120, 120))
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.setAccessibleName("Breathing pacer")
        self.setAccessibleDescription("Grows while you breathe in, shrinks while you breathe out.")

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
        if self._anim.state() == QVariantAnimation.State.Running:
            self._anim.pause()

    def resume(self) -> None:
        if self._anim.state() == QVariantAnimation.State.Paused:
            self._anim.resume()

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
        self._anim.setStartValue(self._level)
        self._anim.setEndValue(target)
        self._anim.setDuration(max(1, int(seconds * 1000)))
        self._anim.start()

    def _on_finished(self) -> None:
        if self._then_exhale_s > 0:
            self.exhale(self._then_exhale_s)

    def _on_value(self, value: object) -> None:
        self._level = float(value)  # type: ignore[arg-type]
        self.update()

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
        r = side / 2 * self._level
        painter.drawEllipse(centre, r, r)
        painter.end()

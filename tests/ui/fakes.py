"""Hand-fired timers for the UI tests (qutebrowser's FakeTimer pattern, with a fake clock).

The driver asks for a timer in ``N`` ms; ``FakeTimer`` remembers when that would be on the fake
clock, and ``run_for(seconds)`` plays the event loop forward exactly: it moves the clock to each
due time in turn and fires the timer, so nothing ever waits in real time.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from stretchguide.core.clock import FakeClock


class FakeTimer(QObject):
    """A single-shot timer that fires only when a test says so."""

    timeout = Signal()

    def __init__(self, clock: FakeClock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.clock = clock
        self._active = False
        self.single_shot = False
        self.interval_ms = 0
        self.due: float | None = None
        self.starts: list[int] = []

    def setSingleShot(self, single: bool) -> None:
        self.single_shot = single

    def start(self, msec: int) -> None:
        self.interval_ms = msec
        self.starts.append(msec)
        self.due = self.clock.now() + msec / 1000.0
        self._active = True

    def stop(self) -> None:
        self._active = False
        self.due = None

    def isActive(self) -> bool:
        return self._active

    def fire(self) -> None:
        """Fire now, as if the interval had passed (the clock is not moved)."""
        if self.single_shot:
            self._active = False
            self.due = None
        self.timeout.emit()


class TimerBank:
    """Makes the timers for a driver and steps fake time through them."""

    def __init__(self, clock: FakeClock) -> None:
        self.clock = clock
        self.timers: list[FakeTimer] = []

    def __call__(self, parent: QObject) -> FakeTimer:
        timer = FakeTimer(self.clock, parent)
        self.timers.append(timer)
        return timer

    def active(self) -> list[FakeTimer]:
        return [t for t in self.timers if t.isActive()]

    def run_for(self, seconds: float, max_fires: int = 100_000) -> int:
        """Advance the clock by ``seconds``, firing every timer that falls due on the way."""
        end = self.clock.now() + seconds
        fires = 0
        while fires < max_fires:
            due = [t for t in self.active() if t.due is not None and t.due <= end + 1e-9]
            if not due:
                break
            timer = min(due, key=lambda t: t.due or 0.0)
            assert timer.due is not None
            if timer.due > self.clock.now():
                self.clock.advance(timer.due - self.clock.now())
            timer.fire()
            fires += 1
        if end > self.clock.now():
            self.clock.advance(end - self.clock.now())
        return fires

"""The thin Qt adapter between the core ``Session`` and the widgets, the speaker and the keys.

Only the ``Session`` decides what happens next; this class just makes sure it is asked at the
right moments. It owns ONE single-shot timer aimed at whichever comes first: the session's next
deadline (a cue or the end of a segment) or the next whole second of the on-screen countdown.
There is no polling loop and nothing sleeps, so the GUI thread is never blocked.

The clock and the timer class are injected: the app passes ``MonotonicClock`` and ``QTimer``;
tests pass a ``FakeClock`` and a timer they fire by hand, then call ``clock.advance(x)`` and
``driver.tick()`` to step a whole session deterministically.
"""

from __future__ import annotations

import logging
import math
from typing import Protocol

from PySide6.QtCore import QObject, Signal

from stretchguide.core.clock import Clock
from stretchguide.core.session import (
    CueDue,
    Event,
    Extended,
    Finished,
    Outcome,
    Paused,
    Resumed,
    SegmentStarted,
    Session,
    State,
    Stopped,
)
from stretchguide.ui.timers import TimerFactory, TimerLike, qtimer

log = logging.getLogger("stretchguide.ui.driver")

#: A deadline closer than this counts as "now", so float noise never schedules a 0 ms loop.
_EPSILON_S = 0.001


class EventHandler(Protocol):
    """The speech coach, or anything else that turns session events into something."""

    def handle(self, event: Event) -> None: ...


class SessionDriver(QObject):
    """Plays a ``Session`` on a Qt event loop and re-emits its events as signals.

    Signals:
        segmentStarted(object): a ``SegmentStarted`` event (a new step or side began).
        cueDue(object): a ``CueDue`` event (something is said now).
        paused() / resumed(): the session was paused or resumed.
        extended(float): the current hold got this many more seconds.
        finished(object): the ``SessionSummary`` of a session played to the end.
        stopped(object): the ``SessionSummary`` of a session stopped early.
        ticked(): the display should refresh (a whole second passed, or the state changed).
        getReady(int): seconds left of the "get ready" countdown before the session starts.
    """

    segmentStarted = Signal(object)
    cueDue = Signal(object)
    paused = Signal()
    resumed = Signal()
    extended = Signal(float)
    finished = Signal(object)
    stopped = Signal(object)
    ticked = Signal()
    getReady = Signal(int)
    aboutToStart = Signal()  # the last moment to retime the session with exact speech lengths

    def __init__(
        self,
        session: Session,
        clock: Clock,
        *,
        coach: EventHandler | None = None,
        timer_factory: TimerFactory = qtimer,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.clock = clock
        self.coach = coach
        self._timer = timer_factory(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.tick)
        self._ready_until: float | None = None
        self._ready_paused_s = 0.0  # count-in seconds left when paused during the count-in
        self._ready_total_s = 0.0  # the whole count-in, for the ring's fraction
        session.subscribe(self._on_event)

    # ---- queries ---------------------------------------------------------------------------
    @property
    def timer(self) -> TimerLike:
        """The one timer, exposed so tests (and the leak check) can see and fire it."""
        return self._timer

    @property
    def counting_in(self) -> bool:
        """True during the "get ready" countdown, before the session itself starts."""
        return self._ready_until is not None

    def ready_left(self) -> int:
        """Whole seconds of the "get ready" countdown still to show."""
        if self._ready_paused_s > 0:
            return max(1, math.ceil(self._ready_paused_s - _EPSILON_S))
        if self._ready_until is None:
            return 0
        return max(0, math.ceil(self._ready_until - self.clock.now() - _EPSILON_S))

    def ready_fraction(self) -> float:
        """The share of the count-in still to go (1.0 at its start), for the countdown ring."""
        if self._ready_total_s <= 0:
            return 0.0
        return min(1.0, self.ready_left() / math.ceil(self._ready_total_s - _EPSILON_S))

    # ---- commands --------------------------------------------------------------------------
    def start(self, count_in_s: float = 0.0) -> None:
        """Start the session, after a visible count-in of ``count_in_s`` seconds if asked."""
        if self.session.state is not State.READY:
            return
        if count_in_s > 0:
            self._ready_total_s = count_in_s
            self._ready_until = self.clock.now() + count_in_s
            self.getReady.emit(self.ready_left())
            self._schedule()
            return
        self.aboutToStart.emit()
        self.session.start()
        self._after_command()

    def toggle(self) -> None:
        """Space: pause or resume; during the count-in, pause (or resume) the count-in.

        Pausing is the safer reading: a person who presses Space while getting down onto the
        floor wants more time, not to be rushed into the first step. Next starts at once.
        """
        if self.counting_in:
            self.pause()
        elif self.paused_in_count_in:
            self.resume()
        else:
            self.session.toggle()
            self._after_command()

    @property
    def paused_in_count_in(self) -> bool:
        return self._ready_paused_s > 0

    def pause(self) -> bool:
        """Pause the session, or freeze the count-in if it has not started yet."""
        if self._ready_until is not None:
            self._ready_paused_s = max(0.001, self._ready_until - self.clock.now())
            self._ready_until = None
            self._after_command()
            return True
        done = self.session.pause()
        self._after_command()
        return done

    def resume(self) -> bool:
        if self._ready_paused_s > 0:
            self._ready_until = self.clock.now() + self._ready_paused_s
            self._ready_paused_s = 0.0
            self._after_command()
            return True
        done = self.session.resume()
        self._after_command()
        return done

    def next(self, outcome: Outcome = Outcome.SKIPPED) -> bool:
        """Next: skip the rest of this step; during the count-in, start the first step now.

        A person already in position should not have to wait out the get-ready (the key, the
        button and MPRIS Next all come here).
        """
        if self._ready_until is not None or self._ready_paused_s > 0:
            self._ready_until = None
            self._ready_paused_s = 0.0
            self.aboutToStart.emit()
            done = self.session.start()
            self._after_command()
            return done
        done = self.session.next(outcome)
        self._after_command()
        return done

    def previous(self) -> bool:
        done = self.session.previous()
        self._after_command()
        return done

    def restart_step(self) -> bool:
        done = self.session.restart_step()
        self._after_command()
        return done

    def extend(self, seconds: float) -> bool:
        done = self.session.extend(seconds)
        self._after_command()
        return done

    def stop(self, outcome: Outcome = Outcome.PARTIAL) -> bool:
        self._ready_until = None
        self._ready_paused_s = 0.0
        done = self.session.stop(outcome)
        self._after_command()
        return done

    def shutdown(self) -> None:
        """Stop the timer for good; called when the view goes away so no timer is left behind."""
        self._ready_until = None
        self._ready_paused_s = 0.0
        self._timer.stop()

    def tick(self) -> None:
        """The timer fired (or a test says it did): catch up with the clock and re-aim."""
        if self._ready_until is not None:
            left = self.ready_left()
            if left <= 0:
                self._ready_until = None
                self.aboutToStart.emit()
                self.session.start()
            else:
                self.getReady.emit(left)
        else:
            self.session.poll()
        self._after_command()

    # ---- internals -------------------------------------------------------------------------
    def _after_command(self) -> None:
        self.ticked.emit()
        self._schedule()

    def _schedule(self) -> None:
        """Aim the single timer at the next moment anything can change on screen or in speech."""
        self._timer.stop()
        delay = self._next_delay()
        if delay is None:
            return
        self._timer.start(max(1, math.ceil(round(delay * 1000, 3))))

    def _next_delay(self) -> float | None:
        now = self.clock.now()
        if self._ready_until is not None:
            left = self._ready_until - now
            return _to_next_whole(left)
        deadline = self.session.next_deadline()
        if deadline is None:
            return None
        until_deadline = max(0.0, deadline - now)
        until_display = _to_next_whole(self.session.time_left())
        return min(until_deadline, until_display)

    def _on_event(self, event: Event) -> None:
        if self.coach is not None:
            try:
                self.coach.handle(event)
            except Exception:  # speech must never stop a session
                log.exception("the coach failed on %r", event)
        if isinstance(event, SegmentStarted):
            self.segmentStarted.emit(event)
        elif isinstance(event, CueDue):
            self.cueDue.emit(event)
        elif isinstance(event, Paused):
            self.paused.emit()
        elif isinstance(event, Resumed):
            self.resumed.emit()
        elif isinstance(event, Extended):
            self.extended.emit(event.seconds)
        elif isinstance(event, Finished):
            self._timer.stop()
            self.finished.emit(event.summary)
        elif isinstance(event, Stopped):
            self._timer.stop()
            self.stopped.emit(event.summary)


def _to_next_whole(seconds_left: float) -> float:
    """Seconds until ``seconds_left`` next crosses a whole number (when the display changes)."""
    frac = seconds_left - math.floor(seconds_left)
    return 1.0 if frac < _EPSILON_S else frac

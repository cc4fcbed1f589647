"""Random commands and clock jumps thrown at the engine: its invariants always hold."""

from __future__ import annotations

from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from stretchguide.core.clock import FakeClock
from stretchguide.core.session import CueDue, Finished, SegmentStarted, Session, State

from .helpers import timeline

TIMELINES = {rid: timeline(rid) for rid in ("desk-break", "lower-back-relief")}


class SessionMachine(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.clock = FakeClock()
        self.session: Session | None = None
        self.events: list[object] = []
        self.last_elapsed = 0.0

    @precondition(lambda self: self.session is None)
    @rule(routine=st.sampled_from(sorted(TIMELINES)))
    def create(self, routine: str) -> None:
        self.session = Session(TIMELINES[routine], self.clock)
        self.session.subscribe(self.events.append)
        self.session.start()

    @precondition(lambda self: self.session is not None)
    @rule(seconds=st.floats(min_value=0, max_value=120, allow_nan=False))
    def wait(self, seconds: float) -> None:
        assert self.session is not None
        paused = self.session.state is State.PAUSED
        before = self.session.elapsed()
        self.clock.advance(seconds)
        self.session.poll()
        if paused:
            assert self.session.elapsed() == before  # frozen while paused

    @precondition(lambda self: self.session is not None)
    @rule(
        command=st.sampled_from(
            ["pause", "resume", "toggle", "next", "previous", "restart_step", "extend", "stop"]
        )
    )
    def command(self, command: str) -> None:
        assert self.session is not None
        n = len(self.events)
        paused = self.session.state is State.PAUSED
        getattr(self.session, command)()
        if paused and self.session.state is State.PAUSED:
            assert not any(isinstance(e, CueDue) for e in self.events[n:])

    @invariant()
    def time_is_sane(self) -> None:
        s = self.session
        if s is None:
            return
        assert s.time_left() >= 0
        assert 0 <= s.offset() <= s.duration_of(s.index)
        assert s.elapsed() <= s.total() + 1e-9
        assert 0 <= s.progress() <= 1

    @invariant()
    def held_time_is_one_visit_at_most(self) -> None:
        """Restarting a hold never makes it look held for longer than one visit."""
        if self.session is None:
            return
        for record in self.session.summary().records:
            assert record.visit_s is not None
            assert record.visit_s <= record.played_s + 1e-6
            assert 0 <= record.held_s <= record.visit_s + 1e-6

    @invariant()
    def finished_at_most_once(self) -> None:
        finished = sum(isinstance(e, Finished) for e in self.events)
        assert finished <= 1
        if self.session is not None:
            assert (finished == 1) == (self.session.state is State.FINISHED)

    @invariant()
    def fully_played_segments_spoke_every_cue_once_in_order(self) -> None:
        """Between a segment's start and the automatic move to the next, all its cues, in order."""
        if self.session is None:
            return
        current: list[object] | None = None
        for e in self.events:
            if isinstance(e, SegmentStarted):
                if current is not None and e.reason == "auto":
                    seg = current[0].segment  # type: ignore[attr-defined]
                    said = [c.cue for c in current[1:] if isinstance(c, CueDue)]
                    extended = any(type(c).__name__ == "Extended" for c in current)
                    if not extended:
                        assert said == list(seg.cues)
                current = [e]
            elif current is not None:
                current.append(e)
            if isinstance(e, CueDue) and current is not None:
                assert e.index == current[0].index  # type: ignore[attr-defined]


SessionMachine.TestCase.settings = settings(max_examples=600, stateful_step_count=40, deadline=None)
TestSessionProperties = SessionMachine.TestCase

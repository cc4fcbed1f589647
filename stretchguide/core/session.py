"""The session state machine: plays a timeline against an injected clock.

Only this class decides what happens next. The shell calls a command (a key, a button, a headset
button) or ``poll()`` (when its single timer fires) and receives events to show and speak.

Time is kept as an absolute anchor: the clock reading at which the current segment's offset was
zero. Offsets are always ``now - anchor``, and moving to the next segment adds that segment's
exact duration to the anchor, so nothing drifts however long the session runs, however late the
timer fires or however often it is paused.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum

from stretchguide.core.clock import Clock
from stretchguide.core.model import StepKind
from stretchguide.core.timeline import Cue, Segment, Timeline

#: Pressing "back" within this many seconds of a step's start goes to the previous step.
BACK_WINDOW_S = 3.0
#: Deadlines are floats: a timer aimed exactly at one may read a hair early. Count that as on time.
EPSILON_S = 1e-6


class State(StrEnum):
    READY = "ready"
    RUNNING = "running"
    PAUSED = "paused"
    FINISHED = "finished"
    STOPPED = "stopped"


class Outcome(StrEnum):
    COMPLETED = "completed"
    SKIPPED = "skipped"
    PAIN = "pain"
    PARTIAL = "partial"
    NOT_REACHED = "not_reached"


@dataclass(frozen=True)
class SegmentStarted:
    index: int
    segment: Segment
    reason: str  # start, auto, next, previous, restart


@dataclass(frozen=True)
class CueDue:
    cue: Cue
    index: int
    late_by: float


@dataclass(frozen=True)
class Paused:
    index: int


@dataclass(frozen=True)
class Resumed:
    index: int


@dataclass(frozen=True)
class Extended:
    index: int
    seconds: float


@dataclass(frozen=True)
class StepRecord:
    segment: Segment
    outcome: Outcome
    played_s: float
    visit_s: float | None = None  # the longest single visit: a restart begins a new one

    @property
    def held_s(self) -> float:
        """Time actually spent in the stretch, without the time spent being told how.

        Taken from the longest visit: each restart repeats the instruction, so summing visits
        and subtracting the instruction once would count instruction time as holding.
        """
        if self.segment.kind not in (StepKind.HOLD, StepKind.FLOW):
            return 0.0
        visit = self.played_s if self.visit_s is None else self.visit_s
        return max(0.0, visit - self.segment.lead_s)


@dataclass(frozen=True)
class SessionSummary:
    routine_id: str
    routine_title: str
    finished: bool
    ended_by: str  # finished, stopped, pain
    played_s: float
    records: tuple[StepRecord, ...]
    resume_index: int

    def with_outcome(self, outcome: Outcome) -> list[StepRecord]:
        return [r for r in self.records if r.outcome is outcome]


@dataclass(frozen=True)
class Finished:
    summary: SessionSummary


@dataclass(frozen=True)
class Stopped:
    summary: SessionSummary


Event = SegmentStarted | CueDue | Paused | Resumed | Extended | Finished | Stopped
Listener = Callable[[Event], None]


@dataclass
class _Progress:
    outcomes: dict[int, Outcome] = field(default_factory=dict)
    played: dict[int, float] = field(default_factory=dict)
    best_visit: dict[int, float] = field(default_factory=dict)


class Session:
    def __init__(self, timeline: Timeline, clock: Clock, start_index: int = 0) -> None:
        if not timeline.segments:
            raise ValueError(f"routine {timeline.routine_id!r} has nothing to play")
        self.timeline = timeline
        self._clock = clock
        self._listeners: list[Listener] = []
        self._state = State.READY
        self._index = max(0, min(start_index, len(timeline.segments) - 1))
        self._anchor = 0.0  # clock time at which the current segment's offset was 0
        self._frozen_offset = 0.0  # the offset while not running
        self._emitted: set[int] = set()
        self._extra: dict[int, float] = {}
        self._progress = _Progress()
        self._accounted = 0.0  # offset of the current segment already added to played time
        self._visit = 0.0  # running time of the current visit to the current segment
        self._ended_by = ""

    # ---- observers -------------------------------------------------------------------------
    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def _emit(self, event: Event) -> None:
        for listener in list(self._listeners):
            listener(event)

    # ---- queries ---------------------------------------------------------------------------
    @property
    def state(self) -> State:
        return self._state

    @property
    def index(self) -> int:
        return self._index

    @property
    def segment(self) -> Segment:
        return self.timeline.segments[self._index]

    @property
    def active(self) -> bool:
        return self._state in (State.RUNNING, State.PAUSED)

    def duration_of(self, index: int) -> float:
        """A segment's length including any extension the person asked for."""
        return self.timeline.segments[index].duration_s + self._extra.get(index, 0.0)

    def offset(self) -> float:
        """Seconds into the current segment, never past its end."""
        if self._state is State.RUNNING:
            raw = self._clock.now() - self._anchor
        else:
            raw = self._frozen_offset
        return max(0.0, min(raw, self.duration_of(self._index)))

    def time_left(self) -> float:
        return max(0.0, self.duration_of(self._index) - self.offset())

    def hold_time_left(self) -> float | None:
        """What the big countdown shows: the hold's own time, once the instruction is over."""
        seg = self.segment
        if self.offset() < seg.lead_s:
            return None
        return self.time_left()

    def total(self) -> float:
        return sum(self.duration_of(i) for i in range(len(self.timeline.segments)))

    def elapsed(self) -> float:
        """Position in the session: frozen while paused, never past the total."""
        if self._state is State.FINISHED:
            return self.total()
        before = sum(self.duration_of(i) for i in range(self._index))
        return min(self.total(), before + self.offset())

    def progress(self) -> float:
        total = self.total()
        return 1.0 if total <= 0 else min(1.0, self.elapsed() / total)

    def upcoming(self) -> Segment | None:
        nxt = self._index + 1
        return self.timeline.segments[nxt] if nxt < len(self.timeline.segments) else None

    def played_s(self) -> float:
        """Time actually spent running, for the finish screen and the history."""
        live = self.offset() - self._accounted if self._state is State.RUNNING else 0.0
        return sum(self._progress.played.values()) + max(0.0, live)

    def next_deadline(self) -> float | None:
        """Clock time of the next cue or segment end, for the shell's single timer."""
        if self._state is not State.RUNNING:
            return None
        seg = self.segment
        extra = self._extra.get(self._index, 0.0)
        for off, i in seg.cue_offsets(extra):
            if i not in self._emitted:
                return self._anchor + off
        return self._anchor + self.duration_of(self._index)

    def summary(self) -> SessionSummary:
        records = []
        for i, seg in enumerate(self.timeline.segments):
            outcome = self._progress.outcomes.get(i, Outcome.NOT_REACHED)
            visit = self._progress.best_visit.get(i, 0.0)
            if i == self._index:
                visit = max(visit, self._visit)
            played = round(self._progress.played.get(i, 0.0), 3)
            records.append(StepRecord(seg, outcome, played, round(visit, 3)))
        return SessionSummary(
            routine_id=self.timeline.routine_id,
            routine_title=self.timeline.routine_title,
            finished=self._state is State.FINISHED,
            ended_by=self._ended_by,
            played_s=round(self.played_s(), 3),
            records=tuple(records),
            resume_index=self._index,
        )

    # ---- commands --------------------------------------------------------------------------
    def retime(self, timeline: Timeline) -> bool:
        """Swap in the same routine compiled with better utterance lengths, before it starts.

        Speech is rendered during the "get ready" count-in; once it is, the exact lengths of the
        instructions are known and the holds' countdowns can be placed right after them.
        """
        same_shape = [(s.kind, s.side, s.step_index) for s in timeline.segments] == [
            (s.kind, s.side, s.step_index) for s in self.timeline.segments
        ]
        if self._state is not State.READY or not same_shape:
            return False
        self.timeline = timeline
        return True

    def start(self) -> bool:
        if self._state is not State.READY:
            return False
        self._state = State.RUNNING
        self._anchor = self._clock.now()
        self._enter(self._index, "start")
        self.poll()
        return True

    def pause(self) -> bool:
        if self._state is not State.RUNNING:
            return False
        self.poll()
        if self._state is not State.RUNNING:
            return False
        self._account()
        self._frozen_offset = self.offset()
        self._state = State.PAUSED
        self._emit(Paused(self._index))
        return True

    def resume(self) -> bool:
        if self._state is not State.PAUSED:
            return False
        self._state = State.RUNNING
        self._anchor = self._clock.now() - self._frozen_offset
        self._emit(Resumed(self._index))
        self.poll()
        return True

    def toggle(self) -> bool:
        if self._state is State.READY:
            return self.start()
        if self._state is State.RUNNING:
            return self.pause()
        return self.resume()

    def next(self, outcome: Outcome = Outcome.SKIPPED) -> bool:
        """Skip the rest of this step. On the last step that ends the session."""
        if not self._navigable():
            return False
        self._account()
        self._progress.outcomes[self._index] = outcome
        if self._index + 1 >= len(self.timeline.segments):
            self._finish()
            return True
        self._jump(self._index + 1, "next")
        return True

    def previous(self) -> bool:
        """Back: restart this step, or go to the previous one when just past this one's start."""
        if not self._navigable():
            return False
        if self.offset() > BACK_WINDOW_S or self._index == 0:
            return self.restart_step()
        self._account()
        self._progress.outcomes.pop(self._index, None)
        self._jump(self._index - 1, "previous")
        return True

    def restart_step(self) -> bool:
        if not self._navigable():
            return False
        self._account()
        self._jump(self._index, "restart")
        return True

    def extend(self, seconds: float = 15.0) -> bool:
        """Give the current hold more time; the countdown moves with its end."""
        if not self._navigable() or not self.segment.extendable or seconds <= 0:
            return False
        self.poll()
        if not self._navigable():
            return False
        before = self.offset()
        self._extra[self._index] = self._extra.get(self._index, 0.0) + seconds
        seg = self.segment
        for off, i in seg.cue_offsets(self._extra[self._index]):
            if seg.cues[i].from_end and off > before:
                self._emitted.discard(i)
        self._emit(Extended(self._index, seconds))
        return True

    def stop(self, outcome: Outcome = Outcome.PARTIAL) -> bool:
        """End the session early; ``outcome`` marks the step it was stopped in."""
        if self._state not in (State.READY, State.RUNNING, State.PAUSED):
            return False
        if self._state is State.RUNNING:
            self.poll()
            if self._state is not State.RUNNING:
                return False
        self._account()
        if self._state is not State.READY:
            self._progress.outcomes[self._index] = outcome
        self._frozen_offset = self.offset()
        self._state = State.STOPPED
        self._ended_by = "pain" if outcome is Outcome.PAIN else "stopped"
        self._emit(Stopped(self.summary()))
        return True

    def poll(self) -> None:
        """Catch up with the clock: emit due cues in order, move through finished segments."""
        while self._state is State.RUNNING:
            now = self._clock.now()
            raw = now - self._anchor
            seg = self.segment
            extra = self._extra.get(self._index, 0.0)
            for off, i in seg.cue_offsets(extra):
                if i in self._emitted or off > raw + EPSILON_S:
                    continue
                self._emitted.add(i)
                self._emit(CueDue(seg.cues[i], self._index, max(0.0, raw - off)))
                if self._state is not State.RUNNING:
                    return
            duration = self.duration_of(self._index)
            if raw < duration - EPSILON_S:
                return
            gained = duration - self._accounted
            self._progress.played[self._index] = (
                self._progress.played.get(self._index, 0.0) + gained
            )
            self._visit += gained
            self._end_visit()
            self._accounted = 0.0
            self._progress.outcomes[self._index] = Outcome.COMPLETED
            if self._index + 1 >= len(self.timeline.segments):
                self._anchor += duration
                self._frozen_offset = 0.0
                self._finish(late_by=raw - duration)
                return
            self._anchor += duration
            self._index += 1
            self._emitted = set()
            self._emit(SegmentStarted(self._index, self.segment, "auto"))

    # ---- internals -------------------------------------------------------------------------
    def _navigable(self) -> bool:
        if self._state is State.RUNNING:
            self.poll()
        return self._state in (State.RUNNING, State.PAUSED)

    def _account(self) -> None:
        """Add the time run in the current segment since the last account to its played time."""
        if self._state is not State.RUNNING:
            return
        off = self.offset()
        gained = max(0.0, off - self._accounted)
        if gained:
            self._progress.played[self._index] = (
                self._progress.played.get(self._index, 0.0) + gained
            )
            self._visit += gained
        self._accounted = off

    def _end_visit(self) -> None:
        best = self._progress.best_visit
        best[self._index] = max(best.get(self._index, 0.0), self._visit)
        self._visit = 0.0

    def _jump(self, index: int, reason: str) -> None:
        self._end_visit()
        self._index = index
        self._frozen_offset = 0.0
        self._accounted = 0.0
        self._extra.pop(index, None)
        if self._state is State.RUNNING:
            self._anchor = self._clock.now()
        self._enter(index, reason)
        self.poll()

    def _enter(self, index: int, reason: str) -> None:
        self._emitted = set()
        self._emit(SegmentStarted(index, self.timeline.segments[index], reason))

    def _finish(self, late_by: float = 0.0) -> None:
        self._state = State.FINISHED
        self._ended_by = "finished"
        summary = self.summary()
        closing = self.timeline.closing
        if self.timeline.closing_nothing_held is not None and _nothing_held(summary):
            closing = self.timeline.closing_nothing_held
        self._emit(CueDue(closing, self._index, max(0.0, late_by)))
        self._emit(Finished(summary))


def _nothing_held(summary: SessionSummary) -> bool:
    """Whether a routine that has stretches to hold ended with none of them held."""
    stretches = [r for r in summary.records if r.segment.kind in (StepKind.HOLD, StepKind.FLOW)]
    return bool(stretches) and not any(r.held_s > 0 for r in stretches)

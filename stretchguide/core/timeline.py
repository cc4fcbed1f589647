"""The timeline compiler: a routine plus settings become a flat list of timed segments and cues.

Compiling everything up front means the session engine only ever compares numbers, the whole plan
can be printed (`stretchguide plan`) and checked against the guide, and speech can be rendered
ahead. Utterance lengths come in as a function so that the real speech engine's measured durations
(or an estimate) decide how long a person is given to get into position before a countdown starts.
"""

from collections.abc import Callable, Iterator
from enum import StrEnum
from typing import Any, NamedTuple

from stretchguide.core.model import Catalog, Exercise, Routine, Side, Sides, Step, StepKind
from stretchguide.core.settings import SessionSettings
from stretchguide.core.utterance import estimate_seconds

UtteranceSeconds = Callable[[str], float]

#: Breathing room after an instruction before the hold's clock starts.
LEAD_PAD_S = 1.0
#: A prompt is not spoken this close to another timed cue, so cues never talk over each other.
CUE_GAP_S = 3.0


class CueKind(StrEnum):
    INSTRUCTION = "instruction"
    HOLD = "hold"
    SWITCH = "switch"
    HALFWAY = "halfway"
    COUNTDOWN = "countdown"
    BREATHE = "breathe"
    INHALE = "inhale"
    EXHALE = "exhale"
    ENCOURAGE = "encourage"
    BRIEFING = "briefing"
    END = "end"


# Records are NamedTuples for the reason given in ``stretchguide.core.model``.


class Cue(NamedTuple):
    """Something to say at ``at_s`` seconds from the session start.

    ``from_end`` marks cues tied to the end of their segment (the countdown): when a hold is
    extended they move with its end instead of staying put.
    """

    at_s: float
    kind: CueKind
    text: str
    from_end: bool = False


class Segment(NamedTuple):
    """One stretch of time with a single thing to do: a side of a hold, a flow, a rest...

    ``lead_s`` is the part at the start given to the spoken instruction; the countdown a person
    sees during a hold covers only the rest.
    """

    index: int  # type: ignore[assignment]  # the segment's number; tuple.index is not used
    step_index: int
    kind: StepKind
    exercise: str | None
    title: str
    side: Side | None
    start_s: float
    duration_s: float
    lead_s: float
    instruction: str
    cues: tuple[Cue, ...]
    inhale_s: float = 0.0
    exhale_s: float = 0.0

    @property
    def end_s(self) -> float:
        return self.start_s + self.duration_s

    @property
    def extendable(self) -> bool:
        return self.kind in (StepKind.HOLD, StepKind.WARMUP)

    def cue_offsets(self, extra_s: float = 0.0) -> list[tuple[float, int]]:
        """(offset in this segment, cue number) in speaking order, after an extension."""
        pairs = [
            (c.at_s - self.start_s + (extra_s if c.from_end else 0.0), i)
            for i, c in enumerate(self.cues)
        ]
        return sorted(pairs)


class Timeline(NamedTuple):
    routine_id: str
    routine_title: str
    segments: tuple[Segment, ...]
    closing: Cue

    @property
    def total_s(self) -> float:
        return round(self.segments[-1].end_s, 3) if self.segments else 0.0

    def texts(self) -> list[str]:
        """Every distinct text that may be spoken, so speech can render it ahead."""
        seen: dict[str, None] = {}
        for seg in self.segments:
            for cue in seg.cues:
                seen.setdefault(cue.text, None)
        seen.setdefault(self.closing.text, None)
        return list(seen)

    def to_json_dict(self) -> dict[str, Any]:
        segments = []
        for seg in self.segments:
            cues = [_cue_json(c) for c in seg.cues]
            if seg is self.segments[-1]:
                cues.append(_cue_json(self.closing))
            segments.append(
                {
                    "index": seg.index,
                    "kind": seg.kind.value,
                    "exercise": seg.exercise,
                    "title": seg.title,
                    "side": seg.side.value if seg.side else None,
                    "start_s": _r(seg.start_s),
                    "duration_s": _r(seg.duration_s),
                    "cues": cues,
                }
            )
        return {
            "routine": {"id": self.routine_id, "title": self.routine_title},
            "total_s": _r(self.total_s),
            "segments": segments,
        }


def _r(value: float) -> float:
    return round(value, 3)


def _cue_json(cue: Cue) -> dict[str, Any]:
    return {"at_s": _r(cue.at_s), "kind": cue.kind.value, "text": cue.text}


def estimate_utterance_seconds(text: str, words_per_minute: float = 160.0) -> float:
    """A speech-free guess of how long ``text`` takes to say, used until real audio exists.

    The same estimate the speakers give before a cue is rendered, so a plan made without speech
    and one made with a speaker agree until real lengths are known.
    """
    return round(estimate_seconds(text, words_per_minute), 3)


class _Builder:
    """Accumulates segments with running start offsets, so no caller does offset arithmetic."""

    def __init__(self, utter: UtteranceSeconds) -> None:
        self.utter = utter
        self.segments: list[Segment] = []
        self.t = 0.0

    def lead_for(self, text: str) -> float:
        return round(self.utter(text) + LEAD_PAD_S, 3) if text else 0.0

    def add(
        self,
        *,
        step_index: int,
        kind: StepKind,
        exercise: str | None,
        title: str,
        side: Side | None,
        duration_s: float,
        lead_s: float,
        instruction: str,
        cues: list[tuple[float, CueKind, str, bool]],
        inhale_s: float = 0.0,
        exhale_s: float = 0.0,
    ) -> None:
        start = self.t
        built = tuple(
            Cue(at_s=round(start + off, 3), kind=k, text=text, from_end=from_end)
            for off, k, text, from_end in sorted(cues, key=lambda c: c[0])
            if text
        )
        self.segments.append(
            Segment(
                index=len(self.segments),
                step_index=step_index,
                kind=kind,
                exercise=exercise,
                title=title,
                side=side,
                start_s=round(start, 3),
                duration_s=round(duration_s, 3),
                lead_s=round(lead_s, 3),
                instruction=instruction,
                cues=built,
                inhale_s=inhale_s,
                exhale_s=exhale_s,
            )
        )
        self.t = round(start + duration_s, 3)


def compile_timeline(
    routine: Routine,
    catalog: Catalog,
    settings: SessionSettings | None = None,
    utterance_seconds: UtteranceSeconds = estimate_utterance_seconds,
) -> Timeline:
    """Flatten ``routine`` into segments with every cue at its exact offset."""
    settings = (settings or SessionSettings()).clamped()
    b = _Builder(utterance_seconds)
    for step_index, step in enumerate(routine.steps):
        exercise = catalog.exercises.get(step.exercise) if step.exercise else None
        if step.kind is StepKind.HOLD:
            _hold(b, step_index, step, exercise, catalog, settings)
        elif step.kind is StepKind.FLOW:
            _flow(b, step_index, step, exercise, settings)
        elif step.kind is StepKind.WARMUP:
            _warmup(b, step_index, step, exercise, catalog, settings)
        else:
            _spoken(b, step_index, step, exercise)
    closing = Cue(at_s=b.t, kind=CueKind.END, text=catalog.cues.session_end)
    return Timeline(routine.id, routine.title, tuple(b.segments), closing)


def _title(step: Step, exercise: Exercise | None, fallback: str) -> str:
    return step.title or (exercise.title if exercise else fallback)


def _spoken(b: _Builder, step_index: int, step: Step, exercise: Exercise | None) -> None:
    """Briefings and transitions: one text, and at least enough time to say it."""
    text = step.text or (exercise.instruction if exercise else "")
    fallback = "Safety first" if step.kind is StepKind.BRIEFING else "Get ready"
    duration = max(step.duration_s, b.lead_for(text))
    kind = CueKind.BRIEFING if step.kind is StepKind.BRIEFING else CueKind.INSTRUCTION
    b.add(
        step_index=step_index,
        kind=step.kind,
        exercise=step.exercise,
        title=_title(step, exercise, fallback),
        side=None,
        duration_s=duration,
        lead_s=duration,
        instruction=text,
        cues=[(0.0, kind, text, False)],
    )


def _countdown(
    settings: SessionSettings, catalog: Catalog, duration: float, window_start: float
) -> list[tuple[float, CueKind, str, bool]]:
    if not settings.countdown_cue:
        return []
    words = catalog.cues.countdown
    cues = []
    for n in range(min(settings.countdown_from, len(words)), 0, -1):
        at = duration - n
        if at > window_start:
            cues.append((at, CueKind.COUNTDOWN, words[n - 1], True))
    return cues


def _spaced(
    candidates: list[tuple[float, CueKind, str, bool]],
    fixed: list[tuple[float, CueKind, str, bool]],
) -> list[tuple[float, CueKind, str, bool]]:
    """Keep the fixed cues and only those candidates that leave a gap around every other cue."""
    kept = list(fixed)
    for cand in candidates:
        if all(abs(cand[0] - other[0]) >= CUE_GAP_S for other in kept):
            kept.append(cand)
    return kept


def _timed_prompts(
    lead: float, length: float, every: float, texts: tuple[str, ...], kind: CueKind
) -> list[tuple[float, CueKind, str, bool]]:
    if not texts or every <= 0:
        return []
    prompts = []
    k = 1
    while k * every < length:
        prompts.append((lead + k * every, kind, texts[(k - 1) % len(texts)], False))
        k += 1
    return prompts


def _hold(
    b: _Builder,
    step_index: int,
    step: Step,
    exercise: Exercise | None,
    catalog: Catalog,
    settings: SessionSettings,
) -> None:
    cues_text = catalog.cues
    hold = round(step.hold_s * settings.hold_scale, 3)
    sides: list[Side | None]
    if step.sides is Sides.BOTH:
        sides = [Side.LEFT, Side.RIGHT]
    elif step.sides is Sides.LEFT:
        sides = [Side.LEFT]
    elif step.sides is Sides.RIGHT:
        sides = [Side.RIGHT]
    else:
        sides = [None]
    base = step.text or (exercise.instruction if exercise else "")
    title = _title(step, exercise, "Hold")
    for n, side in enumerate(sides):
        side_phrase = ""
        if side is not None:
            generic = cues_text.side_left if side is Side.LEFT else cues_text.side_right
            side_phrase = exercise.side_text.get(side.value, generic) if exercise else generic
        if n > 0:
            switch_text = cues_text.switch_sides
            switch_len = max(step.switch_s, b.lead_for(switch_text))
            b.add(
                step_index=step_index,
                kind=StepKind.TRANSITION,
                exercise=step.exercise,
                title=cues_text.switch_title,
                side=side,
                duration_s=switch_len,
                lead_s=switch_len,
                instruction=switch_text,
                cues=[(0.0, CueKind.SWITCH, switch_text, False)],
            )
            instruction = side_phrase
        else:
            instruction = f"{base} {side_phrase}".strip()
        lead = b.lead_for(instruction)
        duration = lead + hold
        fixed: list[tuple[float, CueKind, str, bool]] = [
            (0.0, CueKind.INSTRUCTION, instruction, False),
            (lead, CueKind.HOLD, cues_text.hold_start, False),
        ]
        fixed += _countdown(settings, catalog, duration, lead + 1.0)
        optional = []
        if settings.halfway_cue and hold >= 2 * CUE_GAP_S + 4:
            optional.append((lead + hold / 2, CueKind.HALFWAY, cues_text.halfway, False))
        if settings.breathing_cue and exercise:
            optional += _timed_prompts(
                lead, hold, step.breathing_every_s, exercise.breathing, CueKind.BREATHE
            )
        b.add(
            step_index=step_index,
            kind=StepKind.HOLD,
            exercise=step.exercise,
            title=title,
            side=side,
            duration_s=duration,
            lead_s=lead,
            instruction=instruction,
            cues=_spaced(optional, fixed),
        )


def _flow(
    b: _Builder,
    step_index: int,
    step: Step,
    exercise: Exercise | None,
    settings: SessionSettings,
) -> None:
    inhale = step.inhale_s if step.inhale_s is not None else settings.inhale_s
    exhale = step.exhale_s if step.exhale_s is not None else settings.exhale_s
    instruction = step.text or (exercise.instruction if exercise else "")
    lead = b.lead_for(instruction)
    in_text = exercise.inhale if exercise else "Breathe in."
    out_text = exercise.exhale if exercise else "Breathe out."
    cues: list[tuple[float, CueKind, str, bool]] = [(0.0, CueKind.INSTRUCTION, instruction, False)]
    for i in range(step.breaths):
        at = lead + i * (inhale + exhale)
        cues.append((at, CueKind.INHALE, in_text, False))
        cues.append((at + inhale, CueKind.EXHALE, out_text, False))
    b.add(
        step_index=step_index,
        kind=StepKind.FLOW,
        exercise=step.exercise,
        title=_title(step, exercise, "Flow"),
        side=None,
        duration_s=lead + step.breaths * (inhale + exhale),
        lead_s=lead,
        instruction=instruction,
        cues=cues,
        inhale_s=inhale,
        exhale_s=exhale,
    )


def _warmup(
    b: _Builder,
    step_index: int,
    step: Step,
    exercise: Exercise | None,
    catalog: Catalog,
    settings: SessionSettings,
) -> None:
    duration = settings.warmup_minutes * 60.0
    instruction = step.text or (exercise.instruction if exercise else "")
    lead = b.lead_for(instruction)
    duration = max(duration, lead + 10.0)
    fixed: list[tuple[float, CueKind, str, bool]] = [(0.0, CueKind.INSTRUCTION, instruction, False)]
    fixed += _countdown(settings, catalog, duration, lead + 1.0)
    optional = []
    if settings.halfway_cue:
        optional.append((duration / 2, CueKind.HALFWAY, catalog.cues.halfway, False))
    if settings.encouragement_cue and exercise:
        optional += _timed_prompts(
            0.0,
            duration - 5.0,
            step.encouragement_every_s,
            exercise.encouragement,
            CueKind.ENCOURAGE,
        )
    b.add(
        step_index=step_index,
        kind=StepKind.WARMUP,
        exercise=step.exercise,
        title=_title(step, exercise, "Warm-up"),
        side=None,
        duration_s=duration,
        lead_s=lead,
        instruction=instruction,
        cues=_spaced(optional, fixed),
    )


def iter_cues(timeline: Timeline) -> Iterator[tuple[Segment, Cue]]:
    for seg in timeline.segments:
        for cue in seg.cues:
            yield seg, cue

"""The timeline compiler: a routine plus settings become a flat list of timed segments and cues.

Compiling everything up front means the session engine only ever compares numbers, the whole plan
can be printed (`stretchguide plan`) and checked against the guide, and speech can be rendered
ahead. Utterance lengths come in as a function so that the real speech engine's measured durations
(or an estimate) decide how long a person is given to get into position before a countdown starts.
"""

import math
from collections.abc import Callable, Iterator
from enum import StrEnum
from typing import Any, NamedTuple

from stretchguide.core.model import (
    Catalog,
    Exercise,
    Position,
    Routine,
    Side,
    Sides,
    Step,
    StepKind,
)
from stretchguide.core.settings import SessionSettings
from stretchguide.core.utterance import estimate_seconds

UtteranceSeconds = Callable[[str], float]

# ---- The coaching rules, in one place ----------------------------------------------------------
# Every judgement about how much to say and how long to wait is made here, for every routine
# (built-in or a person's own), so no routine file has to get it right by hand.

#: Breathing room after a spoken briefing, transition or switch before the next thing starts.
LEAD_PAD_S = 1.0
#: After a hold's set-up instruction ends, the seconds a person gets to move into the stretch
#: before "Hold it there" starts the clock. A physiotherapist waits until the person is there;
#: 1 s (the old pad) had the clock running while people were still crossing an ankle. 3-5 s is
#: what moving slowly into a stretch takes; 4 s sits in the middle.
SETTLE_S = 4.0
#: Silence kept between the end of one cue and the start of an optional prompt (and between the
#: prompt's end and the next cue). A hold is for breathing, not listening: with prompts every
#: 10 s this leaves a 30 s hold "Hold it there", two prompts and the countdown, each followed
#: by at least 3 s of quiet.
QUIET_S = 3.0
#: "Halfway there" only in holds longer than this. In the guide's 30 s hold it came a second or
#: two after a breathing prompt and told a person nothing the countdown ring does not show.
HALFWAY_AFTER_S = 30.0
#: The same for a warm-up: "Halfway there" marks minutes of walking; in a one-minute seated
#: warm-up the encouragements already say plenty.
WARMUP_HALFWAY_AFTER_S = 120.0
#: A flow's breath cue may take at most this share of its phase: the cue must end before the
#: next phase starts (a cut-off "Breathe ou-" is worse than none), with a moment left to move.
FLOW_FIT = 0.75
#: The least time to come out of a hold slowly after its last side, with the release words.
RELEASE_S = 5.0
#: Seconds it takes a person to get into a position: used for the get-ready before the first
#: step and as the shortest transition into a step. Getting down onto a mat takes 10-20 s;
#: someone already at their desk is seated in a moment; standing up and stepping away from a
#: desk takes a few seconds more.
POSITION_S: dict[Position, float] = {
    Position.SEATED: 5.0,
    Position.STANDING: 8.0,
    Position.FLOOR: 15.0,
}


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
    RELEASE = "release"
    SAFETY = "safety"
    BRIEFING = "briefing"
    END = "end"


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


class GetReady(NamedTuple):
    """The count-in before the first step: how long, and what is said (equipment first)."""

    seconds: float = 0.0
    text: str = ""


class Timeline(NamedTuple):
    routine_id: str
    routine_title: str
    segments: tuple[Segment, ...]
    closing: Cue
    get_ready: GetReady = GetReady()
    #: The closing words when every stretch was skipped ("Well done" would be wrong then).
    closing_nothing_held: Cue | None = None

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
        if self.closing_nothing_held is not None:
            seen.setdefault(self.closing_nothing_held.text, None)
        if self.get_ready.text:
            seen.setdefault(self.get_ready.text, None)
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


def estimate_utterance_seconds(
    text: str, words_per_minute: float = 160.0, language: str = "en"
) -> float:
    """A speech-free guess of how long ``text`` takes to say, used until real audio exists.

    The same estimate the speakers give before a cue is rendered, so a plan made without speech
    and one made with a speaker agree until real lengths are known.
    """
    return round(estimate_seconds(text, words_per_minute, language), 3)


def _estimate_for(catalog: Catalog) -> UtteranceSeconds:
    """The speech-free estimate in the catalogue's language (its own speaking pace)."""
    language = catalog.language
    return lambda text: estimate_utterance_seconds(text, language=language)


class _Builder:
    """Accumulates segments with running start offsets, so no caller does offset arithmetic."""

    def __init__(self, utter: UtteranceSeconds) -> None:
        self.utter = utter
        self.segments: list[Segment] = []
        self.t = 0.0

    def lead_for(self, text: str, pad: float = LEAD_PAD_S) -> float:
        return round(self.utter(text) + pad, 3) if text else 0.0

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
    utterance_seconds: UtteranceSeconds | None = None,
) -> Timeline:
    """Flatten ``routine`` into segments with every cue at its exact offset."""
    settings = (settings or SessionSettings()).clamped()
    utterance_seconds = utterance_seconds or _estimate_for(catalog)
    b = _Builder(utterance_seconds)
    for step_index, step in enumerate(routine.steps):
        exercise = catalog.exercises.get(step.exercise) if step.exercise else None
        set_up = _set_up_already(routine, step_index)
        if step.kind is StepKind.HOLD:
            _hold(b, step_index, step, exercise, catalog, settings, set_up)
        elif step.kind is StepKind.FLOW:
            _flow(b, step_index, step, exercise, catalog, settings, set_up)
        elif step.kind is StepKind.WARMUP:
            _warmup(b, step_index, step, exercise, catalog, settings)
        else:
            leads_to = _next_position(routine, catalog, step_index)
            _spoken(b, step_index, step, exercise, catalog, leads_to)
    closing = Cue(at_s=b.t, kind=CueKind.END, text=catalog.cues.session_end)
    nothing_held = Cue(at_s=b.t, kind=CueKind.END, text=catalog.cues.session_end_nothing_held)
    ready = get_ready(routine, catalog, settings, utterance_seconds)
    return Timeline(routine.id, routine.title, tuple(b.segments), closing, ready, nothing_held)


def _title(step: Step, exercise: Exercise | None, fallback: str) -> str:
    return step.title or (exercise.title if exercise else fallback)


# ---- Positions and the get-ready ---------------------------------------------------------------
def _positions(routine: Routine, catalog: Catalog, from_step: int = 0) -> list[Position]:
    """The position of each step that names an exercise, in order."""
    found = []
    for step in routine.steps[from_step:]:
        exercise = catalog.exercises.get(step.exercise or "")
        if exercise is not None:
            found.append(exercise.position)
    return found


def _next_position(routine: Routine, catalog: Catalog, step_index: int) -> Position | None:
    """The position of the first exercise after a transition, which the transition leads to."""
    if routine.steps[step_index].kind is not StepKind.TRANSITION:
        return None
    for step in routine.steps[step_index + 1 :]:
        exercise = catalog.exercises.get(step.exercise or "")
        if exercise is not None:
            return exercise.position
    return None


def get_ready(
    routine: Routine,
    catalog: Catalog,
    settings: SessionSettings | None = None,
    utterance_seconds: UtteranceSeconds | None = None,
    from_step: int = 0,
) -> GetReady:
    """The count-in before the first step: what to bring, then how to get into position.

    ``from_step`` is where a resumed session starts: the get-ready fits that step instead.

    The equipment comes first because it is the one thing a person may have to fetch: a mat
    for any floor stretch, a sturdy chair for any seated one, derived from the positions the
    routine's exercises use. Its length fits the first position (``POSITION_S``) unless the
    settings ask for another, and is never shorter than its own words.
    """
    settings = (settings or SessionSettings()).clamped()
    utterance_seconds = utterance_seconds or _estimate_for(catalog)
    cues = catalog.cues
    positions = _positions(routine, catalog, from_step) or [routine.position]
    first = positions[0]
    things = []
    if Position.FLOOR in positions:
        things.append(cues.mat)
    if Position.SEATED in positions:
        things.append(cues.chair)
    parts = []
    if things:
        joined = things[0]
        for thing in things[1:]:
            joined = cues.things_and.replace("{first}", joined).replace("{second}", thing)
        parts.append(cues.needs.replace("{things}", joined))
    parts.append(
        {
            Position.FLOOR: cues.ready_floor,
            Position.SEATED: cues.ready_seated,
            Position.STANDING: cues.ready_standing,
        }[first]
    )
    parts.append(cues.get_ready)
    text = " ".join(p for p in parts if p)
    wanted = settings.get_ready_s or POSITION_S[first]
    seconds = max(wanted, utterance_seconds(text) + LEAD_PAD_S)
    return GetReady(round(float(math.ceil(seconds)), 3), text)


def _set_up_already(routine: Routine, step_index: int) -> bool:
    """True when the step just before is a transition that says how to get into position.

    A transition's whole job is to put a person into the next exercise's starting position, so
    the exercise's own set-up sentence ("Lie on your back, knees bent, feet flat") said ten
    seconds later is a repeat. The routine's transition then carries the set-up's words.
    """
    if step_index == 0:
        return False
    before = routine.steps[step_index - 1]
    return before.kind is StepKind.TRANSITION and bool(before.text)


def _spoken(
    b: _Builder,
    step_index: int,
    step: Step,
    exercise: Exercise | None,
    catalog: Catalog,
    leads_to: Position | None = None,
) -> None:
    """Briefings and transitions: one text, and at least enough time to say it.

    A transition is also never shorter than it takes to get into the position it leads to
    (``POSITION_S``): getting down onto a mat takes longer than its words.
    """
    text = step.text or (exercise.full_instruction if exercise else "")
    cues = catalog.cues
    fallback = cues.briefing_title if step.kind is StepKind.BRIEFING else cues.transition_title
    duration = max(step.duration_s, b.lead_for(text))
    if leads_to is not None:
        duration = max(duration, POSITION_S[leads_to])
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


_Planned = tuple[float, CueKind, str, bool]


def _quiet_around(b: _Builder, cand: _Planned, kept: list[_Planned]) -> bool:
    """True when ``cand`` leaves ``QUIET_S`` of silence before and after every kept cue."""
    start = cand[0]
    end = start + b.utter(cand[2])
    for other in kept:
        o_start = other[0]
        o_end = o_start + b.utter(other[2])
        if not (start >= o_end + QUIET_S or end + QUIET_S <= o_start):
            return False
    return True


def _prompts(
    b: _Builder,
    lead: float,
    length: float,
    every: float,
    texts: list[tuple[CueKind, str]],
    kept: list[_Planned],
) -> int:
    """Place ``texts`` in turn at every ``every`` seconds where it stays quiet around them.

    A slot too close to another cue is left silent and the text waits for the next slot, so
    nothing in ``texts`` (the safety reminder first) is lost to a crowded moment. Returns how
    many texts were used, so the next side can go on where this one stopped.
    """
    if not texts or every <= 0:
        return 0
    used = 0
    k = 1
    while k * every < length:
        kind, text = texts[used % len(texts)]
        cand = (lead + k * every, kind, text, False)
        if _quiet_around(b, cand, kept):
            kept.append(cand)
            used += 1
        k += 1
    return used


def _sides(step: Step) -> list[Side | None]:
    if step.sides is Sides.BOTH:
        return [Side.LEFT, Side.RIGHT]
    if step.sides is Sides.LEFT:
        return [Side.LEFT]
    if step.sides is Sides.RIGHT:
        return [Side.RIGHT]
    return [None]


def _hold(
    b: _Builder,
    step_index: int,
    step: Step,
    exercise: Exercise | None,
    catalog: Catalog,
    settings: SessionSettings,
    set_up: bool = False,
) -> None:
    """A hold: per side, the instruction, time to settle, the hold, prompts, a countdown.

    Prompts rotate through the exercise's safety reminder (first, when a person has just moved
    into the stretch and may push) and its breathing prompts, carrying on from one side to the
    next, so side two hears new words. Each hold ends with a release: the switch between sides
    says it with "switch sides", and after the last side a short release segment says it alone.
    The hold's own seconds (from "Hold it there" to the release) are exactly ``hold_s``.
    """
    cues_text = catalog.cues
    hold = round(step.hold_s * settings.hold_scale, 3)
    sides = _sides(step)
    if step.text:
        base = step.text
    elif exercise:
        base = exercise.instruction if set_up else exercise.full_instruction
    else:
        base = ""
    title = _title(step, exercise, cues_text.hold_title)
    # The safety reminder is spoken even with breathing prompts turned off.
    prompts: list[tuple[CueKind, str]] = []
    if exercise and exercise.safety:
        prompts.append((CueKind.SAFETY, exercise.safety))
    if settings.breathing_cue and exercise:
        prompts += [(CueKind.BREATHE, text) for text in exercise.breathing]
    said = 0
    release = exercise.release if exercise and exercise.release else cues_text.release
    for n, side in enumerate(sides):
        side_phrase = ""
        if side is not None:
            generic = cues_text.side_left if side is Side.LEFT else cues_text.side_right
            side_phrase = exercise.side_text.get(side.value, generic) if exercise else generic
        if n > 0:
            if exercise and exercise.release:
                switch_text = f"{exercise.release} {cues_text.then_switch}"
            else:
                switch_text = cues_text.switch_sides
            _said_between(
                b,
                step_index,
                step,
                cues_text.switch_title,
                side,
                CueKind.SWITCH,
                switch_text,
                step.switch_s,
            )
            instruction = side_phrase
        else:
            instruction = f"{base} {side_phrase}".strip()
        lead = b.lead_for(instruction, SETTLE_S)
        duration = lead + hold
        kept: list[_Planned] = [
            (0.0, CueKind.INSTRUCTION, instruction, False),
            (lead, CueKind.HOLD, cues_text.hold_start, False),
        ]
        kept += _countdown(settings, catalog, duration, lead + 1.0)
        if settings.halfway_cue and hold > HALFWAY_AFTER_S:
            cand = (lead + hold / 2, CueKind.HALFWAY, cues_text.halfway, False)
            if _quiet_around(b, cand, kept):
                kept.append(cand)
        rotation = (
            prompts[said % len(prompts) :] + prompts[: said % len(prompts)] if prompts else []
        )
        said += _prompts(b, lead, hold, step.breathing_every_s, rotation, kept)
        b.add(
            step_index=step_index,
            kind=StepKind.HOLD,
            exercise=step.exercise,
            title=title,
            side=side,
            duration_s=duration,
            lead_s=lead,
            instruction=instruction,
            cues=kept,
        )
    _said_between(
        b, step_index, step, cues_text.release_title, None, CueKind.RELEASE, release, RELEASE_S
    )


def _said_between(
    b: _Builder,
    step_index: int,
    step: Step,
    title: str,
    side: Side | None,
    kind: CueKind,
    text: str,
    at_least_s: float,
) -> None:
    """A short spoken transition inside a hold step (switch sides, release): as long as its
    words, and never shorter than ``at_least_s``."""
    length = max(at_least_s, b.lead_for(text))
    b.add(
        step_index=step_index,
        kind=StepKind.TRANSITION,
        exercise=step.exercise,
        title=title,
        side=side,
        duration_s=length,
        lead_s=length,
        instruction=text,
        cues=[(0.0, kind, text, False)],
    )


def _breath_word(b: _Builder, phase: float, choices: tuple[str, ...]) -> str:
    """The first of ``choices`` short enough for ``phase``; none when even the last is too long."""
    for text in choices:
        if b.utter(text) <= FLOW_FIT * phase:
            return text
    return ""


def _flow(
    b: _Builder,
    step_index: int,
    step: Step,
    exercise: Exercise | None,
    catalog: Catalog,
    settings: SessionSettings,
    set_up: bool = False,
) -> None:
    """A flow: the movement described in full once, then a word per breath that fits its phase.

    The full inhale and exhale descriptions take about 3.5 s each, longer than a quick breath
    (2 s a phase) and most of a 4 s one, so they are said once in the set-up, before the first
    breath. Each breath phase then gets the longest of "Breathe in." (the first breath) or
    "In." that fits inside ``FLOW_FIT`` of the phase at the speech's real length; if even that
    does not fit, the phase is left silent and the pacer on screen carries the rhythm.
    """
    cues_text = catalog.cues
    inhale = step.inhale_s if step.inhale_s is not None else settings.inhale_s
    exhale = step.exhale_s if step.exhale_s is not None else settings.exhale_s
    if step.text:
        instruction = step.text
    else:
        parts: list[str] = []
        if exercise:
            parts.append(exercise.instruction if set_up else exercise.full_instruction)
            for described, generic in (
                (exercise.inhale, cues_text.breathe_in),
                (exercise.exhale, cues_text.breathe_out),
            ):
                if described and described != generic:
                    parts.append(described)
            parts.append(exercise.safety)
        instruction = " ".join(p for p in parts if p)
    lead = b.lead_for(instruction)
    cues: list[_Planned] = [(0.0, CueKind.INSTRUCTION, instruction, False)]
    for i in range(step.breaths):
        at = lead + i * (inhale + exhale)
        first = i == 0
        in_choices = (cues_text.breathe_in, cues_text.in_short) if first else (cues_text.in_short,)
        out_choices = (
            (cues_text.breathe_out, cues_text.out_short) if first else (cues_text.out_short,)
        )
        cues.append((at, CueKind.INHALE, _breath_word(b, inhale, in_choices), False))
        cues.append((at + inhale, CueKind.EXHALE, _breath_word(b, exhale, out_choices), False))
    b.add(
        step_index=step_index,
        kind=StepKind.FLOW,
        exercise=step.exercise,
        title=_title(step, exercise, cues_text.flow_title),
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
    """A warm-up: the settings' five to ten minutes, or the step's own length when it has one.

    Only a routine that cannot hold the guide's warm-up declares a shorter one (the desk break),
    and its file says why.
    """
    duration = step.duration_s or settings.warmup_minutes * 60.0
    instruction = step.text or (exercise.full_instruction if exercise else "")
    lead = b.lead_for(instruction)
    duration = max(duration, lead + 10.0)
    kept: list[_Planned] = [(0.0, CueKind.INSTRUCTION, instruction, False)]
    kept += _countdown(settings, catalog, duration, lead + 1.0)
    if settings.halfway_cue and duration > WARMUP_HALFWAY_AFTER_S:
        cand = (duration / 2, CueKind.HALFWAY, catalog.cues.halfway, False)
        if _quiet_around(b, cand, kept):
            kept.append(cand)
    if settings.encouragement_cue and exercise:
        _prompts(
            b,
            0.0,
            duration - 5.0,
            step.encouragement_every_s,
            [(CueKind.ENCOURAGE, text) for text in exercise.encouragement],
            kept,
        )
    b.add(
        step_index=step_index,
        kind=StepKind.WARMUP,
        exercise=step.exercise,
        title=_title(step, exercise, catalog.cues.warmup_title),
        side=None,
        duration_s=duration,
        lead_s=lead,
        instruction=instruction,
        cues=kept,
    )


def iter_cues(timeline: Timeline) -> Iterator[tuple[Segment, Cue]]:
    for seg in timeline.segments:
        for cue in seg.cues:
            yield seg, cue

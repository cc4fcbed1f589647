"""Which position each step puts a person in, so that every picture shows what the words say.

A person following a session looks up from the floor (or the chair) at the picture to check they
are in the right place; a picture of lying down while the words say "Sit tall" makes them doubt
the whole session. So each step is given the position it is done in:

- a hold, a flow or a warm-up: its exercise's position (``EXERCISE_POSITIONS``);
- a transition leads somewhere: the position of the next step that has one of its own;
- a briefing moves nobody: the position the person is already in (after a standing warm-up,
  standing), or, at the start of a routine, the one they are about to take;
- a routine file may name a step's position outright (``position = "seated"``), and that wins:
  the one way to say "stay seated" before a standing exercise, or to do a warm-up in a chair.

A routine whose steps name no position at all falls back on the routine's own ``position``.
The UI maps each ``Shown`` to a picture: the exercise's own drawing when the step is done in that
exercise's position, else the plain drawing of the position.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from types import MappingProxyType
from typing import NamedTuple

from stretchguide.core.model import BodyPosition, Position, Routine, Step, StepKind
from stretchguide.core.timeline import Timeline

#: The position each built-in exercise is done in (the guide's set-up for each stretch).
EXERCISE_POSITIONS: Mapping[str, BodyPosition] = MappingProxyType(
    {
        "warm-up": BodyPosition.STANDING,  # walking in place
        "seated-warm-up": BodyPosition.SEATED,  # marching in a chair
        "knee-to-chest": BodyPosition.LYING,
        "cat-cow": BodyPosition.HANDS_AND_KNEES,
        "childs-pose": BodyPosition.CHILDS_POSE,
        "figure-four": BodyPosition.LYING,
        "seated-glute": BodyPosition.SEATED,
    }
)

#: For a routine whose steps say nothing about where they are done: its overall place.
_WHERE: Mapping[Position, BodyPosition] = MappingProxyType(
    {
        Position.FLOOR: BodyPosition.LYING,
        Position.SEATED: BodyPosition.SEATED,
        Position.STANDING: BodyPosition.STANDING,
    }
)

#: The steps that do an exercise, and so may show the exercise's own picture.
_EXERCISE_KINDS = frozenset({StepKind.HOLD, StepKind.FLOW, StepKind.WARMUP})


class Shown(NamedTuple):
    """What a step's picture shows: the position, and the exercise whose own drawing shows it
    (None: the plain drawing of the position)."""

    position: BodyPosition
    exercise: str | None = None


def exercise_position(exercise_id: str | None) -> BodyPosition | None:
    """The position ``exercise_id`` is done in; None for no exercise or an unknown one."""
    return EXERCISE_POSITIONS.get(exercise_id) if exercise_id else None


def _own(step: Step) -> BodyPosition | None:
    """The position a step names itself, outright or through its exercise."""
    return step.position or exercise_position(step.exercise)


def step_positions(
    steps: Sequence[Step], where: Position = Position.FLOOR
) -> tuple[BodyPosition, ...]:
    """The position of each step, by the rules in this module's docstring."""
    own = [_own(step) for step in steps]
    ahead: list[BodyPosition | None] = [None] * len(steps)  # own, else the next step's own
    upcoming: BodyPosition | None = None
    for i in range(len(steps) - 1, -1, -1):
        upcoming = own[i] or upcoming
        ahead[i] = upcoming
    result: list[BodyPosition] = []
    current: BodyPosition | None = None
    for i, step in enumerate(steps):
        position = own[i]
        if position is None and step.kind is StepKind.BRIEFING:
            position = current  # a briefing is listened to where the person already is
        position = position or ahead[i] or current or _WHERE[where]
        result.append(position)
        current = position
    return tuple(result)


def shown_for_steps(steps: Sequence[Step], where: Position = Position.FLOOR) -> tuple[Shown, ...]:
    """What each step's picture shows: the exercise's own drawing for an exercise done in its
    usual position, the plain position for everything else (briefings, transitions, and an
    exercise a routine file moved elsewhere)."""
    shown: list[Shown] = []
    for step, position in zip(steps, step_positions(steps, where), strict=True):
        usual = step.kind in _EXERCISE_KINDS and exercise_position(step.exercise) is position
        shown.append(Shown(position, step.exercise if usual else None))
    return tuple(shown)


def routine_pictures(routine: Routine) -> tuple[Shown, ...]:
    """``shown_for_steps`` for a whole routine, one entry per step."""
    return shown_for_steps(routine.steps, routine.position)


def timeline_pictures(timeline: Timeline) -> tuple[Shown, ...]:
    """``shown_for_steps`` when only the compiled timeline is at hand: each step rebuilt from its
    first segment. A position the routine file named is not in a timeline, so prefer
    ``routine_pictures`` where the routine is known."""
    firsts: dict[int, Step] = {}
    for seg in timeline.segments:
        if seg.step_index >= 0:
            firsts.setdefault(seg.step_index, Step(kind=seg.kind, exercise=seg.exercise))
    count = max(firsts, default=-1) + 1
    # A step with no segment of its own is passed over like a transition.
    return shown_for_steps([firsts.get(i, Step(kind=StepKind.TRANSITION)) for i in range(count)])


def shown_at(shown: Sequence[Shown], step_index: int) -> Shown | None:
    """The entry for ``step_index``; a step outside the routine (a get-ready before the first
    step) shows where the routine starts. None for a routine with no steps."""
    if not shown:
        return None
    return shown[min(max(step_index, 0), len(shown) - 1)]

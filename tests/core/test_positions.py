"""Every step is given the position its words put a person in, so its picture never contradicts
what is said (a lying figure under "Stay seated" makes a person doubt the whole session)."""

from __future__ import annotations

import re

import pytest

from stretchguide.core.loader import parse_routine
from stretchguide.core.model import (
    EXERCISE_IDS,
    BodyPosition,
    Position,
    Routine,
    Step,
    StepKind,
)
from stretchguide.core.positions import (
    EXERCISE_POSITIONS,
    Shown,
    exercise_position,
    routine_pictures,
    shown_at,
    step_positions,
    timeline_pictures,
)
from stretchguide.core.timeline import compile_timeline
from stretchguide.core.toml_input import LoadError
from tests.core.helpers import catalog, library

B = BodyPosition

#: Words that put a person in a position. Where a text names several, the last one is where it
#: leads ("From hands and knees, ... sink your hips back to your heels" is child's pose).
_WORDS: tuple[tuple[BodyPosition, str], ...] = (
    (B.STANDING, r"\bstand\b|\bwalk in place\b"),  # not "the standing leg"
    (B.SEATED, r"\bsit\b|\bseated\b|\bchair\b"),
    (B.LYING, r"\blie\b|\blying\b|\bonto your back\b|\bon your back\b"),
    (B.HANDS_AND_KNEES, r"\bhands and knees\b"),
    (B.CHILDS_POSE, r"\bhips back to your heels\b|\bchild's pose\b"),
)


def _said_position(text: str) -> BodyPosition | None:
    """The position the words lead to: the last one they name, or None."""
    found: list[tuple[int, BodyPosition]] = []
    for position, pattern in _WORDS:
        found += [(m.start(), position) for m in re.finditer(pattern, text, re.IGNORECASE)]
    return max(found)[1] if found else None


def _words(step: Step) -> str:
    """What a person reads and hears for a step: its title, then its text (or its exercise's)."""
    exercise = catalog().exercises.get(step.exercise) if step.exercise else None
    title = step.title or (exercise.title if exercise else "")
    text = step.text or (exercise.full_instruction if exercise else "")
    return f"{title}. {text}"


BUILTIN = library().routines


def test_every_exercise_has_a_position() -> None:
    assert set(EXERCISE_POSITIONS) == {*EXERCISE_IDS, *catalog().exercises}


@pytest.mark.parametrize(
    ("exercise", "position"),
    [
        ("knee-to-chest", B.LYING),
        ("figure-four", B.LYING),
        ("cat-cow", B.HANDS_AND_KNEES),
        ("childs-pose", B.CHILDS_POSE),
        ("seated-glute", B.SEATED),
        ("warm-up", B.STANDING),
        ("seated-warm-up", B.SEATED),
    ],
)
def test_each_stretch_is_in_the_guides_position(exercise: str, position: BodyPosition) -> None:
    assert exercise_position(exercise) is position
    # and its own instruction says so
    assert _said_position(_words(Step(kind=StepKind.HOLD, exercise=exercise))) is position


@pytest.mark.parametrize("routine", BUILTIN, ids=lambda r: r.id)
def test_every_builtin_step_shows_the_position_its_words_say(routine: Routine) -> None:
    positions = step_positions(routine.steps, routine.position)
    assert len(positions) == len(routine.steps)
    for number, (step, position) in enumerate(zip(routine.steps, positions, strict=True), 1):
        said = _said_position(_words(step))
        if said is None:
            # Only a briefing may leave the position unsaid: it moves nobody.
            assert step.kind is StepKind.BRIEFING, f"{routine.id} step {number} names no position"
        else:
            assert position is said, f"{routine.id} step {number}: {_words(step)!r}"


def _by_title(routine_id: str) -> list[tuple[str, BodyPosition]]:
    routine = library().get(routine_id)
    assert routine is not None
    titles = [_words(s).split(".")[0] for s in routine.steps]
    return list(zip(titles, step_positions(routine.steps, routine.position), strict=True))


def test_the_desk_break_stays_seated_from_the_first_word() -> None:
    assert [p for _t, p in _by_title("desk-break")] == [B.SEATED] * 3  # "Stay seated."


def test_transitions_show_where_they_lead_and_briefings_where_a_person_is() -> None:
    steps = _by_title("full-lower-back-and-glutes")
    assert steps[:3] == [
        ("Warm-up: walk in place", B.STANDING),
        ("Stretch safely", B.STANDING),  # heard standing, right after the warm-up
        ("Onto your back", B.LYING),
    ]
    assert ("Onto hands and knees", B.HANDS_AND_KNEES) in steps
    assert ("To a chair", B.SEATED) in steps
    assert not any(p is B.LYING for t, p in steps if t in ("Cat-Cow", "Child's pose"))


def test_a_briefing_at_the_start_shows_the_first_position() -> None:
    steps = (
        Step(kind=StepKind.BRIEFING, text="Rules."),
        Step(kind=StepKind.HOLD, exercise="cat-cow"),
    )
    assert step_positions(steps) == (B.HANDS_AND_KNEES, B.HANDS_AND_KNEES)


def test_a_step_may_name_its_position_and_that_wins() -> None:
    steps = (
        Step(kind=StepKind.WARMUP, exercise="warm-up", position=B.SEATED),  # march in a chair
        Step(kind=StepKind.BRIEFING, text="Rules."),
        Step(kind=StepKind.TRANSITION, text="Stand up.", position=B.STANDING),
        Step(kind=StepKind.HOLD, exercise="seated-glute"),
    )
    assert step_positions(steps) == (B.SEATED, B.SEATED, B.STANDING, B.SEATED)
    shown = shown_for(steps)
    # moved out of its usual position, the warm-up shows the seated drawing, not the marching one
    assert shown[0] == Shown(B.SEATED, None)
    assert shown[3] == Shown(B.SEATED, "seated-glute")


def shown_for(steps: tuple[Step, ...]) -> tuple[Shown, ...]:
    from stretchguide.core.positions import shown_for_steps

    return shown_for_steps(steps)


def test_briefings_and_transitions_show_the_plain_position_not_an_exercise() -> None:
    steps = (
        Step(kind=StepKind.TRANSITION, exercise="cat-cow"),  # says cat-cow's set-up
        Step(kind=StepKind.FLOW, exercise="cat-cow", breaths=4),
    )
    assert shown_for(steps) == (Shown(B.HANDS_AND_KNEES), Shown(B.HANDS_AND_KNEES, "cat-cow"))


@pytest.mark.parametrize(
    ("where", "position"),
    [(Position.FLOOR, B.LYING), (Position.SEATED, B.SEATED), (Position.STANDING, B.STANDING)],
)
def test_steps_that_name_nothing_fall_back_on_the_routines_place(
    where: Position, position: BodyPosition
) -> None:
    steps = (Step(kind=StepKind.BRIEFING, text="Rules."), Step(kind=StepKind.TRANSITION, text="."))
    assert step_positions(steps, where) == (position, position)


@pytest.mark.parametrize("routine", BUILTIN, ids=lambda r: r.id)
def test_the_timeline_alone_gives_the_same_pictures(routine: Routine) -> None:
    """The built-in routines name no positions, so the session view's fallback agrees."""
    timeline = compile_timeline(routine, catalog())
    assert timeline_pictures(timeline) == routine_pictures(routine)


def test_a_segment_outside_the_steps_shows_the_nearest_step() -> None:
    shown = (Shown(B.STANDING, "warm-up"), Shown(B.LYING))
    assert shown_at(shown, -1) == shown[0]
    assert shown_at(shown, 5) == shown[1]
    assert shown_at((), 0) is None


ROUTINE = """schema = 1
id = "mine"
title = "Mine"
description = "Test."
position = "seated"

[[steps]]
kind = "transition"
text = "Sit tall."
duration_s = 5
position = {value}
"""


def test_a_routine_file_names_a_steps_position() -> None:
    routine = parse_routine(ROUTINE.format(value='"seated"'), "mine.toml", catalog())
    assert routine.steps[0].position is B.SEATED


@pytest.mark.parametrize("value", ['"sitting"', "3", '"Seated"'])
def test_a_wrong_position_is_named_with_the_valid_ones(value: str) -> None:
    with pytest.raises(LoadError) as caught:
        parse_routine(ROUTINE.format(value=value), "mine.toml", catalog())
    message = str(caught.value)
    assert "mine.toml:11" in message and "steps[1].position" in message
    assert "standing, seated, lying, hands-and-knees, childs-pose" in message

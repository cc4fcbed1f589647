"""The editor's view of a step: only the fields its kind uses, the rest back at their defaults.

A person switching a step from hold to flow and back keeps what they typed in the editor, but
what is compared and saved is ``normalized_step``: exactly what the loader would give back.
"""

from __future__ import annotations

import pytest

from stretchguide.core.model import BodyPosition, Position, Routine, Sides, Step, StepKind
from stretchguide.core.routine_writer import normalized, normalized_step

#: A step with every field away from its default.
FULL = Step(
    kind=StepKind.HOLD,
    exercise="cat-cow",
    title="T",
    text="Words.",
    duration_s=45.0,
    hold_s=40.0,
    sides=Sides.BOTH,
    switch_s=8.0,
    breaths=6,
    inhale_s=3.0,
    exhale_s=5.0,
    breathing_every_s=15.0,
    encouragement_every_s=30.0,
    position=BodyPosition.SEATED,
)
COMMON = {"exercise": "cat-cow", "title": "T", "text": "Words.", "position": BodyPosition.SEATED}


@pytest.mark.parametrize(
    ("kind", "kept"),
    [
        (StepKind.BRIEFING, {"duration_s": 45.0}),
        (StepKind.TRANSITION, {"duration_s": 45.0}),
        (StepKind.WARMUP, {"duration_s": 45.0, "encouragement_every_s": 30.0}),
        (
            StepKind.HOLD,
            {"hold_s": 40.0, "sides": Sides.BOTH, "switch_s": 8.0, "breathing_every_s": 15.0},
        ),
        (StepKind.FLOW, {"breaths": 6, "inhale_s": 3.0, "exhale_s": 5.0}),
    ],
    ids=lambda v: v.value if isinstance(v, StepKind) else "",
)
def test_a_step_keeps_only_what_its_kind_uses(kind: StepKind, kept: dict[str, object]) -> None:
    full = FULL._replace(kind=kind)
    assert normalized_step(full) == Step(kind=kind, **COMMON, **kept)  # type: ignore[arg-type]


def test_an_empty_exercise_is_no_exercise() -> None:
    assert normalized_step(Step(kind=StepKind.BRIEFING, exercise="")).exercise is None


def test_a_routine_is_normalized_step_by_step() -> None:
    steps = (
        FULL._replace(kind=StepKind.FLOW),
        FULL._replace(kind=StepKind.WARMUP),
    )
    routine = Routine("r", "R", "D", Position.SEATED, steps, builtin=False)
    assert normalized(routine) == Routine(
        "r", "R", "D", Position.SEATED, tuple(normalized_step(s) for s in steps), builtin=False
    )


def test_numbers_are_written_whole_while_a_float_holds_them_exactly() -> None:
    from stretchguide.core.routine_writer import toml_number

    assert toml_number(200.0) == "200"
    assert toml_number(2.0**53 - 1) == "9007199254740991"
    assert toml_number(2.0**53) == "9007199254740992.0"  # past exact integers: as Python does
    with pytest.raises(ValueError, match="cannot be written as a routine number"):
        toml_number(float("nan"))


def test_every_lone_surrogate_is_refused() -> None:
    from stretchguide.core.routine_writer import toml_string

    for char in ("\ud800", "\udfff"):
        with pytest.raises(ValueError, match="lone surrogate"):
            toml_string(f"a{char}b")
    assert toml_string("\ue000") == '"\ue000"'

"""The editor's rules without a window: ids, copies, new steps, summaries, problem wording."""

from __future__ import annotations

import pytest

from stretchguide.core.loader import ID_PATTERN
from stretchguide.core.model import Sides, Step, StepKind
from stretchguide.core.toml_input import Problem
from stretchguide.ui.editor.model import (
    blank_routine,
    default_step_for,
    derive_id,
    describe_problem,
    duplicate_routine,
    slugify,
    step_summary,
    unique_id,
)
from tests.ui_extra.conftest import builtin, catalog


@pytest.mark.parametrize(
    ("title", "slug"),
    [
        ("My evening stretch", "my-evening-stretch"),
        ("Évening — Étirements (copy)", "evening-etirements-copy"),
        ('  "Quotes" & <tags>  ', "quotes-tags"),
        ("日本語", "my-routine"),
        ("", "my-routine"),
        ("a" * 80, "a" * 64),
    ],
)
def test_slugify(title: str, slug: str) -> None:
    assert slugify(title) == slug
    assert ID_PATTERN.match(slug)


def test_unique_ids_stay_valid_and_short() -> None:
    assert unique_id("desk", {"desk", "desk-2"}) == "desk-3"
    long = "x" * 64
    made = unique_id(long, {long})
    assert len(made) <= 64 and made.endswith("-2") and ID_PATTERN.match(made)
    assert derive_id("Desk break", {"desk-break"}) == "desk-break-2"


def test_duplicate_of_a_builtin() -> None:
    original = builtin("desk-break")
    copy = duplicate_routine(original, {"desk-break", "desk-break-copy"})
    assert copy.id == "desk-break-copy-2"
    assert copy.title == "Desk break (copy)"
    assert not copy.builtin and copy.source is None
    assert copy.steps == original.steps


def test_blank_routine_avoids_taken_ids() -> None:
    assert blank_routine({"my-routine"}).id == "my-routine-2"
    assert blank_routine().steps == ()


def test_new_steps_follow_the_exercise() -> None:
    ex = catalog().exercises
    assert default_step_for(ex["warm-up"]).kind is StepKind.WARMUP
    flow = default_step_for(ex["cat-cow"])
    assert (flow.kind, flow.breaths) == (StepKind.FLOW, 8)
    both = default_step_for(ex["figure-four"])
    assert (both.kind, both.hold_s, both.sides) == (StepKind.HOLD, 30.0, Sides.BOTH)
    assert default_step_for(ex["childs-pose"]).sides is Sides.NONE


def test_step_summaries() -> None:
    cat = catalog()
    hold = Step(kind=StepKind.HOLD, exercise="figure-four", hold_s=45, sides=Sides.LEFT)
    assert step_summary(0, hold, cat) == "1. Figure four — Hold 45 s · left side"
    flow = Step(kind=StepKind.FLOW, exercise="cat-cow", breaths=1, title="Gentle")
    assert step_summary(1, flow, cat) == "2. Gentle — Flow · 1 breath"
    rest = Step(kind=StepKind.TRANSITION, text="Rest", duration_s=12.5)
    assert step_summary(2, rest, cat) == "3. Transition — Transition · 12.5 s"


def test_problem_wording() -> None:
    assert (
        describe_problem(Problem("f.toml", "steps[3].hold_s", "is 500: use seconds", 9))
        == "Step 3, hold_s: is 500: use seconds"
    )
    assert describe_problem(Problem("f.toml", "title", "must not be empty")) == (
        "title: must not be empty"
    )
    assert describe_problem(Problem("f.toml", "", "is not valid TOML")) == "is not valid TOML"

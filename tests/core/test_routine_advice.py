"""The advice about routines that load but would coach badly: where each warning starts.

``test_routine_checks.py`` shows each warning once; this file pins the guide's limits at their
edges (a 60 s hold is a preference, 61 s is worth a word), the wording of the session length,
and how a long list of problems is counted.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from stretchguide.core.model import Position, Routine, Step, StepKind
from stretchguide.core.routine_checks import advise, condense
from stretchguide.core.toml_input import Problem

from .helpers import catalog

WARM = Step(StepKind.WARMUP, exercise="warm-up")
BRIEF = Step(StepKind.BRIEFING, text="Move slowly.")


def hold(seconds: float) -> Step:
    return Step(StepKind.HOLD, exercise="knee-to-chest", hold_s=seconds)


def advice(*steps: Step, source: Path | None = Path("r.toml")) -> list[str]:
    routine = Routine("r", "R", "", Position.FLOOR, steps, builtin=False, source=source)
    return [str(p) for p in advise(routine, catalog())]


@pytest.mark.parametrize(("seconds", "warned"), [(19, True), (20, False), (60, False), (61, True)])
def test_holds_from_twenty_to_sixty_seconds_draw_no_word(seconds: int, warned: bool) -> None:
    found = advice(WARM, BRIEF, hold(seconds))
    assert bool(found) is warned
    if seconds > 60:
        assert found == [
            "r.toml: steps[3].hold_s: is 61 s: the guide holds each stretch for 30 s; use 30 "
            "(or up to 60), and repeat the step for more"
        ]


def test_forty_steps_are_fine_forty_one_are_many() -> None:
    rest = Step(StepKind.TRANSITION, text="Rest.", duration_s=1)
    assert advice(WARM, BRIEF, *[rest] * 38) == []
    assert advice(WARM, BRIEF, *[rest] * 39) == [
        "r.toml: steps: are 41: a routine this long is hard to follow on the floor (the "
        "built-ins have 3 to 11); keep it under 41, or split it into routines"
    ]


def test_a_session_over_an_hour_is_named_in_hours_and_minutes() -> None:
    rest = Step(StepKind.BRIEFING, text="Rest.", duration_s=300)
    # The get-ready is not part of the plan: 12 briefings of 300 s are exactly an hour.
    assert advice(WARM, *[rest] * 11) == []
    found = advice(WARM, *[rest] * 12)
    assert found == [
        "r.toml: the routine lasts about 1 h 05 min: a session is usually 5 to 30 minutes; "
        "check hold_s, breaths and duration_s"
    ]


def test_only_stretches_need_a_warm_up_and_a_briefing() -> None:
    assert advice(BRIEF) == []
    assert advice(Step(StepKind.TRANSITION, text="Rest.", duration_s=5)) == []
    flow = Step(StepKind.FLOW, exercise="cat-cow", breaths=3)
    assert [w.split(": ")[2][:15] for w in advice(flow)] == ["have no warm-up", "have no briefin"]


def test_a_step_naming_the_warm_up_counts_as_one() -> None:
    walk = Step(StepKind.TRANSITION, exercise="warm-up", duration_s=60)
    assert advice(walk, BRIEF, hold(30)) == []
    assert advice(BRIEF, hold(30), walk) == [
        "r.toml: steps[3]: the warm-up comes after the first stretch (step 2): move it before "
        "the stretches"
    ]


def test_a_routine_without_a_file_is_named_by_its_id() -> None:
    assert advice(hold(30), source=None)[0].startswith("r: steps: have no warm-up")


def test_a_problem_without_a_step_keeps_its_own_line_in_the_count() -> None:
    found = [Problem("a.toml", "title", f"is 'x{i}'", i) for i in range(1, 5)]
    assert condense(found) == [
        *[str(p) for p in found[:3]],
        "a.toml: and 1 more like it: the same fix applies",
    ]
    assert condense(found, first=4) == [str(p) for p in found]
    assert condense(found, first=1)[1] == "a.toml: and 3 more like it: the same fix applies"


def test_repeats_in_one_step_are_counted_for_that_step() -> None:
    found = [Problem("a.toml", "steps[7].hold_s", f"is {n}: use 5 to 180", 1) for n in range(5)]
    assert condense(found)[-1] == "a.toml: and 2 more like it, in step 7: the same fix applies"
    mixed = [p._replace(field=f"steps[{9 - i}].hold_s") for i, p in enumerate(found)]
    assert (
        condense(mixed)[-1] == "a.toml: and 2 more like it, in steps 5 to 6: the same fix applies"
    )


def test_problems_alike_but_for_their_numbers_and_quotes_are_one_kind() -> None:
    found = [
        Problem("a.toml", "steps[1].exercise", "is 'yoga': use one of a, b"),
        Problem("a.toml", "steps[2].exercise", "is 'pilates': use one of a, b"),
        Problem("a.toml", "steps[3].exercise", "is 'tai-chi': use one of a, b"),
        Problem("a.toml", "steps[4].exercise", "is 'run': use one of a, b"),
        Problem("b.toml", "steps[5].exercise", "is 'run': use one of a, b"),
        Problem("a.toml", "steps[6].hold_s", "is 2.5: use 5 to 180"),
    ]
    lines = condense(found)
    assert lines[3] == "a.toml: and 1 more like it, in step 4: the same fix applies"
    assert lines[4:] == [str(found[4]), str(found[5])]

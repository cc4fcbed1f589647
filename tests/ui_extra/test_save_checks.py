"""Why the editor refuses to save a routine, and where it sends the cursor, without a window."""

from __future__ import annotations

from stretchguide.core.loader import parse_routine
from stretchguide.core.model import Step, StepKind
from stretchguide.core.routine_writer import routine_to_toml
from stretchguide.ui.editor.model import duplicate_routine
from stretchguide.ui.editor.save_checks import (
    ADD_STEP,
    Focus,
    Ready,
    Refused,
    check_before_save,
    focus_for,
    id_hint,
)
from tests.ui_extra.conftest import BUILTIN_IDS, builtin, catalog

MINE = frozenset({"my-desk"})
TAKEN = BUILTIN_IDS | MINE


def test_a_good_routine_is_ready_with_text_that_loads_back() -> None:
    routine = duplicate_routine(builtin("desk-break"))._replace(id="desk-mine")
    checked = check_before_save(routine, catalog(), BUILTIN_IDS, TAKEN)
    assert checked == Ready(routine_to_toml(routine))
    again = parse_routine(checked.text, "desk-mine.toml", catalog())
    assert (again.id, again.title, again.steps) == (routine.id, routine.title, routine.steps)


def test_a_builtin_id_is_refused_with_a_free_suggestion() -> None:
    routine = duplicate_routine(builtin("desk-break"))._replace(id="desk-break")
    taken = TAKEN | {"desk-break-mine"}
    checked = check_before_save(routine, catalog(), BUILTIN_IDS, taken)
    assert isinstance(checked, Refused)
    (line,) = checked.problems
    assert "desk-break is the id of a built-in routine" in line
    assert line.endswith("for example desk-break-mine-2.")
    assert checked.focus == Focus("id")


def test_an_id_the_person_already_uses_is_refused() -> None:
    routine = duplicate_routine(builtin("desk-break"))._replace(id="my-desk")
    checked = check_before_save(routine, catalog(), BUILTIN_IDS, TAKEN)
    assert checked == Refused(
        ("Id: you already have a routine with the id my-desk. Choose another id.",), Focus("id")
    )


def test_an_edited_routine_keeps_its_own_id() -> None:
    """The dialog leaves the edited routine's id out of ``taken``: saving in place is allowed."""
    routine = duplicate_routine(builtin("desk-break"))._replace(id="my-desk")
    checked = check_before_save(routine, catalog(), BUILTIN_IDS, BUILTIN_IDS)
    assert isinstance(checked, Ready)


def test_no_steps_sends_the_person_to_add_step() -> None:
    routine = duplicate_routine(builtin("desk-break"))._replace(id="desk-mine", steps=())
    checked = check_before_save(routine, catalog(), BUILTIN_IDS, TAKEN)
    assert checked == Refused(("Steps: add at least one step with “Add step”.",), Focus(ADD_STEP))


def test_loader_problems_are_all_listed_and_the_first_is_focused() -> None:
    steps = (
        Step(kind=StepKind.HOLD, exercise=None, hold_s=30.0),
        Step(kind=StepKind.BRIEFING, title="Safety", text="", duration_s=10.0),
    )
    routine = duplicate_routine(builtin("desk-break"))._replace(id="desk-mine", steps=steps)
    checked = check_before_save(routine, catalog(), BUILTIN_IDS, TAKEN)
    assert isinstance(checked, Refused)
    assert checked.problems[0].startswith("Step 1, exercise: is missing")
    assert any(p.startswith("Step 2, text: is missing") for p in checked.problems)
    assert checked.focus == Focus("exercise", 0)


def test_a_routine_field_problem_focuses_that_field() -> None:
    routine = duplicate_routine(builtin("desk-break"))._replace(id="desk-mine", title="")
    checked = check_before_save(routine, catalog(), BUILTIN_IDS, TAKEN)
    assert isinstance(checked, Refused)
    assert "title: must not be empty" in checked.problems
    assert checked.focus == Focus("title")


def test_a_bad_id_is_named_by_the_loader() -> None:
    routine = duplicate_routine(builtin("desk-break"))._replace(id="Bad Id!")
    checked = check_before_save(routine, catalog(), BUILTIN_IDS, TAKEN)
    assert isinstance(checked, Refused)
    assert checked.problems[0].startswith("id: is 'Bad Id!'")
    assert checked.focus == Focus("id")


def test_text_the_file_cannot_hold_is_refused_without_a_focus() -> None:
    routine = duplicate_routine(builtin("desk-break"))._replace(id="desk-mine", title="a\ud800b")
    checked = check_before_save(routine, catalog(), BUILTIN_IDS, TAKEN)
    assert isinstance(checked, Refused)
    assert checked.focus is None
    assert "lone surrogate (U+D800)" in checked.problems[0]


def test_focus_for_a_loader_field() -> None:
    assert focus_for("steps[2].hold_s", step_count=3) == Focus("hold_s", 1)
    assert focus_for("steps[4].hold_s", step_count=3) == Focus("hold_s")  # no such step
    assert focus_for("steps[0].hold_s", step_count=3) == Focus("hold_s")
    assert focus_for("position", step_count=3) == Focus("position")


def test_the_id_hint_says_the_same_rules_while_typing() -> None:
    assert "belongs to a built-in routine" in (id_hint("desk-break", BUILTIN_IDS, TAKEN) or "")
    assert "already have a routine with the id my-desk" in (
        id_hint("my-desk", BUILTIN_IDS, TAKEN) or ""
    )
    assert "lowercase letters" in (id_hint("Bad Id!", BUILTIN_IDS, TAKEN) or "")
    assert "lowercase letters" in (id_hint("", BUILTIN_IDS, TAKEN) or "")
    assert id_hint("desk-mine", BUILTIN_IDS, TAKEN) is None

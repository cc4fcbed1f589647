"""The routine loader's rules, field by field: what each kind of step accepts, what it defaults
to, and the exact words a person reads when a field is wrong.

``test_loader.py`` checks the common mistakes and the library; this file pins every range,
default and hint, because a loosened range or a lost default is a session the guide would not
recommend, and a wrong hint sends a person to fix the wrong line.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from stretchguide.core.loader import (
    MAX_STEPS,
    Library,
    load_library,
    load_routine_file,
    parse_routine,
)
from stretchguide.core.model import BodyPosition, Position, Sides, Step, StepKind
from stretchguide.core.toml_input import LoadError

from .helpers import catalog

HEAD = """schema = 1
id = "mine"
title = "My routine"
"""
IDS = ", ".join(catalog().exercises)


def step(body: str) -> Step:
    """The one step of a routine whose ``[[steps]]`` table is ``body``."""
    routine = parse_routine(HEAD + "\n[[steps]]\n" + body, "my.toml", catalog())
    assert len(routine.steps) == 1
    return routine.steps[0]


def problems(text: str | bytes) -> list[str]:
    with pytest.raises(LoadError) as info:
        parse_routine(text, "my.toml", catalog())
    return [str(p) for p in info.value.problems]


def step_problems(body: str) -> list[str]:
    return problems(HEAD + "\n[[steps]]\n" + body)


# ---- defaults ----------------------------------------------------------------------------------
def test_a_hold_defaults_to_one_side_five_seconds_to_switch_and_prompts_every_ten() -> None:
    s = step('kind = "hold"\nexercise = "knee-to-chest"\nhold_s = 30\n')
    assert s == Step(
        StepKind.HOLD,
        exercise="knee-to-chest",
        hold_s=30.0,
        sides=Sides.NONE,
        switch_s=5.0,
        breathing_every_s=10.0,
    )


def test_a_holds_own_values_are_kept() -> None:
    s = step(
        'kind = "hold"\nexercise = "figure-four"\nhold_s = 45\nsides = "left"\n'
        'switch_s = 8\nbreathing_every_s = 15\ntitle = " Mine "\ntext = "Go."\n'
        'position = "lying"\n'
    )
    assert (s.hold_s, s.sides, s.switch_s, s.breathing_every_s) == (45.0, Sides.LEFT, 8.0, 15.0)
    assert (s.title, s.text, s.position) == ("Mine", "Go.", BodyPosition.LYING)


def test_a_flow_uses_the_settings_breath_unless_it_has_its_own() -> None:
    s = step('kind = "flow"\nexercise = "cat-cow"\nbreaths = 6\n')
    assert (s.breaths, s.inhale_s, s.exhale_s) == (6, None, None)
    assert isinstance(s.breaths, int)
    s = step('kind = "flow"\nexercise = "cat-cow"\nbreaths = 6\ninhale_s = 3\nexhale_s = 5.5\n')
    assert (s.inhale_s, s.exhale_s) == (3.0, 5.5)


def test_a_warm_up_lasts_the_settings_minutes_unless_it_says_otherwise() -> None:
    s = step('kind = "warmup"\nexercise = "warm-up"\n')
    assert (s.duration_s, s.encouragement_every_s) == (0.0, 60.0)
    s = step('kind = "warmup"\nexercise = "warm-up"\nduration_s = 90\nencouragement_every_s = 20\n')
    assert (s.duration_s, s.encouragement_every_s) == (90.0, 20.0)


def test_briefings_and_transitions() -> None:
    b = step('kind = "briefing"\ntext = "Be gentle."\n')
    assert (b.kind, b.text, b.duration_s, b.exercise) == (
        StepKind.BRIEFING,
        "Be gentle.",
        0.0,
        None,
    )
    b = step('kind = "briefing"\ntext = "Be gentle."\nduration_s = 12\n')
    assert b.duration_s == 12.0
    t = step('kind = "transition"\ntext = "Sit up."\nduration_s = 6\n')
    assert (t.kind, t.duration_s) == (StepKind.TRANSITION, 6.0)
    # A transition may say nothing of its own when it names the exercise it leads to.
    t = step('kind = "transition"\nexercise = "cat-cow"\nduration_s = 6\n')
    assert (t.exercise, t.text) == ("cat-cow", "")


def test_the_routine_itself() -> None:
    text = (
        HEAD
        + 'description = "Evening."\nposition = "seated"\n'
        + ('\n[[steps]]\nkind = "briefing"\ntext = "Hi."\n')
    )
    r = parse_routine(text.encode(), "dir/my.toml", catalog(), builtin=True)
    assert (r.id, r.title, r.description, r.position) == (
        "mine",
        "My routine",
        "Evening.",
        Position.SEATED,
    )
    assert r.builtin and r.source == Path("dir/my.toml")
    r = parse_routine(text.replace('position = "seated"\n', ""), "my.toml", catalog())
    assert r.position is Position.FLOOR and not r.builtin


# ---- ranges ------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("kind", "field", "low", "high", "unit"),
    [
        ("hold", "hold_s", 5, 180, "seconds"),
        ("hold", "switch_s", 2, 30, "seconds"),
        ("hold", "breathing_every_s", 5, 60, "seconds"),
        ("flow", "breaths", 1, 50, "breaths"),
        ("flow", "inhale_s", 2, 8, "seconds"),
        ("flow", "exhale_s", 2, 8, "seconds"),
        ("warmup", "encouragement_every_s", 10, 300, "seconds"),
        ("warmup", "duration_s", 30, 600, "seconds"),
        ("transition", "duration_s", 0, 300, "seconds"),
        ("briefing", "duration_s", 0, 300, "seconds"),
    ],
)
def test_each_number_has_the_guides_range_ends_included(
    kind: str, field: str, low: int, high: int, unit: str
) -> None:
    base = {
        "hold": 'kind = "hold"\nexercise = "knee-to-chest"\n',
        "flow": 'kind = "flow"\nexercise = "cat-cow"\n',
        "warmup": 'kind = "warmup"\nexercise = "warm-up"\n',
        "transition": 'kind = "transition"\ntext = "Rest."\n',
        "briefing": 'kind = "briefing"\ntext = "Hi."\n',
    }[kind]
    needed = {"hold_s": "hold_s = 30\n", "breaths": "breaths = 5\n", "duration_s": ""}
    if kind == "transition" and field != "duration_s":
        base += "duration_s = 5\n"
    extra = (
        ""
        if field in needed
        else needed.get({"hold": "hold_s", "flow": "breaths"}.get(kind, ""), "")
    )
    for ok in (low, high):
        assert getattr(step(base + extra + f"{field} = {ok}\n"), field) == ok
    for bad in (low - 1, high + 1):
        body = base + extra + f"{field} = {bad}\n"
        line = (HEAD + "\n[[steps]]\n" + body).count("\n")
        found = step_problems(body)
        assert found == [
            f"my.toml:{line}: steps[1].{field}: is {bad}: use {unit} from {low} to {high}"
        ]


def test_a_number_of_breaths_must_be_whole() -> None:
    found = step_problems('kind = "flow"\nexercise = "cat-cow"\nbreaths = 2.5\n')
    assert found == [
        "my.toml:8: steps[1].breaths: must be a whole number of breaths from 1 to 50, not a number"
    ]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            'kind = "hold"\nexercise = "knee-to-chest"\n',
            "my.toml:5: steps[1].hold_s: is missing: add a number of seconds from 5 to 180",
        ),
        (
            'kind = "flow"\nexercise = "cat-cow"\n',
            "my.toml:5: steps[1].breaths: is missing: add a number of breaths from 1 to 50",
        ),
        (
            'kind = "transition"\ntext = "Rest."\n',
            "my.toml:5: steps[1].duration_s: is missing: add a number of seconds from 0 to 300",
        ),
    ],
    ids=["hold", "flow", "transition"],
)
def test_the_length_of_a_step_is_required_where_nothing_else_can_set_it(
    body: str, expected: str
) -> None:
    assert step_problems(body) == [expected]


# ---- what a step must name ---------------------------------------------------------------------
@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "kind = 3\n",
            "steps[1].kind: is 'a number': use one of warmup, hold, flow, transition, briefing",
        ),
        (
            'title = "x"\n',
            "steps[1].kind: is missing: use one of warmup, hold, flow, transition, briefing",
        ),
        (
            'kind = "hold"\nhold_s = 30\n',
            f'steps[1].exercise: is missing: add exercise = "..." with one of {IDS}',
        ),
        (
            'kind = "flow"\nbreaths = 3\n',
            f'steps[1].exercise: is missing: add exercise = "..." with one of {IDS}',
        ),
        (
            'kind = "hold"\nexercise = ""\nhold_s = 30\n',
            f"steps[1].exercise: is empty: a hold step names its exercise, one of {IDS}",
        ),
        (
            'kind = "flow"\nexercise = " "\nbreaths = 3\n',
            f"steps[1].exercise: is empty: a flow step names its exercise, one of {IDS}",
        ),
        ('kind = "warmup"\nexercise = "yoga"\n', f"steps[1].exercise: is 'yoga': use one of {IDS}"),
        (
            'kind = "transition"\nduration_s = 5\n',
            "steps[1].text: is missing: say what to do during this rest or transition",
        ),
        ('kind = "briefing"\n', "steps[1].text: is missing: add a text in quotes"),
        ('kind = "briefing"\ntext = "  "\n', "steps[1].text: must not be empty"),
        (
            'kind = "briefing"\ntext = "Hi."\nposition = "upside-down"\n',
            "steps[1].position: is 'upside-down': use one of standing, seated, lying, "
            "hands-and-knees, childs-pose",
        ),
    ],
    ids=[
        "kind-not-text",
        "kind-missing",
        "hold-no-exercise",
        "flow-no-exercise",
        "hold-empty-exercise",
        "flow-blank-exercise",
        "unknown-exercise",
        "transition-silent",
        "briefing-no-text",
        "briefing-blank-text",
        "bad-position",
    ],
)
def test_what_each_kind_of_step_must_name(body: str, expected: str) -> None:
    found = step_problems(body)
    assert [p.split(": ", 1)[1] for p in found] == [expected], found


def test_a_step_that_is_not_a_table() -> None:
    assert problems(HEAD + "steps = [1]\n") == ["my.toml: steps[1]: must be a table ([[steps]])"]


def test_a_warm_up_or_briefing_without_an_exercise_is_fine() -> None:
    assert step('kind = "warmup"\n').exercise is None
    assert step('kind = "warmup"\nexercise = ""\n').exercise is None


# ---- fields that belong to another kind --------------------------------------------------------
@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            'kind = "hold"\nexercise = "knee-to-chest"\nhold_s = 30\nduration_s = 20\n',
            "steps[1].duration_s: is for briefing, transition and warmup steps: a hold step's "
            "length is hold_s; the fields of a hold step are kind, title, text, exercise, "
            "position, hold_s, sides, switch_s, breathing_every_s",
        ),
        (
            'kind = "transition"\ntext = "Rest."\nduration_s = 5\nhold_s = 20\n',
            "steps[1].hold_s: is for hold steps: a transition step's length is duration_s; the "
            "fields of a transition step are kind, title, text, exercise, position, duration_s",
        ),
        (
            'kind = "briefing"\ntext = "Hi."\nbreaths = 3\n',
            "steps[1].breaths: is for flow steps: a briefing step's length is duration_s; the "
            "fields of a briefing step are kind, title, text, exercise, position, duration_s",
        ),
        (
            'kind = "flow"\nexercise = "cat-cow"\nbreaths = 3\nswitch_s = 5\n',
            "steps[1].switch_s: is for hold steps: a flow step's length is breaths; the fields "
            "of a flow step are kind, title, text, exercise, position, breaths, inhale_s, exhale_s",
        ),
        (
            'kind = "warmup"\nhold_s = 60\n',
            "steps[1].hold_s: is not used in a warm-up: its length is duration_s, or the warm-up "
            "length in Settings when that is left out; the fields of a warmup step are kind, "
            "title, text, exercise, position, encouragement_every_s, duration_s",
        ),
        (
            'kind = "warmup"\nsides = "both"\n',
            "steps[1].sides: is for hold steps, not a warmup step; the fields of a warmup step "
            "are kind, title, text, exercise, position, encouragement_every_s, duration_s",
        ),
        (
            'kind = "hold"\nexercise = "knee-to-chest"\nhold_s = 30\nside = "both"\n',
            "steps[1].side: is not a known field: did you mean sides? (the fields of a hold "
            "step are kind, title, text, exercise, position, hold_s, sides, switch_s, "
            "breathing_every_s)",
        ),
        (
            'kind = "briefing"\ntext = "Hi."\ncolour = "red"\n',
            "steps[1].colour: is not a known field here: the fields of a briefing step are kind, "
            "title, text, exercise, position, duration_s",
        ),
    ],
    ids=[
        "hold-duration",
        "transition-hold",
        "briefing-breaths",
        "flow-switch",
        "warmup-hold",
        "warmup-sides",
        "did-you-mean",
        "unknown",
    ],
)
def test_a_field_of_another_kind_says_where_it_belongs(body: str, expected: str) -> None:
    found = step_problems(body)
    assert [p.split(": ", 1)[1] for p in found] == [expected], found


# ---- the file as a whole -----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            HEAD.replace("schema = 1\n", ""),
            "my.toml: schema: is missing: add schema = 1 as the first line",
        ),
        (
            HEAD.replace("schema = 1", "schema = 2"),
            "my.toml:1: schema: is 2: this version reads schema = 1",
        ),
        (
            HEAD.replace('"mine"', '"-mine"'),
            "my.toml:2: id: is '-mine': use lowercase letters, digits and dashes, like my-routine",
        ),
        (
            HEAD.replace('"mine"', '"Mine"'),
            "my.toml:2: id: is 'Mine': use lowercase letters, digits and dashes, like my-routine",
        ),
        (
            HEAD.replace('"mine"', '"' + "a" * 65 + '"'),
            "my.toml:2: id: is '"
            + "a" * 65
            + "': use lowercase letters, digits and dashes, like my-routine",
        ),
        (
            HEAD.replace('"mine"', '"my routine"'),
            "my.toml:2: id: is 'my routine': use lowercase letters, digits and dashes, like "
            "my-routine",
        ),
        (HEAD.replace('id = "mine"\n', ""), "my.toml: id: is missing: add a text in quotes"),
        (HEAD + "steps = 3\n", "my.toml:4: steps: must be a list of [[steps]] tables"),
        (HEAD + "steps = []\n", "my.toml:4: steps: are empty: add at least one [[steps]] table"),
        (HEAD, "my.toml: steps: are missing: add at least one [[steps]] table"),
        (
            HEAD + 'position = "moon"\nsteps = []\n',
            "my.toml:4: position: is 'moon': use one of floor, seated, standing",
        ),
        (
            HEAD + "author = 1\n",
            "my.toml:4: author: is not a known field here: use one of description, id, "
            "position, schema, steps, title",
        ),
    ],
    ids=[
        "no-schema",
        "schema-2",
        "id-dash",
        "id-capital",
        "id-long",
        "id-space",
        "no-id",
        "steps-number",
        "steps-empty",
        "no-steps",
        "bad-position",
        "unknown-field",
    ],
)
def test_each_mistake_in_the_header_names_the_field_and_the_fix(text: str, expected: str) -> None:
    assert expected in problems(text)


def test_an_id_of_sixty_four_characters_and_digits_is_fine() -> None:
    text = (
        HEAD.replace('"mine"', '"9' + "a-" * 31 + 'b"')
        + '\n[[steps]]\nkind = "briefing"\ntext = "Hi."\n'
    )
    assert len(parse_routine(text, "my.toml", catalog()).id) == 64


def test_problems_in_two_steps_are_all_reported_with_their_step_number() -> None:
    text = HEAD + '\n[[steps]]\nkind = "briefing"\n\n[[steps]]\nkind = "nap"\n'
    assert problems(text) == [
        "my.toml:5: steps[1].text: is missing: add a text in quotes",
        "my.toml:9: steps[2].kind: is 'nap': use one of warmup, hold, flow, transition, briefing",
    ]


def test_exactly_the_step_limit_loads() -> None:
    body = '\n[[steps]]\nkind = "briefing"\ntext = "Hi."\n'
    assert len(parse_routine(HEAD + body * MAX_STEPS, "my.toml", catalog()).steps) == MAX_STEPS


def test_a_file_too_big_or_not_text_is_refused_before_parsing() -> None:
    assert problems(b"#" * (256 * 1024 + 1)) == [
        f"my.toml: is {256 * 1024 + 1} bytes: a routine file must be under 256 KiB"
    ]
    assert problems("schema = [") != []


def test_an_unreadable_file_says_so(tmp_path: Path) -> None:
    with pytest.raises(LoadError) as info:
        load_routine_file(tmp_path / "gone.toml", catalog())
    assert [str(p) for p in info.value.problems] == [
        f"{tmp_path / 'gone.toml'}: cannot be read: No such file or directory"
    ]
    assert info.value.problems[0].field == ""  # about the whole file


def test_a_file_loads_from_disk_as_built_in_or_a_persons_own(tmp_path: Path) -> None:
    path = tmp_path / "mine.toml"
    path.write_text(HEAD + '\n[[steps]]\nkind = "briefing"\ntext = "Hi."\n', "utf-8")
    r = load_routine_file(path, catalog())
    assert (r.id, r.builtin, r.source) == ("mine", False, path)
    assert load_routine_file(path, catalog(), builtin=True).builtin


def test_the_library_loads_in_name_order_and_a_missing_folder_is_no_error(tmp_path: Path) -> None:
    body = '\n[[steps]]\nkind = "briefing"\ntext = "Hi."\n'
    builtin = tmp_path / "builtin"
    builtin.mkdir()
    for name in ("b", "a", "c"):
        (builtin / f"{name}.toml").write_text(HEAD.replace('"mine"', f'"{name}-r"') + body)
    (builtin / "notes.txt").write_text("not a routine")
    lib = load_library(catalog(), builtin, tmp_path / "nowhere")
    assert [r.id for r in lib.routines] == ["a-r", "b-r", "c-r"]
    assert all(r.builtin for r in lib.routines) and lib.problems == []
    assert load_library(catalog(), builtin).routines == lib.routines
    assert lib.get("b-r") is lib.routines[1] and lib.get("nope") is None
    assert Library().routines == [] and Library().problems == []


def test_the_library_keeps_the_first_of_two_files_with_one_id(tmp_path: Path) -> None:
    body = '\n[[steps]]\nkind = "briefing"\ntext = "Hi."\n'
    builtin, mine = tmp_path / "builtin", tmp_path / "mine"
    builtin.mkdir()
    mine.mkdir()
    (builtin / "x.toml").write_text(HEAD + body)
    (mine / "a.toml").write_text("# mine\n" + HEAD + body)
    (mine / "b.toml").write_text(HEAD.replace('"mine"', '"other"') + body)
    lib = load_library(catalog(), builtin, mine)
    assert [(r.id, r.builtin) for r in lib.routines] == [("mine", True), ("other", False)]
    assert [str(p) for p in lib.problems] == [
        f"{mine / 'a.toml'}:3: id: 'mine' is already used by {builtin / 'x.toml'}: "
        "give this routine its own id"
    ]


def test_a_memo_of_parsed_files_is_filled_and_used(tmp_path: Path) -> None:
    text = HEAD + '\n[[steps]]\nkind = "briefing"\ntext = "Hi."\n'
    (tmp_path / "a.toml").write_text(text)
    memo: dict[str, dict[str, object]] = {}
    load_library(catalog(), tmp_path, memo=memo)
    assert list(memo) == [text]
    memo[text] = {**memo[text], "title": "From the memo"}
    assert load_library(catalog(), tmp_path, memo=memo).routines[0].title == "From the memo"


def test_every_broken_file_in_the_library_is_reported(tmp_path: Path) -> None:
    (tmp_path / "a.toml").write_text("schema = \n")
    (tmp_path / "b.toml").write_text(HEAD)
    lib = load_library(catalog(), tmp_path)
    assert lib.routines == []
    assert [(Path(p.file).name, p.field) for p in lib.problems] == [
        ("a.toml", "schema"),
        ("b.toml", "steps"),
    ]

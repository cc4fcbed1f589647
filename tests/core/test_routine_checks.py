"""Routine files a person can fix: plain TOML errors, ids listed, warnings, no walls of text."""

from __future__ import annotations

import pytest

from stretchguide.core.assets import builtin_routines_dir
from stretchguide.core.loader import parse_routine
from stretchguide.core.routine_checks import advise, condense
from stretchguide.core.toml_input import LoadError, Problem

from .helpers import catalog

HEAD = 'schema = 1\nid = "mine"\ntitle = "Mine"\n'
WARMUP = '\n[[steps]]\nkind = "warmup"\nexercise = "warm-up"\n'
BRIEFING = '\n[[steps]]\nkind = "briefing"\ntext = "Move slowly, never bounce."\n'
HOLD = '\n[[steps]]\nkind = "hold"\nexercise = "knee-to-chest"\nhold_s = {s}\nsides = "both"\n'


def problems(text: str) -> list[str]:
    with pytest.raises(LoadError) as info:
        parse_routine(text, "my.toml", catalog())
    return [str(p) for p in info.value.problems]


def warnings(text: str) -> list[str]:
    routine = parse_routine(text, "my.toml", catalog())
    return [str(p) for p in advise(routine, catalog(), text)]


# ---- TOML errors in plain words -----------------------------------------------------------------
@pytest.mark.parametrize(
    ("broken", "expected"),
    [
        (
            'title = "Mine\n',
            "my.toml:3: title: is not valid TOML: the text in quotes that starts at column 9 is "
            'never closed: end it with " on the same line',
        ),
        ("title = Mine\n", 'put text in straight quotes, like title = "Mine"'),
        ("title = “Mine”\n", "curly quotes"),
        ("title =\n", "my.toml:3: title: is not valid TOML: at column 8, there is no value after"),
        ("title = yes\n", "write true or false"),
        ('title "Mine"\n', 'a field name must be followed by "=" and a value'),
        (
            'title = "Mine"\nid = "again"\n',
            "my.toml:4: id: is not valid TOML: id is set twice, on line 2 and here",
        ),
    ],
)
def test_toml_errors_say_where_what_and_the_fix(broken: str, expected: str) -> None:
    text = HEAD.replace('title = "Mine"\n', broken) + WARMUP
    found = problems(text)
    assert len(found) == 1 and expected in found[0], found
    assert "Illegal character" not in found[0] and "Invalid value" not in found[0]


@pytest.mark.parametrize(
    ("value", "expected"),
    [("30s", "has a unit: write the bare number, like 30"), ("30,5", "like 30.5")],
)
def test_numbers_with_units_or_commas_are_explained(value: str, expected: str) -> None:
    found = problems(HEAD + HOLD.format(s=value))
    assert len(found) == 1 and "steps" not in found[0] and "hold_s: " in found[0]
    assert expected in found[0]


def test_a_quote_left_open_at_the_end_points_at_its_line() -> None:
    found = problems(
        HEAD + BRIEFING.replace('text = "Move slowly, never bounce."', 'text = """Move')
    )
    assert found[0].startswith("my.toml:7: text: is not valid TOML: the text that starts with")


def test_mixed_step_headers_are_explained() -> None:
    found = problems(HEAD + "[steps]\nkind = 1\n" + HOLD.format(s=30))
    assert "start every step with [[steps]]" in found[0]


# ---- field mistakes name the fix ----------------------------------------------------------------
def test_a_missing_exercise_lists_the_valid_ids() -> None:
    found = problems(HEAD + HOLD.format(s=30).replace('exercise = "knee-to-chest"\n', ""))
    assert len(found) == 1
    assert found[0].startswith("my.toml:5: steps[1].exercise: is missing: add exercise")
    for exercise_id in catalog().exercises:
        assert exercise_id in found[0]


def test_a_field_of_another_kind_of_step_says_which_field_is_meant() -> None:
    text = HEAD + HOLD.format(s=30).replace("hold_s = 30", "duration_s = 30")
    found = problems(text)
    assert any(
        "steps[1].duration_s: is for briefing, transition and warmup steps: a hold step's "
        "length is hold_s" in p
        for p in found
    ), found


def test_a_misspelt_field_gets_a_did_you_mean() -> None:
    found = problems(HEAD + HOLD.format(s=30).replace("sides =", "side ="))
    assert "steps[1].side: is not a known field: did you mean sides?" in found[0]


# ---- one mistake repeated is said a few times, then counted --------------------------------
def test_a_mistake_repeated_in_100_steps_is_shown_three_times_then_counted() -> None:
    text = HEAD + "".join(HOLD.format(s=30).replace("hold_s", "duration_s") for _ in range(100))
    with pytest.raises(LoadError) as info:
        parse_routine(text, "my.toml", catalog())
    assert len(info.value.problems) == 200
    lines = condense(info.value.problems)
    assert len(lines) == 8
    assert lines[3] == "my.toml: and 97 more like it, in steps 4 to 100: the same fix applies"
    assert [line.split(": ")[1] for line in lines[:3]] == [
        "steps[1].duration_s",
        "steps[2].duration_s",
        "steps[3].duration_s",
    ]
    assert "steps[1].hold_s: is missing" in lines[4]


def test_different_mistakes_are_all_shown() -> None:
    found = [Problem("a.toml", f"steps[{i}].f{i}", "is wrong", i) for i in range(1, 6)]
    assert condense(found) == [str(p) for p in found]


# ---- warnings: loaded, but worth a word ----------------------------------------------------------
def test_a_ten_hour_routine_of_180_s_holds_is_warned_about_but_loads() -> None:
    text = HEAD + WARMUP + BRIEFING + "".join(HOLD.format(s=180) for _ in range(98))
    found = warnings(text)
    assert any("steps: are 100: a routine this long is hard to follow" in w for w in found)
    assert any("my.toml: the routine lasts about 10 h" in w for w in found)
    holds = [w for w in found if "hold_s: is 180 s: the guide holds each stretch for 30 s" in w]
    assert len(holds) == 98
    assert holds[0].startswith("my.toml:16: steps[3].hold_s")
    assert len(condense(advise(parse_routine(text, "my.toml", catalog()), catalog(), text))) == 6


def test_a_hold_shorter_than_the_guides_is_warned_about() -> None:
    found = warnings(HEAD + WARMUP + BRIEFING + HOLD.format(s=10))
    assert found == [
        "my.toml:16: steps[3].hold_s: is 10 s: the guide holds each stretch 20 to 30 s, time "
        "for the muscle to lengthen; use 30"
    ]


def test_no_warm_up_and_no_briefing_are_warned_about() -> None:
    found = warnings(HEAD + HOLD.format(s=30))
    assert len(found) == 2
    assert found[0].startswith("my.toml:6: steps: have no warm-up: the guide says to warm up")
    assert found[1].startswith(
        'my.toml:6: steps: have no briefing: add a step with kind = "briefing"'
    )


def test_a_warm_up_after_the_stretches_is_warned_about() -> None:
    found = warnings(HEAD + BRIEFING + HOLD.format(s=30) + WARMUP)
    assert found == [
        "my.toml:16: steps[3]: the warm-up comes after the first stretch (step 2): move it "
        "before the stretches"
    ]


def test_a_plain_routine_draws_no_warnings() -> None:
    assert warnings(HEAD + WARMUP + BRIEFING + HOLD.format(s=30)) == []


@pytest.mark.parametrize("name", sorted(p.name for p in builtin_routines_dir().glob("*.toml")))
def test_the_built_in_routines_draw_no_warnings(name: str) -> None:
    path = builtin_routines_dir() / name
    text = path.read_text("utf-8")
    routine = parse_routine(text, str(path), catalog(), builtin=True)
    assert advise(routine, catalog(), text) == []

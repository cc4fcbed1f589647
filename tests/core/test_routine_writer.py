"""The routine writer: what it writes, the loader reads back as the same routine."""

from __future__ import annotations

import tomllib

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from stretchguide.core.loader import ID_PATTERN, parse_routine
from stretchguide.core.model import BodyPosition, Position, Routine, Sides, Step, StepKind
from stretchguide.core.routine_writer import (
    normalized,
    normalized_step,
    routine_to_toml,
    toml_number,
    toml_string,
)
from stretchguide.core.toml_input import MAX_TEXT
from tests.core.helpers import catalog, library

#: Pieces that have broken TOML writers before: quotes, escapes, comment and table syntax.
_TRICKY = (
    '"',
    '""',
    '"""',
    "'",
    "'''",
    "\\",
    "\\n",
    "\\u0041",
    "\n",
    "\r\n",
    "\r",
    "\t",
    "\x00",
    "\x1b",
    "\x7f",
    "\u2028",
    "\ufeff",
    "#",
    "[[steps]]",
    "kind = ",
    "é",
    "ß",
    "日本語",
    "🧘‍♀️",
    "\U0001f600",
    "<b>bold</b>",
)
_chars = st.characters(exclude_categories=("Cs",))
_raw_text = st.lists(
    st.one_of(st.text(_chars, max_size=20), st.sampled_from(_TRICKY)), max_size=8
).map("".join)
#: A text as the loader gives it back: stripped and not too long.
texts = _raw_text.map(str.strip).filter(lambda t: len(t) <= MAX_TEXT)
nonempty_texts = texts.filter(bool)
EXERCISES = sorted(catalog().exercises)
exercises = st.sampled_from(EXERCISES)
positions = st.none() | st.sampled_from(BodyPosition)  # the step's own position, if it names one


def seconds(low: float, high: float) -> st.SearchStrategy[float]:
    return st.one_of(
        st.integers(int(low), int(high)).map(float),
        st.floats(low, high, allow_nan=False, allow_infinity=False),
    )


def steps_of(**fields: st.SearchStrategy[object]) -> st.SearchStrategy[Step]:
    """Steps with only these fields drawn, the others at their defaults (as a file leaves them).

    Not ``st.builds``: for a NamedTuple it draws the defaulted fields too.
    """
    return st.fixed_dictionaries(fields).map(lambda values: Step(**values))


def _hold() -> st.SearchStrategy[Step]:
    return steps_of(
        kind=st.just(StepKind.HOLD),
        exercise=exercises,
        title=texts,
        text=texts,
        position=positions,
        hold_s=seconds(5, 180),
        sides=st.sampled_from(Sides),
        switch_s=seconds(2, 30),
        breathing_every_s=seconds(5, 60),
    )


def _flow() -> st.SearchStrategy[Step]:
    return steps_of(
        kind=st.just(StepKind.FLOW),
        exercise=exercises,
        title=texts,
        text=texts,
        position=positions,
        breaths=st.integers(1, 50),
        inhale_s=st.none() | seconds(2, 8),
        exhale_s=st.none() | seconds(2, 8),
    )


def _warmup() -> st.SearchStrategy[Step]:
    return steps_of(
        kind=st.just(StepKind.WARMUP),
        exercise=st.none() | exercises,
        title=texts,
        text=texts,
        position=positions,
        encouragement_every_s=seconds(10, 300),
        duration_s=st.just(0.0) | seconds(30, 600),
    )


def _spoken(kind: StepKind) -> st.SearchStrategy[Step]:
    return steps_of(
        kind=st.just(kind),
        exercise=st.none() | exercises,
        title=texts,
        position=positions,
        text=nonempty_texts if kind is StepKind.BRIEFING else texts,
        duration_s=seconds(0, 300),
    ).filter(lambda s: bool(s.text or s.exercise))


steps = st.one_of(
    _hold(), _flow(), _warmup(), _spoken(StepKind.BRIEFING), _spoken(StepKind.TRANSITION)
)
routines = st.builds(
    Routine,
    id=st.from_regex(ID_PATTERN, fullmatch=True),
    title=nonempty_texts,
    description=texts,
    position=st.sampled_from(Position),
    steps=st.lists(steps, min_size=1, max_size=8).map(tuple),
    builtin=st.just(False),
    source=st.none(),
)


def _read_back(text: str) -> Routine:
    return parse_routine(text, "written.toml", catalog())._replace(source=None)


@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow])
@given(routines)
def test_generated_routines_round_trip(routine: Routine) -> None:
    assert _read_back(routine_to_toml(routine)) == routine


@settings(max_examples=50, suppress_health_check=[HealthCheck.too_slow])  # slow on a busy machine
@given(routines)
def test_round_trip_through_utf8_bytes(routine: Routine) -> None:
    """What is saved to disk (UTF-8 bytes) reads back the same, as the loader reads files."""
    data = routine_to_toml(routine).encode("utf-8")
    assert parse_routine(data, "f.toml", catalog())._replace(source=None) == routine


@settings(max_examples=300)
@given(_raw_text)
def test_any_text_survives_as_a_toml_string(text: str) -> None:
    assert tomllib.loads(f"x = {toml_string(text)}\n")["x"] == text


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ('say "hi"', '"say \\"hi\\""'),
        ("C:\\mat", '"C:\\\\mat"'),
        ("one\ntwo", '"one\\ntwo"'),
        ("tab\there", '"tab\\there"'),
        ("bell\x07", '"bell\\u0007"'),
        ("del\x7f", '"del\\u007F"'),
        ("Épaule 🧘", '"Épaule 🧘"'),
    ],
)
def test_string_escapes(text: str, written: str) -> None:
    assert toml_string(text) == written


def test_lone_surrogate_is_refused() -> None:
    with pytest.raises(ValueError, match="surrogate"):
        toml_string("bad \ud800 text")


@pytest.mark.parametrize(("value", "written"), [(30.0, "30"), (0.0, "0"), (12.5, "12.5")])
def test_numbers(value: float, written: str) -> None:
    assert toml_number(value) == written


@pytest.mark.parametrize("value", [float("nan"), float("inf"), float("-inf")])
def test_non_finite_numbers_are_refused(value: float) -> None:
    with pytest.raises(ValueError):
        toml_number(value)


@pytest.mark.parametrize("routine", library().routines, ids=lambda r: r.id)
def test_builtin_routines_round_trip(routine: Routine) -> None:
    text = routine_to_toml(routine)
    back = parse_routine(text, "x.toml", catalog(), builtin=True)
    assert back._replace(source=routine.source) == routine


@pytest.mark.parametrize("routine", library().routines, ids=lambda r: r.id)
def test_builtin_routines_are_written_as_shipped(routine: Routine) -> None:
    """The writer's style is the hand-written files' style, byte for byte (but for comments:
    a built-in routine may say why it is the way it is, which the writer cannot know)."""
    assert routine.source is not None
    shipped = routine.source.read_text("utf-8").splitlines(keepends=True)
    assert routine_to_toml(routine) == "".join(x for x in shipped if not x.startswith("#"))


def test_fields_a_kind_does_not_use_are_left_out() -> None:
    briefing = Step(kind=StepKind.BRIEFING, text="Go slowly.", hold_s=30, breaths=4)
    routine = Routine("r", "R", "", Position.FLOOR, (briefing,), builtin=False)
    text = routine_to_toml(routine)
    assert "hold_s" not in text and "breaths" not in text
    assert "duration_s" not in text  # 0 is the default for a briefing
    assert _read_back(text) == normalized(routine)
    assert normalized_step(briefing) == Step(kind=StepKind.BRIEFING, text="Go slowly.")


def test_defaults_are_left_out_and_required_fields_kept() -> None:
    steps = (
        Step(kind=StepKind.HOLD, exercise="childs-pose", hold_s=30),
        Step(kind=StepKind.FLOW, exercise="cat-cow", breaths=8),
        Step(kind=StepKind.TRANSITION, text="Rest.", duration_s=0),
        Step(kind=StepKind.WARMUP, exercise="warm-up"),
    )
    text = routine_to_toml(Routine("r", "R", "", Position.SEATED, steps, builtin=False))
    assert text == (
        'schema = 1\nid = "r"\ntitle = "R"\nposition = "seated"\n\n'
        '[[steps]]\nkind = "hold"\nexercise = "childs-pose"\nhold_s = 30\n\n'
        '[[steps]]\nkind = "flow"\nexercise = "cat-cow"\nbreaths = 8\n\n'
        '[[steps]]\nkind = "transition"\ntext = "Rest."\nduration_s = 0\n\n'
        '[[steps]]\nkind = "warmup"\nexercise = "warm-up"\n'
    )

"""The editor's plain-Python side: ids, copies, new steps, one-line step summaries, problems.

Nothing here touches Qt, so the rules (how an id is derived from a title, what a duplicate is
called, what a new step looks like) are tested without a window.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection

from PySide6.QtCore import QLocale

from stretchguide.core.loader import ID_PATTERN
from stretchguide.core.model import Catalog, Exercise, Position, Routine, Sides, Step, StepKind
from stretchguide.core.toml_input import Problem
from stretchguide.ui.plurals import PLURAL
from stretchguide.ui.translations import translate

MAX_ID = 64
_STEP_FIELD = re.compile(r"^steps\[(\d+)\]\.(.*)$")


def id_is_valid(routine_id: str) -> bool:
    return bool(ID_PATTERN.match(routine_id))


def slugify(title: str) -> str:
    """A routine id from a title: ``"Évening stretch (copy)"`` → ``"evening-stretch-copy"``."""
    ascii_text = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return slug[:MAX_ID].rstrip("-") or "my-routine"


def unique_id(base: str, taken: Collection[str]) -> str:
    """``base``, or ``base-2``, ``base-3``... whichever is free (and at most 64 characters)."""
    if base not in taken:
        return base
    n = 2
    while True:
        suffix = f"-{n}"
        candidate = f"{base[: MAX_ID - len(suffix)].rstrip('-')}{suffix}"
        if candidate not in taken:
            return candidate
        n += 1


def derive_id(title: str, taken: Collection[str]) -> str:
    """The id the editor proposes for ``title``: its slug, made unique among ``taken``."""
    return unique_id(slugify(title), taken)


def duplicate_routine(routine: Routine, taken: Collection[str] = ()) -> Routine:
    """A person's own copy of ``routine``: id ``<id>-copy``, title ``<title> (copy)``."""
    base = routine.id[: MAX_ID - len("-copy")].rstrip("-")
    return routine._replace(
        id=unique_id(f"{base}-copy", taken),
        title=translate("RoutineEditor", "{title} (copy)").format(title=routine.title),
        builtin=False,
        source=None,
    )


def blank_routine(taken: Collection[str] = ()) -> Routine:
    """What "New routine" starts from: a title, an id, no steps yet."""
    title = translate("RoutineEditor", "My routine")
    return Routine(
        id=derive_id(title, taken),
        title=title,
        description="",
        position=Position.FLOOR,
        steps=(),
        builtin=False,
    )


def is_flow_exercise(exercise: Exercise) -> bool:
    """Whether an exercise is moved with the breath (Cat-Cow) rather than held.

    The catalogue gives such exercises their own words for the inhale and the exhale.
    """
    defaults = Exercise._field_defaults
    return (exercise.inhale, exercise.exhale) != (defaults["inhale"], defaults["exhale"])


def is_warmup_exercise(exercise: Exercise) -> bool:
    return exercise.id == "warm-up" or (bool(exercise.encouragement) and not exercise.breathing)


def default_step_for(exercise: Exercise) -> Step:
    """The step an exercise picked from the library starts as, with the guide's defaults."""
    if is_warmup_exercise(exercise):
        return Step(kind=StepKind.WARMUP, exercise=exercise.id)
    if is_flow_exercise(exercise):
        return Step(kind=StepKind.FLOW, exercise=exercise.id, breaths=8)
    sides = Sides.BOTH if exercise.side_text else Sides.NONE
    return Step(kind=StepKind.HOLD, exercise=exercise.id, hold_s=30.0, sides=sides)


def briefing_step() -> Step:
    return Step(
        kind=StepKind.BRIEFING,
        title=translate("RoutineEditor", "Stretch safely"),
        text=translate(
            "RoutineEditor",
            "Move slowly, only to a gentle pull, and never bounce. Sharp pain means ease out "
            "at once.",
        ),
        duration_s=10.0,
    )


def transition_step() -> Step:
    return Step(
        kind=StepKind.TRANSITION,
        title=translate("RoutineEditor", "Get ready"),
        text="",
        duration_s=10.0,
    )


def _secs(value: float) -> str:
    return translate("RoutineEditor", "{seconds} s").format(
        seconds=QLocale().toString(float(value), "g", 6)
    )


def step_title(step: Step, catalog: Catalog) -> str:
    """The title a step is shown and spoken with (its own, else its exercise's)."""
    exercise = catalog.exercises.get(step.exercise or "")
    if step.title:
        return step.title
    if exercise is not None:
        return exercise.title
    return {
        StepKind.BRIEFING: translate("RoutineEditor", "Briefing"),
        StepKind.TRANSITION: translate("RoutineEditor", "Transition"),
        StepKind.WARMUP: translate("RoutineEditor", "Warm-up"),
        StepKind.HOLD: translate("RoutineEditor", "Hold (no exercise chosen)"),
        StepKind.FLOW: translate("RoutineEditor", "Flow (no exercise chosen)"),
    }[step.kind]


def step_detail(step: Step) -> str:
    """What a step asks, in a few words: ``Hold 30 s · both sides``."""
    if step.kind is StepKind.HOLD:
        hold = {
            Sides.NONE: translate("RoutineEditor", "Hold {time}"),
            Sides.BOTH: translate("RoutineEditor", "Hold {time} · both sides"),
            Sides.LEFT: translate("RoutineEditor", "Hold {time} · left side"),
            Sides.RIGHT: translate("RoutineEditor", "Hold {time} · right side"),
        }[step.sides]
        return hold.format(time=_secs(step.hold_s))
    if step.kind is StepKind.FLOW:
        return PLURAL.flow_breaths(step.breaths)
    if step.kind is StepKind.WARMUP:
        return translate("RoutineEditor", "Warm-up · length from Settings")
    label = (
        translate("RoutineEditor", "Briefing")
        if step.kind is StepKind.BRIEFING
        else translate("RoutineEditor", "Transition")
    )
    return f"{label} · {_secs(step.duration_s)}"


def step_summary(index: int, step: Step, catalog: Catalog) -> str:
    """A step's row in the editor's list: ``2. Knee to chest — Hold 30 s · both sides``."""
    return f"{index + 1}. {step_title(step, catalog)} — {step_detail(step)}"


def split_field(field: str) -> tuple[int | None, str]:
    """(0-based step index or ``None``, field name) of a loader problem's field."""
    m = _STEP_FIELD.match(field)
    if m:
        return int(m.group(1)) - 1, m.group(2)
    return None, field


def describe_problem(problem: Problem) -> str:
    """A loader problem worded for the editor: ``Step 2, hold_s: is 200: use seconds...``."""
    index, name = split_field(problem.field)
    where = (
        translate("RoutineEditor", "Step {number}, {field}").format(number=index + 1, field=name)
        if index is not None
        else name
    )
    return f"{where}: {problem.message}" if where else problem.message

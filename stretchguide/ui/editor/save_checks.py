"""What a routine must pass before the editor saves it, and where the cursor goes when it fails.

The rules live apart from the dialog so that a reader asking "why was my routine refused?" finds
every reason in one place, and so each reason is tested without building a window. They are the
editor's promises: a built-in routine is never overwritten, a person's other routine is never
replaced by accident, and what is saved is exactly what will load (the file text is written with
``routine_to_toml`` and read back with the loader before anything is handed to the save).

Nothing here touches Qt: a refusal names a field (``Focus``), and the dialog picks the widget.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from stretchguide.core.loader import parse_routine
from stretchguide.core.model import Catalog, Routine
from stretchguide.core.routine_writer import routine_to_toml
from stretchguide.core.toml_input import LoadError
from stretchguide.ui.editor.model import describe_problem, id_is_valid, split_field, unique_id
from stretchguide.ui.translations import translate

ADD_STEP = "add step"
"""Not a field of the file: the "Add step" button, where a routine with no steps is sent."""


@dataclass(frozen=True)
class Focus:
    """Where to put the cursor: a routine field (``step`` is ``None``) or a field of one step.

    ``field`` is a routine field (``id``, ``title``, ``description``, ``position``, ``steps``),
    ``ADD_STEP``, or a step field (``exercise``, ``hold_s``...) when ``step`` is its 0-based index.
    """

    field: str
    step: int | None = None


@dataclass(frozen=True)
class Ready:
    """The routine passed every check; ``text`` is the file to save, already read back once."""

    text: str


@dataclass(frozen=True)
class Refused:
    """Why the routine cannot be saved yet: one line per problem, and the field to fix first."""

    problems: tuple[str, ...]
    focus: Focus | None = None


def check_before_save(
    routine: Routine,
    catalog: Catalog,
    builtin_ids: Collection[str],
    taken: Collection[str],
) -> Ready | Refused:
    """Whether ``routine`` may be saved, and its file text if so.

    ``taken`` holds the ids the routine may not take: the built-in ones and the person's other
    routines (not the one being edited, which keeps its own id).
    """
    rid = routine.id
    if rid in builtin_ids:
        suggestion = unique_id(f"{rid}-mine", taken)
        return Refused(
            (
                translate(
                    "RoutineEditor",
                    "Id: {id} is the id of a built-in routine, and built-in routines are "
                    "never changed. Choose another id, for example {suggestion}.",
                ).format(id=rid, suggestion=suggestion),
            ),
            Focus("id"),
        )
    if rid in taken:
        return Refused(
            (
                translate(
                    "RoutineEditor",
                    "Id: you already have a routine with the id {id}. Choose another id.",
                ).format(id=rid),
            ),
            Focus("id"),
        )
    if not routine.steps:
        return Refused(
            (translate("RoutineEditor", "Steps: add at least one step with “Add step”."),),
            Focus(ADD_STEP),
        )
    try:
        text = routine_to_toml(routine)
        parse_routine(text, f"{rid or 'routine'}.toml", catalog)
    except ValueError as exc:  # a text the file format cannot hold (a lone surrogate...)
        return Refused((str(exc),))
    except LoadError as exc:
        problems = tuple(describe_problem(p) for p in exc.problems)
        return Refused(problems, focus_for(exc.problems[0].field, len(routine.steps)))
    return Ready(text)


def focus_for(field: str, step_count: int) -> Focus:
    """The field a loader problem points at (``steps[2].hold_s`` is the second step's hold).

    A step number outside the routine (the loader never reports one) keeps only the field's name,
    so no step is selected.
    """
    index, name = split_field(field)
    if index is not None and 0 <= index < step_count:
        return Focus(name, index)
    return Focus(name)


def id_hint(routine_id: str, builtin_ids: Collection[str], taken: Collection[str]) -> str | None:
    """Why the id field's value cannot be saved, said while it is typed; ``None`` if it can.

    The same rules as ``check_before_save``, worded for the hint under the field.
    """
    if routine_id in builtin_ids:
        return translate(
            "RoutineEditor",
            "{id} belongs to a built-in routine, which is never changed: choose another.",
        ).format(id=routine_id)
    if routine_id in taken:
        return translate(
            "RoutineEditor", "You already have a routine with the id {id}: choose another."
        ).format(id=routine_id)
    if not id_is_valid(routine_id):
        return translate(
            "RoutineEditor", "Use lowercase letters, digits and dashes, like my-evening-stretch."
        )
    return None

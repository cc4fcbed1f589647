"""Writing a routine back out as a routine file, in the documented format (schema 1).

The editor builds a :class:`Routine`, writes it with :func:`routine_to_toml` and checks the text
with the loader before saving, so what is saved is exactly what will be loaded. The output looks
like the built-in files: ``schema``, ``id``, ``title``, ``description``, ``position``, then one
``[[steps]]`` table per step with only the fields that matter for the step's kind and differ from
the loader's defaults.

Texts are written as TOML basic strings: backslashes, quotes and control characters (newlines,
tabs...) are escaped; every other character, accents and emoji included, is written as itself
(files are UTF-8).
"""

from __future__ import annotations

import math

from stretchguide.core.model import SCHEMA_VERSION, Routine, Sides, Step, StepKind

_DEFAULT = Step(kind=StepKind.HOLD)
_ESCAPES = {
    "\\": "\\\\",
    '"': '\\"',
    "\b": "\\b",
    "\t": "\\t",
    "\n": "\\n",
    "\f": "\\f",
    "\r": "\\r",
}


def toml_string(text: str) -> str:
    """``text`` as a TOML basic string, quotes included.

    Raises:
        ValueError: ``text`` holds a lone surrogate, which no UTF-8 file can store.
    """
    out = ['"']
    for char in text:
        code = ord(char)
        if char in _ESCAPES:
            out.append(_ESCAPES[char])
        elif code < 0x20 or code == 0x7F:
            out.append(f"\\u{code:04X}")
        elif 0xD800 <= code <= 0xDFFF:
            raise ValueError(f"text holds a lone surrogate (U+{code:04X}) that cannot be saved")
        else:
            out.append(char)
    out.append('"')
    return "".join(out)


def toml_number(value: float) -> str:
    """A number as TOML: whole numbers without a decimal point (``30``), others as Python does.

    Raises:
        ValueError: ``value`` is not finite (no routine field accepts it).
    """
    if not math.isfinite(value):
        raise ValueError(f"{value!r} cannot be written as a routine number")
    if float(value).is_integer() and abs(value) < 2**53:
        return str(int(value))
    return repr(float(value))


def normalized_step(step: Step) -> Step:
    """``step`` with every field its kind does not use put back to the default.

    That is the step the loader gives back after a write and a read, so the editor can keep
    values around while a person switches kinds and still compare like with like.
    """
    kind = step.kind
    keep = Step(
        kind=kind,
        exercise=step.exercise or None,
        title=step.title,
        text=step.text,
        position=step.position,
    )
    if kind in (StepKind.BRIEFING, StepKind.TRANSITION):
        return keep._replace(duration_s=step.duration_s)
    if kind is StepKind.WARMUP:
        return keep._replace(
            encouragement_every_s=step.encouragement_every_s, duration_s=step.duration_s
        )
    if kind is StepKind.HOLD:
        return keep._replace(
            hold_s=step.hold_s,
            sides=step.sides,
            switch_s=step.switch_s,
            breathing_every_s=step.breathing_every_s,
        )
    return keep._replace(breaths=step.breaths, inhale_s=step.inhale_s, exhale_s=step.exhale_s)


def normalized(routine: Routine) -> Routine:
    """``routine`` with :func:`normalized_step` applied to every step."""
    return routine._replace(steps=tuple(normalized_step(s) for s in routine.steps))


def _step_fields(step: Step) -> list[tuple[str, str]]:
    fields: list[tuple[str, str]] = [("kind", toml_string(step.kind.value))]
    if step.exercise:
        fields.append(("exercise", toml_string(step.exercise)))
    if step.title:
        fields.append(("title", toml_string(step.title)))
    if step.text:
        fields.append(("text", toml_string(step.text)))
    if step.position is not None:
        fields.append(("position", toml_string(step.position.value)))
    kind = step.kind
    if kind is StepKind.TRANSITION or (kind is StepKind.BRIEFING and step.duration_s != 0):
        fields.append(("duration_s", toml_number(step.duration_s)))
    elif kind is StepKind.WARMUP:
        if step.encouragement_every_s != _DEFAULT.encouragement_every_s:
            fields.append(("encouragement_every_s", toml_number(step.encouragement_every_s)))
        if step.duration_s:
            fields.append(("duration_s", toml_number(step.duration_s)))
    elif kind is StepKind.HOLD:
        fields.append(("hold_s", toml_number(step.hold_s)))
        if step.sides is not Sides.NONE:
            fields.append(("sides", toml_string(step.sides.value)))
        if step.switch_s != _DEFAULT.switch_s:
            fields.append(("switch_s", toml_number(step.switch_s)))
        if step.breathing_every_s != _DEFAULT.breathing_every_s:
            fields.append(("breathing_every_s", toml_number(step.breathing_every_s)))
    elif kind is StepKind.FLOW:
        fields.append(("breaths", str(int(step.breaths))))
        if step.inhale_s is not None:
            fields.append(("inhale_s", toml_number(step.inhale_s)))
        if step.exhale_s is not None:
            fields.append(("exhale_s", toml_number(step.exhale_s)))
    return fields


def routine_to_toml(routine: Routine) -> str:
    """The routine file for ``routine``: what :func:`~stretchguide.core.loader.parse_routine` reads.

    Fields a step's kind does not use are left out (see :func:`normalized_step`). The text is not
    validated here: the caller runs the loader on it, which names any field that is wrong.

    Raises:
        ValueError: a text holds a lone surrogate or a number is not finite.
    """
    lines = [
        f"schema = {SCHEMA_VERSION}",
        f"id = {toml_string(routine.id)}",
        f"title = {toml_string(routine.title)}",
    ]
    if routine.description:
        lines.append(f"description = {toml_string(routine.description)}")
    lines.append(f"position = {toml_string(routine.position.value)}")
    for step in routine.steps:
        lines += ["", "[[steps]]"]
        lines += [f"{key} = {value}" for key, value in _step_fields(step)]
    return "\n".join(lines) + "\n"

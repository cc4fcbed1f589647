"""Reading routine files, strictly and kindly: built-in ones and the person's own.

A routine file is data a person may edit by hand, so every mistake is reported as one line that
names the file, the line where it can be found, the field and what would be right, and one broken
file never keeps the other routines from loading. TOML is parsed with ``tomllib``: nothing in a
file is ever executed.

Every loading function takes an optional ``memo`` of documents already parsed, keyed by their
exact text (``stretchguide.storage.parse_cache`` keeps one between runs): with it, start-up
neither imports tomllib nor parses files that have not changed since the last run.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from stretchguide.core.languages import SOURCE
from stretchguide.core.model import (
    SCHEMA_VERSION,
    BodyPosition,
    Catalog,
    Position,
    Routine,
    Sides,
    Step,
    StepKind,
)
from stretchguide.core.toml_input import (
    FieldChecker,
    LoadError,
    ParsedMemo,
    Problem,
    decode_text,
    locate,
    parse_toml,
    shown_value,
)

ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9-]{0,63}$")
MAX_STEPS = 100


class Library:
    """The routines that loaded, and the problems of the files that did not.

    A plain class: it is filled in place while files load, and it is made before the first
    frame, where every dataclass costs about 2 ms to create (``core.model`` says more)."""

    def __init__(
        self, routines: list[Routine] | None = None, problems: list[Problem] | None = None
    ) -> None:
        self.routines: list[Routine] = routines if routines is not None else []
        self.problems: list[Problem] = problems if problems is not None else []

    def __repr__(self) -> str:
        return f"Library({len(self.routines)} routines, {len(self.problems)} problems)"

    def get(self, routine_id: str) -> Routine | None:
        return next((r for r in self.routines if r.id == routine_id), None)


_COMMON = ("kind", "title", "text", "exercise", "position")
_STEP_FIELDS: dict[StepKind, tuple[str, ...]] = {
    StepKind.BRIEFING: (*_COMMON, "duration_s"),
    StepKind.TRANSITION: (*_COMMON, "duration_s"),
    StepKind.WARMUP: (*_COMMON, "encouragement_every_s", "duration_s"),
    StepKind.HOLD: (*_COMMON, "hold_s", "sides", "switch_s", "breathing_every_s"),
    StepKind.FLOW: (*_COMMON, "breaths", "inhale_s", "exhale_s"),
}


# What a length-like field is called in each kind of step, for "did you mean" hints.
_LENGTH_FIELD: dict[StepKind, str] = {
    StepKind.BRIEFING: "duration_s",
    StepKind.TRANSITION: "duration_s",
    StepKind.HOLD: "hold_s",
    StepKind.FLOW: "breaths",
}


def _either(kinds: list[str]) -> str:
    """``briefing``, ``briefing and transition``, ``briefing, transition and warmup``."""
    return kinds[0] if len(kinds) == 1 else f"{', '.join(kinds[:-1])} and {kinds[-1]}"


def _unknown_step_field(key: str, kind: StepKind) -> str:
    """Why ``key`` does not belong in a ``kind`` step, and what to write instead."""
    import difflib  # only a file with a mistake needs it

    allowed = _STEP_FIELDS[kind]
    fields = f"the fields of a {kind.value} step are {', '.join(allowed)}"
    owners = [k.value for k, names in _STEP_FIELDS.items() if key in names]
    if owners:
        if kind in _LENGTH_FIELD and (key.endswith("_s") or key == "breaths"):
            return (
                f"is for {_either(owners)} steps: a {kind.value} step's length is "
                f"{_LENGTH_FIELD[kind]}; {fields}"
            )
        if kind is StepKind.WARMUP and key == "hold_s":
            return (
                "is not used in a warm-up: its length is duration_s, or the warm-up length "
                f"in Settings when that is left out; {fields}"
            )
        return f"is for {_either(owners)} steps, not a {kind.value} step; {fields}"
    close = difflib.get_close_matches(key, allowed, n=1, cutoff=0.6)
    if close:
        return f"is not a known field: did you mean {close[0]}? ({fields})"
    return f"is not a known field here: {fields}"


def _step(
    raw: Any, index: int, source: str, text: str, catalog: Catalog
) -> tuple[Step | None, list[Problem]]:
    c = FieldChecker(source, text, prefix=f"steps[{index + 1}].", item=index)
    if not isinstance(raw, dict):
        c.fail("", "must be a table ([[steps]])")
        return None, c.problems
    kinds = [k.value for k in StepKind]
    if "kind" not in raw:
        c.fail("kind", f"is missing: use one of {', '.join(kinds)}")
        return None, c.problems
    kind_name = c.choice(raw, "kind", kinds, "")
    if not kind_name:
        return None, c.problems
    kind = StepKind(kind_name)
    for key in raw:
        if key not in _STEP_FIELDS[kind]:
            c.fail(key, _unknown_step_field(key, kind))
    exercise = c.string(raw, "exercise")
    ids = ", ".join(catalog.exercises)
    if exercise and exercise not in catalog.exercises:
        c.fail("exercise", f"is {exercise!r}: use one of {ids}")
        exercise = ""
    elif not exercise and kind in (StepKind.HOLD, StepKind.FLOW) and "exercise" in raw:
        c.fail("exercise", f"is empty: a {kind.value} step names its exercise, one of {ids}")
    elif kind in (StepKind.HOLD, StepKind.FLOW) and "exercise" not in raw:
        c.fail("exercise", f'is missing: add exercise = "..." with one of {ids}')
    title = c.string(raw, "title")
    body = c.string(raw, "text", required=kind is StepKind.BRIEFING)
    if kind is StepKind.TRANSITION and not body and not exercise:
        c.fail("text", "is missing: say what to do during this rest or transition")
    # The position the step puts a person in, for its picture (see core.positions).
    position = c.choice(raw, "position", [p.value for p in BodyPosition], "")
    step = Step(
        kind=kind,
        exercise=exercise or None,
        title=title,
        text=body,
        position=BodyPosition(position) if position else None,
    )
    if kind in (StepKind.BRIEFING, StepKind.TRANSITION):
        duration = c.number(raw, "duration_s", 0, 300, required=kind is StepKind.TRANSITION)
        step = step._replace(duration_s=duration)
    elif kind is StepKind.WARMUP:
        every = c.number(raw, "encouragement_every_s", 10, 300, default=60)
        # A warm-up may declare its own length (the desk break's one-minute seated warm-up);
        # without one it lasts as long as the settings say.
        own = c.number(raw, "duration_s", 30, 600, default=0)
        step = step._replace(encouragement_every_s=every, duration_s=own)
    elif kind is StepKind.HOLD:
        sides = c.choice(raw, "sides", [s.value for s in Sides], Sides.NONE.value)
        step = step._replace(
            hold_s=c.number(raw, "hold_s", 5, 180, required=True, default=30),
            sides=Sides(sides),
            switch_s=c.number(raw, "switch_s", 2, 30, default=5),
            breathing_every_s=c.number(raw, "breathing_every_s", 5, 60, default=10),
        )
    elif kind is StepKind.FLOW:
        breaths = c.number(
            raw, "breaths", 1, 50, required=True, default=5, integer=True, unit="breaths"
        )
        inhale = c.number(raw, "inhale_s", 2, 8, default=-1)
        exhale = c.number(raw, "exhale_s", 2, 8, default=-1)
        step = step._replace(
            breaths=int(breaths),
            inhale_s=inhale if inhale > 0 else None,
            exhale_s=exhale if exhale > 0 else None,
        )
    return step, c.problems


def parse_routine(
    data: bytes | str,
    source: str,
    catalog: Catalog,
    builtin: bool = False,
    memo: ParsedMemo | None = None,
) -> Routine:
    """Read one routine file's contents; raise ``LoadError`` listing every problem."""
    if isinstance(data, bytes):
        text, problems = decode_text(data, source)
        if text is None:
            raise LoadError(problems)
    else:
        text = data
    doc, problems = parse_toml(text, source, memo)
    if doc is None:
        raise LoadError(problems)
    c = FieldChecker(source, text)
    c.unknown(doc, ("schema", "id", "title", "description", "position", "steps"))
    if "schema" not in doc:
        c.fail("schema", f"is missing: add schema = {SCHEMA_VERSION} as the first line")
    elif isinstance(doc["schema"], bool) or doc["schema"] != SCHEMA_VERSION:
        c.fail(
            "schema",
            f"is {shown_value(doc['schema'])}: this version reads schema = {SCHEMA_VERSION}",
        )
    routine_id = c.string(doc, "id", required=True)
    if routine_id and not ID_PATTERN.match(routine_id):
        c.fail(
            "id", f"is {routine_id!r}: use lowercase letters, digits and dashes, like my-routine"
        )
    title = c.string(doc, "title", required=True)
    description = c.string(doc, "description")
    position = c.choice(doc, "position", [p.value for p in Position], Position.FLOOR.value)
    steps: list[Step] = []
    raw_steps = doc.get("steps")
    if raw_steps is None:
        c.fail("steps", "are missing: add at least one [[steps]] table")
    elif not isinstance(raw_steps, list):
        c.fail("steps", "must be a list of [[steps]] tables")
    elif not raw_steps:
        c.fail("steps", "are empty: add at least one [[steps]] table")
    elif len(raw_steps) > MAX_STEPS:
        c.fail("steps", f"are {len(raw_steps)}: a routine has at most {MAX_STEPS} steps")
    else:
        for i, raw in enumerate(raw_steps):
            step, step_problems = _step(raw, i, source, text, catalog)
            c.problems += step_problems
            if step is not None:
                steps.append(step)
    if c.problems:
        raise LoadError(c.problems)
    return Routine(
        id=routine_id,
        title=title,
        description=description,
        position=Position(position),
        steps=tuple(steps),
        builtin=builtin,
        source=Path(source),
    )


def load_routine_file(
    path: Path, catalog: Catalog, builtin: bool = False, memo: ParsedMemo | None = None
) -> Routine:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise LoadError([Problem(str(path), "", f"cannot be read: {exc.strerror}")]) from exc
    return parse_routine(data, str(path), catalog, builtin, memo)


def load_library(
    catalog: Catalog,
    builtin_dir: Path,
    user_dir: Path | None = None,
    memo: ParsedMemo | None = None,
    user_memo: ParsedMemo | None = None,
) -> Library:
    """Load every routine; built-ins first so a user file can never shadow one.

    The built-ins speak the catalogue's language (their translations travel with it); a
    person's own routine stays in the language it was written in. ``user_memo``, if given,
    serves the files of ``user_dir`` (``memo`` the others): the person's thousand files need
    not be read back from the cache for the built-ins' sake."""
    library = Library()
    seen: dict[str, Path] = {}
    sources: list[tuple[Path, bool]] = [(p, True) for p in sorted(builtin_dir.glob("*.toml"))]
    if user_dir is not None and user_dir.is_dir():
        sources += [(p, False) for p in sorted(user_dir.glob("*.toml"))]
    for path, builtin in sources:
        try:
            memo_here = memo if builtin or user_memo is None else user_memo
            routine = load_routine_file(path, catalog, builtin, memo_here)
        except LoadError as exc:
            library.problems += exc.problems
            continue
        if routine.id in seen:
            line = locate(path.read_text("utf-8", "replace"), "id")
            msg = (
                f"{routine.id!r} is already used by {seen[routine.id]}: "
                "give this routine its own id"
            )
            library.problems.append(Problem(str(path), "id", msg, line))
            continue
        seen[routine.id] = path
        if builtin and catalog.language != SOURCE:
            from stretchguide.core.translations import translate_routine

            texts = catalog.routine_texts.get(routine.id, {})
            routine = translate_routine(routine, texts, catalog.language)
        library.routines.append(routine)
    return library

"""Reading routine files, the exercise catalogue and cue phrases, strictly and kindly.

A routine file is data a person may edit by hand, so every mistake is reported as one line that
names the file, the line where it can be found, the field and what would be right, and one broken
file never keeps the other routines from loading. TOML is parsed with ``tomllib``: nothing in a
file is ever executed.

Every loading function takes an optional ``memo`` of documents already parsed, keyed by their
exact text (``stretchguide.storage.parse_cache`` keeps one between runs): with it, start-up
neither imports tomllib nor parses files that have not changed since the last run.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any, NamedTuple, Protocol

from stretchguide.core.model import (
    EXERCISE_IDS,
    SCHEMA_VERSION,
    BodyPosition,
    Catalog,
    CueTexts,
    Exercise,
    Position,
    Routine,
    Sides,
    Step,
    StepKind,
)

ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9-]{0,63}$")
MAX_FILE_BYTES = 256 * 1024
MAX_STEPS = 100
MAX_TEXT = 600


class Problem(NamedTuple):  # a NamedTuple for the reason given in stretchguide.core.model
    """One thing wrong with one file, worded for the person who will fix it."""

    file: str
    field: str
    message: str
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        return (
            f"{where}: {self.field}: {self.message}" if self.field else f"{where}: {self.message}"
        )


class LoadError(Exception):
    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("\n".join(str(p) for p in problems))
        self.problems = problems


class Library:
    """The routines that loaded, and the problems of the files that did not.

    A plain class rather than a dataclass: it is built during start-up, where every dataclass
    costs about a millisecond to create (see ``stretchguide.core.model``).
    """

    def __init__(
        self, routines: list[Routine] | None = None, problems: list[Problem] | None = None
    ) -> None:
        self.routines: list[Routine] = routines if routines is not None else []
        self.problems: list[Problem] = problems if problems is not None else []

    def __repr__(self) -> str:
        return f"Library(routines={self.routines!r}, problems={self.problems!r})"

    def get(self, routine_id: str) -> Routine | None:
        return next((r for r in self.routines if r.id == routine_id), None)


# ---- locating fields in the source, for line numbers ----------------------------------------
# Patterns, not compiled ones: only a file with a mistake needs them, and ``re`` compiles each
# once, on first use, instead of on every start-up.
_HEADER = r"^\s*\[\[?\s*([A-Za-z0-9_.\-\"]+)\s*\]\]?\s*(#.*)?$"
_KEY = r"^\s*\"?([A-Za-z0-9_\-]+)\"?\s*="


_Section = tuple[str, int] | None


# Indexed once per text: scanning the text per problem took minutes on a file full of mistakes.
@functools.lru_cache(maxsize=4)
def _line_index(text: str) -> tuple[dict[tuple[_Section, str], int], dict[tuple[str, int], int]]:
    """The first line of each key per section, and the line of each section's header."""
    keys: dict[tuple[_Section, str], int] = {}
    headers: dict[tuple[str, int], int] = {}
    section: _Section = None
    counts: dict[str, int] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        header = re.match(_HEADER, line)
        if header:
            name = header.group(1)
            counts[name] = counts.get(name, -1) + 1
            section = (name, counts[name])
            headers.setdefault(section, number)
            continue
        m = re.match(_KEY, line)
        if m:
            keys.setdefault((section, m.group(1)), number)
    return keys, headers


def _locate(text: str, key: str, array: str | None = None, item: int | None = None) -> int | None:
    """The line of ``key`` at the top level, or in the ``item``-th ``[[array]]`` table."""
    keys, headers = _line_index(text)
    if array is None:
        return keys.get((None, key))
    if item is None:
        return None
    return keys.get(((array, item), key)) or headers.get((array, item))


def field_line(text: str, key: str, step: int | None = None) -> int | None:
    """The line of a top-level ``key``, or of ``key`` in the ``step``-th ``[[steps]]`` (from 0)."""
    return _locate(text, key) if step is None else _locate(text, key, "steps", step)


# ---- field checking ---------------------------------------------------------------------------
class _Checker:
    """Collects problems while reading one table, so a file reports all its faults at once."""

    def __init__(self, source: str, text: str, prefix: str = "", item: int | None = None) -> None:
        self.source = source
        self.text = text
        self.prefix = prefix
        self.item = item
        self.problems: list[Problem] = []

    def name(self, key: str) -> str:
        return f"{self.prefix}{key}"

    def fail(self, key: str, message: str) -> None:
        array = "steps" if self.item is not None else None
        line = _locate(self.text, key, array, self.item) if key else None
        # A quoted key may hold a newline: show it escaped so a problem stays on one line.
        shown = key if re.fullmatch(_PLAIN_KEY, key) and len(key) <= 64 else _shown(key)
        self.problems.append(Problem(self.source, self.name(shown), message, line))

    def string(
        self, data: dict[str, Any], key: str, *, required: bool = False, default: str = ""
    ) -> str:
        if key not in data:
            if required:
                self.fail(key, "is missing: add a text in quotes")
            return default
        raw = data[key]
        if not isinstance(raw, str):
            self.fail(key, f"must be text in quotes, not {_kind(raw)}")
            return default
        value: str = raw.strip()
        if required and not value:
            self.fail(key, "must not be empty")
        if len(value) > MAX_TEXT:
            self.fail(key, f"is {len(value)} characters long: keep it under {MAX_TEXT}")
            return value[:MAX_TEXT]
        return value

    def number(
        self,
        data: dict[str, Any],
        key: str,
        low: float,
        high: float,
        *,
        required: bool = False,
        default: float = 0.0,
        integer: bool = False,
        unit: str = "seconds",
    ) -> float:
        if key not in data:
            if required:
                self.fail(key, f"is missing: add a number of {unit} from {low:g} to {high:g}")
            return default
        value = data[key]
        ok_type = isinstance(value, int) if integer else isinstance(value, int | float)
        if isinstance(value, bool) or not ok_type:
            want = "a whole number" if integer else "a number"
            self.fail(key, f"must be {want} of {unit} from {low:g} to {high:g}, not {_kind(value)}")
            return default
        if value != value or not low <= value <= high:
            self.fail(key, f"is {_shown(value)}: use {unit} from {low:g} to {high:g}")
            return default
        return float(value)

    def choice(self, data: dict[str, Any], key: str, options: Iterable[str], default: str) -> str:
        options = list(options)
        if key not in data:
            return default
        value = data[key]
        if not isinstance(value, str) or value not in options:
            shown = _shown(value) if isinstance(value, str) else repr(_kind(value))
            self.fail(key, f"is {shown}: use one of {', '.join(options)}")
            return default
        return value

    def unknown(self, data: dict[str, Any], allowed: Iterable[str]) -> None:
        allowed = set(allowed)
        for key in data:
            if key not in allowed:
                self.fail(
                    key, f"is not a known field here: use one of {', '.join(sorted(allowed))}"
                )


_PLAIN_KEY = r"[A-Za-z0-9_\-]*"


def _shown(value: object) -> str:
    """``repr(value)`` for a message: short, and safe for a number too long to print."""
    if isinstance(value, int) and value.bit_length() > 64:  # str() of a huge int raises
        return "a very large number"
    if isinstance(value, list | dict):  # repr() of a deeply nested value can recurse too far
        return _kind(value)
    text = repr(value)
    return text if len(text) <= 80 else f"{text[:77]}..."


def _kind(value: object) -> str:
    names = {bool: "true/false", int: "a number", float: "a number", str: "text"}
    for t, n in names.items():
        if type(value) is t:
            return n
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a table"
    return type(value).__name__


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
    c = _Checker(source, text, prefix=f"steps[{index + 1}].", item=index)
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


def _decode(data: bytes, source: str) -> tuple[str | None, list[Problem]]:
    if len(data) > MAX_FILE_BYTES:
        return None, [
            Problem(source, "", f"is {len(data)} bytes: a routine file must be under 256 KiB")
        ]
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        msg = f"is not UTF-8 text (bad byte at position {exc.start}): save the file as UTF-8"
        return None, [Problem(source, "", msg, line)]


class ParsedMemo(Protocol):
    """TOML documents already parsed, by their text; a plain ``dict`` is one."""

    def get(self, text: str, /) -> dict[str, Any] | None: ...

    def __setitem__(self, text: str, document: dict[str, Any], /) -> None: ...


def _parse_toml(
    text: str, source: str, memo: ParsedMemo | None = None
) -> tuple[dict[str, Any] | None, list[Problem]]:
    known = memo.get(text) if memo is not None else None
    if known is not None:
        return known, []
    import tomllib  # here: with a memo, an unchanged start-up never needs it

    try:
        document = tomllib.loads(text)
        if memo is not None:
            memo[text] = document
        return document, []
    except RecursionError:  # tomllib recurses per level of nesting (found by the fuzzer)
        return None, [Problem(source, "", "is not valid TOML: values are nested too deeply")]
    except tomllib.TOMLDecodeError as exc:
        from stretchguide.core.toml_errors import explain  # only a broken file needs it

        found = explain(str(exc), text)
        return None, [Problem(source, found.field, found.message, found.line)]
    except ValueError:  # int() refuses over 4300 digits (found by the fuzzer)
        return None, [Problem(source, "", "is not valid TOML: a number is too long to read")]


def parse_routine(
    data: bytes | str,
    source: str,
    catalog: Catalog,
    builtin: bool = False,
    memo: ParsedMemo | None = None,
) -> Routine:
    """Read one routine file's contents; raise ``LoadError`` listing every problem."""
    if isinstance(data, bytes):
        text, problems = _decode(data, source)
        if text is None:
            raise LoadError(problems)
    else:
        text = data
    doc, problems = _parse_toml(text, source, memo)
    if doc is None:
        raise LoadError(problems)
    c = _Checker(source, text)
    c.unknown(doc, ("schema", "id", "title", "description", "position", "steps"))
    if "schema" not in doc:
        c.fail("schema", f"is missing: add schema = {SCHEMA_VERSION} as the first line")
    elif isinstance(doc["schema"], bool) or doc["schema"] != SCHEMA_VERSION:
        c.fail(
            "schema", f"is {_shown(doc['schema'])}: this version reads schema = {SCHEMA_VERSION}"
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
) -> Library:
    """Load every routine; built-ins first so a user file can never shadow one."""
    library = Library()
    seen: dict[str, Path] = {}
    sources: list[tuple[Path, bool]] = [(p, True) for p in sorted(builtin_dir.glob("*.toml"))]
    if user_dir is not None and user_dir.is_dir():
        sources += [(p, False) for p in sorted(user_dir.glob("*.toml"))]
    for path, builtin in sources:
        try:
            routine = load_routine_file(path, catalog, builtin, memo)
        except LoadError as exc:
            library.problems += exc.problems
            continue
        if routine.id in seen:
            line = _locate(path.read_text("utf-8", "replace"), "id")
            msg = (
                f"{routine.id!r} is already used by {seen[routine.id]}: "
                "give this routine its own id"
            )
            library.problems.append(Problem(str(path), "id", msg, line))
            continue
        seen[routine.id] = path
        library.routines.append(routine)
    return library


# ---- the catalogue and the cue phrases ---------------------------------------------------------
def _strings(c: _Checker, data: dict[str, Any], key: str) -> tuple[str, ...]:
    value = data.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        c.fail(key, "must be a list of texts")
        return ()
    return tuple(v.strip() for v in value)


def load_catalog(assets: Path, memo: ParsedMemo | None = None) -> Catalog:
    """The exercise catalogue and cue phrases shipped in ``assets``; raise ``LoadError``."""
    ex_path = assets / "exercises.toml"
    cue_path = assets / "cues.toml"
    problems: list[Problem] = []
    exercises: dict[str, Exercise] = {}
    text, doc = _read_toml(ex_path, problems, memo)
    if doc is not None:
        table = doc.get("exercises", {})
        for ex_id in EXERCISE_IDS:
            if ex_id not in table:
                problems.append(Problem(str(ex_path), f"exercises.{ex_id}", "is missing"))
        for ex_id, raw in table.items():
            c = _Checker(str(ex_path), text or "", prefix=f"exercises.{ex_id}.")
            if not isinstance(raw, dict):
                c.fail("", "must be a table")
                problems += c.problems
                continue
            c.unknown(
                raw,
                (
                    "title",
                    "instruction",
                    "position",
                    "picture",
                    "side_text",
                    "breathing",
                    "inhale",
                    "exhale",
                    "encouragement",
                    "setup",
                    "safety",
                    "release",
                ),
            )
            side_text = raw.get("side_text", {})
            if not isinstance(side_text, dict) or not all(
                isinstance(v, str) for v in side_text.values()
            ):
                c.fail("side_text", "must be a table of left/right texts")
                side_text = {}
            exercises[ex_id] = Exercise(
                id=ex_id,
                title=c.string(raw, "title", required=True),
                instruction=c.string(raw, "instruction", required=True),
                position=Position(c.choice(raw, "position", [p.value for p in Position], "floor")),
                picture=c.string(raw, "picture"),
                side_text=dict(side_text),
                breathing=_strings(c, raw, "breathing"),
                inhale=c.string(raw, "inhale", default="Breathe in."),
                exhale=c.string(raw, "exhale", default="Breathe out."),
                encouragement=_strings(c, raw, "encouragement"),
                setup=c.string(raw, "setup"),
                safety=c.string(raw, "safety"),
                release=c.string(raw, "release"),
            )
            problems += c.problems
    cue_text, cue_doc = _read_toml(cue_path, problems, memo)
    cues: CueTexts | None = None
    if cue_doc is not None:
        c = _Checker(str(cue_path), cue_text or "")
        names = [f for f in CueTexts._fields if f != "countdown"]
        c.unknown(cue_doc, [*names, "countdown"])
        values = {n: c.string(cue_doc, n, required=True) for n in names}
        countdown = _strings(c, cue_doc, "countdown")
        if not countdown:
            c.fail("countdown", "must list the numbers spoken, from one upwards")
        problems += c.problems
        cues = CueTexts(countdown=countdown, **values)
    if problems or cues is None:
        raise LoadError(problems)
    return Catalog(exercises=exercises, cues=cues)


def _read_toml(
    path: Path, problems: list[Problem], memo: ParsedMemo | None = None
) -> tuple[str | None, dict[str, Any] | None]:
    try:
        data = path.read_bytes()
    except OSError as exc:
        problems.append(Problem(str(path), "", f"cannot be read: {exc.strerror}"))
        return None, None
    text, p = _decode(data, str(path))
    problems += p
    if text is None:
        return None, None
    doc, p = _parse_toml(text, str(path), memo)
    problems += p
    return text, doc

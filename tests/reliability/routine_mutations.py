"""Broken routine files for the fuzzer: mutations of the built-in routines, and a TOML emitter.

Two families, both starting from a *valid* file so most examples get past the first check and
reach the deeper ones:

* ``byte_mutated``: the file's bytes flipped, inserted, deleted, truncated, with invalid UTF-8,
  NULs and nasty TOML snippets spliced in (mostly TOML or UTF-8 errors).
* ``structural``: the file parsed with ``tomllib``, then keys dropped or renamed, values swapped
  for other types, out-of-range, NaN/inf or huge numbers, empty or 1000 steps, deep nesting,
  very long strings, unknown kinds, then written back with ``dump`` (valid TOML, so every
  example exercises the routine checks rather than the TOML parser).

``dump`` writes only what these tests need: scalars, inline arrays and tables, and the top-level
``[[steps]]`` array of tables. ``Raw`` carries literal TOML the emitter could not produce from a
Python value (a 5000-digit number, a value nested 2000 levels deep). The project's
``core/routine_writer.py`` writes only valid ``Routine`` objects, so it cannot write these.
"""

from __future__ import annotations

import copy
import datetime as dt
import math
import re
import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from hypothesis import strategies as st

from stretchguide.core.assets import builtin_routines_dir
from stretchguide.core.model import EXERCISE_IDS, Position, Sides, StepKind

_BARE_KEY = re.compile(r"[A-Za-z0-9_-]+")


@dataclass(frozen=True)
class Raw:
    """Literal TOML text for a value."""

    text: str


def nested(depth: int, table: bool = False) -> Raw:
    """A value ``depth`` levels deep: ``[[[...]]]`` or ``{a = {a = ... 1}}``."""
    if table:
        return Raw("{a = " * depth + "1" + "}" * depth)
    return Raw("[" * depth + "]" * depth)


# ---- the emitter --------------------------------------------------------------------------------
def toml_string(text: str) -> str:
    out = []
    for ch in text:
        if ch in '"\\':
            out.append("\\" + ch)
        elif ord(ch) < 0x20 or ord(ch) == 0x7F:
            out.append(f"\\u{ord(ch):04X}")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def toml_key(key: str) -> str:
    return key if _BARE_KEY.fullmatch(key) else toml_string(key)


def toml_value(value: Any) -> str:
    if isinstance(value, Raw):
        return value.text
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if math.isnan(value):
            return "nan"
        if math.isinf(value):
            return "inf" if value > 0 else "-inf"
        return repr(value)
    if isinstance(value, str):
        return toml_string(value)
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, list):
        return "[" + ", ".join(toml_value(v) for v in value) + "]"
    if isinstance(value, dict):
        items = ", ".join(f"{toml_key(k)} = {toml_value(v)}" for k, v in value.items())
        return "{" + items + "}"
    raise TypeError(f"cannot write {type(value).__name__} as TOML")


def _is_tables(value: Any) -> bool:
    return isinstance(value, list) and bool(value) and all(isinstance(v, dict) for v in value)


def dump(doc: dict[str, Any]) -> str:
    """``doc`` as TOML: top-level keys first, then each list of tables as ``[[name]]`` blocks."""
    lines = [f"{toml_key(k)} = {toml_value(v)}" for k, v in doc.items() if not _is_tables(v)]
    for key, items in doc.items():
        if not _is_tables(items):
            continue
        for item in items:
            lines += ["", f"[[{toml_key(key)}]]"]
            lines += [f"{toml_key(k)} = {toml_value(v)}" for k, v in item.items()]
    return "\n".join(lines) + "\n"


# ---- the valid starting points --------------------------------------------------------------
@cache
def builtin_sources() -> dict[str, bytes]:
    """The built-in routine files' bytes, by file name."""
    return {p.name: p.read_bytes() for p in sorted(Path(builtin_routines_dir()).glob("*.toml"))}


@cache
def builtin_docs() -> dict[str, dict[str, Any]]:
    return {name: tomllib.loads(data.decode("utf-8")) for name, data in builtin_sources().items()}


# ---- values ---------------------------------------------------------------------------------
STEP_FIELDS = (
    "kind",
    "title",
    "text",
    "exercise",
    "duration_s",
    "encouragement_every_s",
    "hold_s",
    "sides",
    "switch_s",
    "breathing_every_s",
    "breaths",
    "inhale_s",
    "exhale_s",
)
TOP_FIELDS = ("schema", "id", "title", "description", "position", "steps")
WORDS = (
    *[k.value for k in StepKind],
    *[s.value for s in Sides],
    *[p.value for p in Position],
    *EXERCISE_IDS,
    "",
    " ",
    "HOLD",
    "stretch",
    "nap",
    "hold ",
    "knee-to-chest\n",
    "desk-break",
    "My Routine!",
    "a\u2028b",
    "x\x00y",
    "é" * 10,
)
EDGE_NUMBERS = (
    0,
    -1,
    1,
    2,
    4,
    5,
    8,
    9,
    10,
    30,
    50,
    51,
    60,
    61,
    180,
    181,
    300,
    301,
    2**63,
    -(2**63) - 1,
    10**100,
    0.0,
    -0.0,
    4.999,
    180.0001,
    1e308,
    -1e308,
    5e-324,
    math.nan,
    math.inf,
    -math.inf,
)
HUGE_LITERALS = (
    Raw("9" * 5000),  # more digits than int() accepts
    Raw("0x" + "f" * 20000),  # hex has no digit limit: a number too big to print
    Raw("-" + "1" * 4400),
    Raw("1e99999"),
    Raw("-nan"),
    Raw("+inf"),
    Raw("0o777"),
    Raw("0b" + "1" * 300),
    Raw("1979-05-27T07:32:00Z"),
    Raw("07:32:00"),
)

scalars = st.one_of(
    st.text(max_size=40),
    st.sampled_from(WORDS),
    st.integers(),
    st.floats(),
    st.booleans(),
    st.sampled_from(EDGE_NUMBERS),
    st.sampled_from(HUGE_LITERALS),
    st.datetimes(timezones=st.none() | st.just(dt.UTC)),
    st.dates(),
    st.times(),
)
keys = st.one_of(
    st.sampled_from(STEP_FIELDS + TOP_FIELDS), st.text(min_size=1, max_size=20), st.just("a\nb")
)
values = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(keys, inner, max_size=4),
    max_leaves=8,
)
weird_values = st.one_of(
    values,
    # Shallow, or far too deep: how deep tomllib gets depends on the caller's stack (~300-500).
    st.builds(nested, st.sampled_from([2, 50, 100, 1000, 3000]), st.booleans()),
    st.sampled_from([600, 601, 5000]).map(lambda n: "x" * n),  # over MAX_TEXT, still a small file
    st.sampled_from([300_000]).map(lambda n: "y" * n),  # over the 256 KiB file limit
)


# ---- structural mutations -------------------------------------------------------------------
def _tables(doc: dict[str, Any]) -> list[dict[str, Any]]:
    """The top level and every step table: where a key can be dropped, renamed or retyped."""
    steps = doc.get("steps")
    found = [doc]
    if isinstance(steps, list):
        found += [s for s in steps if isinstance(s, dict)]
    return found


def _some_key(draw: st.DrawFn, table: dict[str, Any]) -> str:
    if table and draw(st.booleans()):
        return draw(st.sampled_from(sorted(table)))
    return draw(keys)


def _drop(draw: st.DrawFn, doc: dict[str, Any]) -> None:
    table = draw(st.sampled_from(_tables(doc)))
    table.pop(_some_key(draw, table), None)


def _rename(draw: st.DrawFn, doc: dict[str, Any]) -> None:
    table = draw(st.sampled_from(_tables(doc)))
    old = _some_key(draw, table)
    if old in table:
        table[draw(keys)] = table.pop(old)


def _retype(draw: st.DrawFn, doc: dict[str, Any]) -> None:
    table = draw(st.sampled_from(_tables(doc)))
    table[_some_key(draw, table)] = draw(weird_values)


def _renumber(draw: st.DrawFn, doc: dict[str, Any]) -> None:
    table = draw(st.sampled_from(_tables(doc)))
    numeric = [k for k, v in table.items() if isinstance(v, int | float)] or ["schema"]
    table[draw(st.sampled_from(numeric))] = draw(st.sampled_from(EDGE_NUMBERS + HUGE_LITERALS))


def _resteps(draw: st.DrawFn, doc: dict[str, Any]) -> None:
    steps = doc.get("steps") if isinstance(doc.get("steps"), list) else []
    one = copy.deepcopy(steps[0]) if steps else {"kind": "hold", "exercise": "cat-cow"}
    how = draw(st.sampled_from(["empty", "100", "101", "1000", "not-a-table", "unknown-kind"]))
    if how == "empty":
        doc["steps"] = []
    elif how in ("100", "101", "1000"):
        doc["steps"] = [copy.deepcopy(one) for _ in range(int(how))]
    elif how == "not-a-table":
        doc["steps"] = [*steps, draw(scalars)]
    else:
        doc["steps"] = [
            *steps,
            {**one, "kind": draw(st.sampled_from(["nap", "HOLD", "", "holds"]))},
        ]


def _clutter(draw: st.DrawFn, doc: dict[str, Any]) -> None:
    """Many unknown keys in every step: each is a problem to locate in the text."""
    count = draw(st.sampled_from([10, 300]))
    for table in _tables(doc):
        table.update({f"unknown-{i}": i for i in range(count)})


MUTATIONS = (_drop, _rename, _retype, _renumber, _resteps, _clutter)


@st.composite
def structural(draw: st.DrawFn) -> bytes:
    """A built-in routine with one to four structural changes, written back as TOML."""
    doc = copy.deepcopy(builtin_docs()[draw(st.sampled_from(sorted(builtin_docs())))])
    for _ in range(draw(st.integers(1, 4))):
        draw(st.sampled_from(MUTATIONS))(draw, doc)
    return dump(doc).encode("utf-8")


# ---- byte mutations -------------------------------------------------------------------------
SNIPPETS = (
    b"\x00",
    b"\xff",
    b"\xc3\x28",  # a broken two-byte sequence
    b"\xed\xa0\x80",  # an encoded surrogate
    b"\xf8\x88\x80\x80\x80",  # a five-byte form
    b"\xef\xbb\xbf",  # a byte-order mark
    b"\r",
    b"\n[[steps]]\n",
    b"\n[steps]\n",
    b"\n[[steps.x]]\n",
    b'\nkind = "nap"\n',
    b'\n"a\\nb" = 1\n',
    b"\nschema = 0x" + b"f" * 200 + b"\n",
    b"\nx = " + b"[" * 2000 + b"]" * 2000 + b"\n",
    b"\nx = " + b"{a = " * 800 + b"1" + b"}" * 800 + b"\n",
    b"\nhold_s = " + b"9" * 5000 + b"\n",
    b"\ntitle = '''" + b"long " * 200 + b"'''\n",
    "\u2028".encode(),  # a line separator to Python, not to TOML
)


@st.composite
def byte_mutated(draw: st.DrawFn) -> bytes:
    """A built-in routine with one to eight byte-level changes."""
    data = bytearray(builtin_sources()[draw(st.sampled_from(sorted(builtin_sources())))])
    for _ in range(draw(st.integers(1, 8))):
        op = draw(st.sampled_from(["flip", "insert", "delete", "truncate", "splice", "nul"]))
        at = draw(st.integers(0, len(data)))
        if op == "flip" and at < len(data):
            data[at] ^= 1 << draw(st.integers(0, 7))
        elif op == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=8))
        elif op == "delete":
            del data[at : at + draw(st.integers(1, 64))]
        elif op == "truncate":
            del data[at:]
        elif op == "splice":
            data[at:at] = draw(st.sampled_from(SNIPPETS))
        else:
            data[at:at] = b"\x00"
    return bytes(data)


fuzzed_files = st.one_of(byte_mutated(), structural())

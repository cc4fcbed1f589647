"""Reading TOML text a person wrote: decoding, parsing, and checking it field by field.

Shared by the routine loader and the catalogue loader, so that a mistake in any file the app
reads is worded the same way: one line naming the file, the line where the field is, the field
and what would be right. ``FieldChecker`` collects every problem of a table instead of stopping
at the first, so a person fixes a file in one go.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any, NamedTuple, Protocol

MAX_FILE_BYTES = 256 * 1024
MAX_TEXT = 600


class Problem(NamedTuple):
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


def locate(text: str, key: str, array: str | None = None, item: int | None = None) -> int | None:
    """The line of ``key`` at the top level, or in the ``item``-th ``[[array]]`` table."""
    keys, headers = _line_index(text)
    if array is None:
        return keys.get((None, key))
    if item is None:
        return None
    return keys.get(((array, item), key)) or headers.get((array, item))


def field_line(text: str, key: str, step: int | None = None) -> int | None:
    """The line of a top-level ``key``, or of ``key`` in the ``step``-th ``[[steps]]`` (from 0)."""
    return locate(text, key) if step is None else locate(text, key, "steps", step)


# ---- field checking ---------------------------------------------------------------------------
class FieldChecker:
    """Collects problems while reading one table, so a file reports all its faults at once."""

    def __init__(self, source: str, text: str, prefix: str = "", item: int | None = None) -> None:
        self.source = source
        self.text = text
        self.prefix = prefix
        self.item = item
        self.problems: list[Problem] = []

    def name(self, key: str) -> str:
        """``steps[2].hold_s``; the table itself (``steps[2]``) when ``key`` is empty."""
        return f"{self.prefix}{key}" if key else self.prefix.rstrip(".")

    def fail(self, key: str, message: str) -> None:
        array = "steps" if self.item is not None else None
        line = locate(self.text, key, array, self.item) if key else None
        # A quoted key may hold a newline: show it escaped so a problem stays on one line.
        shown = key if re.fullmatch(_PLAIN_KEY, key) and len(key) <= 64 else shown_value(key)
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
            self.fail(key, f"is {shown_value(value)}: use {unit} from {low:g} to {high:g}")
            return default
        return float(value)

    def choice(self, data: dict[str, Any], key: str, options: Iterable[str], default: str) -> str:
        options = list(options)
        if key not in data:
            return default
        value = data[key]
        if not isinstance(value, str) or value not in options:
            shown = shown_value(value) if isinstance(value, str) else repr(_kind(value))
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


def shown_value(value: object) -> str:
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


def decode_text(data: bytes, source: str) -> tuple[str | None, list[Problem]]:
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


def parse_toml(
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


def read_toml(
    path: Path, problems: list[Problem], memo: ParsedMemo | None = None
) -> tuple[str | None, dict[str, Any] | None]:
    try:
        data = path.read_bytes()
    except OSError as exc:
        problems.append(Problem(str(path), "", f"cannot be read: {exc.strerror}"))
        return None, None
    text, p = decode_text(data, str(path))
    problems += p
    if text is None:
        return None, None
    doc, p = parse_toml(text, str(path), memo)
    problems += p
    return text, doc

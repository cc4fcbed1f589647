"""TOML syntax errors, explained in plain words with the line, the column and the fix.

``tomllib`` reports what its parser expected ("Illegal character '\\n'", "Invalid value"), which
means nothing to a person who left a quote open. This module turns its message and the file's
text into a sentence about what the person typed and what to type instead. It only reads the
text: it runs after ``tomllib`` has already refused the file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_WHERE = re.compile(r"\s*\(at (?:line (\d+), column (\d+)|end of document)\)")
_KEY = re.compile(r'^\s*"?([A-Za-z0-9_\-]+)"?\s*=')
_BOOLEAN_WORDS = {"yes", "no", "on", "off", "y", "n", "True", "False", "TRUE", "FALSE"}
_CURLY = "“”‘’„«»"


@dataclass(frozen=True)
class TomlProblem:
    """A syntax error as a person reads it: where, which field, and what to do."""

    line: int | None
    column: int | None
    field: str
    message: str


def explain(message: str, text: str) -> TomlProblem:
    """Explain ``tomllib``'s ``message`` about ``text`` (one file's contents)."""
    match = _WHERE.search(message)
    reason = _WHERE.sub("", message).strip()
    line = int(match.group(1)) if match and match.group(1) else None
    column = int(match.group(2)) if match and match.group(2) else None
    lines = text.splitlines()
    if line is None:  # "at end of document": find the line that opened what was never closed
        line, column = _unclosed(lines)
    source_line = lines[line - 1] if line is not None and 0 < line <= len(lines) else ""
    key = _KEY.match(source_line)
    field = key.group(1) if key else ""
    what = _plain(reason, source_line, column)
    if field and what.startswith(f"{field} is set twice"):
        first = next(
            (n for n, text in enumerate(lines[: (line or 1) - 1], 1) if _key_of(text) == field),
            None,
        )
        if first is not None:
            what = f"{field} is set twice, on line {first} and here: keep one of the two lines"
            column = None
    if line is not None and column is not None and "column" not in what:
        what = f"at column {column}, {what}"
    return TomlProblem(line, column, field, f"is not valid TOML: {what}")


def _plain(reason: str, line: str, column: int | None) -> str:
    """The sentence for one parser complaint (``column`` counts from 1, as tomllib does)."""
    after_equals = line.split("=", 1)[1].strip() if "=" in line else ""
    value = after_equals.split("#", 1)[0].strip()
    if reason in ("Illegal character '\\n'", "Unterminated string") or reason.startswith(
        ("Expected '\"", "Expected \"'")  # a quote mark, or three, never closed
    ):
        quote = _open_quote(line)
        if quote is not None:
            mark, at = quote
            if line[max(0, at - 2) : at + 1] == mark * 3:
                mark, at = mark * 3, at - 2
                return (
                    f"the text that starts with {mark} at column {at + 1} is never closed: end "
                    f"it with {mark}"
                )
            return (
                f"the text in quotes that starts at column {at + 1} is never closed: end it "
                f"with {mark} on the same line (text over several lines goes between "
                f"{mark * 3} and {mark * 3})"
            )
        return "a text in quotes is never closed: end it with the same quote mark it starts with"
    if reason == "Invalid value":
        if any(c in value for c in _CURLY):
            return (
                "the text uses curly quotes (“ ”): type straight quotes instead, like "
                'title = "My routine" (a word processor may have changed them)'
            )
        if not value:
            return 'there is no value after "=": write one, like hold_s = 30 or title = "Evening"'
        if value in _BOOLEAN_WORDS:
            return f"{value} is not a TOML value: write true or false, in lower case"
        return (
            f"{_short(value)} is not a number, true/false or a list: put text in straight "
            f'quotes, like title = "{_short(value, quoted=False)}"'
        )
    if reason == "Expected newline or end of document after a statement":
        number = re.fullmatch(r"(-?\d+)\s*,\s*(\d+)", value)
        if number:
            return (
                f"{value} uses a comma: write decimals with a point, like "
                f"{number.group(1)}.{number.group(2)}"
            )
        unit = re.fullmatch(r"(-?\d+(?:\.\d+)?)\s*[A-Za-z]+\.?", value)
        if unit:
            return (
                f"{value} has a unit: write the bare number, like {unit.group(1)} (fields "
                "ending in _s are in seconds)"
            )
        return (
            "there is more on the line after the value: put each field on a line of its own, "
            "and text in quotes"
        )
    if reason == "Expected '=' after a key in a key/value pair":
        return (
            'a field name must be followed by "=" and a value, like hold_s = 30; names have '
            "no spaces (use _)"
        )
    if reason.startswith(("Expected ']]'", "Expected ']'")):
        return "the section header is not closed: write each step's header as [[steps]]"
    if reason == "Cannot overwrite a value" or reason.startswith("Cannot declare"):
        stripped = line.strip()
        if stripped.startswith("[") and "steps" in stripped:
            return "start every step with [[steps]], with two brackets each side"
        key = _KEY.match(line)
        name = key.group(1) if key else "this field"
        return f"{name} is set twice: keep one of the two lines"
    if reason in ("Unclosed array", "Unclosed inline table"):
        closing = "]" if reason == "Unclosed array" else "}"
        return f"a list is opened but never closed: close it with {closing} on the same field"
    if reason in ("Invalid initial character for a key part", "Invalid statement") or (
        reason.startswith("Found invalid character")
    ):
        return (
            "this line is not a field: write name = value, a [[steps]] header, or a comment "
            "starting with #"
        )
    # "Invalid hex value": a path like C:\Users in quotes, read as the escape \U.
    if reason in ("Unescaped '\\' in a string", "Invalid hex value") or reason.startswith(
        "Escaped character"
    ):
        return (
            "a backslash in quotes starts an escape: write \\\\ for a backslash, or use single "
            "quotes 'like this'"
        )
    return f"{reason[:1].lower()}{reason[1:]}: compare the line with docs/routine-format.md"


def _key_of(line: str) -> str:
    key = _KEY.match(line)
    return key.group(1) if key else ""


def _open_quote(line: str) -> tuple[str, int] | None:
    """The quote mark that opens a text never closed on ``line``, and its index."""
    index = 0
    while index < len(line):
        char = line[index]
        if char == "#":
            return None
        if char in "\"'":
            end = index + 1
            while end < len(line) and line[end] != char:
                end += 2 if char == '"' and line[end] == "\\" else 1
            if end >= len(line):
                return char, index
            index = end
        index += 1
    return None


def _unclosed(lines: list[str]) -> tuple[int | None, int | None]:
    """The last line that opens a quote or a list it does not close (1-based), and the column."""
    found: tuple[int | None, int | None] = (None, None)
    for number, line in enumerate(lines, start=1):
        quote = _open_quote(line)
        if quote is not None:
            found = (number, quote[1] + 1)
            continue
        code = line.split("#", 1)[0]
        if "=" in code and code.count("[") > code.count("]"):
            found = (number, code.index("[") + 1)
    return found


def _short(value: str, *, quoted: bool = True) -> str:
    cut = value if len(value) <= 40 else f"{value[:37]}..."
    return repr(cut) if quoted else cut.replace('"', "")

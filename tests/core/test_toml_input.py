"""Reading a file a person wrote: the exact line, field and wording of each problem.

``FieldChecker`` is shared by the routine and catalogue loaders, so these rules hold for every
file the app reads: a problem names the file, the line where the field is (or its table's
header when the field is missing), the field, and what would be right.
"""

from __future__ import annotations

import math
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from stretchguide.core.toml_input import (
    MAX_FILE_BYTES,
    MAX_TEXT,
    FieldChecker,
    LoadError,
    Problem,
    decode_text,
    field_line,
    locate,
    parse_toml,
    read_toml,
    shown_value,
)

TEXT = """schema = 1
"id" = "mine"   # a quoted key
title = "x"

[[steps]]
kind = "hold"

[[ steps ]]  # spaces and a comment
kind = "flow"
breaths = 3
kind = "again"

[[steps]]
"""


def test_a_problem_reads_as_one_line_with_its_place() -> None:
    assert (
        str(Problem("a.toml", "steps[2].hold_s", "is 0", 12)) == "a.toml:12: steps[2].hold_s: is 0"
    )
    assert str(Problem("a.toml", "", "cannot be read", 3)) == "a.toml:3: cannot be read"
    assert str(Problem("a.toml", "title", "is missing")) == "a.toml: title: is missing"
    assert str(Problem("a.toml", "", "is empty", 0)) == "a.toml: is empty"
    error = LoadError([Problem("a", "x", "one"), Problem("b", "", "two", 2)])
    assert str(error) == "a: x: one\nb:2: two"
    assert [p.file for p in error.problems] == ["a", "b"]


def test_fields_are_found_at_the_top_and_in_each_step() -> None:
    assert locate(TEXT, "schema") == 1
    assert locate(TEXT, "id") == 2
    assert locate(TEXT, "title") == 3
    assert locate(TEXT, "kind") is None  # not at the top level
    assert locate(TEXT, "kind", "steps", 0) == 6
    # The first of two, in a header written with spaces and a comment.
    assert locate(TEXT, "kind", "steps", 1) == 9
    assert locate(TEXT, "breaths", "steps", 1) == 10
    # A field that is missing points at its step's header; a step that is not there at nothing.
    assert locate(TEXT, "hold_s", "steps", 2) == 13
    assert locate(TEXT, "hold_s", "steps", 3) is None
    assert locate(TEXT, "kind", "steps") is None
    assert field_line(TEXT, "title") == 3
    assert field_line(TEXT, "breaths", 1) == 10


def test_a_problem_in_a_step_points_at_the_steps_line() -> None:
    c = FieldChecker("my.toml", TEXT, prefix="steps[2].", item=1)
    c.fail("breaths", "is wrong")
    c.fail("", "must be a table")
    top = FieldChecker("my.toml", TEXT)
    top.fail("title", "is wrong")
    assert [str(p) for p in c.problems + top.problems] == [
        "my.toml:10: steps[2].breaths: is wrong",
        "my.toml: steps[2]: must be a table",
        "my.toml:3: title: is wrong",
    ]


def test_a_key_with_a_newline_or_too_long_is_shown_escaped_on_one_line() -> None:
    c = FieldChecker("f", "")
    c.fail("a\nb", "is not known")
    c.fail("k" * 64, "is not known")
    c.fail("k" * 65, "is not known")
    c.fail("odd key", "is not known")
    assert [p.field for p in c.problems] == ["'a\\nb'", "k" * 64, repr("k" * 65), "'odd key'"]


# ---- texts -------------------------------------------------------------------------------------
def checker() -> FieldChecker:
    return FieldChecker("f.toml", "")


def messages(c: FieldChecker) -> list[str]:
    return [f"{p.field}: {p.message}" for p in c.problems]


def test_a_text_is_trimmed_and_may_be_left_out_unless_required() -> None:
    c = checker()
    assert c.string({"t": "  Evening  "}, "t") == "Evening"
    assert c.string({}, "t") == ""
    assert c.string({}, "t", default="Breathe in.") == "Breathe in."
    assert c.problems == []
    assert c.string({}, "t", required=True) == ""
    assert c.string({"t": " "}, "t", required=True) == ""
    assert c.string({"t": " "}, "u") == ""
    assert c.string({"t": 3}, "t", default="d") == "d"
    assert c.string({"t": [1]}, "t") == ""
    assert messages(c) == [
        "t: is missing: add a text in quotes",
        "t: must not be empty",
        "t: must be text in quotes, not a number",
        "t: must be text in quotes, not a list",
    ]


def test_a_text_is_at_most_six_hundred_characters() -> None:
    c = checker()
    assert c.string({"t": "a" * MAX_TEXT}, "t") == "a" * MAX_TEXT
    assert c.problems == []
    assert c.string({"t": "b" * (MAX_TEXT + 5)}, "t") == "b" * MAX_TEXT
    assert messages(c) == ["t: is 605 characters long: keep it under 600"]
    assert MAX_TEXT == 600


# ---- numbers -----------------------------------------------------------------------------------
def test_a_number_inside_its_range_ends_included_is_read_as_a_float() -> None:
    c = checker()
    for value in (5, 180, 30.5):
        got = c.number({"n": value}, "n", 5, 180)
        assert got == value and isinstance(got, float)
    assert c.number({}, "n", 5, 180, default=30) == 30
    assert c.number({}, "n", 5, 180) == 0.0
    assert c.problems == []


@pytest.mark.parametrize(
    ("value", "kwargs", "expected"),
    [
        (4.99, {}, "n: is 4.99: use seconds from 5 to 180.5"),
        (181, {}, "n: is 181: use seconds from 5 to 180.5"),
        (math.nan, {}, "n: is nan: use seconds from 5 to 180.5"),
        (math.inf, {}, "n: is inf: use seconds from 5 to 180.5"),
        (True, {}, "n: must be a number of seconds from 5 to 180.5, not true/false"),
        ("30", {}, "n: must be a number of seconds from 5 to 180.5, not text"),
        (
            3.0,
            {"integer": True, "unit": "breaths"},
            "n: must be a whole number of breaths from 5 to 180.5, not a number",
        ),
        (
            False,
            {"integer": True},
            "n: must be a whole number of seconds from 5 to 180.5, not true/false",
        ),
    ],
    ids=["low", "high", "nan", "inf", "bool", "text", "not-whole", "bool-whole"],
)
def test_a_number_out_of_range_or_of_the_wrong_kind_says_the_range(
    value: Any, kwargs: dict[str, Any], expected: str
) -> None:
    c = checker()
    assert c.number({"n": value}, "n", 5, 180.5, default=-1, **kwargs) == -1
    assert messages(c) == [expected]


def test_a_missing_number_is_named_with_its_unit_only_when_required() -> None:
    c = checker()
    assert c.number({}, "breaths", 1, 50, required=True, default=5, unit="breaths") == 5
    assert messages(c) == ["breaths: is missing: add a number of breaths from 1 to 50"]
    assert c.number({"n": 7}, "n", 1, 50, integer=True) == 7.0


# ---- choices and unknown fields ----------------------------------------------------------------
def test_a_choice_is_one_of_its_options() -> None:
    c = checker()
    assert c.choice({"s": "left"}, "s", iter(["none", "left"]), "none") == "left"
    assert c.choice({}, "s", ["none", "left"], "none") == "none"
    assert c.problems == []
    assert c.choice({"s": "up"}, "s", ["none", "left"], "none") == "none"
    assert c.choice({"s": 2}, "s", ["none", "left"], "") == ""
    assert c.choice({"s": ["left"]}, "s", ["none", "left"], "") == ""
    assert messages(c) == [
        "s: is 'up': use one of none, left",
        "s: is 'a number': use one of none, left",
        "s: is 'a list': use one of none, left",
    ]


def test_unknown_fields_are_each_named_with_the_known_ones_in_order() -> None:
    c = checker()
    c.unknown({"title": 1, "mood": 2, "colour": 3}, ("title", "id", "author"))
    assert messages(c) == [
        "mood: is not a known field here: use one of author, id, title",
        "colour: is not a known field here: use one of author, id, title",
    ]


# ---- values in messages ------------------------------------------------------------------------
def test_a_value_in_a_message_is_short_and_never_fails() -> None:
    assert shown_value("up") == "'up'"
    assert shown_value(7) == "7"
    assert shown_value(2**64 - 1) == str(2**64 - 1)
    assert shown_value(2**64) == "a very large number"
    assert shown_value([1, 2]) == "a list"
    assert shown_value({"a": 1}) == "a table"
    assert shown_value("x" * 78) == repr("x" * 78)  # 80 characters with its quotes
    assert shown_value("x" * 79) == "'" + "x" * 76 + "..."
    assert shown_value(True) == "True"


def test_the_kind_of_a_wrong_value_is_named_for_people() -> None:
    c = checker()
    for value in (True, 1, 1.5, "x", [], {}, date(2024, 1, 1)):
        c.string({"t": value}, "t")
    kinds = [m.rsplit("not ", 1)[1] for m in messages(c)]
    assert kinds == ["true/false", "a number", "a number", "a list", "a table", "date"]


# ---- bytes, parsing and files ------------------------------------------------------------------
def test_a_file_must_be_utf8_and_under_256_kib() -> None:
    assert decode_text(b"a" * MAX_FILE_BYTES, "f") == ("a" * MAX_FILE_BYTES, [])
    text, problems = decode_text(b"a" * (MAX_FILE_BYTES + 1), "f")
    assert text is None
    assert [str(p) for p in problems] == [
        "f: is 262145 bytes: a routine file must be under 256 KiB"
    ]
    assert problems[0].field == ""
    text, problems = decode_text("ok\ncafé\n".encode("latin-1"), "f")
    assert text is None
    assert [str(p) for p in problems] == [
        "f:2: is not UTF-8 text (bad byte at position 6): save the file as UTF-8"
    ]
    assert problems[0].field == ""


def test_parsing_uses_and_fills_the_memo() -> None:
    memo: dict[str, dict[str, Any]] = {}
    doc, problems = parse_toml("a = 1\n", "f", memo)
    assert doc == {"a": 1} and problems == [] and memo == {"a = 1\n": {"a": 1}}
    memo["a = 1\n"] = {"a": 2}
    assert parse_toml("a = 1\n", "f", memo) == ({"a": 2}, [])
    assert parse_toml("a = 1\n", "f") == ({"a": 1}, [])
    # A broken text is not remembered.
    doc, problems = parse_toml("a = \n", "f", memo)
    assert doc is None and "a = \n" not in memo
    assert [str(p) for p in problems] == [
        'f:1: a: is not valid TOML: at column 5, there is no value after "=": write one, like '
        'hold_s = 30 or title = "Evening"'
    ]


def test_values_too_deep_or_too_long_to_read_are_refused_in_words() -> None:
    doc, problems = parse_toml("a = " + "[" * 5000 + "]" * 5000 + "\n", "f")
    assert doc is None
    assert [str(p) for p in problems] == ["f: is not valid TOML: values are nested too deeply"]
    doc, problems = parse_toml("a = " + "9" * 5000 + "\n", "f")
    assert doc is None
    assert [str(p) for p in problems] == ["f: is not valid TOML: a number is too long to read"]


def test_reading_a_file_collects_its_problems(tmp_path: Path) -> None:
    problems: list[Problem] = []
    good = tmp_path / "good.toml"
    good.write_text("a = 1\n")
    assert read_toml(good, problems) == ("a = 1\n", {"a": 1})
    assert problems == []
    assert read_toml(tmp_path / "gone.toml", problems) == (None, None)
    binary = tmp_path / "binary.toml"
    binary.write_bytes(b"\xff")
    assert read_toml(binary, problems) == (None, None)
    broken = tmp_path / "broken.toml"
    broken.write_text("a = \n")
    assert read_toml(broken, problems) == ("a = \n", None)
    assert [p.field for p in problems] == ["", "", "a"]  # the file, the file, its field a
    assert [(p.file, p.line, p.message[:20]) for p in problems] == [
        (str(tmp_path / "gone.toml"), None, "cannot be read: No s"),
        (str(binary), 1, "is not UTF-8 text (b"),
        (str(broken), 1, "is not valid TOML: a"),
    ]
    memo: dict[str, dict[str, Any]] = {"a = 1\n": {"a": "memo"}}
    assert read_toml(good, [], memo) == ("a = 1\n", {"a": "memo"})

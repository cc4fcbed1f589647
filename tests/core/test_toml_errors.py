"""TOML syntax errors explained: the exact sentence a person reads for each kind of slip.

Each case is a real mistake in a routine file (a quote left open, a comma for a decimal point,
"yes" for true...), read by ``tomllib`` and explained by ``core.toml_errors``: the sentence must
name the line, the field when there is one, and what to type instead.
"""

from __future__ import annotations

import pytest

from stretchguide.core.toml_errors import TomlProblem, explain
from stretchguide.core.toml_input import parse_toml

NEVER_CLOSED = (
    "the text in quotes that starts at column {col} is never closed: end it with {q} on the "
    "same line (text over several lines goes between {q3} and {q3})"
)
NOT_A_FIELD = (
    "this line is not a field: write name = value, a [[steps]] header, or a comment starting with #"
)
BACKSLASH = (
    "a backslash in quotes starts an escape: write \\\\ for a backslash, or use single quotes "
    "'like this'"
)


def explained(text: str) -> str:
    """The one problem ``text`` has, as the line a person reads."""
    doc, problems = parse_toml(text, "f.toml")
    assert doc is None and len(problems) == 1
    return str(problems[0])


CASES = [
    (
        "open-quote",
        'schema = 1\ntitle = "Evening\n',
        "f.toml:2: title: is not valid TOML: " + NEVER_CLOSED.format(col=9, q='"', q3='"""'),
    ),
    (
        "open-single-quote",
        "schema = 1\ntitle = 'Evening\n",
        "f.toml:2: title: is not valid TOML: " + NEVER_CLOSED.format(col=9, q="'", q3="'''"),
    ),
    (
        "open-quote-at-the-end",
        'schema = 1\ntitle = "Evening',
        "f.toml:2: title: is not valid TOML: " + NEVER_CLOSED.format(col=9, q='"', q3='"""'),
    ),
    (
        "escaped-quotes-inside",
        'title = "say \\"hi\\" \n',
        "f.toml:1: title: is not valid TOML: " + NEVER_CLOSED.format(col=9, q='"', q3='"""'),
    ),
    (
        "quote-at-the-start-of-the-line",
        '"title = 1\n',
        "f.toml:1: title: is not valid TOML: " + NEVER_CLOSED.format(col=1, q='"', q3='"""'),
    ),
    (
        "capital-letters-before-the-quote",
        'Xmas = "Evening\n',
        "f.toml:1: Xmas: is not valid TOML: " + NEVER_CLOSED.format(col=8, q='"', q3='"""'),
    ),
    (
        "set-twice-after-a-comment-and-a-blank-line",
        '# mine\ntitle = "a"\n\ntitle = "b"\n',
        "f.toml:4: title: is not valid TOML: title is set twice, on line 2 and here: keep one of "
        "the two lines",
    ),
    (
        "open-triple-quote",
        'schema = 1\ntitle = """Evening\n',
        'f.toml:2: title: is not valid TOML: the text that starts with """ at column 9 is never '
        'closed: end it with """',
    ),
    (
        "open-triple-single-quote",
        "schema = 1\ntitle = '''Evening\n",
        "f.toml:2: title: is not valid TOML: the text that starts with ''' at column 9 is never "
        "closed: end it with '''",
    ),
    (
        "quote-in-a-comment-above",
        '# "open\nx = "oops\n',
        "f.toml:2: x: is not valid TOML: " + NEVER_CLOSED.format(col=5, q='"', q3='"""'),
    ),
    (
        "quote-after-a-comment-mark",
        'x = 1 # "open\ny = "z\n',
        "f.toml:2: y: is not valid TOML: " + NEVER_CLOSED.format(col=5, q='"', q3='"""'),
    ),
    (
        "curly-quotes",
        "title = \u201cEvening\u201d\n",
        "f.toml:1: title: is not valid TOML: at column 9, the text uses curly quotes (\u201c "
        '\u201d): type straight quotes instead, like title = "My routine" (a word processor '
        "may have changed them)",
    ),
    (
        "no-value",
        "schema = 1\nid = \n",
        'f.toml:2: id: is not valid TOML: at column 6, there is no value after "=": write one, '
        'like hold_s = 30 or title = "Evening"',
    ),
    (
        "yes",
        "halfway = yes\n",
        "f.toml:1: halfway: is not valid TOML: at column 11, yes is not a TOML value: write true "
        "or false, in lower case",
    ),
    (
        "TRUE",
        "halfway = TRUE # loud\n",
        "f.toml:1: halfway: is not valid TOML: at column 11, TRUE is not a TOML value: write "
        "true or false, in lower case",
    ),
    (
        "bare-words",
        "title = Evening stretch\n",
        "f.toml:1: title: is not valid TOML: at column 9, 'Evening stretch' is not a number, "
        'true/false or a list: put text in straight quotes, like title = "Evening stretch"',
    ),
    (
        "long-bare-words",
        "title = " + "x" * 41 + "\n",
        "f.toml:1: title: is not valid TOML: at column 9, '" + "x" * 37 + "...' is not a number, "
        'true/false or a list: put text in straight quotes, like title = "' + "x" * 37 + '..."',
    ),
    (
        "bare-words-of-forty",
        "title = " + "y" * 40 + "\n",
        "f.toml:1: title: is not valid TOML: at column 9, '" + "y" * 40 + "' is not a number, "
        'true/false or a list: put text in straight quotes, like title = "' + "y" * 40 + '"',
    ),
    (
        "bare-words-with-quotes",
        'title = Say "hi"\n',
        "f.toml:1: title: is not valid TOML: at column 9, 'Say \"hi\"' is not a number, "
        'true/false or a list: put text in straight quotes, like title = "Say hi"',
    ),
    (
        "bare-words-after-a-field-set-before",
        'title = "a"\ntitle = Evening\n',
        "f.toml:2: title: is not valid TOML: at column 9, 'Evening' is not a number, "
        'true/false or a list: put text in straight quotes, like title = "Evening"',
    ),
    (
        "bare-words-with-an-equals-sign",
        "title = Sit = rest\n",
        "f.toml:1: title: is not valid TOML: at column 9, 'Sit = rest' is not a number, "
        'true/false or a list: put text in straight quotes, like title = "Sit = rest"',
    ),
    (
        "decimal-comma",
        "hold_s = 2,5\n",
        "f.toml:1: hold_s: is not valid TOML: at column 11, 2,5 uses a comma: write decimals "
        "with a point, like 2.5",
    ),
    (
        "negative-decimal-comma",
        "hold_s = -2, 5\n",
        "f.toml:1: hold_s: is not valid TOML: at column 12, -2, 5 uses a comma: write decimals "
        "with a point, like -2.5",
    ),
    (
        "unit",
        "hold_s = 30s\n",
        "f.toml:1: hold_s: is not valid TOML: at column 12, 30s has a unit: write the bare "
        "number, like 30 (fields ending in _s are in seconds)",
    ),
    (
        "unit-with-a-dot",
        "hold_s = 1.5 sec.\n",
        "f.toml:1: hold_s: is not valid TOML: at column 14, 1.5 sec. has a unit: write the bare "
        "number, like 1.5 (fields ending in _s are in seconds)",
    ),
    (
        "unit-in-capitals",
        "hold_s = 30 Sec\n",
        "f.toml:1: hold_s: is not valid TOML: at column 13, 30 Sec has a unit: write the bare "
        "number, like 30 (fields ending in _s are in seconds)",
    ),
    (
        "unit-then-a-comment-with-two-marks",
        "hold_s = 30s # note # two\n",
        "f.toml:1: hold_s: is not valid TOML: at column 12, 30s has a unit: write the bare "
        "number, like 30 (fields ending in _s are in seconds)",
    ),
    (
        "two-values",
        "hold_s = 30 40\n",
        "f.toml:1: hold_s: is not valid TOML: at column 13, there is more on the line after the "
        "value: put each field on a line of its own, and text in quotes",
    ),
    (
        "space-in-a-name",
        "hold s = 30\n",
        'f.toml:1: is not valid TOML: at column 6, a field name must be followed by "=" and a '
        "value, like hold_s = 30; names have no spaces (use _)",
    ),
    (
        "array-header-not-closed",
        '[[steps]\nkind = "hold"\n',
        "f.toml:1: is not valid TOML: at column 8, the section header is not closed: write each "
        "step's header as [[steps]]",
    ),
    (
        "table-header-not-closed",
        '[steps\nkind = "hold"\n',
        "f.toml:1: is not valid TOML: at column 7, the section header is not closed: write each "
        "step's header as [[steps]]",
    ),
    (
        "set-twice",
        'schema = 1\ntitle = "a"\nid = "x"\ntitle = "b"\n',
        "f.toml:4: title: is not valid TOML: title is set twice, on line 2 and here: keep one of "
        "the two lines",
    ),
    (
        "quoted-key-set-twice",
        '"title" = "a"\ntitle = "b"\n',
        "f.toml:2: title: is not valid TOML: title is set twice, on line 1 and here: keep one of "
        "the two lines",
    ),
    (
        "one-bracket-step-after-two",
        '[[steps]]\nkind = "a"\n[steps]\nkind = "b"\n',
        "f.toml:3: is not valid TOML: at column 7, start every step with [[steps]], with two "
        "brackets each side",
    ),
    (
        "a-value-made-a-table",
        "a = 1\n[a]\n",
        "f.toml:2: is not valid TOML: at column 3, this field is set twice: keep one of the two "
        "lines",
    ),
    (
        "list-not-closed-at-the-end",
        'x = 1\nbreathing = ["a", "b"',
        "f.toml:2: breathing: is not valid TOML: at column 13, a list is opened but never "
        "closed: close it with ] on the same field",
    ),
    (
        "inline-table-not-closed",
        "x = {a = 1\n",
        "f.toml:1: x: is not valid TOML: at column 11, a list is opened but never closed: close "
        "it with } on the same field",
    ),
    (
        "not-a-field",
        "schema = 1\n!!!\n",
        f"f.toml:2: is not valid TOML: at column 1, {NOT_A_FIELD}",
    ),
    (
        "bad-key-start",
        "schema = 1\n= 3\n",
        f"f.toml:2: is not valid TOML: at column 1, {NOT_A_FIELD}",
    ),
    (
        "dotted-name-cut-short",
        "hold. = 30\n",
        f"f.toml:1: is not valid TOML: at column 7, {NOT_A_FIELD}",
    ),
    (
        "surrogate-escape",
        'text = "\\uD800"\n',
        f"f.toml:1: text: is not valid TOML: at column 15, {BACKSLASH}",
    ),
    (
        "unknown-escape",
        'text = "bad \\q escape"\n',
        f"f.toml:1: text: is not valid TOML: at column 15, {BACKSLASH}",
    ),
    (
        "windows-path",
        'text = "C:\\Users"\n',
        f"f.toml:1: text: is not valid TOML: at column 13, {BACKSLASH}",
    ),
    (
        "anything-else",
        'x = "a\x01b"\n',
        "f.toml:1: x: is not valid TOML: at column 7, illegal character '\\x01': compare the "
        "line with docs/routine-format.md",
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_each_slip_is_explained_with_its_line_and_fix(text: str, expected: str) -> None:
    assert explained(text) == expected


def test_the_last_unclosed_line_is_the_one_named_at_the_end_of_the_file() -> None:
    text = 'a = "one\nb = 2 # ok\nc = [1,\n'
    # tomllib stops at line 1; told only "end of document", the last opening line is named.
    assert explain("Unterminated string (at end of document)", text) == TomlProblem(
        3,
        5,
        "c",
        "is not valid TOML: at column 5, a text in quotes is never closed: end it with the "
        "same quote mark it starts with",
    )
    assert explain("Unclosed array (at end of document)", 'x = "a # b"\ny = [1, [2]\n').line == 2


def test_a_list_opened_and_closed_on_one_line_is_not_unclosed() -> None:
    problem = explain("Unterminated string (at end of document)", 'x = [1]\ny = "open\n')
    assert (problem.line, problem.column, problem.field) == (2, 5, "y")
    # A bracket in a comment or on a header line opens nothing.
    problem = explain("Unclosed array (at end of document)", "[[steps]]\nx = 1 # [\n")
    assert (problem.line, problem.column, problem.field) == (None, None, "")


def test_a_message_without_a_place_is_still_explained() -> None:
    problem = explain("Invalid statement", "x = 1\n")
    assert problem == TomlProblem(None, None, "", f"is not valid TOML: {NOT_A_FIELD}")
    # A line number past the end of the text (an empty last line) names no field.
    problem = explain("Invalid value (at line 3, column 1)", "x = 1\n")
    assert (problem.line, problem.field) == (3, "")
    assert problem.message.startswith("is not valid TOML: at column 1, there is no value")


def test_set_twice_without_the_first_line_keeps_the_short_sentence() -> None:
    problem = explain("Cannot overwrite a value (at line 1, column 9)", "title = 2\n")
    assert problem.message == (
        "is not valid TOML: at column 9, title is set twice: keep one of the two lines"
    )
    assert problem.column == 9


def test_a_single_quoted_backslash_is_no_escape() -> None:
    # In 'C:\' the backslash is literal: the text is closed, the one after it is not.
    problem = explain("Illegal character '\\n' (at line 1, column 20)", "x = 'C:\\' + \"open\n")
    assert problem.message.startswith(
        "is not valid TOML: the text in quotes that starts at column 13 is never closed"
    )


def test_the_list_left_open_is_found_by_its_first_bracket_and_comments_are_skipped() -> None:
    nested = explain("Unclosed array (at end of document)", "x = [[1], [2\n")
    assert (nested.line, nested.column, nested.field) == (1, 5, "x")
    # A list closed on a later line does not hide the one still open above it.
    later = explain("Unclosed array (at end of document)", "y = [1,\nx = [2]\n")
    assert (later.line, later.column, later.field) == (1, 5, "y")
    # Brackets after a comment mark are words, however many marks the comment has.
    comment = explain("Unclosed array (at end of document)", "[[steps]]\nx = 1 # [ # two\n")
    assert (comment.line, comment.column, comment.field) == (None, None, "")


def test_quotes_in_comments_and_escaped_quotes_close_nothing() -> None:
    # The apostrophe in the comment on line 2 opens no text: line 1 is the one left open.
    text = "a = \"one\nb = 2 # it's fine\n"
    problem = explain("Unterminated string (at end of document)", text)
    assert (problem.line, problem.column, problem.field) == (1, 5, "a")
    # "a\"" is closed: the escaped quote is part of the text, the last one ends it.
    problem = explain("Unterminated string (at end of document)", 'x = "a\\""\ny = 1\n')
    assert (problem.line, problem.field) == (None, "")

"""Routine files: strict about mistakes, kind in naming them, never stopped by one bad file."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from stretchguide.core.assets import builtin_routines_dir
from stretchguide.core.loader import load_library, parse_routine
from stretchguide.core.toml_input import LoadError

from .helpers import catalog

GOOD = """schema = 1
id = "mine"
title = "My routine"
position = "floor"

[[steps]]
kind = "hold"
exercise = "knee-to-chest"
hold_s = 30
sides = "both"
"""


def problems(text: str | bytes) -> list[str]:
    with pytest.raises(LoadError) as info:
        parse_routine(text, "my.toml", catalog())
    return [str(p) for p in info.value.problems]


def test_a_good_file_loads() -> None:
    r = parse_routine(GOOD, "my.toml", catalog())
    assert r.id == "mine" and r.stretch_count == 1 and not r.builtin


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (GOOD.replace("hold_s = 30", "hold_s = -5"), "my.toml:9: steps[1].hold_s: is -5"),
        (GOOD.replace("hold_s = 30", "hold_s = 9999"), "use seconds from 5 to 180"),
        (GOOD.replace("hold_s = 30", 'hold_s = "30"'), "steps[1].hold_s: must be a number"),
        (GOOD.replace("hold_s = 30", "hold_s = true"), "not true/false"),
        (GOOD.replace("hold_s = 30\n", ""), "steps[1].hold_s: is missing"),
        (GOOD + "colour = 1\n", "steps[1].colour: is not a known field"),
        (GOOD.replace('position = "floor"', 'position = "floor"\nmood = 1'), "my.toml:5: mood"),
        (GOOD.replace('sides = "both"', 'sides = "up"'), "use one of none, both, left, right"),
        (GOOD.replace('"knee-to-chest"', '"headstand"'), "steps[1].exercise: is 'headstand'"),
        (GOOD.replace('kind = "hold"', 'kind = "dance"'), "steps[1].kind: is 'dance'"),
        (GOOD.replace("schema = 1", "schema = 7"), "my.toml:1: schema: is 7"),
        # TOML's true equals 1 in Python: a yes/no is not a version number.
        (GOOD.replace("schema = 1", "schema = true"), "my.toml:1: schema: is True: this ver"),
        (GOOD.replace('id = "mine"', 'id = "../etc"'), "id: is '../etc'"),
        (GOOD.replace('title = "My routine"', ""), "title: is missing"),
        (GOOD.split("[[steps]]")[0], "steps: are missing"),
        ("schema = 1\nid = \n", "my.toml:2: id: is not valid TOML: at column 6, there is no value"),
    ],
)
def test_each_mistake_gives_one_clear_line(text: str, expected: str) -> None:
    found = problems(text)
    assert any(expected in p for p in found), found


def test_non_utf8_names_the_line() -> None:
    found = problems(GOOD.encode() + b"# caf\xe9\n")
    assert found == [
        f"my.toml:{GOOD.count(chr(10)) + 1}: is not UTF-8 text (bad byte at position "
        f"{len(GOOD.encode()) + 5}): save the file as UTF-8"
    ]


def test_every_problem_of_a_file_at_once() -> None:
    text = GOOD.replace("hold_s = 30", "hold_s = -1").replace('sides = "both"', "sides = 3")
    assert len(problems(text)) == 2


def test_a_broken_file_never_stops_the_others(tmp_path: Path) -> None:
    (tmp_path / "a-good.toml").write_text(GOOD)
    (tmp_path / "b-broken.toml").write_bytes(b"\x00\xff garbage [[[")
    (tmp_path / "c-dup.toml").write_text(GOOD.replace("My routine", "Again"))
    (tmp_path / "d-shadow.toml").write_text(GOOD.replace('id = "mine"', 'id = "desk-break"'))
    lib = load_library(catalog(), builtin_routines_dir(), tmp_path)
    ids = [r.id for r in lib.routines]
    assert ids.count("mine") == 1 and ids.count("desk-break") == 1
    assert len(ids) == 5
    text = "\n".join(str(p) for p in lib.problems)
    assert "b-broken.toml" in text
    assert "c-dup.toml:2: id: 'mine' is already used" in text
    assert "d-shadow.toml:2: id: 'desk-break' is already used" in text
    desk = lib.get("desk-break")
    assert desk is not None and desk.builtin


def test_text_is_data_never_code() -> None:
    evil = GOOD.replace('title = "My routine"', "title = \"__import__('os').system('x')\"")
    r = parse_routine(evil, "my.toml", catalog())
    assert r.title.startswith("__import__")


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "stretchguide", *args], capture_output=True, text=True
    )


def test_validate_command(tmp_path: Path) -> None:
    good = tmp_path / "good.toml"
    good.write_text(GOOD)
    bad = tmp_path / "bad.toml"
    bad.write_text(GOOD.replace("hold_s = 30", "hold_s = 0"))
    ok = _cli("validate", str(good))
    assert ok.returncode == 0 and ok.stdout == f"{good}: ok\n"
    # Loaded, but without a warm-up or a briefing: said, and not held against the file.
    assert [line.split(": ")[2] for line in ok.stderr.splitlines()] == ["steps", "steps"]
    assert all(line.startswith(f"warning: {good}:") for line in ok.stderr.splitlines())
    fail = _cli("validate", str(good), str(bad), str(tmp_path / "missing.toml"))
    assert fail.returncode == 1
    lines = [x for x in fail.stderr.strip().splitlines() if not x.startswith("warning: ")]
    assert len(lines) == 2
    assert lines[0].startswith(f"{bad}:9: steps[1].hold_s:")
    assert "missing.toml: cannot be read" in lines[1]


def test_cli_errors_are_one_line_and_exit_2() -> None:
    for args in (("plan", "nope"), ("--bogus",), ("plan",), ("play", "nope")):
        out = _cli(*args)
        assert out.returncode == 2, args
        assert len(out.stderr.strip().splitlines()) == 1, out.stderr
        assert "Traceback" not in out.stderr


def test_routines_command_lists_builtins_and_mine(tmp_path: Path, monkeypatch) -> None:
    import json

    home = tmp_path / "home"
    (home / "data" / "routines").mkdir(parents=True)
    (home / "data" / "routines" / "mine.toml").write_text(GOOD)
    monkeypatch.setenv("STRETCHGUIDE_HOME", str(home))
    out = _cli("routines", "--json")
    rows = {r["id"]: r for r in json.loads(out.stdout)["routines"]}
    assert rows["mine"]["source"] == "user" and rows["desk-break"]["source"] == "builtin"
    assert rows["desk-break"]["stretches"] == 1 and rows["desk-break"]["total_s"] > 60
    assert _cli("--version").stdout.startswith("stretchguide ")


STEP = """
[[steps]]
kind = "transition"
text = "Breathe."
duration_s = 5
"""


def test_a_routine_has_at_most_a_hundred_steps() -> None:
    """100 steps load; the 101st is refused with the limit named (a typo'd loop, not a plan)."""
    header = GOOD.split("[[steps]]")[0]
    hundred = parse_routine(header + STEP * 100, "my.toml", catalog())
    assert len(hundred.steps) == 100
    assert problems(header + STEP * 101) == [
        "my.toml: steps: are 101: a routine has at most 100 steps"
    ]

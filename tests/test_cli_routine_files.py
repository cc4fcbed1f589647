"""``stretchguide import FILE`` and ``play FILE``: routine files from the command line.

Run in process (``cli.main``) with the private ``STRETCHGUIDE_HOME`` every test gets.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from stretchguide.cli import main

GOOD = """schema = 1
id = "my-evening"
title = "My evening"

[[steps]]
kind = "warmup"
exercise = "warm-up"

[[steps]]
kind = "briefing"
text = "Move slowly, never bounce, ease out at sharp pain."

[[steps]]
kind = "hold"
exercise = "figure-four"
hold_s = 30
sides = "both"
"""


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def routines_dir() -> Path:
    return Path(os.environ["STRETCHGUIDE_HOME"]) / "data" / "routines"


def listed(capsys: pytest.CaptureFixture[str]) -> dict[str, dict[str, object]]:
    code, out, _ = run(capsys, "routines", "--json")
    assert code == 0
    return {r["id"]: r for r in json.loads(out)["routines"]}


def write(path: Path, text: str) -> Path:
    path.write_text(text, "utf-8")
    return path


def test_import_copies_a_valid_file_and_the_library_lists_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = write(tmp_path / "evening.toml", GOOD)
    code, out, err = run(capsys, "import", str(source))
    assert code == 0 and err == ""
    assert out.splitlines() == [
        "imported 'My evening' as my-evening",
        "play it with: stretchguide play my-evening",
    ]
    assert (routines_dir() / "my-evening.toml").read_text("utf-8") == GOOD  # comments and all
    assert listed(capsys)["my-evening"]["source"] == "user"
    assert not list(routines_dir().glob(".*"))  # no temporary file left behind
    # Again: nothing to do, nothing changed.
    code, out, _ = run(capsys, "import", str(source))
    assert code == 0 and "is already in your routines" in out


def test_import_refuses_a_broken_file_with_its_problems(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = write(tmp_path / "broken.toml", GOOD.replace('title = "My evening"', 'title = "My'))
    code, out, err = run(capsys, "import", str(source))
    assert code == 1 and out == ""
    assert err.splitlines() == [
        f"{source}:3: title: is not valid TOML: the text in quotes that starts at column 9 is "
        'never closed: end it with " on the same line (text over several lines goes between '
        '""" and """)',
        f"{source}: not imported: fix the problems above and run the import again",
    ]
    assert not routines_dir().exists() or not list(routines_dir().iterdir())


def test_import_warns_but_imports_an_implausible_routine(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = write(tmp_path / "long.toml", GOOD.replace("hold_s = 30", "hold_s = 180"))
    code, out, err = run(capsys, "import", str(source))
    assert code == 0 and out.startswith("imported")
    assert err == (
        f"warning: {source}:16: steps[3].hold_s: is 180 s: the guide holds each stretch for "
        "30 s; use 30 (or up to 60), and repeat the step for more\n"
    )


def test_import_over_an_own_routine_needs_replace(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run(capsys, "import", str(write(tmp_path / "a.toml", GOOD)))
    changed = write(tmp_path / "b.toml", GOOD.replace("My evening", "My new evening"))
    code, out, err = run(capsys, "import", str(changed))
    assert code == 1 and out == ""
    assert "you already have a routine with the id my-evening" in err
    assert f"stretchguide import --replace {changed}" in err
    assert listed(capsys)["my-evening"]["title"] == "My evening"
    code, out, err = run(capsys, "import", "--replace", str(changed))
    assert code == 0
    assert listed(capsys)["my-evening"]["title"] == "My new evening"
    assert [p.name for p in routines_dir().iterdir()] == ["my-evening.toml"]


def test_import_with_a_built_in_id_becomes_a_copy(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = write(tmp_path / "desk.toml", GOOD.replace('id = "my-evening"', 'id = "desk-break"'))
    code, out, _ = run(capsys, "import", str(source))
    assert code == 0
    assert "desk-break is a built-in routine's id, so it was imported as a copy with the id " in out
    rows = listed(capsys)
    assert rows["desk-break-mine"]["source"] == "user" and rows["desk-break"]["source"] == "builtin"


def test_play_a_file_says_how(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = write(tmp_path / "evening.toml", GOOD)
    code, out, err = run(capsys, "play", str(source))
    assert code == 2 and out == ""
    assert err == (
        f"stretchguide: error: {source} is a routine file, not a routine id: import it first "
        f"with 'stretchguide import {source}', then play it with 'stretchguide play my-evening'\n"
    )
    run(capsys, "import", str(source))
    imported = routines_dir() / "my-evening.toml"
    code, _, err = run(capsys, "play", str(imported))
    assert code == 2 and err.endswith("play it by its id: 'stretchguide play my-evening'\n")


def test_play_a_broken_or_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = write(tmp_path / "bad.toml", GOOD.replace("hold_s = 30", "hold_s = 0"))
    code, _, err = run(capsys, "play", str(source))
    assert code == 1
    assert err.splitlines()[0].startswith(f"{source}:16: steps[3].hold_s: is 0")
    assert err.splitlines()[-1] == f"{source}: cannot be played: fix the problems above"
    code, _, err = run(capsys, "play", str(tmp_path / "nope.toml"))
    assert code == 2
    assert err == f"stretchguide: error: {tmp_path / 'nope.toml'} is not a file, nor a routine id\n"

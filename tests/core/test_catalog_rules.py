"""The exercise catalogue and cue phrases: what ``load_catalog`` reads, defaults and refuses.

These files ship with the app, so a mistake in them is the app's own: every problem is listed at
once (file, line, field, fix) and nothing half-loaded is ever used. The tests load small
catalogues written to a temporary folder, with the shipped cue phrases.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from stretchguide.core.assets import assets_dir
from stretchguide.core.catalog_loader import load_catalog
from stretchguide.core.model import EXERCISE_IDS, Position
from stretchguide.core.toml_input import LoadError


def minimal(ex_id: str) -> str:
    return f'[exercises.{ex_id}]\ntitle = "T {ex_id}"\ninstruction = "Do {ex_id}."\n'


def folder(tmp_path: Path, *, extra: str = "", replace: dict[str, str] | None = None) -> Path:
    """A catalogue of minimal exercises (one changed by ``replace``) and the shipped cues."""
    parts = [(replace or {}).get(ex_id, minimal(ex_id)) for ex_id in EXERCISE_IDS]
    (tmp_path / "exercises.toml").write_text("\n".join(parts) + extra, "utf-8")
    shutil.copy(assets_dir() / "cues.toml", tmp_path / "cues.toml")
    return tmp_path


def problems(path: Path) -> list[str]:
    with pytest.raises(LoadError) as info:
        load_catalog(path)
    return [str(p) for p in info.value.problems]


def test_an_exercise_needs_only_a_title_and_an_instruction(tmp_path: Path) -> None:
    catalog = load_catalog(folder(tmp_path))
    assert list(catalog.exercises) == list(EXERCISE_IDS)
    ex = catalog.exercises["cat-cow"]
    assert (ex.id, ex.title, ex.instruction) == ("cat-cow", "T cat-cow", "Do cat-cow.")
    assert ex.position is Position.FLOOR
    assert (ex.inhale, ex.exhale) == ("Breathe in.", "Breathe out.")
    assert (ex.picture, ex.setup, ex.safety, ex.release) == ("", "", "", "")
    assert (ex.breathing, ex.encouragement, dict(ex.side_text)) == ((), (), {})


def test_every_field_of_an_exercise_is_read_and_trimmed(tmp_path: Path) -> None:
    full = (
        "[exercises.figure-four]\n"
        'title = " Figure four "\n'
        'instruction = "Cross."\n'
        'position = "seated"\n'
        'picture = "f.svg"\n'
        'side_text = { left = "Left first.", right = "Now right." }\n'
        'breathing = [" Slowly. ", "Deeply."]\n'
        'inhale = "Up."\n'
        'exhale = "Down."\n'
        'encouragement = ["Good."]\n'
        'setup = "Sit."\n'
        'safety = "Gently."\n'
        'release = "Let go."\n'
    )
    ex = load_catalog(folder(tmp_path, replace={"figure-four": full})).exercises["figure-four"]
    assert (ex.title, ex.position, ex.picture) == ("Figure four", Position.SEATED, "f.svg")
    assert dict(ex.side_text) == {"left": "Left first.", "right": "Now right."}
    assert (ex.breathing, ex.encouragement) == (("Slowly.", "Deeply."), ("Good.",))
    assert (ex.inhale, ex.exhale, ex.setup, ex.safety, ex.release) == (
        "Up.",
        "Down.",
        "Sit.",
        "Gently.",
        "Let go.",
    )


def test_the_shipped_cue_phrases_are_all_read(tmp_path: Path) -> None:
    cues = load_catalog(folder(tmp_path)).cues
    assert cues.countdown[:3] == ("One", "Two", "Three")
    assert cues.hold_start == "Hold it there."
    assert cues.needs == "You'll need {things}."


def test_every_mistake_in_the_exercises_is_listed_at_once(tmp_path: Path) -> None:
    broken = {
        "warm-up": '[exercises.warm-up]\ntitle = "W"\n',
        "cat-cow": (
            '[exercises.cat-cow]\ntitle = "C"\ninstruction = "I"\nposition = "moon"\n'
            'breathing = "slowly"\nside_text = { left = 1 }\nmood = "calm"\n'
        ),
        "childs-pose": "",
    }
    path = folder(tmp_path, replace=broken, extra="\n[exercises]\nyoga = 3\n")
    ex = str(path / "exercises.toml")
    found = problems(path)
    # (Without line numbers: the checker finds only top-level keys, not [exercises.x] ones.)
    assert found == [
        f"{ex}: exercises.childs-pose: is missing",
        f"{ex}: exercises.warm-up.instruction: is missing: add a text in quotes",
        f"{ex}: exercises.cat-cow.mood: is not a known field here: use one of breathing, "
        "encouragement, exhale, inhale, instruction, picture, position, release, safety, "
        "setup, side_text, title",
        f"{ex}: exercises.cat-cow.side_text: must be a table of left/right texts",
        f"{ex}: exercises.cat-cow.position: is 'moon': use one of floor, seated, standing",
        f"{ex}: exercises.cat-cow.breathing: must be a list of texts",
        f"{ex}: exercises.yoga: must be a table",
    ]


def test_a_list_of_texts_must_hold_only_texts(tmp_path: Path) -> None:
    bad = '[exercises.warm-up]\ntitle = "W"\ninstruction = "I"\nencouragement = ["Go.", 3]\n'
    found = problems(folder(tmp_path, replace={"warm-up": bad}))
    assert [p.split(": ", 1)[1] for p in found] == [
        "exercises.warm-up.encouragement: must be a list of texts"
    ]


def test_every_cue_phrase_is_required_and_the_countdown_is_not_empty(tmp_path: Path) -> None:
    path = folder(tmp_path)
    cues = (path / "cues.toml").read_text("utf-8")
    lines = [line for line in cues.splitlines() if not line.startswith(("hold_start", "countdown"))]
    (path / "cues.toml").write_text("\n".join([*lines, "countdown = []", "shout = 1", ""]))
    found = [p.split(": ", 1)[1] for p in problems(path)]
    assert found == [
        "shout: is not a known field here: use one of " + ", ".join(sorted(_cue_names())),
        "hold_start: is missing: add a text in quotes",
        "countdown: must list the numbers spoken, from one upwards",
    ]


def _cue_names() -> list[str]:

    from stretchguide.core.model import CueTexts

    return list(CueTexts._fields)


def test_a_countdown_that_is_not_a_list_of_words(tmp_path: Path) -> None:
    path = folder(tmp_path)
    cues = (path / "cues.toml").read_text("utf-8").splitlines()
    cues = [line if not line.startswith("countdown") else "countdown = 3" for line in cues]
    (path / "cues.toml").write_text("\n".join(cues) + "\n")
    found = [p.split(": ", 1)[1] for p in problems(path)]
    assert found == [
        "countdown: must be a list of texts",
        "countdown: must list the numbers spoken, from one upwards",
    ]


def test_missing_or_broken_files_are_named(tmp_path: Path) -> None:
    assert problems(tmp_path) == [
        f"{tmp_path / 'exercises.toml'}: cannot be read: No such file or directory",
        f"{tmp_path / 'cues.toml'}: cannot be read: No such file or directory",
    ]
    path = folder(tmp_path)
    (path / "cues.toml").write_text("halfway = \n")
    assert problems(path) == [
        f"{path / 'cues.toml'}:1: halfway: is not valid TOML: at column 11, there is no value "
        'after "=": write one, like hold_s = 30 or title = "Evening"'
    ]


def test_a_memo_spares_parsing_the_same_files_again(tmp_path: Path) -> None:
    path = folder(tmp_path)
    memo: dict[str, dict[str, object]] = {}
    first = load_catalog(path, memo)
    assert len(memo) == 2
    text = (path / "exercises.toml").read_text("utf-8")
    doc = memo[text]
    assert isinstance(doc, dict)
    memo[text] = {"exercises": {**doc["exercises"], "cat-cow": {"title": "M", "instruction": "I"}}}  # type: ignore[dict-item]
    second = load_catalog(path, memo)
    assert second.exercises["cat-cow"].title == "M"
    assert first.exercises["cat-cow"].title == "T cat-cow"


def test_a_catalogue_without_an_exercises_table_misses_every_exercise(tmp_path: Path) -> None:
    path = folder(tmp_path)
    (path / "exercises.toml").write_text("schema = 1\n")
    found = problems(path)
    assert [p.split(": ", 1)[1] for p in found] == [
        f"exercises.{ex_id}: is missing" for ex_id in EXERCISE_IDS
    ]


def test_an_entry_that_is_not_a_table_does_not_hide_the_next_ones(tmp_path: Path) -> None:
    untitled = '[exercises.warm-up]\ninstruction = "Walk."\n'
    path = folder(tmp_path, replace={"warm-up": "[exercises]\nyoga = 3\n\n" + untitled})
    found = [p.split(": ", 1)[1] for p in problems(path)]
    assert found == [
        "exercises.yoga: must be a table",
        "exercises.warm-up.title: is missing: add a text in quotes",
    ]


def test_problems_in_the_cue_phrases_name_the_file_and_line(tmp_path: Path) -> None:
    path = folder(tmp_path)
    (path / "cues.toml").write_text(
        (path / "cues.toml").read_text("utf-8").replace('halfway = "Halfway there."', "halfway = 3")
    )
    cues = (path / "cues.toml").read_text("utf-8").splitlines()
    line = next(n for n, text in enumerate(cues, 1) if text.startswith("halfway"))
    assert problems(path) == [
        f"{path / 'cues.toml'}:{line}: halfway: must be text in quotes, not a number"
    ]

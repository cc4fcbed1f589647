"""Import checks a file before anything is copied; export writes a file that loads again."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from stretchguide.core.loader import parse_routine
from stretchguide.core.routine_writer import routine_to_toml
from stretchguide.ui.editor import export_routine, import_routine_file, run_export, run_import
from tests.ui_extra.conftest import BUILTIN_IDS, Boxes, FileDialog, Saves, builtin, catalog, write

GOOD = """schema = 1
id = "my-evening"
title = "My <b>evening</b> stretch"
position = "floor"

# my own notes stay when the file is exported again
[[steps]]
kind = "hold"
exercise = "childs-pose"
hold_s = 40
"""

BROKEN = """schema = 1
id = "broken"
title = "Broken"

[[steps]]
kind = "hold"
exercise = "childs-pose"
hold_s = 500
"""


def test_import_of_a_broken_file_names_the_field_and_saves_nothing(
    tmp_path: Path, boxes: Boxes, file_dialog: FileDialog, saves: Saves
) -> None:
    path = write(tmp_path / "broken.toml", BROKEN)
    file_dialog.path = str(path)
    assert run_import(None, catalog(), saves, BUILTIN_IDS) is None
    assert saves.calls == []
    assert len(boxes.shown) == 1
    title, text, text_format = boxes.shown[0]
    assert title == "Routine not imported"
    assert text_format == Qt.TextFormat.PlainText
    assert text.startswith("broken.toml was not imported: it is not a valid routine file.")
    assert "\nbroken.toml:8: steps[1].hold_s: is 500: use seconds from 5 to 180" in text


def test_import_routine_file_reports_every_problem(tmp_path: Path) -> None:
    path = write(tmp_path / "two.toml", BROKEN.replace('id = "broken"', 'id = "Bad Id"'))
    routine, problems = import_routine_file(path, catalog())
    assert routine is None
    assert [p.split(": ")[1] for p in problems] == ["id", "steps[1].hold_s"]


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"\xff\xfe not utf-8", "is not UTF-8 text"),
        (b"schema = 1\nid = \n", "is not valid TOML"),
    ],
)
def test_import_of_unreadable_text_is_refused(tmp_path: Path, data: bytes, expected: str) -> None:
    path = tmp_path / "bad.toml"
    path.write_bytes(data)
    routine, problems = import_routine_file(path, catalog())
    assert routine is None and expected in problems[0]


def test_import_of_a_missing_file_is_a_problem(tmp_path: Path) -> None:
    routine, problems = import_routine_file(tmp_path / "nope.toml", catalog())
    assert routine is None and "cannot be read" in problems[0]


def test_import_of_a_good_file_saves_it_as_it_is(
    tmp_path: Path, boxes: Boxes, file_dialog: FileDialog, saves: Saves
) -> None:
    path = write(tmp_path / "whatever-name.toml", GOOD)
    file_dialog.path = str(path)
    result = run_import(None, catalog(), saves, BUILTIN_IDS)
    assert result is not None
    assert result.routine_id == "my-evening"
    assert saves.calls == [("my-evening", GOOD)]  # the id names the file, comments kept
    assert len(boxes.texts) == 1
    assert boxes.texts[0].startswith("“My <b>evening</b> stretch” was imported.")
    assert boxes.shown[0][2] == Qt.TextFormat.PlainText
    # Imported, with what the guide would question: no warm-up, no briefing.
    warnings = boxes.texts[0].split("\n\nWorth a look (it plays as it is):\n")[1].splitlines()
    assert [w.split(": ")[:2] for w in warnings] == [["whatever-name.toml:8", "steps"]] * 2
    assert "have no warm-up" in warnings[0] and "have no briefing" in warnings[1]


def test_import_of_a_file_with_one_mistake_in_every_step_shows_a_few_and_counts_the_rest(
    tmp_path: Path, boxes: Boxes, file_dialog: FileDialog, saves: Saves
) -> None:
    step = '\n[[steps]]\nkind = "hold"\nexercise = "childs-pose"\nduration_s = 30\n'
    path = write(tmp_path / "many.toml", GOOD.split("\n# my own")[0] + step * 50)
    file_dialog.path = str(path)
    assert run_import(None, catalog(), saves, BUILTIN_IDS) is None
    lines = boxes.texts[0].splitlines()[2:]
    assert len(lines) == 8
    assert lines[0].startswith("many.toml:9: steps[1].duration_s: is for briefing, transition")
    assert lines[3] == "many.toml: and 47 more like it, in steps 4 to 50: the same fix applies"


def test_import_cancelled_does_nothing(boxes: Boxes, file_dialog: FileDialog, saves: Saves) -> None:
    file_dialog.path = ""
    assert run_import(None, catalog(), saves, BUILTIN_IDS) is None
    assert saves.calls == [] and boxes.shown == []


def test_import_over_an_own_routine_asks_first(
    tmp_path: Path, boxes: Boxes, file_dialog: FileDialog, saves: Saves
) -> None:
    file_dialog.path = str(write(tmp_path / "a.toml", GOOD))
    boxes.answer = QMessageBox.StandardButton.No
    assert run_import(None, catalog(), saves, BUILTIN_IDS, user_ids={"my-evening"}) is None
    assert saves.calls == []
    assert "Replace it" in boxes.texts[0]
    boxes.answer = QMessageBox.StandardButton.Yes
    assert run_import(None, catalog(), saves, BUILTIN_IDS, user_ids={"my-evening"}) is not None
    assert [c[0] for c in saves.calls] == ["my-evening"]


def test_import_with_a_builtin_id_becomes_a_copy(
    tmp_path: Path, boxes: Boxes, file_dialog: FileDialog, saves: Saves
) -> None:
    original = builtin("desk-break")
    assert original.source is not None
    file_dialog.path = str(original.source)
    result = run_import(None, catalog(), saves, BUILTIN_IDS, user_ids={"desk-break-mine"})
    assert result is not None
    assert result.routine_id == "desk-break-mine-2"
    routine_id, text = saves.calls[0]
    assert routine_id == "desk-break-mine-2"
    again = parse_routine(text, "x.toml", catalog())
    assert again.id == "desk-break-mine-2" and again.steps == original.steps
    assert "built-in" in boxes.texts[0]


def test_a_refused_save_is_shown(
    tmp_path: Path, boxes: Boxes, file_dialog: FileDialog, saves: Saves
) -> None:
    saves.error = ValueError("'my-evening' is not allowed")
    file_dialog.path = str(write(tmp_path / "a.toml", GOOD))
    assert run_import(None, catalog(), saves, BUILTIN_IDS) is None
    assert boxes.shown[0][0] == "Routine not imported"
    assert "not allowed" in boxes.texts[0]


def test_export_writes_a_parseable_file(
    tmp_path: Path, boxes: Boxes, file_dialog: FileDialog
) -> None:
    routine = builtin("lower-back-relief")
    file_dialog.path = str(tmp_path / "out")  # no suffix: .toml is added
    written = run_export(None, routine, catalog())
    assert written == tmp_path / "out.toml"
    again = parse_routine(written.read_bytes(), str(written), catalog(), builtin=True)
    assert again._replace(source=routine.source) == routine
    assert boxes.shown == []
    assert [p.name for p in tmp_path.iterdir()] == ["out.toml"]  # no temp file left


def test_export_of_an_own_routine_keeps_its_comments(tmp_path: Path) -> None:
    source = write(tmp_path / "my-evening.toml", GOOD)
    routine = parse_routine(GOOD, str(source), catalog())
    target = export_routine(routine, tmp_path / "copy.toml", catalog())
    assert target.read_text("utf-8") == GOOD


def test_export_of_a_changed_file_writes_the_routine(tmp_path: Path) -> None:
    source = write(tmp_path / "my-evening.toml", GOOD)
    routine = parse_routine(GOOD, str(source), catalog())
    source.write_text(GOOD.replace("hold_s = 40", "hold_s = 50"), "utf-8")
    target = export_routine(routine, tmp_path / "copy.toml", catalog())
    assert target.read_text("utf-8") == routine_to_toml(routine)


def test_export_failure_is_shown_and_leaves_the_old_file(
    tmp_path: Path, boxes: Boxes, file_dialog: FileDialog
) -> None:
    file_dialog.path = str(tmp_path / "missing-folder" / "out.toml")
    assert run_export(None, builtin("desk-break"), catalog()) is None
    assert boxes.shown[0][0] == "Routine not exported"

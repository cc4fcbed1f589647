"""The routine editor: build, copy, reorder, check and save routines, never over a built-in."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget
from pytestqt.qtbot import QtBot

from stretchguide.core.loader import parse_routine
from stretchguide.core.model import Position, Routine, Sides, Step, StepKind
from stretchguide.core.routine_writer import routine_to_toml
from stretchguide.ui.editor import RoutineEditor
from tests.ui_extra.conftest import BUILTIN_IDS, MakeEditor, Saves, builtin, catalog


def add(editor: RoutineEditor, menu_text: str) -> None:
    """Pick an entry of the "Add step" menu, as a person would."""
    for action in editor.add_menu.actions():
        if action.text() == menu_text:
            action.trigger()
            return
    raise AssertionError(f"no {menu_text!r} in {[a.text() for a in editor.add_menu.actions()]}")


def rows(editor: RoutineEditor) -> list[str]:
    return [editor.step_list.item(i).text() for i in range(editor.step_list.count())]


def saved_routine(saves: Saves, index: int = -1) -> Routine:
    routine_id, text = saves.calls[index]
    routine = parse_routine(text, f"{routine_id}.toml", catalog())
    assert routine.id == routine_id
    return routine


def test_new_routine_with_three_steps_saves_valid_toml(
    make_editor: MakeEditor, saves: Saves, qtbot: QtBot
) -> None:
    editor = make_editor()
    qtbot.keyClicks(editor.title_edit, 'My "evening" stretch')  # QTest types ASCII only
    assert editor.id_edit.text() == "my-evening-stretch"  # follows the title
    editor.description_edit.setPlainText('Quotes " and \\ backslashes\nand a second line')
    editor.position_combo.setCurrentIndex(editor.position_combo.findData("seated"))
    add(editor, "Briefing: safety words")
    add(editor, "Knee to chest")
    add(editor, "Cat-Cow")
    assert editor.step_list.count() == 3

    with qtbot.waitSignal(editor.saved) as blocker:
        assert editor.save()
    assert blocker.args == ["my-evening-stretch"]
    assert len(saves.calls) == 1
    routine = saved_routine(saves)
    assert routine.title == 'My "evening" stretch'
    assert routine.description == 'Quotes " and \\ backslashes\nand a second line'
    assert routine.position is Position.SEATED
    assert [s.kind for s in routine.steps] == [StepKind.BRIEFING, StepKind.HOLD, StepKind.FLOW]
    assert routine.steps[1] == Step(
        kind=StepKind.HOLD, exercise="knee-to-chest", hold_s=30, sides=Sides.BOTH
    )
    assert routine.steps[2].breaths == 8
    assert editor.problems() == []
    assert not editor.is_dirty()


def test_step_fields_are_saved(make_editor: MakeEditor, saves: Saves) -> None:
    editor = make_editor()
    add(editor, "Figure four")
    form = editor.step_form
    form.hold_box.setValue(45)
    form.sides_combo.setCurrentIndex(form.sides_combo.findData("left"))
    form.title_edit.setText("Hip <b>opener</b>")
    form.title_edit.textEdited.emit(form.title_edit.text())
    form.text_edit.setPlainText("Cross the ankle.\nBreathe.")
    add(editor, "Cat-Cow")
    form.breaths_box.setValue(5)
    form.own_pace_check.setChecked(True)
    form.inhale_box.setValue(3)
    form.exhale_box.setValue(6)
    add(editor, "Transition or rest")
    form.text_edit.setPlainText("Rest on your back.")
    form.duration_box.setValue(20)
    assert editor.save()
    steps = saved_routine(saves).steps
    assert steps[0] == Step(
        kind=StepKind.HOLD,
        exercise="figure-four",
        title="Hip <b>opener</b>",
        text="Cross the ankle.\nBreathe.",
        hold_s=45,
        sides=Sides.LEFT,
    )
    assert (steps[1].breaths, steps[1].inhale_s, steps[1].exhale_s) == (5, 3.0, 6.0)
    assert steps[2].duration_s == 20 and steps[2].text == "Rest on your back."


def test_fields_a_kind_does_not_use_are_not_saved(make_editor: MakeEditor, saves: Saves) -> None:
    editor = make_editor()
    add(editor, "Child's pose")
    form = editor.step_form
    form.kind_combo.setCurrentIndex(form.kind_combo.findData("flow"))
    assert form.breaths_box.isVisibleTo(form) and not form.hold_box.isVisibleTo(form)
    assert editor.save()
    text = saves.calls[0][1]
    assert "hold_s" not in text and "breaths = 8" in text


def test_duplicate_of_a_builtin_saves_under_a_new_id(make_editor: MakeEditor, saves: Saves) -> None:
    original = builtin("desk-break")
    editor = make_editor(original)
    assert editor.id_edit.text() == "desk-break-copy"
    assert editor.title_edit.text() == "Desk break (copy)"
    assert editor.original_id is None
    assert editor.save()
    routine = saved_routine(saves)
    assert routine.id == "desk-break-copy" != original.id
    assert routine.steps == original.steps
    assert all(call[0] not in BUILTIN_IDS for call in saves.calls)


def test_duplicate_skips_ids_already_taken(make_editor: MakeEditor, saves: Saves) -> None:
    editor = make_editor(builtin("desk-break"), user_ids={"desk-break-copy"})
    assert editor.id_edit.text() == "desk-break-copy-2"
    assert editor.save()
    assert saves.calls[0][0] == "desk-break-copy-2"


def test_saving_under_a_builtin_id_is_refused(make_editor: MakeEditor, saves: Saves) -> None:
    editor = make_editor(builtin("lower-back-relief"))
    editor.id_edit.setText("desk-break")
    editor.id_edit.textEdited.emit("desk-break")
    assert "built-in" in editor.id_hint.text()
    assert not editor.save()
    assert saves.calls == []
    assert editor.problems_banner.isVisibleTo(editor)
    problems = editor.problems()
    assert len(problems) == 1
    assert "desk-break is the id of a built-in routine" in problems[0]
    assert problems[0].startswith("Id:")
    assert editor.result() == 0  # still open


def test_saving_under_another_user_routine_id_is_refused(
    make_editor: MakeEditor, saves: Saves
) -> None:
    editor = make_editor(builtin("desk-break"), user_ids={"mine"})
    editor.id_edit.setText("mine")
    editor.id_edit.textEdited.emit("mine")
    assert not editor.save()
    assert saves.calls == []
    assert "already have a routine with the id mine" in editor.problems()[0]


def test_editing_a_user_routine_keeps_its_id(make_editor: MakeEditor, saves: Saves) -> None:
    mine = builtin("desk-break")._replace(id="my-desk", title="My desk", builtin=False)
    editor = make_editor(mine, user_ids={"my-desk"})
    assert editor.original_id == "my-desk"
    editor.title_edit.setText("My desk, renamed")
    editor.title_edit.textEdited.emit(editor.title_edit.text())
    assert editor.id_edit.text() == "my-desk"  # an existing file keeps its name
    assert editor.save()
    assert saves.calls[0][0] == "my-desk"
    assert saved_routine(saves).title == "My desk, renamed"


def test_reorder_and_remove_change_the_saved_order(make_editor: MakeEditor, saves: Saves) -> None:
    editor = make_editor()
    add(editor, "Knee to chest")
    add(editor, "Cat-Cow")
    add(editor, "Child's pose")
    add(editor, "Figure four")
    editor.select_step(3)
    editor.move_up()  # figure four above child's pose
    editor.move_up()  # ... and above cat-cow
    assert editor.step_list.currentRow() == 1
    editor.select_step(0)
    editor.move_down()  # knee to chest below figure four
    editor.select_step(2)
    editor.remove_step()  # cat-cow
    assert rows(editor)[0].startswith("1. Figure four")
    assert editor.save()
    assert [s.exercise for s in saved_routine(saves).steps] == [
        "figure-four",
        "knee-to-chest",
        "childs-pose",
    ]


def test_move_buttons_are_disabled_at_the_ends(make_editor: MakeEditor) -> None:
    editor = make_editor()
    assert not editor.remove_button.isEnabled()
    add(editor, "Knee to chest")
    add(editor, "Cat-Cow")
    editor.select_step(0)
    assert not editor.up_button.isEnabled() and editor.down_button.isEnabled()
    editor.move_up()  # does nothing at the top
    assert rows(editor)[0].startswith("1. Knee to chest")


def test_keyboard_moves_removes_and_saves(
    make_editor: MakeEditor, saves: Saves, qtbot: QtBot
) -> None:
    editor = make_editor()
    add(editor, "Knee to chest")
    add(editor, "Cat-Cow")
    add(editor, "Child's pose")
    editor.show()
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    editor.step_list.setFocus()
    editor.select_step(0)
    qtbot.keyClick(editor.step_list, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert rows(editor)[1].startswith("2. Knee to chest")
    qtbot.keyClick(editor.step_list, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert rows(editor)[0].startswith("1. Knee to chest")
    editor.select_step(2)
    qtbot.keyClick(editor.step_list, Qt.Key.Key_Delete)
    assert editor.step_list.count() == 2
    qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert [s.exercise for s in saved_routine(saves).steps] == ["knee-to-chest", "cat-cow"]


def test_live_total_follows_hold_time(make_editor: MakeEditor) -> None:
    editor = make_editor()
    add(editor, "Knee to chest")  # both sides
    before_text = editor.total_label.text()
    before = editor.total_seconds()
    editor.step_form.hold_box.setValue(60)
    assert editor.total_seconds() == pytest.approx(before + 60)  # 30 s more on each side
    assert editor.total_label.text() != before_text
    assert editor.total_label.text().startswith("Total ")


def test_total_label_matches_the_timeline(make_editor: MakeEditor) -> None:
    from stretchguide.core.durations import format_duration
    from stretchguide.core.timeline import compile_timeline

    routine = builtin("full-lower-back-and-glutes")
    editor = make_editor(routine)
    total = compile_timeline(routine, catalog()).total_s
    assert f"Total {format_duration(total)} ·" in editor.total_label.text()


def test_problems_name_the_field_and_nothing_is_saved(
    make_editor: MakeEditor, saves: Saves
) -> None:
    editor = make_editor()
    add(editor, "Knee to chest")
    add(editor, "Briefing: safety words")
    editor.step_form.text_edit.setPlainText("")  # a briefing needs its text
    editor.select_step(0)
    editor.step_form.exercise_combo.setCurrentIndex(0)  # a hold needs an exercise
    editor.title_edit.setText("")
    assert not editor.save()
    assert saves.calls == []
    problems = editor.problems()
    assert "title: must not be empty" in problems
    assert any(p.startswith("Step 1, exercise: is missing") for p in problems)
    assert any(p.startswith("Step 2, text: is missing") for p in problems)


def test_a_step_problem_selects_that_step(make_editor: MakeEditor, saves: Saves) -> None:
    editor = make_editor()
    add(editor, "Knee to chest")
    add(editor, "Transition or rest")  # a transition needs a text (or an exercise)
    editor.select_step(0)
    assert not editor.save()
    assert editor.problems() == [
        "Step 2, text: is missing: say what to do during this rest or transition"
    ]
    assert editor.step_list.currentRow() == 1
    assert editor.step_box.title() == "Step 2 of 2"


def test_bad_id_is_named(make_editor: MakeEditor, saves: Saves) -> None:
    editor = make_editor(builtin("desk-break"))
    editor.id_edit.setText("Bad Id!")
    editor.id_edit.textEdited.emit("Bad Id!")
    assert "lowercase" in editor.id_hint.text()
    assert not editor.save()
    assert saves.calls == []
    assert editor.problems()[0].startswith("id: is 'Bad Id!'")


def test_no_steps_is_explained(make_editor: MakeEditor, saves: Saves) -> None:
    editor = make_editor()
    assert not editor.save()
    assert "add at least one step" in editor.problems()[0]


def test_a_failing_save_callback_is_shown(make_editor: MakeEditor, saves: Saves) -> None:
    saves.error = OSError(28, "No space left on device")
    editor = make_editor(builtin("desk-break"))
    assert not editor.save()
    assert "could not be saved" in editor.problems()[0]
    assert "No space left" in editor.problems()[0]
    assert saves.calls == [] and editor.result() == 0


def test_cancel_with_changes_asks_first(qtbot: QtBot, saves: Saves) -> None:
    asked: list[bool] = []

    def keep_editing(_parent: QWidget) -> bool:
        asked.append(True)
        return False

    editor = RoutineEditor(
        catalog(), saves, BUILTIN_IDS, routine=builtin("desk-break"), confirm_discard=keep_editing
    )
    qtbot.addWidget(editor)
    editor.reject()  # nothing changed: closes without asking
    assert asked == []
    editor.title_edit.setText("Changed")
    editor.title_edit.textEdited.emit("Changed")
    editor.show()
    editor.reject()
    assert asked == [True] and editor.isVisible()
    editor._confirm_discard = lambda _parent: True
    editor.reject()
    assert not editor.isVisible()


def test_routine_texts_are_plain_and_controls_are_named(make_editor: MakeEditor) -> None:
    html = builtin("desk-break")._replace(
        title="<b>bold</b> routine",
        steps=(Step(kind=StepKind.TRANSITION, title="<i>x</i>", text="<br>", duration_s=5),),
    )
    editor = make_editor(html)
    editor.save()  # shows the problems banner too (nothing wrong here, but be sure)
    for label in editor.findChildren(QLabel):
        assert label.textFormat() == Qt.TextFormat.PlainText, label.text()
    assert rows(editor)[0] == "1. <i>x</i> — Transition · 5 s"
    from PySide6.QtWidgets import (
        QAbstractSpinBox,
        QComboBox,
        QLineEdit,
        QListWidget,
        QPlainTextEdit,
    )

    controls = (
        QAbstractButton,
        QComboBox,
        QLineEdit,
        QPlainTextEdit,
        QAbstractSpinBox,
        QListWidget,
    )
    for widget in editor.findChildren(QWidget):
        if not isinstance(widget, controls):
            continue
        if isinstance(widget.parent(), (QAbstractSpinBox, QComboBox)):
            continue  # the line edit inside a spin box belongs to it
        assert widget.accessibleName(), f"{type(widget).__name__} has no accessible name"


def test_saved_text_round_trips(make_editor: MakeEditor, saves: Saves) -> None:
    routine = builtin("full-lower-back-and-glutes")
    editor = make_editor(routine)
    editor.id_edit.setText("full-mine")
    editor.id_edit.textEdited.emit("full-mine")
    assert editor.save()
    expected = routine._replace(id="full-mine", title=routine.title + " (copy)", builtin=False)
    assert saves.calls[0][1] == routine_to_toml(expected)

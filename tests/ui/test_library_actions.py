"""My own routines and the history, reached from the window's menus."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from stretchguide.storage.user_routines import UserRoutines
from tests.ui.conftest import App, make_app
from tests.ui.test_history_and_resume import keeper_at

BUILTINS = ["deep-glute-release", "desk-break", "full-lower-back-and-glutes", "lower-back-relief"]


@pytest.fixture
def mine(tmp_path: Path) -> UserRoutines:
    return UserRoutines(tmp_path / "routines", BUILTINS)


@pytest.fixture
def app_with_mine(qtbot: QtBot, tmp_path: Path, mine: UserRoutines) -> App:
    return make_app(qtbot, tmp_path, keeper=keeper_at(tmp_path), user_routines=mine)


def test_duplicate_a_builtin_saves_my_copy_and_lists_it(app_with_mine: App, mine) -> None:
    window = app_with_mine.window
    window.library_view.select("desk-break")
    window.library_actions.actions["duplicate"].trigger()
    editor = window.library_actions.editor
    assert editor is not None
    with app_with_mine.qtbot.waitSignal(window.libraryChanged):  # the folder read again
        assert editor.save()
    assert mine.ids() == ["desk-break-copy"]
    copy = window.library.get("desk-break-copy")
    assert copy is not None and not copy.builtin
    assert window.library_view.current_id() == "desk-break-copy"
    assert window.library.get("desk-break").builtin  # type: ignore[union-attr]
    assert window.library_actions.actions["delete"].isEnabled()


def test_delete_my_routine_asks_first(app_with_mine: App, mine, monkeypatch) -> None:
    mine.save_routine_text(
        "mine",
        (Path(__file__).parents[2] / "assets/routines/desk-break.toml")
        .read_text()
        .replace('id = "desk-break"', 'id = "mine"'),
    )
    window = app_with_mine.window
    qtbot = app_with_mine.qtbot
    with qtbot.waitSignal(window.libraryChanged):
        window.library_actions.reload("mine")
    assert window.library_view.current_id() == "mine"
    monkeypatch.setattr(QMessageBox, "exec", lambda _self: QMessageBox.StandardButton.Cancel)
    window.library_actions.actions["delete"].trigger()
    assert mine.ids() == ["mine"]
    monkeypatch.setattr(QMessageBox, "exec", lambda _self: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(window.libraryChanged):
        window.library_actions.actions["delete"].trigger()
    assert mine.ids() == []
    assert window.library.get("mine") is None
    assert window.library_view.routines.row_of("mine") < 0  # gone from the list too
    assert not window.library_actions.actions["delete"].isEnabled()  # a built-in is selected


def test_import_a_file_adds_it(app_with_mine: App, mine, tmp_path: Path, monkeypatch) -> None:
    src = tmp_path / "evening.toml"
    text = (Path(__file__).parents[2] / "assets/routines/desk-break.toml").read_text()
    src.write_text(text.replace('id = "desk-break"', 'id = "evening"'))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(src), ""))
    monkeypatch.setattr(QMessageBox, "exec", lambda _self: QMessageBox.StandardButton.Ok)
    window = app_with_mine.window
    with app_with_mine.qtbot.waitSignal(window.libraryChanged):
        window.library_actions.actions["import"].trigger()
    assert "evening" in mine.ids()
    assert window.library.get("evening") is not None
    assert window.library_view.current_id() == "evening"


def test_history_shows_the_sessions_played(app_with_mine: App) -> None:
    app = app_with_mine
    app.start("desk-break")
    app.run_for(app.session.total() + 1)
    actions = app.window.library_actions
    app.window.show_library()
    assert actions.actions["history"].isEnabled()
    actions.actions["history"].trigger()
    view = actions.history_view
    assert app.window.stack.currentWidget() is view
    app.qtbot.waitUntil(lambda: view.recent_table.rowCount() == 1, timeout=5000)


def test_library_actions_are_off_during_a_session(app_with_mine: App) -> None:
    app = app_with_mine
    app.start("desk-break")
    actions = app.window.library_actions.actions
    assert not actions["new"].isEnabled() and not actions["history"].isEnabled()
    app.driver.stop()
    assert actions["new"].isEnabled()

"""Routine data is never interpreted as HTML; buttons are named; the countdown stays quiet."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel
from pytestqt.qtbot import QtBot

from stretchguide.core.assets import builtin_routines_dir
from stretchguide.core.loader import load_library
from tests.ui.conftest import App, catalog, make_app

HTML_ROUTINE = """schema = 1
id = "html-test"
title = "<b>bold</b> routine"
description = "<i>not italic</i> & <a href='x'>no link</a>"
position = "floor"

[[steps]]
kind = "transition"
title = "<b>bold</b> step"
text = "<b>bold</b> text <br> stays"
duration_s = 10

[[steps]]
kind = "hold"
exercise = "knee-to-chest"
title = "<u>held</u>"
hold_s = 30
"""


def _html_app(qtbot: QtBot, tmp_path: Path) -> App:
    user = tmp_path / "mine"
    user.mkdir()
    (user / "html.toml").write_text(HTML_ROUTINE, "utf-8")
    cat = catalog()
    library = load_library(cat, builtin_routines_dir(), user)
    assert not library.problems, library.problems
    return make_app(qtbot, tmp_path, library=library, cat=cat)


def _labels(widget) -> list[QLabel]:
    return [w for w in widget.findChildren(QLabel) if w.text()]


def test_routine_text_shows_literal_tags(qtbot: QtBot, tmp_path: Path) -> None:
    app = _html_app(qtbot, tmp_path)
    lib = app.window.library_view
    lib.select("html-test")
    assert lib.title_label.text() == "<b>bold</b> routine"
    assert lib.title_label.textFormat() == Qt.TextFormat.PlainText
    assert lib.description_label.textFormat() == Qt.TextFormat.PlainText
    assert lib.step_list.item(0).text().startswith("<b>bold</b> step")
    assert "Mine" in (lib.current_meta() or "")
    # What a screen reader reads for the row: its title and summary, as plain text.
    spoken = lib.routine_list.currentIndex().data(Qt.ItemDataRole.AccessibleTextRole)
    assert spoken.startswith("<b>bold</b> routine, ") and "Mine" in spoken
    app.start("html-test")
    sv = app.window.session_view
    assert sv.title_label.text() == "<b>bold</b> step"
    assert sv.instruction_label.text() == "<b>bold</b> text <br> stays"
    assert sv.routine_label.text() == "<b>bold</b> routine"
    assert sv.next_label.text() == "Next: <u>held</u>"
    for label in (sv.title_label, sv.instruction_label, sv.routine_label, sv.next_label):
        assert label.textFormat() == Qt.TextFormat.PlainText
    app.run_for(500)
    fv = app.window.finish_view
    assert fv.routine_label.text() == "<b>bold</b> routine"
    assert "<u>held</u>" in fv.done_label.text()
    for label in _labels(fv):
        assert label.textFormat() == Qt.TextFormat.PlainText


def test_every_label_with_routine_data_is_plain_text(app: App) -> None:
    app.start("desk-break")
    for view in (app.window.library_view, app.window.session_view, app.window.finish_view):
        for label in view.findChildren(QLabel):
            if label.objectName() == "heading":
                continue
            assert label.textFormat() == Qt.TextFormat.PlainText, label.text()


def test_every_button_has_an_accessible_name_and_description(app: App) -> None:
    app.start("desk-break")
    for view in (app.window.library_view, app.window.session_view, app.window.finish_view):
        for button in view.findChildren(QAbstractButton):
            assert button.accessibleName(), button.text()
            assert button.accessibleDescription(), button.text()


def test_countdown_does_not_flood_a_screen_reader(app: App) -> None:
    app.start("desk-break")
    ring = app.window.session_view.countdown
    assert ring.accessibleName() == "Countdown"
    app.run_for(32.0)  # inside the hold's own countdown
    changes: list[str] = []
    last = ring.accessibleDescription()
    texts = set()
    for _ in range(20):
        app.run_for(1.0)
        texts.add(ring.text())
        if ring.accessibleDescription() != last:
            last = ring.accessibleDescription()
            changes.append(last)
    assert len(texts) >= 15  # the number changed every second...
    assert len(changes) <= 3  # ...the screen reader heard about it every ten seconds at most
    assert ring.accessibleName() == "Countdown"

"""Routine rows: long titles cut to the row with "…", and type-ahead on the titles."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from stretchguide.core.loader import Library
from tests.core.helpers import library
from tests.ui.conftest import App, make_app

LONG = "A very long routine title that no routine list could ever show in one piece at all"


def _titles(app: App) -> list[str]:
    view = app.window.library_view.routine_list
    return [view.itemWidget(view.item(i)).title_label.text() for i in range(view.count())]


def _current_title(app: App) -> str:
    view = app.window.library_view.routine_list
    return str(view.itemWidget(view.currentItem()).title_label.text())


def test_a_long_title_is_cut_to_its_row_and_follows_the_rows_width(
    qtbot: QtBot, tmp_path: Path
) -> None:
    builtin = library().routines
    long_one = replace(builtin[0], id="long-one", title=LONG)
    app = make_app(qtbot, tmp_path, library=Library([*builtin, long_one]))
    qtbot.waitUntil(lambda: app.window._warmed)  # after the first frame
    app.window.resize(900, 700)
    qtbot.waitUntil(lambda: _titles(app)[-1].endswith("…"))
    narrow = _titles(app)[-1]
    assert LONG.startswith(narrow[:-1]) and len(narrow) < len(LONG)
    assert "Desk break" in _titles(app)  # short titles are left whole

    app.window.resize(1800, 700)
    qtbot.waitUntil(lambda: len(_titles(app)[-1]) > len(narrow))
    assert LONG.startswith(_titles(app)[-1].rstrip("…"))


def test_summaries_are_cut_too_when_the_list_is_narrow(qtbot: QtBot, tmp_path: Path) -> None:
    from PySide6.QtGui import QFontMetrics
    from PySide6.QtWidgets import QApplication

    from stretchguide.core.settings import UiSettings
    from stretchguide.ui.theme import apply_theme

    app_ = QApplication.instance()
    assert isinstance(app_, QApplication)
    apply_theme(app_, UiSettings(text_scale=1.5))  # large text, as read from two metres
    app = make_app(qtbot, tmp_path)
    qtbot.waitUntil(lambda: app.window._warmed)
    view = app.window.library_view.routine_list
    rows = [view.itemWidget(view.item(i)) for i in range(view.count())]
    app.window.resize(640, 600)  # the list at its minimum width
    qtbot.waitUntil(lambda: any(r.meta_label.text().endswith("…") for r in rows))
    for row in rows:
        label = row.meta_label
        assert QFontMetrics(label.font()).horizontalAdvance(label.text()) <= label.width()
    app.window.resize(1800, 700)
    qtbot.waitUntil(lambda: not any(r.meta_label.text().endswith("…") for r in rows))


def test_typing_a_titles_first_letters_selects_that_routine(app: App) -> None:
    view = app.window.library_view
    now = [100.0]
    view.routine_list._now = lambda: now[0]  # type: ignore[method-assign]
    view.routine_list.setFocus()
    view.select("desk-break")  # the list: Deep glute release, Desk break, Full…, Lower…
    app.qtbot.keyClicks(view.routine_list, "d")  # a new search starts below the current row
    assert _current_title(app) == "Deep glute release"  # ...and wraps round
    app.qtbot.keyClicks(view.routine_list, "es")  # within the interval: the search grows
    assert _current_title(app) == "Desk break"

    now[0] += 5  # a pause: a new search, from the next row on
    app.qtbot.keyClicks(view.routine_list, "l")
    assert _current_title(app) == "Lower back relief"
    now[0] += 5
    app.qtbot.keyClicks(view.routine_list, "x")  # nothing starts with x: nothing moves
    assert _current_title(app) == "Lower back relief"
    app.qtbot.keyClick(view.routine_list, Qt.Key.Key_Return)
    assert app.window.stack.currentWidget() is app.window.session_view


def test_the_list_keeps_its_share_when_a_long_routine_is_selected(
    qtbot: QtBot, tmp_path: Path
) -> None:
    builtin = library().routines
    wordy = replace(builtin[0], id="wordy", title=LONG, description=LONG * 3)
    # First in the list, so it is the one shown when the window first appears.
    app = make_app(qtbot, tmp_path, library=Library([wordy, *builtin]))
    view = app.window.library_view
    assert view.current_id() == "wordy"
    qtbot.waitUntil(lambda: _titles(app)[0].endswith("…"))
    list_width, detail_width = view.splitter.sizes()
    assert list_width / (list_width + detail_width) > 0.35
    assert "Desk break" in _titles(app)


def _many(count: int) -> Library:
    """The built-ins and ``count`` copies under ids and titles of their own."""
    builtin = library().routines
    copies = [
        replace(builtin[i % len(builtin)], id=f"copy-{i:04d}", title=f"Copy {i:04d}", builtin=False)
        for i in range(count)
    ]
    return Library([*builtin, *copies])


def test_a_long_list_builds_the_rows_in_view_and_the_others_as_they_come_into_view(
    qtbot: QtBot, tmp_path: Path
) -> None:
    from stretchguide.ui.library_view import EAGER_ROWS

    app = make_app(qtbot, tmp_path, library=_many(1000))
    qtbot.waitUntil(lambda: app.window._warmed)
    view = app.window.library_view.routine_list
    assert view.count() == 1004
    built = [i for i in range(view.count()) if view.itemWidget(view.item(i)) is not None]
    assert len(built) < 3 * EAGER_ROWS  # not a thousand rows before the first frame

    view.scrollToBottom()  # the last routines come into view: their rows are there, filled in
    qtbot.waitUntil(lambda: view.itemWidget(view.item(view.count() - 1)) is not None)
    assert view.itemWidget(view.item(view.count() - 1)).title_label.text() == "Copy 0999"
    assert "stretch" in view.itemWidget(view.item(view.count() - 1)).meta_label.text()

    now = [100.0]
    view._now = lambda: now[0]  # type: ignore[method-assign]
    view.setFocus()
    qtbot.keyClicks(view, "copy 05")  # type-ahead far down the list: the row is shown, whole
    assert view.currentItem().data(Qt.ItemDataRole.UserRole + 2) == "Copy 0500"
    qtbot.waitUntil(lambda: view.itemWidget(view.currentItem()) is not None)
    assert _current_title(app) == "Copy 0500"

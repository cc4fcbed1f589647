"""Routine rows: long titles cut to the row with "…", type-ahead on the titles, and a long list
that draws only the rows in view."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from stretchguide.core.loader import Library
from stretchguide.ui.library_view import routine_meta
from tests.core.helpers import library
from tests.ui.conftest import App, make_app

LONG = "A very long routine title that no routine list could ever show in one piece at all"


def _drawn(app: App) -> list[tuple[str, str]]:
    """Each row's title and summary as the list draws them at its present width."""
    view = app.window.library_view.routine_list
    rows = view.itemDelegate()
    width = view.viewport().width()
    return [rows.lines(row, width) for row in range(view.count())]  # type: ignore[attr-defined]


def _titles(app: App) -> list[str]:
    return [title for title, _meta in _drawn(app)]


def _current_title(app: App) -> str:
    view = app.window.library_view.routine_list
    return _titles(app)[view.current_row()]


def test_a_long_title_is_cut_to_its_row_and_follows_the_rows_width(
    qtbot: QtBot, tmp_path: Path
) -> None:
    builtin = library().routines
    long_one = builtin[0]._replace(id="long-one", title=LONG)
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
    app.window.resize(640, 600)  # the list at its minimum width
    qtbot.waitUntil(lambda: any(meta.endswith("…") for _title, meta in _drawn(app)))
    metrics = QFontMetrics(QApplication.font(view))
    for _title, meta in _drawn(app):
        assert metrics.horizontalAdvance(meta) <= view.viewport().width()
    app.window.resize(1800, 700)
    qtbot.waitUntil(lambda: not any(meta.endswith("…") for _title, meta in _drawn(app)))


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
    wordy = builtin[0]._replace(id="wordy", title=LONG, description=LONG * 3)
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
        builtin[i % len(builtin)]._replace(id=f"copy-{i:04d}", title=f"Copy {i:04d}", builtin=False)
        for i in range(count)
    ]
    return Library([*builtin, *copies])


def test_a_long_list_is_summarised_in_the_background(qtbot: QtBot, tmp_path: Path) -> None:
    app = make_app(qtbot, tmp_path, library=_many(1000))
    view = app.window.library_view.routine_list
    routines = app.window.library_view.routines
    assert view.count() == 1004
    # Every row's summary comes from a worker thread, the same as the row would make itself.
    qtbot.waitUntil(lambda: len(routines._metas) == 1004, timeout=20_000)
    assert routines.meta(5) == routine_meta(routines.entry(5))

    view.scrollToBottom()  # the last routines come into view, summary and all
    title, meta = _drawn(app)[-1]
    assert title == "Copy 0999" and "stretch" in meta

    now = [100.0]
    view._now = lambda: now[0]  # type: ignore[method-assign]
    view.setFocus()
    qtbot.keyClicks(view, "copy 05")  # type-ahead far down the list: the row is selected, in view
    assert _current_title(app) == "Copy 0500"
    assert app.window.library_view.current_id() == "copy-0500"
    assert view.viewport().rect().intersects(view.visualRect(view.currentIndex()))

"""The session view on small and large screens: nothing a person needs is ever cut.

Offscreen, with the app's real look (Fusion, 11 pt, the DejaVu fonts of fonts-dejavu-core), so
the text widths are the ones a person sees. A screen is stood in for by its available area:
``MainWindow.fit_to_screen`` gets the area a 1024x600, 1280x720 or 1920x1080 screen leaves.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from stretchguide.core.settings import UiSettings
from stretchguide.ui.main_window import DEFAULT_SIZE, FRAME_ALLOWANCE
from stretchguide.ui.theme import apply_theme
from tests.ui.conftest import App, make_app

SCREENS = [(1024, 600), (1280, 720), (1920, 1080)]
#: A small screen's own panel (a taskbar or a top bar) takes part of its height.
PANEL = 32


@pytest.fixture
def real_look(qapp: QApplication) -> Iterator[None]:
    apply_theme(qapp, UiSettings())  # what run_app does: Fusion, 11 pt
    yield


@pytest.fixture
def shown(qtbot: QtBot, tmp_path: Path, real_look: None) -> App:
    return make_app(qtbot, tmp_path)


def settle() -> None:
    """Let posted layout requests run (no waiting: there is no timer involved)."""
    for _ in range(3):
        QApplication.sendPostedEvents()
        QApplication.processEvents()


def on_screen(app: App, width: int, height: int) -> None:
    """Open the window as it would open on a ``width`` x ``height`` screen with a panel."""
    window = app.window
    window.resize(*DEFAULT_SIZE)
    window.fit_to_screen(QRect(0, 0, width, height - PANEL))
    settle()


def visible_in_window(widget: QWidget) -> bool:
    window = widget.window()
    top_left = widget.mapTo(window, QPoint(0, 0))
    return window.rect().contains(QRect(top_left, widget.size()))


def assert_whole_text(widget: QPushButton | QLabel) -> None:
    """The widget is inside the window and at least as wide as its text needs."""
    assert widget.isVisible(), widget.text()
    assert visible_in_window(widget), f"{widget.text()!r} is off the window"
    needed = widget.fontMetrics().horizontalAdvance(widget.text())
    if isinstance(widget, QPushButton):
        needed += 12  # Fusion draws a button's text inside its frame and a 6 px margin
    assert widget.width() >= needed, f"{widget.text()!r}: {widget.width()} < {needed}"


def assert_session_fits(app: App) -> None:
    sv = app.window.session_view
    settle()
    assert_whole_text(sv.pain_button)
    assert sv.pain_button.width() >= sv.pain_button.sizeHint().width()
    assert_whole_text(sv.remaining_label)
    assert_whole_text(sv.step_label)
    for button in (
        sv.back_button,
        sv.pause_button,
        sv.next_button,
        sv.restart_button,
        sv.extend_button,
        sv.where_button,
        sv.keys_button,
        sv.stop_button,
    ):
        assert_whole_text(button)
    area = sv.instruction_area
    assert visible_in_window(area)
    # The whole instruction is shown: the label is as tall as its wrapped text, and the area
    # shows all of the label (or, on a screen too small for it, lets it scroll).
    label = sv.instruction_label
    assert label.height() >= label.heightForWidth(label.width())
    scrolls = area.verticalScrollBar().maximum() > 0
    assert not scrolls or area.verticalScrollBar().isVisible()


@pytest.mark.parametrize(("width", "height"), SCREENS)
def test_the_window_opens_within_the_screen(shown: App, width: int, height: int) -> None:
    on_screen(shown, width, height)
    window = shown.window
    assert window.width() <= width - FRAME_ALLOWANCE[0]
    assert window.height() <= height - PANEL - FRAME_ALLOWANCE[1]
    if (width, height) == (1920, 1080):
        assert window.size() == QSize(*DEFAULT_SIZE)  # a big screen: the usual size
    shown.start("desk-break")
    settle()
    assert window.width() <= width - FRAME_ALLOWANCE[0], "the session made the window grow"
    assert window.height() <= height - PANEL - FRAME_ALLOWANCE[1]


def test_the_window_opens_within_its_real_screen(shown: App) -> None:
    """Offscreen's screen is 800x800: the window is made no larger than it, as on a netbook."""
    window = shown.window
    window.resize(*DEFAULT_SIZE)
    screen = window.screen()
    assert screen is not None
    window.fit_to_screen(screen.availableGeometry())
    assert window.width() <= screen.availableGeometry().width()
    assert window.height() <= screen.availableGeometry().height()


@pytest.mark.parametrize(("width", "height"), SCREENS)
def test_every_step_of_every_routine_is_shown_whole(shown: App, width: int, height: int) -> None:
    on_screen(shown, width, height)
    for routine in shown.window.library.routines:
        shown.start(routine.id)
        for index in range(len(shown.session.timeline.segments)):
            assert shown.session.index == index
            assert_session_fits(shown)
            if width <= 1280:
                # The instruction is never cut, nor even scrolled, on these screens.
                area = shown.window.session_view.instruction_area
                assert area.verticalScrollBar().maximum() == 0, (
                    f"{routine.id} step {index}: the instruction does not fit"
                )
            shown.driver.next()


@pytest.mark.parametrize("width", [None, 1000, 1024, 1100, 1280])
def test_nothing_is_cut_at_any_width_down_to_the_minimum(shown: App, width: int | None) -> None:
    shown.start("deep-glute-release")
    while "Cross your left ankle" not in shown.session.segment.instruction:
        shown.driver.next()  # the longest instruction
    window = shown.window
    minimum = window.minimumSizeHint()
    assert minimum.width() <= 1024 - FRAME_ALLOWANCE[0]
    assert minimum.height() <= 600 - PANEL - FRAME_ALLOWANCE[1]
    window.resize(minimum.width() if width is None else width, minimum.height())
    settle()
    assert window.width() == (minimum.width() if width is None else width)
    assert_session_fits(shown)
    shown.driver.toggle()  # paused: the status line appears too
    assert_session_fits(shown)
    assert visible_in_window(window.session_view.status_label)


def test_a_long_routine_title_is_shortened_not_the_time_left(shown: App) -> None:
    shown.start("desk-break")
    sv = shown.window.session_view
    settle()
    before = shown.window.minimumSizeHint()
    sv.routine_label.setText("A very long routine title that somebody typed " * 4)
    settle()
    assert shown.window.minimumSizeHint() == before
    shown.window.resize(before)
    settle()
    assert sv.routine_label.text().startswith("A very long routine title")  # whole, for readers
    assert sv.routine_label.width() < sv.fontMetrics().horizontalAdvance(sv.routine_label.text())
    assert_whole_text(sv.remaining_label)
    assert_whole_text(sv.step_label)


@pytest.mark.parametrize(("width", "height"), [(1024, 600)])
def test_the_library_fits_a_small_screen(shown: App, width: int, height: int) -> None:
    on_screen(shown, width, height)
    library = shown.window.library_view
    assert visible_in_window(library.routine_list)
    assert library.minimumSizeHint().width() <= shown.window.width()
    assert library.minimumSizeHint().height() <= shown.window.height()


@pytest.mark.parametrize("scale", [1.0, 1.5, 2.0])
def test_large_text_puts_the_buttons_on_two_rows_rather_than_widening_the_window(
    qapp: QApplication, qtbot: QtBot, tmp_path: Path, scale: float
) -> None:
    apply_theme(qapp, UiSettings(text_scale=scale))
    app = make_app(qtbot, tmp_path)
    app.start("deep-glute-release")
    on_screen(app, 1280, 720)
    window = app.window
    assert window.width() <= 1280 - FRAME_ALLOWANCE[0]
    assert window.session_view.button_bar.rows == (1 if scale == 1.0 else 2)
    assert_session_fits(app)


def test_a_larger_text_size_chosen_mid_session_still_fits(qapp: QApplication, shown: App) -> None:
    shown.start("desk-break")
    on_screen(shown, 1280, 720)
    apply_theme(qapp, UiSettings(text_scale=2.0))  # what Settings does
    settle()
    assert_session_fits(shown)


def test_the_keys_fit_a_small_screen(shown: App) -> None:
    shown.window.show_keys()
    dialog = shown.window.keys_dialog
    shown.qtbot.waitUntil(dialog.isVisible)
    assert dialog.width() <= 1024 - FRAME_ALLOWANCE[0]
    assert dialog.height() <= 600 - PANEL - FRAME_ALLOWANCE[1]
    dialog.reject()

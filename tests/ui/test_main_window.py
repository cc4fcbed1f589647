"""The library, starting a session, the finish screen and the window's memory."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from stretchguide.core.assets import builtin_routines_dir
from stretchguide.core.loader import load_library
from stretchguide.core.session import State
from stretchguide.core.settings import AppSettings, UiSettings
from stretchguide.core.timeline import SETTLE_S
from stretchguide.ui.finish_view import spent_text
from tests.ui.conftest import App, catalog, make_app


def test_library_lists_every_routine_with_its_summary(app: App) -> None:
    view = app.window.library_view
    assert view.routine_list.count() == 4
    rows = dict(view.routines.title_and_meta(row) for row in range(4))
    assert rows["Desk break"] == "3 min · 1 stretch · Seated · Built-in"
    assert "Floor" in rows["Lower back relief"] and "3 stretches" in rows["Lower back relief"]


def test_selecting_a_routine_shows_its_steps_and_prepares_speech(app: App) -> None:
    view = app.window.library_view
    view.select("lower-back-relief")
    steps = [view.step_list.item(i).text() for i in range(view.step_list.count())]
    assert steps[0].startswith("Warm-up: walk in place\n")
    assert any("Knee to chest\nHold 0:30 each side" in s for s in steps)
    assert any(s.startswith("Cat-Cow\n8 breaths") for s in steps)
    picture = view.step_list.item(0).data(Qt.ItemDataRole.DecorationRole)
    assert not picture.isNull()
    app.qtbot.waitUntil(lambda: "Hold it there." in app.speaker.prepared)
    assert any(t.startswith("You'll need a mat.") for t in app.speaker.prepared)


def test_start_button_opens_the_session_after_a_get_ready(app: App) -> None:
    app.window.library_view.select("desk-break")
    app.qtbot.mouseClick(app.window.library_view.start_button, Qt.MouseButton.LeftButton)
    assert app.window.stack.currentWidget() is app.window.session_view
    # The equipment first, then how to get into the first position (seated: 5 s).
    assert app.speaker.texts == [
        "You'll need a sturdy chair. Sit comfortably. We start in a moment."
    ]
    assert app.session.state is State.READY
    assert app.window.session_view.countdown.text() == "5"
    app.run_for(4.0)
    assert app.session.state is State.READY
    app.run_for(1.0)
    assert app.session.state is State.RUNNING
    assert app.window.session_view.title_label.text() == "Stretch safely"


def test_a_floor_routine_gives_longer_to_get_ready_and_next_skips_it(app: App) -> None:
    app.window.start_routine("full-lower-back-and-glutes")
    assert app.speaker.texts[0].startswith("You'll need a mat and a sturdy chair.")
    app.run_for(5.0)
    assert app.session.state is State.READY  # 8 s: stand up and step away from the desk
    app.qtbot.keyClick(app.window.session_view, Qt.Key.Key_N)
    assert app.session.state is State.RUNNING and app.session.index == 0


def test_the_get_ready_setting_is_used(app: App) -> None:
    from stretchguide.core.settings import SessionSettings

    app.window.apply_settings(AppSettings(session=SessionSettings(get_ready_s=20)))
    app.window.start_routine("desk-break")
    app.run_for(19.0)
    assert app.session.state is State.READY
    app.run_for(1.0)
    assert app.session.state is State.RUNNING


def test_enter_and_double_click_start_the_selected_routine(app: App) -> None:
    view = app.window.library_view
    view.select("desk-break")
    view.routine_list.setFocus()
    app.qtbot.keyClick(view.routine_list, Qt.Key.Key_Return)
    assert app.window.stack.currentWidget() is app.window.session_view
    app.window.show_library()
    app.window.stack.setCurrentWidget(view)
    rect = view.routine_list.visualRect(view.routine_list.currentIndex())
    viewport = view.routine_list.viewport()
    # A real double click is a press/release followed by a double-click event.
    app.qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
    app.qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
    assert app.window.stack.currentWidget() is app.window.session_view


def test_session_view_shows_step_side_countdown_progress_and_next(app: App) -> None:
    app.start("desk-break")
    sv = app.window.session_view
    assert sv.step_label.text() == "Step 1 of 3"
    assert sv.next_label.text() == "Next: Warm-up: march in your chair"
    hold = app.session.timeline.segments[2]
    app.run_for(hold.start_s + 2.0)  # into the left-side hold, during its instruction
    assert sv.title_label.text() == "Seated glute stretch"
    assert sv.side_label.text() == "LEFT"
    assert sv.countdown.text() == "Get into position"
    assert sv.next_label.text() == "Next: Switch sides (right side)"
    app.run_for(20.0)  # the hold's own clock is running now
    left = app.session.hold_time_left()
    assert left is not None
    assert sv.countdown.text() == str(int(left + 0.999))
    total_left = app.session.total() - app.session.elapsed()
    assert sv.remaining_label.text() == f"{int(total_left) // 60}:{round(total_left) % 60:02d} left"
    assert sv.pacer.isVisible()


def test_flow_drives_the_breathing_pacer(app: App) -> None:
    app.start("lower-back-relief")
    sv = app.window.session_view
    while app.session.segment.kind.value != "flow":
        app.driver.next()
    assert sv.pacer.isVisible()
    app.run_for(app.session.segment.lead_s + 0.1)
    assert sv.pacer.phase == "in"
    assert sv.pacer_label.text() == "Breathe in"
    app.run_for(app.session.segment.inhale_s)
    assert sv.pacer.phase == "out"


def test_finish_screen_lists_done_and_skipped_and_time(app: App) -> None:
    app.start("desk-break")
    app.driver.next()  # the briefing
    app.driver.next()  # and the warm-up
    app.run_for(20.0)
    app.driver.next()  # skip the left side
    app.run_for(200.0)
    fv = app.window.finish_view
    assert app.window.stack.currentWidget() is fv
    assert fv.heading.text() == "Well done"
    assert "Seated glute stretch (right side)" in fv.done_label.text()
    assert "Seated glute stretch (left side): skipped" in fv.skipped_label.text()
    rest = sum(s.duration_s for s in app.session.timeline.segments[3:])
    # 20 s in, then the rest after the skip
    assert fv.time_label.text() == f"Time spent: {spent_text(20.0 + rest)}"
    assert not app.timers.active()
    app.qtbot.mouseClick(fv.back_button, Qt.MouseButton.LeftButton)
    assert app.window.stack.currentWidget() is app.window.library_view


def test_window_remembers_size_and_last_routine(qtbot: QtBot, tmp_path: Path) -> None:
    first = make_app(qtbot, tmp_path)
    first.window.resize(1020, 690)
    first.window.library_view.select("deep-glute-release")
    first.window.close()
    second = make_app(qtbot, tmp_path)
    assert second.window.library_view.current_id() == "deep-glute-release"
    assert second.window.size().height() == 690  # the offscreen screen is narrow


def test_close_during_a_session_stops_the_timer_and_the_speaker(app: App) -> None:
    app.start("desk-break")
    assert app.timers.active()
    app.window.close()
    assert not app.timers.active()
    assert app.speaker.is_shut_down


def test_broken_user_routine_shows_a_banner_and_the_rest_works(
    qtbot: QtBot, tmp_path: Path
) -> None:
    user = tmp_path / "routines"
    user.mkdir()
    (user / "broken.toml").write_text('schema = 1\nid = "broken"\ntitle = 5\n', "utf-8")
    cat = catalog()
    library = load_library(cat, builtin_routines_dir(), user)
    assert library.problems
    app = make_app(qtbot, tmp_path, library=library, cat=cat)
    banner = app.window.library_view.banner
    assert banner.isVisible()
    assert "broken.toml" in banner.label.text()
    assert app.window.library_view.routine_list.count() == 4
    app.qtbot.mouseClick(banner.close_button, Qt.MouseButton.LeftButton)
    assert not banner.isVisible()
    app.start("desk-break")
    assert app.session.state is State.RUNNING


def test_a_later_problem_shows_under_the_strips_and_over_the_heading(app: App) -> None:
    """The banner is made when there is first something to say; it still takes its place."""
    from PySide6.QtWidgets import QLabel

    view = app.window.library_view
    strip = QLabel("a resume offer")
    view.add_strip(strip)
    view.show_problems(["broken.toml: line 3: title: must be text"])
    heading = next(w for w in view.findChildren(QLabel) if w.objectName() == "heading")
    app.qtbot.waitUntil(lambda: view.banner.isVisible() and strip.isVisible())
    assert strip.y() < view.banner.y() < heading.y()
    assert "broken.toml" in view.banner.label.text()


def test_hold_countdown_waits_for_speech_rendered_during_the_count_in(app: App) -> None:
    """Lengths measured while "get ready" shows are used: the countdown starts after the words."""
    app.window.library_view.select("desk-break")
    app.window.start_routine("desk-break")
    hold = next(s for s in app.session.timeline.segments if s.kind.value == "hold")
    app.speaker.durations[hold.instruction] = 25.0  # the real audio turned out long
    app.run_for(5.0)
    retimed = next(s for s in app.session.timeline.segments if s.kind.value == "hold")
    assert retimed.lead_s == 25.0 + SETTLE_S


def test_a_bigger_text_size_makes_the_routine_rows_taller(app: App) -> None:
    rows = app.window.library_view.routine_list
    before = rows.visualRect(rows.model().index(0, 0)).height()
    app.window.apply_settings(AppSettings(ui=UiSettings(text_scale=1.5)))
    app.qtbot.waitUntil(lambda: rows.visualRect(rows.model().index(0, 0)).height() >= before * 1.3)


def test_a_theme_change_reaches_the_buttons_with_their_own_look(app: App) -> None:
    start = app.window.library_view.start_button
    app.window.apply_settings(AppSettings(ui=UiSettings(theme="dark")))
    assert start.palette().color(start.backgroundRole()).lightness() < 128
    app.window.apply_settings(AppSettings(ui=UiSettings(theme="light")))
    assert start.palette().color(start.backgroundRole()).lightness() >= 128

"""Keys and buttons of the session view, the pain button and the stop question."""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QWidget

from stretchguide.core.session import Outcome, State
from stretchguide.ui.keys_dialog import KeysDialog
from tests.ui.conftest import App


def key(app: App, k: Qt.Key, text: str = "") -> None:
    """Press a key on the window, whatever has focus inside it."""
    app.qtbot.keyClick(app.window, k)


@pytest.fixture
def running(app: App) -> App:
    app.start("desk-break")
    app.driver.next()  # past the briefing
    app.driver.next()  # and the seated warm-up
    app.run_for(6.0)  # into the left-side hold
    assert app.session.index == 2
    return app


def test_space_pauses_and_resumes(running: App) -> None:
    key(running, Qt.Key.Key_Space)
    assert running.session.state is State.PAUSED
    sv = running.window.session_view
    assert sv.status_label.text() == "Paused: press Space to continue"
    assert sv.pause_button.text() == "Resume"
    assert not running.timers.active()
    key(running, Qt.Key.Key_Space)
    assert running.session.state is State.RUNNING
    assert sv.pause_button.text() == "Pause"


def test_keys_work_whatever_widget_has_focus(running: App) -> None:
    running.window.session_view.stop_button.setFocus()
    key(running, Qt.Key.Key_Space)
    assert running.session.state is State.PAUSED


@pytest.mark.parametrize("k", [Qt.Key.Key_Right, Qt.Key.Key_N])
def test_right_or_n_skips(running: App, k: Qt.Key) -> None:
    key(running, k)
    assert running.session.index == 3
    assert running.session.summary().records[2].outcome is Outcome.SKIPPED


@pytest.mark.parametrize("k", [Qt.Key.Key_Left, Qt.Key.Key_P])
def test_left_or_p_goes_back(running: App, k: Qt.Key) -> None:
    key(running, k)  # more than 3 s in: restart this step
    assert running.session.index == 2 and running.session.offset() == 0
    key(running, k)  # right at its start: the step before
    assert running.session.index == 1


def test_r_restarts_the_step(running: App) -> None:
    key(running, Qt.Key.Key_R)
    assert running.session.index == 2 and running.session.offset() == 0


def test_e_extends_the_hold(running: App) -> None:
    before = running.session.duration_of(2)
    key(running, Qt.Key.Key_E)
    assert running.session.duration_of(2) == before + running.window.settings.session.extend_s
    assert running.window.session_view.notice.isVisible()


def test_w_says_and_shows_where_you_are(running: App) -> None:
    key(running, Qt.Key.Key_W)
    said = running.speaker.texts[-1]
    assert said.startswith("Seated glute stretch, left side. ")
    assert "seconds left in this step. Next: Switch sides (right side)." in said
    assert running.window.session_view.notice.label.text() == said


@pytest.mark.parametrize("k", [Qt.Key.Key_F1, Qt.Key.Key_Question])
def test_f1_or_question_mark_lists_every_key(running: App, k: Qt.Key) -> None:
    key(running, k)
    dialog = running.window.keys_dialog
    assert isinstance(dialog, KeysDialog)
    running.qtbot.waitUntil(dialog.isVisible)
    shown = [keys for _label, keys in dialog.rows]
    for expected in ("Space", "→ or N", "← or P", "R", "E", "W", "X", "F1 or ?", "Esc"):
        assert expected in shown
    dialog.reject()


def test_keys_are_off_outside_a_session(app: App) -> None:
    key(app, Qt.Key.Key_Space)
    assert app.window.stack.currentWidget() is app.window.library_view
    assert app.window.driver is None


def test_escape_asks_while_paused_and_keep_going_resumes(running: App) -> None:
    key(running, Qt.Key.Key_Escape)
    box = running.window.controls.stop_box
    assert box is not None
    running.qtbot.waitUntil(box.isVisible)
    assert running.session.state is State.PAUSED
    keep = next(b for b in box.buttons() if b.text() == "Keep going")
    running.qtbot.mouseClick(keep, Qt.MouseButton.LeftButton)
    assert running.session.state is State.RUNNING


def test_escape_then_enter_ends_the_session_and_shows_the_finish(running: App) -> None:
    key(running, Qt.Key.Key_Escape)
    box = running.window.controls.stop_box
    assert box is not None
    running.qtbot.waitUntil(box.isVisible)
    running.qtbot.keyClick(box, Qt.Key.Key_Return)
    assert running.session.state is State.STOPPED
    fv = running.window.finish_view
    assert running.window.stack.currentWidget() is fv
    assert fv.heading.text() == "Session stopped"
    assert "stopped part-way" in fv.skipped_label.text()
    assert not running.timers.active()


def _pain(app: App):
    key(app, Qt.Key.Key_X)
    dialog = app.window.controls.pain_dialog
    assert dialog is not None
    app.qtbot.waitUntil(dialog.isVisible)
    return dialog


def test_pain_button_pauses_hushes_and_says_ease_out(running: App) -> None:
    stops_before = len(running.speaker.stops)
    dialog = _pain(running)
    assert running.session.state is State.PAUSED
    assert len(running.speaker.stops) > stops_before
    assert running.speaker.texts[-1] == running.window.catalog.cues.pain
    assert "Ease out of the stretch slowly" in dialog.heading.text()
    dialog.continue_button.click()


def test_pain_then_skip_moves_on_and_records_pain(running: App) -> None:
    dialog = _pain(running)
    running.qtbot.mouseClick(dialog.skip_button, Qt.MouseButton.LeftButton)
    assert running.session.index == 3 and running.session.state is State.RUNNING
    assert running.session.summary().records[2].outcome is Outcome.PAIN


def test_pain_then_end_stops_with_pain(running: App) -> None:
    dialog = _pain(running)
    running.qtbot.mouseClick(dialog.end_button, Qt.MouseButton.LeftButton)
    assert running.session.state is State.STOPPED
    assert running.window.finish_view.heading.text() == "Session ended: take it easy"
    assert "stopped for pain" in running.window.finish_view.skipped_label.text()


def test_pain_then_continue_resumes(running: App) -> None:
    dialog = _pain(running)
    running.qtbot.mouseClick(dialog.continue_button, Qt.MouseButton.LeftButton)
    assert running.session.state is State.RUNNING and running.session.index == 2
    # "Let's continue", then the coach repeats the instruction the pause cut off.
    assert running.window.catalog.cues.resume in running.speaker.texts[-2:]


def _face_colour(widget: QWidget) -> QColor:
    """The colour covering most of a widget as it is drawn (its face, not its text)."""
    image = widget.grab().toImage()
    counts = Counter(
        image.pixel(x, y) for x in range(0, image.width(), 2) for y in range(0, image.height(), 2)
    )
    return QColor.fromRgb(counts.most_common(1)[0][0])


def test_the_pain_button_is_red_and_clickable(running: App) -> None:
    button = running.window.session_view.pain_button
    assert button.text() == "Sharp pain: ease out"
    face = _face_colour(button)
    assert face.hslHue() in range(0, 15) or face.hslHue() in range(345, 360), face.name()
    assert face.hslSaturation() > 150 and 60 < face.lightness() < 160, face.name()
    running.qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert running.session.state is State.PAUSED
    running.window.controls.pain_dialog.reject()
    assert running.session.state is State.PAUSED  # closing decides nothing


def test_coach_speaks_the_cues(app: App) -> None:
    app.start("desk-break")
    app.run_for(90.0)  # the briefing, the seated warm-up, into the first hold
    texts = app.speaker.texts
    cues = app.window.catalog.cues
    assert any("Stay seated" in t for t in texts)
    assert cues.hold_start in texts
    assert any("left" in t.lower() for t in texts)


def test_no_window_is_left_modal_after_the_tests(running: App) -> None:
    assert QApplication.activeModalWidget() is None


def _sentences(text: str) -> list[str]:
    return [s.strip().lower() for s in text.replace("\n", " ").split(".") if s.strip()]


def test_the_pain_flow_says_each_thing_once_and_calmly(running: App) -> None:
    dialog = _pain(running)
    banner = running.window.session_view.notice.label.text()
    shown = f"{dialog.heading.text()}. {dialog.body.text()}"
    # Ease out: said once, by the dialog; the banner says what to do if the pain stays.
    assert shown.lower().count("ease out") == 1
    assert "ease out" not in banner.lower()
    assert "persists" in banner and "doctor or physiotherapist" in banner
    sentences = _sentences(banner) + _sentences(shown)
    assert len(sentences) == len(set(sentences)), "a sentence is said twice"
    assert all(len(s.split()) <= 14 for s in sentences), "short sentences"
    assert "!" not in banner + shown  # calm
    dialog.continue_button.click()
    # The advice stays on screen after the choice, for whoever needs it later.
    assert running.window.session_view.notice.isVisible()


def test_f1_and_question_mark_show_the_keys_in_the_library(app: App) -> None:
    app.window.library_actions.fill()  # done right after the first frame
    for k in (Qt.Key.Key_F1, Qt.Key.Key_Question):
        key(app, k)
        dialog = app.window.keys_dialog
        assert isinstance(dialog, KeysDialog)
        app.qtbot.waitUntil(dialog.isVisible)
        assert ("Show these keys", "F1 or ?") in dialog.rows
        dialog.reject()
    assert app.window.stack.currentWidget() is app.window.library_view
    assert app.window._session_view is None  # the session screen was not built for it


def test_help_keys_shows_its_shortcut_in_the_menu(app: App) -> None:
    action = app.window.library_actions.actions["keys"]
    assert action.shortcut().toString() == "F1"  # what the menu shows beside "Keys"
    assert [s.toString() for s in action.shortcuts()] == ["F1", "?"]
    help_menu = next(a.menu() for a in app.window.menuBar().actions() if a.text() == "&Help")
    assert action in help_menu.actions()


def test_the_keys_button_opens_the_keys(running: App) -> None:
    running.qtbot.mouseClick(running.window.session_view.keys_button, Qt.MouseButton.LeftButton)
    dialog = running.window.keys_dialog
    assert dialog is not None
    running.qtbot.waitUntil(dialog.isVisible)
    dialog.reject()

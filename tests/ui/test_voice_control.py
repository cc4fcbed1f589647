"""Voice control in the window's terms: a heard word presses the key's action, the app's own
speech is never obeyed, and a recogniser that fails turns voice off with a notice."""

from __future__ import annotations

import json
import sys

import pytest
from PySide6.QtCore import QObject, Signal

from stretchguide.core.session import State
from stretchguide.core.settings import AppSettings, VoiceSettings
from stretchguide.ui.translations import install_language
from stretchguide.ui.voice_control import TAIL_S, VoiceControl
from stretchguide.ui.voice_indicator import LISTENING, VoiceIndicator
from stretchguide.voice.commands import BY_NAME
from tests.ui.conftest import App, make_app


class Clock:
    def __init__(self) -> None:
        self.t = 100.0

    def now(self) -> float:
        return self.t


def make(state: State | None = State.RUNNING, program: list[str] | None = None):
    pressed: list[str] = []
    clock = Clock()
    box = {"state": state}
    control = VoiceControl(pressed.append, lambda: box["state"], program=program, now=clock.now)
    return control, pressed, clock, box


def line(name: str, ago: float = 0.1, length: float = 0.5) -> str:
    return json.dumps({"heard": name, "text": name, "ago_s": ago, "length_s": length})


def test_each_word_presses_its_keys_action() -> None:
    control, pressed, _, _ = make()
    control.handle_line(line("next"))
    control.handle_line(line("longer"))
    control.handle_line(line("pain"))
    control.handle_line(line("stop"))
    assert pressed == ["next", "extend", "pain", "stop"]


def test_pause_only_pauses_and_go_on_only_resumes() -> None:
    control, pressed, _, box = make(State.RUNNING)
    control.handle_line(line("resume"))  # already running: "go on" must not pause it
    assert pressed == []
    control.handle_line(line("pause"))
    assert pressed == ["toggle"]
    box["state"] = State.PAUSED
    control.handle_line(line("pause"))  # already paused: "pause" must not resume it
    control.handle_line(line("resume"))
    assert pressed == ["toggle", "toggle"]


def test_what_overlaps_the_apps_own_speech_is_ignored() -> None:
    control, pressed, clock, _ = make()
    control.speech_started("Breathe out.")
    clock.t += 1.0
    control.handle_line(line("pause"))  # said (or heard) while the coach spoke
    clock.t += 1.0
    control.speech_finished("Breathe out.")
    clock.t += TAIL_S / 2
    control.handle_line(line("pause", ago=0.0, length=0.3))  # began inside the tail
    assert pressed == []
    clock.t += 2.0
    control.handle_line(line("pause"))
    assert pressed == ["toggle"]


def test_the_indicator_flashes_the_word_then_listens_again(qtbot) -> None:
    indicator = VoiceIndicator()
    qtbot.addWidget(indicator)
    indicator.set_listening(True)
    assert indicator.text() == LISTENING
    indicator.flash("next")
    assert BY_NAME["next"].phrases[0] in indicator.text()
    indicator.set_listening(False)
    assert indicator.isHidden()


def test_an_error_line_turns_voice_off_with_a_notice(qtbot) -> None:
    control, _, _, _ = make()
    with qtbot.waitSignal(control.notice) as notice:
        control.handle_line(json.dumps({"error": "No microphone: no source."}))
    assert "No microphone" in notice.args[0] and "off" in notice.args[0]
    assert not control.active and control.failed


def test_a_killed_recogniser_gives_a_notice_and_nothing_else_changes(qtbot) -> None:
    program = [
        sys.executable,
        "-c",
        "import sys; print('{\"ready\": true}', flush=True); sys.stdin.read()",
    ]
    control, pressed, _, _ = make(program=program)
    with qtbot.waitSignal(control.listening, timeout=10_000) as ready:
        control.start()
    assert ready.args == [True]
    with qtbot.waitSignal(control.notice, timeout=10_000) as notice:
        control.process.kill()
    assert "recogniser ended" in notice.args[0]
    assert pressed == [] and not control.active


def test_the_recogniser_is_told_when_the_app_speaks(qtbot, tmp_path) -> None:
    """It decodes nothing while the app speaks (``voice.worker``): the GUI says when that is,
    also when the app was already speaking as the recogniser started."""
    told = tmp_path / "told.txt"
    program = [
        sys.executable,
        "-c",
        "import sys; print('{\"ready\": true}', flush=True)\n"
        f"with open({str(told)!r}, 'a') as f:\n"
        "    for line in sys.stdin: f.write(line); f.flush()",
    ]
    control, _, _, _ = make(program=program)
    control.speech_started("Get ready.")
    with qtbot.waitSignal(control.listening, timeout=10_000):
        control.start()
    control.speech_finished("Get ready.")
    control.speech_started("Breathe in.")

    def lines() -> list[str]:
        return told.read_text().splitlines() if told.exists() else []

    qtbot.waitUntil(lambda: len(lines()) == 3, timeout=10_000)
    assert lines() == ["speaking", "quiet", "speaking"]
    control.stop()


def test_a_missing_program_gives_a_notice(qtbot) -> None:
    control, _, _, _ = make(program=["/nonexistent/stretchguide-voice"])
    with qtbot.waitSignal(control.notice, timeout=10_000) as notice:
        control.start()
    assert "could not start" in notice.args[0]


# ---- in the real window (fake clock, fake speaker, a stand-in recogniser process) -------------

LISTENS = [
    sys.executable,
    "-c",
    "import sys; print('{\"ready\": true}', flush=True); sys.stdin.read()",
]


@pytest.fixture
def voiced(qtbot, tmp_path) -> App:
    app = make_app(qtbot, tmp_path, settings=AppSettings(voice=VoiceSettings(enabled=True)))
    app.window.voice.control._program = LISTENS
    yield app
    app.window.voice.stop()


def test_off_by_default_no_recogniser_runs(app: App) -> None:
    app.start("desk-break")
    assert not app.window.voice.control.active


def test_spoken_words_drive_the_session_like_keys(voiced: App) -> None:
    voiced.start("desk-break")
    voice = voiced.window.voice
    assert voice.control.active
    assert "Voice control is on" in voiced.window.session_view.notice.label.text()
    voiced.run_for(20.0)
    index = voiced.session.index
    voiced.clock.advance(5.0)  # the coach's last words ended a while ago
    voice.control.speech_finished()
    voiced.clock.advance(2.0)
    voice.control.handle_line(line("pause"))
    assert voiced.session.state is State.PAUSED
    assert voice.indicator is not None and "pause" in voice.indicator.text()
    voice.control.handle_line(line("resume"))
    assert voiced.session.state is State.RUNNING
    voice.control.handle_line(line("next"))
    assert voiced.session.index == index + 1


def test_the_recogniser_stops_when_the_session_ends(voiced: App) -> None:
    voiced.start("desk-break")
    assert voiced.window.voice.control.active
    voiced.driver.stop()
    assert not voiced.window.voice.control.active


def test_a_heard_pause_is_confirmed_in_the_coaching_language(voiced: App) -> None:
    voiced.start("desk-break")
    voice = voiced.window.voice
    voiced.run_for(20.0)
    voiced.clock.advance(5.0)
    voice.control.speech_finished()
    voiced.clock.advance(2.0)
    try:
        install_language("de")
        voice.control.handle_line(line("pause"))
    finally:
        install_language("en")
    assert voiced.session.state is State.PAUSED
    assert voiced.speaker.texts[-1] == "Pausiert."


class _SpeakingSpeaker(QObject):
    """A Qt speaker that is in the middle of a cue when voice control hooks up to it."""

    started = Signal(str)
    finished = Signal(str)

    def playing(self) -> str | None:
        return "We start in a moment."


def test_a_cue_already_playing_when_voice_starts_is_the_apps_own(voiced: App) -> None:
    """``play`` starts the session, and says its first cue, before voice control is hooked up:
    that cue was heard as "okay, stop" and stopped the session. Now the hookup asks the
    speaker what it is playing, and a word heard during it is ignored until it ends."""
    voice = voiced.window.voice
    speaker = _SpeakingSpeaker()
    voice.follow_speech(speaker)
    voiced.start("desk-break")
    voice.control.handle_line(line("stop"))
    assert voiced.session.state is not State.FINISHED and voiced.driver is not None
    assert voice.control.overlaps_own_speech(voiced.clock.now(), voiced.clock.now())
    speaker.finished.emit("We start in a moment.")
    voiced.clock.advance(TAIL_S + 1.0)
    assert not voice.control.overlaps_own_speech(voiced.clock.now(), voiced.clock.now())

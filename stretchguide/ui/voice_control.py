"""Voice control in the GUI: runs the recogniser process and turns what it hears into key presses.

The recogniser (``stretchguide.voice.worker``) runs in its own process, started with a
``QProcess``: its lines arrive through ``readyReadStandardOutput``, so the GUI never waits on
it. A heard command triggers the SAME ``QAction`` its key does (``SessionControls.actions``),
so voice has no command route of its own: a disabled action (no session on screen) does nothing.

It does not hear itself: the process is told when the app speaks ("speaking" and "quiet" lines
on its standard input) and decodes nothing then, and a command whose utterance still overlaps
the app's own speech (from the speaker's ``started`` to its ``finished`` plus ``tail_s``) is
ignored here. If the process cannot
start, exits or dies, voice control turns off with a notice and the session goes on.

Nothing heard is stored or sent anywhere: the worker keeps samples in memory only while it
decodes them, and this class sees only command names.
"""

from __future__ import annotations

import json
import logging
import sys
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QProcess, Signal

from stretchguide.core.session import State
from stretchguide.ui.translations import translate
from stretchguide.ui.voice_indicator import VoiceIndicator
from stretchguide.voice.commands import BY_NAME, COMMANDS, VoiceCommand
from stretchguide.voice.recogniser import OWN_SPEECH_TAIL_S

log = logging.getLogger("stretchguide.voice")

#: After the app stops speaking, its echo and the audio server's buffer still reach the
#: microphone for a moment: commands that ended this soon after are ignored too.
TAIL_S = OWN_SPEECH_TAIL_S


class VoiceControl(QObject):
    """Listens while on; each command heard triggers the matching key's action.

    Signals:
        listening(bool): the recogniser is (no longer) running.
        heard(str): a command was acted on (its name), for the indicator to flash.
        notice(str): a problem, in words for the person (voice control is then off).
    """

    listening = Signal(bool)
    heard = Signal(str)
    notice = Signal(str)

    def __init__(
        self,
        trigger: Callable[[str], None],
        state: Callable[[], State | None],
        *,
        program: list[str] | None = None,
        now: Callable[[], float] = time.monotonic,
        tail_s: float = TAIL_S,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._trigger = trigger
        self._state = state
        self._program = program or [sys.executable, "-m", "stretchguide.voice.worker"]
        self._now = now
        self._tail_s = tail_s
        self._speaking_since: float | None = None
        self._spoke_until = -1.0
        self._stopping = False
        self.failed = False  # after a failure it stays off until the app restarts
        self._buffer = b""
        self.process: QProcess | None = None

    # ---- lifecycle --------------------------------------------------------------------------
    def start(self) -> None:
        """Start listening (does nothing if already on)."""
        if self.process is not None:
            return
        self._stopping = False
        proc = QProcess(self)
        proc.setProcessChannelMode(QProcess.ProcessChannelMode.SeparateChannels)
        proc.readyReadStandardOutput.connect(self._read)
        proc.errorOccurred.connect(self._on_error)
        proc.finished.connect(self._on_finished)
        self.process = proc
        proc.start(self._program[0], self._program[1:])

    def stop(self) -> None:
        """Stop listening and end the process at once."""
        proc, self.process = self.process, None
        self._stopping = True
        if proc is not None:
            proc.kill()
            proc.waitForFinished(500)
            proc.deleteLater()
        self.listening.emit(False)

    @property
    def active(self) -> bool:
        return self.process is not None

    # ---- the app's own speech ----------------------------------------------------------------
    def speech_started(self, _text: str = "") -> None:
        self._speaking_since = self._now()
        self._tell(b"speaking\n")

    def speech_finished(self, _text: str = "") -> None:
        self._speaking_since = None
        self._spoke_until = self._now()
        self._tell(b"quiet\n")

    def _tell(self, line: bytes) -> None:
        """Let the recogniser process know (it decodes nothing while the app speaks)."""
        proc = self.process
        if proc is not None and proc.state() is QProcess.ProcessState.Running:
            proc.write(line)

    def overlaps_own_speech(self, start: float, end: float) -> bool:
        """Whether an utterance heard from ``start`` to ``end`` (monotonic s) met our speech."""
        if self._speaking_since is not None and self._speaking_since <= end:
            return True
        return start <= self._spoke_until + self._tail_s

    # ---- what the process says ---------------------------------------------------------------
    def handle_line(self, line: str) -> None:
        """One JSON line from the worker (public so tests can feed lines without a process)."""
        try:
            message = json.loads(line)
        except ValueError:
            log.warning("voice: unreadable line %r", line[:80])
            return
        if message.get("ready"):
            if self._speaking_since is not None:  # it started while the app was speaking
                self._tell(b"speaking\n")
            self.listening.emit(True)
        elif "error" in message:
            if "detail" in message:
                log.warning("voice control: %s (%s)", message["error"], message["detail"])
            self._fail(str(message["error"]))
        elif "heard" in message:
            command = BY_NAME.get(str(message["heard"]))
            if command is None:
                return
            log.info("voice: heard %s", command.name)
            end = self._now() - float(message.get("ago_s", 0.0))
            start = end - float(message.get("length_s", 0.0))
            if self.overlaps_own_speech(start, end):
                log.info("voice: ignored %s (the app was speaking)", command.name)
                return
            self.act(command)

    def act(self, command: VoiceCommand) -> bool:
        """Trigger the key's action for ``command``; False if it does not apply now."""
        state = self._state()
        if command.name == "pause" and state is not State.RUNNING:
            return False
        if command.name == "resume" and state is not State.PAUSED:
            return False
        log.info("voice: acted on %s", command.name)
        self._trigger(command.action)
        self.heard.emit(command.name)
        return True

    def _read(self) -> None:
        proc = self.process
        if proc is None:
            return
        self._buffer += bytes(proc.readAllStandardOutput().data())
        *lines, self._buffer = self._buffer.split(b"\n")
        for raw in lines:
            if raw.strip():
                self.handle_line(raw.decode(errors="replace"))

    def _on_error(self, error: QProcess.ProcessError) -> None:
        if error is QProcess.ProcessError.FailedToStart:
            self._fail(translate("VoiceControl", "Voice control could not start its recogniser."))

    def _on_finished(self, _code: int, _status: QProcess.ExitStatus) -> None:
        if not self._stopping:
            self._fail(translate("VoiceControl", "Voice control stopped: the recogniser ended."))

    def _fail(self, reason: str) -> None:
        if self._stopping:
            return
        proc, self.process = self.process, None
        self._stopping = True
        self.failed = True
        if proc is not None:
            proc.kill()
            proc.waitForFinished(500)  # killed (or already exiting): a few ms, reaped here
            proc.deleteLater()
        self.listening.emit(False)
        reason = reason.strip().rstrip(".")
        self.notice.emit(
            translate(
                "VoiceControl", "{reason}. Voice control is off; keys and buttons work as before."
            ).format(reason=reason)
        )


class VoiceHookup(QObject):
    """Plugs voice control into the main window with a few lines there.

    It listens only while a session is on screen and voice control is on in the settings (or
    ``play --voice``): the microphone is closed in the library. It adds the indicator to the
    session view, explains the words the first time it listens, and says "Paused." after a
    spoken pause when confirmations are on.
    """

    def __init__(self, window: Any, program: list[str] | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.control = VoiceControl(
            self._trigger, self._state, program=program, now=window.clock.now, parent=self
        )
        self.indicator: VoiceIndicator | None = None
        self._explained = False
        self._speaker: Any = None
        self.control.heard.connect(self._confirm)
        self.control.notice.connect(self._notice)
        window.sessionChanged.connect(self.follow)

    def follow(self) -> None:
        """Listen exactly while voice control is on and a session is on screen."""
        window = self.window
        wanted = window.settings.voice.enabled and window.session_active()
        if wanted and not self.control.active and not self.control.failed:
            self._begin()
        elif not wanted and self.control.active:
            self.control.stop()

    def stop(self) -> None:
        self.control.stop()

    def _begin(self) -> None:
        window = self.window
        if self.indicator is None:
            self.indicator = VoiceIndicator()
            window.session_view.layout().insertWidget(0, self.indicator)
            self.control.listening.connect(self.indicator.set_listening)
            self.control.heard.connect(self.indicator.flash)
        speaker = window.speaker
        if speaker is not self._speaker:
            self._speaker = speaker
            self.follow_speech(speaker)
        self.control.start()
        if not self._explained:
            self._explained = True
            words = ", ".join(c.shown for c in COMMANDS)
            window.session_view.show_notice(
                translate(
                    "VoiceControl",
                    "Voice control is on. Say: {words}. F1 lists them. Nothing heard is kept.",
                ).format(words=words)
            )

    def follow_speech(self, speaker: Any) -> None:
        """Know when ``speaker`` speaks (its ``started`` and ``finished``), from now on and now:
        ``play`` starts the session, and its first cue, before this hookup exists, and a cue
        already playing when voice control starts would be taken for the person's words (it
        was: "We start in a moment" heard as "okay, stop")."""
        started = getattr(speaker, "started", None)
        finished = getattr(speaker, "finished", None)
        if started is None or finished is None:  # a speaker that does not say (tests' fakes)
            return
        started.connect(self.control.speech_started)
        finished.connect(self.control.speech_finished)
        playing = getattr(speaker, "playing", None)
        if playing is not None and (text := playing()):
            self.control.speech_started(text)

    def _trigger(self, action: str) -> None:
        self.window.controls.actions[action].trigger()

    def _state(self) -> State | None:
        driver = self.window.driver
        return driver.session.state if driver is not None else None

    def _confirm(self, name: str) -> None:
        # Only a pause is confirmed: every other command is heard in what the coach says next.
        # Said in the coaching's language, though the words themselves are English.
        if name == "pause" and name in BY_NAME and self.window.settings.voice.confirm:
            self.window.say(translate("VoiceControl", "Paused."))

    def _notice(self, text: str) -> None:
        self.window.session_view.show_notice(text)

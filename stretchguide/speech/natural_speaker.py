"""The app's speaker: the natural (neural) voice first, the system voice wherever it cannot be.

Two render-ahead lanes, each a ``Pyttsx3Speaker`` (a render worker process + a player process;
see ``pyttsx3_speaker.py``) with its own engine:

* **natural**: hibari's bundled voice (``neural_engine.py``), in its own worker process, so the
  GUI process never imports onnxruntime. Used when ``SpeechSettings.engine`` is ``natural``
  (the default).
* **system**: pyttsx3 (eSpeak NG, SAPI5, NSSpeechSynthesizer). The engine when the person
  chooses it (any language their system speaks), when the natural voice cannot load (not
  installed, model missing or corrupt: a notice says so, once), and the *per-cue fallback*:
  a cue whose natural rendering is not ready when it falls due is spoken by the system voice
  (eSpeak renders a cue in ~20 ms) rather than late, and the natural rendering is queued next so
  the cue sounds natural the next time.

Durations (``utterance_seconds``) are the natural rendering's once it exists, so the timeline's
countdowns start after the instruction as the person hears it.

Both lanes' workers end when idle (``Pyttsx3Speaker.idle_exit_s``) and restart when needed.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from stretchguide.core.settings import ENGINE_NATURAL, NATURAL_VOICES, SpeechSettings

from . import notices
from .engine import DEFAULT_ENGINE, NEURAL_ENGINE
from .player import Player, default_player
from .pyttsx3_speaker import IDLE_EXIT_S, Pyttsx3Speaker

log = logging.getLogger("stretchguide.speech")

PlayerFactory = Callable[[], Player | None]

#: The languages the natural voice speaks: hibari 0.2.1's five voices are all English
#: (en-US, en-GB; ``hibari/assets/voices.json``) and its phonemizer reads English only.
NATURAL_LANGUAGES = frozenset({"en"})


class NaturalSpeaker(QObject):
    started = Signal(str)
    finished = Signal(str)
    notice = Signal(str)
    voices_changed = Signal()
    durations_ready = Signal()

    def __init__(
        self,
        settings: SpeechSettings | None = None,
        *,
        cache_dir: Path | None = None,
        natural_engine: str = NEURAL_ENGINE,
        system_engine: str = DEFAULT_ENGINE,
        player_factory: PlayerFactory = default_player,
        probe_audio: bool = True,
        idle_exit_s: float = IDLE_EXIT_S,
        render_timeout_s: float = 10.0,
        start_timeout_s: float = 30.0,
        language: str = "en",
        parent: QObject | None = None,
    ) -> None:
        """Start the lanes the settings need; returns at once (the workers start in the
        background).

        Args:
            natural_engine, system_engine: ``"module:callable"`` engine names (tests inject
                engines that fail in the worker process).
            player_factory: makes one player per lane (each lane stops its own sound).
            language: the coaching's language. The natural voice speaks English only
                (``NATURAL_LANGUAGES``): in any other language the system voice speaks,
                with a voice of that language, and no notice (nothing is wrong).
        """
        super().__init__(parent)
        self._settings = (settings or SpeechSettings()).clamped()
        self._lane_args = {
            "cache_dir": cache_dir,
            "idle_exit_s": idle_exit_s,
            "render_timeout_s": render_timeout_s,
            "start_timeout_s": start_timeout_s,
        }
        self._natural_engine = natural_engine
        self._language = language
        self._player_factory = player_factory
        self._natural_failed = False
        self._prepared: list[str] = []
        self._background: list[str] = []
        self._waiting_durations = False
        self._shown: set[str] = set()
        self._system = self._make_lane(system_engine, self._settings, probe_audio)
        self._system.durations_ready.connect(self._on_system_durations)
        self._natural: Pyttsx3Speaker | None = None
        if self._wants_natural(self._settings):
            self._start_natural()
            # The per-cue fallback must be quick: have eSpeak loaded before the first cue.
            self._system.warm()

    def _make_lane(
        self, engine: str, settings: SpeechSettings, probe: bool, natural: bool = False
    ) -> Pyttsx3Speaker:
        lane = Pyttsx3Speaker(
            settings,
            engine=engine,
            player=self._player_factory(),
            probe_audio=probe,
            announce_off=not natural,
            # The natural lane's voice is a natural voice id, never a language's system voice.
            language="" if natural else self._language,
            parent=self,
            **self._lane_args,  # type: ignore[arg-type]
        )
        lane.started.connect(self.started)
        lane.finished.connect(self.finished)
        lane.notice.connect(self._forward_notice)
        lane.voices_changed.connect(self.voices_changed)
        return lane

    def _forward_notice(self, text: str) -> None:
        """Both lanes may hit the same problem (no audio player): say it once."""
        if text not in self._shown:
            self._shown.add(text)
            self.notice.emit(text)

    def _wants_natural(self, settings: SpeechSettings) -> bool:
        return (
            settings.enabled
            and settings.engine == ENGINE_NATURAL
            and self._language in NATURAL_LANGUAGES
            and not self._natural_failed
        )

    @staticmethod
    def _natural_settings(settings: SpeechSettings) -> SpeechSettings:
        return settings._replace(voice=settings.natural_voice)

    def _start_natural(self) -> None:
        lane = self._make_lane(
            self._natural_engine, self._natural_settings(self._settings), probe=False, natural=True
        )
        lane.engine_off.connect(self._on_natural_off)
        lane.durations_ready.connect(self._on_natural_durations)
        self._natural = lane
        if self._prepared:
            lane.prepare(self._prepared)
        if self._background:
            lane.prepare_background(self._background)

    def _stop_natural(self) -> None:
        lane, self._natural = self._natural, None
        if lane is not None:
            lane.shutdown()
            lane.deleteLater()

    def _on_natural_off(self, detail: str) -> None:
        """The natural voice cannot work here: the system voice speaks from now on."""
        self._natural_failed = True
        self._forward_notice(notices.natural_voice_unavailable(detail))
        self._stop_natural()
        self._system.prepare(self._prepared)
        self._on_natural_durations()

    @property
    def natural_active(self) -> bool:
        """True while the natural voice is the one speaking (diagnostics, the settings)."""
        return self._natural is not None

    # -- the Speaker protocol ------------------------------------------------------------------
    @property
    def available(self) -> bool:
        return self._system.available or (self._natural is not None and self._natural.available)

    def say(self, text: str) -> None:
        natural = self._natural
        if natural is None:
            self._system.say(text)
            return
        if natural.cached_path(text) is not None:
            self._system.stop()
            natural.say(text)
            return
        # Not ready: the system voice says it now (rendered in ~20 ms), and the natural voice
        # renders it next, for the next time.
        log.info("natural voice not ready for %r: the system voice says it", text[:40])
        natural.stop()
        self._system.say(text)
        natural.render_soon(text)

    def stop(self) -> None:
        if self._natural is not None:
            self._natural.stop()
        self._system.stop()

    def playing(self) -> str | None:
        """The cue playing now, in either voice, if any (``Pyttsx3Speaker.playing``)."""
        natural = self._natural.playing() if self._natural is not None else None
        return natural or self._system.playing()

    def utterance_seconds(self, text: str) -> float:
        natural = self._natural
        if natural is not None:
            if natural.cached_path(text) is None and self._system.cached_path(text) is not None:
                return self._system.utterance_seconds(text)
            return natural.utterance_seconds(text)
        return self._system.utterance_seconds(text)

    def prepare(self, texts: Iterable[str]) -> None:
        self._prepared = list(texts)
        self._waiting_durations = True
        if self._natural is not None:
            self._natural.prepare(self._prepared)
        else:
            self._system.prepare(self._prepared)

    def prepare_background(self, texts: Iterable[str]) -> None:
        """Render ``texts`` (every built-in routine's cues) after the prepared ones."""
        self._background = list(texts)
        if self._natural is not None:
            self._natural.prepare_background(self._background)

    def apply(self, settings: SpeechSettings) -> None:
        settings = settings.clamped()
        old, self._settings = self._settings, settings
        if settings.enabled and not old.enabled:
            self._natural_failed = False  # off and on again: try the natural voice again
            self._shown.clear()
        self._system.apply(settings)
        if self._wants_natural(settings):
            if self._natural is None:
                self._start_natural()
            else:
                self._natural.apply(self._natural_settings(settings))
        else:
            self._stop_natural()
            if self._prepared:
                self._system.prepare(self._prepared)
        if settings.engine != old.engine:
            self.voices_changed.emit()

    def set_language(self, language: str) -> None:
        """Coach in ``language`` from the next cue on: the natural voice where it speaks it,
        else the system voice in that language."""
        if language == self._language:
            return
        self._language = language
        self._system.set_language(language)
        if self._wants_natural(self._settings):
            if self._natural is None:
                self._start_natural()
        elif self._natural is not None:
            self._stop_natural()
            if self._prepared:
                self._system.prepare(self._prepared)

    @property
    def language(self) -> str:
        return self._language

    def voices(self) -> list[tuple[str, str]]:
        """The voices of the chosen engine."""
        if self._settings.engine == ENGINE_NATURAL:
            natural = self._natural.voices() if self._natural is not None else []
            return natural or list(NATURAL_VOICES)
        return self._system.voices()

    def system_voices(self) -> list[tuple[str, str]]:
        return self._system.voices()

    def shutdown(self) -> None:
        self._stop_natural()
        self._system.shutdown()

    # -- extras ----------------------------------------------------------------------------------
    @property
    def settings(self) -> SpeechSettings:
        return self._settings

    def worker_pids(self) -> list[int]:
        """Process ids of the running render workers (diagnostics and tests)."""
        lanes = [self._natural, self._system]
        return [pid for lane in lanes if lane is not None and (pid := lane.worker_pid)]

    @property
    def natural_lane(self) -> Pyttsx3Speaker | None:
        return self._natural

    @property
    def system_lane(self) -> Pyttsx3Speaker:
        return self._system

    def cached_path(self, text: str) -> Path | None:
        lane = self._natural or self._system
        return lane.cached_path(text)

    def _on_natural_durations(self) -> None:
        if self._waiting_durations:
            self._waiting_durations = False
            self.durations_ready.emit()

    def _on_system_durations(self) -> None:
        if self._natural is None:
            self._on_natural_durations()

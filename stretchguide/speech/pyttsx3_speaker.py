"""Real speech: pyttsx3 renders cues to WAV files in a worker process; a player process plays them.

Design ("render ahead, play a file"), and why:

* pyttsx3 on Linux plays with a blocking ``aplay`` that ``stop()`` cannot interrupt, and any
  engine can hang or crash inside C code. So the engine lives in a spawned worker process
  (``worker.py``) that only ever *renders* (``save_to_file``). It can be SIGKILLed at any time.
* Rendered files are cached on disk by a hash of (engine, voice, rate, volume, text), so a
  routine's cues are rendered once, ``prepare()`` renders a whole routine ahead, and a cue's
  length is exact (WAV frames / rate) before it is ever played: the timeline can start a hold's
  countdown right after its instruction ends.
* Playback is a ``paplay``/``aplay`` process in its own process group (``player.py``):
  starting is a ``Popen`` (a few ms), stopping is ``os.killpg`` (instant). QtMultimedia would do
  the same but is not part of PySide6-Essentials.
* The GUI thread never waits: requests go down a pipe one at a time, replies come back through a
  reader thread into a queue, and a 10 ms ``QTimer`` (running only while there is work) drains it,
  enforces the render timeout and notices the player finishing.

Faults: an engine that cannot start (no eSpeak NG library) turns speech off with a notice; one
that raises, hangs (no reply within ``render_timeout_s``) or dies is killed and restarted for the
next cue, with a notice; after ``max_failures`` failures in a row speech turns off with a notice.
No audio player or a failing audio output gives a notice and the session goes on silently. Each
distinct notice text is emitted once. Nothing hangs on exit: ``shutdown()`` SIGKILLs the worker
and the player (< 5 ms); without it the worker, a daemon process, is ended by multiprocessing's
exit handler and the player by ``player.py``'s.

Signals:
    started(str): a cue started playing.
    finished(str): a cue stopped playing, whether it ended or was cut.
    notice(str): a speech problem, in words for the person, with the fix.
    voices_changed(): ``voices()`` has (new) content.
    durations_ready(): everything asked for by ``prepare()`` is rendered (or failed), so
        ``utterance_seconds`` is now exact for those texts.
"""

from __future__ import annotations

import itertools
import logging
import time
import wave
from collections import OrderedDict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal, SignalInstance

from stretchguide.core.settings import SpeechSettings
from stretchguide.core.utterance import estimate_seconds

from . import notices
from .cache import cache_key, default_cache_dir, wav_seconds
from .engine import DEFAULT_ENGINE
from .player import Player, default_player
from .voice_choice import voice_request
from .worker import WorkerHandle

log = logging.getLogger("stretchguide.speech")

TICK_MS = 10
IDLE_EXIT_S = 60.0
PROBE_FILE = "probe-silence.wav"


@dataclass
class _Job:
    key: str
    text: str
    settings: SpeechSettings
    id: int = 0
    tries: int = 0


class Pyttsx3Speaker(QObject):
    started = Signal(str)
    finished = Signal(str)
    notice = Signal(str)
    voices_changed = Signal()
    durations_ready = Signal()
    #: The engine cannot work (missing, cannot start, failed too often): the notice's text.
    engine_off = Signal(str)

    def __init__(
        self,
        settings: SpeechSettings | None = None,
        *,
        cache_dir: Path | None = None,
        engine: str = DEFAULT_ENGINE,
        player: Player | bool | None = True,
        render_timeout_s: float = 5.0,
        start_timeout_s: float = 20.0,
        max_failures: int = 3,
        probe_audio: bool = True,
        idle_exit_s: float = IDLE_EXIT_S,
        announce_off: bool = True,
        language: str = "",
        parent: QObject | None = None,
    ) -> None:
        """Start the worker (if speech is on) and check the audio output; returns at once.

        Args:
            engine: ``"module:callable"`` building the engine inside the worker (tests inject
                engines that raise or hang in the child process).
            player: a ``Player``; ``True`` picks the machine's default; ``None`` means none.
            probe_audio: play 50 ms of silence at start so a broken output is reported before
                the first cue.
            idle_exit_s: end the worker after this long with nothing to render (an engine
                holds memory: ~190 MB for the natural voice); it restarts on the next render.
            announce_off: show a notice when the engine turns off (``engine_off`` is emitted
                either way; a speaker with a fallback voice says it in its own words).
            language: the coaching's language: the engine speaks it with a voice of that
                language (``voice_choice``), the person's own if it speaks it. Empty: the
                voice as set, whatever its language (the natural voice's lane).
        """
        super().__init__(parent)
        self._settings = (settings or SpeechSettings()).clamped()
        self._cache_dir = Path(cache_dir) if cache_dir is not None else default_cache_dir()
        self._engine_spec = engine
        self._player: Player | None = default_player() if player is True else player or None
        self._render_timeout_s = render_timeout_s
        self._start_timeout_s = start_timeout_s
        self._max_failures = max_failures
        self._announce_off = announce_off
        self._language = language

        self._worker: WorkerHandle | None = None
        self._worker_ready = False
        self._inflight: _Job | None = None
        self._inflight_since = 0.0
        self._jobs: OrderedDict[str, _Job] = OrderedDict()
        self._ids = itertools.count(1)
        self._durations: dict[str, float] = {}
        self._failed_keys: set[str] = set()
        self._want: tuple[str, str] | None = None  # (key, text) to play once rendered
        self._playing: str | None = None
        self._engine_off = False  # cannot start on this machine, or gave up
        self._audio_failed = False
        self._failures = 0
        self._voices: list[tuple[str, str]] = []
        self._prepared: list[str] = []
        self._background: list[str] = []
        self._prepare_pending = False
        self._shown: set[str] = set()
        self._shut = False

        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.setInterval(int(idle_exit_s * 1000))
        self._idle.timeout.connect(self._exit_if_idle)

        if self._player is None:
            self._notice_later(notices.no_player())
        if self._settings.enabled:
            self._ensure_worker()
            if probe_audio and self._player is not None:
                self._start_probe()

    # -- the Speaker protocol ------------------------------------------------------------------
    @property
    def available(self) -> bool:
        return (
            self._settings.enabled
            and not self._engine_off
            and not self._shut
            and self._player is not None
            and not self._audio_failed
        )

    def say(self, text: str) -> None:
        self._cut()
        self._want = None
        text = text.strip()
        if self._shut or not self._settings.enabled or self._engine_off or not text:
            return
        if self._player is None:
            return
        key = self._key(text)
        if self._rendered_seconds(key) is not None:
            self._play(key, text)
            return
        self._want = (key, text)
        self._enqueue(key, text, front=True)
        self._ensure_worker()
        self._wake()

    def stop(self) -> None:
        self._want = None
        self._cut()

    def playing(self) -> str | None:
        """The cue playing now, if any: for a listener that connects to ``started`` and
        ``finished`` while one already plays (voice control, hooked up after the first frame,
        would otherwise take the first cue for someone else's words)."""
        return self._playing

    def utterance_seconds(self, text: str) -> float:
        text = text.strip()
        seconds = self._rendered_seconds(self._key(text)) if text else None
        if seconds is not None and seconds >= 0:
            return seconds
        return estimate_seconds(text, self._settings.rate, self._language or "en")

    def prepare(self, texts: Iterable[str]) -> None:
        self._prepared = list(dict.fromkeys(t.strip() for t in texts if t.strip()))
        self._queue_prepared()

    def prepare_background(self, texts: Iterable[str]) -> None:
        """Render ``texts`` after everything ``prepare`` asked for (e.g. every built-in
        routine's cues after the first launch); they do not delay ``durations_ready``."""
        self._background = list(dict.fromkeys(t.strip() for t in texts if t.strip()))
        self._queue_prepared()

    def render_soon(self, text: str) -> None:
        """Render ``text`` next (ahead of prepared cues) without playing it."""
        text = text.strip()
        if not text or self._shut or not self._settings.enabled or self._engine_off:
            return
        key = self._key(text)
        if key in self._failed_keys or self._rendered_seconds(key) is not None:
            return
        self._enqueue(key, text, front=True)
        self._ensure_worker()
        self._wake()

    def warm(self) -> None:
        """Start the worker now (if speech is on), so a first render does not wait for it."""
        self._ensure_worker(force=True)

    @property
    def engine_working(self) -> bool:
        """False once the engine turned off (missing, cannot start, gave up)."""
        return not self._engine_off

    def apply(self, settings: SpeechSettings) -> None:
        settings = settings.clamped()
        old, self._settings = self._settings, settings
        if self._shut:
            return
        if not settings.enabled:
            self.stop()
            self._drop_jobs()
            self._kill_worker()
            return
        if not old.enabled or self._engine_off:
            self._engine_off = False
            self._failures = 0
            self._shown.clear()
        sound = (settings.voice, settings.rate, settings.volume)
        if sound != (old.voice, old.rate, old.volume) or not old.enabled:
            self.stop()
            self._jobs.clear()
            self._queue_prepared()
        self._ensure_worker()

    def set_language(self, language: str) -> None:
        """Speak ``language`` from the next cue on (its own voice, its own cache entries)."""
        if language == self._language:
            return
        self._language = language
        if self._shut:
            return
        self.stop()
        self._jobs.clear()
        self._queue_prepared()

    @property
    def language(self) -> str:
        return self._language

    def voices(self) -> list[tuple[str, str]]:
        return list(self._voices)

    def shutdown(self) -> None:
        self._shut = True
        self._timer.stop()
        self._idle.stop()
        self._want = None
        self._cut()
        if self._player is not None:
            self._player.close()
        self._drop_jobs()
        self._kill_worker()

    # -- extras for the UI and tests -------------------------------------------------------------
    @property
    def settings(self) -> SpeechSettings:
        return self._settings

    @property
    def worker_pid(self) -> int | None:
        """The render worker's process id, if one is running (diagnostics and tests)."""
        return self._worker.pid if self._worker is not None else None

    @property
    def pending_renders(self) -> int:
        """Cues queued or being rendered (the UI may show "preparing speech")."""
        return len(self._jobs) + (self._inflight is not None)

    def cached_path(self, text: str) -> Path | None:
        """The rendered file for ``text`` with the current settings, if it exists."""
        key = self._key(text.strip())
        return self._path(key) if self._rendered_seconds(key) is not None else None

    # -- rendering -----------------------------------------------------------------------------
    def _key(self, text: str) -> str:
        s = self._settings
        return cache_key(self._engine_spec, self._voice(s), s.rate, s.volume, text)

    def _voice(self, settings: SpeechSettings) -> str:
        """The voice asked of the engine: the person's, with the language when there is one."""
        if not self._language:
            return settings.voice
        return voice_request(settings.voice, self._language)

    def _path(self, key: str) -> Path:
        return self._cache_dir / f"{key}.wav"

    def _rendered_seconds(self, key: str) -> float | None:
        """Seconds of the rendered file (-1.0 if its length is unknown), None if not rendered."""
        path = self._path(key)
        if not path.exists():
            self._durations.pop(key, None)
            return None
        seconds = self._durations.get(key)
        if seconds is not None:
            return seconds
        seconds = wav_seconds(path)
        self._durations[key] = seconds if seconds is not None else -1.0
        return self._durations[key]

    def _queue_prepared(self) -> None:
        if not self._settings.enabled or self._engine_off or self._shut:
            self._emit_later(self.durations_ready)
            return
        queued = False
        for text in self._prepared:
            key = self._key(text)
            if key in self._failed_keys or self._rendered_seconds(key) is not None:
                continue
            self._enqueue(key, text, front=False)
            queued = True
        background = False
        for text in self._background:
            key = self._key(text)
            if key in self._failed_keys or self._rendered_seconds(key) is not None:
                continue
            self._enqueue(key, text, front=False)
            if key in self._jobs:  # not when it is the one being rendered right now
                self._jobs.move_to_end(key)  # after the prepared cues, whatever came first
            background = True
        if queued:
            self._prepare_pending = True
        if queued or background:
            self._ensure_worker()
            self._wake()
        if not queued and not self._prepared_busy():
            self._emit_later(self.durations_ready)

    def _enqueue(self, key: str, text: str, *, front: bool) -> None:
        if self._inflight is not None and self._inflight.key == key:
            return
        if key not in self._jobs:
            self._jobs[key] = _Job(key, text, self._settings)
        if front:
            self._jobs.move_to_end(key, last=False)

    def _drop_jobs(self) -> None:
        self._jobs.clear()
        self._inflight = None
        if self._prepare_pending:
            self._prepare_pending = False
            self._emit_later(self.durations_ready)

    def _busy_rendering(self) -> bool:
        return bool(self._jobs) or self._inflight is not None

    def _prepared_busy(self) -> bool:
        """Whether a cue asked for by ``prepare`` (not the background ones) is still due."""
        wanted = {self._key(t) for t in self._prepared}
        inflight = self._inflight is not None and self._inflight.key in wanted
        return inflight or any(key in wanted for key in self._jobs)

    def _ensure_worker(self, *, force: bool = False) -> None:
        if self._worker is not None or self._engine_off or self._shut:
            return
        idle = not self._busy_rendering() and self._voices
        if not self._settings.enabled or (idle and not force):
            return
        try:
            self._cache_dir.mkdir(parents=True, exist_ok=True)
            self._worker = WorkerHandle(self._engine_spec)
        except OSError as exc:
            self._turn_off(notices.cache_unwritable(str(self._cache_dir), str(exc)))
            return
        self._worker_ready = False
        self._wake()

    def _kill_worker(self) -> None:
        worker, self._worker = self._worker, None
        self._worker_ready = False
        if worker is not None:
            worker.kill()
        if self._inflight is not None:
            self._inflight = None

    def _dispatch(self) -> None:
        worker = self._worker
        if worker is None or not self._worker_ready or self._inflight is not None:
            return
        while self._jobs:
            _, job = self._jobs.popitem(last=False)
            if self._rendered_seconds(job.key) is not None:
                self._on_rendered_key(job.key)
                continue
            s = job.settings
            job.id = next(self._ids)
            job.tries += 1
            path = str(self._path(job.key))
            voice = self._voice(s)
            if worker.send(("render", job.id, job.text, voice, s.rate, s.volume, path)):
                self._inflight = job
                self._inflight_since = time.monotonic()
            else:
                self._jobs[job.key] = job
                self._jobs.move_to_end(job.key, last=False)
            return

    # -- the timer -------------------------------------------------------------------------
    def _wake(self) -> None:
        if not self._shut and not self._timer.isActive():
            self._timer.start()

    def _tick(self) -> None:
        worker = self._worker
        if worker is not None:
            for msg in worker.messages():
                if self._worker is not worker:
                    break
                self._on_message(msg)
        self._check_deadlines()
        self._dispatch()
        self._poll_player()
        if self._prepare_pending and not self._prepared_busy():
            self._prepare_pending = False
            self.durations_ready.emit()
        if not self._needs_ticks():
            self._timer.stop()
        if self._worker is not None and self._worker_ready and not self._busy_rendering():
            if not self._idle.isActive():
                self._idle.start()
        else:
            self._idle.stop()

    def _exit_if_idle(self) -> None:
        """Nothing was rendered for ``idle_exit_s``: end the worker and free its memory."""
        if self._worker is not None and self._worker_ready and not self._busy_rendering():
            log.info("speech worker idle for %.0f s: ending it", self._idle.interval() / 1000)
            self._kill_worker()

    def _needs_ticks(self) -> bool:
        starting = self._worker is not None and not self._worker_ready
        playing = self._player is not None and self._player.busy
        return starting or self._busy_rendering() or playing or self._prepare_pending

    def _check_deadlines(self) -> None:
        worker = self._worker
        if worker is None:
            return
        now = time.monotonic()
        if not self._worker_ready and now - worker.started_at > self._start_timeout_s:
            self._worker_failed(notices.engine_hung(self._start_timeout_s), retry=False)
        elif self._inflight is not None and now - self._inflight_since > self._render_timeout_s:
            self._worker_failed(notices.engine_hung(self._render_timeout_s), retry=False)

    def _on_message(self, msg: tuple[object, ...]) -> None:
        kind = msg[0]
        if kind == "ready":
            self._worker_ready = True
            voices = [(str(i), str(n)) for i, n in msg[1]]  # type: ignore[attr-defined]
            if voices != self._voices:
                self._voices = voices
                self.voices_changed.emit()
        elif kind == "init_failed":
            missing, detail = bool(msg[1]), str(msg[2])
            self._turn_off(
                notices.engine_missing(detail) if missing else notices.engine_error(detail),
                detail,
            )
        elif kind == "rendered":
            job = self._inflight
            if job is None or job.id != msg[1]:
                return
            self._inflight = None
            self._failures = 0
            seconds = float(msg[3])  # type: ignore[arg-type]
            self._durations[job.key] = seconds
            if msg[4]:
                self._notice(str(msg[4]))
            self._on_rendered_key(job.key)
        elif kind == "render_failed":
            job = self._inflight
            if job is not None and job.id == msg[1]:
                self._failed_keys.add(job.key)
            self._worker_failed(notices.render_failed(str(msg[2])), retry=False)
        elif kind == "eof":
            worker = self._worker
            code = worker.exitcode() if worker is not None else None
            self._worker_failed(notices.engine_crashed(code), retry=True)

    def _on_rendered_key(self, key: str) -> None:
        if self._want is not None and self._want[0] == key:
            _, text = self._want
            self._want = None
            self._play(key, text)

    def _worker_failed(self, text: str, *, retry: bool) -> None:
        """Kill the worker; retry the cue it was on only if it was not that cue's fault."""
        job = self._inflight
        self._kill_worker()
        self._failures += 1
        if job is not None and retry and job.tries < 2:
            self._jobs[job.key] = job
            self._jobs.move_to_end(job.key, last=False)
        elif job is not None:
            self._failed_keys.add(job.key)  # background renders skip it from now on
            if self._want is not None and self._want[0] == job.key:
                self._want = None
        if self._failures >= self._max_failures:
            self._turn_off(
                notices.gave_up(self._failures), f"it failed {self._failures} times in a row"
            )
            return
        self._notice(text)
        if self._busy_rendering():
            self._ensure_worker()

    def _turn_off(self, text: str, detail: str = "") -> None:
        """The engine cannot work now: stop trying until the settings change."""
        self._engine_off = True
        self._want = None
        self._kill_worker()
        self._drop_jobs()
        if self._announce_off:
            self._notice(text)
        else:
            log.warning("%s", text)
        self.engine_off.emit(detail or text)

    # -- playing -----------------------------------------------------------------------------
    def _play(self, key: str, text: str) -> None:
        player = self._player
        if player is None:
            return
        seconds = self._durations.get(key, -1.0)
        error = player.play(self._path(key), seconds)
        if error is not None:
            self._audio_failed = True
            self._notice(notices.no_audio_output(), error)
            return
        self._playing = text
        self.started.emit(text)
        self._wake()

    def _cut(self) -> None:
        if self._player is not None and self._player.stop() and self._playing is not None:
            text, self._playing = self._playing, None
            self.finished.emit(text)
        self._playing = None

    def _poll_player(self) -> None:
        if self._player is None:
            return
        ended = self._player.poll()
        if ended is None:
            return
        text, self._playing = self._playing, None
        if ended.ok:
            self._audio_failed = False
        else:
            self._audio_failed = True
            self._notice(notices.no_audio_output(), ended.detail)
        if text is not None:
            self.finished.emit(text)

    def _start_probe(self) -> None:
        assert self._player is not None
        path = self._cache_dir / PROBE_FILE
        try:
            if not path.exists():
                self._cache_dir.mkdir(parents=True, exist_ok=True)
                with wave.open(str(path), "wb") as wav:
                    wav.setnchannels(1)
                    wav.setsampwidth(2)
                    wav.setframerate(22050)
                    wav.writeframes(b"\0\0" * 1102)
        except OSError:
            return
        error = self._player.play(path, 0.05)
        if error is not None:
            self._audio_failed = True
            self._notice_later(notices.no_audio_output(), error)
            return
        self._wake()

    # -- notices -----------------------------------------------------------------------------
    def _notice(self, text: str, detail: str = "") -> None:
        """Tell the person (and the log) once per distinct text; ``detail`` is for the log."""
        if text in self._shown:
            return
        self._shown.add(text)
        if detail:
            log.warning("%s (%s)", text, detail)
        else:
            log.warning("%s", text)
        self.notice.emit(text)

    def _notice_later(self, text: str, detail: str = "") -> None:
        """From the constructor: nobody is connected yet, so emit from the event loop."""
        QTimer.singleShot(0, self, lambda: self._notice(text, detail))

    def _emit_later(self, signal: SignalInstance) -> None:
        QTimer.singleShot(0, self, lambda: None if self._shut else signal.emit())

"""The text-to-speech engines a render worker can own. Runs in the worker process only.

An engine turns one text into one audio file. The worker is told which engine to build by a
``"module:callable"`` name rather than an object, because the worker is a *spawned* process: it
imports the name itself. That is also the seam tests use to make an engine that raises, hangs or
crashes inside the real child process.
"""

from __future__ import annotations

import ctypes
import importlib
import wave
from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from .voice_choice import choose_voice, infos, split_request

DEFAULT_ENGINE = "stretchguide.speech.engine:Pyttsx3Engine"
#: The natural voice (hibari); its module is imported in the worker only, never in the GUI.
NEURAL_ENGINE = "stretchguide.speech.neural_engine:HibariEngine"


class EngineMissing(RuntimeError):
    """The engine cannot exist on this machine (a library is not installed); retrying is useless."""


class Engine(Protocol):
    def voices(self) -> list[tuple[str, str]]:
        """``(id, display name)`` of every voice, in the order to show them."""
        ...

    def render(self, text: str, path: Path, voice: str, rate: int, volume: float) -> str | None:
        """Write ``text`` spoken to ``path``; return a warning to show the person, or None."""
        ...


def resolve(spec: str) -> Callable[[], Engine]:
    """Import ``"package.module:name"`` and return the engine factory it names."""
    module_name, _, attr = spec.partition(":")
    factory: Callable[[], Engine] = getattr(importlib.import_module(module_name), attr)
    return factory


class Pyttsx3Engine:
    """pyttsx3: its own engine and voices, rendering to a file, never ``say()``.

    On the espeak driver (Linux) pyttsx3 2.99's ``save_to_file`` is unreliable: espeak runs in
    its asynchronous mode and its "message finished" event can overtake the last audio buffers,
    so the file misses the end of the sentence, or everything (measured here: 0 to 0.8 s lost on
    the same text from run to run; upstream nateshmbhat/pyttsx3#334, #408). So on that driver
    the engine initialises espeak (through pyttsx3's own binding, before ``pyttsx3.init``) in
    synchronous mode and collects the samples itself: complete and byte-identical every time.
    Other drivers (sapi5, nsss, avspeech) use ``save_to_file`` + ``runAndWait``, one file per
    ``runAndWait`` (two ``save_to_file`` calls in one run keep only the last).
    """

    def __init__(self) -> None:
        try:
            import pyttsx3
            from pyttsx3.engine import default_engine_by_sys_platform
        except ImportError as exc:
            raise EngineMissing(f"the Python package pyttsx3 is not installed ({exc})") from exc
        try:
            use_espeak = default_engine_by_sys_platform() == "espeak"
            self._espeak = _EspeakSynchronous() if use_espeak else None
            self._engine = pyttsx3.init()
        except (OSError, RuntimeError, ImportError) as exc:
            if "espeak" in str(exc).lower() or isinstance(exc, OSError):
                raise EngineMissing(f"pyttsx3 could not load eSpeak NG ({exc})") from exc
            raise
        self._infos = infos(self._engine.getProperty("voices"))
        self._voice_ids = {v.id for v in self._infos}
        self._default_voice = str(self._engine.getProperty("voice") or "")
        self._current: tuple[str, int, float] | None = None
        self._resolved: dict[str, tuple[str, str | None]] = {}

    def voices(self) -> list[tuple[str, str]]:
        found = [(str(v.id), str(v.name)) for v in self._engine.getProperty("voices")]
        return sorted(found, key=lambda pair: pair[1].lower())

    def render(self, text: str, path: Path, voice: str, rate: int, volume: float) -> str | None:
        """``voice`` is a voice id, or a voice request (``voice_choice.voice_request``): the
        person's voice and the coaching's language, of which a voice of that language speaks."""
        voice, warning = self._resolve(voice)
        wanted = (voice or self._default_voice, int(rate), float(volume))
        if self._espeak is not None:
            self._espeak.render(text, path, *wanted)
        else:
            if wanted != self._current:
                self._engine.setProperty("voice", wanted[0])
                self._engine.setProperty("rate", wanted[1])
                self._engine.setProperty("volume", wanted[2])
                self._current = wanted
            self._engine.save_to_file(text, str(path))
            self._engine.runAndWait()
        return warning

    def _resolve(self, request: str) -> tuple[str, str | None]:
        """The voice id for a request, and a warning for the person (once per request)."""
        if request in self._resolved:
            return self._resolved[request][0], None
        chosen, language = split_request(request)
        warning = None
        if chosen and chosen not in self._voice_ids:
            warning = f"The voice {chosen!r} is not installed; using the default voice."
            chosen = ""
        voice, missing = choose_voice(self._infos, chosen, self._default_voice, language)
        self._resolved[request] = (voice, warning or missing)
        return voice, warning or missing


class _EspeakSynchronous:
    """espeak-ng in AUDIO_OUTPUT_SYNCHRONOUS mode through pyttsx3's ctypes binding.

    Must be created before ``pyttsx3.init()``: espeak can be initialised once per process, and
    pyttsx3 skips its own (asynchronous) initialisation when it sees it done.
    """

    def __init__(self) -> None:
        from pyttsx3.drivers import _espeak
        from pyttsx3.drivers import espeak as driver

        self._lib = _espeak
        self._driver = driver.EspeakDriver
        self._current: tuple[str, int, float] | None = None
        if driver.EspeakDriver._moduleInitialized:
            raise RuntimeError("espeak was already initialised in asynchronous mode")
        self.sample_rate = _espeak.Initialize(_espeak.AUDIO_OUTPUT_SYNCHRONOUS, 1000)
        if self.sample_rate == -1:
            raise RuntimeError("could not initialize espeak")
        current = _espeak.GetCurrentVoice()
        if current and current.contents.name:
            driver.EspeakDriver._defaultVoice = current.contents.name.decode("utf-8")
        else:
            driver.EspeakDriver._defaultVoice = "gmw/en"
        driver.EspeakDriver._moduleInitialized = True

    def render(self, text: str, path: Path, voice: str, rate: int, volume: float) -> None:
        # The driver's own (static) setters: pyttsx3's engine queues setProperty until a
        # runAndWait, which this path never calls.
        if (voice, rate, volume) != self._current:
            self._driver.setProperty("voice", voice)
            self._driver.setProperty("rate", rate)
            self._driver.setProperty("volume", volume)
            self._current = (voice, rate, volume)
        chunks: list[bytes] = []

        def collect(wav: object, numsamples: int, events: object) -> int:
            if numsamples > 0 and wav:
                chunks.append(ctypes.string_at(wav, numsamples * 2))  # type: ignore[arg-type]
            return 0

        lib = self._lib
        lib.SetSynthCallback(collect)
        status = lib.Synth(text.encode("utf-8"), flags=lib.ENDPAUSE | lib.CHARS_UTF8)
        if status != 0:
            raise RuntimeError(f"espeak_Synth failed with status {status}")
        with wave.open(str(path), "wb") as out:
            out.setnchannels(1)
            out.setsampwidth(2)
            out.setframerate(self.sample_rate)
            out.writeframes(b"".join(chunks))

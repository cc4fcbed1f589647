"""The natural (neural) voice: hibari's "heart" voice, run inside the render worker only.

Why hibari (``hibari-tts``, pinned in pyproject.toml): Apache-2.0, a 14 MB wheel whose default
American English voice (model, lexicon and phonemizer) is inside the wheel, so nothing is fetched
at run time; about 70 ms of one core per cue and ~190 MB peak in the worker. Its other voices
download on first use, which we never allow: only the voices in ``VOICES`` are offered, and the
model path is asked for with ``download_missing=False``. Piper (``piper-tts``) was the other
candidate: GPL-3.0, a 46 MB wheel plus a 63 MB voice that only a third-party repackaging puts on
the package index, and it was less intelligible in our measurement (benchmarks/README.md).

This module is imported by the worker process (by the ``"module:callable"`` name in
``NEURAL_ENGINE``), never by the GUI: the GUI process must not load onnxruntime (memory, start-up).

Loudness: hibari speaks about 6 dB quieter than espeak-ng. Each cue is scaled to espeak-ng's
RMS level (measured on our cues, ``TARGET_RMS``), with the peak kept under ``PEAK_LIMIT`` so a
loud cue is never clipped; then the person's volume setting applies. The first and last
``EDGE_S`` are faded in and out over a few ms so a cue never starts or ends with a click, and
``PAD_S`` of silence is added at the end so the player never cuts the last phoneme.
"""

from __future__ import annotations

import wave
from pathlib import Path
from typing import Any

#: The voices offered: only those inside the wheel (the others would be downloaded).
VOICES: dict[str, str] = {"heart": "Heart (American English, natural)"}
DEFAULT_VOICE = "heart"
#: The speaking rate (words per minute, the settings' unit) that maps to hibari's speed 1.0.
BASE_RATE = 160
#: espeak-ng's RMS on our cues at volume 1.0 (sox stat over every built-in cue: 0.093-0.10).
TARGET_RMS = 0.095
PEAK_LIMIT = 0.89  # -1 dBFS
EDGE_S = 0.004
PAD_S = 0.05
#: A fixed noise seed: the same text renders to the same file every time.
SEED = 7


def speed_for_rate(rate: int) -> float:
    """Words per minute (the settings' unit) -> hibari's speed factor, inside its 0.5..2.0."""
    return max(0.5, min(2.0, rate / BASE_RATE))


class HibariEngine:
    """An ``Engine`` (see ``engine.py``) speaking with hibari's bundled voice."""

    def __init__(self) -> None:
        from .engine import EngineMissing

        try:
            import numpy
            from hibari import Hibari
            from hibari.voices import voice_path
        except ImportError as exc:
            raise EngineMissing(f"the natural voice's package is not installed ({exc})") from exc
        self._np: Any = numpy
        self._models: dict[str, Any] = {}
        self._hibari = Hibari
        self._voice_path = voice_path
        # Load the default voice now: a missing or corrupt model fails here, at start, where
        # the speaker falls back to the system voice with a notice, not on the first cue.
        try:
            self._model(DEFAULT_VOICE)
        except ImportError as exc:  # hibari imports onnxruntime only when a model loads
            raise EngineMissing(f"onnxruntime cannot be imported ({exc})") from exc

    def _model(self, voice: str) -> Any:
        model = self._models.get(voice)
        if model is None:
            path = self._voice_path(voice, download_missing=False)
            model = self._hibari(voice=voice, model=path, threads=1)
            model("Ready.", seed=SEED)  # loads the phonemizer's tables too
            self._models[voice] = model
        return model

    def voices(self) -> list[tuple[str, str]]:
        return list(VOICES.items())

    def render(self, text: str, path: Path, voice: str, rate: int, volume: float) -> str | None:
        warning = None
        if voice not in VOICES:
            if voice:
                warning = f"The natural voice {voice!r} is not installed; using Heart."
            voice = DEFAULT_VOICE
        audio = self._model(voice)(text, speed=speed_for_rate(rate), seed=SEED)
        pcm = normalise(self._np, audio, volume)
        with wave.open(str(path), "wb") as out:
            out.setnchannels(1)
            out.setsampwidth(2)
            out.setframerate(self._models[voice].sample_rate)
            out.writeframes(pcm.tobytes())
        return warning


def normalise(np: Any, audio: Any, volume: float, sample_rate: int = 24000) -> Any:
    """float32 samples -> 16-bit PCM at espeak-ng's loudness, faded at the edges, padded."""
    audio = np.asarray(audio, dtype=np.float32)
    if audio.size == 0:
        return np.zeros(0, dtype="<i2")
    rms = float(np.sqrt(np.mean(np.square(audio, dtype=np.float64))))
    peak = float(np.max(np.abs(audio)))
    gain = TARGET_RMS / rms if rms > 1e-6 else 1.0
    if peak * gain > PEAK_LIMIT:
        gain = PEAK_LIMIT / peak
    audio = audio * (gain * max(0.0, min(1.0, volume)))
    edge = min(int(EDGE_S * sample_rate), audio.size // 2)
    if edge > 0:
        ramp = np.linspace(0.0, 1.0, edge, dtype=np.float32)
        audio[:edge] *= ramp
        audio[-edge:] *= ramp[::-1]
    audio = np.concatenate([audio, np.zeros(int(PAD_S * sample_rate), dtype=np.float32)])
    return (np.clip(audio, -1.0, 1.0) * 32767.0).astype("<i2")

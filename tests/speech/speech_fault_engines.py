"""Engines for the fault tests. They run inside the real spawned worker process.

``ToneEngine`` writes a sine tone 0.05 s per character, so renders are fast and durations known;
the text decides the fault: "boom" raises, "hang" never returns, "crash" kills the process.
"""

from __future__ import annotations

import array
import math
import os
import signal
import time
import wave
from pathlib import Path

from stretchguide.speech.engine import EngineMissing

RATE = 22050
SECONDS_PER_CHAR = 0.05


def tone_seconds(text: str) -> float:
    return round(len(text.strip()) * SECONDS_PER_CHAR * RATE) / RATE


class ToneEngine:
    def voices(self) -> list[tuple[str, str]]:
        return [("tone/low", "Low tone"), ("tone/high", "High tone")]

    def render(self, text: str, path: Path, voice: str, rate: int, volume: float) -> str | None:
        if "boom" in text:
            raise RuntimeError("synthesis exploded")
        if "hang" in text:
            while True:
                time.sleep(60)
        if "crash" in text:
            os.kill(os.getpid(), signal.SIGKILL)
        frames = round(len(text.strip()) * SECONDS_PER_CHAR * RATE)
        pitch = 660.0 if voice == "tone/high" else 440.0
        samples = array.array(
            "h",
            (int(8000 * volume * math.sin(2 * math.pi * pitch * i / RATE)) for i in range(frames)),
        )
        with wave.open(str(path), "wb") as wav:
            wav.setnchannels(1)
            wav.setsampwidth(2)
            wav.setframerate(RATE)
            wav.writeframes(samples.tobytes())
        return None


class MissingLibrary:
    def __init__(self) -> None:
        raise EngineMissing("libespeak-ng.so.1: cannot open shared object file")


class BrokenInit:
    def __init__(self) -> None:
        raise ValueError("driver table corrupt")


class HangingInit:
    def __init__(self) -> None:
        while True:
            time.sleep(60)


class SlowToneEngine(ToneEngine):
    """A tone that takes 0.4 s to render: a render is in flight long enough to kill it."""

    def render(self, text: str, path: Path, voice: str, rate: int, volume: float) -> str | None:
        time.sleep(0.4)
        return super().render(text, path, voice, rate, volume)


def natural_model_missing() -> object:
    """The natural voice with its model file gone (a damaged install)."""
    import hibari.voices

    from stretchguide.speech.neural_engine import HibariEngine

    def gone(name: str, download_missing: bool = True) -> str:
        raise FileNotFoundError(f"/nonexistent/hibari/{name}.onnx")

    hibari.voices.voice_path = gone  # type: ignore[assignment]
    import hibari.tts

    hibari.tts.voice_path = gone  # type: ignore[assignment]
    return HibariEngine()


def natural_model_corrupt() -> object:
    """The natural voice with its model file replaced by garbage."""
    import tempfile

    import hibari.voices

    from stretchguide.speech.neural_engine import HibariEngine

    bad = Path(tempfile.mkdtemp()) / "hibari.onnx"
    bad.write_bytes(b"not an onnx model" * 100)
    hibari.voices.voice_path = lambda name, download_missing=True: str(bad)  # type: ignore[assignment]
    return HibariEngine()


def natural_without_onnxruntime() -> object:
    """The natural voice on a machine where onnxruntime cannot be imported."""
    import sys

    sys.modules["onnxruntime"] = None  # type: ignore[assignment]  # import now raises
    for name in [m for m in sys.modules if m.startswith("hibari")]:
        del sys.modules[name]
    from stretchguide.speech.neural_engine import HibariEngine

    return HibariEngine()

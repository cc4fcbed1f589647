"""Where rendered cues live on disk, and how long each one lasts.

A cue's file name is a hash of everything that changes its sound (engine, voice, rate, volume,
text), so a file once rendered is valid forever and the same routine starts instantly the next
time. Files are written to a temporary name and renamed into place by the worker, so a file that
exists is complete. The duration comes from the WAV header (frames / frame rate), so it is exact.
"""

from __future__ import annotations

import hashlib
import wave
from pathlib import Path

#: Bump when the rendering changes in a way the other key parts do not capture.
RENDER_VERSION = 1


def default_cache_dir() -> Path:
    """The per-user cache folder for rendered speech (created on first render)."""
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("stretchguide")) / "speech"


def cache_key(engine: str, voice: str, rate: int, volume: float, text: str) -> str:
    """A stable file stem for one rendering of ``text``."""
    raw = f"{RENDER_VERSION}\0{engine}\0{voice}\0{int(rate)}\0{volume:.2f}\0{text}"
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()[:32]


def wav_seconds(path: Path) -> float | None:
    """The exact length of a WAV file, or None if it is missing or not a WAV."""
    try:
        with wave.open(str(path), "rb") as wav:
            rate = wav.getframerate()
            return wav.getnframes() / rate if rate > 0 else None
    except (OSError, EOFError, wave.Error):
        return None

"""A deterministic guess of how long a text takes to say, used until the real WAV exists.

Fitted on espeak-ng 1.51 (pyttsx3's Linux engine) at 100, 160 and 250 words per minute: the
length grows with the characters of the text (about 8.2 characters-per-minute units per
character) plus a fixed lead-in and trailing pause (about 75 units). At 160 wpm this is within
0.15 s of the rendered length for the phrases of the built-in routines. The timeline uses it only
before rendering has finished; ``utterance_seconds`` is exact once a cue is rendered.
"""

from __future__ import annotations

CHAR_UNITS = 8.2
FIXED_UNITS = 75.0
MIN_RATE = 40


def estimate_seconds(text: str, rate: float) -> float:
    """Seconds to say ``text`` at ``rate`` words per minute (0.0 for blank text)."""
    stripped = text.strip()
    if not stripped:
        return 0.0
    return (CHAR_UNITS * len(stripped) + FIXED_UNITS) / max(MIN_RATE, rate)

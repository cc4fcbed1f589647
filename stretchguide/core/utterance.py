"""A deterministic guess of how long a text takes to say, used until the real WAV exists.

The length grows with the characters of the text plus a fixed lead-in and trailing pause, in
characters-per-minute units divided by the rate (words per minute). Each language speaks at its
own pace, so each has its own two numbers, fitted on espeak-ng 1.51 (pyttsx3's Linux engine) at
100, 160 and 250 words per minute over every phrase of the built-in routines in that language
(about 90 each). English's (8.2 per character, 75 fixed) date from the first routines; on
today's English phrases they are off by 0.46 s on average at 160 wpm and underestimate the
longest briefing by 3.8 s. German (10.1, 44), French (8.5, 50) and Spanish (10.6, 50) are off
by 0.20-0.23 s on average at 160 wpm (at most 1.6 s, on a 15 s text). With the English numbers
they were off by up to 5 s: German and Spanish take longer per character than English. The
timeline uses the estimate only before rendering has finished; ``utterance_seconds`` is exact
once a cue is rendered.
"""

from __future__ import annotations

CHAR_UNITS = 8.2
FIXED_UNITS = 75.0
MIN_RATE = 40

#: (units per character, fixed units) of each language; others use English's.
UNITS: dict[str, tuple[float, float]] = {
    "en": (CHAR_UNITS, FIXED_UNITS),
    "de": (10.1, 44.0),
    "fr": (8.5, 50.0),
    "es": (10.6, 50.0),
}


def estimate_seconds(text: str, rate: float, language: str = "en") -> float:
    """Seconds to say ``text`` at ``rate`` words per minute (0.0 for blank text)."""
    stripped = text.strip()
    if not stripped:
        return 0.0
    per_char, fixed = UNITS.get(language, UNITS["en"])
    return (per_char * len(stripped) + fixed) / max(MIN_RATE, rate)

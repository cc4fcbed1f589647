"""The words of every speech problem the person may see: what went wrong, and how to fix it.

Kept in one place so the wording stays consistent and tests can compare against it. A notice
is emitted, and logged, once per distinct text; technical detail a person cannot act on is
logged beside it rather than put into the words.
"""

from __future__ import annotations

import sys

_LIB_FIX = {
    "linux": "Install it with: sudo apt-get install libespeak-ng1 espeak-ng",
    "darwin": "Install it with: brew install espeak-ng",
    "win32": "Install eSpeak NG from https://github.com/espeak-ng/espeak-ng/releases",
}
_PLAYER_FIX = {
    "linux": "Install it with: sudo apt-get install alsa-utils pulseaudio-utils",
}
_SHOWN = "Cues are still shown on screen."


def _platform() -> str:
    return "linux" if sys.platform.startswith("linux") else sys.platform


def engine_missing(detail: str) -> str:
    fix = _LIB_FIX.get(_platform(), "Install eSpeak NG.")
    return (
        f"Speech is off: the speech engine is missing ({detail}). {fix}, "
        f"then turn speech off and on again in Settings. {_SHOWN}"
    )


def engine_error(detail: str) -> str:
    return (
        f"Speech is off: the speech engine could not start ({detail}). "
        f"Turn speech off and on again in Settings to retry. {_SHOWN}"
    )


def render_failed(detail: str) -> str:
    return f"The speech engine failed on a cue ({detail}); it restarts for the next cue. {_SHOWN}"


def engine_hung(seconds: float) -> str:
    return (
        f"The speech engine stopped responding (no answer in {seconds:g} s); it was stopped "
        f"and restarts for the next cue. {_SHOWN}"
    )


def engine_crashed(exitcode: int | None) -> str:
    how = f"exit code {exitcode}" if exitcode is not None else "it closed"
    return f"The speech engine stopped unexpectedly ({how}); it restarts for the next cue."


def gave_up(failures: int) -> str:
    return (
        f"Speech is off: the speech engine failed {failures} times in a row. "
        f"Turn speech off and on again in Settings to retry. {_SHOWN}"
    )


def no_player() -> str:
    fix = _PLAYER_FIX.get(_platform(), "Install an audio player.")
    return f"Speech is silent: no audio player (paplay or aplay) was found. {fix}. {_SHOWN}"


def no_audio_output() -> str:
    """Plain words only: the player's own error (``aplay: main:831: audio open error…``) means
    nothing to the person and goes to the log instead, once (see the speaker's ``_notice``)."""
    return (
        "No sound output found: the session goes on with text on screen. "
        "Check that a speaker or headphones are connected."
    )


def cache_unwritable(path: str, detail: str) -> str:
    return f"Speech is off: cannot write the speech cache folder {path} ({detail}). {_SHOWN}"


def natural_voice_unavailable(detail: str) -> str:
    return (
        f"The natural voice could not load ({detail}); the system voice speaks instead. "
        "Reinstall StretchGuide to get the natural voice back, or choose the system voice "
        "in Settings to hide this message."
    )

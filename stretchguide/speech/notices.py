"""The words of every speech problem the person may see: what went wrong, and how to fix it.

Kept in one place so the wording stays consistent and tests can compare against it. A notice
is emitted, and logged, once per distinct text; technical detail a person cannot act on is
logged beside it rather than put into the words. The words are in the window's language
(Qt's translation system, context "SpeechNotices": they are made in the app's process, where
``stretchguide.ui.translations`` installed the catalogue); without a catalogue, English.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate

_LIB_COMMAND = {
    "linux": "sudo apt-get install libespeak-ng1 espeak-ng",
    "darwin": "brew install espeak-ng",
}
_ESPEAK_RELEASES = "https://github.com/espeak-ng/espeak-ng/releases"
_PLAYER_COMMAND = {"linux": "sudo apt-get install alsa-utils pulseaudio-utils"}


def _platform() -> str:
    return "linux" if sys.platform.startswith("linux") else sys.platform


def _shown() -> str:
    return translate("SpeechNotices", "Cues are still shown on screen.")


def _install(command: str) -> str:
    return translate("SpeechNotices", "Install it with: {command}").format(command=command)


def _lib_fix() -> str:
    platform = _platform()
    if platform in _LIB_COMMAND:
        return _install(_LIB_COMMAND[platform])
    if platform == "win32":
        return translate("SpeechNotices", "Install eSpeak NG from {url}").format(
            url=_ESPEAK_RELEASES
        )
    return translate("SpeechNotices", "Install eSpeak NG.")


def engine_missing(detail: str) -> str:
    return translate(
        "SpeechNotices",
        "Speech is off: the speech engine is missing ({detail}). {fix}, "
        "then turn speech off and on again in Settings. {shown}",
    ).format(detail=detail, fix=_lib_fix().rstrip("."), shown=_shown())


def engine_error(detail: str) -> str:
    return translate(
        "SpeechNotices",
        "Speech is off: the speech engine could not start ({detail}). "
        "Turn speech off and on again in Settings to retry. {shown}",
    ).format(detail=detail, shown=_shown())


def render_failed(detail: str) -> str:
    return translate(
        "SpeechNotices",
        "The speech engine failed on a cue ({detail}); it restarts for the next cue. {shown}",
    ).format(detail=detail, shown=_shown())


def engine_hung(seconds: float) -> str:
    return translate(
        "SpeechNotices",
        "The speech engine stopped responding (no answer in {seconds} s); it was stopped "
        "and restarts for the next cue. {shown}",
    ).format(seconds=f"{seconds:g}", shown=_shown())


def engine_crashed(exitcode: int | None) -> str:
    if exitcode is None:
        how = translate("SpeechNotices", "it closed")
    else:
        how = translate("SpeechNotices", "exit code {code}").format(code=exitcode)
    return translate(
        "SpeechNotices",
        "The speech engine stopped unexpectedly ({how}); it restarts for the next cue.",
    ).format(how=how)


def gave_up(failures: int) -> str:
    return translate(
        "SpeechNotices",
        "Speech is off: the speech engine failed {failures} times in a row. "
        "Turn speech off and on again in Settings to retry. {shown}",
    ).format(failures=failures, shown=_shown())


def no_player() -> str:
    platform = _platform()
    if platform in _PLAYER_COMMAND:
        fix = _install(_PLAYER_COMMAND[platform])
    else:
        fix = translate("SpeechNotices", "Install an audio player.")
    return translate(
        "SpeechNotices",
        "Speech is silent: no audio player (paplay or aplay) was found. {fix}. {shown}",
    ).format(fix=fix.rstrip("."), shown=_shown())


def no_audio_output() -> str:
    """Plain words only: the player's own error (``aplay: main:831: audio open error…``) means
    nothing to the person and goes to the log instead, once (see the speaker's ``_notice``)."""
    return translate(
        "SpeechNotices",
        "No sound output found: the session goes on with text on screen. "
        "Check that a speaker or headphones are connected.",
    )


def cache_unwritable(path: str, detail: str) -> str:
    return translate(
        "SpeechNotices",
        "Speech is off: cannot write the speech cache folder {path} ({detail}). {shown}",
    ).format(path=path, detail=detail, shown=_shown())


def natural_voice_unavailable(detail: str) -> str:
    return translate(
        "SpeechNotices",
        "The natural voice could not load ({detail}); the system voice speaks instead. "
        "Reinstall StretchGuide to get the natural voice back, or choose the system voice "
        "in Settings to hide this message.",
    ).format(detail=detail)

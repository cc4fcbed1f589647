"""Speech off: says nothing, but still estimates how long each cue would last.

Durations keep the timeline identical whether speech is on or off, so turning speech off never
changes a session's pacing (on-screen text gets the time the spoken cue would have had).
"""

from __future__ import annotations

from collections.abc import Iterable

from stretchguide.core.settings import SpeechSettings
from stretchguide.core.utterance import estimate_seconds


class NullSpeaker:
    def __init__(self, settings: SpeechSettings | None = None, language: str = "en") -> None:
        self._settings = (settings or SpeechSettings()).clamped()
        self._language = language

    def set_language(self, language: str) -> None:
        """Estimate in ``language`` from now on (each language has its own pace)."""
        self._language = language

    @property
    def available(self) -> bool:
        return False

    def say(self, text: str) -> None:
        pass

    def stop(self) -> None:
        pass

    def utterance_seconds(self, text: str) -> float:
        return estimate_seconds(text, self._settings.rate, self._language)

    def prepare(self, texts: Iterable[str]) -> None:
        pass

    def apply(self, settings: SpeechSettings) -> None:
        self._settings = settings.clamped()

    def voices(self) -> list[tuple[str, str]]:
        return []

    def shutdown(self) -> None:
        pass

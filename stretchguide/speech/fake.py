"""``RecordingSpeaker``: a test double that records what would be said, when, and what was cut.

Time comes from an injected ``now`` callable (the tests' fake clock), so "was it still speaking
when paused?" is decided exactly, with no real waiting. Durations are the same deterministic
estimate ``NullSpeaker`` uses, unless a test pins some with ``durations``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from stretchguide.core.settings import SpeechSettings
from stretchguide.core.utterance import estimate_seconds


@dataclass
class Utterance:
    """One ``say``: when, what, how long it would last, and whether it was cut short."""

    time: float
    text: str
    seconds: float
    interrupted: bool = False
    cut_at: float | None = None

    def playing_at(self, t: float) -> bool:
        end = self.cut_at if self.cut_at is not None else self.time + self.seconds
        return self.time <= t < end


class RecordingSpeaker:
    def __init__(
        self,
        now: Callable[[], float],
        settings: SpeechSettings | None = None,
        durations: dict[str, float] | None = None,
        available: bool = True,
    ) -> None:
        self.now = now
        self.settings = (settings or SpeechSettings()).clamped()
        self.durations = dict(durations or {})
        self.utterances: list[Utterance] = []
        self.stops: list[float] = []
        self.prepared: list[str] = []
        self.applied: list[SpeechSettings] = []
        self.is_shut_down = False
        self._available = available
        self.language = "en"

    # -- what tests read -------------------------------------------------------------------
    @property
    def said(self) -> list[tuple[float, str]]:
        return [(u.time, u.text) for u in self.utterances]

    @property
    def texts(self) -> list[str]:
        return [u.text for u in self.utterances]

    @property
    def interrupted(self) -> list[str]:
        return [u.text for u in self.utterances if u.interrupted]

    def playing(self) -> str | None:
        """The text that would be audible now, if any."""
        t = self.now()
        last = self.utterances[-1] if self.utterances else None
        return last.text if last is not None and last.playing_at(t) else None

    # -- the Speaker protocol ----------------------------------------------------------------
    @property
    def available(self) -> bool:
        return self._available

    def say(self, text: str) -> None:
        t = self.now()
        self._cut(t)
        self.utterances.append(Utterance(t, text, self.utterance_seconds(text)))

    def stop(self) -> None:
        t = self.now()
        self.stops.append(t)
        self._cut(t)

    def utterance_seconds(self, text: str) -> float:
        if text in self.durations:
            return self.durations[text]
        return estimate_seconds(text, self.settings.rate, self.language)

    def prepare(self, texts: Iterable[str]) -> None:
        self.prepared.extend(texts)

    def apply(self, settings: SpeechSettings) -> None:
        self.settings = settings.clamped()
        self.applied.append(self.settings)

    def set_language(self, language: str) -> None:
        self.language = language

    def voices(self) -> list[tuple[str, str]]:
        return [("fake/en", "Fake English")]

    def shutdown(self) -> None:
        self.is_shut_down = True

    def _cut(self, t: float) -> None:
        last = self.utterances[-1] if self.utterances else None
        if last is not None and last.cut_at is None and last.playing_at(t):
            last.interrupted = True
            last.cut_at = t

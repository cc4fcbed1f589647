"""The ``Speaker`` seam: everything the session and the UI may ask of speech.

Implementations: ``NaturalSpeaker`` (the app's: the natural voice, with the system voice per
cue and as the fallback), ``Pyttsx3Speaker`` (one engine in a render worker: the system voice, and
each lane of ``NaturalSpeaker``), ``NullSpeaker`` (speech off) and ``RecordingSpeaker`` (tests).
Every method returns at once: speech must never hold up the GUI thread or the session clock,
whatever the engine does.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol, runtime_checkable

from stretchguide.core.settings import SpeechSettings


@runtime_checkable
class Speaker(Protocol):
    @property
    def available(self) -> bool:
        """True if cues are expected to be heard (engine and audio output working)."""
        ...

    def say(self, text: str) -> None:
        """Speak ``text`` now, cutting whatever is playing. If it is not rendered yet it plays
        as soon as it is, unless ``say``/``stop`` came in between (cues never queue up)."""
        ...

    def stop(self) -> None:
        """Silence speech within 150 ms and cancel a cue that is waiting to be rendered."""
        ...

    def utterance_seconds(self, text: str) -> float:
        """How long ``text`` lasts when spoken with the current settings: exact once rendered
        (or cached from an earlier run), else an estimate from its length and the rate."""
        ...

    def prepare(self, texts: Iterable[str]) -> None:
        """Render ``texts`` ahead in the background so they start instantly and have exact
        durations; ``durations_ready`` (on Qt speakers) says when that is done."""
        ...

    def apply(self, settings: SpeechSettings) -> None:
        """Use new settings (on/off, voice, rate, volume) from the next cue on."""
        ...

    def set_language(self, language: str) -> None:
        """Coach in ``language`` (a ``core.languages`` code) from the next cue on: a voice of
        that language, and estimates at its pace."""
        ...

    def voices(self) -> list[tuple[str, str]]:
        """``(id, display name)`` of the engine's voices; may be ``[]`` until the engine is up."""
        ...

    def shutdown(self) -> None:
        """Stop everything and release the engine; returns in well under 0.5 s."""
        ...

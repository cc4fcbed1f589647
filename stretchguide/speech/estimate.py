"""The speech-free length estimate lives in the core, where the timeline compiler uses it too."""

from stretchguide.core.utterance import estimate_seconds

__all__ = ["estimate_seconds"]

"""The ``Coach``: turns session events into speech. Plain Python, no Qt.

It dispatches on the event's class *name* and reads only attributes, so it works with the core's
real event classes (``stretchguide.core.session``) and with the tests' stand-ins alike.

Policy:

* ``CueDue(cue, index, late_by)``: say ``cue.text``, unless the cue is too late to still be
  true. A countdown number, an inhale/exhale, a halfway mark or a breathing prompt is dropped when
  more than ``LATE_TIMED_S`` (0.75 s) late: "Two" said after "One" is wrong, not just late. Every
  other kind (instruction, switch, briefing, encouragement, hold) is still useful a little late
  and is dropped only beyond ``LATE_WORDS_S`` (3 s). "end" is never dropped.
* While paused no cue is spoken. An instruction, briefing or switch that falls due while paused
  (e.g. after a skip during a pause) is kept and said on resume; other cues are dropped.
* A filler cue (``breathe``, ``encourage``) never cuts off an instruction, switch or briefing
  that is still being spoken (it is dropped instead); every other cue interrupts what is playing,
  because only the newest cue is true.
* ``Paused``: stop speaking at once.
* ``Resumed`` (the resume policy): if the cue cut off by the pause was an instruction, briefing
  or switch, and it was still being spoken at pause time (judged with the speaker's
  ``utterance_seconds`` and the injected clock), say it again from the start: the person needs
  the whole instruction. Likewise an instruction that fell due during the pause. Anything else
  (a countdown, a breath, an instruction already finished) is not repeated; the coach stays
  silent until the next cue is due.
* ``SegmentStarted`` with reason next/previous/restart (skip, back, restart): stop at once; the
  new step's instruction arrives as a ``CueDue`` right after. ``start``/``auto`` say nothing
  (the previous cue, e.g. "switch sides", may still be finishing and the next cue cuts it).
* ``Stopped``: stop. ``Finished``: nothing (the "end" cue is already being spoken).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from .speaker import Speaker

LATE_TIMED_S = 0.75
LATE_WORDS_S = 3.0

#: Cue kinds whose moment is the point: stale after LATE_TIMED_S.
TIMED_KINDS = frozenset({"countdown", "inhale", "exhale", "halfway", "breathe"})
#: Cues worth repeating after a pause if the pause cut them off.
REPEAT_KINDS = frozenset({"instruction", "briefing", "switch", "release"})
#: Cues that must not cut off a REPEAT_KINDS cue still being spoken.
FILLER_KINDS = frozenset({"breathe", "encourage"})
NEVER_DROP = frozenset({"end"})

INTERRUPTING_REASONS = frozenset({"next", "previous", "restart"})


@dataclass
class _Said:
    kind: str
    text: str
    at: float
    seconds: float

    def playing_at(self, t: float) -> bool:
        return self.at <= t < self.at + self.seconds


def kind_name(kind: object) -> str:
    """``CueKind.COUNTDOWN`` (a str-Enum) or ``"countdown"`` -> ``"countdown"``."""
    value = getattr(kind, "value", kind)
    return str(value).lower()


def too_late(kind: str, late_by: float) -> bool:
    """Whether a cue of ``kind`` that is ``late_by`` seconds late should be dropped."""
    if kind in NEVER_DROP:
        return False
    limit = LATE_TIMED_S if kind in TIMED_KINDS else LATE_WORDS_S
    return late_by > limit


class Coach:
    """Speaks a session. Feed it every session event with ``handle(event)``."""

    def __init__(self, speaker: Speaker, now: Callable[[], float] = time.monotonic) -> None:
        self.speaker = speaker
        self.now = now
        self.paused = False
        self._last: _Said | None = None
        self._to_repeat: _Said | None = None

    def handle(self, event: Any) -> None:
        """Dispatch on ``type(event).__name__``; unknown events are ignored."""
        method = getattr(self, f"_on_{type(event).__name__}", None)
        if method is not None:
            method(event)

    def where_am_i(self, text: str) -> None:
        """Say ``text`` (composed by the UI) now, even while paused."""
        self.speaker.say(text)
        self._last = None

    # -- events ----------------------------------------------------------------------------
    def _on_CueDue(self, event: Any) -> None:
        cue = event.cue
        kind = kind_name(getattr(cue, "kind", ""))
        text = str(getattr(cue, "text", "")).strip()
        late_by = float(getattr(event, "late_by", 0.0) or 0.0)
        if not text or too_late(kind, late_by):
            return
        now = self.now()
        if self.paused:
            if kind in REPEAT_KINDS:
                self._to_repeat = _Said(kind, text, now, 0.0)
            return
        if kind in FILLER_KINDS and self._speaking_words(now):
            return
        self._say(kind, text)

    def _speaking_words(self, now: float) -> bool:
        last = self._last
        return last is not None and last.kind in REPEAT_KINDS and last.playing_at(now)

    def _say(self, kind: str, text: str) -> None:
        self.speaker.say(text)
        self._last = _Said(kind, text, self.now(), self.speaker.utterance_seconds(text))

    def _on_Paused(self, event: Any) -> None:
        self.paused = True
        self.speaker.stop()
        self._to_repeat = self._last if self._speaking_words(self.now()) else None
        self._last = None

    def _on_Resumed(self, event: Any) -> None:
        self.paused = False
        again, self._to_repeat = self._to_repeat, None
        if again is not None:
            self._say(again.kind, again.text)

    def _on_SegmentStarted(self, event: Any) -> None:
        if str(getattr(event, "reason", "")) in INTERRUPTING_REASONS:
            self._silence()

    def _on_Stopped(self, event: Any) -> None:
        self._silence()
        self.paused = False

    def _silence(self) -> None:
        self.speaker.stop()
        self._last = None
        self._to_repeat = None

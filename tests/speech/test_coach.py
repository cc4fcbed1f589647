"""The Coach's speaking policy, with a recording speaker and a fake clock (no Qt, no waiting).

The events are the core's own session events (the small constructors below only fill in what
the coach never reads).
"""

from __future__ import annotations

import subprocess
import sys
from dataclasses import dataclass, field

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from stretchguide.core import session
from stretchguide.core.timeline import Cue, CueKind
from stretchguide.speech.coach import Coach
from stretchguide.speech.fake import RecordingSpeaker


def SegmentStarted(index: int, reason: str = "auto") -> session.SegmentStarted:
    return session.SegmentStarted(index, None, reason)  # type: ignore[arg-type]


def Paused() -> session.Paused:
    return session.Paused(0)


def Resumed() -> session.Resumed:
    return session.Resumed(0)


def Finished() -> session.Finished:
    return session.Finished(None)  # type: ignore[arg-type]


def Stopped() -> session.Stopped:
    return session.Stopped(None)  # type: ignore[arg-type]


@dataclass
class Clock:
    t: float = 100.0

    def __call__(self) -> float:
        return self.t

    def advance(self, seconds: float) -> None:
        self.t += seconds


@dataclass
class Rig:
    clock: Clock = field(default_factory=Clock)
    speaker: RecordingSpeaker = field(init=False)
    coach: Coach = field(init=False)

    def __post_init__(self) -> None:
        self.speaker = RecordingSpeaker(now=self.clock)
        self.coach = Coach(self.speaker, now=self.clock)

    def due(self, kind: CueKind, text: str, late_by: float = 0.0) -> None:
        self.coach.handle(session.CueDue(Cue(0.0, kind, text), 0, late_by))


LONG = "Lie on your back and pull your right knee gently toward your chest."


@pytest.fixture
def rig() -> Rig:
    return Rig()


def test_cues_are_spoken_in_order_at_their_time(rig: Rig) -> None:
    rig.coach.handle(SegmentStarted(0, reason="start"))
    rig.due(CueKind.INSTRUCTION, LONG)
    rig.clock.advance(5)
    rig.due(CueKind.HOLD, "Hold it there.")
    rig.clock.advance(15)
    rig.due(CueKind.HALFWAY, "Halfway there.")
    rig.clock.advance(12)
    for n in ("Three", "Two", "One"):
        rig.due(CueKind.COUNTDOWN, n)
        rig.clock.advance(1)
    rig.due(CueKind.END, "That's the end of your session. Well done.")
    rig.coach.handle(Finished())

    assert rig.speaker.said == [
        (100.0, LONG),
        (105.0, "Hold it there."),
        (120.0, "Halfway there."),
        (132.0, "Three"),
        (133.0, "Two"),
        (134.0, "One"),
        (135.0, "That's the end of your session. Well done."),
    ]
    assert rig.speaker.stops == []


def test_pause_stops_speech_at_once(rig: Rig) -> None:
    rig.due(CueKind.INSTRUCTION, LONG)
    rig.clock.advance(1)
    rig.coach.handle(Paused())
    assert rig.speaker.stops == [101.0]
    assert rig.speaker.interrupted == [LONG]
    assert rig.speaker.playing() is None


def test_no_cue_is_spoken_while_paused(rig: Rig) -> None:
    rig.coach.handle(Paused())
    rig.due(CueKind.COUNTDOWN, "Three")
    rig.due(CueKind.BREATHE, "Keep breathing.")
    rig.due(CueKind.INSTRUCTION, "Now the right side.")
    assert rig.speaker.texts == []


@pytest.mark.parametrize(
    ("kind", "late_by", "spoken"),
    [
        (CueKind.COUNTDOWN, 0.7, True),
        (CueKind.COUNTDOWN, 0.75, True),  # exactly at the limit: still said
        (CueKind.INSTRUCTION, 3.0, True),  # exactly at the limit: still said
        (CueKind.COUNTDOWN, 0.8, False),
        (CueKind.INHALE, 0.8, False),
        (CueKind.EXHALE, 0.8, False),
        (CueKind.HALFWAY, 0.8, False),
        (CueKind.BREATHE, 0.8, False),
        (CueKind.INSTRUCTION, 2.9, True),
        (CueKind.INSTRUCTION, 3.1, False),
        (CueKind.SWITCH, 3.1, False),
        (CueKind.BRIEFING, 2.0, True),
        (CueKind.ENCOURAGE, 3.1, False),
        (CueKind.END, 30.0, True),
    ],
)
def test_late_cues_are_dropped_per_kind(rig: Rig, kind: CueKind, late_by: float, spoken: bool):
    rig.due(kind, "Some words.", late_by=late_by)
    assert rig.speaker.texts == (["Some words."] if spoken else [])


def test_skip_cuts_the_current_cue_and_the_next_instruction_follows(rig: Rig) -> None:
    rig.due(CueKind.INSTRUCTION, LONG)
    rig.clock.advance(1)
    rig.coach.handle(SegmentStarted(1, reason="next"))
    rig.due(CueKind.INSTRUCTION, "Kneel on all fours.")
    assert rig.speaker.stops == [101.0]
    assert rig.speaker.interrupted == [LONG]
    assert rig.speaker.texts == [LONG, "Kneel on all fours."]


@pytest.mark.parametrize("reason", ["previous", "restart"])
def test_back_and_restart_also_cut(rig: Rig, reason: str) -> None:
    rig.due(CueKind.COUNTDOWN, "Three")
    rig.coach.handle(SegmentStarted(0, reason=reason))
    assert rig.speaker.stops == [100.0]


def test_automatic_segment_change_does_not_cut_a_finishing_cue(rig: Rig) -> None:
    rig.due(CueKind.SWITCH, "Ease out slowly, and switch sides.")
    rig.coach.handle(SegmentStarted(3, reason="auto"))
    assert rig.speaker.stops == []


def test_resume_repeats_an_interrupted_instruction(rig: Rig) -> None:
    rig.due(CueKind.INSTRUCTION, LONG)
    rig.clock.advance(1.5)
    rig.coach.handle(Paused())
    rig.clock.advance(60)
    rig.coach.handle(Resumed())
    assert rig.speaker.said == [(100.0, LONG), (161.5, LONG)]


def test_resume_does_not_repeat_an_instruction_that_had_ended(rig: Rig) -> None:
    rig.due(CueKind.INSTRUCTION, "Hold it there.")
    rig.clock.advance(rig.speaker.utterance_seconds("Hold it there.") + 0.01)
    rig.coach.handle(Paused())
    rig.coach.handle(Resumed())
    assert rig.speaker.texts == ["Hold it there."]


@pytest.mark.parametrize("kind", [CueKind.COUNTDOWN, CueKind.INHALE, CueKind.HALFWAY])
def test_resume_does_not_repeat_timed_cues(rig: Rig, kind: CueKind) -> None:
    rig.due(kind, "Breathe in slowly through your nose.")
    rig.clock.advance(0.2)
    rig.coach.handle(Paused())
    rig.coach.handle(Resumed())
    assert rig.speaker.texts == ["Breathe in slowly through your nose."]


def test_an_instruction_due_during_a_pause_is_said_on_resume(rig: Rig) -> None:
    rig.coach.handle(Paused())
    rig.coach.handle(SegmentStarted(2, reason="next"))
    rig.due(CueKind.INSTRUCTION, "Sit back on your heels.")
    rig.due(CueKind.COUNTDOWN, "Three")
    assert rig.speaker.texts == []
    rig.clock.advance(10)
    rig.coach.handle(Resumed())
    assert rig.speaker.said == [(110.0, "Sit back on your heels.")]


def test_skip_while_paused_forgets_the_old_instruction(rig: Rig) -> None:
    rig.due(CueKind.INSTRUCTION, LONG)
    rig.coach.handle(Paused())
    rig.coach.handle(SegmentStarted(1, reason="next"))
    rig.coach.handle(Resumed())
    assert rig.speaker.texts == [LONG]


def test_a_filler_cue_never_cuts_an_instruction(rig: Rig) -> None:
    rig.due(CueKind.INSTRUCTION, LONG)
    rig.clock.advance(1)
    rig.due(CueKind.ENCOURAGE, "You're doing great.")
    rig.due(CueKind.BREATHE, "Keep breathing.")
    rig.due(CueKind.COUNTDOWN, "Three")  # time-critical: it does cut in
    assert rig.speaker.texts == [LONG, "Three"]
    assert rig.speaker.interrupted == [LONG]


def test_stop_silences_and_forgets(rig: Rig) -> None:
    rig.due(CueKind.BRIEFING, LONG)
    rig.coach.handle(Paused())
    rig.coach.handle(Stopped())
    rig.coach.handle(Resumed())
    assert rig.speaker.texts == [LONG]
    assert len(rig.speaker.stops) == 2


def test_a_session_stopped_while_paused_leaves_the_coach_ready_to_speak(rig: Rig) -> None:
    """The same coach speaks the next session: a stop during a pause must not mute it."""
    rig.due(CueKind.BRIEFING, LONG)
    rig.coach.handle(Paused())
    rig.coach.handle(Stopped())
    rig.clock.advance(60)
    rig.coach.handle(SegmentStarted(0, reason="start"))
    rig.due(CueKind.BRIEFING, "Stay seated.")
    assert rig.speaker.texts == [LONG, "Stay seated."]


def test_where_am_i_speaks_even_while_paused(rig: Rig) -> None:
    rig.due(CueKind.INSTRUCTION, LONG)
    rig.coach.handle(Paused())
    rig.coach.where_am_i("Knee to chest, right side. 20 seconds left.")
    rig.coach.handle(Resumed())
    assert rig.speaker.texts == [LONG, "Knee to chest, right side. 20 seconds left.", LONG]


def test_unknown_events_are_ignored_and_plain_strings_work_as_kinds(rig: Rig) -> None:
    @dataclass
    class Tick:
        t: float

    @dataclass
    class PlainCue:
        kind: str
        text: str

    rig.coach.handle(Tick(1.0))
    rig.coach.handle(session.CueDue(PlainCue("instruction", "Hello."), 0, 0.0))  # type: ignore[arg-type]
    assert rig.speaker.texts == ["Hello."]


events = st.one_of(
    st.builds(
        session.CueDue,
        cue=st.builds(
            Cue,
            at_s=st.just(0.0),
            kind=st.sampled_from(CueKind),
            text=st.sampled_from(["A.", "B b b."]),
        ),
        index=st.just(0),
        late_by=st.floats(0, 5),
    ),
    st.builds(Paused),
    st.builds(Resumed),
    st.builds(SegmentStarted, index=st.just(0), reason=st.sampled_from(["auto", "next"])),
    st.builds(Stopped),
)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.tuples(events, st.floats(0, 3)), max_size=30))
def test_nothing_is_said_while_paused_and_end_is_never_lost(steps) -> None:
    rig = Rig()
    paused = False
    for event, gap in steps:
        rig.clock.advance(gap)
        before = len(rig.speaker.utterances)
        rig.coach.handle(event)
        spoke = len(rig.speaker.utterances) > before
        name = type(event).__name__
        if name == "Paused":
            paused = True
        elif name in ("Resumed", "Stopped"):
            paused = False
        if paused:
            assert not spoke
        if name == "CueDue" and event.cue.kind is CueKind.END and not paused:
            assert spoke


def test_the_coach_imports_no_qt() -> None:
    code = (
        "import sys, stretchguide.speech.coach, stretchguide.speech.fake, "
        "stretchguide.speech.null_speaker\n"
        "assert not [m for m in sys.modules if m.startswith(('PySide6', 'shiboken'))]"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_a_breathing_prompt_still_comes_after_where_am_i(rig: Rig) -> None:
    """The answer to "where am I?" is not an instruction: fillers after it are still said."""
    rig.coach.where_am_i("Knee to chest, right side. 20 seconds left.")
    rig.due(CueKind.BREATHE, "Keep breathing.")
    assert rig.speaker.texts[-1] == "Keep breathing."


def test_cues_are_spoken_again_after_a_resume(rig: Rig) -> None:
    rig.coach.handle(Paused())
    rig.coach.handle(Resumed())
    rig.due(CueKind.COUNTDOWN, "Three")
    rig.due(CueKind.BREATHE, "Keep breathing.")
    assert rig.speaker.texts == ["Three", "Keep breathing."]


def test_a_repeated_instruction_is_not_cut_by_a_filler(rig: Rig) -> None:
    """The instruction said again after a pause is still an instruction: fillers wait for it."""
    rig.due(CueKind.INSTRUCTION, LONG)
    rig.clock.advance(1)
    rig.coach.handle(Paused())
    rig.coach.handle(Resumed())
    rig.clock.advance(1)
    rig.due(CueKind.BREATHE, "Keep breathing.")
    assert rig.speaker.texts == [LONG, LONG]


def test_a_filler_is_said_the_moment_the_instruction_ends() -> None:
    rig = Rig()
    rig.speaker.durations[LONG] = 4.0
    rig.due(CueKind.INSTRUCTION, LONG)
    rig.clock.advance(3.5)
    rig.due(CueKind.BREATHE, "Keep breathing.")  # would cut the instruction: dropped
    rig.clock.advance(0.5)
    rig.due(CueKind.BREATHE, "Breathe slowly.")  # the instruction has just ended
    assert rig.speaker.texts == [LONG, "Breathe slowly."]


def test_an_instruction_said_on_resume_keeps_fillers_back(rig: Rig) -> None:
    rig.coach.handle(Paused())
    rig.due(CueKind.INSTRUCTION, LONG)  # fell due during the pause
    rig.coach.handle(Resumed())
    rig.clock.advance(1)
    rig.due(CueKind.BREATHE, "Keep breathing.")
    assert rig.speaker.texts == [LONG]


class _Bare:
    """A stand-in with only the attributes given: the coach reads events by duck typing."""

    def __init__(self, **attributes: object) -> None:
        self.__dict__.update(attributes)


def test_stand_in_events_need_only_what_they_say() -> None:
    """A cue event without ``late_by`` is on time, a cue without text says nothing, and a step
    change without a reason cuts nothing."""
    rig = Rig()
    cue_due = type("CueDue", (_Bare,), {})
    segment_started = type("SegmentStarted", (_Bare,), {})
    rig.coach.handle(cue_due(cue=_Bare(kind="countdown", text="Three")))
    rig.coach.handle(cue_due(cue=_Bare(kind="instruction")))
    rig.coach.handle(segment_started())
    assert rig.speaker.texts == ["Three"]
    assert rig.speaker.stops == []

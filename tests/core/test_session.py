"""The session engine, stepped through on a fake clock: every timing rule, in microseconds."""

from __future__ import annotations

import pytest

from stretchguide.core.clock import FakeClock
from stretchguide.core.session import (
    BACK_WINDOW_S,
    CueDue,
    Extended,
    Finished,
    Outcome,
    Paused,
    Resumed,
    SegmentStarted,
    Session,
    State,
    Stopped,
)

from .helpers import session, timeline


def cues(events: list) -> list[str]:
    return [e.cue.text for e in events if isinstance(e, CueDue)]


def test_start_speaks_the_first_instruction_at_once() -> None:
    s, _, events = session()
    assert s.state is State.READY
    assert s.start()
    assert isinstance(events[0], SegmentStarted) and events[0].reason == "start"
    assert isinstance(events[1], CueDue) and events[1].cue.kind.value == "briefing"
    assert s.offset() == 0


def test_plays_through_to_the_end_exactly_once() -> None:
    s, clock, events = session()
    s.start()
    clock.advance(s.total() + 100)
    s.poll()
    s.poll()
    assert s.state is State.FINISHED
    assert sum(isinstance(e, Finished) for e in events) == 1
    assert cues(events)[-1] == "That's the end of your session. Well done."
    expected = [c.text for seg in s.timeline.segments for c in seg.cues]
    assert cues(events)[:-1] == expected
    summary = events[-1].summary
    assert all(r.outcome is Outcome.COMPLETED for r in summary.records)
    assert summary.played_s == pytest.approx(s.total())
    assert s.elapsed() == pytest.approx(s.total())


def test_a_routine_skipped_to_its_end_is_not_praised() -> None:
    s, clock, events = session()
    s.start()
    while s.state is not State.FINISHED:
        clock.advance(1.0)
        s.next()
    closing = cues(events)[-1]
    assert "Well done" not in closing
    assert closing == s.timeline.closing_nothing_held.text
    assert closing in s.timeline.texts()  # rendered ahead like every other cue


def test_one_stretch_held_earns_the_usual_closing_words() -> None:
    s, clock, events = session()
    s.start()
    holds = [i for i, seg in enumerate(s.timeline.segments) if seg.kind.value == "hold"]
    while s.index < holds[0]:
        s.next()
    clock.advance(s.timeline.segments[holds[0]].duration_s)  # the first stretch held whole
    s.poll()
    while s.state is not State.FINISHED:
        s.next()
    assert cues(events)[-1] == "That's the end of your session. Well done."


def test_cues_fire_at_their_exact_offsets() -> None:
    s, clock, events = session()
    s.start()
    fired: list[tuple[float, float]] = []
    t0 = clock.now()
    while s.state is State.RUNNING:
        deadline = s.next_deadline()
        assert deadline is not None
        clock.advance(max(0.0, deadline - clock.now()))
        before = len(events)
        s.poll()
        fired += [(clock.now() - t0, e.cue.at_s) for e in events[before:] if isinstance(e, CueDue)]
    for when, at in fired:
        assert when == pytest.approx(at, abs=1e-6)


def test_pause_freezes_time_and_silences_cues() -> None:
    s, clock, events = session()
    s.start()
    clock.advance(5)
    assert s.pause()
    assert isinstance(events[-1], Paused)
    elapsed = s.elapsed()
    n = len(events)
    clock.advance(500)
    s.poll()
    assert s.elapsed() == elapsed
    assert len(events) == n
    assert s.next_deadline() is None
    assert s.resume()
    assert isinstance(events[-1], Resumed)
    clock.advance(1)
    assert s.elapsed() == pytest.approx(elapsed + 1)


def test_no_drift_over_many_pauses() -> None:
    s, clock, _ = session("full-lower-back-and-glutes")
    s.start()
    for _ in range(2000):
        clock.advance(0.1)
        s.pause()
        clock.advance(3.7)
        s.resume()
    assert s.elapsed() == pytest.approx(200.0, abs=1e-6)


def test_next_skips_without_speaking_the_rest() -> None:
    s, clock, events = session()
    s.start()
    clock.advance(1)
    s.next()
    started = [e for e in events if isinstance(e, SegmentStarted)]
    assert started[-1].index == 1 and started[-1].reason == "next"
    assert isinstance(events[-1], CueDue) and events[-1].index == 1
    assert s.summary().records[0].outcome is Outcome.SKIPPED


def test_next_on_the_last_step_finishes() -> None:
    s, _, events = session()
    s.start()
    while s.state is State.RUNNING:
        s.next()
    assert s.state is State.FINISHED
    assert sum(isinstance(e, Finished) for e in events) == 1


def test_back_restarts_or_goes_to_previous_near_the_start() -> None:
    s, clock, events = session()
    s.start()
    s.next()
    clock.advance(BACK_WINDOW_S + 1)
    s.previous()
    assert s.index == 1 and s.offset() == 0
    assert [e for e in events if isinstance(e, SegmentStarted)][-1].reason == "restart"
    clock.advance(1)
    s.previous()
    assert s.index == 0
    assert [e for e in events if isinstance(e, SegmentStarted)][-1].reason == "previous"
    s.previous()  # at the first step: restart it
    assert s.index == 0


def test_extend_moves_the_countdown_with_the_end() -> None:
    s, clock, events = session()
    s.start()
    s.next()
    s.next()  # the first hold
    seg = s.segment
    assert seg.kind.value == "hold"
    clock.advance(seg.duration_s - 2.5)  # "Three" said, "Two" not yet
    s.poll()
    assert s.extend(15)
    assert isinstance(events[-1], Extended)
    assert s.time_left() == pytest.approx(17.5)
    clock.advance(14.5)
    s.poll()
    later = cues(events)
    assert later[-1] == "Three"
    clock.advance(2)
    s.poll()
    assert cues(events)[-2:] == ["Two", "One"]
    assert s.index == seg.index
    clock.advance(1)
    s.poll()
    assert s.index == seg.index + 1


def test_extend_only_holds() -> None:
    s, _, _ = session()
    s.start()
    assert not s.extend(10)  # a briefing
    s.pause()
    assert s.state is State.PAUSED


def test_navigating_while_paused_speaks_after_resume() -> None:
    s, _clock, events = session()
    s.start()
    s.pause()
    n = len(events)
    s.next()
    assert not any(isinstance(e, CueDue) for e in events[n:])
    s.resume()
    assert isinstance(events[-1], CueDue) and events[-1].index == 1


def test_stop_records_the_step_it_ended_in() -> None:
    s, clock, events = session()
    s.start()
    clock.advance(2)
    assert s.stop(Outcome.PAIN)
    assert isinstance(events[-1], Stopped)
    summary = events[-1].summary
    assert summary.ended_by == "pain" and not summary.finished
    assert summary.records[0].outcome is Outcome.PAIN
    assert summary.played_s == pytest.approx(2)
    assert not s.stop()
    assert not s.resume() and not s.next()


def test_late_poll_reports_how_late_each_cue_is() -> None:
    s, clock, events = session()
    s.start()
    clock.advance(20)  # the timer fired late, say after a suspend
    s.poll()
    late = [(e.index, e.late_by) for e in events if isinstance(e, CueDue)]
    # Cues due at the start are on time; each one that fell due while nobody polled is as late
    # as the 20 s mark is past its own moment.
    expected = [
        (seg.index, pytest.approx(20 - cue.at_s if cue.at_s > 0 else 0.0))
        for seg in s.timeline.segments
        for cue in seg.cues
        if cue.at_s <= 20
    ]
    assert len(expected) >= 2 and any(when > 0 for _, when in late)
    assert late == expected


def test_resume_at_a_saved_step() -> None:
    t = timeline("desk-break")
    s = Session(t, FakeClock(), start_index=2)
    s.start()
    assert s.index == 2 and s.segment.kind.value == "hold"


def test_upcoming_and_progress() -> None:
    s, clock, _ = session()
    assert s.upcoming() is s.timeline.segments[1]
    s.start()
    clock.advance(s.total() / 2)
    s.poll()  # queries reflect the session as of the last poll
    assert s.progress() == pytest.approx(0.5)


def test_retime_before_start_uses_exact_speech_lengths() -> None:
    from stretchguide.core.timeline import compile_timeline

    from .helpers import catalog, library

    routine = library().get("desk-break")
    assert routine is not None
    s = Session(compile_timeline(routine, catalog()), FakeClock())
    slow = compile_timeline(routine, catalog(), utterance_seconds=lambda _t: 12.0)
    assert s.retime(slow)
    assert s.segment.duration_s == slow.segments[0].duration_s
    s.start()
    assert not s.retime(slow)  # never under a running session
    other = compile_timeline(library().get("lower-back-relief"), catalog())  # type: ignore[arg-type]
    assert not Session(slow, FakeClock()).retime(other)


# ---- the rules a person relies on, pinned at their edges (issue 14's surviving mutants) --------


def _run_to_end_of_segment(s: Session, clock: FakeClock, events: list) -> list[tuple[float, str]]:
    """Step the session deadline by deadline until it leaves its segment; (clock, text) said."""
    said: list[tuple[float, str]] = []
    index = s.index
    while s.state is State.RUNNING and s.index == index:
        deadline = s.next_deadline()
        assert deadline is not None
        clock.advance(max(0.0, deadline - clock.now()))
        before = len(events)
        s.poll()
        said += [(clock.now(), e.cue.text) for e in events[before:] if isinstance(e, CueDue)]
    return said


def _at_first_hold(s: Session) -> None:
    s.start()
    s.next()
    s.next()
    assert s.segment.kind.value == "hold"


def test_extend_after_the_countdown_began_counts_down_again_at_the_new_end() -> None:
    """'Three' was said, then more time was asked for: the whole countdown comes again, on time."""
    s, clock, events = session()
    _at_first_hold(s)
    seg = s.segment
    start = clock.now()
    clock.advance(seg.duration_s - 1.5)  # "Three" and "Two" said, "One" not yet
    s.poll()
    assert cues(events)[-2:] == ["Three", "Two"]
    assert s.extend(15)
    new_end = start + seg.duration_s + 15
    said = _run_to_end_of_segment(s, clock, events)
    countdown = [(t, text) for t, text in said if text in ("Three", "Two", "One")]
    assert [text for _, text in countdown] == ["Three", "Two", "One"]
    for (t, _), before_end in zip(countdown, (3.0, 2.0, 1.0), strict=True):
        assert t == pytest.approx(new_end - before_end, abs=1e-6)
    assert s.index == seg.index + 1


def test_restarting_a_step_drops_its_extension() -> None:
    s, clock, _ = session()
    _at_first_hold(s)
    base = s.segment.duration_s
    clock.advance(20)
    assert s.extend(15)
    assert s.time_left() == pytest.approx(base + 15 - 20)
    assert s.restart_step()
    assert s.duration_of(s.index) == pytest.approx(base)
    assert s.time_left() == pytest.approx(base)
    assert s.total() == pytest.approx(s.timeline.total_s)


def test_going_back_to_a_step_drops_its_extension() -> None:
    s, clock, _ = session()
    _at_first_hold(s)
    hold = s.index
    base = s.segment.duration_s
    assert s.extend(15)
    s.next()
    clock.advance(1)  # within the back window: back to the hold, from its start
    assert s.previous()
    assert s.index == hold
    assert s.time_left() == pytest.approx(base)
    assert s.total() == pytest.approx(s.timeline.total_s)


def test_back_at_exactly_three_seconds_still_goes_to_the_previous_step() -> None:
    """'Within 3 s of a step's start' includes the 3.0 s mark itself; just past it restarts."""
    s, clock, _ = session()
    s.start()
    s.next()
    clock.advance(3.0)
    assert s.offset() == 3.0
    s.previous()
    assert s.index == 0

    s, clock, events = session()
    s.start()
    s.next()
    clock.advance(3.001)
    s.previous()
    assert s.index == 1
    assert [e for e in events if isinstance(e, SegmentStarted)][-1].reason == "restart"


def test_stop_catches_up_with_the_clock_first() -> None:
    """A stop pressed after the timer fell behind ends the step the person is really in."""
    s, clock, events = session()
    s.start()
    clock.advance(s.timeline.segments[0].duration_s + 2)  # into step 2; no poll since
    assert s.stop()
    summary = events[-1].summary
    assert summary.ended_by == "stopped"
    assert [r.outcome for r in summary.records[:3]] == [
        Outcome.COMPLETED,
        Outcome.PARTIAL,
        Outcome.NOT_REACHED,
    ]
    assert summary.resume_index == 1
    assert s.offset() == pytest.approx(2)  # frozen where it was stopped
    clock.advance(50)
    assert s.offset() == pytest.approx(2) and s.elapsed() == pytest.approx(summary.played_s)


def test_stop_after_the_session_already_ran_out_changes_nothing() -> None:
    s, clock, events = session()
    s.start()
    clock.advance(s.total() + 1)  # finished while nobody polled
    assert not s.stop()
    assert s.state is State.FINISHED
    assert not any(isinstance(e, Stopped) for e in events)
    assert sum(isinstance(e, Finished) for e in events) == 1
    assert events[-1].summary.ended_by == "finished"


def test_toggle_starts_pauses_and_resumes() -> None:
    s, clock, events = session()
    assert s.toggle() and s.state is State.RUNNING
    clock.advance(1)
    assert s.toggle() and s.state is State.PAUSED
    assert s.toggle() and s.state is State.RUNNING
    assert [type(e).__name__ for e in events if not isinstance(e, CueDue)] == [
        "SegmentStarted",
        "Paused",
        "Resumed",
    ]


def test_the_big_countdown_shows_only_the_hold_itself() -> None:
    """During the spoken instruction the countdown is hidden; then it counts the hold down."""
    s, clock, _ = session()
    _at_first_hold(s)
    seg = s.segment
    assert s.hold_time_left() is None
    clock.advance(seg.lead_s - 0.5)
    assert s.hold_time_left() is None
    clock.advance(0.5)
    assert s.hold_time_left() == pytest.approx(seg.duration_s - seg.lead_s)
    clock.advance(10)
    assert s.hold_time_left() == pytest.approx(seg.duration_s - seg.lead_s - 10)


def test_progress_and_what_comes_next_at_the_end() -> None:
    s, clock, _ = session()
    s.start()
    while s.upcoming() is not None:
        s.next()
    assert s.index == len(s.timeline.segments) - 1
    assert s.progress() < 1.0
    clock.advance(s.time_left())
    s.poll()
    assert s.state is State.FINISHED
    assert s.progress() == 1.0


def test_summary_groups_steps_by_outcome() -> None:
    s, clock, _ = session()
    s.start()
    s.next()  # the briefing skipped
    clock.advance(s.segment.duration_s)
    s.poll()  # the transition completed
    s.stop(Outcome.PAIN)
    summary = s.summary()
    assert [r.segment.index for r in summary.with_outcome(Outcome.SKIPPED)] == [0]
    assert [r.segment.index for r in summary.with_outcome(Outcome.COMPLETED)] == [1]
    assert [r.segment.index for r in summary.with_outcome(Outcome.PAIN)] == [2]
    assert summary.ended_by == "pain"


def test_the_summary_counts_time_played_and_the_longest_visit() -> None:
    """Played time adds up every visit; holding time comes from the longest single visit."""
    s, clock, _ = session()
    _at_first_hold(s)
    seg = s.segment
    clock.advance(seg.lead_s + 4.25)
    assert s.played_s() == pytest.approx(seg.lead_s + 4.25)
    s.pause()
    clock.advance(100)  # paused time is not played
    assert s.played_s() == pytest.approx(seg.lead_s + 4.25)
    s.resume()
    s.restart_step()
    clock.advance(seg.lead_s + 2.0)
    s.pause()  # what a saved resume point sees
    summary = s.summary()
    record = summary.records[seg.index]
    assert record.outcome is Outcome.NOT_REACHED  # still in it: no outcome yet
    assert record.played_s == pytest.approx(2 * seg.lead_s + 6.25, abs=1e-3)
    assert record.visit_s == pytest.approx(seg.lead_s + 4.25, abs=1e-3)
    assert record.held_s == pytest.approx(4.25, abs=1e-3)
    assert summary.resume_index == seg.index
    assert summary.played_s == pytest.approx(2 * seg.lead_s + 6.25, abs=1e-3)
    assert summary.ended_by == "" and not summary.finished


def test_the_closing_words_come_once_with_how_late_they_are() -> None:
    s, clock, events = session()
    s.start()
    clock.advance(s.total() + 2.5)
    s.poll()
    closing = [e for e in events if isinstance(e, CueDue) and e.cue is s.timeline.closing]
    assert [(c.index, c.late_by) for c in closing] == [
        (len(s.timeline.segments) - 1, pytest.approx(2.5))
    ]
    assert events[-1].summary.ended_by == "finished" and events[-1].summary.finished

    s, clock, events = session()
    s.start()
    while s.state is State.RUNNING:
        s.next()  # skipped to the end: the closing words are on time (and praise nothing)
    closing = [
        e for e in events if isinstance(e, CueDue) and e.cue is s.timeline.closing_nothing_held
    ]
    assert [c.late_by for c in closing] == [0.0]


def test_time_left_reaches_zero_at_the_end_of_a_step() -> None:
    s, clock, _ = session()
    s.start()
    clock.advance(s.timeline.segments[0].duration_s)  # exactly at its end, not yet polled
    assert s.time_left() == 0.0


def test_skip_from_the_second_last_step_goes_to_the_last() -> None:
    s, _, _ = session()
    s.start()
    last = len(s.timeline.segments) - 1
    while s.index < last - 1:
        s.next()
    assert s.next()
    assert s.state is State.RUNNING and s.index == last


def test_going_back_over_a_skipped_step_unskips_it() -> None:
    s, _, _ = session()
    s.start()
    s.next()
    s.next()  # steps 0 and 1 skipped, now at 2
    s.previous()  # at 1 again
    s.previous()  # at 0 again
    s.stop()
    outcomes = [r.outcome for r in s.summary().records[:3]]
    assert outcomes == [Outcome.PARTIAL, Outcome.NOT_REACHED, Outcome.NOT_REACHED]


def test_nothing_moves_after_a_stop() -> None:
    s, _, _ = session()
    s.start()
    s.stop()
    assert not s.restart_step() and not s.previous() and not s.extend(15)
    assert not s.pause() and not s.toggle()
    assert s.state is State.STOPPED


def test_extend_adds_up_and_says_how_much() -> None:
    s, _, events = session()
    _at_first_hold(s)
    base = s.segment.duration_s
    assert not s.extend(0)
    assert s.extend(0.5)
    assert s.extend(15)
    assert [(e.index, e.seconds) for e in events if isinstance(e, Extended)] == [
        (s.index, 0.5),
        (s.index, 15),
    ]
    assert s.duration_of(s.index) == pytest.approx(base + 15.5)


def test_extend_repeats_only_the_countdown_not_what_was_said_before() -> None:
    s, clock, events = session()
    _at_first_hold(s)
    seg = s.segment
    clock.advance(seg.duration_s - 1.5)
    s.poll()
    said_before = cues(events)
    s.extend(15)
    clock.advance(15 + 1.5)
    s.poll()
    again = cues(events)[len(said_before) :]
    assert again[:3] == ["Three", "Two", "One"]
    assert not any(text in again for text in said_before if text not in ("Three", "Two"))


def test_navigating_while_paused_starts_the_new_step_from_zero() -> None:
    s, clock, _ = session()
    s.start()
    clock.advance(2)
    s.pause()
    s.next()
    assert s.offset() == 0.0 and s.time_left() == s.segment.duration_s
    s.resume()
    clock.advance(1.5)
    s.next()
    assert s.summary().records[1].played_s == pytest.approx(1.5)


def test_before_the_start_nothing_has_run() -> None:
    s, _, _ = session()
    assert s.offset() == 0.0 and s.elapsed() == 0.0 and s.played_s() == 0.0
    assert s.time_left() == s.segment.duration_s
    assert s.start() and not s.start()  # a second start changes nothing
    summary = s.summary()
    assert (summary.routine_id, summary.routine_title) == ("desk-break", s.timeline.routine_title)
    assert all(r.played_s == 0.0 and r.visit_s == 0.0 for r in summary.records)


def test_a_saved_step_past_the_end_resumes_at_the_last_step() -> None:
    t = timeline("desk-break")
    assert Session(t, FakeClock(), start_index=999).index == len(t.segments) - 1
    assert Session(t, FakeClock(), start_index=-3).index == 0
    with pytest.raises(ValueError, match="'empty' has nothing to play"):
        Session(t._replace(routine_id="empty", segments=()), FakeClock())


def test_events_name_the_step_they_happen_in() -> None:
    s, clock, events = session()
    s.start()
    clock.advance(s.total() / 2)
    s.poll()
    s.pause()
    s.resume()
    s.next()
    started = [e for e in events if isinstance(e, SegmentStarted)]
    assert [e.reason for e in started][:2] == ["start", "auto"]
    assert all(e.segment is s.timeline.segments[e.index] for e in started)
    assert [e.index for e in started] == list(range(s.index + 1))
    paused = next(e for e in events if isinstance(e, Paused))
    resumed = next(e for e in events if isinstance(e, Resumed))
    assert paused.index == resumed.index == s.index - 1


def test_a_late_cue_reports_its_own_lateness() -> None:
    s, clock, events = session()
    _at_first_hold(s)
    seg = s.segment
    clock.advance(seg.lead_s + 2.5)  # "Hold it there." fell due 2.5 s ago
    s.poll()
    [hold] = [e for e in events if isinstance(e, CueDue) and e.cue.text == "Hold it there."]
    assert hold.late_by == pytest.approx(2.5)


def test_a_step_played_in_pieces_counts_its_whole_length() -> None:
    s, clock, _ = session()
    s.start()
    clock.advance(3)
    s.pause()
    clock.advance(30)
    s.resume()
    clock.advance(1)
    assert s.played_s() == pytest.approx(4)
    s.pause()
    s.resume()
    clock.advance(s.timeline.segments[0].duration_s)
    s.poll()
    record = s.summary().records[0]
    assert record.played_s == pytest.approx(s.timeline.segments[0].duration_s)
    assert record.visit_s == pytest.approx(s.timeline.segments[0].duration_s)


def test_the_longest_visit_is_kept_whatever_came_after() -> None:
    s, clock, _ = session()
    _at_first_hold(s)
    seg = s.segment
    for seconds in (seg.lead_s + 9, seg.lead_s + 2, 1.0):
        clock.advance(seconds)
        s.restart_step()
    assert s.summary().records[seg.index].held_s == pytest.approx(9, abs=1e-3)


def test_commands_report_when_the_session_ran_out_under_them() -> None:
    """A command arriving after the last step already ran out says it did nothing."""
    for command in ("pause", "extend"):
        s, clock, _ = session()
        s.start()
        while s.index < len(s.timeline.segments) - 1:
            s.next()
        clock.advance(s.time_left() + 1)
        assert not getattr(s, command)()
        assert s.state is State.FINISHED
    s, _, _ = session()
    s.start()
    while s.index < len(s.timeline.segments) - 1:
        s.next()
    assert s.next() and s.state is State.FINISHED


def test_a_short_visit_counts_its_own_length() -> None:
    s, clock, _ = session()
    s.start()
    clock.advance(0.5)
    s.next()
    assert s.summary().records[0].visit_s == pytest.approx(0.5)


def test_extend_gives_fifteen_seconds_unless_told() -> None:
    s, _, _ = session()
    _at_first_hold(s)
    before = s.time_left()
    assert s.extend()
    assert s.time_left() == pytest.approx(before + 15)

"""The Qt adapter: one single-shot timer aimed at the next deadline or display second."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from stretchguide.core.clock import FakeClock
from stretchguide.core.session import CueDue, Outcome, Session, State
from stretchguide.core.timeline import CueKind, compile_timeline
from stretchguide.ui.session_driver import SessionDriver
from tests.core.helpers import catalog, library, timeline
from tests.ui.fakes import TimerBank


class StubCoach:
    def __init__(self) -> None:
        self.events: list[object] = []

    def handle(self, event: object) -> None:
        self.events.append(event)


@pytest.fixture
def rig(qtbot: QtBot) -> tuple[SessionDriver, FakeClock, TimerBank, StubCoach]:
    clock = FakeClock()
    timers = TimerBank(clock)
    coach = StubCoach()
    # Every text takes 8.675 s to say, so the timings below do not follow the speech estimate.
    routine = library().get("desk-break")
    assert routine is not None
    plan = compile_timeline(routine, catalog(), utterance_seconds=lambda _text: 8.675)
    driver = SessionDriver(Session(plan, clock), clock, coach=coach, timer_factory=timers)
    yield driver, clock, timers, coach
    driver.shutdown()


def test_one_single_shot_timer_aimed_at_the_next_whole_second(rig) -> None:
    driver, _clock, timers, _ = rig
    driver.start()
    assert len(timers.timers) == 1
    timer = timers.timers[0]
    assert timer.single_shot and timer.isActive()
    # The briefing lasts 9.675 s and has no other cue: the display changes first, in 0.675 s.
    assert timer.interval_ms == 675
    timers.run_for(0.675)
    assert timer.interval_ms == 1000


def test_timer_is_aimed_at_a_cue_closer_than_the_next_second(rig) -> None:
    driver, clock, timers, _ = rig
    driver.start()
    timers.run_for(9.0)  # 0.675 s before the transition
    assert timers.timers[0].due == pytest.approx(clock.now() + 0.675, abs=1e-3)


def test_events_become_signals_and_reach_the_coach(rig, qtbot: QtBot) -> None:
    driver, _clock, timers, coach = rig
    with qtbot.waitSignal(driver.segmentStarted) as started:
        driver.start()
    assert started.args[0].index == 0
    cues: list[CueDue] = []
    driver.cueDue.connect(cues.append)
    with qtbot.waitSignal(driver.segmentStarted) as nxt:
        timers.run_for(10.0)
    assert nxt.args[0].segment.title == "Warm-up: march in your chair"
    assert [c.cue.kind for c in cues] == [CueKind.INSTRUCTION]
    assert any(isinstance(e, CueDue) for e in coach.events)


def test_whole_session_plays_to_the_end_on_fake_time(rig, qtbot: QtBot) -> None:
    driver, _clock, timers, _ = rig
    driver.start()
    with qtbot.waitSignal(driver.finished) as done:
        fires = timers.run_for(400.0)
    summary = done.args[0]
    assert summary.finished
    assert all(r.outcome is Outcome.COMPLETED for r in summary.records)
    assert not timers.active()
    # About one fire per second plus one per cue: never a busy loop.
    assert fires < 200


def test_paused_session_has_no_timer_and_resume_rearms_it(rig) -> None:
    driver, clock, timers, _ = rig
    driver.start()
    assert driver.pause()
    assert driver.session.state is State.PAUSED
    assert not timers.active()
    clock.advance(60)
    assert driver.resume()
    assert timers.active()
    assert driver.session.index == 0


def test_count_in_shows_three_two_one_then_starts(rig, qtbot: QtBot) -> None:
    driver, _clock, timers, _ = rig
    seen: list[int] = []
    driver.getReady.connect(seen.append)
    driver.start(3.0)
    assert driver.counting_in and driver.session.state is State.READY
    timers.run_for(2.5)
    assert driver.session.state is State.READY
    with qtbot.waitSignal(driver.segmentStarted):
        timers.run_for(0.5)
    assert seen == [3, 2, 1]
    assert driver.session.state is State.RUNNING and not driver.counting_in


def test_space_during_count_in_pauses_it(rig) -> None:
    driver, clock, timers, _ = rig
    driver.start(3.0)
    timers.run_for(1.0)
    driver.toggle()
    assert driver.paused_in_count_in and not timers.active()
    clock.advance(30)
    driver.toggle()
    timers.run_for(2.0)
    assert driver.session.state is State.RUNNING


def test_next_during_the_count_in_starts_the_first_step_at_once(rig, qtbot: QtBot) -> None:
    driver, clock, timers, _ = rig
    driver.start(15.0)
    timers.run_for(2.0)
    assert driver.counting_in and driver.ready_fraction() == pytest.approx(13 / 15)
    before = clock.now()
    with qtbot.waitSignal(driver.segmentStarted) as started:
        assert driver.next()
    assert clock.now() == before  # at once, not at the end of the count-in
    assert started.args[0].index == 0 and started.args[0].reason == "start"
    assert driver.session.state is State.RUNNING and not driver.counting_in
    timers.run_for(13.0)  # the old count-in's end passes without a second start
    assert driver.session.state is State.RUNNING


def test_next_while_the_count_in_is_paused_starts_too(rig) -> None:
    driver, _clock, timers, _ = rig
    driver.start(8.0)
    timers.run_for(1.0)
    driver.toggle()  # Space pauses the count-in
    assert driver.paused_in_count_in and driver.session.state is State.READY
    assert driver.next()
    assert driver.session.state is State.RUNNING and not driver.paused_in_count_in
    assert driver.session.index == 0


def test_shutdown_stops_the_timer(rig) -> None:
    driver, _clock, timers, _ = rig
    driver.start()
    driver.shutdown()
    assert not timers.active()


def test_a_failing_coach_never_stops_the_session(qtbot: QtBot) -> None:
    class Broken:
        def handle(self, event: object) -> None:
            raise RuntimeError("speech exploded")

    clock = FakeClock()
    timers = TimerBank(clock)
    driver = SessionDriver(
        Session(timeline("desk-break"), clock), clock, coach=Broken(), timer_factory=timers
    )
    driver.start()
    timers.run_for(100)
    assert driver.session.index == 2
    driver.shutdown()


def test_real_qtimer_is_the_default_and_is_stopped_on_shutdown(qtbot: QtBot) -> None:
    from PySide6.QtCore import QTimer

    clock = FakeClock()
    driver = SessionDriver(Session(timeline("desk-break"), clock), clock)
    assert isinstance(driver.timer, QTimer)
    driver.start()
    assert driver.timer.isActive() and driver.timer.isSingleShot()
    driver.shutdown()
    assert not driver.timer.isActive()

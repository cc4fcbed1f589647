"""The finish screen says what happened: finished, stopped early, or nothing held."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from stretchguide.core.clock import FakeClock
from stretchguide.core.model import StepKind
from stretchguide.core.session import Session, SessionSummary
from stretchguide.ui.finish_view import FinishView, finish_words
from tests.core.helpers import timeline


def played(routine_id: str, plan: str) -> SessionSummary:
    """Play ``routine_id`` by a plan: ``skip`` every step, ``hold`` it to its end, or ``stop``
    in the first stretch after ``hold_for`` seconds (``stop:SECONDS``)."""
    clock = FakeClock()
    session = Session(timeline(routine_id), clock)
    session.start()
    while session.state.value == "running":
        segment = session.segment
        if plan == "skip":
            session.next()
        elif plan.startswith("stop:") and segment.kind in (StepKind.HOLD, StepKind.FLOW):
            clock.advance(segment.lead_s + float(plan.split(":")[1]))
            session.poll()
            session.stop()
        else:
            clock.advance(segment.duration_s)
            session.poll()
    return session.summary()


@pytest.mark.parametrize(
    ("plan", "heading", "note"),
    [
        ("hold", "Well done", ""),
        ("skip", "Routine over: every stretch skipped", "no stretch was held"),
        ("stop:20", "Stopped early", ""),
        ("stop:0", "Session stopped", "no stretch was held"),
    ],
)
def test_the_words_match_what_happened(plan: str, heading: str, note: str) -> None:
    summary = played("lower-back-relief", plan)
    words = finish_words(summary)
    assert words[0] == heading
    assert (note in words[1]) if note else words[1] == ""


def test_a_session_under_a_minute_is_named_as_not_counted() -> None:
    summary = played("lower-back-relief", "skip")
    summary = SessionSummary(
        summary.routine_id,
        summary.routine_title,
        False,
        "stopped",
        played_s=40.0,
        records=tuple(
            r.__class__(r.segment, r.outcome, r.segment.lead_s + 20.0)
            for r in summary.records
            if r.segment.kind is StepKind.HOLD
        ),
        resume_index=0,
    )
    held = sum(r.held_s for r in summary.records)
    assert held > 0
    assert finish_words(summary) == (
        "Stopped early",
        "Not counted in your streak: a session counts from one minute.",
    )


def test_everything_skipped_is_never_well_done_on_screen(qtbot: QtBot) -> None:
    view = FinishView()
    qtbot.addWidget(view)
    view.show_summary(played("desk-break", "skip"))
    assert view.heading.text() == "Routine over: every stretch skipped"
    assert view.note_label.text() == "Not counted in your streak: no stretch was held."
    assert not view.note_label.isHidden()
    assert view.done_label.text() == "No stretch held this time."
    view.show_summary(played("desk-break", "hold"))
    assert view.heading.text() == "Well done" and view.note_label.isHidden()

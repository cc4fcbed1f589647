"""The built-in routines say what the stretching guide says."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from stretchguide.core.model import EXERCISE_IDS, Position, Sides, StepKind
from stretchguide.core.settings import SessionSettings
from stretchguide.core.timeline import SETTLE_S

from .helpers import catalog, library, timeline

BUILTINS = ["lower-back-relief", "deep-glute-release", "full-lower-back-and-glutes", "desk-break"]


def plan_json(routine_id: str) -> dict:
    out = subprocess.run(
        [sys.executable, "-m", "stretchguide", "plan", routine_id, "--json"],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(out.stdout)


def test_every_builtin_loads_without_problems() -> None:
    assert library().problems == []
    assert sorted(r.id for r in library().routines) == sorted(BUILTINS)


def test_catalog_has_every_exercise_with_words() -> None:
    for ex_id in EXERCISE_IDS:
        ex = catalog().exercises[ex_id]
        assert ex.title and ex.instruction


@pytest.mark.parametrize("routine_id", BUILTINS)
def test_plan_json_shape(routine_id: str) -> None:
    plan = plan_json(routine_id)
    assert plan["routine"]["id"] == routine_id
    assert plan["total_s"] == pytest.approx(
        sum(s["duration_s"] for s in plan["segments"]), abs=0.01
    )
    t = 0.0
    for i, seg in enumerate(plan["segments"]):
        assert seg["index"] == i
        assert seg["kind"] in {"warmup", "hold", "flow", "transition", "briefing"}
        assert seg["side"] in {"left", "right", None}
        assert seg["start_s"] == pytest.approx(t, abs=0.01)
        t += seg["duration_s"]
        for cue in seg["cues"]:
            assert seg["start_s"] <= cue["at_s"] <= seg["start_s"] + seg["duration_s"] + 0.001
            assert cue["text"]
    assert plan["segments"][-1]["cues"][-1]["kind"] == "end"


def _holds(plan: dict, exercise: str) -> list[dict]:
    return [s for s in plan["segments"] if s["exercise"] == exercise and s["kind"] == "hold"]


def _hold_seconds(seg: dict) -> float:
    """From the 'hold' cue (when the countdown starts) to the end of the segment."""
    start = next(c["at_s"] for c in seg["cues"] if c["kind"] == "hold")
    return seg["start_s"] + seg["duration_s"] - start


def test_full_routine_follows_the_guide() -> None:
    plan = plan_json("full-lower-back-and-glutes")
    kinds = [s["kind"] for s in plan["segments"]]
    # The warm-up first, then the safety briefing, then the stretches.
    assert kinds[0] == "warmup" and kinds[1] == "briefing"
    warmup = plan["segments"][0]
    assert 300 <= warmup["duration_s"] <= 600  # five to ten minutes of light activity
    exercises = [s["exercise"] for s in plan["segments"] if s["kind"] in ("hold", "flow")]
    assert list(dict.fromkeys(exercises)) == [
        "knee-to-chest",
        "cat-cow",
        "childs-pose",
        "figure-four",
        "seated-glute",
    ]
    # Knee-to-chest: 30 s, then switch sides and repeat.
    for ex in ("knee-to-chest", "figure-four", "seated-glute"):
        holds = _holds(plan, ex)
        assert [h["side"] for h in holds] == ["left", "right"], ex
        between = plan["segments"][holds[0]["index"] + 1]
        assert between["cues"][0]["kind"] == "switch"
    for h in _holds(plan, "knee-to-chest") + _holds(plan, "childs-pose"):
        assert _hold_seconds(h) == pytest.approx(30)
    for h in _holds(plan, "figure-four"):
        assert 20 <= _hold_seconds(h) <= 30 + 0.01
    # Child's pose has no sides.
    assert [h["side"] for h in _holds(plan, "childs-pose")] == [None]
    # Cat-Cow: an inhale and an exhale for each breath, inhale first.
    flow = next(s for s in plan["segments"] if s["exercise"] == "cat-cow")
    breath_kinds = [c["kind"] for c in flow["cues"] if c["kind"] in ("inhale", "exhale")]
    assert breath_kinds == ["inhale", "exhale"] * (len(breath_kinds) // 2)
    # The set-up describes both halves in the guide's words, once, before the first breath.
    setup = flow["cues"][0]["text"].lower()
    for words in ("belly drops", "tailbone lifts", "look up"):
        assert words in setup
    for words in ("round your back", "tuck your tailbone and chin", "push the floor away"):
        assert words in setup
    # The briefing speaks the safety rules: slowly, no bouncing, breathing, sharp pain.
    briefing = plan["segments"][1]["cues"][0]["text"].lower()
    for word in ("slow", "bounce", "breathe", "sharp pain", "ease out"):
        assert word in briefing


def test_breathing_prompts_during_holds() -> None:
    plan = plan_json("lower-back-relief")
    for h in _holds(plan, "knee-to-chest"):
        assert any(c["kind"] == "breathe" for c in h["cues"])
        assert [c["text"] for c in h["cues"] if c["kind"] == "countdown"] == ["Three", "Two", "One"]


def test_desk_break_is_seated_only() -> None:
    routine = library().get("desk-break")
    assert routine is not None and routine.position is Position.SEATED
    for step in routine.steps:
        if step.exercise:
            assert catalog().exercises[step.exercise].position is Position.SEATED
    assert timeline("desk-break").total_s < 180  # a short break


def test_other_routines_contain_what_the_issue_names() -> None:
    lb = {s.exercise for s in library().get("lower-back-relief").steps if s.exercise}  # type: ignore[union-attr]
    assert {"knee-to-chest", "cat-cow", "childs-pose"} <= lb
    dg = {s.exercise for s in library().get("deep-glute-release").steps if s.exercise}  # type: ignore[union-attr]
    assert {"figure-four", "seated-glute"} <= dg
    for r in library().routines:
        for step in r.steps:
            if step.kind is StepKind.HOLD and step.exercise in ("knee-to-chest", "figure-four"):
                assert step.sides is Sides.BOTH


def test_settings_change_the_plan() -> None:
    base = timeline("lower-back-relief")
    longer = timeline("lower-back-relief", SessionSettings(hold_scale=1.5, warmup_minutes=10))
    assert longer.segments[0].duration_s == 600
    assert longer.total_s > base.total_s
    quiet = timeline(
        "lower-back-relief",
        SessionSettings(halfway_cue=False, countdown_cue=False, breathing_cue=False),
    )
    kinds = {c.kind.value for s in quiet.segments for c in s.cues}
    assert not kinds & {"halfway", "countdown", "breathe"}
    out_of_range = timeline("lower-back-relief", SessionSettings(warmup_minutes=60))
    assert out_of_range.segments[0].duration_s == 600  # clamped to the guide's range


def test_hold_countdown_waits_for_the_instruction() -> None:
    from stretchguide.core.timeline import compile_timeline

    routine = library().get("desk-break")
    assert routine is not None
    slow = compile_timeline(routine, catalog(), utterance_seconds=lambda text: 20.0)
    hold = next(s for s in slow.segments if s.kind is StepKind.HOLD)
    # The words, then time to settle into the stretch, then the hold's own 30 s.
    assert hold.lead_s == pytest.approx(20.0 + SETTLE_S)
    assert hold.duration_s == pytest.approx(20.0 + SETTLE_S + 30.0)
    hold_cue = next(c for c in hold.cues if c.kind.value == "hold")
    assert hold_cue.at_s - hold.start_s == pytest.approx(20.0 + SETTLE_S)

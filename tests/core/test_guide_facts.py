"""The built-in routines say what the stretching guide says."""

from __future__ import annotations

import json
import subprocess
import sys
from itertools import pairwise

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


# ---- Coaching: what is said, and when (issue 17) -----------------------------------------------
def _compile(routine_id: str, settings: SessionSettings | None = None, rate: float = 160.0):
    from stretchguide.core.timeline import compile_timeline
    from stretchguide.core.utterance import estimate_seconds

    routine = library().get(routine_id)
    assert routine is not None
    return compile_timeline(
        routine, catalog(), settings, utterance_seconds=lambda t: estimate_seconds(t, rate)
    )


PACES = [2.0 + 0.5 * i for i in range(13)]  # every allowed pace, 2 s to 8 s a phase


@pytest.mark.parametrize("rate", [80, 160, 300])
@pytest.mark.parametrize("pace", PACES)
def test_breath_cues_fit_inside_their_phase_at_every_pace(pace: float, rate: int) -> None:
    from stretchguide.core.utterance import estimate_seconds

    settings = SessionSettings(inhale_s=pace, exhale_s=pace)
    for routine_id in ("lower-back-relief", "full-lower-back-and-glutes"):
        flow = next(
            s for s in _compile(routine_id, settings, rate).segments if s.kind.value == "flow"
        )
        breaths = [c for c in flow.cues if c.kind.value in ("inhale", "exhale")]
        assert breaths, "every breath phase that can hold a word gets one"
        for cue in breaths:
            phase = flow.inhale_s if cue.kind.value == "inhale" else flow.exhale_s
            assert estimate_seconds(cue.text, rate) <= phase, (pace, rate, cue.text)


def test_the_full_breath_is_described_once_then_short_words() -> None:
    flow = next(s for s in timeline("lower-back-relief").segments if s.kind.value == "flow")
    inhale, exhale = catalog().exercises["cat-cow"].inhale, catalog().exercises["cat-cow"].exhale
    texts = [c.text for c in flow.cues]
    assert sum(inhale in t for t in texts) == 1 and sum(exhale in t for t in texts) == 1
    words = [c.text for c in flow.cues if c.kind.value in ("inhale", "exhale")]
    assert words[:2] == ["Breathe in.", "Breathe out."]
    assert set(words[2:]) == {"In.", "Out."}
    # The guide's exhale: round the back, tuck tailbone and chin, push into the floor.
    assert "tailbone" in exhale and "push the floor" in exhale


def _hold_segments(t):
    return [s for s in t.segments if s.kind.value == "hold"]


@pytest.mark.parametrize("routine_id", BUILTINS)
def test_no_halfway_in_holds_of_thirty_seconds_or_less(routine_id: str) -> None:
    for seg in _hold_segments(timeline(routine_id)):
        assert not any(c.kind.value == "halfway" for c in seg.cues), seg.title
    longer = timeline(routine_id, SessionSettings(hold_scale=1.5))  # 45 s holds
    assert any(c.kind.value == "halfway" for s in _hold_segments(longer) for c in s.cues)


@pytest.mark.parametrize("routine_id", BUILTINS)
def test_side_two_hears_other_prompts_than_side_one(routine_id: str) -> None:
    holds = _hold_segments(timeline(routine_id))
    for left, right in pairwise(holds):
        if left.step_index != right.step_index:
            continue
        said = {c.text for c in left.cues if c.kind.value in ("breathe", "safety")}
        again = {c.text for c in right.cues if c.kind.value in ("breathe", "safety")}
        assert said and again and not said & again, left.title


@pytest.mark.parametrize("routine_id", BUILTINS)
@pytest.mark.parametrize("settings", [SessionSettings(), SessionSettings(breathing_cue=False)])
def test_every_exercise_says_its_safety_reminder(
    routine_id: str, settings: SessionSettings
) -> None:
    t = timeline(routine_id, settings)
    for ex_id in {s.exercise for s in t.segments if s.kind.value in ("hold", "flow")}:
        safety = catalog().exercises[str(ex_id)].safety
        assert safety, f"{ex_id} has a safety reminder"
        spoken = [c.text for s in t.segments if s.exercise == ex_id for c in s.cues]
        assert any(safety in text for text in spoken), ex_id
    for ex in catalog().exercises.values():
        if ex.position is not Position.STANDING and ex.id != "seated-warm-up":
            low = ex.safety.lower()
            assert "bounc" in low or "jerk" in low or "push" in low, ex.id


@pytest.mark.parametrize("routine_id", BUILTINS)
def test_every_hold_ends_with_a_release(routine_id: str) -> None:
    t = timeline(routine_id)
    for seg in _hold_segments(t):
        after = t.segments[seg.index + 1]
        release = catalog().exercises[str(seg.exercise)].release
        assert release and after.cues[0].kind.value in ("release", "switch")
        assert after.cues[0].text.startswith(release), seg.title
    assert t.segments[-1].cues[-1].kind.value == "release"
    for ex_id in ("figure-four", "seated-glute"):
        assert "uncross" in catalog().exercises[ex_id].release


@pytest.mark.parametrize("routine_id", BUILTINS)
def test_time_to_settle_then_the_guides_hold(routine_id: str) -> None:
    from stretchguide.core.timeline import estimate_utterance_seconds

    t = timeline(routine_id)
    routine = library().get(routine_id)
    assert routine is not None
    for seg in _hold_segments(t):
        instruction, hold = seg.cues[0], next(c for c in seg.cues if c.kind.value == "hold")
        quiet = hold.at_s - instruction.at_s - estimate_utterance_seconds(instruction.text)
        assert 3.0 <= quiet <= 5.0, seg.title
        # The hold's own time, from "Hold it there" to the release, is the guide's.
        assert seg.end_s - hold.at_s == pytest.approx(routine.steps[seg.step_index].hold_s)


@pytest.mark.parametrize("routine_id", BUILTINS)
def test_a_thirty_second_hold_is_calm(routine_id: str) -> None:
    from stretchguide.core.timeline import QUIET_S, estimate_utterance_seconds

    for seg in _hold_segments(timeline(routine_id)):
        held = [c for c in seg.cues if c.kind.value != "instruction"]
        assert len(held) <= 6, [c.text for c in held]  # hold, two prompts, three-two-one
        talk = [c for c in held if c.kind.value != "countdown"]
        nxt = [c for c in held if c.kind.value in ("breathe", "safety", "countdown")]
        for a in talk:
            for b in nxt:
                if b.at_s > a.at_s:
                    assert b.at_s - (a.at_s + estimate_utterance_seconds(a.text)) >= QUIET_S - 1e-6


_FILLER = {"a", "and", "the", "your", "you", "on", "of", "to", "with", "up", "now", "then", "in"}


def _words(text: str) -> set[str]:
    return {w.strip(".,:;!?").lower() for w in text.split()} - _FILLER


def repeats(spoken: list[tuple[float, str]], within_s: float = 20.0) -> list[tuple[str, str]]:
    """Pairs of texts said one after the other, close together, with mostly the same words."""
    found = []
    for (ta, a), (tb, b) in pairwise(spoken):
        wa, wb = _words(a), _words(b)
        same = wa & wb
        if tb - ta <= within_s and len(same) >= 3 and len(same) >= 0.5 * min(len(wa), len(wb)):
            found.append((a, b))
    return found


@pytest.mark.parametrize("routine_id", BUILTINS)
def test_no_set_up_said_twice_back_to_back(routine_id: str) -> None:
    """A transition's "lie on your back, knees bent, feet flat" is not said again 10 s later."""
    spoken = [
        (c.at_s, c.text)
        for s in timeline(routine_id).segments
        for c in s.cues
        if c.kind.value in ("instruction", "briefing", "switch", "release")
    ]
    assert repeats(spoken) == []


def test_the_repeat_check_catches_the_old_wording() -> None:
    old = [
        (0.0, "Lie down on your back on the floor. Bend your knees, feet flat."),
        (10.0, "Lie on your back, knees bent, feet flat on the floor. Gently draw one knee in."),
    ]
    assert repeats(old)


def test_the_set_up_is_kept_when_nothing_set_it_up() -> None:
    desk = timeline("desk-break")
    hold = _hold_segments(desk)[0]
    assert hold.instruction.startswith(catalog().exercises["seated-glute"].setup)
    relief = timeline("lower-back-relief")
    assert not _hold_segments(relief)[0].instruction.startswith("Lie on your back")


def test_get_ready_names_the_equipment_first_and_fits_the_first_position() -> None:
    from stretchguide.core.timeline import POSITION_S

    desk = timeline("desk-break").get_ready
    assert desk.text.startswith("You'll need a sturdy chair.")
    assert desk.seconds == POSITION_S[Position.SEATED] == 5
    full = timeline("full-lower-back-and-glutes").get_ready
    assert full.text.startswith("You'll need a mat and a sturdy chair.")
    assert full.seconds == POSITION_S[Position.STANDING]  # the warm-up comes first
    assert timeline("lower-back-relief").get_ready.text.startswith("You'll need a mat.")
    own = timeline("desk-break", SessionSettings(get_ready_s=20)).get_ready
    assert own.seconds == 20
    # Never shorter than its own words, whatever the setting.
    slow = _compile("full-lower-back-and-glutes", SessionSettings(get_ready_s=3), rate=80)
    from stretchguide.core.utterance import estimate_seconds

    assert slow.get_ready.seconds >= estimate_seconds(slow.get_ready.text, 80)


def test_a_floor_routine_starting_on_the_floor_gets_time_to_get_down() -> None:
    from stretchguide.core.model import Step
    from stretchguide.core.timeline import compile_timeline, get_ready

    routine = library().get("lower-back-relief")
    assert routine is not None
    floor_first = routine._replace(steps=routine.steps[3:])  # starts with knee to chest
    ready = get_ready(floor_first, catalog())
    assert ready.seconds == 15 and "Get down onto your mat." in ready.text
    # A transition onto the floor is never shorter than getting down takes.
    quick = routine._replace(
        steps=(Step(StepKind.TRANSITION, text="Lie down.", duration_s=2), *routine.steps[3:]),
    )
    assert compile_timeline(quick, catalog()).segments[0].duration_s >= 15


def test_desk_break_warms_up_before_it_stretches() -> None:
    routine = library().get("desk-break")
    assert routine is not None
    kinds = [s.kind for s in routine.steps]
    assert kinds.index(StepKind.WARMUP) < kinds.index(StepKind.HOLD)
    t = timeline("desk-break")
    warmup = next(s for s in t.segments if s.kind is StepKind.WARMUP)
    assert 45 <= warmup.duration_s <= 120  # short, so the break is still taken
    assert "walking" in t.segments[0].instruction  # the guide's warm-up, said honestly
    assert routine.source is not None
    assert "five to ten minutes" in routine.source.read_text("utf-8")  # the file says why

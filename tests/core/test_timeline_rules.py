"""The timeline compiler's coaching rules, on small routines whose every number is known.

Speech lengths come from ``words`` (half a second a word) instead of the speech estimate, so each
test can say exactly when a cue falls, how long a step lasts, and which cue is dropped because
it would talk over another. The rules are the ones a person hears: time to settle before the
clock starts, a countdown that never overlaps "Hold it there", prompts with quiet around them,
a release after every hold, breath words that fit their breath.
"""

from __future__ import annotations

from itertools import pairwise

import pytest

from stretchguide.core.model import (
    Catalog,
    Exercise,
    Position,
    Routine,
    Side,
    Sides,
    Step,
    StepKind,
)
from stretchguide.core.settings import SessionSettings
from stretchguide.core.timeline import (
    Cue,
    CueKind,
    GetReady,
    Segment,
    Timeline,
    compile_timeline,
    estimate_utterance_seconds,
    get_ready,
    iter_cues,
)

from .helpers import catalog

HOLD = CueKind.HOLD
INSTR = CueKind.INSTRUCTION
COUNT = CueKind.COUNTDOWN


def words(text: str) -> float:
    """Half a second per word: lengths a test can add up by eye."""
    return 0.5 * len(text.split())


KNEE = Exercise(
    id="knee-to-chest",
    title="Knee hug",
    instruction="Hug one knee.",  # 3 words
    position=Position.FLOOR,
    setup="Lie on your back.",  # 4 words
    side_text={"left": "Left knee first."},
    breathing=("Breathe slowly.", "Relax your shoulders."),
    safety="No bouncing.",
    release="Let the knee go.",
)
BARE = Exercise(
    id="figure-four", title="Figure four", instruction="Cross.", position=Position.FLOOR
)
CHAIR = Exercise(
    id="seated-glute", title="Seated glute", instruction="Sit tall.", position=Position.SEATED
)
FLOW = Exercise(
    id="cat-cow",
    title="Cat-cow",
    instruction="Move slowly.",
    position=Position.FLOOR,
    setup="On hands and knees.",
    inhale="Cow: look up.",
    exhale="Breathe out.",  # the generic words: not described again
    safety="Stay gentle.",
)
WALK = Exercise(
    id="warm-up",
    title="Walk in place",
    instruction="Walk.",
    position=Position.STANDING,
    encouragement=("Keep going.", "Nice and easy."),
)


def cat(**cue_changes: object) -> Catalog:
    """The real cue phrases (changed where a test says) and the small exercises above."""
    exercises = {e.id: e for e in (KNEE, BARE, CHAIR, FLOW, WALK)}
    return Catalog(exercises=exercises, cues=catalog().cues._replace(**cue_changes))


def routine(*steps: Step, position: Position = Position.FLOOR) -> Routine:
    return Routine(id="r", title="R", description="", position=position, steps=steps)


def compile_(*steps: Step, settings: SessionSettings | None = None, **cues: object) -> Timeline:
    return compile_timeline(routine(*steps), cat(**cues), settings, words)


def said(seg: Segment) -> list[tuple[float, CueKind, str]]:
    """What a segment says, at seconds from its own start."""
    return [(round(c.at_s - seg.start_s, 3), c.kind, c.text) for c in seg.cues]


QUIET = SessionSettings(halfway_cue=False, countdown_cue=False, breathing_cue=False)
C = catalog().cues


# ---- holds -------------------------------------------------------------------------------------
def test_a_hold_gives_time_to_settle_then_exactly_its_seconds_then_a_release() -> None:
    """The instruction, 4 s to move into the stretch, the hold, a countdown ending at its end."""
    hold = Step(StepKind.HOLD, exercise="figure-four", hold_s=20)
    seg, release = compile_(hold).segments
    # "Cross." is 0.5 s: the clock starts 4 s after the words end.
    assert seg.lead_s == 4.5
    assert seg.duration_s == 24.5
    assert seg.kind is StepKind.HOLD and seg.side is None and seg.title == "Figure four"
    assert seg.instruction == "Cross."
    assert (seg.inhale_s, seg.exhale_s) == (0.0, 0.0)  # no breath pacer in a hold
    assert said(seg) == [
        (0.0, INSTR, "Cross."),
        (4.5, HOLD, C.hold_start),
        (21.5, COUNT, C.countdown[2]),
        (22.5, COUNT, C.countdown[1]),
        (23.5, COUNT, C.countdown[0]),
    ]
    assert [c.from_end for c in seg.cues] == [False, False, True, True, True]
    # The exercise has no release words of its own: the generic ones, for at least 5 s.
    assert release.kind is StepKind.TRANSITION and release.start_s == 24.5
    assert said(release) == [(0.0, CueKind.RELEASE, C.release)]
    assert release.duration_s == 5.0 and release.lead_s == 5.0
    assert release.title == C.release_title and release.exercise == "figure-four"
    assert release.step_index == 0 and [s.index for s in (seg, release)] == [0, 1]


def test_a_release_longer_than_five_seconds_gets_its_words_and_a_breath() -> None:
    long_release = "Now very slowly let the leg come back down to the mat and rest it there."
    hold = Step(StepKind.HOLD, exercise="figure-four", hold_s=20)
    timeline = compile_timeline(
        routine(hold), cat(release=long_release), QUIET, words
    )  # 16 words: 8 s of speech, then 1 s
    assert timeline.segments[-1].duration_s == 9.0
    assert timeline.total_s == 24.5 + 9.0


def test_the_hold_scale_stretches_only_the_hold() -> None:
    hold = Step(StepKind.HOLD, exercise="figure-four", hold_s=20)
    seg = compile_(hold, settings=QUIET._replace(hold_scale=1.5)).segments[0]
    assert (seg.lead_s, seg.duration_s) == (4.5, 34.5)


def test_both_sides_the_set_up_once_the_switch_says_the_release_then_the_release() -> None:
    hold = Step(StepKind.HOLD, exercise="knee-to-chest", hold_s=20, sides=Sides.BOTH, switch_s=6)
    left, switch, right, release = compile_(hold, settings=QUIET).segments
    # Side one: set-up, instruction and the exercise's own left-side words.
    assert left.instruction == "Lie on your back. Hug one knee. Left knee first."
    assert left.side is Side.LEFT and left.lead_s == 5.0 + 4.0
    # The switch: the exercise's release, then "switch sides"; long enough for its words.
    assert switch.kind is StepKind.TRANSITION and switch.side is Side.RIGHT
    assert said(switch) == [(0.0, CueKind.SWITCH, f"Let the knee go. {C.then_switch}")]
    assert switch.title == C.switch_title
    assert switch.duration_s == max(6.0, words(switch.instruction) + 1.0)
    # Side two: only the side's words (no right-side text of its own: the generic one).
    assert right.instruction == C.side_right and right.side is Side.RIGHT
    assert right.lead_s == words(C.side_right) + 4.0
    assert said(release) == [(0.0, CueKind.RELEASE, "Let the knee go.")]
    assert release.side is None
    assert [s.start_s for s in (switch, right, release)] == [
        left.end_s,
        switch.end_s,
        right.end_s,
    ]


def test_a_switch_is_never_shorter_than_the_routines_switch_time() -> None:
    hold = Step(StepKind.HOLD, exercise="figure-four", hold_s=20, sides=Sides.BOTH, switch_s=12)
    switch = compile_(hold, settings=QUIET).segments[1]
    assert said(switch) == [(0.0, CueKind.SWITCH, C.switch_sides)]
    assert switch.duration_s == 12.0


@pytest.mark.parametrize(
    ("sides", "expected"),
    [(Sides.LEFT, [Side.LEFT]), (Sides.RIGHT, [Side.RIGHT]), (Sides.NONE, [None])],
)
def test_a_one_sided_hold_has_no_switch(sides: Sides, expected: list[Side | None]) -> None:
    hold = Step(StepKind.HOLD, exercise="figure-four", hold_s=20, sides=sides)
    segments = compile_(hold, settings=QUIET).segments
    assert [s.side for s in segments if s.kind is StepKind.HOLD] == expected
    assert [s.kind for s in segments] == [StepKind.HOLD, StepKind.TRANSITION]
    generic = {Side.LEFT: C.side_left, Side.RIGHT: C.side_right, None: ""}[expected[0]]
    assert segments[0].instruction == f"Cross. {generic}".strip()


def test_a_hold_without_an_exercise_uses_its_own_words_and_the_generic_ones() -> None:
    hold = Step(StepKind.HOLD, text="Reach up.", hold_s=20, sides=Sides.BOTH)
    left, switch, right, release = compile_(hold).segments
    assert left.title == "Hold" and left.exercise is None
    assert left.instruction == f"Reach up. {C.side_left}"
    assert switch.instruction == C.switch_sides
    assert right.instruction == C.side_right
    assert release.instruction == C.release
    kinds = {c.kind for s in (left, right) for c in s.cues}
    assert kinds == {INSTR, HOLD, COUNT}


def test_a_steps_own_text_and_title_win_over_the_exercises() -> None:
    hold = Step(StepKind.HOLD, exercise="knee-to-chest", title="Mine", text="My words.", hold_s=20)
    seg = compile_(hold, settings=QUIET).segments[0]
    assert seg.title == "Mine" and seg.instruction == "My words."


def test_a_transition_that_sets_up_the_stretch_leaves_out_the_exercises_set_up() -> None:
    steps = (
        Step(StepKind.TRANSITION, text="Lie down on your back.", duration_s=5),
        Step(StepKind.HOLD, exercise="knee-to-chest", hold_s=20),
    )
    hold = compile_(*steps, settings=QUIET).segments[1]
    assert hold.instruction == "Hug one knee."
    # A transition with nothing to say does not set anything up.
    silent = (Step(StepKind.TRANSITION, exercise="knee-to-chest", duration_s=5), steps[1])
    assert compile_(*silent, settings=QUIET).segments[1].instruction.startswith("Lie on")
    # Nor does a briefing.
    briefed = (Step(StepKind.BRIEFING, text="Be careful."), steps[1])
    assert compile_(*briefed, settings=QUIET).segments[1].instruction.startswith("Lie on")


def test_prompts_safety_first_with_quiet_around_each_carrying_on_to_side_two() -> None:
    """Every 10 s a prompt, unless a cue is within 3 s: then the text waits for the next slot."""
    hold = Step(StepKind.HOLD, exercise="knee-to-chest", hold_s=40, sides=Sides.BOTH)
    settings = SessionSettings(countdown_from=1)
    left, _, right, _ = compile_(hold, settings=settings).segments
    lead = left.lead_s
    assert lead == 4.0 + 5.0
    assert said(left) == [
        (0.0, INSTR, left.instruction),
        (lead, HOLD, C.hold_start),
        (lead + 10, CueKind.SAFETY, "No bouncing."),
        # lead + 20: the halfway cue is said then, so the breathing prompt waits.
        (lead + 20, CueKind.HALFWAY, C.halfway),
        (lead + 30, CueKind.BREATHE, "Breathe slowly."),
        (lead + 39, COUNT, C.countdown[0]),
    ]
    # Side two goes on where side one stopped, then comes round to the safety reminder again.
    lead = right.lead_s
    assert [(t, k, x) for t, k, x in said(right) if t > lead and k is not COUNT] == [
        (lead + 10, CueKind.BREATHE, "Relax your shoulders."),
        (lead + 20, CueKind.HALFWAY, C.halfway),
        (lead + 30, CueKind.SAFETY, "No bouncing."),
    ]


def test_without_breathing_prompts_the_safety_reminder_is_still_said() -> None:
    hold = Step(StepKind.HOLD, exercise="knee-to-chest", hold_s=40)
    seg = compile_(hold, settings=QUIET).segments[0]
    lead = seg.lead_s
    assert said(seg)[2:] == [
        (lead + 10, CueKind.SAFETY, "No bouncing."),
        (lead + 20, CueKind.SAFETY, "No bouncing."),
        (lead + 30, CueKind.SAFETY, "No bouncing."),
    ]


def test_no_prompt_slot_at_the_very_end_of_the_hold() -> None:
    """Slots are strictly inside the hold: a 30 s hold every 10 s has two, not three."""
    hold = Step(StepKind.HOLD, exercise="knee-to-chest", hold_s=30)
    seg = compile_(hold, settings=QUIET).segments[0]
    assert [t - seg.lead_s for t, k, _ in said(seg) if k is CueKind.SAFETY] == [10, 20]


def test_a_prompt_may_start_exactly_three_seconds_after_a_cue_ends_not_sooner() -> None:
    # "Hold it there." ends 1.5 s after the lead; a slot 4.5 s after the lead leaves 3 s.
    on_edge = Step(StepKind.HOLD, exercise="knee-to-chest", hold_s=8, breathing_every_s=4.5)
    seg = compile_(on_edge, settings=QUIET).segments[0]
    assert (seg.lead_s + 4.5, CueKind.SAFETY, "No bouncing.") in said(seg)
    too_close = on_edge._replace(breathing_every_s=4.4)
    seg = compile_(too_close, settings=QUIET).segments[0]
    assert [k for _, k, _ in said(seg)] == [INSTR, HOLD]


def test_a_prompt_may_end_exactly_three_seconds_before_the_countdown_not_later() -> None:
    # The countdown's "Three" is 3 s before the end (17 s into a 20 s hold); "No bouncing."
    # said 13 s in ends at 14 s, 3 s before it (and 11.5 s after "Hold it there." ends).
    settings = SessionSettings(halfway_cue=False, breathing_cue=False)
    on_edge = Step(StepKind.HOLD, exercise="knee-to-chest", hold_s=20, breathing_every_s=13)
    seg = compile_(on_edge, settings=settings).segments[0]
    assert (seg.lead_s + 13, CueKind.SAFETY, "No bouncing.") in said(seg)
    too_late = on_edge._replace(breathing_every_s=13.1)
    seg = compile_(too_late, settings=settings).segments[0]
    assert CueKind.SAFETY not in [k for _, k, _ in said(seg)]


def test_halfway_only_in_holds_longer_than_thirty_seconds() -> None:
    settings = SessionSettings(countdown_cue=False, breathing_cue=False)
    for hold_s, expected in ((30, []), (31, [15.5]), (60, [30.0])):
        hold = Step(StepKind.HOLD, exercise="figure-four", hold_s=hold_s)
        seg = compile_(hold, settings=settings).segments[0]
        at = [t - seg.lead_s for t, k, _ in said(seg) if k is CueKind.HALFWAY]
        assert at == expected, hold_s
    off = settings._replace(halfway_cue=False)
    seg = compile_(Step(StepKind.HOLD, exercise="figure-four", hold_s=60), settings=off)
    assert CueKind.HALFWAY not in [c.kind for c in seg.segments[0].cues]


def test_halfway_is_left_out_rather_than_talk_over_the_countdown() -> None:
    # A 16-word halfway cue (8 s) 20 s into a 40 s hold ends 9 s before "Three" at 37 s: said.
    # A 30-word one (15 s) would end 2 s before it: left out.
    hold = Step(StepKind.HOLD, exercise="figure-four", hold_s=40)
    settings = SessionSettings(breathing_cue=False)
    fits = " ".join(["word"] * 16)
    seg = compile_(hold, settings=settings, halfway=fits).segments[0]
    assert CueKind.HALFWAY in [c.kind for c in seg.cues]
    seg = compile_(hold, settings=settings, halfway=" ".join(["word"] * 30)).segments[0]
    assert CueKind.HALFWAY not in [c.kind for c in seg.cues]


# ---- the countdown -----------------------------------------------------------------------------
def test_the_countdown_counts_from_the_setting_down_to_one_at_whole_seconds_before_the_end() -> (
    None
):
    hold = Step(StepKind.HOLD, exercise="figure-four", hold_s=20)
    seg = compile_(hold, settings=QUIET._replace(countdown_cue=True, countdown_from=5)).segments[0]
    counted = [(t, x) for t, k, x in said(seg) if k is COUNT]
    assert counted == [(seg.duration_s - n, C.countdown[n - 1]) for n in (5, 4, 3, 2, 1)]


def test_the_countdown_has_no_more_numbers_than_the_catalogue_has_words() -> None:
    hold = Step(StepKind.HOLD, exercise="figure-four", hold_s=20)
    settings = QUIET._replace(countdown_cue=True, countdown_from=5)
    seg = compile_(hold, settings=settings, countdown=("Uno", "Dos")).segments[0]
    assert [x for _, k, x in said(seg) if k is COUNT] == ["Dos", "Uno"]


def test_the_countdown_never_starts_within_a_second_of_hold_it_there() -> None:
    # A 3 s hold after a 4.5 s lead: "Three" would fall at the start of the hold and "Two" one
    # second after it; only "One" is said.
    hold = Step(StepKind.HOLD, exercise="figure-four", hold_s=3)
    seg = compile_(hold, settings=QUIET._replace(countdown_cue=True)).segments[0]
    assert [(t, x) for t, k, x in said(seg) if k is COUNT] == [(6.5, C.countdown[0])]


def test_no_countdown_when_it_is_turned_off() -> None:
    hold = Step(StepKind.HOLD, exercise="figure-four", hold_s=20)
    seg = compile_(hold, settings=QUIET).segments[0]
    assert COUNT not in [c.kind for c in seg.cues]


# ---- flows -------------------------------------------------------------------------------------
def test_a_flow_describes_the_movement_once_then_a_word_per_breath() -> None:
    flow = Step(StepKind.FLOW, exercise="cat-cow", breaths=3)
    seg = compile_(flow, settings=SessionSettings(inhale_s=3, exhale_s=5)).segments[0]
    # Set-up, instruction, the described inhale (the exhale is the generic one), safety.
    assert seg.instruction == "On hands and knees. Move slowly. Cow: look up. Stay gentle."
    assert seg.lead_s == words(seg.instruction) + 1.0 == 6.5
    assert (seg.inhale_s, seg.exhale_s) == (3.0, 5.0)
    assert seg.duration_s == 6.5 + 3 * 8.0
    assert seg.title == "Cat-cow" and seg.kind is StepKind.FLOW
    assert said(seg) == [
        (0.0, INSTR, seg.instruction),
        (6.5, CueKind.INHALE, C.breathe_in),
        (9.5, CueKind.EXHALE, C.breathe_out),
        (14.5, CueKind.INHALE, C.in_short),
        (17.5, CueKind.EXHALE, C.out_short),
        (22.5, CueKind.INHALE, C.in_short),
        (25.5, CueKind.EXHALE, C.out_short),
    ]
    # Nothing in a flow is tied to its end: only a countdown moves when a step is extended.
    assert not any(c.from_end for c in seg.cues)
    assert seg.cue_offsets(10.0) == seg.cue_offsets()


def test_a_flows_own_breath_lengths_win_over_the_settings() -> None:
    flow = Step(StepKind.FLOW, exercise="cat-cow", breaths=2, inhale_s=2, exhale_s=6)
    seg = compile_(flow, settings=SessionSettings(inhale_s=5, exhale_s=5)).segments[0]
    assert (seg.inhale_s, seg.exhale_s) == (2.0, 6.0)
    assert seg.duration_s == seg.lead_s + 2 * 8.0


def test_after_a_set_up_transition_a_flow_leaves_out_the_set_up() -> None:
    steps = (
        Step(StepKind.TRANSITION, text="Come onto your hands and knees.", duration_s=5),
        Step(StepKind.FLOW, exercise="cat-cow", breaths=1),
    )
    seg = compile_(*steps).segments[1]
    assert seg.instruction == "Move slowly. Cow: look up. Stay gentle."


def test_a_flows_own_text_replaces_every_description() -> None:
    flow = Step(StepKind.FLOW, exercise="cat-cow", title="Mine", text="Just breathe.", breaths=1)
    seg = compile_(flow).segments[0]
    assert (seg.instruction, seg.title) == ("Just breathe.", "Mine")
    bare = compile_(Step(StepKind.FLOW, breaths=1)).segments[0]
    assert (bare.instruction, bare.title, bare.lead_s) == ("", "Flow", 0.0)
    assert [c.kind for c in bare.cues] == [CueKind.INHALE, CueKind.EXHALE]


def test_a_breath_word_is_said_only_if_it_fits_three_quarters_of_its_phase() -> None:
    flow = Step(StepKind.FLOW, exercise="cat-cow", breaths=2, inhale_s=2, exhale_s=2)
    # Three words (1.5 s) fit 0.75 of a 2 s phase exactly; four (2 s) do not, so the short word.
    fits = compile_(flow, breathe_in="Breathe in now.", breathe_out="Out we go now.")
    first = [x for _, k, x in said(fits.segments[0]) if k in (CueKind.INHALE, CueKind.EXHALE)]
    assert first == ["Breathe in now.", C.out_short, C.in_short, C.out_short]
    # When even the short word is too long the phase is silent: the pacer carries the rhythm.
    none_fit = compile_(flow, in_short="In we go now.", breathe_in="A b c d")
    kinds = [x for _, k, x in said(none_fit.segments[0]) if k is CueKind.INHALE]
    assert kinds == []


# ---- warm-ups ----------------------------------------------------------------------------------
def test_a_warm_up_lasts_the_settings_minutes_unless_the_step_has_its_own() -> None:
    warm = Step(StepKind.WARMUP, exercise="warm-up")
    seg = compile_(warm, settings=QUIET._replace(warmup_minutes=7)).segments[0]
    assert seg.duration_s == 420.0 and seg.lead_s == 1.5 and seg.title == "Walk in place"
    assert seg.instruction == "Walk."
    own = compile_(warm._replace(duration_s=60), settings=QUIET).segments[0]
    assert own.duration_s == 60.0
    assert own.extendable and seg.kind is StepKind.WARMUP


def test_a_warm_up_is_never_shorter_than_its_words_and_ten_seconds() -> None:
    warm = Step(StepKind.WARMUP, text=" ".join(["word"] * 20), duration_s=12)
    seg = compile_(warm, settings=QUIET).segments[0]
    assert seg.duration_s == 10.0 + 1.0 + 10.0


def test_a_warm_up_encourages_every_so_often_until_five_seconds_before_the_end() -> None:
    warm = Step(StepKind.WARMUP, exercise="warm-up", duration_s=65, encouragement_every_s=20)
    seg = compile_(warm, settings=QUIET).segments[0]
    assert said(seg) == [
        (0.0, INSTR, "Walk."),
        (20.0, CueKind.ENCOURAGE, "Keep going."),
        (40.0, CueKind.ENCOURAGE, "Nice and easy."),
        # 60 s is within the last five seconds: no encouragement there.
    ]
    off = compile_(warm, settings=QUIET._replace(encouragement_cue=False)).segments[0]
    assert [c.kind for c in off.cues] == [INSTR]
    longer = compile_(warm._replace(duration_s=66), settings=QUIET).segments[0]
    assert [t for t, k, _ in said(longer) if k is CueKind.ENCOURAGE] == [20.0, 40.0, 60.0]


def test_a_warm_up_counts_down_its_end_and_marks_halfway_only_when_long() -> None:
    settings = SessionSettings(encouragement_cue=False)
    warm = Step(StepKind.WARMUP, exercise="warm-up", duration_s=120)
    seg = compile_(warm, settings=settings).segments[0]
    assert [(t, k) for t, k, _ in said(seg)] == [
        (0.0, INSTR),
        (117.0, COUNT),
        (118.0, COUNT),
        (119.0, COUNT),
    ]
    assert all(c.from_end for c in seg.cues if c.kind is COUNT)
    seg = compile_(warm._replace(duration_s=122), settings=settings).segments[0]
    assert (61.0, CueKind.HALFWAY, C.halfway) in said(seg)


# ---- briefings and transitions -----------------------------------------------------------------
def test_a_briefing_lasts_as_long_as_its_words_or_its_own_length() -> None:
    brief = Step(StepKind.BRIEFING, text="Move gently and never into pain.")  # 6 words
    seg = compile_(brief).segments[0]
    assert said(seg) == [(0.0, CueKind.BRIEFING, brief.text)]
    assert seg.duration_s == seg.lead_s == 4.0 and seg.title == "Safety first"
    longer = compile_(brief._replace(duration_s=9, title="Read me")).segments[0]
    assert longer.duration_s == 9.0 and longer.title == "Read me"


def test_a_transition_gives_time_to_get_into_the_position_it_leads_to() -> None:
    """Getting down onto a mat takes 15 s, standing up 8 s, sitting down 5 s."""
    for exercise, seconds in (("knee-to-chest", 15.0), ("seated-glute", 5.0), ("warm-up", 8.0)):
        steps = (
            Step(StepKind.TRANSITION, text="Next.", duration_s=3),
            Step(StepKind.BRIEFING, text="Careful."),
            Step(StepKind.HOLD, exercise=exercise, hold_s=20),
        )
        seg = compile_(*steps, settings=QUIET).segments[0]
        assert said(seg) == [(0.0, INSTR, "Next.")]
        assert seg.duration_s == seconds and seg.title == "Get ready", exercise
    # A transition leading nowhere keeps its own length; so does a briefing before a stretch.
    last = compile_(Step(StepKind.TRANSITION, text="Rest now.", duration_s=3)).segments[0]
    assert last.duration_s == 3.0
    steps = (
        Step(StepKind.BRIEFING, text="Careful."),
        Step(StepKind.HOLD, exercise="knee-to-chest"),
    )
    assert compile_(*steps).segments[0].duration_s == 1.5


def test_a_transition_without_text_says_the_exercises_full_instruction() -> None:
    step = Step(StepKind.TRANSITION, exercise="knee-to-chest", duration_s=30)
    seg = compile_(step).segments[0]
    assert seg.instruction == "Lie on your back. Hug one knee." and seg.title == "Knee hug"
    assert seg.duration_s == 30.0 and seg.exercise == "knee-to-chest"
    assert seg.cue_offsets(10.0) == seg.cue_offsets()  # a transition is never extended


# ---- the get-ready -----------------------------------------------------------------------------
def test_the_get_ready_names_what_to_fetch_then_the_first_position() -> None:
    steps = (
        Step(StepKind.WARMUP, exercise="warm-up"),
        Step(StepKind.HOLD, exercise="seated-glute"),
        Step(StepKind.HOLD, exercise="knee-to-chest"),
    )
    ready = get_ready(routine(*steps), cat(), None, words)
    things = f"{C.mat} and {C.chair}"
    assert ready.text == " ".join(
        [C.needs.replace("{things}", things), C.ready_standing, C.get_ready]
    )
    assert ready.seconds == float(int(words(ready.text) + 1.0 + 0.999))
    seated = get_ready(routine(steps[1]), cat(), None, words)
    assert seated.text == " ".join(
        [C.needs.replace("{things}", C.chair), C.ready_seated, C.get_ready]
    )


def test_the_get_ready_fits_the_first_position_or_the_persons_own_seconds() -> None:
    standing = routine(Step(StepKind.WARMUP, exercise="warm-up"))
    short = {"needs": "", "get_ready": "Go.", "ready_standing": "Up."}
    ready = get_ready(standing, cat(**short), None, words)
    assert ready == GetReady(8.0, "Up. Go.")
    own = get_ready(standing, cat(**short), SessionSettings(get_ready_s=20), words)
    assert own.seconds == 20.0
    # Never shorter than its words and a breath, rounded up to a whole second.
    wordy = get_ready(standing, cat(**short), SessionSettings(get_ready_s=3), lambda t: 3.2)
    assert wordy.seconds == 5.0
    floor = routine(Step(StepKind.HOLD, exercise="figure-four"))
    assert get_ready(floor, cat(**short), None, words).seconds == 15.0


def test_a_resumed_session_gets_ready_for_the_step_it_resumes_at() -> None:
    steps = (
        Step(StepKind.HOLD, exercise="knee-to-chest"),
        Step(StepKind.TRANSITION, text="Sit up.", duration_s=5),
        Step(StepKind.HOLD, exercise="seated-glute"),
    )
    ready = get_ready(routine(*steps), cat(), None, words, from_step=1)
    assert C.ready_seated in ready.text and C.mat not in ready.text and C.chair in ready.text


def test_a_routine_without_exercises_gets_ready_for_its_own_place() -> None:
    only_words = routine(Step(StepKind.BRIEFING, text="Hi."), position=Position.SEATED)
    ready = get_ready(only_words, cat(), None, words)
    chair = C.needs.replace("{things}", C.chair)
    assert ready.text == f"{chair} {C.ready_seated} {C.get_ready}"
    timeline = compile_timeline(only_words, cat(), None, words)
    assert timeline.get_ready == ready
    standing = only_words._replace(position=Position.STANDING)
    assert get_ready(standing, cat(), None, words).text == f"{C.ready_standing} {C.get_ready}"


# ---- the whole timeline ------------------------------------------------------------------------
def test_segments_follow_each_other_and_the_end_is_said_at_the_total() -> None:
    steps = (
        Step(StepKind.BRIEFING, text="Careful now."),
        Step(StepKind.HOLD, exercise="knee-to-chest", hold_s=20, sides=Sides.BOTH),
        Step(StepKind.FLOW, exercise="cat-cow", breaths=2),
    )
    timeline = compile_(*steps)
    segs = timeline.segments
    assert [s.index for s in segs] == list(range(len(segs)))
    assert [s.step_index for s in segs] == [0, 1, 1, 1, 1, 2]
    assert all(a.end_s == b.start_s for a, b in pairwise(segs))
    assert timeline.total_s == segs[-1].end_s
    assert timeline.closing == Cue(timeline.total_s, CueKind.END, C.session_end)
    assert timeline.closing_nothing_held == Cue(
        timeline.total_s, CueKind.END, C.session_end_nothing_held
    )
    assert (timeline.routine_id, timeline.routine_title) == ("r", "R")
    assert [s.extendable for s in segs] == [False, True, False, True, False, False]
    pairs = list(iter_cues(timeline))
    assert [c for _, c in pairs] == [c for s in segs for c in s.cues]
    assert all(c in s.cues for s, c in pairs)


def test_an_empty_routine_lasts_nothing() -> None:
    timeline = compile_(settings=None)
    assert timeline.segments == () and timeline.total_s == 0.0


def test_every_text_that_may_be_said_is_listed_once_for_rendering() -> None:
    steps = (
        Step(StepKind.HOLD, exercise="figure-four", hold_s=20),
        Step(StepKind.HOLD, exercise="figure-four", hold_s=20),
    )
    timeline = compile_timeline(routine(*steps), cat(), QUIET, words)
    texts = timeline.texts()
    assert len(texts) == len(set(texts))
    assert texts == [
        "Cross.",
        C.hold_start,
        C.release,
        C.session_end,
        C.session_end_nothing_held,
        timeline.get_ready.text,
    ]
    bare = Timeline("x", "X", timeline.segments, timeline.closing)
    assert bare.texts() == texts[:4]


def test_a_cues_offset_moves_with_an_extension_only_when_tied_to_the_end() -> None:
    hold = Step(StepKind.HOLD, exercise="figure-four", hold_s=20)
    seg = compile_(hold, settings=SessionSettings(countdown_from=2)).segments[0]
    assert seg.cue_offsets() == [(0.0, 0), (4.5, 1), (22.5, 2), (23.5, 3)]
    assert seg.cue_offsets(15.0) == [(0.0, 0), (4.5, 1), (37.5, 2), (38.5, 3)]


def test_the_plan_as_json_rounds_to_the_millisecond_and_ends_with_the_closing() -> None:
    steps = (
        Step(StepKind.BRIEFING, text="Careful."),
        Step(StepKind.HOLD, exercise="figure-four", hold_s=20, sides=Sides.LEFT),
    )
    timeline = compile_timeline(routine(*steps), cat(), QUIET, lambda t: 1.0 / 3.0)
    plan = timeline.to_json_dict()
    assert plan["routine"] == {"id": "r", "title": "R"}
    assert plan["total_s"] == round(timeline.total_s, 3)
    first, hold, release = plan["segments"]
    assert first == {
        "index": 0,
        "kind": "briefing",
        "exercise": None,
        "title": "Safety first",
        "side": None,
        "start_s": 0.0,
        "duration_s": 1.333,
        "cues": [{"at_s": 0.0, "kind": "briefing", "text": "Careful."}],
    }
    assert hold["side"] == "left" and hold["exercise"] == "figure-four" and hold["kind"] == "hold"
    assert hold["cues"][1] == {"at_s": 5.666, "kind": "hold", "text": C.hold_start}
    assert release["cues"][-1] == {
        "at_s": plan["total_s"],
        "kind": "end",
        "text": C.session_end,
    }
    assert all(c["kind"] != "end" for s in plan["segments"][:-1] for c in s["cues"])


def test_the_speech_free_estimate_is_rounded_to_the_millisecond_at_160_words_a_minute() -> None:
    assert estimate_utterance_seconds("Hold it there.") == round((8.2 * 14 + 75) / 160, 3)
    assert estimate_utterance_seconds("Hold it there.", 100) == round((8.2 * 14 + 75) / 100, 3)
    assert estimate_utterance_seconds("") == 0.0


def test_the_default_compile_uses_the_speech_estimate_and_default_settings() -> None:
    hold = Step(StepKind.HOLD, exercise="figure-four", hold_s=20)
    seg = compile_timeline(routine(hold), cat()).segments[0]
    assert seg.lead_s == round(estimate_utterance_seconds("Cross.") + 4.0, 3)
    assert len([c for c in seg.cues if c.kind is COUNT]) == 3


def test_a_flow_of_an_exercise_without_safety_words_says_just_its_instruction() -> None:
    seg = compile_(Step(StepKind.FLOW, exercise="figure-four", breaths=1)).segments[0]
    assert seg.instruction == "Cross."


def test_a_warm_up_counts_down_only_from_a_second_after_its_words() -> None:
    # 20 words: 10 s said, 1 s pad; the warm-up lasts its words and 10 s, 21 s. With the
    # countdown from ten, "Nine" would start 1 s after the words end and "Ten" right at it.
    warm = Step(StepKind.WARMUP, text=" ".join(["word"] * 20), duration_s=12)
    settings = SessionSettings(countdown_from=10, encouragement_cue=False)
    seg = compile_(warm, settings=settings).segments[0]
    assert [(t, x) for t, k, x in said(seg) if k is COUNT][:2] == [
        (13.0, C.countdown[7]),
        (14.0, C.countdown[6]),
    ]


def test_an_extended_warm_up_moves_only_its_countdown() -> None:
    warm = Step(StepKind.WARMUP, exercise="warm-up", duration_s=240)
    seg = compile_(warm, settings=SessionSettings(countdown_from=1)).segments[0]
    kinds = [c.kind for c in seg.cues]
    offsets = dict((i, t) for t, i in seg.cue_offsets(30.0))
    before = dict((i, t) for t, i in seg.cue_offsets())
    for i, kind in enumerate(kinds):
        assert offsets[i] == before[i] + (30.0 if kind is COUNT else 0.0), kind
    assert CueKind.HALFWAY in kinds and CueKind.ENCOURAGE in kinds


def test_a_warm_up_with_neither_words_nor_exercise_is_silent_for_its_minutes() -> None:
    seg = compile_(Step(StepKind.WARMUP), settings=QUIET).segments[0]
    assert (seg.instruction, seg.lead_s, seg.duration_s, seg.title) == ("", 0.0, 300.0, "Warm-up")
    assert seg.cues == ()


def test_a_transition_leads_to_the_very_next_exercise() -> None:
    steps = (
        Step(StepKind.HOLD, exercise="knee-to-chest", hold_s=20),
        Step(StepKind.TRANSITION, text="Next.", duration_s=3),
        Step(StepKind.HOLD, exercise="seated-glute", hold_s=20),
        Step(StepKind.HOLD, exercise="knee-to-chest", hold_s=20),
    )
    transition = [s for s in compile_(*steps, settings=QUIET).segments if s.step_index == 1]
    assert transition[0].duration_s == 5.0  # sitting down, not getting down onto the mat


def test_a_transition_with_nothing_to_say_is_silent() -> None:
    seg = compile_(Step(StepKind.TRANSITION, duration_s=5)).segments[0]
    assert (seg.instruction, seg.cues, seg.duration_s) == ("", (), 5.0)


def test_a_hold_with_no_words_at_all_says_only_the_cues() -> None:
    seg = compile_(Step(StepKind.HOLD, hold_s=20), settings=QUIET).segments[0]
    # Nothing to listen to, so nothing to wait for: "Hold it there." at once.
    assert seg.instruction == "" and seg.lead_s == 0.0
    assert [k for _, k, _ in said(seg)] == [HOLD]


def test_an_extended_hold_moves_only_its_countdown() -> None:
    hold = Step(StepKind.HOLD, exercise="knee-to-chest", hold_s=40)
    seg = compile_(hold, settings=SessionSettings(countdown_from=1)).segments[0]
    before = {i: t for t, i in seg.cue_offsets()}
    after = {i: t for t, i in seg.cue_offsets(15.0)}
    for i, cue in enumerate(seg.cues):
        assert after[i] == before[i] + (15.0 if cue.kind is COUNT else 0.0), cue.kind
    assert CueKind.HALFWAY in [c.kind for c in seg.cues]


def test_prompts_every_second_are_allowed_and_none_when_every_is_zero() -> None:
    hold = Step(StepKind.HOLD, exercise="knee-to-chest", hold_s=30, breathing_every_s=1)
    seg = compile_(hold, settings=QUIET).segments[0]
    assert [t - seg.lead_s for t, k, _ in said(seg) if k is CueKind.SAFETY] == [
        5,
        9,
        13,
        17,
        21,
        25,
        29,
    ]
    never = compile_(hold._replace(breathing_every_s=0), settings=QUIET).segments[0]
    assert [k for _, k, _ in said(never)] == [INSTR, HOLD]


def test_every_time_in_the_plan_is_a_whole_millisecond() -> None:
    """Lengths and offsets are rounded as they are made, so sums never drift."""
    steps = (
        Step(StepKind.HOLD, exercise="knee-to-chest", hold_s=20.00049, sides=Sides.BOTH),
        Step(StepKind.FLOW, exercise="cat-cow", breaths=3, inhale_s=2.12345, exhale_s=3.00041),
        Step(StepKind.WARMUP, exercise="warm-up", duration_s=61.23456),
    )
    timeline = compile_timeline(
        routine(*steps), cat(), SessionSettings(hold_scale=1.00001), lambda t: 0.12345 * len(t)
    )
    times = [t for s in timeline.segments for t in (s.start_s, s.duration_s, s.lead_s)]
    times += [c.at_s for s in timeline.segments for c in s.cues]
    assert all(t == round(t, 3) for t in times)
    hold = timeline.segments[0]
    assert hold.duration_s - hold.lead_s == pytest.approx(20.001, abs=1e-9)

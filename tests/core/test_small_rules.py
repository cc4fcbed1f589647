"""Small rules of core helpers that the window relies on: pictures, languages, reminders."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from stretchguide.core.assets import assets_dir, exercise_picture
from stretchguide.core.languages import choose_language, code_of
from stretchguide.core.model import BodyPosition, Position, Routine, Step, StepKind
from stretchguide.core.positions import Shown, routine_pictures
from stretchguide.core.reminders import ReminderSettings, from_prefs
from stretchguide.core.settings import ReminderPrefs, SessionSettings

from .helpers import catalog


def test_an_exercises_picture_is_in_the_shipped_exercises_folder() -> None:
    path = exercise_picture("cat-cow.svg")
    assert path == assets_dir() / "exercises" / "cat-cow.svg"
    assert path.is_file()


def test_a_locale_without_a_region_is_read_too() -> None:
    assert code_of("de.UTF-8") == "de"
    assert code_of("fr@euro") == "fr"
    assert choose_language("", "", "es.UTF-8") == "es"


def test_a_routines_pictures_fall_back_on_its_own_place() -> None:
    steps = (Step(StepKind.BRIEFING, text="Hi."), Step(StepKind.TRANSITION, text="Rest."))
    routine = Routine("r", "R", "", Position.SEATED, steps)
    assert routine_pictures(routine) == (Shown(BodyPosition.SEATED), Shown(BodyPosition.SEATED))


def test_stored_reminder_preferences_become_valid_reminder_rules() -> None:
    prefs = ReminderPrefs(
        enabled=True,
        every_minutes=5,
        day_start="8:30",
        day_end="17:00",
        weekdays="4,0",
        snooze_minutes=99,
    )
    assert from_prefs(prefs) == ReminderSettings(
        enabled=True,
        every_minutes=10,
        day_start="08:30",
        day_end="17:00",
        weekdays=(0, 4),
        snooze_minutes=60,
    )
    assert from_prefs(ReminderPrefs()) == ReminderSettings()


def test_a_stored_setting_is_read_whatever_is_missing_before_it() -> None:
    assert SessionSettings.from_dict({"extend_s": 30}).extend_s == 30.0
    assert SessionSettings.from_dict({"get_ready_s": 20, "colour": 1}).get_ready_s == 20.0


def test_a_last_step_with_no_position_stays_where_the_person_is() -> None:
    from stretchguide.core.positions import step_positions

    steps = (
        Step(StepKind.HOLD, exercise="cat-cow"),
        Step(StepKind.HOLD, exercise="seated-glute"),
        Step(StepKind.TRANSITION, text="Rest."),
    )
    assert step_positions(steps)[-1] is BodyPosition.SEATED


def test_a_briefing_that_names_its_position_is_shown_there() -> None:
    from stretchguide.core.positions import step_positions

    steps = (
        Step(StepKind.WARMUP, exercise="warm-up"),
        Step(StepKind.BRIEFING, text="Sit down.", position=BodyPosition.SEATED),
        Step(StepKind.HOLD, exercise="knee-to-chest"),
    )
    assert step_positions(steps)[1] is BodyPosition.SEATED


def test_pictures_from_a_timeline_without_steps_or_with_a_gap() -> None:
    from stretchguide.core.positions import timeline_pictures
    from stretchguide.core.timeline import Cue, CueKind, Segment, Timeline

    end = Cue(0.0, CueKind.END, "End.")
    assert timeline_pictures(Timeline("r", "R", (), end)) == ()

    def seg(step_index: int, exercise: str) -> Segment:
        return Segment(0, step_index, StepKind.HOLD, exercise, "T", None, 0.0, 1.0, 0.0, "", ())

    # Step 1 has no segment of its own: it is passed over like a transition, so it shows the
    # position the next step leads to.
    timeline = Timeline("r", "R", (seg(0, "cat-cow"), seg(2, "seated-glute")), end)
    assert timeline_pictures(timeline) == (
        Shown(BodyPosition.HANDS_AND_KNEES, "cat-cow"),
        Shown(BodyPosition.SEATED),
        Shown(BodyPosition.SEATED, "seated-glute"),
    )


def test_the_fake_clock_stands_still_or_moves_on_never_back() -> None:
    from stretchguide.core.clock import FakeClock

    clock = FakeClock(5.0)
    clock.advance(0)
    assert clock.now() == 5.0
    clock.advance(1.5)
    assert clock.now() == 6.5
    with pytest.raises(ValueError, match=r"^a monotonic clock never goes back$"):
        clock.advance(-0.1)


def test_two_different_mistakes_in_one_field_are_not_counted_as_one() -> None:
    from stretchguide.core.routine_checks import condense
    from stretchguide.core.toml_input import Problem

    found = [Problem("a.toml", f"steps[{i}].hold_s", "is missing") for i in range(1, 5)]
    found.append(Problem("a.toml", "steps[5].hold_s", "must be a number"))
    assert condense(found)[-2:] == [
        "a.toml: and 1 more like it, in step 4: the same fix applies",
        "a.toml: steps[5].hold_s: must be a number",
    ]


def test_a_time_of_day_is_at_most_23_59() -> None:
    from stretchguide.core.reminders import parse_hhmm

    assert parse_hhmm("23:59").hour == 23
    for text in ("24:00", "23:60"):
        with pytest.raises(ValueError, match="is not a time of day"):
            parse_hhmm(text)


def test_a_snooze_ending_as_the_last_reminder_was_shown_changes_nothing() -> None:
    from datetime import datetime, timedelta

    from stretchguide.core.reminders import next_reminder

    rules = ReminderSettings(enabled=True, every_minutes=50, weekdays=tuple(range(7)))
    shown = datetime(2026, 3, 4, 10, 0)
    assert next_reminder(shown, rules, shown, shown) == shown + timedelta(minutes=50)


def test_the_assets_inside_the_package_win_and_a_missing_folder_is_named(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from stretchguide.core import assets

    package = tmp_path / "site" / "stretchguide"
    (package / "assets" / "routines").mkdir(parents=True)  # an installed wheel
    (tmp_path / "site" / "assets" / "routines").mkdir(parents=True)  # a checkout
    monkeypatch.setattr(assets, "_PACKAGE", package)
    assert assets.assets_dir() == package / "assets"
    shutil.rmtree(package / "assets")
    assert assets.assets_dir() == tmp_path / "site" / "assets"
    shutil.rmtree(tmp_path / "site" / "assets")
    with pytest.raises(FileNotFoundError) as missing:
        assets.assets_dir()
    assert str(missing.value) == (
        f"StretchGuide's assets folder is missing (looked in {package / 'assets'} and "
        f"{tmp_path / 'site' / 'assets'}): reinstall the package"
    )


def test_the_warm_up_and_briefing_advice_in_full() -> None:
    from stretchguide.core.routine_checks import advise

    hold = Step(StepKind.HOLD, exercise="knee-to-chest", hold_s=30)
    routine = Routine("r", "R", "", Position.FLOOR, (hold,))
    assert [str(p) for p in advise(routine, catalog())] == [
        "r: steps: have no warm-up: the guide says to warm up before any stretching (light "
        'activity such as walking in place): add a first step with kind = "warmup" and '
        'exercise = "warm-up"',
        'r: steps: have no briefing: add a step with kind = "briefing" before the stretches, '
        "with the safety words (move slowly, never bounce, ease out at sharp pain)",
    ]
    # A hold of the warm-up exercise is its own warm-up: not "after the first stretch".
    brief = Step(StepKind.BRIEFING, text="Gently.")
    warm_hold = Step(StepKind.HOLD, exercise="warm-up", hold_s=30)
    assert advise(Routine("r", "R", "", Position.FLOOR, (brief, warm_hold)), catalog()) == []

"""Small rules of core helpers that the window relies on: pictures, languages, reminders."""

from __future__ import annotations

from stretchguide.core.assets import assets_dir, exercise_picture
from stretchguide.core.languages import choose_language, code_of
from stretchguide.core.model import BodyPosition, Position, Routine, Step, StepKind
from stretchguide.core.positions import Shown, routine_pictures
from stretchguide.core.reminders import ReminderSettings, from_prefs
from stretchguide.core.settings import ReminderPrefs, SessionSettings


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

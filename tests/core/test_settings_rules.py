"""Settings stay inside the guide's ranges whatever a settings file says.

A person can hand-edit the settings file; ``clamped()`` and ``from_dict`` are what stand between
a typo and a session the guide would not recommend (a 20-minute warm-up, a 0.1 s breath, a
reminder every minute at 3 a.m.). These tests pin each range at both ends and each fallback.
"""

from __future__ import annotations

import math

import pytest

from stretchguide.core.settings import (
    DEFAULT_NATURAL_VOICE,
    ENGINE_NATURAL,
    ENGINE_SYSTEM,
    GET_READY_AUTO,
    SETTINGS_SCHEMA,
    AppSettings,
    ReminderPrefs,
    SessionSettings,
    SpeechSettings,
    UiSettings,
    VoiceSettings,
)

NAN = math.nan


def test_the_defaults_are_the_guides() -> None:
    s = SessionSettings()
    assert (s.hold_scale, s.warmup_minutes, s.inhale_s, s.exhale_s) == (1.0, 5.0, 4.0, 4.0)
    assert (s.halfway_cue, s.countdown_cue, s.breathing_cue, s.encouragement_cue) == (
        True,
        True,
        True,
        True,
    )
    assert (s.countdown_from, s.extend_s, s.get_ready_s) == (3, 15.0, GET_READY_AUTO)
    assert s.clamped() == s
    assert SETTINGS_SCHEMA == 2 and AppSettings().schema == SETTINGS_SCHEMA


@pytest.mark.parametrize(
    ("field", "low", "high"),
    [
        ("hold_scale", 0.5, 2.0),
        ("warmup_minutes", 5.0, 10.0),
        ("inhale_s", 2.0, 8.0),
        ("exhale_s", 2.0, 8.0),
        ("countdown_from", 1, 10),
        ("extend_s", 5.0, 60.0),
        ("get_ready_s", 3.0, 60.0),
    ],
)
def test_each_session_number_is_kept_in_its_range(field: str, low: float, high: float) -> None:
    def clamp(value: float) -> float:
        return getattr(SessionSettings(**{field: value}).clamped(), field)

    assert clamp(low) == low and clamp(high) == high
    assert clamp(low - 0.25) == low
    assert clamp(high + 0.25) == high
    assert clamp((low + high) / 2) == (low + high) / 2 or field == "countdown_from"


def test_a_nan_is_taken_as_the_low_end_and_get_ready_as_automatic() -> None:
    s = SessionSettings(hold_scale=NAN, warmup_minutes=NAN, extend_s=NAN, get_ready_s=NAN)
    c = s.clamped()
    assert (c.hold_scale, c.warmup_minutes, c.extend_s) == (0.5, 5.0, 5.0)
    assert c.get_ready_s == GET_READY_AUTO
    assert SessionSettings(get_ready_s=-4).clamped().get_ready_s == GET_READY_AUTO
    assert SessionSettings(get_ready_s=1).clamped().get_ready_s == 3.0
    assert SessionSettings(countdown_from=7).clamped().countdown_from == 7
    assert isinstance(SessionSettings(countdown_from=4.6).clamped().countdown_from, int)  # type: ignore[arg-type]


def test_stored_values_of_the_wrong_type_are_ignored_and_the_rest_kept() -> None:
    s = SessionSettings.from_dict(
        {
            "hold_scale": "1.5",
            "warmup_minutes": "lots",
            "inhale_s": None,
            "exhale_s": 6,
            "halfway_cue": "False",
            "countdown_cue": "TRUE",
            "breathing_cue": "maybe",
            "encouragement_cue": False,
            "countdown_from": "5",
            "extend_s": 99,
            "colour": "blue",
        }
    )
    assert s == SessionSettings(
        hold_scale=1.5,
        exhale_s=6.0,
        halfway_cue=False,
        countdown_cue=True,
        encouragement_cue=False,
        countdown_from=5,
        extend_s=60.0,
    )
    assert isinstance(s.countdown_from, int)
    assert SessionSettings.from_dict({}) == SessionSettings()
    assert SessionSettings.from_dict({"breathing_cue": 1}).breathing_cue is True
    assert SessionSettings.from_dict({"halfway_cue": "true"}).halfway_cue is True


def test_settings_round_trip_through_a_dict() -> None:
    s = SessionSettings(hold_scale=1.25, countdown_cue=False, get_ready_s=20.0)
    assert s.to_dict()["hold_scale"] == 1.25 and len(s.to_dict()) == 11
    assert SessionSettings.from_dict(s.to_dict()) == s


def test_speech_settings_stay_in_range_and_fall_back_to_the_natural_voice() -> None:
    assert SpeechSettings().clamped() == SpeechSettings()
    s = SpeechSettings(rate=20, volume=1.5, engine="robot", natural_voice="").clamped()
    assert (s.rate, s.volume, s.engine, s.natural_voice) == (80, 1.0, ENGINE_NATURAL, "heart")
    s = SpeechSettings(rate=999, volume=-1, engine=ENGINE_SYSTEM, natural_voice="x").clamped()
    assert (s.rate, s.volume, s.engine, s.natural_voice) == (300, 0.0, ENGINE_SYSTEM, "x")
    assert SpeechSettings(rate=NAN).clamped().rate == 80  # type: ignore[arg-type]
    assert isinstance(SpeechSettings(rate=150.7).clamped().rate, int)  # type: ignore[arg-type]
    assert DEFAULT_NATURAL_VOICE == "heart"
    assert SpeechSettings().rate == 160 and SpeechSettings().enabled


def test_the_window_settings_stay_in_range() -> None:
    assert UiSettings().clamped() == UiSettings(theme="system", text_scale=1.0, language="")
    for theme in ("system", "light", "dark"):
        assert UiSettings(theme=theme).clamped().theme == theme
    assert UiSettings(theme="neon").clamped().theme == "system"
    assert UiSettings(text_scale=0.5).clamped().text_scale == 0.75
    assert UiSettings(text_scale=3).clamped().text_scale == 2.0
    assert UiSettings(text_scale=1.5).clamped().text_scale == 1.5


def test_reminders_are_off_by_default_on_weekdays_in_working_hours() -> None:
    r = ReminderPrefs()
    assert not r.enabled and (r.every_minutes, r.snooze_minutes) == (50, 10)
    assert (r.day_start, r.day_end, r.day_numbers()) == ("09:00", "18:00", (0, 1, 2, 3, 4))
    assert r.clamped() == r


def test_reminder_numbers_and_hours_stay_sensible() -> None:
    r = ReminderPrefs(every_minutes=1, snooze_minutes=0, day_start="7:5", day_end="23:59")
    c = r.clamped()
    assert (c.every_minutes, c.snooze_minutes, c.day_start, c.day_end) == (10, 1, "07:05", "23:59")
    c = ReminderPrefs(every_minutes=999, snooze_minutes=999).clamped()
    assert (c.every_minutes, c.snooze_minutes) == (240, 60)
    c = ReminderPrefs(every_minutes=240, snooze_minutes=60).clamped()
    assert (c.every_minutes, c.snooze_minutes) == (240, 60)
    # Impossible or unreadable hours fall back one by one; a day that ends before it starts
    # falls back whole.
    for start, end, expected in [
        ("24:00", "18:00", ("09:00", "18:00")),
        ("08:60", "17:00", ("09:00", "17:00")),
        ("8", "17:00", ("09:00", "17:00")),
        ("a:b", "x", ("09:00", "18:00")),
        ("00:00", "23:59", ("00:00", "23:59")),
        (" 10:30 ", "10:30", ("09:00", "18:00")),
        ("12:00", "11:00", ("09:00", "18:00")),
        ("-1:00", "17:00", ("09:00", "17:00")),
        ("09:00", "24:00", ("09:00", "18:00")),
    ]:
        c = ReminderPrefs(day_start=start, day_end=end).clamped()
        assert (c.day_start, c.day_end) == expected, (start, end)


def test_reminder_days_are_sorted_once_each_and_never_none() -> None:
    assert ReminderPrefs(weekdays="6,0, 3,3,9,x").clamped().weekdays == "0,3,6"
    # A hand-edited list with an empty entry or two digits run together.
    assert ReminderPrefs(weekdays="0,,1").clamped().weekdays == "0,1"
    assert ReminderPrefs(weekdays="34,5").clamped().weekdays == "5"
    assert ReminderPrefs(weekdays="6,0,3").day_numbers() == (0, 3, 6)
    assert ReminderPrefs(weekdays="").clamped().weekdays == "0,1,2,3,4"
    assert ReminderPrefs(weekdays="7,8").day_numbers() == (0, 1, 2, 3, 4)
    assert ReminderPrefs(weekdays="5,6").day_numbers() == (5, 6)


def test_spoken_commands_are_off_by_default_and_confirmed() -> None:
    v = VoiceSettings()
    assert not v.enabled and v.confirm and v.clamped() is v
    app = AppSettings()
    assert app.session == SessionSettings() and app.speech == SpeechSettings()
    assert app.ui == UiSettings() and app.reminders == ReminderPrefs() and app.voice == v

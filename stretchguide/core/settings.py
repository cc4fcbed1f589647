"""Session settings: the knobs a person turns, as one typed value passed in, never a global.

The ranges come from the stretching guide (warm-up of five to ten minutes, holds around thirty
seconds); ``clamped()`` keeps any stored value inside them so a hand-edited settings file can
never produce a session the guide would not recommend.

The settings are NamedTuples, like the routine model (``core.model`` says why); change one
with ``settings._replace(field=value)``.
"""

from typing import Any, NamedTuple

from stretchguide.core.languages import LANGUAGES

SETTINGS_SCHEMA = 2

WARMUP_MIN_MINUTES = 5.0
WARMUP_MAX_MINUTES = 10.0
HOLD_SCALE_MIN = 0.5
HOLD_SCALE_MAX = 2.0
BREATH_MIN_S = 2.0
BREATH_MAX_S = 8.0
#: The get-ready before a session: 0 fits it to the routine's first position (the timeline
#: compiler's rule); otherwise a person's own number of seconds, never shorter than its words.
GET_READY_AUTO = 0.0
GET_READY_MIN_S = 3.0
GET_READY_MAX_S = 60.0


class SessionSettings(NamedTuple):
    hold_scale: float = 1.0
    warmup_minutes: float = WARMUP_MIN_MINUTES
    inhale_s: float = 4.0
    exhale_s: float = 4.0
    halfway_cue: bool = True
    countdown_cue: bool = True
    countdown_from: int = 3
    breathing_cue: bool = True
    encouragement_cue: bool = True
    extend_s: float = 15.0
    get_ready_s: float = GET_READY_AUTO

    def clamped(self) -> "SessionSettings":
        """A copy with every number inside the guide's range."""
        return self._replace(
            hold_scale=_clamp(self.hold_scale, HOLD_SCALE_MIN, HOLD_SCALE_MAX),
            warmup_minutes=_clamp(self.warmup_minutes, WARMUP_MIN_MINUTES, WARMUP_MAX_MINUTES),
            inhale_s=_clamp(self.inhale_s, BREATH_MIN_S, BREATH_MAX_S),
            exhale_s=_clamp(self.exhale_s, BREATH_MIN_S, BREATH_MAX_S),
            countdown_from=int(_clamp(self.countdown_from, 1, 10)),
            extend_s=_clamp(self.extend_s, 5.0, 60.0),
            get_ready_s=(
                GET_READY_AUTO
                if not self.get_ready_s > 0  # 0, negative or NaN: fit it to the routine
                else _clamp(self.get_ready_s, GET_READY_MIN_S, GET_READY_MAX_S)
            ),
        )

    def to_dict(self) -> dict[str, Any]:
        return self._asdict()

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "SessionSettings":
        """Build from stored values, ignoring unknown keys and values of the wrong type."""
        default = cls()
        kwargs: dict[str, Any] = {}
        for name in cls._fields:
            if name not in data:
                continue
            want = type(getattr(default, name))
            value = data[name]
            if want is bool:
                if isinstance(value, bool):
                    kwargs[name] = value
                elif isinstance(value, str) and value.lower() in ("true", "false"):
                    kwargs[name] = value.lower() == "true"
            elif want in (int, float):
                try:
                    kwargs[name] = want(value)
                except (TypeError, ValueError):
                    continue
        return cls(**kwargs).clamped()


def _clamp(value: float, low: float, high: float) -> float:
    if value != value:  # NaN
        return low
    return max(low, min(high, value))


#: The speech engines a person can choose: the natural (neural) voice, or the system's voices
#: (pyttsx3: eSpeak NG on Linux, SAPI5 on Windows, NSSpeechSynthesizer on macOS).
ENGINE_NATURAL = "natural"
ENGINE_SYSTEM = "system"
SPEECH_ENGINES = (ENGINE_NATURAL, ENGINE_SYSTEM)
DEFAULT_NATURAL_VOICE = "heart"
#: The natural engine's voices: only those inside the installed package (nothing downloads).
NATURAL_VOICES = (("heart", "Heart (American English, natural)"),)


class SpeechSettings(NamedTuple):
    """How the coach speaks.

    ``engine`` picks the natural voice (the default: it is English only, and falls back to the
    system voice where it cannot load) or the system's voices (any language the system has).
    ``voice`` is a system voice id (empty: the system's default); ``natural_voice`` the natural
    engine's voice. ``rate`` (words per minute) sets the speed of both engines.
    """

    enabled: bool = True
    voice: str = ""
    rate: int = 160  # words per minute
    volume: float = 1.0
    engine: str = ENGINE_NATURAL
    natural_voice: str = DEFAULT_NATURAL_VOICE

    def clamped(self) -> "SpeechSettings":
        return self._replace(
            rate=int(_clamp(self.rate, 80, 300)),
            volume=_clamp(self.volume, 0.0, 1.0),
            engine=self.engine if self.engine in SPEECH_ENGINES else ENGINE_NATURAL,
            natural_voice=self.natural_voice or DEFAULT_NATURAL_VOICE,
        )


class UiSettings(NamedTuple):
    """How the window looks. ``theme`` is ``system``, ``light`` or ``dark``; ``language`` is a
    shipped language's code (``core.languages``), or empty to follow the system."""

    theme: str = "system"
    text_scale: float = 1.0
    language: str = ""

    def clamped(self) -> "UiSettings":
        theme = self.theme if self.theme in ("system", "light", "dark") else "system"
        language = self.language if self.language in LANGUAGES else ""
        return self._replace(
            theme=theme, text_scale=_clamp(self.text_scale, 0.75, 2.0), language=language
        )


class ReminderPrefs(NamedTuple):
    """Break reminders as stored: plain values a settings file can hold. Off by default."""

    enabled: bool = False
    every_minutes: int = 50
    day_start: str = "09:00"
    day_end: str = "18:00"
    weekdays: str = "0,1,2,3,4"  # Monday is 0
    snooze_minutes: int = 10

    def clamped(self) -> "ReminderPrefs":
        start = _hhmm(self.day_start, "09:00")
        end = _hhmm(self.day_end, "18:00")
        if end <= start:
            start, end = "09:00", "18:00"
        # One digit 0-6 each: `"" in "0123456"` and `"34" in "0123456"` are true too, and a
        # hand-edited "0,,1" or "34" must not reach int() or the reminders.
        days = sorted({int(d) for d in self.weekdays.split(",") if d.strip() in _WEEKDAYS})
        return self._replace(
            every_minutes=int(_clamp(self.every_minutes, 10, 240)),
            snooze_minutes=int(_clamp(self.snooze_minutes, 1, 60)),
            day_start=start,
            day_end=end,
            weekdays=",".join(str(d) for d in days) if days else "0,1,2,3,4",
        )

    def day_numbers(self) -> tuple[int, ...]:
        return tuple(int(d) for d in self.clamped().weekdays.split(","))


_WEEKDAYS = ("0", "1", "2", "3", "4", "5", "6")


def _hhmm(text: str, fallback: str) -> str:
    parts = text.strip().split(":")
    if len(parts) == 2 and all(p.isdigit() for p in parts):
        hours, minutes = int(parts[0]), int(parts[1])
        if 0 <= hours <= 23 and 0 <= minutes <= 59:
            return f"{hours:02d}:{minutes:02d}"
    return fallback


class VoiceSettings(NamedTuple):
    """Spoken commands (``stretchguide.voice``). Off by default: it opens the microphone."""

    enabled: bool = False
    confirm: bool = True  # say "Paused." when a spoken "pause" was heard

    def clamped(self) -> "VoiceSettings":
        return self


class AppSettings(NamedTuple):
    """Everything the settings dialog edits, loaded once at start-up and passed in."""

    session: SessionSettings = SessionSettings()
    speech: SpeechSettings = SpeechSettings()
    ui: UiSettings = UiSettings()
    reminders: ReminderPrefs = ReminderPrefs()
    voice: VoiceSettings = VoiceSettings()
    schema: int = SETTINGS_SCHEMA

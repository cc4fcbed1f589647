"""The voice follows the coaching's language, on every system's way of naming voices."""

from __future__ import annotations

from pathlib import Path

import pytest
from speech_helpers import FakePlayer

from stretchguide.core.settings import SpeechSettings
from stretchguide.core.utterance import estimate_seconds
from stretchguide.speech.natural_speaker import NaturalSpeaker
from stretchguide.speech.null_speaker import NullSpeaker
from stretchguide.speech.pyttsx3_speaker import Pyttsx3Speaker
from stretchguide.speech.voice_choice import (
    VoiceInfo,
    choose_voice,
    languages_of,
    split_request,
    voice_request,
)

TONE = "speech_fault_engines:ToneEngine"
START = 30_000

#: What pyttsx3 lists on Debian's espeak-ng 1.51 (a few of its 131 voices).
ESPEAK = [
    VoiceInfo("gmw/de", "German", ("de",)),
    VoiceInfo("gmw/en", "English (Great Britain)", ("en-gb",)),
    VoiceInfo("gmw/en-us", "English (America)", ("en-us",)),
    VoiceInfo("roa/es-419", "Spanish (Latin America)", ("es-419",)),
    VoiceInfo("roa/es", "Spanish (Spain)", ("es",)),
    VoiceInfo("roa/fr-be", "French (Belgium)", ("fr-be",)),
    VoiceInfo("roa/fr", "French (France)", ("fr-fr",)),
]
SAPI = [
    VoiceInfo("HKLM\\Tokens\\TTS_MS_EN-US_ZIRA_11.0", "Microsoft Zira Desktop", ("409",)),
    VoiceInfo("HKLM\\Tokens\\TTS_MS_DE-DE_HEDDA_11.0", "Microsoft Hedda Desktop", ("407",)),
]
MACOS = [
    VoiceInfo("com.apple.voice.compact.en-US.Samantha", "Samantha", ("en_US",)),
    VoiceInfo("com.apple.voice.compact.fr-FR.Thomas", "Thomas", ("fr_FR",)),
]


@pytest.mark.parametrize(
    ("language", "expected"), [("de", "gmw/de"), ("fr", "roa/fr"), ("es", "roa/es")]
)
def test_a_voice_of_the_language_speaks_it_its_home_region_first(
    language: str, expected: str
) -> None:
    assert choose_voice(ESPEAK, "", "gmw/en", language) == (expected, None)


def test_the_persons_voice_speaks_when_it_speaks_the_language() -> None:
    assert choose_voice(ESPEAK, "roa/es-419", "gmw/en", "es") == ("roa/es-419", None)
    assert choose_voice(ESPEAK, "gmw/en-us", "gmw/en", "en") == ("gmw/en-us", None)


def test_an_english_voice_never_reads_german_coaching() -> None:
    assert choose_voice(ESPEAK, "gmw/en-us", "gmw/en", "de") == ("gmw/de", None)


def test_windows_and_macos_voices_are_matched_by_their_language_ids() -> None:
    assert choose_voice(SAPI, "", SAPI[0].id, "de") == (SAPI[1].id, None)
    assert choose_voice(MACOS, "", MACOS[0].id, "fr") == (MACOS[1].id, None)
    assert languages_of(VoiceInfo("x/German", "German voice")) == {"de"}


def test_no_voice_of_the_language_says_what_to_install() -> None:
    voice, warning = choose_voice(SAPI, "", SAPI[0].id, "es")
    assert voice == SAPI[0].id
    assert warning is not None and "Español" in warning and "install" in warning


def test_a_voice_request_carries_the_voice_and_the_language() -> None:
    assert split_request(voice_request("gmw/en-us", "de")) == ("gmw/en-us", "de")
    assert split_request(voice_request("", "fr")) == ("", "fr")
    assert split_request("gmw/en-us") == ("gmw/en-us", "")


def test_estimates_follow_the_languages_pace() -> None:
    text = "Stechender Schmerz heißt: sofort sanft aus der Dehnung kommen."
    assert estimate_seconds(text, 160, "de") > estimate_seconds(text, 160, "en")
    assert NullSpeaker(language="de").utterance_seconds(text) == estimate_seconds(text, 160, "de")


def test_each_language_has_its_own_renderings(qtbot, tmp_path: Path) -> None:
    speaker = Pyttsx3Speaker(
        cache_dir=tmp_path, engine=TONE, player=FakePlayer(), probe_audio=False, language="en"
    )
    try:
        with qtbot.waitSignal(speaker.durations_ready, timeout=START):
            speaker.prepare(["Zwei."])
        english = speaker.cached_path("Zwei.")
        speaker.set_language("de")
        assert speaker.cached_path("Zwei.") is None, "German is rendered anew, in its voice"
        with qtbot.waitSignal(speaker.durations_ready, timeout=START):
            speaker.prepare(["Zwei."])
        assert speaker.cached_path("Zwei.") not in (None, english)
    finally:
        speaker.shutdown()


def _natural(tmp_path: Path, language: str) -> tuple[NaturalSpeaker, list[str]]:
    speaker = NaturalSpeaker(
        SpeechSettings(),
        cache_dir=tmp_path,
        natural_engine=TONE,
        system_engine=TONE,
        player_factory=FakePlayer,
        probe_audio=False,
        language=language,
    )
    said: list[str] = []
    speaker.notice.connect(said.append)
    return speaker, said


def test_other_languages_use_the_system_voice_without_a_notice(qtbot, tmp_path: Path) -> None:
    speaker, said = _natural(tmp_path, "de")
    try:
        assert not speaker.natural_active
        with qtbot.waitSignal(speaker.durations_ready, timeout=START):
            speaker.prepare(["Halte die Position."])
        assert speaker.system_lane.cached_path("Halte die Position.") is not None
        assert speaker.system_lane.language == "de"
        speaker.set_language("en")
        assert speaker.natural_active, "English has the natural voice again"
        speaker.set_language("fr")
        assert not speaker.natural_active
        assert said == []
    finally:
        speaker.shutdown()

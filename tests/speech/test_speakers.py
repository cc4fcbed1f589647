"""The small pieces: the Speaker protocol, the silent and recording speakers, estimates, keys."""

from __future__ import annotations

import wave
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from stretchguide.core.settings import SpeechSettings
from stretchguide.core.utterance import estimate_seconds
from stretchguide.speech.cache import cache_key, wav_seconds
from stretchguide.speech.fake import RecordingSpeaker
from stretchguide.speech.null_speaker import NullSpeaker
from stretchguide.speech.player import ProcessPlayer, default_player
from stretchguide.speech.pyttsx3_speaker import Pyttsx3Speaker
from stretchguide.speech.speaker import Speaker

SHORT = "Hold it there."
LONG = "Lie on your back, hug your right knee toward your chest, and let your shoulders rest."


def test_every_speaker_paces_a_session_alike(qtbot, tmp_path: Path) -> None:
    """Speech on or off, recorded or real: a cue is given the same time before anything is
    rendered, so switching speech off never changes a session's timing. Longer words and a slower
    rate take longer, and every call returns without needing an engine."""
    real = Pyttsx3Speaker(SpeechSettings(enabled=False), cache_dir=tmp_path, player=None)
    speakers: list[Speaker] = [NullSpeaker(), RecordingSpeaker(now=lambda: 0.0), real]
    try:
        for speaker in speakers:
            assert isinstance(speaker, Speaker)
            speaker.prepare([SHORT, LONG])
            speaker.say(SHORT)
            speaker.stop()
            assert isinstance(speaker.voices(), list)
        short = {round(sp.utterance_seconds(SHORT), 6) for sp in speakers}
        long = {round(sp.utterance_seconds(LONG), 6) for sp in speakers}
        assert len(short) == len(long) == 1, "speakers disagree on how long a cue lasts"
        assert 0 < short.pop() < long.pop()
        base = speakers[0].utterance_seconds(LONG)
        for speaker in speakers:
            speaker.apply(SpeechSettings(enabled=False, rate=100))
            assert speaker.utterance_seconds(LONG) == pytest.approx(base * 160 / 100, rel=0.05)
        assert not NullSpeaker().available
    finally:
        real.shutdown()


def test_speech_off_starts_no_engine_and_says_nothing(qtbot, tmp_path: Path, fake_player) -> None:
    speaker = Pyttsx3Speaker(SpeechSettings(enabled=False), cache_dir=tmp_path, player=fake_player)
    speaker.say("Hello.")
    assert speaker.worker_pid is None
    assert not speaker.available
    assert fake_player.played == []
    assert speaker.utterance_seconds("Hello.") == estimate_seconds("Hello.", 160)
    speaker.shutdown()


def test_null_speaker_is_silent_but_estimates() -> None:
    speaker = NullSpeaker(SpeechSettings(rate=200))
    speaker.say("Anything.")
    assert not speaker.available
    assert speaker.voices() == []
    assert speaker.utterance_seconds("Anything.") == estimate_seconds("Anything.", 200)
    speaker.apply(SpeechSettings(rate=100))
    assert speaker.utterance_seconds("Anything.") == estimate_seconds("Anything.", 100)


def test_recording_speaker_marks_what_was_cut() -> None:
    clock = [0.0]
    speaker = RecordingSpeaker(now=lambda: clock[0], durations={"One": 0.5, "Long words.": 3.0})
    speaker.say("Long words.")
    clock[0] = 1.0
    assert speaker.playing() == "Long words."
    speaker.say("One")
    clock[0] = 2.0
    assert speaker.playing() is None
    speaker.stop()
    assert speaker.said == [(0.0, "Long words."), (1.0, "One")]
    assert speaker.interrupted == ["Long words."]
    assert speaker.stops == [2.0]


@given(st.text(min_size=1, max_size=200).filter(str.strip), st.integers(80, 300))
def test_estimates_grow_with_text_and_shrink_with_rate(text: str, rate: int) -> None:
    base = estimate_seconds(text, rate)
    assert base > 0
    assert estimate_seconds(text + " more words", rate) > base
    assert estimate_seconds(text, rate + 20) < base


def test_cache_keys_change_with_every_sound_setting() -> None:
    base = cache_key("e", "v", 160, 1.0, "Hold it there.")
    assert base == cache_key("e", "v", 160, 1.0, "Hold it there.")
    others = [
        cache_key("e2", "v", 160, 1.0, "Hold it there."),
        cache_key("e", "v2", 160, 1.0, "Hold it there."),
        cache_key("e", "v", 161, 1.0, "Hold it there."),
        cache_key("e", "v", 160, 0.9, "Hold it there."),
        cache_key("e", "v", 160, 1.0, "Hold it here."),
    ]
    assert base not in others and len(set(others)) == len(others)


def test_wav_seconds_is_exact_and_none_for_junk(tmp_path: Path) -> None:
    path = tmp_path / "a.wav"
    with wave.open(str(path), "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(22050)
        wav.writeframes(b"\0\0" * 33075)
    assert wav_seconds(path) == pytest.approx(1.5)
    (tmp_path / "junk.wav").write_bytes(b"not a wav")
    assert wav_seconds(tmp_path / "junk.wav") is None
    assert wav_seconds(tmp_path / "missing.wav") is None


def test_the_default_player_prefers_pulseaudio(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setattr("shutil.which", lambda name: f"/usr/bin/{name}")
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))
    monkeypatch.delenv("PULSE_SERVER", raising=False)
    player = default_player()
    assert isinstance(player, ProcessPlayer) and player.name == "aplay"
    (tmp_path / "pulse").mkdir()
    (tmp_path / "pulse" / "native").touch()
    player = default_player()
    assert isinstance(player, ProcessPlayer) and player.name == "paplay"

"""The real engine: pyttsx3 + eSpeak NG render a cue in the real worker process.

Needs the Debian packages libespeak-ng1 and espeak-ng; skipped (with the reason) without them.
No sound card is needed: the player is a fake; the WAV itself is checked for real speech.
"""

from __future__ import annotations

import array
import math
import wave
from pathlib import Path

import pytest

from stretchguide.core.settings import SpeechSettings
from stretchguide.speech.pyttsx3_speaker import Pyttsx3Speaker


def _espeak_problem() -> str | None:
    try:
        import pyttsx3.drivers._espeak  # noqa: F401  (loads libespeak-ng with ctypes)
    except Exception as exc:
        return f"pyttsx3 cannot load eSpeak NG ({exc}); apt-get install libespeak-ng1 espeak-ng"
    return None


pytestmark = [
    pytest.mark.real_speech,
    pytest.mark.skipif(_espeak_problem() is not None, reason=str(_espeak_problem())),
]

TEXT = "Lie on your back and pull your right knee gently toward your chest."


def rms(path: Path) -> tuple[float, float]:
    """(seconds, RMS of the 16-bit samples) of a mono WAV."""
    with wave.open(str(path), "rb") as wav:
        assert wav.getsampwidth() == 2
        frames = wav.readframes(wav.getnframes())
        seconds = wav.getnframes() / wav.getframerate()
    samples = array.array("h", frames)
    return seconds, math.sqrt(sum(s * s for s in samples) / max(1, len(samples)))


@pytest.fixture
def speaker(qtbot, cache_dir, fake_player):
    speaker = Pyttsx3Speaker(cache_dir=cache_dir, player=fake_player, probe_audio=False)
    yield speaker
    speaker.shutdown()


def test_a_cue_renders_to_real_speech_with_an_exact_duration(qtbot, speaker, fake_player):
    estimate = speaker.utterance_seconds(TEXT)
    with qtbot.waitSignal(speaker.durations_ready, timeout=20_000):
        speaker.prepare([TEXT])
    path = speaker.cached_path(TEXT)
    assert path is not None and path.exists()
    seconds, level = rms(path)
    assert seconds > 0.3
    assert level > 500, f"the WAV is (nearly) silent: RMS {level:.0f}"
    assert speaker.utterance_seconds(TEXT) == pytest.approx(seconds, abs=0.010)
    assert estimate == pytest.approx(seconds, rel=0.5)  # the estimate is in the right range

    with qtbot.waitSignal(speaker.started, timeout=100):
        speaker.say(TEXT)
    assert fake_player.played == [path]


def test_voices_come_from_the_engine_and_change_the_sound(qtbot, speaker):
    if not speaker.voices():
        qtbot.waitSignal(speaker.voices_changed, timeout=20_000).wait()
    ids = dict(speaker.voices())
    assert len(ids) > 1
    other = next(i for i in ("gmw/en-us", "gmw/en-gb-scotland", *ids) if i in ids)
    with qtbot.waitSignal(speaker.durations_ready, timeout=20_000):
        speaker.prepare(["Switch sides."])
    default_path = speaker.cached_path("Switch sides.")
    with qtbot.waitSignal(speaker.durations_ready, timeout=20_000):
        speaker.apply(SpeechSettings(voice=other, rate=200, volume=0.5))
    other_path = speaker.cached_path("Switch sides.")
    assert default_path and other_path and default_path != other_path
    assert default_path.read_bytes() != other_path.read_bytes()


def test_an_unknown_voice_falls_back_to_the_default_with_a_notice(qtbot, speaker):
    speaker.apply(SpeechSettings(voice="no/such-voice"))
    with qtbot.waitSignal(speaker.notice, timeout=20_000) as notice:
        speaker.prepare(["Halfway there."])
    assert "no/such-voice" in notice.args[0]
    qtbot.waitUntil(lambda: speaker.cached_path("Halfway there.") is not None, timeout=20_000)

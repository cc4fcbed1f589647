"""Real speech in every language: each cue of each built-in routine, in that language's voice.

Renders through the real speaker (pyttsx3 + eSpeak NG in the render worker, asked for the
language's voice) and checks every WAV: not silent, and as long as the language's estimate
says, within reason. Needs libespeak-ng1 and espeak-ng; skipped (with the reason) without them.
About 350 renders: some 20 s on two busy cores.
"""

from __future__ import annotations

import array
import math
import subprocess
import sys
import wave
from pathlib import Path

import pytest
from speech_helpers import FakePlayer

from stretchguide.core.assets import assets_dir, builtin_routines_dir
from stretchguide.core.catalog_loader import load_catalog
from stretchguide.core.languages import LANGUAGES
from stretchguide.core.loader import load_library
from stretchguide.core.settings import SpeechSettings
from stretchguide.core.timeline import compile_timeline
from stretchguide.core.utterance import estimate_seconds
from stretchguide.speech.engine import DEFAULT_ENGINE
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


def cues_of(language: str) -> list[str]:
    catalog = load_catalog(assets_dir(), language=language)
    texts: dict[str, None] = {}
    for routine in load_library(catalog, builtin_routines_dir()).routines:
        timeline = compile_timeline(routine, catalog)
        for text in timeline.texts():
            texts[text.strip()] = None
    for text in (catalog.cues.pain, catalog.cues.resume, catalog.cues.extend):
        texts[text] = None
    return list(texts)


def seconds_and_rms(path: Path) -> tuple[float, float]:
    with wave.open(str(path), "rb") as wav:
        samples = array.array("h", wav.readframes(wav.getnframes()))
        seconds = wav.getnframes() / wav.getframerate()
    return seconds, math.sqrt(sum(s * s for s in samples) / max(1, len(samples)))


def test_each_language_gets_a_voice_of_its_own_on_this_system() -> None:
    """The worker's engine, in a process of its own (espeak initialises once per process)."""
    probe = (
        "from stretchguide.speech.engine import Pyttsx3Engine\n"
        "from stretchguide.speech.voice_choice import languages_of, voice_request\n"
        "e = Pyttsx3Engine()\n"
        f"for code in {list(LANGUAGES)!r}:\n"
        "    voice, warning = e._resolve(voice_request('', code))\n"
        "    info = next(v for v in e._infos if v.id == voice)\n"
        "    print(code, voice, code in languages_of(info), warning)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, check=True
    ).stdout.split("\n")
    chosen = {line.split()[0]: line.split()[1:] for line in out if line.strip()}
    for code in LANGUAGES:
        voice, speaks, warning = chosen[code]
        assert speaks == "True" and warning == "None", (code, voice)


@pytest.mark.parametrize("language", list(LANGUAGES))
def test_every_cue_renders_audible_speech_of_plausible_length(
    qtbot, tmp_path: Path, language: str
) -> None:
    texts = cues_of(language)
    assert len(texts) > 40
    speaker = Pyttsx3Speaker(
        SpeechSettings(),
        cache_dir=tmp_path,
        engine=DEFAULT_ENGINE,
        player=FakePlayer(),
        probe_audio=False,
        language=language,
    )
    notices: list[str] = []
    speaker.notice.connect(notices.append)
    try:
        with qtbot.waitSignal(speaker.durations_ready, timeout=180_000):
            speaker.prepare(texts)
        problems = []
        for text in texts:
            path = speaker.cached_path(text)
            if path is None:
                problems.append(f"{text!r}: not rendered")
                continue
            seconds, level = seconds_and_rms(path)
            guess = estimate_seconds(text, 160, language)
            if level < 500:
                problems.append(f"{text!r}: (nearly) silent, RMS {level:.0f}")
            if not 0.6 * guess - 0.3 <= seconds <= 1.5 * guess + 0.3:
                problems.append(f"{text!r}: {seconds:.2f} s, expected about {guess:.2f} s")
        assert not problems, "\n".join(problems)
        assert notices == [], "no voice problem in any language"
    finally:
        speaker.shutdown()

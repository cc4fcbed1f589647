"""The real app, with voice on, obeys words played into its microphone.

A private PulseAudio's null sink ``mic`` is where the test plays espeak-ng WAVs; its monitor is
the default source, which the app's recogniser process records. The app runs silent
(``--no-speech``) so that its own-speech gate never hides a word and the test stays exact; the
window title (read with xdotool) says the step and "Paused:".
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from stretchguide.voice import corpus
from tests.e2e.test_real_window import _poll, _xdotool, xvfb  # noqa: F401 (a fixture)
from tests.voice.test_microphone import pulse  # noqa: F401 (a fixture)

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(bool(corpus.tools_missing()), reason="needs espeak-ng and sox"),
]


@contextlib.contextmanager
def _playing(
    display: str, audio: dict[str, str], home: Path, *options: str
) -> Iterator[tuple[subprocess.Popen[bytes], Callable[[], str]]]:
    """``stretchguide play desk-break --voice`` in a real window on ``display``, its audio in
    the server ``audio`` names: yields the app and a function that reads its window title (the
    step, "Paused:")."""
    env = {
        **audio,
        "DISPLAY": display,
        "QT_QPA_PLATFORM": "xcb",
        "STRETCHGUIDE_HOME": str(home / "home"),
    }
    command = [sys.executable, "-m", "stretchguide", "play", "desk-break", *options, "--voice"]
    app = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        window = str(
            _poll(
                lambda: _xdotool(
                    display,
                    "search",
                    "--onlyvisible",
                    "--pid",
                    str(app.pid),
                    "--name",
                    "StretchGuide",
                ).split("\n")[0],
                what="the app's window",
            )
        )
        yield app, lambda: _xdotool(display, "getwindowname", window)
    finally:
        app.kill()
        app.wait(10)
        if os.environ.get("STRETCHGUIDE_DEBUG_E2E"):
            print(app.stderr.read().decode() if app.stderr else "")


def _streams(audio: dict[str, str], kind: str) -> bool:
    """Whether the audio server has any ``kind`` ("source-outputs": something records the
    microphone; "sink-inputs": something plays)."""
    out = subprocess.run(["pactl", "list", "short", kind], env=audio, capture_output=True)
    return bool(out.stdout.strip())


def test_pause_go_on_and_next_by_voice(xvfb: str, pulse: dict[str, str], tmp_path: Path) -> None:  # noqa: F811
    # Each word in a few renderings: like a person, the test says it again if it was missed
    # (the recogniser's accuracy is measured in benchmarks/, not here).
    voices = [("en-us", 190), ("en-gb-x-rp+f3", 190), ("en-029+m3", 140), ("en-us", 140)]
    voices += [("en-gb-scotland", 190), ("en-gb-x-rp+f3", 140)]
    say = {
        "pause": [corpus.render("pause, please", v, r) for v, r in voices],
        "go on": [corpus.render("go on", v, r) for v, r in voices],
        "next": [corpus.render("move on", v, r) for v, r in voices],
    }
    with _playing(xvfb, pulse, tmp_path, "--no-speech") as (app, title):

        def say_until(word: str, done: Callable[[], bool], what: str) -> None:
            for wav in say[word]:
                subprocess.run(["paplay", str(wav)], env=pulse, check=True, timeout=30)
                try:
                    _poll(done, timeout=3.0, what=what)
                    return
                except AssertionError:
                    continue
            raise AssertionError(f"{what}: {word!r} was never obeyed")

        _poll(lambda: "Get ready" not in title() and "Paused" not in title(), what="first step")
        _poll(
            lambda: _streams(pulse, "source-outputs"),
            what="the recogniser recording the microphone",
        )
        say_until("pause", lambda: title().startswith("Paused:"), "paused by voice")
        step = title().removeprefix("Paused: ")
        time.sleep(1.0)  # paused means frozen: the step is still the same a second later
        assert title() == f"Paused: {step}"
        say_until("go on", lambda: not title().startswith("Paused:"), "resumed by voice")
        say_until("pause", lambda: title().startswith("Paused:"), "paused again")
        step = title().removeprefix("Paused: ")
        say_until("next", lambda: step not in title(), "the next step by voice (while paused)")
        assert app.poll() is None, "the app quit on its own"


def test_with_the_coach_speaking_a_word_in_a_gap_is_obeyed(
    xvfb: str,  # noqa: F811
    pulse: dict[str, str],  # noqa: F811
    tmp_path: Path,
) -> None:
    """As on a laptop: the app speaks (its default voice) into the same "microphone" the person's
    words are played into. The recogniser is held while the coach speaks, and released after:
    a "pause" said in a gap between cues pauses the session, and none of the coach's own words
    ever does (the session is still running until the person speaks)."""
    pauses = [corpus.render("pause", v, r) for v, r in (("en-us", 140), ("en-029+m3", 190))]
    with _playing(xvfb, pulse, tmp_path) as (app, title):
        _poll(lambda: "Get ready" not in title(), timeout=20.0, what="the first step")
        _poll(lambda: _streams(pulse, "sink-inputs"), what="the coach speaking into the microphone")
        assert not title().startswith("Paused:"), "the coach paused the session"
        # Said again and again, like a person, until one lands in a gap between cues.
        deadline = time.monotonic() + 90.0
        tries = 0
        while not title().startswith("Paused:"):
            assert time.monotonic() < deadline, f"'pause' never obeyed in {tries} tries"
            subprocess.run(["paplay", str(pauses[tries % 2])], env=pulse, check=True, timeout=30)
            tries += 1
            with contextlib.suppress(AssertionError):
                _poll(lambda: title().startswith("Paused:"), timeout=2.0, what="paused")
        assert app.poll() is None, "the app quit on its own"
        if os.environ.get("STRETCHGUIDE_DEBUG_E2E"):
            print(f"paused after {tries} tries")

"""The recogniser process on a real audio server: a private PulseAudio whose default source is a
null sink's monitor, so a WAV played into the sink is what the "microphone" hears."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from stretchguide.voice import corpus
from tests.sandbox import pulse_server

pytestmark = pytest.mark.skipif(
    shutil.which("pulseaudio") is None or bool(corpus.tools_missing()),
    reason="needs pulseaudio, pulseaudio-utils, espeak-ng and sox",
)


@pytest.fixture
def pulse(tmp_path: Path) -> Iterator[dict[str, str]]:
    """A private PulseAudio server (``tests/sandbox.py``): sink ``mic``, default source
    ``mic.monitor``, so what is played into the sink is what the "microphone" hears."""
    with pulse_server(tmp_path, sink="mic") as server:
        env = {**os.environ, **server}
        subprocess.run(["pactl", "set-default-source", "mic.monitor"], env=env, check=True)
        yield env


def recording_started(env: dict[str, str], timeout_s: float = 10.0) -> None:
    """Wait until the recogniser's ``parec`` is connected (a source output exists)."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        out = subprocess.run(
            ["pactl", "list", "short", "source-outputs"], env=env, capture_output=True, text=True
        ).stdout
        if out.strip():
            return
        time.sleep(0.05)  # polling a condition with a deadline
    raise AssertionError("the recogniser never opened the microphone")


def read_line(proc: subprocess.Popen[bytes], timeout_s: float) -> dict[str, object]:
    import select

    assert proc.stdout is not None
    ready, _, _ = select.select([proc.stdout], [], [], timeout_s)
    if not ready:
        raise AssertionError("no line from the recogniser in time")
    return json.loads(proc.stdout.readline())  # type: ignore[no-any-return]


def test_a_word_played_into_the_microphone_is_heard(pulse: dict[str, str]) -> None:
    wav = corpus.render("stop", "en-us", 140)
    proc = subprocess.Popen(
        [sys.executable, "-m", "stretchguide.voice.worker"], env=pulse, stdout=subprocess.PIPE
    )
    try:
        assert read_line(proc, 30) == {"ready": True}
        recording_started(pulse)
        subprocess.run(["paplay", str(wav)], env=pulse, check=True, timeout=20)
        message = read_line(proc, 10)
        assert message["heard"] == "stop"
        assert float(message["ago_s"]) < 1.0  # answered within a second of the word's end
    finally:
        proc.kill()
        proc.wait()


def test_no_audio_server_is_reported_not_hung(tmp_path: Path) -> None:
    """No microphone at all: the worker says so in a line and exits; it never hangs."""
    env = {**os.environ, "XDG_RUNTIME_DIR": str(tmp_path), "PULSE_SERVER": "unix:/nonexistent"}
    out = subprocess.run(
        [sys.executable, "-m", "stretchguide.voice.worker"],
        env=env,
        capture_output=True,
        timeout=60,
    )
    lines = [json.loads(line) for line in out.stdout.decode().splitlines()]
    assert out.returncode == 1
    assert "No microphone" in str(lines[-1]["error"])
    # The person reads plain words; PulseAudio's own message is only the detail, for the log.
    assert "pa_" not in str(lines[-1]["error"]) and lines[-1]["detail"]

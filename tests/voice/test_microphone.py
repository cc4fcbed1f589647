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

pytestmark = pytest.mark.skipif(
    shutil.which("pulseaudio") is None or bool(corpus.tools_missing()),
    reason="needs pulseaudio, pulseaudio-utils, espeak-ng and sox",
)


@pytest.fixture
def pulse(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, str]]:
    """A private PulseAudio server: sink ``mic``, default source ``mic.monitor``."""
    runtime = tmp_path / "run"
    runtime.mkdir(mode=0o700)
    env = {**os.environ, "XDG_RUNTIME_DIR": str(runtime), "PULSE_RUNTIME_PATH": str(runtime)}
    env.pop("PULSE_SERVER", None)
    subprocess.run(
        [
            *("pulseaudio", "--daemonize=yes", "--exit-idle-time=-1", "-n", "--use-pid-file=no"),
            *("--load=module-null-sink sink_name=mic", "--load=module-native-protocol-unix"),
        ],
        env=env,
        check=True,
        capture_output=True,
        timeout=20,
    )
    try:
        for _ in range(50):
            if subprocess.run(["pactl", "info"], env=env, capture_output=True).returncode == 0:
                break
            time.sleep(0.1)
        subprocess.run(["pactl", "set-default-sink", "mic"], env=env, check=True)
        subprocess.run(["pactl", "set-default-source", "mic.monitor"], env=env, check=True)
        yield env
    finally:
        # Without a pid file ``pulseaudio --kill`` cannot find it: ask the server itself to exit.
        subprocess.run(["pactl", "exit"], env=env, capture_output=True, timeout=20)


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
        time.sleep(0.5)  # parec is connected
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

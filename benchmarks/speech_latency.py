"""Cue and stop latency of the real speech path (Pyttsx3Speaker: pyttsx3 worker + player process).

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/speech_latency.py [--cues 40]

What is measured, from the GUI thread's point of view:

* cue latency: ``say()`` called -> the audio stream exists on the sound server (PulseAudio's
  ``new sink-input`` event, seen through ``pactl subscribe``), i.e. playback has really started;
  for cached cues (rendered ahead with ``prepare``) and uncached ones (rendered on demand).
* stop latency: ``stop()`` called -> the stream is gone from the server (``remove`` event).
* how long ``say()`` and ``stop()`` block the GUI thread.

Goals: cue latency < 100 ms (cached), stop latency < 150 ms.

Needs Debian packages pulseaudio, pulseaudio-utils (and libespeak-ng1, espeak-ng). It starts a
private PulseAudio server with a null sink in a temporary folder (``tests/sandbox.py``), so it runs
on a headless machine, never meets a desktop's server or another run's, and stops it at the end.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

TEXTS = [
    "Lie on your back with your knees bent.",
    "Hold it there.",
    "Ease out slowly, and switch sides.",
    "Halfway there.",
    "Breathe in.",
    "Breathe out.",
    "Three",
    "Two",
    "One",
    "Let your lower back sink into the floor.",
]


@contextlib.contextmanager
def pulse_server() -> Iterator[str]:
    """A private PulseAudio server with a null sink; this process and its children use it."""
    from tests import sandbox

    with (
        tempfile.TemporaryDirectory(prefix="sg-bench-pulse-") as folder,
        sandbox.pulse_server(Path(folder), sink="bench") as env,
    ):
        os.environ.update(env)  # pactl, the speech worker and its player all inherit it
        yield "a private PulseAudio null sink"


class SinkEvents:
    """Timestamps (perf_counter) of sink-input creation/removal, from ``pactl subscribe``."""

    def __init__(self) -> None:
        self.new: list[float] = []
        self.removed: list[float] = []
        self._proc = subprocess.Popen(
            ["pactl", "subscribe"], stdout=subprocess.PIPE, text=True, bufsize=1
        )
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self._proc.stdout is not None
        for line in self._proc.stdout:
            now = time.perf_counter()
            if "on sink-input" in line:
                if "'new'" in line:
                    self.new.append(now)
                elif "'remove'" in line:
                    self.removed.append(now)

    def close(self) -> None:
        self._proc.kill()
        self._proc.wait()


def pump_until(loop, done: Callable[[], bool], timeout: float) -> bool:
    """Run Qt events until ``done()``. Uses a QEventLoop's processEvents: the static
    QCoreApplication.processEvents of PySide6 6.12.0 over-releases None on Python 3.11 and
    crashes the interpreter after a few thousand calls."""
    deadline = time.perf_counter() + timeout
    while time.perf_counter() < deadline:
        loop.processEvents()
        if done():
            return True
        time.sleep(0.0005)
    return False


def first_after(times: list[float], t0: float) -> float | None:
    return next((t for t in times if t >= t0), None)


def measure(loop, speaker, events: SinkEvents, texts: list[str]) -> dict[str, list[float]]:
    out: dict[str, list[float]] = {"cue": [], "stop": [], "say_call": [], "stop_call": []}
    for text in texts:
        t0 = time.perf_counter()
        speaker.say(text)
        out["say_call"].append(time.perf_counter() - t0)
        if not pump_until(loop, lambda t0=t0: first_after(events.new, t0) is not None, 5):
            print(f"  no playback for {text!r}", file=sys.stderr)
            continue
        out["cue"].append(first_after(events.new, t0) - t0)  # type: ignore[operator]
        pump_until(loop, lambda: False, 0.25)  # let it play a little
        t1 = time.perf_counter()
        speaker.stop()
        out["stop_call"].append(time.perf_counter() - t1)
        if pump_until(loop, lambda t1=t1: first_after(events.removed, t1) is not None, 2):
            out["stop"].append(first_after(events.removed, t1) - t1)  # type: ignore[operator]
        pump_until(loop, lambda: False, 0.05)
    return out


def row(name: str, values: list[float]) -> str:
    if not values:
        return f"{name:<34} {'-':>8} {'-':>8} {'-':>8} {0:>4}"
    ms = sorted(v * 1000 for v in values)
    p95 = ms[min(len(ms) - 1, round(0.95 * (len(ms) - 1)))]
    return f"{name:<34} {statistics.median(ms):8.1f} {p95:8.1f} {ms[-1]:8.1f} {len(ms):>4}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cues", type=int, default=40)
    parser.add_argument(
        "--engine",
        choices=["system", "natural"],
        default="system",
        help="system: pyttsx3 alone; natural: the app's NaturalSpeaker (hibari, with the "
        "system voice for a cue not rendered yet)",
    )
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtCore import QCoreApplication, QEventLoop

    from stretchguide.speech.pyttsx3_speaker import Pyttsx3Speaker

    with pulse_server() as server, tempfile.TemporaryDirectory() as cache:
        _app = QCoreApplication.instance() or QCoreApplication([])  # keep it alive
        loop = QEventLoop()
        events = SinkEvents()
        notices: list[str] = []
        if args.engine == "natural":
            from stretchguide.speech.natural_speaker import NaturalSpeaker

            speaker: Any = NaturalSpeaker(cache_dir=Path(cache), probe_audio=False)
            lane = speaker.system_lane
        else:
            speaker = lane = Pyttsx3Speaker(cache_dir=Path(cache), probe_audio=False)
        speaker.notice.connect(notices.append)
        player = getattr(lane._player, "command", ["?"])[0]
        if not pump_until(loop, lambda: bool(speaker.voices()), 20):
            print("the speech engine did not start:", notices, file=sys.stderr)
            return 1
        cached = [TEXTS[i % len(TEXTS)] for i in range(args.cues)]
        ready: list[bool] = []
        speaker.durations_ready.connect(lambda: ready.append(True))
        speaker.prepare(TEXTS)
        pump_until(loop, lambda: bool(ready), 30)
        stamp = int(time.time())
        uncached = [f"Stretch number {i}, hold it gently. ({stamp})" for i in range(args.cues)]
        warm = measure(loop, speaker, events, cached)
        cold = measure(loop, speaker, events, uncached)
        speaker.shutdown()
        events.close()

    print(
        f"Speech latency ({args.engine} voice) on {server}, player {Path(player).name}, "
        f"{args.cues} cues each"
    )
    print(f"{'':<34} {'median':>8} {'p95':>8} {'max':>8} {'n':>4}   (ms)")
    print(row("cue latency, cached", warm["cue"]))
    print(row("cue latency, uncached (render)", cold["cue"]))
    print(row("stop latency", warm["stop"] + cold["stop"]))
    print(row("say() blocks GUI thread", warm["say_call"] + cold["say_call"]))
    print(row("stop() blocks GUI thread", warm["stop_call"] + cold["stop_call"]))
    if notices:
        print("notices:", *notices, sep="\n  ")
    ok = (
        bool(warm["cue"])
        and statistics.median(warm["cue"]) < 0.100
        and statistics.median(warm["stop"] + cold["stop"]) < 0.150
    )
    print("goals (cached cue < 100 ms, stop < 150 ms):", "met" if ok else "NOT met")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())

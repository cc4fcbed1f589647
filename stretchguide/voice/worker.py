"""The recogniser process: microphone in, one JSON line per command heard out.

Run as ``python -m stretchguide.voice.worker``. It starts ``parec`` (PulseAudio's recorder; on
PipeWire, pipewire-pulse provides it) on the default source, or the source named by
``--device``, at 16 kHz mono, and feeds every block to a ``Recogniser``. ``--stdin`` reads raw
samples from standard input instead (tests, benchmarks).

Why ``parec`` and not ``sounddevice``: it needs no PortAudio library, it follows the desktop's
default microphone (and its later changes) like every other app, and it runs in its own process
that this worker can kill, so a wedged audio server never hangs the recogniser.

Why a process at all: pocketsphinx holds the GIL while it decodes, so in the GUI's process it
would stall the window; in its own process a crash or a hang cannot touch the session, and the
GUI only reads lines from a pipe when they arrive.

Lines written (one JSON object each, flushed at once):
    {"ready": true}                         listening
    {"heard": NAME, "text": ..., "ago_s": ..., "length_s": ...}
        ``ago_s``: how long before this line the utterance ended (stream time), so the GUI can
        tell whether the app itself was speaking then.
    {"error": TEXT}                         then the process exits with status 1

Lines read on standard input (with the microphone; ``--stdin`` carries samples instead):
    speaking                                the app has begun to say something
    quiet                                   it has stopped
While the app speaks, and ``OWN_SPEECH_TAIL_S`` after, nothing heard is decoded
(``Recogniser.hold``): the GUI drops commands heard then anyway, and decoding the coach's voice
would pull the recogniser's running cepstral mean away from the person's.

Nothing heard is stored or sent anywhere: samples live in memory only while decoded.
"""

from __future__ import annotations

import argparse
import json
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterable
from typing import IO

from stretchguide.voice.recogniser import OWN_SPEECH_TAIL_S, SAMPLE_RATE, Recogniser

#: Bytes read per block: 0.1 s of 16-bit mono, small enough for a quick answer.
BLOCK_BYTES = SAMPLE_RATE * 2 // 10


def emit(message: dict[str, object]) -> None:
    sys.stdout.write(json.dumps(message) + "\n")
    sys.stdout.flush()


def parec_command(device: str | None) -> list[str]:
    command = ["parec", "--raw", "--format=s16le", f"--rate={SAMPLE_RATE}", "--channels=1"]
    command += ["--latency-msec=50", "--client-name=StretchGuide voice control"]
    if device:
        command.append(f"--device={device}")
    return command


class OwnSpeech:
    """Whether the app is speaking, as its "speaking" and "quiet" lines say, plus a tail.

    The lines are read on a thread of their own (the main loop blocks on the microphone), which
    only sets these two fields; the main loop asks ``holding()`` before each block.
    """

    def __init__(
        self, now: Callable[[], float] = time.monotonic, tail_s: float = OWN_SPEECH_TAIL_S
    ) -> None:
        self._now = now
        self._tail_s = tail_s
        self._speaking = False
        self._quiet_at = float("-inf")

    def told(self, line: str) -> None:
        word = line.strip()
        if word == "speaking":
            self._speaking = True
        elif word == "quiet":
            self._speaking = False
            self._quiet_at = self._now()

    def holding(self) -> bool:
        return self._speaking or self._now() < self._quiet_at + self._tail_s

    def read(self, lines: Iterable[str]) -> None:
        """Follow ``lines`` until they end (the GUI closed the pipe or exited)."""
        for line in lines:
            self.told(line)

    def follow(self, lines: Iterable[str]) -> None:
        threading.Thread(target=self.read, args=(lines,), daemon=True).start()


def listen(stream: IO[bytes], recogniser: Recogniser, own_speech: OwnSpeech | None = None) -> None:
    """Read blocks until the stream ends; report each command as soon as its utterance ends."""
    emit({"ready": True})
    received = 0
    while True:
        block = stream.read(BLOCK_BYTES)
        if not block:
            break
        received += len(block)
        now_s = received / (2 * SAMPLE_RATE)
        if own_speech is not None:
            recogniser.hold(own_speech.holding())
        for heard in recogniser.feed(block):
            emit(
                {
                    "heard": heard.command.name,
                    "text": heard.text,
                    "ago_s": round(max(0.0, now_s - heard.end_s), 3),
                    "length_s": round(heard.end_s - heard.start_s, 3),
                }
            )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="stretchguide-voice")
    parser.add_argument("--device", help="PulseAudio source name (default: the default source)")
    parser.add_argument("--stdin", action="store_true", help="read 16 kHz s16le from stdin")
    args = parser.parse_args(argv)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    try:
        recogniser = Recogniser()
    except Exception as exc:  # the wheel is missing or broken: say so, in words
        emit({"error": f"The speech recogniser could not start ({exc})."})
        return 1
    if args.stdin:
        listen(sys.stdin.buffer, recogniser)
        return 0
    if shutil.which("parec") is None:
        emit({"error": "No microphone: parec (pulseaudio-utils) is not installed."})
        return 1
    proc = subprocess.Popen(
        parec_command(args.device), stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    assert proc.stdout is not None
    own_speech = OwnSpeech()
    own_speech.follow(sys.stdin)
    try:
        listen(proc.stdout, recogniser, own_speech)
    finally:
        proc.kill()
        _, err = proc.communicate()
    detail = err.decode(errors="replace").strip().splitlines()
    # Plain words for the person; the recorder's own message goes to the log.
    emit(
        {
            "error": "No microphone found: check that one is connected and not muted",
            "detail": detail[-1] if detail else "the recording stopped",
        }
    )
    return 1


if __name__ == "__main__":
    raise SystemExit(main())

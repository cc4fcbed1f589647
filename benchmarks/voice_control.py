"""Voice control: accuracy, false commands, reaction time, CPU and memory of the recogniser.

    .venv/bin/python benchmarks/voice_control.py            # short: 2 voices x 2 rates
    .venv/bin/python benchmarks/voice_control.py --full     # 4 voices x 2 rates

The corpus is rendered with espeak-ng into a cache folder (``stretchguide.voice.corpus``), never
committed. Everything is measured on the recogniser as the app's worker process runs it, fed
0.1 s blocks as ``parec`` delivers them:

- accuracy: each command phrase, alone and in a short sentence ("okay, pause", "pause,
  please"), must give exactly its command, once;
- false commands: the app's own speech, every cue of every built-in routine (compiled from the
  code), fed to the recogniser ALONE, without the app's own-speech gate (in the app that gate
  drops anything heard while it speaks, so this is the worst case);
- reaction: from the end of the spoken word to the command being reported (the endpointer's
  silence window plus decoding; the GUI adds a pipe read);
- CPU: recogniser CPU seconds per second of audio, on continuous speech and on silence;
- memory: resident size of the worker process (the app's own process does not grow).

Prints ``RESULT`` lines for run_all.py.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
import wave
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from stretchguide.voice import corpus
from stretchguide.voice.recogniser import Recogniser

BLOCK = corpus.SAMPLE_RATE * 2 // 10


def feed(recogniser: Recogniser, pcm: bytes) -> tuple[list[str], float | None, float]:
    """Commands heard, stream seconds at the first report (+ its decode time), CPU seconds."""
    names: list[str] = []
    first: float | None = None
    cpu = 0.0
    for i in range(0, len(pcm), BLOCK):
        t = time.process_time()
        got = recogniser.feed(pcm[i : i + BLOCK])
        spent = time.process_time() - t
        cpu += spent
        if got and first is None:
            first = (i + BLOCK) / (2 * corpus.SAMPLE_RATE) + spent
        names += [h.command.name for h in got]
    t = time.process_time()
    names += [h.command.name for h in recogniser.flush()]
    cpu += time.process_time() - t
    return names, first, cpu


def speech_end_s(path: Path) -> float:
    with wave.open(str(path), "rb") as w:
        return w.getnframes() / w.getframerate() - corpus.PAD_AFTER_S


def worker_rss_mib() -> float:
    proc = subprocess.Popen(
        [sys.executable, "-m", "stretchguide.voice.worker", "--stdin"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
    )
    assert proc.stdin is not None and proc.stdout is not None
    proc.stdout.readline()  # ready
    pcm = corpus.read_pcm(corpus.render("stop", "en-us", 140))
    proc.stdin.write(pcm * 3)
    proc.stdin.flush()
    time.sleep(2.0)
    status = Path(f"/proc/{proc.pid}/status").read_text()
    proc.kill()
    proc.wait()
    kib = next(int(line.split()[1]) for line in status.splitlines() if line.startswith("VmRSS"))
    return kib / 1024


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--full", action="store_true")
    args = parser.parse_args()
    voices = corpus.VOICES if args.full else corpus.VOICES[:1] + corpus.VOICES[2:3]
    os.nice(10)
    recogniser = Recogniser()

    samples = corpus.command_corpus(voices=voices)
    right, reactions, cpu_cmd, audio_cmd = 0, [], 0.0, 0.0
    wrong: dict[str, int] = {}
    for s in samples:
        pcm = corpus.read_pcm(s.path)
        names, first, cpu = feed(recogniser, pcm)
        cpu_cmd += cpu
        audio_cmd += len(pcm) / (2 * corpus.SAMPLE_RATE)
        if names == [s.expected]:
            right += 1
            if first is not None:
                reactions.append(first - speech_end_s(s.path))
        else:
            wrong[s.text] = wrong.get(s.text, 0) + 1
    accuracy = 100.0 * right / len(samples)

    cues = corpus.cue_corpus()
    false, cpu_cue, audio_cue = [], 0.0, 0.0
    for s in cues:
        pcm = corpus.read_pcm(s.path)
        names, _, cpu = feed(recogniser, pcm)
        cpu_cue += cpu
        audio_cue += len(pcm) / (2 * corpus.SAMPLE_RATE)
        if names:
            false.append(f"{s.text[:50]!r} -> {names}")

    silence = bytes(corpus.SAMPLE_RATE * 2 * 60)
    _, _, cpu_silence = feed(recogniser, silence)

    print(f"command corpus: {len(samples)} renderings, {len(voices)} voices x {corpus.RATES} wpm")
    print("most missed:", sorted(wrong.items(), key=lambda kv: -kv[1])[:8])
    print(f"cue corpus: {len(cues)} texts; false commands: {false}")
    median_ms = 1000 * statistics.median(reactions) if reactions else float("nan")
    print(
        f'RESULT name="voice accuracy" measured={accuracy:.1f} unit=% goal=">=95" '
        f"ok={'yes' if accuracy >= 95 else 'no'}"
    )
    print(
        f'RESULT name="voice false commands (own cues, no gate)" measured={len(false)} '
        f'goal="0" ok={"yes" if not false else "no"}'
    )
    print(
        f'RESULT name="voice reaction median" measured={median_ms:.0f} unit=ms goal="<=600" '
        f"ok={'yes' if median_ms <= 600 else 'no'}"
    )
    speech_cpu = 100 * cpu_cue / audio_cue
    print(
        f'RESULT name="voice CPU, continuous speech" measured={speech_cpu:.1f} unit=% '
        f'goal="<=15" ok={"yes" if speech_cpu <= 15 else "no"}'
    )
    print(
        f'RESULT name="voice CPU, silence" measured={100 * cpu_silence / 60:.2f} unit=% '
        f'goal="<=15" ok=yes'
    )
    rss = worker_rss_mib()
    print(
        f'RESULT name="voice worker memory" measured={rss:.0f} unit=MiB goal="<=60" '
        f"ok={'yes' if rss <= 60 else 'no'}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Voice control: accuracy, false commands, reaction time, CPU and memory of the recogniser.

    .venv/bin/python benchmarks/voice_control.py            # short: 2 voices x 2 rates
    .venv/bin/python benchmarks/voice_control.py --full     # 4 voices x 2 rates
    .venv/bin/python benchmarks/voice_control.py --full --order session   # as in the app

Four orders of the accuracy corpus:

- ``mixed`` (the default, so figures stay comparable with those measured before): every
  rendering to ONE recogniser in the corpus's order, phrase by phrase, so the voice changes
  every two renderings; pocketsphinx keeps a running cepstral mean across utterances, so each
  rendering is decoded with a mean partly made of the previous voices;
- ``per-voice``: each voice's renderings, in the same order, to a FRESH recogniser (one person
  whose recogniser starts with the session), hearing nothing else;
- ``session``: as ``per-voice``, but before each command the microphone hears the coach say
  the next of its cues (every cue of every built-in routine in turn, in the app's default
  voice, the natural one, or espeak-ng's when it is not installed), and the recogniser is
  held while it does, as the app holds it (``Recogniser.hold``). ``--coach-heard`` feeds the
  coach to the decoder instead, as the app did before the hold: that measures what the
  coach's voice does to the running mean.
- ``first``: each rendering to a FRESH recogniser: a session's first words, heard before the
  running cepstral mean has followed the voice (``Tuning.warm_up_s`` is for these).

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
import hashlib
import os
import statistics
import subprocess
import sys
import tempfile
import time
import wave
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from stretchguide.voice import corpus
from stretchguide.voice.recogniser import KWS_THRESHOLD, Recogniser, Tuning

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


def accuracy(
    recogniser: Recogniser,
    samples: list[corpus.Sample],
    coach: list[corpus.Sample] | None = None,
    coach_heard: bool = False,
) -> tuple[float, list[float], float, float, dict[str, int]]:
    """Share right, reactions (s), CPU s, audio s, and the misses by text. With ``coach``, the
    microphone hears the next of its cues before each rendering, the recogniser held (as the
    app holds it while it speaks) unless ``coach_heard``."""
    right, reactions, cpu_total, audio = 0, [], 0.0, 0.0
    wrong: dict[str, int] = {}
    for i, s in enumerate(samples):
        if coach:
            recogniser.hold(not coach_heard)
            feed(recogniser, corpus.read_pcm(coach[i % len(coach)].path))
            recogniser.hold(False)
        pcm = corpus.read_pcm(s.path)
        names, first, cpu = feed(recogniser, pcm)
        cpu_total += cpu
        audio += len(pcm) / (2 * corpus.SAMPLE_RATE)
        if names == [s.expected]:
            right += 1
            if first is not None:
                reactions.append(first - speech_end_s(s.path))
        else:
            key = f"{s.text} -> {'|'.join(names) or '-'}"
            wrong[key] = wrong.get(key, 0) + 1
    return 100.0 * right / len(samples), reactions, cpu_total, audio, wrong


def accuracy_fresh(
    tuning: Tuning,
    groups: list[list[corpus.Sample]],
    coach: list[corpus.Sample] | None = None,
    coach_heard: bool = False,
) -> tuple[float, list[float], float, float, dict[str, int], list[float]]:
    """``accuracy``, each group's renderings fed in order to a fresh recogniser (one person's
    session); also each group's own accuracy. ``coach`` and ``coach_heard`` as ``accuracy``."""
    right, reactions, cpu_total, audio = 0.0, [], 0.0, 0.0
    wrong: dict[str, int] = {}
    by_group: list[float] = []
    for group in groups:
        acc, r, cpu, secs, w = accuracy(Recogniser(tuning), group, coach, coach_heard)
        by_group.append(acc)
        right += acc * len(group) / 100.0
        reactions += r
        cpu_total += cpu
        audio += secs
        for key, n in w.items():
            wrong[key] = wrong.get(key, 0) + n
    total = sum(len(group) for group in groups)
    return 100.0 * right / total, reactions, cpu_total, audio, wrong, by_group


def accuracy_per_voice(
    tuning: Tuning,
    samples: list[corpus.Sample],
    voices: tuple[str, ...],
    coach: list[corpus.Sample] | None = None,
    coach_heard: bool = False,
) -> tuple[float, list[float], float, float, dict[str, int], dict[str, float]]:
    """``accuracy``, with each voice's renderings fed in order to a fresh recogniser; with
    ``coach``, one of its cues before each rendering (held unless ``coach_heard``)."""
    groups = [[s for s in samples if s.voice == voice] for voice in voices]
    acc, reactions, cpu, audio, wrong, by_group = accuracy_fresh(tuning, groups, coach, coach_heard)
    return acc, reactions, cpu, audio, wrong, dict(zip(voices, by_group, strict=True))


def accuracy_first(
    tuning: Tuning, samples: list[corpus.Sample]
) -> tuple[float, list[float], float, float, dict[str, int]]:
    """``accuracy``, each rendering to a fresh recogniser: a session's first words, decoded
    before the running cepstral mean has followed the voice at all."""
    acc, reactions, cpu, audio, wrong, _ = accuracy_fresh(tuning, [[s] for s in samples])
    return acc, reactions, cpu, audio, wrong


def coach_corpus() -> tuple[list[corpus.Sample], str]:
    """Every cue of every built-in routine as the app says it by default: in the natural voice
    (rendered like the app renders it, then made 16 kHz), or espeak-ng's when the natural
    voice is not installed. Cached beside the corpus."""
    from stretchguide.speech.engine import EngineMissing

    try:
        from stretchguide.speech.neural_engine import HibariEngine

        engine = HibariEngine()
    except EngineMissing:
        return corpus.cue_corpus(voices=("en-us",)), "espeak-ng en-us (no natural voice)"
    folder = corpus.cache_dir() / "coach"
    folder.mkdir(parents=True, exist_ok=True)
    samples = []
    for text in corpus.cue_texts():
        key = hashlib.sha1(f"natural|heart|160|{text}".encode()).hexdigest()[:16]
        path = folder / f"{key}.wav"
        if not path.exists():
            with tempfile.TemporaryDirectory() as tmp:
                raw = Path(tmp) / "raw.wav"
                engine.render(text, raw, "heart", 160, 1.0)
                corpus.convert(raw, path, pad_before_s=0.3, pad_after_s=0.5)
        samples.append(corpus.Sample(path, text, "natural:heart", 160, None))
    return samples, "the natural voice (heart, 160 wpm)"


def false_commands(
    recogniser: Recogniser, cues: list[corpus.Sample]
) -> tuple[list[str], float, float]:
    false, cpu_total, audio = [], 0.0, 0.0
    for s in cues:
        pcm = corpus.read_pcm(s.path)
        names, _, cpu = feed(recogniser, pcm)
        cpu_total += cpu
        audio += len(pcm) / (2 * corpus.SAMPLE_RATE)
        if names:
            false.append(f"{s.text[:40]!r} -> {names}")
    return false, cpu_total, audio


def result(name: str, value: float, unit: str, goal: str, ok: bool) -> None:
    verdict = "yes" if ok else "no"
    print(f'RESULT name="{name}" measured={value:g} unit={unit} goal="{goal}" ok={verdict}')


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--full", action="store_true", help="all four test voices (else two)")
    parser.add_argument(
        "--tune", action="store_true", help="the tuning half instead (to choose phrasings)"
    )
    parser.add_argument(
        "--nbest", action="store_true", help="measure the n-best fallback (Tuning.nbest)"
    )
    parser.add_argument(
        "--no-kws", action="store_true", help="the grammar alone, without the spotting pass"
    )
    parser.add_argument(
        "--kws-threshold",
        type=float,
        default=KWS_THRESHOLD,
        help=f"the spotting pass's threshold (default {KWS_THRESHOLD:g}); tune with --tune",
    )
    parser.add_argument(
        "--order",
        choices=("mixed", "per-voice", "session", "first"),
        default="mixed",
        help="how the accuracy corpus is fed (see the docstring)",
    )
    parser.add_argument(
        "--coach-heard",
        action="store_true",
        help="with --order session: the coach's cues reach the decoder (no hold)",
    )
    parser.add_argument(
        "--dev",
        action="store_true",
        help="the dev voices (corpus.DEV_VOICES, all eight) instead of a half",
    )
    parser.add_argument(
        "--kws-overrules",
        action="store_true",
        help="the spotter's earlier rule: its phrase wins over the grammar's command too",
    )
    parser.add_argument(
        "--cmninit",
        default=None,
        help="the cepstral mean pocketsphinx starts from (Tuning.cmninit; default the model's)",
    )
    parser.add_argument(
        "--no-viterbi",
        action="store_true",
        help="the lattice alone names the command (no forward pass: Tuning.viterbi off)",
    )
    parser.add_argument(
        "--no-after-pause",
        action="store_true",
        help="a command after a pause is not decoded alone (Tuning.after_pause off)",
    )
    parser.add_argument(
        "--warm-up",
        type=float,
        default=Tuning().warm_up_s,
        help="seconds of speech decoded twice at the start (Tuning.warm_up_s; 0 never)",
    )
    parser.add_argument(
        "--seed",
        type=int,
        default=-1,
        help="pocketsphinx's dither seed (Tuning.dither_seed): run several to see the noise",
    )
    parser.add_argument(
        "--accuracy-only", action="store_true", help="stop after the accuracy figure"
    )
    args = parser.parse_args()
    half = corpus.TUNE_VOICES if args.tune else corpus.TEST_VOICES
    voices = half if args.full else half[:1] + half[2:3]
    if args.dev:
        voices = corpus.DEV_VOICES
    cue_voices = ("en-us+m3", "en-gb+f4") if args.tune or args.dev else ("en-us",)
    os.nice(10)

    tuning = Tuning(
        nbest=args.nbest,
        kws=not args.no_kws,
        kws_overrules=args.kws_overrules,
        kws_threshold=args.kws_threshold,
        cmninit=args.cmninit,
        viterbi=not args.no_viterbi,
        after_pause=not args.no_after_pause,
        warm_up_s=args.warm_up,
        dither_seed=args.seed,
    )
    recogniser = Recogniser(tuning)
    samples = corpus.command_corpus(voices=voices)
    protocol = {
        "mixed": "mixed, one recogniser",
        "per-voice": "per voice, a fresh recogniser each",
        "session": "as in a session: per voice, a coach's cue before each command, ",
        "first": "each rendering the first words a fresh recogniser hears",
    }[args.order]
    if args.order == "mixed":
        acc, reactions, cpu_cmd, audio_cmd, wrong = accuracy(recogniser, samples)
    elif args.order == "first":
        acc, reactions, cpu_cmd, audio_cmd, wrong = accuracy_first(tuning, samples)
    else:
        coach = None
        if args.order == "session":
            coach, coach_voice = coach_corpus()
            protocol += f"{'heard' if args.coach_heard else 'held'}; coach: {coach_voice}"
        acc, reactions, cpu_cmd, audio_cmd, wrong, by_voice = accuracy_per_voice(
            tuning, samples, voices, coach, args.coach_heard
        )
        print("accuracy by voice:", {v: round(a, 1) for v, a in by_voice.items()})
    half_name = "dev voices" if args.dev else ("tuning half" if args.tune else "test half")
    order_name = "" if args.order == "mixed" else f", {args.order}"
    acc_name = f"voice accuracy ({half_name}{order_name})"
    if args.accuracy_only:
        print(f"order: {protocol}; {len(samples)} renderings, voices {', '.join(voices)}")
        print("missed:", sorted(wrong.items(), key=lambda kv: -kv[1]))
        result(acc_name, round(acc, 1), "%", ">=95", acc >= 95)
        return 0
    cues = corpus.cue_corpus(voices=cue_voices)
    false, cpu_cue, audio_cue = false_commands(recogniser, cues)
    _, _, cpu_silence = feed(recogniser, bytes(corpus.SAMPLE_RATE * 2 * 60))

    # The measured alternative: a wake word ("coach, pause") instead of the own-speech gate.
    waking = Recogniser(replace(tuning, wake=True))
    wake_samples = corpus.command_corpus(voices=voices, sentences=corpus.WAKE_SENTENCES)
    wake_samples = [s for s in wake_samples if s.text.startswith(corpus.WAKE_WORD)]
    wake_acc, _, _, _, wake_wrong = accuracy(waking, wake_samples)
    wake_false, _, _ = false_commands(waking, cues)
    plain_on_wake, _, _ = false_commands(waking, [s for s in samples])

    spotting = "off" if args.no_kws else f"threshold {args.kws_threshold:g}"
    if args.kws_overrules:
        spotting += ", overrules the grammar"
    print(f"keyword-spotting pass: {spotting}; n-best fallback: {'on' if args.nbest else 'off'}")
    seed = args.cmninit or "the model's"
    print(f"order of the accuracy corpus: {protocol}; cmninit: {seed}")
    print(
        f"{half_name}: {len(samples)} renderings, voices {', '.join(voices)} at "
        f"{corpus.RATES} wpm, each phrase alone, after 'okay' and before 'please'"
    )
    print("missed:", sorted(wrong.items(), key=lambda kv: -kv[1]))
    print(f"cue corpus: {len(cues)} renderings ({', '.join(cue_voices)}); false: {false}")
    print(f"wake word: {len(wake_samples)} renderings; missed: {sorted(wake_wrong.items())}")
    print(f"wake word, false on cues: {wake_false}")
    print(f"wake word, commands said WITHOUT it that still acted: {len(plain_on_wake)}")
    median_ms = 1000 * statistics.median(reactions) if reactions else float("nan")
    result(acc_name, round(acc, 1), "%", ">=95", acc >= 95)
    result(
        "voice false commands on own cues, recogniser alone (no gate)",
        len(false),
        "count",
        "0 (the app's gate drops them)",
        True,
    )
    result("voice accuracy with wake word", round(wake_acc, 1), "%", "(alternative)", True)
    result(
        "voice false commands on own cues, wake word", len(wake_false), "count", "0", not wake_false
    )
    result("voice reaction median", round(median_ms), "ms", "<=600", median_ms <= 600)
    speech_cpu = 100 * (cpu_cue + cpu_cmd) / (audio_cue + audio_cmd)
    result("voice CPU, speech", round(speech_cpu, 1), "%", "<=15", speech_cpu <= 15)
    result("voice CPU, silence", round(100 * cpu_silence / 60, 2), "%", "<=15", True)
    rss = worker_rss_mib()
    result("voice worker memory", round(rss), "MiB", "<=60", rss <= 60)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

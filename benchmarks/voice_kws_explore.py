"""Keyword spotting explored on the TUNING half of the voice corpus (issue 12): how the figures
of benchmarks/README.md "Keyword spotting, the second opinion" were found.

    .venv/bin/python benchmarks/voice_kws_explore.py          # kws_plp 1e-20 (about a minute)
    .venv/bin/python benchmarks/voice_kws_explore.py --all    # every kws_plp and fillprob row

Every utterance of the tuning half (``corpus.TUNE_VOICES``: the command corpus, and the coach's
cues in two tuning voices) is cut out by the endpointer as the recogniser cuts it, then decoded
once by the grammar and once by the keyword spotter at its lowest threshold, keeping each
phrase's best score. The decision rules (the spotter alone, as a check on the grammar, as a
fallback, or first when it is sure) and their thresholds are then applied to those scores, so
trying a rule costs no decoding. The test half is never read here; the chosen configuration is
measured on it by ``voice_control.py --full``.

Scores are the log of pocketsphinx's segment probability for a spot; ``kws_threshold`` turns
one into the threshold a keyphrase list would use.
"""

from __future__ import annotations

import argparse
import math
import os
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from stretchguide.voice import corpus
from stretchguide.voice.commands import COMMANDS
from stretchguide.voice.recogniser import (
    Recogniser,
    Tuning,
    decode_whole,
    decoder_config,
    grammar,
    keyphrases,
    write_dictionary,
)

PHRASE_COMMAND = {p: c.name for c in COMMANDS for p in c.phrases}
PHRASES = tuple(PHRASE_COMMAND)
#: Below this, pocketsphinx's default beam (1e-48) has pruned the keyphrase anyway.
LOWEST_THRESHOLD = 1e-48
CUE_VOICES = ("en-us+m3", "en-gb+f4")  # as voice_control.py --tune
#: Below every score (scores are around -0.3 to 0): every spot counts, the best one wins.
NO_THRESHOLD = -10.0


@dataclass(frozen=True)
class Utterance:
    """One utterance as both searches heard it."""

    length_s: float
    grammar_text: str
    spots: dict[str, float]  # phrase -> its best score in the utterance


@dataclass(frozen=True)
class Rendering:
    text: str
    voice: str
    expected: str | None  # the command, or None for a cue
    utterances: tuple[Utterance, ...]


Rule = Callable[[Utterance], "str | None"]


def kws_threshold(score: float) -> float:
    """The keyphrase-list threshold that keeps exactly the spots scoring ``score`` or more.

    pocketsphinx 5 reports a spot's probability as (margin over the phone loop - 1500) in its
    log base 1.0001, the margin being in units of 2**10 of that base (``kws_search.c``); the
    list's threshold is that margin. Checked: 1e-48 gives the lowest scores seen, -0.258."""
    margin = score / math.log(1.0001) + 1500
    return math.exp(margin * 1024 * math.log(1.0001))


def make_decoder(plp: float, fillprob: float | None) -> Any:
    """A decoder with the recogniser's grammar ("commands") and a spotter ("spotting") that
    reports every spot the beam lets through."""
    import pocketsphinx

    with tempfile.TemporaryDirectory() as tmp:
        config = decoder_config(write_dictionary(Path(tmp)), plp)
        if fillprob is not None:
            config["fillprob"] = fillprob
        decoder = pocketsphinx.Decoder(config)
        spots = Path(tmp) / "commands.kws"
        spots.write_text(keyphrases(LOWEST_THRESHOLD), encoding="utf-8")
        decoder.add_kws("spotting", str(spots))
    decoder.add_jsgf_string("commands", grammar())
    return decoder


def utterances(pcm: bytes) -> list[tuple[bytes, float]]:
    """The utterances the recogniser's endpointer cuts ``pcm`` into: samples and length."""
    import pocketsphinx

    tuning = Tuning()
    endpointer = pocketsphinx.Endpointer(window=tuning.vad_window_s, vad_mode=tuning.vad_mode)
    size = endpointer.frame_bytes
    pcm += bytes(int(corpus.SAMPLE_RATE * 2 * (tuning.vad_window_s + 1.0)))
    found: list[tuple[bytes, float]] = []
    audio, start, in_utt = b"", 0.0, False
    for i in range(0, len(pcm) - size + 1, size):
        speech = endpointer.process(pcm[i : i + size])
        if speech is not None:
            if not in_utt:
                in_utt, start = True, endpointer.speech_start
            audio += speech
        if in_utt and not endpointer.in_speech:
            found.append((audio, endpointer.speech_end - start))
            audio, in_utt = b"", False
    return found


def decode(decoder: Any, audio: bytes, length_s: float) -> Utterance:
    """The grammar's text (fillers such as [SPEECH] left out) and the spotter's best scores."""
    decoder.activate_search("commands")
    decode_whole(decoder, audio)
    hyp = decoder.hyp()
    text = " ".join(w for w in (hyp.hypstr if hyp else "").split() if not w.startswith("["))
    decoder.activate_search("spotting")
    decode_whole(decoder, audio)
    spots: dict[str, float] = {}
    for seg in decoder.seg() or []:
        phrase, score = seg.word.strip(), math.log(seg.prob)
        spots[phrase] = max(score, spots.get(phrase, -math.inf))
    return Utterance(length_s, text, spots)


def decode_half(plp: float, fillprob: float | None) -> tuple[list[Rendering], list[Rendering]]:
    decoder = make_decoder(plp, fillprob)

    def rendering(sample: corpus.Sample) -> Rendering:
        heard = [decode(decoder, a, n) for a, n in utterances(corpus.read_pcm(sample.path))]
        return Rendering(sample.text, sample.voice, sample.expected, tuple(heard))

    commands = [rendering(s) for s in corpus.command_corpus(voices=corpus.TUNE_VOICES)]
    cues = [rendering(s) for s in corpus.cue_corpus(voices=CUE_VOICES)]
    return commands, cues


# --- decision rules -----------------------------------------------------------------------


@cache
def _reader() -> Recogniser:
    """The recogniser's own reading of a grammar text ("okay a pause please" is "pause")."""
    return Recogniser(Tuning(kws=False))


def grammar_says(u: Utterance) -> str | None:
    command = _reader().command_in(u.grammar_text)
    return command.name if command else None


def surest(u: Utterance, thresholds: dict[str, float]) -> str | None:
    """The command of the spot furthest above its phrase's threshold, if any is above."""
    above = {p: s - thresholds[p] for p, s in u.spots.items() if s >= thresholds[p]}
    return PHRASE_COMMAND[max(above, key=above.__getitem__)] if above else None


def rule(form: str, thresholds: dict[str, float]) -> Rule:
    """One of the forms measured; ``first`` is the one the recogniser uses."""

    def decide(u: Utterance) -> str | None:
        said = grammar_says(u)
        if form == "grammar":
            return said
        if form == "alone":
            return surest(u, thresholds)
        if form == "check":
            return said if said is not None and surest_of(u, said, thresholds) else None
        if form == "fallback":
            return said or surest(u, thresholds)
        return surest(u, thresholds) or said  # "first"

    return decide


def surest_of(u: Utterance, command: str, thresholds: dict[str, float]) -> bool:
    return any(PHRASE_COMMAND[p] == command and s >= thresholds[p] for p, s in u.spots.items())


def measure(commands: list[Rendering], cues: list[Rendering], decide: Rule) -> tuple[float, int]:
    """Share of command renderings giving exactly their command once; cues giving any."""
    max_s = Tuning().max_utterance_s

    def heard(r: Rendering) -> list[str]:
        return [c for u in r.utterances if u.length_s <= max_s for c in [decide(u)] if c]

    right = sum(heard(r) == [r.expected] for r in commands)
    return 100.0 * right / len(commands), sum(bool(heard(r)) for r in cues)


def candidates(commands: list[Rendering], cues: list[Rendering], n: int = 60) -> list[float]:
    scores = sorted({s for r in commands + cues for u in r.utterances for s in u.spots.values()})
    return [scores[i * (len(scores) - 1) // (n - 1)] for i in range(n)]


def shared(value: float) -> dict[str, float]:
    return dict.fromkeys(PHRASES, value)


def per_phrase(
    commands: list[Rendering], cues: list[Rendering], form: str, weight: float
) -> dict[str, float]:
    """Thresholds per phrase by coordinate ascent on right - weight * false (three rounds)."""
    options = [*candidates(commands, cues, 40), math.inf]
    thresholds = shared(math.inf)

    def gain(th: dict[str, float]) -> float:
        accuracy, false = measure(commands, cues, rule(form, th))
        return accuracy * len(commands) / 100 - weight * false

    best = gain(thresholds)
    for _ in range(3):
        for phrase in PHRASES:
            for value in options:
                trial = {**thresholds, phrase: value}
                if (g := gain(trial)) > best + 1e-9:
                    best, thresholds = g, trial
    return thresholds


def best_shared(commands: list[Rendering], cues: list[Rendering]) -> float:
    """The one threshold (spotter first) with the most right - false, as per_phrase weighs."""

    def gain(value: float) -> float:
        accuracy, false = measure(commands, cues, rule("first", shared(value)))
        return accuracy * len(commands) / 100 - false

    return max(candidates(commands, cues), key=gain)


def cross_validate(commands: list[Rendering], cues: list[Rendering]) -> None:
    """Thresholds chosen on two tuning voices, scored on the other two (and the other cue
    voice): does one threshold, or one per phrase, hold on voices it was not chosen on?"""
    voices = sorted(corpus.TUNE_VOICES)
    splits = [(voices[:2], voices[2:]), (voices[2:], voices[:2])]
    splits += [(voices[::2], voices[1::2]), (voices[1::2], voices[::2])]
    for i, (chosen_on, held_out) in enumerate(splits):
        a_cmd = [r for r in commands if r.voice in chosen_on]
        a_cue = [r for r in cues if r.voice == CUE_VOICES[i % 2]]
        b_cmd = [r for r in commands if r.voice in held_out]
        b_cue = [r for r in cues if r.voice == CUE_VOICES[1 - i % 2]]
        one = best_shared(a_cmd, a_cue)
        each = per_phrase(a_cmd, a_cue, "first", 1.0)
        forms = [("grammar", {}), ("first", shared(one)), ("first", each)]
        row = [measure(b_cmd, b_cue, rule(form, th)) for form, th in forms]
        print(
            f"held out {held_out}: grammar {row[0][0]:.1f} % / {row[0][1]}, one threshold "
            f"{row[1][0]:.1f} % / {row[1][1]}, per phrase {row[2][0]:.1f} % / {row[2][1]}"
        )


def explore(plp: float, fillprob: float | None, full: bool) -> None:
    commands, cues = decode_half(plp, fillprob)
    label = f"kws_plp {plp:g}" + (f", fillprob {fillprob:g}" if fillprob is not None else "")
    print(f"== {label}")
    g = measure(commands, cues, rule("grammar", {}))
    print(f"grammar alone: {g[0]:.1f} % right, {g[1]} false commands on {len(cues)} cues")
    a = measure(commands, cues, rule("alone", shared(NO_THRESHOLD)))
    print(f"spotter alone, its best spot: {a[0]:.1f} % / {a[1]}")
    for value in candidates(commands, cues, 30)[10:]:
        first = measure(commands, cues, rule("first", shared(value)))
        fallback = measure(commands, cues, rule("fallback", shared(value)))
        print(
            f"one threshold {value:.4f} (list threshold {kws_threshold(value):.0e}): spotter "
            f"first {first[0]:.1f} % / {first[1]}, fallback {fallback[0]:.1f} % / {fallback[1]}"
        )
    if not full:
        return
    for form in ("alone", "check", "fallback", "first"):
        for weight in (0.5, 1.0, 2.0):
            th = per_phrase(commands, cues, form, weight)
            got = measure(commands, cues, rule(form, th))
            print(f"per phrase, {form}, weight {weight}: {got[0]:.1f} % / {got[1]}")
    cross_validate(commands, cues)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--all", action="store_true", help="every kws_plp and fillprob setting")
    args = parser.parse_args()
    os.nice(10)
    explore(1e-20, None, full=True)
    if args.all:
        for plp in (1e-1, 1e-3, 1e-10, 1e-30, 1e-40):
            explore(plp, None, full=False)
        for fillprob in (1e-2, 1e-1):
            explore(1e-20, fillprob, full=False)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

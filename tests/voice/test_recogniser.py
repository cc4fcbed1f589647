"""The recogniser on audio a person cannot tell from speech: espeak-ng renderings, no microphone."""

from __future__ import annotations

import json
import random
import subprocess
import sys

import pytest

from stretchguide.voice import corpus
from stretchguide.voice.commands import COMMANDS, command_for
from stretchguide.voice.recogniser import Recogniser, Tuning, grammar

pytestmark = pytest.mark.skipif(bool(corpus.tools_missing()), reason="needs espeak-ng and sox")


@pytest.fixture(scope="module")
def recogniser() -> Recogniser:
    return Recogniser()


def heard(recogniser: Recogniser, pcm: bytes) -> list[str]:
    return [h.command.name for h in recogniser.feed(pcm) + recogniser.flush()]


def test_every_phrase_is_in_the_grammar_and_maps_back() -> None:
    text = grammar()
    for command in COMMANDS:
        for phrase in command.phrases:
            assert phrase in text
            assert command_for(phrase.upper()) is command


def test_a_clear_command_is_heard(recogniser: Recogniser) -> None:
    pcm = corpus.read_pcm(corpus.render("stop", "en-us", 140))
    assert heard(recogniser, pcm) == ["stop"]


def test_silence_and_noise_are_never_commands(recogniser: Recogniser) -> None:
    """Ten minutes of silence and half a minute of loud hiss: nothing heard."""
    assert heard(recogniser, bytes(corpus.SAMPLE_RATE * 2 * 600)) == []
    noise = random.Random(7).randbytes(corpus.SAMPLE_RATE * 2 * 30)
    assert heard(recogniser, noise) == []


def test_long_speech_is_never_a_command(recogniser: Recogniser) -> None:
    text = "Slide to the front of your chair, feet flat, back straight, and pause there."
    assert heard(recogniser, corpus.read_pcm(corpus.render(text, "en-us", 175))) == []


def test_the_worker_reports_json_lines_from_stdin() -> None:
    """The process the app runs: samples in, one line per command out, ready first."""
    pcm = corpus.read_pcm(corpus.render("stop", "en-us", 140))
    out = subprocess.run(
        [sys.executable, "-m", "stretchguide.voice.worker", "--stdin"],
        input=pcm + bytes(corpus.SAMPLE_RATE * 2),
        capture_output=True,
        timeout=60,
        check=True,
    ).stdout.decode()
    lines = [json.loads(line) for line in out.splitlines()]
    assert lines[0] == {"ready": True}
    assert [m["heard"] for m in lines[1:]] == ["stop"]
    assert lines[1]["length_s"] < 2.0


def test_the_worker_without_parec_says_so(monkeypatch: pytest.MonkeyPatch) -> None:
    out = subprocess.run(
        [sys.executable, "-m", "stretchguide.voice.worker"],
        capture_output=True,
        timeout=60,
        env={"PATH": "/nonexistent", "PYTHONPATH": ":".join(sys.path)},
    )
    assert out.returncode == 1
    assert "No microphone" in json.loads(out.stdout.decode().splitlines()[-1])["error"]


def test_the_wake_word_alternative_hears_coach_then_a_command() -> None:
    """The measured alternative to the own-speech gate ("coach, stop"). It is not the default:
    a grammar that must start with "coach" also forces a bare "stop" into "coach stop" (the
    benchmark counts how often), so it rejects less than it seems."""
    waking = Recogniser(Tuning(wake=True))
    assert heard(waking, corpus.read_pcm(corpus.render("coach, stop", "en-us", 140))) == ["stop"]


def test_the_recogniser_loads_only_the_words_it_listens_for() -> None:
    """A dictionary of the grammar's words, not all of cmudict (memory), and all are found."""
    from pathlib import Path

    import pocketsphinx

    from stretchguide.voice.recogniser import grammar_words, small_dictionary

    source = Path(pocketsphinx.get_model_path("en-us/cmudict-en-us.dict"))
    lines = small_dictionary(source, grammar_words()).splitlines()
    assert {line.split()[0].split("(")[0] for line in lines} == grammar_words()
    with pytest.raises(ValueError, match="notaword"):
        small_dictionary(source, {"stop", "notaword"})


class _Hyp:
    def __init__(self, text: str) -> None:
        self.hypstr = text


class _Decoder:
    """Stands in for pocketsphinx's decoder after an utterance: only its n-best list."""

    def __init__(self, *texts: str | None) -> None:
        self.texts = texts

    def nbest(self):  # type: ignore[no-untyped-def]
        return iter(_Hyp(t) if t is not None else None for t in self.texts)


def test_with_nbest_a_whole_phrase_just_behind_a_half_one_is_taken(
    recogniser: Recogniser, monkeypatch: pytest.MonkeyPatch
) -> None:
    """ "what" (the best path stopped inside "what step") is no command; the next whole phrase
    is; a lattice with nothing whole, or no path at all, gives nothing."""
    monkeypatch.setattr(recogniser, "_decoder", _Decoder("what", "okay", "what step", "stop"))
    text, command = recogniser._best_whole_phrase()
    assert (text, command and command.name) == ("what step", "where")
    monkeypatch.setattr(recogniser, "_decoder", _Decoder("what", "okay"))
    assert recogniser._best_whole_phrase() == ("", None)
    monkeypatch.setattr(recogniser, "_decoder", _Decoder(None))
    assert recogniser._best_whole_phrase() == ("", None)

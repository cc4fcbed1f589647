"""The recogniser on audio a person cannot tell from speech: espeak-ng renderings, no microphone."""

from __future__ import annotations

import json
import random
import subprocess
import sys

import pytest

from stretchguide.voice import corpus
from stretchguide.voice.commands import COMMANDS, command_for
from stretchguide.voice.recogniser import (
    Recogniser,
    Tuning,
    grammar,
    keyphrases,
    merged_vowel_variants,
    start_after_pause,
)

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


def test_the_spotting_pass_answers_where_the_grammar_gets_stuck_after_okay() -> None:
    """ "okay, <command>" is where the grammar fails most: a drawn-out "okay" leaves it stuck
    inside a phrase, so it has no command; the keyword spotter, which scores each phrase
    against a free phone loop, answers there. The voices nothing was tuned on (the dev voices;
    the test half is never used in tests), every phrase after "okay", at both rates: more right
    than the grammar alone (180 against 176 of 208 when measured; one voice alone gains 0 to 2,
    too few to test on)."""
    by_voice = {
        voice: [
            (corpus.render(f"okay, {phrase}", voice, rate), command.name)
            for command in COMMANDS
            for phrase in command.phrases
            for rate in corpus.RATES
        ]
        for voice in corpus.DEV_VOICES
    }

    def right(tuning: Tuning) -> int:
        """One recogniser per voice, as one person per session."""
        total = 0
        for samples in by_voice.values():
            recogniser = Recogniser(tuning)
            total += sum(
                heard(recogniser, corpus.read_pcm(path)) == [name] for path, name in samples
            )
        return total

    assert right(Tuning()) >= right(Tuning(kws=False)) + 3


class _Ended:
    """Stands in for pocketsphinx's decoder at the end of an utterance."""

    def end_utt(self) -> None:
        pass

    def seg(self) -> list[object]:
        return []


@pytest.mark.parametrize(
    ("grammar_says", "spotter_says", "overrules", "answer"),
    [
        ("pause please", "previous", False, "pause"),  # the grammar's command stands
        ("okay a", "stop", False, "stop"),  # stuck after "okay": the spotter answers
        ("okay a", None, False, None),  # neither: no command
        ("pause please", "previous", True, "back"),  # the earlier rule, kept to be measured
    ],
)
def test_the_spotter_is_asked_only_when_the_grammar_has_no_command(
    monkeypatch: pytest.MonkeyPatch,
    grammar_says: str,
    spotter_says: str | None,
    overrules: bool,
    answer: str | None,
) -> None:
    """On voices nothing was chosen on, the spotter took the "please" of "pause, please" for
    "previous": it may fill the grammar's silence, not contradict it."""
    recogniser = Recogniser(Tuning(kws_overrules=overrules, viterbi=False, warm_up_s=0.0))
    asked: list[bytes] = []
    monkeypatch.setattr(recogniser, "_decoder", _Ended())
    monkeypatch.setattr(
        recogniser,
        "_grammar_answer",
        lambda: (grammar_says, recogniser.command_in(grammar_says)),
    )
    monkeypatch.setattr(recogniser, "_spot", lambda audio: asked.append(audio) or spotter_says)
    recogniser._in_utt = True
    heard_now = recogniser._finish()
    assert (heard_now and heard_now.command.name) == answer
    grammar_had_one = recogniser.command_in(grammar_says) is not None
    assert len(asked) == (1 if overrules or not grammar_had_one else 0)


class _Forward:
    """Stands in for the second decoder: its forward pass's best path is ``says``."""

    def __init__(self, says: str) -> None:
        self.says = says
        self.decoded: list[bytes] = []

    def set_cmn(self, mean: str) -> None:
        pass

    def start_utt(self) -> None:
        pass

    def process_raw(self, audio: bytes) -> None:
        self.decoded.append(audio)

    def end_utt(self) -> None:
        pass

    def hyp(self) -> object:
        return type("Hyp", (), {"hypstr": self.says})()


@pytest.mark.parametrize(
    ("lattice_says", "forward_says", "answer"),
    [
        ("okay pause", "okay a stop", "stop"),  # both name a command: the forward pass's
        ("pause please", "pause please", "pause"),
        ("okay a", "okay a stop", None),  # the lattice rejects: it stays rejected
        ("go on", "okay a", "resume"),  # the forward pass has no whole phrase: lattice's
    ],
)
def test_the_lattice_says_whether_and_the_forward_pass_which(
    monkeypatch: pytest.MonkeyPatch, lattice_says: str, forward_says: str, answer: str | None
) -> None:
    """Where the two disagreed on the tuning and dev voices, the forward pass was right 25
    times and the lattice 8; but only the lattice rejects, so no sound that was no command
    becomes one."""
    recogniser = Recogniser(Tuning(kws=False, warm_up_s=0.0))
    forward = _Forward(forward_says)
    monkeypatch.setattr(recogniser, "_decoder", _Ended())
    monkeypatch.setattr(recogniser, "_forward", forward)
    monkeypatch.setattr(
        recogniser, "_grammar_answer", lambda: (lattice_says, recogniser.command_in(lattice_says))
    )
    recogniser._in_utt = True
    recogniser._utt_audio = b"pcm"
    heard_now = recogniser._finish()
    assert (heard_now and heard_now.command.name) == answer
    lattice_had_one = recogniser.command_in(lattice_says) is not None
    assert forward.decoded == ([b"pcm"] if lattice_had_one else [])


def test_a_pause_the_lattice_took_for_go_on_is_a_pause() -> None:
    """Two voices nothing was chosen on say "pause" slowly, each the first thing a fresh
    recogniser hears: the lattice's best path is "go on", the forward pass's "pause"."""
    for text, voice in (("pause", "en-gb-x-gbclan"), ("pause, please", "en-gb+m7")):
        pcm = corpus.read_pcm(corpus.render(text, voice, 140))
        assert heard(Recogniser(), pcm) == ["pause"], voice
        assert heard(Recogniser(Tuning(viterbi=False)), pcm) == ["resume"], voice


def test_the_forward_pass_makes_no_cue_a_command() -> None:
    """The coach's short cues heard alone (the worst case: no hold, no gate), each the first
    thing a fresh recogniser hears: the ones taken for a command are the same with the forward
    pass as without it. (Fresh each time because pocketsphinx's dither noise comes from one
    generator: a second decoder that decodes draws from it too, so later utterances of one
    stream get other noise, and that alone moves a few.)"""
    cues = [s for s in corpus.cue_corpus(voices=("en-us",)) if len(s.text) <= 40]
    for cue in cues:
        pcm = corpus.read_pcm(cue.path)
        with_it = heard(Recogniser(), pcm)
        without = heard(Recogniser(Tuning(viterbi=False)), pcm)
        assert bool(with_it) == bool(without), cue.text


SIL = "<sil>"


@pytest.mark.parametrize(
    ("path", "start"),
    [
        # "okay, pause": the command after the comma's silence, with its last 0.1 s
        ([("<s>", 0, 0), ("okay", 0, 40), (SIL, 41, 70), ("pause", 71, 120), (SIL, 121, 150)], 61),
        # a phrase torn in two by the silence: the rest is decoded alone
        ([("okay", 0, 22), ("move", 23, 58), (SIL, 59, 110), ("on", 111, 139)], 101),
        # a short silence (0.1 s) is no pause: a short gap is decoded from its start
        ([("okay", 0, 40), (SIL, 41, 50), ("pause", 51, 90)], None),
        ([("okay", 0, 40), (SIL, 41, 55), ("stop", 56, 90)], 46),
        # a command before the pause keeps the utterance whole ("pause, please")
        ([("pause(2)", 0, 40), (SIL, 41, 80), ("please", 81, 120)], None),
        # silences at the ends are no pause inside
        ([(SIL, 0, 40), ("stop", 41, 80), (SIL, 81, 160), ("</s>", 160, 160)], None),
        ([], None),
    ],
)
def test_what_follows_a_pause_is_decoded_alone_unless_a_command_came_first(
    path: list[tuple[str, int, int]], start: int | None
) -> None:
    assert start_after_pause(path) == start


class _PathSegment:
    """One word of a decoder's best path, as ``Decoder.seg()`` gives it."""

    def __init__(self, word: str, start_frame: int, end_frame: int) -> None:
        self.word, self.start_frame, self.end_frame = word, start_frame, end_frame


class _EndedWithPath(_Ended):
    """The decoder at the end of an utterance whose best path is ``path``."""

    def __init__(self, path: list[tuple[str, int, int]]) -> None:
        self.path = path

    def seg(self) -> list[object]:
        return [_PathSegment(*p) for p in self.path]


class _ForwardHearingTheRest(_Forward):
    """The second decoder: the whole utterance is ``whole``, the part after the pause "stop"."""

    def __init__(self, whole: str, utterance_bytes: int) -> None:
        super().__init__(whole)
        self.whole, self.utterance_bytes = whole, utterance_bytes

    def hyp(self) -> object:
        alone = len(self.decoded[-1]) < self.utterance_bytes
        return type("Hyp", (), {"hypstr": "stop" if alone else self.whole})()


@pytest.mark.parametrize(
    ("lattice_says", "path", "answer", "rest_decoded"),
    [
        # the lattice gives up after "okay": the rest, decoded alone, is the command
        ("okay a", [("okay", 0, 40), ("a", 41, 50), (SIL, 51, 80), ("what", 81, 99)], "stop", 1),
        # "okay, stop" taken whole for "okay move on", torn by the pause: the rest wins
        (
            "okay move on",
            [("okay", 0, 20), ("move", 21, 40), (SIL, 41, 80), ("on", 81, 99)],
            "stop",
            1,
        ),
        # a command, then "please" after a pause: nothing is decoded alone
        ("pause please", [("pause", 0, 40), (SIL, 41, 80), ("please", 81, 99)], "pause", 0),
    ],
)
def test_the_command_after_a_pause_is_the_answer(
    monkeypatch: pytest.MonkeyPatch,
    lattice_says: str,
    path: list[tuple[str, int, int]],
    answer: str,
    rest_decoded: int,
) -> None:
    """What the forward decoder hears after the pause answers, whether the lattice found no
    command or another one; the spotter is not asked once there is a command."""
    utterance = bytes(100 * 320)  # 100 frames of 10 ms
    recogniser = Recogniser(Tuning(warm_up_s=0.0))
    forward = _ForwardHearingTheRest(lattice_says, len(utterance))
    spotted: list[bytes] = []
    monkeypatch.setattr(recogniser, "_decoder", _EndedWithPath(path))
    monkeypatch.setattr(recogniser, "_forward", forward)
    monkeypatch.setattr(
        recogniser, "_grammar_answer", lambda: (lattice_says, recogniser.command_in(lattice_says))
    )
    monkeypatch.setattr(recogniser, "_spot", lambda audio: spotted.append(audio) or None)
    recogniser._in_utt = True
    recogniser._utt_audio = utterance
    heard_now = recogniser._finish()
    assert (heard_now and heard_now.command.name) == answer
    rest = [audio for audio in forward.decoded if len(audio) < len(utterance)]
    assert len(rest) == rest_decoded
    assert not spotted


def test_okay_then_a_pause_then_a_command_is_that_command() -> None:
    """Two voices nothing was chosen on say "okay, pause" and "okay, stop" slowly, each the
    first thing a fresh recogniser hears: decoded whole it is "okay move on" (next); what
    follows the comma's silence, decoded alone, is the command said."""
    for text, voice, name in (
        ("okay, pause", "en-gb-x-gbclan", "pause"),
        ("okay, stop", "en-us-nyc", "stop"),
    ):
        pcm = corpus.read_pcm(corpus.render(text, voice, 140))
        assert heard(Recogniser(), pcm) == [name], voice
        assert heard(Recogniser(Tuning(after_pause=False)), pcm) == ["next"], voice


def test_a_sessions_first_word_is_heard_from_its_own_mean() -> None:
    """Three voices nothing was chosen on, each the first thing a fresh recogniser hears: with
    the model's own cepstral mean none of them is heard; decoded again from the mean the word
    itself left, each is."""
    for text, voice, rate, name in (
        ("wait", "en-gb-x-gbclan", 140, "pause"),
        ("previous", "en-us+f4", 190, "back"),
        ("pause", "en-gb+m7", 190, "pause"),
    ):
        pcm = corpus.read_pcm(corpus.render(text, voice, rate))
        assert heard(Recogniser(), pcm) == [name], voice
        assert heard(Recogniser(Tuning(warm_up_s=0.0)), pcm) == [], voice


def test_only_the_first_seconds_of_speech_are_decoded_twice(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Once the running mean has the person's voice behind it, each word costs one decoding
    again: eight "stop"s (about 0.7 s each) and only the first few are decoded twice."""
    recogniser = Recogniser()
    again: list[bytes] = []
    decode_again = recogniser._decode_again_from_own_mean
    monkeypatch.setattr(
        recogniser,
        "_decode_again_from_own_mean",
        lambda audio: again.append(audio) or decode_again(audio),
    )
    stop = corpus.read_pcm(corpus.render("stop", "en-us", 140))
    for _ in range(8):
        assert heard(recogniser, stop) == ["stop"]
    assert 1 <= len(again) <= 4


def test_what_is_heard_while_the_app_speaks_is_not_decoded() -> None:
    """Held (the app is speaking): a clear "stop" gives nothing, and the running cepstral mean
    does not move towards that voice; released, the same words are heard again."""
    recogniser = Recogniser()
    stop = corpus.read_pcm(corpus.render("stop", "en-us", 140))
    mean = recogniser._decoder.get_cmn(False)
    recogniser.hold(True)
    assert heard(recogniser, stop) == []
    assert recogniser._decoder.get_cmn(False) == mean
    recogniser.hold(False)
    assert heard(recogniser, stop) == ["stop"]


def test_an_utterance_the_app_speaks_into_is_dropped_whole() -> None:
    """The app starts speaking in the middle of "pause" and stops at once: what was decoded is
    thrown away, the rest of the utterance after the release too, and the mean is put back."""
    recogniser = Recogniser()
    pause = corpus.read_pcm(corpus.render("pause", "en-us", 140))
    mean = recogniser._decoder.get_cmn(False)
    speech_bytes = len(pause) - int(corpus.SAMPLE_RATE * 2 * corpus.PAD_AFTER_S)
    word_end = speech_bytes // 2 * 2  # the endpointer is sure of speech by the word's end
    assert recogniser.feed(pause[:word_end]) == []
    assert recogniser._in_utt  # the utterance is under way
    recogniser.hold(True)
    recogniser.hold(False)
    assert recogniser.feed(pause[word_end:]) + recogniser.flush() == []
    assert recogniser._decoder.get_cmn(False) == mean
    assert heard(recogniser, pause) == ["pause"]  # the next one is decoded as usual


def test_caught_vowels_get_the_cot_vowel_too() -> None:
    """cmudict has only P AO Z for "pause"; most North Americans say P AA Z. A word that has
    both already ("on") gets nothing more."""
    lines = ["on AA N\n", "on(2) AO N\n", "pause P AO Z\n", "longer L AO NG G ER\n"]
    assert merged_vowel_variants(lines) == ["pause(2) P AA Z\n", "longer(2) L AA NG G ER\n"]
    assert merged_vowel_variants(["stop S T AA P\n"]) == []


def test_the_keyphrase_list_has_every_phrase_with_its_threshold() -> None:
    lines = keyphrases(1e44).splitlines()
    assert lines == [f"{p} /1e+44/" for c in COMMANDS for p in c.phrases]


class _Segment:
    def __init__(self, word: str, prob: float) -> None:
        self.word, self.prob = word, prob


class _Spotter:
    """Stands in for pocketsphinx's decoder in the spotting pass: its segments, and which
    search is active."""

    def __init__(self, *segments: _Segment, fail: bool = False) -> None:
        self.segments, self.fail, self.active = segments, fail, "commands"

    def activate_search(self, name: str) -> None:
        self.active = name

    def start_utt(self) -> None:
        pass

    def process_raw(self, audio: bytes) -> None:
        if self.fail:
            raise RuntimeError("decoder failed")

    def end_utt(self) -> None:
        pass

    def seg(self):  # type: ignore[no-untyped-def]
        return iter(self.segments) if self.segments else None


def test_the_spotter_takes_the_phrase_it_is_surest_of(
    recogniser: Recogniser, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Several phrases above their threshold: the best scored; none: no answer (the grammar's
    stands). The grammar is the active search again afterwards, even when decoding fails."""
    spotter = _Spotter(_Segment("stop ", 0.90), _Segment("ease out ", 0.95))
    monkeypatch.setattr(recogniser, "_decoder", spotter)
    assert recogniser._spot(b"\0\0") == "ease out"
    assert spotter.active == "commands"
    monkeypatch.setattr(recogniser, "_decoder", _Spotter())
    assert recogniser._spot(b"\0\0") is None
    failing = _Spotter(fail=True)
    monkeypatch.setattr(recogniser, "_decoder", failing)
    with pytest.raises(RuntimeError):
        recogniser._spot(b"\0\0")
    assert failing.active == "commands"


def test_the_utterance_kept_for_spotting_is_bounded() -> None:
    """Samples are kept only up to the longest command (a longer utterance is no command), so
    ten seconds of loud hiss, one long utterance to the endpointer, do not grow the memory."""
    recogniser = Recogniser()
    noise = random.Random(7).randbytes(corpus.SAMPLE_RATE * 2 * 10)
    most = 0
    for i in range(0, len(noise), 3200):
        recogniser.feed(noise[i : i + 3200])
        most = max(most, len(recogniser._utt_audio))
    assert recogniser._max_utt_bytes <= most <= recogniser._max_utt_bytes + 2 * 3200


def test_the_cepstral_mean_starts_from_the_model_unless_seeded() -> None:
    assert Recogniser()._decoder.get_cmn().startswith("40,3,-1")
    seeded = Recogniser(Tuning(cmninit="45,-7,-4"))
    assert seeded._decoder.get_cmn().startswith("45,-7,-4")

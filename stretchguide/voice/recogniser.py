"""Spoken commands out of a stream of 16 kHz PCM: pocketsphinx, a small grammar, a keyword spotter
to correct it, a way to say no.

Plain Python, no Qt: ``Recogniser.feed(pcm)`` takes raw 16-bit mono samples in any block size
and returns the commands heard so far. It is used by the recogniser process (``voice.worker``)
and directly by the tests and benchmarks, which feed corpus WAVs without any audio device.

How it decides (each step measured in ``benchmarks/voice_control.py``):
1. pocketsphinx's endpointer (voice activity detection) cuts the stream into utterances, so the
   decoder only works while someone speaks and CPU stays near zero in silence;
2. each utterance is decoded against a JSGF grammar of the command phrases only, with an
   optional polite word around them ("okay, pause", "stop, please"). Such a grammar forces
   every sound into some command, so:
3. the rejection path: an utterance is not a command when the decoder ends it without reaching
   the end of a phrase (a partial match: the audio did not fit any command), or when it lasts
   longer than ``max_utterance_s`` (a person says "pause"; the coach says sentences). A
   confidence score against a free loop of phones (pocketsphinx's ``allphone`` search) was
   measured too and dropped: it did not tell the coach's cues from commands, because the cues
   themselves contain command words ("Let's continue.", "Ease out slowly");
4. which command, when the grammar found one: pocketsphinx's answer for a grammar is the best
   path through the word lattice its forward pass leaves, and that lattice's scores are
   approximate; a second decoder decodes the same utterance by the forward pass alone, and
   its best path to a phrase's end names the command (``Tuning.viterbi``);
5. a second opinion, only when the grammar has no command: the same utterance (kept in memory
   until decided, at most ``max_utterance_s`` of it) goes through pocketsphinx's keyword
   spotter, the command phrases scored against a free phone loop; a phrase it spots well above
   its threshold is the answer (``Tuning.kws``). The grammar must put every sound somewhere, so
   a drawn-out "okay," or a stray sound leaves it stuck inside a phrase ("okay, stop" came out
   as "okay a"); the spotter need not. It used to overrule the grammar's commands too, but on
   voices nothing was chosen on (``corpus.DEV_VOICES``) it then took the "please" of "pause,
   please" for "previous" and "go on" for "longer": asked only when the grammar says no, it
   gets 24 renderings more right in 624 there, and as many on the tuning half (README);
6. what the app says itself never reaches the decoder: the app tells the recogniser when it
   speaks (``hold``), and an utterance that meets that time (plus ``OWN_SPEECH_TAIL_S``) is
   dropped undecoded. This matters for more than false commands: pocketsphinx normalises each
   frame by a running cepstral mean, and a mean pulled towards the coach's voice made the
   person's commands that followed worse (measured: ``voice_control.py --order session``).
   With ``Tuning.wake``, a wake word ("coach, pause") was the measured alternative;
7. a command after a pause is decoded alone: when the grammar's best path has a silence of
   ``PAUSE_INSIDE_S`` or more between two words, and what comes before it is no command on
   its own ("okay, pause", or a phrase torn in two: "okay move <sil> on"), the audio after
   the silence is decoded by itself (``_after_pause``);
8. a session's first words are decoded twice: the running mean starts as the model's, no one's
   voice, so until it has ``Tuning.warm_up_s`` of the person behind it each utterance is
   decoded again from the mean it left itself (``_decode_again_from_own_mean``).

The phrasings and knobs were chosen on the tuning half of the corpus (``corpus.TUNE_VOICES``) and
on a third set of voices (``corpus.DEV_VOICES``); accuracy is reported on the test half
(``corpus.TEST_VOICES``): see ``benchmarks/README.md``.

Only the pocketsphinx wheel's own en-us model and dictionary are used;
nothing is downloaded.
"""

from __future__ import annotations

import itertools
import logging
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from stretchguide.voice.commands import (
    COMMANDS,
    POLITE_AFTER,
    POLITE_BEFORE,
    WAKE_WORD,
    VoiceCommand,
    command_for,
)

log = logging.getLogger("stretchguide.voice")

SAMPLE_RATE = 16_000
#: How many of the decoder's best paths are looked through when the best one is no command.
NBEST = 20
#: Short sounds the decoder may put after "okay": a drawn-out "okay," (as before a comma) is
#: longer than the model's "okay", and without somewhere to put its end the decoder pushed it
#: into a command ("okay, pause" came out as "okay move on"). Measured on the tuning half:
#: "okay, <command>" right 71 % without them, 79 % with them.
OKAY_TAILS: tuple[str, ...] = ("a", "eh", "hey", "uh", "kay", "k")
#: The keyword-spotting pass's phone-loop penalty (pocketsphinx's ``kws_plp``, default 1e-1):
#: the price of each phone of the free phone loop that a keyphrase is scored against. A steep
#: price keeps the loop from out-scoring the whole of a longer phrase ("ease out", "move on"),
#: which at 1e-1 lost to short ones ("pause") it merely resembled. Tuning half, the spotter's
#: best spot deciding alone: 64 % right at 1e-1, 72 % at 1e-3, 84 % at 1e-10, 86 % at 1e-20,
#: 87 % at 1e-30; as the grammar's second opinion, 1e-20 gave the most right for the fewest
#: false commands.
KWS_PLP = 1e-20
#: The one threshold of every keyphrase: how much better than the phone loop a phrase must
#: score before the spotter answers where the grammar did not. It is above 1 because the loop
#: pays ``KWS_PLP`` per phone. Chosen on the tuning half (see ``Tuning.kws``); on the tuning
#: and the dev voices together, 1e30 got 4 renderings more right in 936 for 7 more of the 134
#: cues taken as commands, so it stays.
KWS_THRESHOLD = 1e44
#: A silence at least this long between two words of an utterance ends what came before it:
#: see ``Recogniser._after_pause``. Tuning and dev voices, session order, one dither seed:
#: 0.10 / 0.15 / 0.25 s got 910 / 911 / 909 renderings of 936 right (the rest decoded from the
#: silence's end), so the middle, about the silence a comma leaves.
PAUSE_INSIDE_S = 0.15
#: How much of that silence is decoded with what follows it. The best path that found the
#: pause may be wrong about where it ends ("okay move <sil> on" for "okay, move on": its
#: silence reached into "move"). Tuning and dev voices, right of 936 with 0 / 0.1 / 0.2 s /
#: the whole silence: as in a session (three seeds) 911 / 908 / 907 / 905 on average; as a
#: session's first words 824 / 843 / - / 840 (815 without decoding the rest alone).
PAUSE_KEPT_S = 0.1
#: pocketsphinx's frames (its default ``frate``).
FRAMES_PER_S = 100
FRAME_BYTES = 2 * SAMPLE_RATE // FRAMES_PER_S
#: After the app stops speaking, its echo and the audio server's buffers still reach the
#: microphone for a moment: the recogniser stays held this long after (``Recogniser.hold``).
OWN_SPEECH_TAIL_S = 0.4


@dataclass(frozen=True)
class Tuning:
    """The knobs measured by ``benchmarks/voice_control.py``; the defaults are the chosen ones.

    Attributes:
        max_utterance_s: an utterance longer than this is never a command.
        vad_mode: pocketsphinx VAD aggressiveness, 0 (loose) to 3.
        vad_window_s: the endpointer's decision window; also the silence that ends an utterance.
        wake: only "coach, <command>" counts (measured, not the default: see the README).
        nbest: when the best path stops inside a phrase, take a whole phrase from the next
            20 paths. Measured, not the default: +1.3 points of accuracy on the tuning half and
            +1.0 on the test half, but the coach's cues heard alone gave 28 commands instead of
            19, and a person's other talk near the microphone would too.
        kws: when the grammar finds no command in an utterance, pocketsphinx's keyword spotter
            decodes it again (a list of the command phrases scored against a free loop of
            phones), and a phrase spotted above ``kws_threshold`` is the answer. Not used with
            ``wake``.
        kws_overrules: the spotter's earlier rule: it is asked after every utterance and its
            phrase wins over the grammar's command too. Measured, not the default: best on the
            tuning half it was chosen on, worse on voices it was not (``corpus.DEV_VOICES``).
        kws_threshold: see ``KWS_THRESHOLD``; one for all phrases. Thresholds per phrase
            were measured too: on tuning voices they were not fitted to, 0.6 points better on
            average (one or two renderings in 156) and up to 9 more false commands, so not
            worth 13 knobs fitted to four synthetic voices.
        viterbi: when the grammar's answer is a command, a second decoder's forward pass names
            it (``Recogniser._forward_command``). Costs a second copy of the model (8 MiB).
        after_pause: a command after a pause inside the utterance is decoded alone
            (``Recogniser._after_pause``; needs ``viterbi``, whose decoder it uses; not used
            with ``wake``, where the pause after "coach" is part of the command).
        warm_up_s: while the decoder has heard less speech than this, each utterance is
            decoded a second time from the cepstral mean it left behind
            (``Recogniser._decode_again_from_own_mean``); 0 never. Chosen on the tuning and
            dev voices: each rendering heard first by a fresh recogniser, 0 / 2 s gave 84.3 /
            88.8 % and 80.9 / 86.2 %; as in a session, over four dither seeds, no change
            (tuning 97.3 / 97.2 %, dev 95.9 / 96.1 %: only a session's first words are young).
        cmninit: the cepstral mean pocketsphinx starts from ("c0,c1,..."), or None for the
            model's own (40,3,-1). The mean then follows the voice utterance by utterance, so
            the seed matters most for a person's first commands. Measured, not the default: a
            seed taken from the tuning voices gained on the tuning half (README), but it is
            the mean of espeak-ng's voices through no microphone, not of a real person's.
        dither_seed: the seed of the faint noise pocketsphinx adds to every sample (-1, its
            default, is a fixed seed). Only for measuring: the corpus's silences are exact
            zeros, so the dither is all the decoder hears there, and any change that decodes
            more or less audio shifts the noise every later utterance gets. Between seeds the
            same configuration moves by up to a point (README); a difference smaller than
            that between two configurations is measured over several seeds.
    """

    max_utterance_s: float = 3.0
    vad_mode: int = 0
    vad_window_s: float = 0.3
    wake: bool = False
    nbest: bool = False
    kws: bool = True
    kws_overrules: bool = False
    kws_threshold: float = KWS_THRESHOLD
    viterbi: bool = True
    after_pause: bool = True
    warm_up_s: float = 2.0
    cmninit: str | None = None
    dither_seed: int = -1


@dataclass(frozen=True)
class Heard:
    """A command heard: when its utterance started and ended, in seconds of stream time."""

    command: VoiceCommand
    text: str
    start_s: float
    end_s: float


def grammar(commands: tuple[VoiceCommand, ...] = COMMANDS, wake: bool = False) -> str:
    """The JSGF grammar: a command, perhaps with a polite word around it; with ``wake``, the
    wake word first."""
    phrases = " | ".join(p for c in commands for p in c.phrases)
    tail = f"[{' | '.join(OKAY_TAILS)}]"
    before = WAKE_WORD if wake else f"[({' | '.join(POLITE_BEFORE)}) {tail}]"
    return (
        "#JSGF V1.0;\ngrammar commands;\n"
        f"public <utterance> = {before} <command> [{' | '.join(POLITE_AFTER)}];\n"
        f"<command> = {phrases};\n"
    )


def grammar_words(commands: tuple[VoiceCommand, ...] = COMMANDS) -> set[str]:
    """Every word the grammar may need, the wake word included."""
    words = {w for c in commands for p in c.phrases for w in p.split()}
    return words | set(POLITE_BEFORE) | set(OKAY_TAILS) | set(POLITE_AFTER) | {WAKE_WORD}


def keyphrases(threshold: float, commands: tuple[VoiceCommand, ...] = COMMANDS) -> str:
    """The keyword spotter's list: every command phrase with its threshold, one a line."""
    return "".join(f"{p} /{threshold:g}/\n" for c in commands for p in c.phrases)


def write_dictionary(folder: Path) -> Path:
    """The small dictionary (``small_dictionary``) written into ``folder``, which must last
    until every decoder that reads it is made."""
    import pocketsphinx

    dictionary = folder / "commands.dict"
    source = Path(pocketsphinx.get_model_path("en-us/cmudict-en-us.dict"))
    dictionary.write_text(small_dictionary(source, grammar_words()), encoding="utf-8")
    return dictionary


def decoder_config(dictionary: Path, kws_plp: float) -> Any:
    """pocketsphinx's settings for the wheel's en-us model with ``dictionary``
    (``write_dictionary``), no language model, and ``kws_plp`` as the keyword spotter's
    phone-loop penalty. Shared with the benchmarks, so what they measure is the recogniser's
    own set-up."""
    import pocketsphinx

    config = pocketsphinx.Config()
    config["hmm"] = pocketsphinx.get_model_path("en-us/en-us")
    config["dict"] = str(dictionary)
    config["lm"] = None
    config["loglevel"] = "FATAL"
    config["dither"] = True  # exact digital silence would upset the features
    config["kws_plp"] = kws_plp
    return config


def small_dictionary(source: Path, words: set[str]) -> str:
    """The lines of the wheel's dictionary for ``words`` only (alternative pronunciations too):
    loading all of cmudict would cost memory the recogniser does not need."""
    lines = []
    with source.open(encoding="utf-8") as f:
        for line in f:
            if line.split(" ", 1)[0].split("(", 1)[0] in words:
                lines.append(line)
    missing = words - {line.split(" ", 1)[0].split("(", 1)[0] for line in lines}
    if missing:
        raise ValueError(f"words not in pocketsphinx's dictionary: {sorted(missing)}")
    return "".join(lines + merged_vowel_variants(lines))


def command_said(text: str) -> VoiceCommand | None:
    """The command in the words of a decoded path, with the polite words the grammar allows
    around it ("okay, pause", "stop, please"); None for anything else."""
    words = text.split()
    if words and words[0] in POLITE_BEFORE:
        words.pop(0)
        if words and words[0] in OKAY_TAILS:
            words.pop(0)
    if words and words[-1] in POLITE_AFTER:
        words.pop()
    return command_for(" ".join(words))


def start_after_pause(path: list[tuple[str, int, int]]) -> int | None:
    """The frame from which to decode what follows a pause, when what the person said before
    the pause is no command on its own; None when there is no such pause. The last
    ``PAUSE_KEPT_S`` of the silence is decoded too.

    ``path`` is the decoder's best path as (word, first frame, last frame), silences ("<sil>")
    and fillers included. Only the first long pause counts, and only between two words: a
    command before it ("pause, please") keeps the utterance whole."""
    path = [p for p in path if p[0] not in ("<s>", "</s>", "(NULL)")]
    before: list[str] = []
    for i, (word, first, last) in enumerate(path):
        if word == "<sil>" and before and i < len(path) - 1:
            if (last + 1 - first) / FRAMES_PER_S >= PAUSE_INSIDE_S:
                if command_said(" ".join(before)) is not None:
                    return None
                return max(first, last + 1 - round(PAUSE_KEPT_S * FRAMES_PER_S))
        elif not word.startswith(("<", "[", "+")):
            before.append(word.split("(", 1)[0])
    return None


def decode_whole(decoder: Any, audio: bytes) -> None:
    """One kept utterance through ``decoder``'s active search, start to end."""
    decoder.start_utt()
    decoder.process_raw(audio)
    decoder.end_utt()


def merged_vowel_variants(lines: list[str]) -> list[str]:
    """For each pronunciation with the vowel of "caught" (AO), the same with the vowel of "cot"
    (AA), where the dictionary lacks it.

    Most North Americans say the two alike (the cot-caught merger), and cmudict has only the AO
    form of "pause" and "longer" ("on" has both). Measured on the tuning and dev voices (none
    of the test half): 6 renderings more right in 936, one more of 134 cues taken as a command.
    """
    prons: dict[str, list[str]] = {}
    for line in lines:
        head, pron = line.split(" ", 1)
        prons.setdefault(head.split("(", 1)[0], []).append(pron.strip())
    extra = []
    for word, known in prons.items():
        for pron in list(known):
            phones = pron.split()
            if "AO" not in phones:
                continue
            merged = " ".join("AA" if p == "AO" else p for p in phones)
            if merged not in known:
                known.append(merged)
                extra.append(f"{word}({len(known)}) {merged}\n")
    return extra


@dataclass
class Recogniser:
    """Feed it PCM; it returns the commands it heard. One per process (pocketsphinx is heavy)."""

    tuning: Tuning = field(default_factory=Tuning)

    def __post_init__(self) -> None:
        import pocketsphinx

        with tempfile.TemporaryDirectory(prefix="stretchguide-voice-") as tmp:
            dictionary = write_dictionary(Path(tmp))
            config = decoder_config(dictionary, KWS_PLP)
            config["seed"] = self.tuning.dither_seed
            if self.tuning.cmninit is not None:
                config["cmninit"] = self.tuning.cmninit
            self._decoder = pocketsphinx.Decoder(config)  # reads the dictionary here
            if self._spotting:
                spots = Path(tmp) / "commands.kws"
                spots.write_text(keyphrases(self.tuning.kws_threshold), encoding="utf-8")
                self._decoder.add_kws("spotting", str(spots))  # reads the list here
            #: The forward pass's own answer, from a decoder of its own so that the running
            #: cepstral mean of the first (the person's) is never touched by a second pass.
            self._forward: Any = None
            if self.tuning.viterbi:
                forward_config = decoder_config(dictionary, KWS_PLP)
                forward_config["bestpath"] = False
                forward_config["seed"] = self.tuning.dither_seed
                self._forward = pocketsphinx.Decoder(forward_config)
        commands = grammar(wake=self.tuning.wake)
        for decoder in (self._decoder, self._forward):
            if decoder is not None:
                decoder.add_jsgf_string("commands", commands)
                decoder.activate_search("commands")
        self._endpointer = pocketsphinx.Endpointer(
            window=self.tuning.vad_window_s, vad_mode=self.tuning.vad_mode
        )
        self._frame_bytes: int = self._endpointer.frame_bytes
        self._pending = b""
        self._in_utt = False
        self._utt_start = 0.0
        #: The app is speaking (``hold``); the utterance under way is dropped (``_deaf``).
        self._held = False
        self._deaf = False
        #: The cepstral mean before the utterance under way, put back if it is dropped.
        self._mean_before = ""
        #: The utterance's samples, kept for the second passes (forward, spotting); never
        #: beyond the length a command may have (a longer utterance is no command anyway).
        self._utt_audio = b""
        self._max_utt_bytes = int(SAMPLE_RATE * 2 * self.tuning.max_utterance_s)
        #: Seconds of speech decoded so far (``Tuning.warm_up_s``); what was dropped while
        #: the app spoke does not count.
        self._speech_heard_s = 0.0

    @property
    def _spotting(self) -> bool:
        """Whether the keyword-spotting pass runs (``Tuning.kws``; not with the wake word)."""
        return self.tuning.kws and not self.tuning.wake

    def hold(self, held: bool) -> None:
        """Whether the app is speaking now. While held, nothing is decoded: an utterance under
        way, or one that starts, is dropped whole, even the part of it after the release, and
        the running cepstral mean is left as it was, the person's and not the coach's."""
        if held and self._in_utt and not self._deaf:
            self._decoder.end_utt()
            self._decoder.set_cmn(self._mean_before)
            self._deaf = True
            self._utt_audio = b""
        self._held = held

    def feed(self, pcm: bytes) -> list[Heard]:
        """Take more samples (16-bit mono, 16 kHz); return the commands whose utterance ended."""
        self._pending += pcm
        heard: list[Heard] = []
        frame_bytes = self._frame_bytes
        while len(self._pending) >= frame_bytes:
            frame, self._pending = self._pending[:frame_bytes], self._pending[frame_bytes:]
            result = self._step(self._endpointer.process(frame))
            if result is not None:
                heard.append(result)
        return heard

    def flush(self) -> list[Heard]:
        """The end of the stream: a second of silence ends and decides any utterance left."""
        window_bytes = int(SAMPLE_RATE * 2 * (self.tuning.vad_window_s + 1.0))
        heard = self.feed(bytes(window_bytes))
        self._pending = b""
        if self._in_utt:
            result = self._finish()
            if result is not None:
                heard.append(result)
        return heard

    def _step(self, speech: bytes | None) -> Heard | None:
        endpointer = self._endpointer
        if speech is None:
            if self._in_utt and not endpointer.in_speech:
                return self._finish()
            return None
        if not self._in_utt:
            self._in_utt = True
            self._utt_start = endpointer.speech_start
            self._deaf = self._held
            if not self._deaf:
                self._mean_before = self._decoder.get_cmn(False)
                self._decoder.start_utt()
        if not self._deaf:
            self._decoder.process_raw(speech)
            if len(self._utt_audio) <= self._max_utt_bytes:
                self._utt_audio += speech
        if not endpointer.in_speech:
            return self._finish()
        return None

    def _finish(self) -> Heard | None:
        self._in_utt = False
        if self._deaf:
            self._deaf = False
            log.debug("utterance %.2f s: the app was speaking", self._utt_start)
            return None
        self._decoder.end_utt()
        end = self._endpointer.speech_end
        audio, self._utt_audio = self._utt_audio, b""
        young = self._speech_heard_s < self.tuning.warm_up_s
        self._speech_heard_s += end - self._utt_start
        if end - self._utt_start > self.tuning.max_utterance_s:
            log.debug("utterance %.2f-%.2f s: too long for a command", self._utt_start, end)
            return None
        if young:
            self._decode_again_from_own_mean(audio)
        text, command = self._grammar_answer()
        log.debug("utterance %.2f-%.2f s: %r", self._utt_start, end, text)
        if command is not None and self._forward is not None:
            text, command = self._forward_command(audio, text, command)
        if self.tuning.after_pause and not self.tuning.wake and self._forward is not None:
            alone = self._after_pause(audio)
            if alone is not None:
                text, command = alone
        if self._spotting and (command is None or self.tuning.kws_overrules):
            spotted = self._spot(audio)
            log.debug("spotted %r", spotted)
            if spotted is not None and (surer := command_for(spotted)) is not None:
                text, command = spotted, surer
        if command is None:
            return None
        return Heard(command, text, self._utt_start, end)

    def _decode_again_from_own_mean(self, audio: bytes) -> None:
        """Decode the utterance just ended once more, normalised by the cepstral mean it left.

        A session's first words are decoded against the model's own mean (40,3,-1), which is
        no one's voice; the running mean only follows the person as they speak. Heard first by
        a fresh recogniser, the dev voices' renderings were right 80.9 % of the time against
        about 95 % once the mean has followed the voice. Decoded again from the mean the
        utterance itself left behind (which, as the first, is nearly its own mean: what the
        model was trained with, ``-cmn batch``), 86.2 % (40 renderings won, 7 lost; with
        another dither seed 36 and 10). So until the mean has
        ``Tuning.warm_up_s`` of the person behind it, each utterance is decoded twice and the
        second decoding answers. Nothing is kept beyond the session: the mean is the
        decoder's, as before."""
        decoder = self._decoder
        own_mean = decoder.get_cmn(False)
        decoder.set_cmn(own_mean)
        decode_whole(decoder, audio)
        self._mean_before = own_mean  # the forward pass starts from it too

    def _grammar_answer(self) -> tuple[str, VoiceCommand | None]:
        """What the grammar made of the utterance just ended: its text and command, if any.
        Read before the spotting pass, which replaces the decoder's result and lattice."""
        hyp = self._decoder.hyp()
        text = hyp.hypstr if hyp is not None else ""
        command = self.command_in(text)
        if command is None and self.tuning.nbest:  # a whole phrase just behind a half one?
            text, command = self._best_whole_phrase()
        return text, command

    def _forward_command(
        self, audio: bytes, text: str, command: VoiceCommand
    ) -> tuple[str, VoiceCommand]:
        """Which command the utterance is: the forward pass's best path to a phrase's end.

        The grammar's answer is pocketsphinx's "bestpath": the best path through the word
        lattice the forward pass leaves behind. It is a good judge of WHETHER an utterance is
        a command: when that path stops inside a phrase, the sound fitted none, and that is
        most of the recogniser's rejection. It is a worse judge of WHICH: a grammar's lattice
        keeps approximate link scores. Decoded both ways from the same cepstral mean, the
        tuning and dev voices' utterances named two different commands 36 times in 1,872
        renderings (both orders of the corpus), and the forward pass was right 25 times, the
        lattice 8 ("okay, stop" taken for "okay pause", "pause" for "go on"). So the lattice
        decides whether and the forward pass which; what the lattice rejects stays rejected,
        so nothing becomes a command that was not one before.
        """
        found = self._forward_text(audio)
        log.debug("forward pass %r", found)
        surer = self.command_in(found)
        return (found, surer) if surer is not None else (text, command)

    def _forward_text(self, audio: bytes) -> str:
        """What the second decoder's forward pass makes of ``audio``, decoded from the
        person's cepstral mean as the utterance began."""
        forward = self._forward
        forward.set_cmn(self._mean_before)
        decode_whole(forward, audio)
        hyp = forward.hyp()
        return hyp.hypstr if hyp is not None else ""

    def _best_path(self) -> list[tuple[str, int, int]]:
        """The main decoder's best path for the utterance just decoded, word by word."""
        return [(s.word, s.start_frame, s.end_frame) for s in self._decoder.seg() or []]

    def _after_pause(self, audio: bytes) -> tuple[str, VoiceCommand] | None:
        """The command said after a pause, decoded alone, when the words before the pause are
        no command themselves (``start_after_pause``); None when there is no such pause or
        no command after it.

        "okay, pause" said slowly has a comma's silence in the middle, and pocketsphinx heard
        the drawn-out end of espeak-ng's "okay" as the start of "move": "okay move <sil> on",
        "next" (6 of the 30 renderings the tuning and dev voices missed in a session). After
        the pause the command stands alone, as when a person says it alone, and is heard as
        well. Tuning and dev voices, right of 936: as in a session, three dither seeds, 905 /
        904 / 901 before and 908 / 912 / 908 after, with 47 / 48 / 46 of 134 cues taken for a
        command against 47 each before; as a session's first words, 815 before and 843 after.
        A person's own hesitation ("um... pause") has the same shape. What follows a command
        ("pause, please") is never decoded alone: "please" would be forced into some command.
        """
        cut = start_after_pause(self._best_path())  # the grammar's path: before any spotting
        if cut is None or cut * FRAME_BYTES >= len(audio):
            return None
        found = self._forward_text(audio[cut * FRAME_BYTES :])
        log.debug("after the pause at frame %d: %r", cut, found)
        command = self.command_in(found)
        return (found, command) if command is not None else None

    def _spot(self, audio: bytes) -> str | None:
        """The phrase the keyword spotter is surest of in ``audio`` (one utterance), if any
        scored above its threshold; the grammar is the active search again afterwards."""
        decoder = self._decoder
        decoder.activate_search("spotting")
        try:
            decode_whole(decoder, audio)
            spots = list(decoder.seg() or [])
        finally:
            decoder.activate_search("commands")
        if not spots:
            return None
        return str(max(spots, key=lambda s: s.prob).word).strip()

    def _best_whole_phrase(self) -> tuple[str, VoiceCommand | None]:
        """The best of the decoder's n-best paths that is a whole command, if any.

        When the best path ends inside a phrase ("what" for "what step", "okay" for "okay,
        stop"), a complete phrase is often among the next few (``Tuning.nbest``)."""
        try:
            for hyp in itertools.islice(self._decoder.nbest(), NBEST):
                if hyp is None:  # the lattice has no path at all
                    break
                command = self.command_in(hyp.hypstr)
                if command is not None:
                    return hyp.hypstr, command
        except RuntimeError:  # no lattice for this utterance (too short)
            pass
        return "", None

    def command_in(self, text: str) -> VoiceCommand | None:
        """The command a decoded utterance means; None for a partial path (the decoder never
        reached a phrase's end) or, with ``wake``, a missing wake word."""
        if not self.tuning.wake:
            return command_said(text)
        words = text.split()
        if not words or words[0] != WAKE_WORD:
            return None
        return command_said(" ".join(words[1:]))

"""Spoken commands out of a stream of 16 kHz PCM: pocketsphinx, a small grammar, a way to say no.

Plain Python, no Qt: ``Recogniser.feed(pcm)`` takes raw 16-bit mono samples in any block size
and returns the commands heard so far. It is used by the recogniser process (``voice.worker``)
and directly by the tests and benchmarks, which feed corpus WAVs without any audio device.

How it decides:
1. pocketsphinx's endpointer (voice activity detection) cuts the stream into utterances, so the
   decoder only works while someone speaks and CPU stays low in silence;
2. each utterance is decoded against a JSGF grammar of the command phrases only (a grammar
   with a garbage loop of phones or common words was tried: pocketsphinx's FSG search grew too
   slow to follow live audio, > 10x real time);
3. the rejection path: an utterance is not a command when the decoder ends it without reaching
   the end of a phrase (a partial match: the audio did not fit any command), when it lasts
   longer than ``max_utterance_s`` (a person says "pause"; the coach says sentences), or, in
   the app, when it overlapped the app's own speech (``ui.voice_control``).

Only the pocketsphinx wheel's own en-us model and dictionary are used; nothing is downloaded.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from stretchguide.voice.commands import COMMANDS, VoiceCommand, command_for

log = logging.getLogger("stretchguide.voice")

SAMPLE_RATE = 16_000


@dataclass(frozen=True)
class Tuning:
    """The knobs measured by ``benchmarks/voice_accuracy.py``; the defaults are the chosen ones.

    Attributes:
        decoy_weight: weight of the decoy branch against the commands (higher: more rejected).
        max_utterance_s: an utterance longer than this is never a command.
        vad_mode: pocketsphinx VAD aggressiveness, 0 (loose) to 3.
        vad_window_s: the endpointer's decision window; also the silence that ends an utterance.
    """

    decoy_weight: float = 0.02
    max_utterance_s: float = 3.0
    vad_mode: int = 0
    vad_window_s: float = 0.3


@dataclass(frozen=True)
class Heard:
    """A command heard: when its utterance started and ended, in seconds of stream time."""

    command: VoiceCommand
    text: str
    start_s: float
    end_s: float


#: Words a person may put around a command ("okay, pause", "skip, please").
POLITE_BEFORE: tuple[str, ...] = ("okay", "now", "please", "coach")
POLITE_AFTER: tuple[str, ...] = ("please", "now")
#: Decoys: common English words that are no command. An utterance that sounds more like one of
#: them than like any command is rejected. A one- or two-word choice keeps the search
#: as cheap as the commands themselves (a free loop of words was > 10x slower than real time).
_DECOY_WORDS = """
    a the to and in of it is you that he was for on are with as his they be at one have this
    from or had by hot word but what some we can out other were all there when up use your how
    said an each she which do their time if will way about many then them write would like so
    these her long make thing see him two has look more day could come did number sound no most
    people my over know water than call first who may down side been now find yes well right
    left hold breathe knee chest hip slowly gently feel keep here just very three four five six
    seven eight nine ten let's easy nice walk arms sit stand lie round tuck chin soften
"""
DECOYS: tuple[str, ...] = tuple(_DECOY_WORDS.split())


def grammar(decoy_weight: float, commands: tuple[VoiceCommand, ...] = COMMANDS) -> str:
    """The JSGF grammar: a command, perhaps with a polite word around it, or a decoy word."""
    phrases = " | ".join(p for c in commands for p in c.phrases)
    words = {w for c in commands for p in c.phrases for w in p.split()}
    decoys = " | ".join(d for d in DECOYS if d not in words)
    return (
        "#JSGF V1.0;\ngrammar commands;\n"
        f"public <utterance> = /1/ [<before>] <command> [<after>] | /{decoy_weight}/ <decoy>;\n"
        f"<command> = {phrases};\n"
        f"<before> = {' | '.join(POLITE_BEFORE)};\n"
        f"<after> = {' | '.join(POLITE_AFTER)};\n"
        f"<decoy> = {decoys};\n"
    )


@dataclass
class Recogniser:
    """Feed it PCM; it returns the commands it heard. One per process (pocketsphinx is heavy)."""

    tuning: Tuning = field(default_factory=Tuning)

    def __post_init__(self) -> None:
        import pocketsphinx

        config = pocketsphinx.Config()
        config["hmm"] = pocketsphinx.get_model_path("en-us/en-us")
        config["dict"] = pocketsphinx.get_model_path("en-us/cmudict-en-us.dict")
        config["lm"] = None
        config["loglevel"] = "FATAL"
        config["dither"] = True  # exact digital silence would upset the features
        self._decoder = pocketsphinx.Decoder(config)
        self._decoder.add_jsgf_string("commands", grammar(self.tuning.decoy_weight))
        self._decoder.activate_search("commands")
        self._endpointer = pocketsphinx.Endpointer(
            window=self.tuning.vad_window_s, vad_mode=self.tuning.vad_mode
        )
        self._frame_bytes: int = self._endpointer.frame_bytes
        self._pending = b""
        self._in_utt = False
        self._utt_start = 0.0

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

    def _step(self, speech: bytes | None, final: bool = False) -> Heard | None:
        endpointer = self._endpointer
        if speech is None:
            if self._in_utt and not endpointer.in_speech:
                return self._finish()
            return None
        if not self._in_utt:
            self._in_utt = True
            self._utt_start = endpointer.speech_start
            self._decoder.start_utt()
        self._decoder.process_raw(speech)
        if not endpointer.in_speech and not final:
            return self._finish()
        return None

    def _finish(self) -> Heard | None:
        self._in_utt = False
        self._decoder.end_utt()
        end = self._endpointer.speech_end
        hyp = self._decoder.hyp()
        text = hyp.hypstr if hyp is not None else ""
        words = text.split()
        while words and words[0] in POLITE_BEFORE:
            words.pop(0)
        while words and words[-1] in POLITE_AFTER:
            words.pop()
        phrase = " ".join(words)
        log.debug("utterance %.2f-%.2f s: %r", self._utt_start, end, text)
        if not phrase or end - self._utt_start > self.tuning.max_utterance_s:
            return None
        command = command_for(phrase)
        if command is None:
            return None
        return Heard(command, phrase, self._utt_start, end)

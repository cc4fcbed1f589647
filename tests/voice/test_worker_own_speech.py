"""The recogniser process is told when the app speaks, and decodes nothing then."""

from __future__ import annotations

import io
import json

import pytest

from stretchguide.core.clock import FakeClock
from stretchguide.voice import corpus
from stretchguide.voice.recogniser import OWN_SPEECH_TAIL_S, Recogniser
from stretchguide.voice.worker import OwnSpeech, listen


def test_speaking_holds_until_a_tail_after_quiet() -> None:
    clock = FakeClock()
    own = OwnSpeech(now=clock.now)
    assert not own.holding()
    own.told("speaking\n")
    clock.advance(30)
    assert own.holding()
    own.told("quiet\n")
    clock.advance(OWN_SPEECH_TAIL_S - 0.05)
    assert own.holding()  # the echo and the audio server's buffers
    clock.advance(0.1)
    assert not own.holding()


def test_other_lines_change_nothing() -> None:
    own = OwnSpeech(now=FakeClock().now)
    own.read(["hello\n", "\n", "SPEAKING\n"])
    assert not own.holding()
    own.read(["speaking\n", "what\n"])
    assert own.holding()


@pytest.mark.skipif(bool(corpus.tools_missing()), reason="needs espeak-ng and sox")
def test_a_word_said_while_the_app_speaks_is_not_reported(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """The same "stop" from the microphone: reported when the app is quiet, not while it
    speaks."""
    stop = corpus.read_pcm(corpus.render("stop", "en-us", 140)) + bytes(corpus.SAMPLE_RATE * 2)
    own = OwnSpeech(now=FakeClock().now)
    own.told("speaking")
    listen(io.BytesIO(stop), Recogniser(), own)
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert lines == [{"ready": True}]
    listen(io.BytesIO(stop), Recogniser(), OwnSpeech(now=FakeClock().now))
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [line.get("heard") for line in lines] == [None, "stop"]

"""The natural voice: every built-in cue rendered well, and every fault ends in the system voice.

The render test runs hibari in this process (no GUI here); ``test_gui_process_never_loads_*``
runs the real app-side speaker in a fresh interpreter, because this one may have imported
onnxruntime by then. Fault tests use the real worker processes with injected engines
(``speech_fault_engines``) and a tone engine standing in for eSpeak NG.
"""

from __future__ import annotations

import math
import os
import signal
import subprocess
import sys
import textwrap
import wave
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from speech_helpers import FakePlayer

from stretchguide.core.assets import assets_dir, builtin_routines_dir
from stretchguide.core.catalog_loader import load_catalog
from stretchguide.core.loader import load_library
from stretchguide.core.settings import ENGINE_SYSTEM, SpeechSettings
from stretchguide.core.timeline import compile_timeline
from stretchguide.speech import notices
from stretchguide.speech.natural_speaker import NaturalSpeaker

TONE = "speech_fault_engines:ToneEngine"
SLOW = "speech_fault_engines:SlowToneEngine"
START = 30_000  # ms for a spawned worker (onnxruntime + model) on a busy 2-core CI machine


def builtin_cues() -> list[str]:
    catalog = load_catalog(assets_dir())
    library = load_library(catalog, builtin_routines_dir())
    texts: dict[str, None] = {catalog.cues.get_ready: None}
    for routine in library.routines:
        for text in compile_timeline(routine, catalog).texts():
            texts[text.strip()] = None
    return [t for t in texts if t]


def samples_of(path: Path) -> tuple[list[int], int]:
    import array

    with wave.open(str(path), "rb") as wav:
        assert (wav.getnchannels(), wav.getsampwidth()) == (1, 2)
        data = array.array("h", wav.readframes(wav.getnframes()))
        return list(data), wav.getframerate()


def rms(values: list[int]) -> float:
    return math.sqrt(sum(v * v for v in values) / len(values)) / 32768 if values else 0.0


@pytest.mark.natural_voice
def test_every_builtin_cue_renders_audible_complete_and_of_plausible_length(
    tmp_path: Path,
) -> None:
    pytest.importorskip("hibari")
    from stretchguide.speech.neural_engine import HibariEngine

    engine = HibariEngine()
    cues = builtin_cues()
    assert len(cues) > 20
    problems: list[str] = []
    for i, text in enumerate(cues):
        path = tmp_path / f"{i}.wav"
        engine.render(text, path, "heart", 160, 1.0)
        samples, rate = samples_of(path)
        seconds = len(samples) / rate
        words = len(text.split())
        level = rms(samples)
        # espeak-ng speaks these at 0.093-0.10 RMS; the natural voice is normalised to it.
        if level < 0.04:
            problems.append(f"{text!r}: too quiet or silent (RMS {level:.3f})")
        if not 0.12 * words + 0.15 <= seconds <= 0.75 * words + 1.2:
            problems.append(f"{text!r}: {seconds:.2f} s is implausible for {words} words")
        if max(abs(v) for v in samples) >= 32767:
            problems.append(f"{text!r}: clipped (full-scale samples)")
        # The speech starts and ends inside the file: the edges are (near) silent.
        head, tail = samples[: rate // 100], samples[-rate // 50 :]
        if rms(head) > 0.02 or rms(tail) > 0.005:
            problems.append(f"{text!r}: cut off (edges at RMS {rms(head):.3f}/{rms(tail):.3f})")
    assert not problems, "\n".join(problems)


@pytest.mark.natural_voice
def test_gui_process_never_loads_onnxruntime(tmp_path: Path) -> None:
    """A whole prepare + say with the natural voice, and the app process has no onnxruntime."""
    pytest.importorskip("hibari")
    script = textwrap.dedent(
        f"""
        import sys
        sys.path.insert(0, {str(Path(__file__).parent)!r})
        from PySide6.QtCore import QCoreApplication, QTimer
        from speech_helpers import FakePlayer
        from stretchguide.speech.natural_speaker import NaturalSpeaker

        def main():
            app = QCoreApplication([])
            player = FakePlayer()
            speaker = NaturalSpeaker(
                cache_dir={str(tmp_path)!r}, player_factory=lambda: player, probe_audio=False
            )
            speaker.durations_ready.connect(app.quit)
            speaker.prepare(["Lie on your back.", "Hold it there."])
            QTimer.singleShot(60000, app.quit)
            app.exec()
            speaker.say("Lie on your back.")
            natural = speaker.natural_lane is not None and speaker.natural_lane.worker_pid
            print("natural", bool(natural), "played", len(player.played))
            print("loaded", "onnxruntime" in sys.modules, "hibari" in sys.modules)
            speaker.shutdown()

        if __name__ == "__main__":
            main()
        """
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120, env=env
    )
    assert "natural True played 1" in out.stdout, out.stdout + out.stderr
    assert "loaded False False" in out.stdout, out.stdout + out.stderr


# -- faults --------------------------------------------------------------------------------------


@pytest.fixture
def make_speaker(
    qtbot, cache_dir: Path
) -> Iterator[Callable[..., tuple[NaturalSpeaker, list[str], list[FakePlayer]]]]:
    made: list[NaturalSpeaker] = []

    def make(natural: str, **kwargs: object) -> tuple[NaturalSpeaker, list[str], list[FakePlayer]]:
        players: list[FakePlayer] = []

        def player() -> FakePlayer:
            players.append(FakePlayer())
            return players[-1]

        speaker = NaturalSpeaker(
            cache_dir=cache_dir,
            natural_engine=natural,
            system_engine=TONE,
            player_factory=player,
            probe_audio=False,
            **kwargs,  # type: ignore[arg-type]
        )
        said: list[str] = []
        speaker.notice.connect(said.append)
        made.append(speaker)
        return speaker, said, players

    yield make
    for speaker in made:
        speaker.shutdown()


def played(players: list[FakePlayer]) -> list[Path]:
    return [path for p in players for path in p.played]


@pytest.mark.parametrize(
    "engine",
    [
        "speech_fault_engines:natural_model_missing",
        "speech_fault_engines:natural_model_corrupt",
        "speech_fault_engines:natural_without_onnxruntime",
    ],
    ids=["model-missing", "model-corrupt", "no-onnxruntime"],
)
def test_natural_voice_that_cannot_load_falls_back_with_a_notice(
    qtbot, make_speaker, engine: str
) -> None:
    pytest.importorskip("hibari")
    speaker, said, players = make_speaker(f"{engine}")
    speaker.prepare(["Lie on your back."])
    qtbot.waitUntil(lambda: not speaker.natural_active, timeout=START)
    assert any(text.startswith("The natural voice could not load") for text in said), said
    qtbot.waitUntil(lambda: speaker.cached_path("Lie on your back.") is not None, timeout=START)
    speaker.say("Lie on your back.")
    assert played(players), "the system voice speaks the cue: the session goes on"
    assert speaker.available


def test_a_cue_not_rendered_yet_is_spoken_by_the_system_voice_at_once(qtbot, make_speaker) -> None:
    speaker, said, players = make_speaker(SLOW)
    lane = speaker.system_lane
    qtbot.waitUntil(lambda: lane.worker_pid is not None and not lane.pending_renders, timeout=START)
    speaker.say("Hold it there.")
    qtbot.waitUntil(lambda: bool(played(players)), timeout=START)
    [path] = played(players)
    assert path == lane.cached_path("Hold it there.")
    # ...and the natural rendering follows, for the next time.
    natural = speaker.natural_lane
    assert natural is not None
    qtbot.waitUntil(lambda: natural.cached_path("Hold it there.") is not None, timeout=START)
    speaker.say("Hold it there.")
    assert played(players)[-1] == natural.cached_path("Hold it there.")
    assert not said


def test_natural_worker_killed_mid_render_restarts_and_the_session_goes_on(
    qtbot, make_speaker
) -> None:
    speaker, said, players = make_speaker(SLOW)
    natural = speaker.natural_lane
    assert natural is not None
    cues = [f"Cue number {n}." for n in range(6)]
    speaker.prepare(cues)
    qtbot.waitUntil(
        lambda: natural.worker_pid is not None and natural.pending_renders < 6, timeout=START
    )
    pid = natural.worker_pid
    assert pid is not None
    os.kill(pid, signal.SIGKILL)
    speaker.say("Ease out slowly.")  # not rendered by the natural voice: the system voice says it
    qtbot.waitUntil(lambda: bool(played(players)), timeout=START)
    qtbot.waitUntil(lambda: any("stopped unexpectedly" in t for t in said), timeout=START)
    with qtbot.waitSignal(speaker.durations_ready, timeout=START):
        pass
    assert all(natural.cached_path(c) is not None for c in cues)
    assert speaker.natural_active


def test_choosing_the_system_voice_stops_the_natural_worker(qtbot, make_speaker) -> None:
    speaker, _said, players = make_speaker(TONE)
    natural = speaker.natural_lane
    assert natural is not None
    qtbot.waitUntil(lambda: natural.worker_pid is not None, timeout=START)
    pid = natural.worker_pid
    speaker.apply(SpeechSettings(engine=ENGINE_SYSTEM))
    assert not speaker.natural_active
    speaker.prepare(["Breathe in."])
    qtbot.waitUntil(
        lambda: speaker.system_lane.cached_path("Breathe in.") is not None, timeout=START
    )
    speaker.say("Breathe in.")
    assert played(players)[-1] == speaker.system_lane.cached_path("Breathe in.")
    assert pid not in speaker.worker_pids()


def test_an_idle_worker_exits_and_holds_nothing(qtbot, make_speaker) -> None:
    speaker, said, players = make_speaker(TONE, idle_exit_s=0.3)
    speaker.prepare(["Hold it there."])
    with qtbot.waitSignal(speaker.durations_ready, timeout=START):
        pass
    qtbot.waitUntil(lambda: speaker.worker_pids() == [], timeout=START)
    speaker.say("Hold it there.")  # cached: plays without a worker
    assert played(players)
    assert notices.natural_voice_unavailable("x") not in said


def test_timing_uses_the_natural_renderings_real_length(qtbot, make_speaker) -> None:
    """The timeline asks ``utterance_seconds``: once rendered, it is the file's exact length."""
    from speech_fault_engines import tone_seconds

    speaker, _said, _players = make_speaker(TONE)
    text = "Cross one ankle over the opposite knee."
    estimate = speaker.utterance_seconds(text)
    with qtbot.waitSignal(speaker.durations_ready, timeout=START):
        speaker.prepare([text])
    assert speaker.utterance_seconds(text) == pytest.approx(tone_seconds(text), abs=1e-3)
    assert speaker.utterance_seconds(text) != pytest.approx(estimate, abs=0.05)

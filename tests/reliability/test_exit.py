"""Quitting takes under 2 s whatever is going on: speech playing, an engine hung, a save stuck.

* (a) The real app (``python -m stretchguide play desk-break``, speech on) gets SIGTERM while it
  speaks: it quits like the Quit action (exit code 0, the window's state saved) within 2 s, and
  every process it started (the speech worker, the players) is gone by then.
* (b) A speaker whose engine hangs, in the middle of a render or while starting, shuts down in
  under 2 s and its worker process is gone.
* (c) A history write that never finishes: ``HistoryService.close`` gives up in time, closing the
  window returns in time, and the process then exits in time.

Waiting is bounded everywhere: ``qtbot.waitUntil`` with timeouts, subprocess timeouts.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import textwrap
import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from stretchguide.storage.history import History
from stretchguide.storage.history_records import HistoryEntry
from stretchguide.storage.history_service import HistoryService
from stretchguide.storage.resume import ResumeStore
from stretchguide.storage.session_keeper import SessionKeeper
from tests.ui.conftest import make_app

SPEECH_TESTS = str(Path(__file__).parents[1] / "speech")
if SPEECH_TESTS not in sys.path:  # the spawned worker imports the fault engines by name
    sys.path.insert(0, SPEECH_TESTS)

from speech_helpers import FakePlayer, pid_alive  # noqa: E402

from stretchguide.speech.pyttsx3_speaker import Pyttsx3Speaker  # noqa: E402

QUIT_S = 2.0
START_MS = 30_000  # a spawned worker and the real engine on a slow CI machine
NOW = datetime(2026, 11, 26, 8, 30, tzinfo=UTC)


# ---- processes ---------------------------------------------------------------------------------
def parents() -> dict[int, int]:
    """``pid -> ppid`` of every process, from /proc."""
    out: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as f:
                out[int(entry)] = int(f.read().rsplit(")", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):
            continue
    return out


def descendants(pid: int) -> set[int]:
    tree = parents()
    found: set[int] = set()
    frontier = {pid}
    while frontier:
        frontier = {child for child, parent in tree.items() if parent in frontier} - found
        found |= frontier
    return {p for p in found if pid_alive(p)}


def cmdline(pid: int) -> str:
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as f:
            return f.read().replace(b"\0", b" ").decode("utf-8", "replace").strip()
    except OSError:
        return "(gone)"


def _espeak_problem() -> str | None:
    try:
        import pyttsx3.drivers._espeak  # noqa: F401  (loads libespeak-ng with ctypes)
    except Exception as exc:
        return f"pyttsx3 cannot load eSpeak NG ({exc}); apt-get install libespeak-ng1 espeak-ng"
    if not (shutil.which("paplay") or shutil.which("aplay")):
        return "no audio player (apt-get install pulseaudio-utils or alsa-utils)"
    return None


def app_env(home: Path) -> dict[str, str]:
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen", "STRETCHGUIDE_HOME": str(home)}


@pytest.fixture
def processes() -> Iterator[list[subprocess.Popen[bytes]]]:
    """Processes a test starts; killed at the end if a test failed half-way."""
    started: list[subprocess.Popen[bytes]] = []
    yield started
    for proc in started:
        if proc.poll() is None:
            proc.kill()
            proc.wait(timeout=10)


# ---- (a) SIGTERM while speaking --------------------------------------------------------------
@pytest.mark.real_speech
@pytest.mark.skipif(_espeak_problem() is not None, reason=str(_espeak_problem()))
def test_sigterm_while_speaking_quits_cleanly_within_2_s(
    qtbot: QtBot, tmp_path: Path, processes: list[subprocess.Popen[bytes]]
) -> None:
    home = tmp_path / "home"
    speech_cache = home / "cache" / "speech"
    with (tmp_path / "stderr.txt").open("wb") as err:
        proc = subprocess.Popen(
            [sys.executable, "-m", "stretchguide", "play", "desk-break"],
            env=app_env(home),
            stdout=subprocess.DEVNULL,
            stderr=err,
        )
    processes.append(proc)
    seen: set[int] = set()

    def speaking() -> bool:
        assert proc.poll() is None, (tmp_path / "stderr.txt").read_text()
        seen.update(descendants(proc.pid))
        rendered = [p for p in speech_cache.glob("*.wav") if p.name != "probe-silence.wav"]
        return bool(rendered) and bool(seen)

    qtbot.waitUntil(speaking, timeout=START_MS)  # the window is up and cues are rendered
    seen.update(descendants(proc.pid))
    assert any("multiprocessing" in cmdline(p) for p in seen), "no speech worker was started"

    sent = time.monotonic()
    proc.send_signal(signal.SIGTERM)
    try:
        code = proc.wait(timeout=QUIT_S + 3)
    except subprocess.TimeoutExpired:
        pytest.fail("the app did not exit within 5 s of SIGTERM")
    exited = time.monotonic() - sent
    qtbot.waitUntil(
        lambda: not [p for p in seen if pid_alive(p)],
        timeout=max(1, int((QUIT_S - (time.monotonic() - sent)) * 1000)),
    )
    stderr = (tmp_path / "stderr.txt").read_text("utf-8", "replace")
    assert exited < QUIT_S, f"exit took {exited:.2f} s"
    assert "Traceback" not in stderr, stderr
    assert code == 0, f"exit code {code}: killed by the signal instead of quitting"
    assert (home / "config" / "window.ini").exists(), "the window was not closed normally"


def catches_sigterm(pid: int) -> bool:
    """Whether process ``pid`` has a handler for SIGTERM (its SigCgt mask in /proc)."""
    with open(f"/proc/{pid}/status") as status:
        mask = next(int(line.split()[1], 16) for line in status if line.startswith("SigCgt:"))
    return bool(mask & (1 << (signal.SIGTERM - 1)))


def test_sigterm_on_the_library_quits_like_quit(
    qtbot: QtBot, tmp_path: Path, processes: list[subprocess.Popen[bytes]]
) -> None:
    """The plain launch installs its signal handlers right after the first frame (nothing can
    be lost before it): from then on SIGTERM closes the window normally and exits with 0."""
    home = tmp_path / "home"
    with (tmp_path / "stderr.txt").open("wb") as err:
        proc = subprocess.Popen(
            [sys.executable, "-m", "stretchguide"],
            env=app_env(home),
            stdout=subprocess.DEVNULL,
            stderr=err,
        )
    processes.append(proc)
    qtbot.waitUntil(lambda: proc.poll() is None and catches_sigterm(proc.pid), timeout=START_MS)
    proc.send_signal(signal.SIGTERM)
    try:
        code = proc.wait(timeout=QUIT_S + 3)
    except subprocess.TimeoutExpired:
        pytest.fail("the app did not exit within 5 s of SIGTERM")
    stderr = (tmp_path / "stderr.txt").read_text("utf-8", "replace")
    assert "Traceback" not in stderr, stderr
    assert code == 0, f"exit code {code}: killed by the signal instead of quitting"
    assert (home / "config" / "window.ini").exists(), "the window was not closed normally"


# ---- (b) a hung engine ------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("engine", "text"),
    [
        ("speech_fault_engines:ToneEngine", "hang in the middle of a render"),
        ("speech_fault_engines:HangingInit", "Lie on your back."),
    ],
    ids=["hangs-rendering", "hangs-starting"],
)
def test_shutdown_with_a_hung_engine_is_quick_and_kills_the_worker(
    qtbot: QtBot, tmp_path: Path, engine: str, text: str
) -> None:
    speaker = Pyttsx3Speaker(
        cache_dir=tmp_path / "speech",
        engine=engine,
        player=FakePlayer(),
        probe_audio=False,
        render_timeout_s=60,
        start_timeout_s=60,
    )
    try:
        pid = speaker.worker_pid
        assert pid is not None
        if engine.endswith("ToneEngine"):
            qtbot.waitSignal(speaker.voices_changed, timeout=START_MS).wait()
            speaker.say(text)
            qtbot.waitUntil(lambda: speaker._inflight is not None, timeout=5000)
        else:
            speaker.say(text)
            qtbot.waitUntil(lambda: pid_alive(pid) and speaker.pending_renders == 1, timeout=5000)
        assert pid_alive(pid)
        start = time.monotonic()
        speaker.shutdown()
        returned = time.monotonic() - start
        qtbot.waitUntil(lambda: not pid_alive(pid), timeout=int(QUIT_S * 1000))
        gone = time.monotonic() - start
    finally:
        speaker.shutdown()
    assert returned < QUIT_S, f"shutdown() took {returned:.2f} s"
    assert gone < QUIT_S, f"the worker outlived shutdown() by {gone:.2f} s"
    assert speaker.worker_pid is None


# ---- (c) a history write that never finishes ----------------------------------------------------
class StuckHistory(History):
    """A history whose writes wait for ``gate`` (a hung disk, a database locked elsewhere)."""

    gate = threading.Event()

    def record(self, entry: HistoryEntry) -> int:
        self.gate.wait()
        return super().record(entry)


@pytest.fixture
def stuck_history(monkeypatch: pytest.MonkeyPatch) -> Iterator[type[StuckHistory]]:
    monkeypatch.setattr("stretchguide.storage.history_service.History", StuckHistory)
    StuckHistory.gate = threading.Event()
    before = set(threading.enumerate())
    yield StuckHistory
    StuckHistory.gate.set()  # let the worker thread finish, so it does not outlive the test
    for thread in set(threading.enumerate()) - before:
        thread.join(timeout=5)


def an_entry() -> HistoryEntry:
    return HistoryEntry("desk-break", "Desk break", NOW, 12.0, "stopped")


def test_history_close_gives_up_on_a_stuck_write_in_time(
    tmp_path: Path, stuck_history: type[StuckHistory]
) -> None:
    service = HistoryService(tmp_path / "history.sqlite3")
    service.record(an_entry())
    start = time.monotonic()
    ok = service.close(timeout_s=1.5)
    took = time.monotonic() - start
    assert ok is False, "a write that never finished was reported as written"
    assert took < QUIT_S, f"close() took {took:.2f} s"


def test_closing_the_window_during_a_stuck_save_returns_in_time(
    qtbot: QtBot, tmp_path: Path, stuck_history: type[StuckHistory]
) -> None:
    keeper = SessionKeeper(
        HistoryService(tmp_path / "history.sqlite3"),
        ResumeStore(tmp_path / "resume.json"),
        now=lambda: NOW,
    )
    app = make_app(qtbot, tmp_path, keeper=keeper)
    app.start("desk-break")
    app.run_for(20)
    start = time.monotonic()
    app.window.close()  # records the interrupted session: that write never finishes
    took = time.monotonic() - start
    assert took < QUIT_S, f"closing the window took {took:.2f} s"
    assert ResumeStore(tmp_path / "resume.json").load() is not None, "the resume point was lost"


QUIT_DURING_SAVE = """
import sys, threading, time
from pathlib import Path

from stretchguide.storage import history_service
from stretchguide.storage.history import History


class StuckHistory(History):
    def record(self, entry):
        threading.Event().wait()  # a write that never finishes


if __name__ == "__main__":
    history_service.History = StuckHistory
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from stretchguide.storage.library_loader import load_catalog_and_library
    from stretchguide.storage.paths import AppPaths
    from stretchguide.ui.app import build_window

    catalog, library = load_catalog_and_library()
    app = QApplication(sys.argv[:1])
    window = build_window(app, AppPaths.resolve(), catalog, library, speech=False)
    window.show()
    window.start_routine("desk-break", count_in_s=0)
    QTimer.singleShot(300, app.quit)
    app.exec()
    Path(sys.argv[1]).write_text(repr(time.monotonic()))
    window.close()  # as run_app does after the event loop
    Path(sys.argv[2]).write_text(repr(time.monotonic()))
"""


def test_the_app_exits_in_time_during_a_stuck_save(
    qtbot: QtBot, tmp_path: Path, processes: list[subprocess.Popen[bytes]]
) -> None:
    script = tmp_path / "quit_during_save.py"
    script.write_text(textwrap.dedent(QUIT_DURING_SAVE))
    quitting, closed = tmp_path / "quitting", tmp_path / "closed"
    with (tmp_path / "stderr.txt").open("wb") as err:
        proc = subprocess.Popen(
            [sys.executable, str(script), str(quitting), str(closed)],
            env=app_env(tmp_path / "home"),
            stdout=subprocess.DEVNULL,
            stderr=err,
        )
    processes.append(proc)
    qtbot.waitUntil(quitting.exists, timeout=START_MS)
    try:
        code = proc.wait(timeout=QUIT_S + 2)
    except subprocess.TimeoutExpired:
        pytest.fail("the process was still running 4 s after its event loop ended")
    exited = time.monotonic()
    stderr = (tmp_path / "stderr.txt").read_text("utf-8", "replace")
    assert code == 0, stderr
    assert closed.exists(), stderr
    took = exited - float(quitting.read_text())
    assert took < QUIT_S, f"exit took {took:.2f} s after the event loop ended"

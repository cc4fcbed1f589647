"""Plays rendered cue files so that starting and stopping are instant and never block.

Why not QtMultimedia: PySide6-Essentials (our dependency) does not ship ``QtMultimedia``; it lives
in the 100 MB PySide6-Addons wheel. A player *process* gives the same guarantees for a few KB:
``Popen`` returns in a few ms, and killing the process group (SIGKILL) silences it at once
(measured on a PulseAudio null sink: stream created ~8 ms after the call, removed ~2 ms after the
kill). The GUI thread only ever calls ``Popen``, ``os.killpg`` and ``poll()``; it never waits.

Which program: ``paplay`` when a PulseAudio or PipeWire-Pulse server is running (the desktop
norm), else ``aplay`` (ALSA; Debian ``alsa-utils``, which pyttsx3's espeak driver needs anyway),
``afplay`` on macOS, and ``winsound`` (async) on Windows.
"""

from __future__ import annotations

import atexit
import contextlib
import importlib
import os
import shutil
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol


@dataclass(frozen=True)
class Ended:
    """The current sound ended by itself: ``ok`` False means the player failed (``detail``)."""

    ok: bool
    detail: str = ""


class Player(Protocol):
    name: str

    def play(self, path: Path, seconds: float) -> str | None:
        """Start playing ``path`` (stopping any current sound); return an error text or None."""
        ...

    def stop(self) -> bool:
        """Silence the current sound at once; True if one was playing."""
        ...

    def poll(self) -> Ended | None:
        """If the current sound has ended by itself, say how (once); never waits."""
        ...

    @property
    def busy(self) -> bool:
        """True while something plays or a stopped player still needs reaping."""
        ...

    def close(self) -> None: ...


def default_player() -> Player | None:
    """The best player for this machine, or None if none is installed."""
    if sys.platform == "win32":
        return WinsoundPlayer()
    if sys.platform == "darwin":
        afplay = shutil.which("afplay")
        return ProcessPlayer([afplay]) if afplay else None
    paplay, aplay = shutil.which("paplay"), shutil.which("aplay")
    if paplay and pulse_server_running():
        return ProcessPlayer([paplay, "--client-name=StretchGuide", "--stream-name=Coach"])
    if aplay:
        return ProcessPlayer([aplay, "-q"])
    if paplay:
        return ProcessPlayer([paplay, "--client-name=StretchGuide", "--stream-name=Coach"])
    return None


def pulse_server_running() -> bool:
    """A cheap check (no round trip) for a PulseAudio-compatible server socket."""
    if os.environ.get("PULSE_SERVER"):
        return True
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    return bool(runtime) and Path(runtime or "", "pulse", "native").exists()


_playing: set[int] = set()  # process groups still sounding, silenced at exit


@atexit.register
def _silence_at_exit() -> None:
    """The players run in their own sessions, so they would outlive an app that exits (or
    forgets ``shutdown()``) and keep talking; kill them on the way out."""
    for pgid in list(_playing):
        with contextlib.suppress(OSError):
            os.killpg(pgid, signal.SIGKILL)
    _playing.clear()


class ProcessPlayer:
    """Plays each file with ``command + [path]`` in its own process group."""

    def __init__(self, command: list[str]) -> None:
        self.command = list(command)
        self.name = Path(command[0]).name
        self._current: subprocess.Popen[bytes] | None = None
        self._dying: list[subprocess.Popen[bytes]] = []

    def play(self, path: Path, seconds: float) -> str | None:
        self.stop()
        try:
            self._current = subprocess.Popen(
                [*self.command, str(path)],
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
                start_new_session=True,
            )
        except OSError as exc:
            return f"{self.name}: {exc}"
        _playing.add(self._current.pid)
        if self._current.stderr is not None:
            os.set_blocking(self._current.stderr.fileno(), False)
        return None

    def stop(self) -> bool:
        proc, self._current = self._current, None
        if proc is None:
            return False
        _playing.discard(proc.pid)
        with contextlib.suppress(OSError):
            if hasattr(os, "killpg"):
                os.killpg(proc.pid, signal.SIGKILL)
            else:  # pragma: no cover - not POSIX
                proc.kill()
        self._dying.append(proc)
        self._reap()
        return True

    def poll(self) -> Ended | None:
        self._reap()
        proc = self._current
        if proc is None or proc.poll() is None:
            return None
        self._current = None
        _playing.discard(proc.pid)
        detail = _read_stderr(proc)
        if proc.returncode == 0:
            return Ended(True)
        return Ended(False, f"{self.name} exited with {proc.returncode}: {detail}".strip(": "))

    @property
    def busy(self) -> bool:
        self._reap()
        return self._current is not None or bool(self._dying)

    def close(self) -> None:
        self.stop()
        deadline = time.monotonic() + 0.05
        while self._dying and time.monotonic() < deadline:
            self._reap()
            if self._dying:
                time.sleep(0.002)

    def _reap(self) -> None:
        alive = []
        for proc in self._dying:
            if proc.poll() is None:
                alive.append(proc)
            elif proc.stderr is not None:
                proc.stderr.close()
        self._dying = alive


def _read_stderr(proc: subprocess.Popen[bytes]) -> str:
    if proc.stderr is None:
        return ""
    try:
        data = proc.stderr.read() or b""
    except OSError:
        data = b""
    finally:
        proc.stderr.close()
    lines = [line.strip() for line in data.decode("utf-8", "replace").splitlines() if line.strip()]
    return lines[-1] if lines else ""


class WinsoundPlayer:  # pragma: no cover - Windows only
    """Windows: ``winsound.PlaySound`` with SND_ASYNC starts at once; ``PlaySound(None)`` stops.

    winsound tells nothing when a sound ends, so the end is the known length of the file.
    """

    name = "winsound"

    def __init__(self) -> None:
        self._ends_at: float | None = None

    def play(self, path: Path, seconds: float) -> str | None:
        winsound: Any = importlib.import_module("winsound")

        try:
            winsound.PlaySound(
                str(path), winsound.SND_FILENAME | winsound.SND_ASYNC | winsound.SND_NODEFAULT
            )
        except RuntimeError as exc:
            return f"winsound: {exc}"
        self._ends_at = time.monotonic() + max(0.0, seconds)
        return None

    def stop(self) -> bool:
        winsound: Any = importlib.import_module("winsound")

        was = self._ends_at is not None
        self._ends_at = None
        winsound.PlaySound(None, 0)
        return was

    def poll(self) -> Ended | None:
        if self._ends_at is not None and time.monotonic() >= self._ends_at:
            self._ends_at = None
            return Ended(True)
        return None

    @property
    def busy(self) -> bool:
        return self._ends_at is not None

    def close(self) -> None:
        self.stop()

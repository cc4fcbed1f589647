"""Test doubles shared by the speech tests (imported by name: this folder is on sys.path)."""

from __future__ import annotations

from pathlib import Path

from stretchguide.speech.player import Ended


class FakePlayer:
    """Records what would be played; a test ends a sound with ``end()``. Never makes noise."""

    name = "fake"

    def __init__(self) -> None:
        self.played: list[Path] = []
        self.stops = 0
        self._current: Path | None = None
        self._ended: Ended | None = None

    def play(self, path: Path, seconds: float) -> str | None:
        self.stop()
        self.played.append(Path(path))
        self._current = Path(path)
        return None

    def stop(self) -> bool:
        was, self._current = self._current is not None, None
        if was:
            self.stops += 1
        return was

    def poll(self) -> Ended | None:
        ended, self._ended = self._ended, None
        return ended

    def end(self, ok: bool = True, detail: str = "") -> None:
        self._current = None
        self._ended = Ended(ok, detail)

    @property
    def playing(self) -> Path | None:
        return self._current

    @property
    def busy(self) -> bool:
        return self._current is not None or self._ended is not None

    def close(self) -> None:
        self.stop()


def pid_alive(pid: int) -> bool:
    """True if ``pid`` runs (a zombie counts as dead: it makes no sound and holds nothing)."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().rsplit(")", 1)[1].split()[0] != "Z"
    except (FileNotFoundError, ProcessLookupError, IndexError):
        return False

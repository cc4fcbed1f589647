from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

import pytest

from stretchguide.storage import atomic
from stretchguide.storage.atomic import atomic_replace, atomic_write_bytes, atomic_write_text

from .helpers import listing


def test_writes_a_new_file(tmp_path: Path) -> None:
    target = tmp_path / "a.txt"
    atomic_write_text(target, "héllo\r\nworld\n")
    assert target.read_bytes() == "héllo\r\nworld\n".encode()
    assert listing(tmp_path) == ["a.txt"]


def test_replaces_an_existing_file_without_leftovers(tmp_path: Path) -> None:
    target = tmp_path / "a.bin"
    atomic_write_bytes(target, b"old")
    atomic_write_bytes(target, b"new contents")
    assert target.read_bytes() == b"new contents"
    assert listing(tmp_path) == ["a.bin"]


def test_failed_replace_leaves_the_old_file_intact(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "a.txt"
    target.write_text("old")

    def boom(src: object, dst: object) -> None:
        raise OSError("disk pulled out")

    monkeypatch.setattr(os, "replace", boom)
    with pytest.raises(OSError, match="disk pulled out"):
        atomic_write_text(target, "new")
    assert target.read_text() == "old"
    assert listing(tmp_path) == ["a.txt"]


def test_failure_midway_through_the_write_leaves_the_old_file_intact(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "a.txt"
    target.write_text("old")

    def boom(fd: int) -> None:
        raise OSError("no space left")

    monkeypatch.setattr(os, "fsync", boom)
    with pytest.raises(OSError, match="no space left"):
        atomic_write_text(target, "new " * 10_000)
    assert target.read_text() == "old"
    assert listing(tmp_path) == ["a.txt"]


def test_interrupt_midway_cleans_up_too(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "a.txt"
    target.write_text("old")

    def interrupted(path: object, mode: int) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "chmod", interrupted)
    with pytest.raises(KeyboardInterrupt):
        atomic_write_text(target, "new")
    assert target.read_text() == "old"
    assert listing(tmp_path) == ["a.txt"]


def test_data_and_folder_are_fsynced_before_and_after_the_rename(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    events: list[str] = []
    real_fsync, real_replace = os.fsync, os.replace

    def fsync(fd: int) -> None:
        events.append("fsync-dir" if stat.S_ISDIR(os.fstat(fd).st_mode) else "fsync-file")
        real_fsync(fd)

    def replace(src: str, dst: str) -> None:
        events.append("replace")
        real_replace(src, dst)

    monkeypatch.setattr(os, "fsync", fsync)
    monkeypatch.setattr(os, "replace", replace)
    atomic_write_text(tmp_path / "a.txt", "x")
    expected = ["fsync-file", "replace"]
    if sys.platform != "win32":
        expected.append("fsync-dir")
    assert events == expected


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_keeps_the_permissions_of_the_file_it_replaces(tmp_path: Path) -> None:
    target = tmp_path / "private.ini"
    target.write_text("old")
    target.chmod(0o600)
    atomic_write_text(target, "new")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_a_new_file_gets_the_usual_permissions(tmp_path: Path) -> None:
    target = tmp_path / "new.txt"
    atomic_write_text(target, "x")
    umask = os.umask(0o022)
    os.umask(umask)
    assert stat.S_IMODE(target.stat().st_mode) == 0o666 & ~umask


def test_atomic_replace_moves_a_written_temp_file(tmp_path: Path) -> None:
    target = tmp_path / "a.ini"
    target.write_text("old")
    tmp = atomic.reserve_temp_beside(target)
    assert tmp.parent == tmp_path and tmp.name.startswith(".a.ini.") and tmp.suffix == ".tmp"
    tmp.write_text("new")
    atomic_replace(tmp, target)
    assert target.read_text() == "new"
    assert listing(tmp_path) == ["a.ini"]


def test_atomic_replace_failure_removes_the_temp_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "a.ini"
    target.write_text("old")
    tmp = atomic.reserve_temp_beside(target)
    tmp.write_text("new")

    def boom(src: object, dst: object) -> None:
        raise OSError("nope")

    monkeypatch.setattr(os, "replace", boom)
    with pytest.raises(OSError):
        atomic_replace(tmp, target)
    assert target.read_text() == "old"
    assert listing(tmp_path) == ["a.ini"]


def _record_fsyncs(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What each ``os.fsync`` flushed: "file" or "folder", in order."""
    synced: list[str] = []
    real_fsync = os.fsync

    def fsync(fd: int) -> None:
        synced.append("folder" if stat.S_ISDIR(os.fstat(fd).st_mode) else "file")
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", fsync)
    return synced


def _open_fds() -> int:
    return len(os.listdir("/proc/self/fd"))


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="folders open on Linux")
def test_a_write_flushes_the_file_then_its_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The bytes reach the disk before the new name does, and the rename itself is flushed."""
    synced = _record_fsyncs(monkeypatch)
    atomic_write_text(tmp_path / "a.ini", "x = 1\n")
    assert synced == ["file", "folder"]
    synced.clear()
    tmp = atomic.reserve_temp_beside(tmp_path / "a.ini")
    tmp.write_text("x = 2\n")
    atomic_replace(tmp, tmp_path / "a.ini")
    assert synced == ["file", "folder"]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="/proc/self/fd")
def test_fsync_dir_tolerates_folders_it_cannot_open(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Best effort by design: a folder that cannot be opened is skipped, with no error or leak."""
    synced = _record_fsyncs(monkeypatch)
    before = _open_fds()
    assert atomic.fsync_dir(tmp_path / "missing") is None
    assert synced == []
    atomic.fsync_dir(tmp_path)
    assert synced == ["folder"]
    assert _open_fds() == before

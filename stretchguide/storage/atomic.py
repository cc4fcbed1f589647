"""Writes that are all-or-nothing, so a crash or power cut never leaves half a file.

The recipe: write a temporary file in the *same* folder (so the final rename stays on one file
system and is atomic), flush and ``fsync`` it (so its bytes are on disk before its name is),
``os.replace`` it over the target, then ``fsync`` the folder (so the rename itself survives a power
cut, where the platform lets us open a folder). A reader sees either the old file or the new one,
never a mix.
"""

from __future__ import annotations

import contextlib
import functools
import os
import stat
import tempfile
from pathlib import Path


def atomic_write_bytes(path: str | os.PathLike[str], data: bytes) -> None:
    """Replace ``path`` with ``data`` atomically.

    The new file keeps the permissions of the file it replaces (a person who made their settings
    private keeps them private); a brand-new file gets the usual ``0o666 & ~umask``.

    Raises:
        OSError: the write failed; ``path`` is then exactly as it was and no temp file remains.
    """
    target = Path(path)
    tmp = reserve_temp_beside(target)
    try:
        with open(tmp, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        _copy_mode(target, tmp)
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    fsync_dir(target.parent)


def atomic_write_text(path: str | os.PathLike[str], text: str, *, encoding: str = "utf-8") -> None:
    """:func:`atomic_write_bytes` for text; newlines are written exactly as given."""
    atomic_write_bytes(path, text.encode(encoding))


def atomic_replace(tmp: str | os.PathLike[str], target: str | os.PathLike[str]) -> None:
    """Make an already written ``tmp`` (same folder) durable and move it over ``target``.

    For writers that cannot hand us bytes (QSettings writes its own file): they write ``tmp``,
    this does the fsync / replace / folder fsync part of the recipe. On failure ``tmp`` is
    deleted and ``target`` is untouched.
    """
    try:
        fd = os.open(tmp, os.O_RDWR | getattr(os, "O_BINARY", 0))
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
        _copy_mode(Path(target), Path(tmp))
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    fsync_dir(Path(target).parent)


def fsync_dir(folder: str | os.PathLike[str]) -> None:
    """Flush a folder's entries to disk so a rename inside it survives a power cut.

    Not every platform can open a folder (Windows cannot, and its rename is already durable
    enough for us); there this quietly does nothing.
    """
    flags = os.O_RDONLY | getattr(os, "O_DIRECTORY", 0)
    try:
        fd = os.open(folder, flags)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def reserve_temp_beside(target: Path) -> Path:
    """Create an empty, private temp file next to ``target`` and return its path.

    The name is hidden and never ends in the target's suffix, so a listing of ``*.toml`` or
    ``*.ini`` never picks up a temp file left behind by a crash. The caller owns the file: it must
    either replace the target with it or delete it.
    """
    fd, name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    os.close(fd)
    return Path(name)


def _copy_mode(target: Path, tmp: Path | str) -> None:
    try:
        mode = stat.S_IMODE(os.stat(target).st_mode)
    except FileNotFoundError:
        mode = 0o666 & ~_umask()
    except OSError:
        return
    with contextlib.suppress(OSError):
        os.chmod(tmp, mode)


@functools.cache
def _umask() -> int:
    """The process umask, read once (reading it means briefly setting it; no threads yet)."""
    current = os.umask(0o022)
    os.umask(current)
    return current

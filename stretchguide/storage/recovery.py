"""Keeping a damaged file instead of deleting it.

When a settings file, a resume point or the history database cannot be read, the app starts afresh
but never throws the person's data away: the bad copy is renamed beside the original with a time
stamp (``settings.ini.bad-20240501-073000``), where a person or a bug report can still find it.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from stretchguide.storage.atomic import fsync_dir

if TYPE_CHECKING:
    from datetime import datetime

log = logging.getLogger("stretchguide.storage")

#: The clock used for bad-copy names; stores take one so tests get predictable names.
Now = Callable[[], "datetime"]


def local_now() -> datetime:
    """Local wall-clock time: bad-copy names are read by people, in their own time zone."""
    from datetime import datetime  # here: start-up has no use for the module

    return datetime.now().astimezone()


def bad_copy_name(path: Path, when: datetime) -> Path:
    """``<name>.bad-YYYYmmdd-HHMMSS`` beside ``path`` (not checked for existence)."""
    return path.with_name(f"{path.name}.bad-{when:%Y%m%d-%H%M%S}")


def move_aside(path: Path, when: datetime, companions: Sequence[str] = ()) -> Path:
    """Rename ``path`` to a free bad-copy name and return that name.

    Args:
        path: the damaged file.
        when: the time stamp for the name; a ``-2``, ``-3``... is added if that name is taken, so
            two recoveries in one second never overwrite each other's copy.
        companions: suffixes of files that belong with ``path`` (SQLite's ``-wal`` and
            ``-shm``); each that exists moves to the bad name plus the same suffix, so the bad
            copy stays openable as a whole.

    Raises:
        OSError: the rename failed (the caller reports it and carries on with defaults).
    """
    base = bad_copy_name(path, when)
    candidate = base
    attempt = 1
    while any(Path(f"{candidate}{suffix}").exists() for suffix in ("", *companions)):
        attempt += 1
        candidate = base.with_name(f"{base.name}-{attempt}")
    os.replace(path, candidate)
    for suffix in companions:
        extra = Path(f"{path}{suffix}")
        if extra.exists():
            os.replace(extra, f"{candidate}{suffix}")
    fsync_dir(path.parent)
    log.warning("Kept a damaged file as %s", candidate)
    return candidate

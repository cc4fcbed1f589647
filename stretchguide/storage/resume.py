"""Resuming next time: where an interrupted session stopped, kept in one small JSON file.

The file is tiny and rewritten whole (atomically) each time, so it is either the last saved point
or the one before, never a mix. A damaged file is moved aside and reads as "nothing to resume":
offering to resume from garbage would be worse than starting over.

``settings_hash`` ties a point to the session settings it was saved with: the segments of a
timeline depend on them (hold scale, warm-up length...), so the caller should only resume at
``segment_index`` when the hash still matches, and start the routine over otherwise.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from stretchguide.core.settings import SessionSettings
from stretchguide.storage.atomic import atomic_write_text
from stretchguide.storage.paths import AppPaths
from stretchguide.storage.recovery import Now, local_now, move_aside

if TYPE_CHECKING:
    from datetime import datetime

log = logging.getLogger("stretchguide.storage")

RESUME_FORMAT = 1
_MAX_BYTES = 64 * 1024  # a resume point is ~200 bytes; anything this big is not one


class ResumePoint(NamedTuple):
    """Where to pick a routine up again. ``saved_at`` is time-zone aware."""

    routine_id: str
    segment_index: int
    saved_at: datetime
    settings_hash: str | None = None


def settings_hash(settings: SessionSettings) -> str:
    """A short, stable fingerprint of the settings a timeline was compiled with."""
    import hashlib  # here, not at the top: start-up never needs it (benchmarks/ui_startup.py)
    import json

    text = json.dumps(settings.to_dict(), sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


class _Damaged(Exception):
    pass


class ResumeStore:
    """Saves, loads and clears the resume point at one file (``AppPaths.resume_file``).

    Attributes:
        last_problem: after ``load()``, a sentence for the person if the file was damaged.
        bad_copy: where a damaged file was kept, if one was.
    """

    def __init__(self, path: Path, *, now: Now = local_now) -> None:
        self.path = Path(path)
        self.last_problem: str | None = None
        self.bad_copy: Path | None = None
        self._now = now

    @classmethod
    def for_paths(cls, paths: AppPaths) -> ResumeStore:
        return cls(paths.resume_file)

    def save(self, point: ResumePoint) -> None:
        """Store ``point``, replacing any earlier one, atomically.

        Raises:
            ValueError: ``point`` is malformed (naive time, negative index).
            OSError: the file could not be written; the previous one is untouched.
        """
        import json
        from datetime import UTC

        _check(point)
        data = {
            "format": RESUME_FORMAT,
            "routine_id": point.routine_id,
            "segment_index": point.segment_index,
            "saved_at": point.saved_at.astimezone(UTC).isoformat(timespec="seconds"),
            "settings_hash": point.settings_hash,
        }
        self.path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write_text(self.path, json.dumps(data, indent=2) + "\n")

    def load(self) -> ResumePoint | None:
        """The saved point, or ``None`` if there is none or it is damaged. Never raises.

        A damaged file is moved aside (``resume.json.bad-YYYYmmdd-HHMMSS``).
        """
        self.last_problem = None
        self.bad_copy = None
        try:
            with self.path.open("rb") as handle:
                raw = handle.read(_MAX_BYTES + 1)
        except FileNotFoundError:
            return None
        except OSError as exc:
            log.warning("Could not read %s: %s", self.path, exc)
            return None
        try:
            return _parse(raw)
        except _Damaged as damage:
            reason = str(damage)
        try:
            self.bad_copy = move_aside(self.path, self._now())
            self.last_problem = (
                f"The saved place to resume from was damaged ({reason}); it was kept as "
                f"{self.bad_copy.name}."
            )
        except OSError as exc:
            self.last_problem = f"The saved place to resume from was damaged ({reason}): {exc}."
        log.warning("%s", self.last_problem)
        return None

    def clear(self) -> None:
        """Forget the saved point (a session ran to its end, or the person declined)."""
        self.path.unlink(missing_ok=True)


def _parse(raw: bytes) -> ResumePoint:
    import json
    from datetime import datetime

    if len(raw) > _MAX_BYTES:
        raise _Damaged("too large")
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise _Damaged("not JSON") from exc
    if not isinstance(data, dict):
        raise _Damaged("not a JSON object")
    if data.get("format") != RESUME_FORMAT:
        raise _Damaged(f"unknown format {data.get('format')!r}")
    routine_id = data.get("routine_id")
    index = data.get("segment_index")
    saved_at = data.get("saved_at")
    digest = data.get("settings_hash")
    if not isinstance(routine_id, str) or not routine_id:
        raise _Damaged("no routine id")
    if not isinstance(index, int) or isinstance(index, bool) or index < 0:
        raise _Damaged("no segment index")
    if digest is not None and not isinstance(digest, str):
        raise _Damaged("bad settings hash")
    try:
        moment = datetime.fromisoformat(saved_at) if isinstance(saved_at, str) else None
    except ValueError:
        moment = None
    if moment is None or moment.utcoffset() is None:
        raise _Damaged("no time saved")
    return ResumePoint(
        routine_id=routine_id, segment_index=index, saved_at=moment, settings_hash=digest
    )


def _check(point: ResumePoint) -> None:
    if point.saved_at.utcoffset() is None:
        raise ValueError("ResumePoint.saved_at must be time-zone aware")
    if point.segment_index < 0:
        raise ValueError("ResumePoint.segment_index must not be negative")
    if not point.routine_id:
        raise ValueError("ResumePoint.routine_id must not be empty")

"""The person's own routine files: one ``<id>.toml`` per routine in ``AppPaths.routines_dir``.

This module only moves files; whether a file is a valid routine is the loader's business, and
callers validate before saving or importing. What it does guard:

* Ids are the file names, so an id must match ``[a-z0-9][a-z0-9-]{0,63}`` in full. That rules out
  path tricks (``../x``, ``a/b``, ``C:``), hidden files, upper/lower-case twins on
  case-insensitive disks and names too long for some file systems.
* A user routine may not take a built-in routine's id: two routines with one id would make
  history, resume points and "last routine" ambiguous.
* Every write is atomic, so an editor crash never leaves a half-written routine behind.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

from stretchguide.storage.atomic import atomic_write_bytes, atomic_write_text
from stretchguide.storage.paths import AppPaths

ROUTINE_ID_RE = re.compile(r"[a-z0-9][a-z0-9-]{0,63}")
SUFFIX = ".toml"


class RoutineIdError(ValueError):
    """An id that cannot name a user routine; the message says why, for the person."""


def check_routine_id(routine_id: str) -> str:
    """Return ``routine_id`` if it is a safe file name, else raise :class:`RoutineIdError`."""
    if not isinstance(routine_id, str) or not ROUTINE_ID_RE.fullmatch(routine_id):
        raise RoutineIdError(
            f"{routine_id!r} is not a valid routine id: use 1 to 64 lower-case letters, digits "
            "and dashes, starting with a letter or digit."
        )
    return routine_id


class UserRoutines:
    """The user routines folder.

    Args:
        folder: ``AppPaths.routines_dir``.
        builtin_ids: ids of the routines shipped with the app, which user routines may not use.
    """

    def __init__(self, folder: Path, builtin_ids: Iterable[str] = ()) -> None:
        self.folder = Path(folder)
        self.builtin_ids = frozenset(builtin_ids)

    @classmethod
    def for_paths(cls, paths: AppPaths, builtin_ids: Iterable[str] = ()) -> UserRoutines:
        return cls(paths.routines_dir, builtin_ids)

    def files(self) -> list[Path]:
        """Every ``*.toml`` file in the folder, sorted by name; none if the folder is missing.

        Files whose names are not valid ids are listed too, so the loader can report them
        rather than have them silently ignored.
        """
        if not self.folder.is_dir():
            return []
        return sorted(
            path
            for path in self.folder.glob(f"*{SUFFIX}")
            if path.is_file() and not path.name.startswith(".")
        )

    def ids(self) -> list[str]:
        """The ids of the files that have valid names, sorted."""
        return [path.stem for path in self.files() if ROUTINE_ID_RE.fullmatch(path.stem)]

    def path_for(self, routine_id: str) -> Path:
        """Where the routine ``routine_id`` lives (whether or not it exists yet).

        Raises:
            RoutineIdError: the id is not a safe file name.
        """
        return self.folder / f"{check_routine_id(routine_id)}{SUFFIX}"

    def exists(self, routine_id: str) -> bool:
        return self.path_for(routine_id).is_file()

    def save_routine_text(self, routine_id: str, toml_text: str) -> Path:
        """Write a routine (from the editor) atomically, replacing the user's earlier version.

        Raises:
            RoutineIdError: a bad id, or the id of a built-in routine.
            OSError: the file could not be written; any earlier version is untouched.
        """
        target = self._writable_path(routine_id)
        self.folder.mkdir(parents=True, exist_ok=True)
        atomic_write_text(target, toml_text)
        return target

    def delete(self, routine_id: str) -> bool:
        """Delete a user routine; ``False`` if there was none with that id."""
        target = self.path_for(routine_id)
        try:
            target.unlink()
        except FileNotFoundError:
            return False
        return True

    def import_file(
        self, src: Path, routine_id: str | None = None, *, overwrite: bool = False
    ) -> Path:
        """Copy a routine file the caller has already validated into the folder.

        Args:
            src: the file to copy.
            routine_id: the id to store it under; the file's own name (stem) when ``None``.
            overwrite: replace a user routine with the same id (off by default, so an import
                never silently destroys the person's own routine).

        Raises:
            RoutineIdError: a bad id, or the id of a built-in routine.
            FileExistsError: a user routine with that id exists and ``overwrite`` is off.
            OSError: ``src`` could not be read or the copy could not be written.
        """
        source = Path(src)
        target = self._writable_path(source.stem if routine_id is None else routine_id)
        if target.exists() and not overwrite:
            raise FileExistsError(f"A routine called {target.stem!r} already exists.")
        data = source.read_bytes()
        self.folder.mkdir(parents=True, exist_ok=True)
        atomic_write_bytes(target, data)
        return target

    def export(self, routine_id: str, dest: Path) -> Path:
        """Copy a user routine to ``dest`` (a file, or a folder to put ``<id>.toml`` in).

        Raises:
            RoutineIdError: a bad id.
            FileNotFoundError: there is no user routine with that id.
            OSError: the copy could not be written; any file at ``dest`` is untouched.
        """
        source = self.path_for(routine_id)
        data = source.read_bytes()
        target = Path(dest)
        if target.is_dir():
            target = target / source.name
        atomic_write_bytes(target, data)
        return target

    def _writable_path(self, routine_id: str) -> Path:
        target = self.path_for(routine_id)
        if routine_id in self.builtin_ids:
            raise RoutineIdError(
                f"{routine_id!r} is the id of a built-in routine; choose another id."
            )
        return target

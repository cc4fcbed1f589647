"""Routine files parsed at the last start-up, so an unchanged start-up does not parse them again.

Reading TOML costs start-up about 7 ms (importing tomllib, then parsing six files), a twentieth of
the whole. The cache maps a file's exact text to the document tomllib made of it, so it can never
answer for a file that changed: a different text is simply not in it. It is a cache and nothing
more: a missing, damaged or foreign file reads as empty, and a failed save is ignored.

The file is ``marshal`` data (built into Python, nothing to import, and the fastest format Python
reads): a dict of each file's text to its document, itself marshalled on its own and read back
only when looked up. One marshalled whole took 25 ms to read for 1,000 routine files, in one call
that holds the interpreter lock, so the window (whose files a worker thread reads) froze for
that long; a document at a time, it takes turns with the window. The file's name carries the
interpreter's tag because marshal's format belongs to one Python version. marshal is not meant for
untrusted data; the file lives in the person's own cache folder, beside settings and routines that
are trusted the same way.
"""

from __future__ import annotations

import marshal
import sys
from pathlib import Path
from typing import Any

from stretchguide.storage.atomic import atomic_write_bytes

#: Bumped if what is stored ever changes shape (2: each document marshalled on its own).
_FORMAT = 2
#: The name of the cache of the person's own routine files.
USER = "parsed-user-toml"


class ParseCache:
    """A ``ParsedMemo`` for the loaders (``stretchguide.core.toml_input``) that lasts between runs.

    Only the documents looked up or added in this run are saved, so texts of deleted or edited
    files drop out on their own.
    """

    def __init__(self, path: Path, documents: dict[str, bytes] | None = None) -> None:
        self.path = path
        self._stored = documents or {}  # text -> its document, marshalled
        self._used: dict[str, bytes] = {}
        self._changed = False

    @classmethod
    def in_folder(cls, folder: Path, name: str = "parsed-toml") -> ParseCache:
        """The cache ``name`` kept in ``folder`` (``AppPaths.cache_dir``), read now.

        The app's own files (the catalogue, the built-in routines) are kept under the default
        name, the person's routine files under ``USER``: the first frame reads only the first,
        which stays small however many routines the person has."""
        path = folder / f"{name}.{sys.implementation.cache_tag}.marshal"
        return cls(path, _read(path))

    def get(self, text: str, /) -> dict[str, Any] | None:
        stored = self._stored.get(text)
        if stored is None:
            return None
        try:
            document = marshal.loads(stored)
        except (EOFError, ValueError, TypeError):
            return None
        if not isinstance(document, dict):
            return None
        self._used[text] = stored
        return document

    def __setitem__(self, text: str, document: dict[str, Any], /) -> None:
        try:
            stored = marshal.dumps(document)
        except ValueError:  # a TOML date or time: not marshal data, so not kept
            return
        self._used[text] = stored
        self._changed = True

    def save(self) -> None:
        """Write what this run used, if anything was parsed afresh or dropped; never raises."""
        if not self._changed and self._used.keys() == self._stored.keys():
            return
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            atomic_write_bytes(self.path, marshal.dumps((_FORMAT, self._used)))
        except OSError:
            return
        self._stored = dict(self._used)
        self._changed = False


def _read(path: Path) -> dict[str, bytes]:
    try:
        data = marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    if not (isinstance(data, tuple) and len(data) == 2 and data[0] == _FORMAT):
        return {}
    documents = data[1]
    if not isinstance(documents, dict) or not all(
        isinstance(k, str) and isinstance(v, bytes) for k, v in documents.items()
    ):
        return {}
    return documents

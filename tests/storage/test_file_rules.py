"""Edges of the small stores: where files live, the parse cache, atomic writes, user routines.

Each test pins a rule the existing tests of these modules left open (found by mutation testing,
docs/testing.md): the folder names a person finds their data under, a cache that trusts only its
own format and saves only what changed, a failed write that reports its real cause.
"""

from __future__ import annotations

import marshal
import os
import re
import sys
from collections.abc import Callable
from pathlib import Path

import platformdirs
import pytest

from stretchguide.storage import parse_cache as parse_cache_module
from stretchguide.storage.atomic import atomic_replace, atomic_write_bytes
from stretchguide.storage.parse_cache import ParseCache
from stretchguide.storage.paths import AppPaths
from stretchguide.storage.user_routines import RoutineIdError, UserRoutines, check_routine_id

# -- where files live ----------------------------------------------------------------------------


def test_everything_under_one_folder_has_the_documented_names(tmp_path: Path) -> None:
    p = AppPaths.under(tmp_path)
    assert (p.config_dir, p.data_dir, p.cache_dir) == (
        tmp_path / "config",
        tmp_path / "data",
        tmp_path / "cache",
    )


def test_platform_folders_have_no_author_level_and_keep_the_file_names(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On Windows platformdirs nests ``<author>\\<app>`` unless told there is no author: the
    history and routines of earlier releases are at ``%LOCALAPPDATA%\\stretchguide``."""

    def windows_like(kind: str) -> Callable[..., str]:
        def where(appname: str, appauthor: object = None) -> str:
            base = tmp_path / kind
            if appauthor is not False:
                base = base / str(appauthor or appname)
            return str(base / appname)

        return where

    for kind in ("config", "data", "cache"):
        monkeypatch.setattr(platformdirs, f"user_{kind}_dir", windows_like(kind))
    p = AppPaths.resolve(env={})
    assert p.config_dir == tmp_path / "config" / "stretchguide"
    assert p.data_dir == tmp_path / "data" / "stretchguide"
    assert p.cache_dir == tmp_path / "cache" / "stretchguide"
    assert p.routines_dir == p.data_dir / "routines"
    assert p.history_db == p.data_dir / "history.sqlite3"


# -- the parse cache -----------------------------------------------------------------------------

TEXT = 'id = "mine"\n'


def cache_file(folder: Path) -> Path:
    return folder / f"parsed-toml.{sys.implementation.cache_tag}.marshal"


@pytest.mark.parametrize(
    "data",
    [
        (2, {TEXT: {"id": "mine"}}),  # another format
        (1, {TEXT: {"id": "mine"}}, "extra"),  # not the shape written
        (1, {TEXT: "not a document"}),
        (1, {5: {"id": "mine"}}),
    ],
    ids=["format", "shape", "document", "key"],
)
def test_a_cache_it_did_not_write_reads_as_empty(tmp_path: Path, data: object) -> None:
    cache_file(tmp_path).write_bytes(marshal.dumps(data))
    assert ParseCache.in_folder(tmp_path).get(TEXT) is None


def test_a_document_parsed_afresh_replaces_the_cached_one(tmp_path: Path) -> None:
    cache_file(tmp_path).write_bytes(marshal.dumps((1, {TEXT: {"id": "old"}})))
    cache = ParseCache.in_folder(tmp_path)
    cache[TEXT] = {"id": "mine"}
    cache.save()
    assert ParseCache.in_folder(tmp_path).get(TEXT) == {"id": "mine"}


def test_a_save_with_nothing_new_writes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    writes: list[Path] = []
    real_write = parse_cache_module.atomic_write_bytes

    def counted(path: Path, data: bytes) -> None:
        writes.append(path)
        real_write(path, data)

    monkeypatch.setattr(parse_cache_module, "atomic_write_bytes", counted)
    cache = ParseCache.in_folder(tmp_path)
    cache[TEXT] = {"id": "mine"}
    cache.save()
    cache.save()  # nothing changed since
    again = ParseCache.in_folder(tmp_path)
    assert again.get(TEXT) == {"id": "mine"}
    again.save()  # the same documents were used: nothing to write
    assert writes == [cache_file(tmp_path)]


def test_the_cache_folder_is_created(tmp_path: Path) -> None:
    folder = tmp_path / "new" / "cache"
    cache = ParseCache.in_folder(folder)
    cache[TEXT] = {"id": "mine"}
    cache.save()
    assert ParseCache.in_folder(folder).get(TEXT) == {"id": "mine"}


# -- atomic writes -------------------------------------------------------------------------------


def test_a_failed_write_reports_its_cause_even_if_the_temp_file_cannot_be_removed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "settings.ini"
    target.write_bytes(b"before")

    def full(src: object, dst: object) -> None:
        raise OSError("disk full")

    def stuck(path: object) -> None:
        raise PermissionError("busy")

    monkeypatch.setattr(os, "replace", full)
    monkeypatch.setattr(os, "unlink", stuck)
    with pytest.raises(OSError, match="disk full"):
        atomic_write_bytes(target, b"after")
    monkeypatch.undo()
    assert target.read_bytes() == b"before"


# -- the person's routines -----------------------------------------------------------------------


def test_a_bad_id_is_explained(tmp_path: Path) -> None:
    message = (
        "'My Routine' is not a valid routine id: use 1 to 64 lower-case letters, digits "
        "and dashes, starting with a letter or digit."
    )
    with pytest.raises(RoutineIdError, match=f"^{re.escape(message)}$"):
        check_routine_id("My Routine")


def test_an_import_over_an_existing_routine_names_it(tmp_path: Path) -> None:
    routines = UserRoutines(tmp_path / "routines")
    src = tmp_path / "mine.toml"
    src.write_text('id = "mine"\n', encoding="utf-8")
    routines.import_file(src)
    with pytest.raises(FileExistsError, match=r"^A routine called 'mine' already exists\.$"):
        routines.import_file(src)


def test_an_import_creates_the_folders_it_needs(tmp_path: Path) -> None:
    routines = UserRoutines(tmp_path / "new" / "data" / "routines")
    src = tmp_path / "mine.toml"
    src.write_text('id = "mine"\n', encoding="utf-8")
    assert routines.import_file(src).read_text(encoding="utf-8") == 'id = "mine"\n'


def test_a_failed_replace_reports_its_cause_even_if_the_temp_file_cannot_be_removed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "settings.ini"
    target.write_bytes(b"before")
    tmp = tmp_path / "settings.ini.tmp"
    tmp.write_bytes(b"after")

    def full(src: object, dst: object) -> None:
        raise OSError("disk full")

    def stuck(path: object) -> None:
        raise PermissionError("busy")

    monkeypatch.setattr(os, "replace", full)
    monkeypatch.setattr(os, "unlink", stuck)
    with pytest.raises(OSError, match="disk full"):
        atomic_replace(tmp, target)
    monkeypatch.undo()
    assert target.read_bytes() == b"before"

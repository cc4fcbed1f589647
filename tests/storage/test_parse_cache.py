"""The parse cache: unchanged files are not parsed again, changed ones always are."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from stretchguide.core.assets import builtin_routines_dir
from stretchguide.core.loader import load_library, parse_routine
from stretchguide.storage.parse_cache import ParseCache
from tests.core.helpers import catalog

ROUTINE = """schema = 1
id = "mine"
title = "{title}"
position = "seated"

[[steps]]
kind = "hold"
exercise = "seated-glute"
hold_s = 30
sides = "both"
"""


def no_parsing(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(_text: str) -> dict[str, object]:
        raise AssertionError("parsed again")

    monkeypatch.setattr(tomllib, "loads", refuse)


def test_a_second_run_reads_the_same_library_without_parsing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = ParseCache.in_folder(tmp_path)
    expected = load_library(catalog(), builtin_routines_dir(), memo=first)
    first.save()
    no_parsing(monkeypatch)
    again = load_library(catalog(), builtin_routines_dir(), memo=ParseCache.in_folder(tmp_path))
    assert again.routines == expected.routines and not again.problems


def test_a_changed_file_is_parsed_afresh(tmp_path: Path) -> None:
    cache = ParseCache.in_folder(tmp_path)
    parse_routine(ROUTINE.format(title="Before"), "mine.toml", catalog(), memo=cache)
    cache.save()
    later = ParseCache.in_folder(tmp_path)
    routine = parse_routine(ROUTINE.format(title="After"), "mine.toml", catalog(), memo=later)
    assert routine.title == "After"


def test_only_what_a_run_used_is_kept(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cache = ParseCache.in_folder(tmp_path)
    for title in ("One", "Two"):
        parse_routine(ROUTINE.format(title=title), "mine.toml", catalog(), memo=cache)
    cache.save()
    second = ParseCache.in_folder(tmp_path)
    parse_routine(ROUTINE.format(title="Two"), "mine.toml", catalog(), memo=second)
    second.save()
    third = ParseCache.in_folder(tmp_path)
    assert third.get(ROUTINE.format(title="Two")) is not None
    assert third.get(ROUTINE.format(title="One")) is None


@pytest.mark.parametrize(
    "content",
    [b"", b"not marshal data", b"\x00" * 64, bytes(range(256))],
    ids=["empty", "text", "zeros", "every-byte"],  # ids=str made "/" in a test id: mutmut lost it
)
def test_a_damaged_cache_reads_as_empty_and_is_rewritten(tmp_path: Path, content: bytes) -> None:
    cache = ParseCache.in_folder(tmp_path)
    cache.path.write_bytes(content)
    damaged = ParseCache.in_folder(tmp_path)
    assert damaged.get(ROUTINE.format(title="X")) is None
    parse_routine(ROUTINE.format(title="X"), "mine.toml", catalog(), memo=damaged)
    damaged.save()
    assert ParseCache.in_folder(tmp_path).get(ROUTINE.format(title="X")) is not None


def test_a_cache_that_cannot_be_written_is_no_error(tmp_path: Path) -> None:
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("")
    cache = ParseCache.in_folder(blocked)
    routine = parse_routine(ROUTINE.format(title="Fine"), "mine.toml", catalog(), memo=cache)
    cache.save()  # the folder is a file: nothing written, nothing raised
    assert routine.title == "Fine"


def test_documents_marshal_cannot_hold_are_parsed_each_time(tmp_path: Path) -> None:
    cache = ParseCache.in_folder(tmp_path)
    text = 'when = 2026-11-26T08:30:00Z\nname = "x"\n'
    cache[text] = tomllib.loads(text)
    cache.save()
    assert ParseCache.in_folder(tmp_path).get(text) is None


def test_nothing_is_written_when_nothing_changed(tmp_path: Path) -> None:
    cache = ParseCache.in_folder(tmp_path)
    parse_routine(ROUTINE.format(title="Same"), "mine.toml", catalog(), memo=cache)
    cache.save()
    stamp = cache.path.stat().st_mtime_ns
    again = ParseCache.in_folder(tmp_path)
    parse_routine(ROUTINE.format(title="Same"), "mine.toml", catalog(), memo=again)
    again.save()
    assert again.path.stat().st_mtime_ns == stamp


def test_the_persons_files_are_cached_apart_from_the_apps_own(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The first frame reads the app's own cache only: it stays small with a thousand routines."""
    from stretchguide.storage.library_loader import (
        load_catalog_and_builtins,
        load_catalog_and_library,
    )
    from stretchguide.storage.parse_cache import USER
    from stretchguide.storage.paths import AppPaths

    paths = AppPaths.under(tmp_path).ensure()
    mine = ROUTINE.format(title="Mine")
    (paths.routines_dir / "mine.toml").write_text(mine, "utf-8")
    _catalog, library = load_catalog_and_library(paths)
    assert library.get("mine") is not None
    assert ParseCache.in_folder(paths.cache_dir).get(mine) is None
    assert ParseCache.in_folder(paths.cache_dir, USER).get(mine) is not None

    no_parsing(monkeypatch)  # the next start reads both from their caches
    _catalog, builtins, everything = load_catalog_and_builtins(paths)
    assert builtins.get("mine") is None
    assert everything().get("mine") is not None


def test_the_library_read_again_uses_the_persons_cache_and_saves_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The window reads the library again after each save, import or delete, through the same
    reader as at start-up: unchanged files come from the cache, a saved one joins it."""
    from stretchguide.storage.library_loader import library_reader
    from stretchguide.storage.parse_cache import USER
    from stretchguide.storage.paths import AppPaths

    paths = AppPaths.under(tmp_path).ensure()
    (paths.routines_dir / "mine.toml").write_text(ROUTINE.format(title="Mine"), "utf-8")
    read = library_reader(catalog(), paths)
    assert read().get("mine") is not None  # start-up: parsed, and cached
    edited = ROUTINE.format(title="Edited")
    (paths.routines_dir / "mine.toml").write_text(edited, "utf-8")  # saved in the editor
    routine = read().get("mine")
    assert routine is not None and routine.title == "Edited"
    assert ParseCache.in_folder(paths.cache_dir, USER).get(edited) is not None  # saved
    no_parsing(monkeypatch)
    routine = read().get("mine")  # and read again: from the cache
    assert routine is not None and routine.title == "Edited"

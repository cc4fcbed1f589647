"""Loading the catalogue and every routine: built-in and the person's own, through the cache."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from stretchguide.core.assets import builtin_routines_dir
from stretchguide.storage.library_loader import load_catalog_and_library
from stretchguide.storage.parse_cache import ParseCache
from stretchguide.storage.paths import AppPaths

MINE = """schema = 1
id = "mine"
title = "My own"
position = "seated"

[[steps]]
kind = "hold"
exercise = "seated-glute"
hold_s = 30
sides = "both"
"""


def test_the_persons_routines_come_with_the_built_in_ones(paths: AppPaths) -> None:
    (paths.routines_dir / "mine.toml").write_text(MINE, encoding="utf-8")
    (paths.routines_dir / "broken.toml").write_text("id = ", encoding="utf-8")
    catalog, library = load_catalog_and_library(paths)
    ids = {r.id for r in library.routines}
    builtin = {p.stem for p in builtin_routines_dir().glob("*.toml")}
    assert ids == builtin | {"mine"}
    assert library.get("mine") is not None and library.get("mine").title == "My own"  # type: ignore[union-attr]
    assert [Path(p.file).name for p in library.problems] == ["broken.toml"]
    assert "seated-glute" in catalog.exercises


def test_a_second_start_reads_the_files_from_the_cache(
    paths: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    (paths.routines_dir / "mine.toml").write_text(MINE, encoding="utf-8")
    first = load_catalog_and_library(paths)
    assert ParseCache.in_folder(paths.cache_dir).path.exists()

    def refuse(_text: str) -> dict[str, object]:
        raise AssertionError("parsed again")

    monkeypatch.setattr(tomllib, "loads", refuse)
    again = load_catalog_and_library(paths)
    assert again[1].routines == first[1].routines and not again[1].problems
    assert again[0] == first[0]


def test_without_paths_the_apps_own_folders_are_used(tmp_path: Path) -> None:
    """``STRETCHGUIDE_HOME`` is the test's folder (tests/storage/conftest.py)."""
    home = AppPaths.resolve()
    assert home.cache_dir.is_relative_to(tmp_path)
    home.ensure()
    (home.routines_dir / "mine.toml").write_text(MINE, encoding="utf-8")
    _, library = load_catalog_and_library()
    assert library.get("mine") is not None
    assert ParseCache.in_folder(home.cache_dir).path.exists()

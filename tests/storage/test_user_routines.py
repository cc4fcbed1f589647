from __future__ import annotations

import os
from pathlib import Path

import pytest

from stretchguide.storage.paths import AppPaths
from stretchguide.storage.user_routines import RoutineIdError, UserRoutines, check_routine_id

from .helpers import listing

BUILTIN = {"lower-back-basics", "glute-release"}
TOML = 'id = "my-morning"\ntitle = "My morning"\n'


@pytest.fixture
def routines(paths: AppPaths) -> UserRoutines:
    return UserRoutines.for_paths(paths, BUILTIN)


def test_save_and_list(routines: UserRoutines) -> None:
    assert routines.files() == []
    path = routines.save_routine_text("my-morning", TOML)
    routines.save_routine_text("a-first", "x = 1\n")
    assert path == routines.folder / "my-morning.toml"
    assert path.read_text() == TOML
    assert routines.files() == [routines.folder / "a-first.toml", path]
    assert routines.ids() == ["a-first", "my-morning"]
    assert routines.exists("my-morning")


def test_save_replaces_the_earlier_version(routines: UserRoutines) -> None:
    routines.save_routine_text("my-morning", "old")
    routines.save_routine_text("my-morning", "new")
    assert routines.path_for("my-morning").read_text() == "new"
    assert listing(routines.folder) == ["my-morning.toml"]


def test_listing_skips_what_is_not_a_routine_file(routines: UserRoutines) -> None:
    folder = routines.folder
    (folder / "notes.txt").write_text("x")
    (folder / ".hidden.toml").write_text("x")
    (folder / ".my-morning.toml.abc123.tmp").write_text("x")  # a crash's leftover temp file
    (folder / "dir.toml").mkdir()
    (folder / "Odd Name.toml").write_text("x")
    assert routines.files() == [folder / "Odd Name.toml"]  # listed, so the loader can report it
    assert routines.ids() == []


def test_missing_folder_lists_nothing(tmp_path: Path) -> None:
    assert UserRoutines(tmp_path / "missing").files() == []


def test_save_creates_the_folder(tmp_path: Path) -> None:
    routines = UserRoutines(tmp_path / "new" / "routines")
    routines.save_routine_text("r", "x")
    assert routines.ids() == ["r"]


def test_refuses_a_builtin_id(routines: UserRoutines) -> None:
    with pytest.raises(RoutineIdError, match="built-in"):
        routines.save_routine_text("lower-back-basics", TOML)
    assert routines.files() == []


@pytest.mark.parametrize(
    "bad",
    [
        "",
        "A",
        "My-Routine",
        "-x",
        "../x",
        "..",
        "x/y",
        "x\\y",
        "x.toml",
        "a b",
        "abc\n",
        "é",
        ".hidden",
        "x" * 65,
        "c:",
    ],
)
def test_refuses_ids_that_are_not_safe_file_names(
    routines: UserRoutines, tmp_path: Path, bad: str
) -> None:
    with pytest.raises(RoutineIdError, match="not a valid routine id"):
        routines.save_routine_text(bad, TOML)
    with pytest.raises(RoutineIdError):
        routines.delete(bad)
    with pytest.raises(RoutineIdError):
        routines.export(bad, tmp_path)
    assert routines.files() == []
    assert listing(tmp_path) == ["app"]


@pytest.mark.parametrize("good", ["0", "a", "x" * 64, "a-1-b", "7-minute-hips", "a--b"])
def test_accepts_good_ids(good: str) -> None:
    assert check_routine_id(good) == good


def test_delete(routines: UserRoutines) -> None:
    routines.save_routine_text("my-morning", TOML)
    assert routines.delete("my-morning") is True
    assert routines.delete("my-morning") is False
    assert routines.files() == []


def test_import_file_uses_the_file_name_as_id(routines: UserRoutines, tmp_path: Path) -> None:
    src = tmp_path / "hips-daily.toml"
    src.write_bytes(b"id = 1\r\n\xe2\x9c\x93\n")
    target = routines.import_file(src)
    assert target == routines.folder / "hips-daily.toml"
    assert target.read_bytes() == src.read_bytes()  # copied byte for byte
    assert src.exists()


def test_import_file_with_explicit_id(routines: UserRoutines, tmp_path: Path) -> None:
    src = tmp_path / "Downloaded Routine (1).toml"
    src.write_text(TOML)
    with pytest.raises(RoutineIdError):
        routines.import_file(src)
    assert routines.import_file(src, "my-morning").name == "my-morning.toml"


def test_import_never_silently_replaces_a_user_routine(
    routines: UserRoutines, tmp_path: Path
) -> None:
    routines.save_routine_text("my-morning", "mine")
    src = tmp_path / "my-morning.toml"
    src.write_text("theirs")
    with pytest.raises(FileExistsError):
        routines.import_file(src)
    assert routines.path_for("my-morning").read_text() == "mine"
    routines.import_file(src, overwrite=True)
    assert routines.path_for("my-morning").read_text() == "theirs"


def test_import_refuses_a_builtin_id(routines: UserRoutines, tmp_path: Path) -> None:
    src = tmp_path / "glute-release.toml"
    src.write_text(TOML)
    with pytest.raises(RoutineIdError, match="built-in"):
        routines.import_file(src)
    assert routines.files() == []


def test_export_to_a_file_and_to_a_folder(routines: UserRoutines, tmp_path: Path) -> None:
    routines.save_routine_text("my-morning", TOML)
    out = tmp_path / "out"
    out.mkdir()
    assert routines.export("my-morning", out) == out / "my-morning.toml"
    assert routines.export("my-morning", out / "copy.toml") == out / "copy.toml"
    assert (out / "my-morning.toml").read_text() == TOML
    assert (out / "copy.toml").read_text() == TOML
    assert listing(out) == ["copy.toml", "my-morning.toml"]


def test_export_of_a_missing_routine(routines: UserRoutines, tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        routines.export("nope", tmp_path)


def test_export_failure_leaves_the_destination_intact(
    routines: UserRoutines, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    routines.save_routine_text("my-morning", TOML)
    dest = tmp_path / "dest.toml"
    dest.write_text("older export")

    def boom(src: object, dst: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", boom)
    with pytest.raises(OSError):
        routines.export("my-morning", dest)
    assert dest.read_text() == "older export"

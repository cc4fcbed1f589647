from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import platformdirs
import pytest

from stretchguide.storage.paths import HOME_ENV_VAR, AppPaths


def test_under_puts_everything_below_one_folder(tmp_path: Path) -> None:
    p = AppPaths.under(tmp_path)
    for path in (p.config_dir, p.data_dir, p.cache_dir, p.routines_dir, p.history_db):
        assert path.is_relative_to(tmp_path)
    assert p.settings_file == tmp_path / "config" / "settings.ini"
    assert p.window_file.parent == p.config_dir
    assert p.history_db == tmp_path / "data" / "history.sqlite3"
    assert p.routines_dir == tmp_path / "data" / "routines"
    assert p.resume_file == tmp_path / "data" / "resume.json"


def test_env_var_moves_everything(tmp_path: Path) -> None:
    assert AppPaths.resolve(env={HOME_ENV_VAR: str(tmp_path)}) == AppPaths.under(tmp_path)


def test_env_var_is_read_from_the_process_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(HOME_ENV_VAR, str(tmp_path / "e2e"))
    assert AppPaths.resolve() == AppPaths.under(tmp_path / "e2e")


def test_explicit_base_wins_over_env(tmp_path: Path) -> None:
    resolved = AppPaths.resolve(tmp_path / "base", env={HOME_ENV_VAR: str(tmp_path / "env")})
    assert resolved == AppPaths.under(tmp_path / "base")


def test_relative_home_is_made_absolute(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert AppPaths.resolve(env={HOME_ENV_VAR: "rel"}).config_dir == tmp_path / "rel" / "config"


@pytest.mark.parametrize("env", [{}, {HOME_ENV_VAR: ""}, {HOME_ENV_VAR: "   "}])
def test_without_env_uses_platformdirs_for_the_app(
    env: dict[str, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[tuple[str, str]] = []

    def fake(kind: str) -> Callable[..., str]:
        def where(appname: str, appauthor: object = None) -> str:
            asked.append((kind, appname))
            return str(tmp_path / "platform" / kind / appname)

        return where

    for kind in ("config", "data", "cache"):
        monkeypatch.setattr(platformdirs, f"user_{kind}_dir", fake(kind))
    p = AppPaths.resolve(env=env)
    assert {name for _, name in asked} == {"stretchguide"}
    assert p.config_dir == tmp_path / "platform" / "config" / "stretchguide"
    assert p.data_dir == tmp_path / "platform" / "data" / "stretchguide"
    assert p.cache_dir == tmp_path / "platform" / "cache" / "stretchguide"
    assert p.history_db.parent == p.data_dir
    assert p.routines_dir.parent == p.data_dir


def test_ensure_creates_every_folder_and_is_idempotent(tmp_path: Path) -> None:
    p = AppPaths.under(tmp_path / "new")
    assert p.ensure() is p
    p.ensure()
    for folder in (p.config_dir, p.data_dir, p.cache_dir, p.routines_dir):
        assert folder.is_dir()
    assert not p.history_db.exists()  # ensure() makes folders, never files

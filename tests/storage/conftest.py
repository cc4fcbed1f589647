"""Fixtures for the storage tests: every test runs in its own temporary home."""

from __future__ import annotations

from pathlib import Path

import pytest

from stretchguide.storage.paths import HOME_ENV_VAR, AppPaths


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Belt and braces: even code that resolves paths itself lands in the test's folder."""
    monkeypatch.setenv(HOME_ENV_VAR, str(tmp_path / "home"))


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    return AppPaths.under(tmp_path / "app").ensure()

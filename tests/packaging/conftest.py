"""Registers the ``bundle`` marker for the PyInstaller bundle test.

pyproject.toml's ``markers`` list should carry the same line; registering it here as well keeps
``--strict-markers`` happy either way.
"""

from __future__ import annotations

import pytest


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        "bundle: builds the PyInstaller bundle and smoke-tests it (set STRETCHGUIDE_TEST_BUNDLE=1)",
    )

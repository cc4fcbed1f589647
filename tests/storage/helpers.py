"""Shared bits of the storage tests."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

#: The clock every store gets in these tests, so bad-copy names are known in advance.
FIXED_NOW = datetime(2024, 5, 1, 7, 30, 0)
BAD_SUFFIX = ".bad-20240501-073000"


def fixed_clock() -> datetime:
    return FIXED_NOW


def listing(folder: Path) -> list[str]:
    """The names in ``folder``, sorted: to prove nothing stray was left behind."""
    return sorted(p.name for p in folder.iterdir())

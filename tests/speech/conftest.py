"""Speech test helpers: a fake player, a temporary cache, and the fault engines on sys.path.

The render worker is a *spawned* process that imports its engine by name, so the engines the
fault tests inject (``speech_fault_engines``) must be importable in the child: this folder is
put on ``sys.path``, which spawn copies into the child.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = str(Path(__file__).parent)
if HERE not in sys.path:
    sys.path.insert(0, HERE)

from speech_helpers import FakePlayer  # noqa: E402


@pytest.fixture
def fake_player() -> FakePlayer:
    return FakePlayer()


@pytest.fixture
def cache_dir(tmp_path: Path) -> Path:
    return tmp_path / "speech-cache"

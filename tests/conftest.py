"""Shared test set-up: headless Qt, a private app folder per test, and no leftover timers.

* ``QT_QPA_PLATFORM=offscreen`` by default, so tests run without a display (a caller may
  still choose another platform by setting the variable).
* ``STRETCHGUIDE_HOME`` points at a fresh temporary folder for every test, so no test ever reads
  or writes the real user's settings, history or speech cache.
* The system locale is English (``LANG=C.UTF-8``) for every test, so a German desktop does not
  turn the English tests German.
* Hypothesis never fails a test for being slow: on a shared two-core machine (or under mutmut's
  trampolines) generating inputs can take seconds, and speed is not what those tests check. Each
  test's own ``max_examples`` still holds.
* A test that used Qt and leaves a running ``QTimer`` or ``QThread`` behind fails (napari's
  dangling-timer check, in small): a timer left running means a window or driver was not shut
  down and would fire into a later test.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

settings.register_profile(
    "stretchguide",
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.load_profile("stretchguide")


@pytest.fixture(autouse=True)
def _private_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    home = tmp_path_factory.mktemp("stretchguide-home")
    monkeypatch.setenv("STRETCHGUIDE_HOME", str(home))
    return home


@pytest.fixture(autouse=True)
def _english_system(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every test runs on an English system, whatever the machine's locale: the app follows
    the system's language (``storage.language_setting``). Tests of other languages say so."""
    for name in ("LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")


def _running_qt_objects() -> list[str]:
    """Descriptions of every active QTimer and running QThread reachable from the app."""
    if "PySide6.QtWidgets" not in sys.modules:
        return []
    from PySide6.QtCore import QThread, QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        return []
    roots = [app, *QApplication.topLevelWidgets()] if isinstance(app, QApplication) else [app]
    found: list[str] = []
    for root in roots:
        for timer in [*root.findChildren(QTimer), *([root] if isinstance(root, QTimer) else [])]:
            if timer.isActive():
                owner = timer.parent()
                found.append(
                    f"active QTimer {timer.objectName()!r} owned by {type(owner).__name__}"
                )
        for thread in root.findChildren(QThread):
            if thread.isRunning():
                found.append(f"running QThread owned by {type(thread.parent()).__name__}")
    return found


@pytest.fixture(autouse=True)
def _no_dangling_qt(request: pytest.FixtureRequest) -> Iterator[None]:
    """Fail a Qt test that leaves timers or threads running (checked after qtbot's clean-up)."""
    yield
    if "qtbot" not in request.fixturenames:
        return
    from PySide6.QtCore import QCoreApplication, QEvent

    # Widgets closed by qtbot are deleted later; let those deletions happen first.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    leftovers = _running_qt_objects()
    if leftovers:
        pytest.fail("Qt objects left running after the test: " + "; ".join(leftovers))

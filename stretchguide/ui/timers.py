"""The one timer seam: the real ``QTimer`` in the app, a timer fired by hand in tests.

The session driver and the tray each own a single timer aimed at their next deadline; both take
a factory so tests can step them deterministically, never waiting in real time.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QObject, QTimer


class TimerLike(Protocol):
    """The part of ``QTimer`` used here; tests substitute a timer they fire by hand."""

    timeout: Any

    def setSingleShot(self, single: bool) -> None: ...
    def start(self, msec: int) -> None: ...
    def stop(self) -> None: ...
    def isActive(self) -> bool: ...


TimerFactory = Callable[[QObject], TimerLike]


def qtimer(parent: QObject) -> TimerLike:
    return QTimer(parent)

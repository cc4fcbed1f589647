"""Quit cleanly on SIGTERM and Ctrl+C, without a polling timer.

Python runs signal handlers only when the interpreter gets control, which a Qt event loop
waiting in C never gives it. ``signal.set_wakeup_fd`` writes a byte to a socket when a signal
arrives; a ``QSocketNotifier`` on the other end wakes the loop, and the handler runs.
"""

from __future__ import annotations

import signal
import socket
from collections.abc import Callable

from PySide6.QtCore import QObject, QSocketNotifier


class SignalWaker(QObject):
    def __init__(self, on_signal: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._reader, self._writer = socket.socketpair()
        self._reader.setblocking(False)
        self._writer.setblocking(False)
        self._previous_fd = signal.set_wakeup_fd(self._writer.fileno())
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._drain)
        for sig in (signal.SIGTERM, signal.SIGINT):
            signal.signal(sig, lambda *_: on_signal())

    def _drain(self) -> None:
        try:
            while self._reader.recv(64):
                pass
        except OSError:
            pass

    def close(self) -> None:
        signal.set_wakeup_fd(self._previous_fd)
        self._notifier.setEnabled(False)
        self._reader.close()
        self._writer.close()

"""Quit cleanly on SIGTERM and Ctrl+C, without a polling timer.

Python runs signal handlers only when the interpreter gets control, which a Qt event loop
waiting in C never gives it. ``signal.set_wakeup_fd`` writes a byte to a pipe when a signal
arrives; a ``QSocketNotifier`` on the other end wakes the loop, and the handler runs.

A plain pipe, not a socket pair: the ``socket`` module costs a few milliseconds of start-up
and a pipe does the same job on every POSIX system. Windows only accepts a socket there.
"""

from __future__ import annotations

import os
import signal
import sys
from collections.abc import Callable

from PySide6.QtCore import QObject, QSocketNotifier


class _WakeupPipe:
    """Non-blocking ends: ``write_fd`` for ``set_wakeup_fd``, ``read_fd`` to watch and drain."""

    def __init__(self) -> None:
        if sys.platform == "win32":
            import socket

            self._sockets = socket.socketpair()
            for end in self._sockets:
                end.setblocking(False)
            self.read_fd, self.write_fd = (end.fileno() for end in self._sockets)
        else:
            self.read_fd, self.write_fd = os.pipe()
            os.set_blocking(self.read_fd, False)
            os.set_blocking(self.write_fd, False)

    def drain(self) -> None:
        try:
            while self._read(64):
                pass
        except OSError:  # BlockingIOError: nothing left
            pass

    def _read(self, size: int) -> bytes:
        if sys.platform == "win32":
            return self._sockets[0].recv(size)
        return os.read(self.read_fd, size)

    def close(self) -> None:
        if sys.platform == "win32":
            for end in self._sockets:
                end.close()
        else:
            os.close(self.read_fd)
            os.close(self.write_fd)


class SignalWaker(QObject):
    def __init__(self, on_signal: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pipe = _WakeupPipe()
        self._previous_fd = signal.set_wakeup_fd(self._pipe.write_fd)
        self._notifier = QSocketNotifier(self._pipe.read_fd, QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._pipe.drain)
        for sig in (signal.SIGTERM, signal.SIGINT):
            signal.signal(sig, lambda *_: on_signal())

    def close(self) -> None:
        signal.set_wakeup_fd(self._previous_fd)
        self._notifier.setEnabled(False)
        self._pipe.close()

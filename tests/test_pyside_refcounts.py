"""Why pyproject.toml pins PySide6-Essentials below 6.12.

PySide6 6.12.0 on Python 3.11 releases references it never took: every ``signal.emit()`` costs
``True`` one, every void Qt call (``QTimer.start()``...) costs ``None`` one, and after a few
thousand the interpreter aborts ("bool_dealloc" / "none_dealloc") in the middle of a session.
This test fails if an installed PySide6 has that bug, so an upgrade cannot bring it back unseen.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, QTimer, Signal


class _Probe(QObject):
    ping = Signal(int)


def test_emit_and_void_calls_keep_refcounts(qapp) -> None:
    probe = _Probe()
    probe.ping.connect(lambda _n: None)
    timer = QTimer()
    true_before, none_before = sys.getrefcount(True), sys.getrefcount(None)
    for n in range(200):
        probe.ping.emit(n)
        timer.setInterval(1000)
    timer.stop()
    assert sys.getrefcount(True) >= true_before - 5
    assert sys.getrefcount(None) >= none_before - 5

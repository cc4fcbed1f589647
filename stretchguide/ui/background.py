"""Work done on Qt's thread pool, its result handed back to the GUI thread.

For work that must not hold the window up (reading a thousand routine files): ``work`` runs on
a pool thread, and ``deliver(result)`` runs later on the thread of ``owner`` (the GUI thread),
through a queued signal, as any other event. Python code on the pool thread still takes turns
with the GUI thread for the interpreter lock, a few milliseconds at a time, so the window keeps
answering while it runs.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, QThreadPool, Signal

log = logging.getLogger(__name__)
T = TypeVar("T")


class _Delivery(QObject):
    """Lives on the owner's thread; its signal, emitted on the pool thread, is queued there."""

    done = Signal(object)


def run_in_background(work: Callable[[], T], deliver: Callable[[T], None], owner: QObject) -> None:
    """Run ``work()`` on the thread pool, then ``deliver`` its result on ``owner``'s thread.

    An exception in ``work`` is logged and nothing is delivered. Nothing is delivered either
    once ``owner`` is gone.
    """
    delivery = _Delivery(owner)

    def handed_over(result: Any) -> None:
        delivery.deleteLater()
        deliver(result)

    delivery.done.connect(handed_over)

    def job() -> None:
        try:
            result = work()
        except Exception:
            log.exception("background work failed")
            return
        try:
            delivery.done.emit(result)
        except RuntimeError:  # the owner, and the delivery with it, went away meanwhile
            return

    QThreadPool.globalInstance().start(job)

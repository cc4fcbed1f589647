"""Work done on a worker thread, its result handed back to the GUI thread.

For work that must not hold the window up (reading a thousand routine files): ``work`` runs on
a worker thread, and ``deliver(result)`` runs later on the GUI thread, through a queued signal,
as any other event. Python code on the worker still takes turns with the GUI thread for the
interpreter lock, a few milliseconds at a time, so the window keeps answering while it runs.

A daemon thread rather than Qt's thread pool (as ``storage.history_service``): the app may quit
while the work runs, and Python stops a daemon thread at exit, where a pool thread still
running Python code as the interpreter shut down crashed the app (one SIGTERM in three, in
``tests/reliability/test_exit.py``). Nor may a daemon thread post to the application while
Python and Qt tear it down: a read of the library's summaries still running when the event loop
ended posted its result during the interpreter's shutdown, and the app crashed (SIGTERM right
after the first frame: 4 exits in 40 with -11, a worker in ``emit`` and the main thread past
its last Python frame). So once the loop has ended (``stop_handing_over``, called by
``app.run_app``), no work starts and nothing is posted: 0 in 60 since.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Signal
from shiboken6 import isValid

log = logging.getLogger(__name__)
T = TypeVar("T")


class _Handover:
    """Whether results may still be posted to the application; the lock makes a worker's
    "check, then post" one step against ``stop_handing_over``."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.stopped = False


_handover = _Handover()


def stop_handing_over() -> None:
    """The application's event loop has ended: start no more work, post no more results. Waits
    for a result being posted right now."""
    with _handover.lock:
        _handover.stopped = True


class _Delivery(QObject):
    """Made on the GUI thread, without a parent (the worker holds it, so it cannot be deleted
    under it); its signal, emitted on the worker, is queued to the GUI thread."""

    done = Signal(object)


def run_in_background(work: Callable[[], T], deliver: Callable[[T], None], owner: QObject) -> None:
    """Run ``work()`` on a worker thread, then ``deliver`` its result on the GUI thread.

    An exception in ``work`` is logged and nothing is delivered. Nothing is delivered either
    once ``owner`` (the window or view that asked) is gone.
    """
    if _handover.stopped:
        log.debug("background work not started: the app has quit")
        return
    delivery = _Delivery()

    def handed_over(result: Any) -> None:
        delivery.deleteLater()
        if isValid(owner):
            deliver(result)

    delivery.done.connect(handed_over)

    def job() -> None:
        try:
            result = work()
        except Exception:
            log.exception("background work failed")
            return
        try:
            with _handover.lock:
                if _handover.stopped:
                    log.debug("background result dropped: the app has quit")
                    return
                delivery.done.emit(result)
        except RuntimeError:
            # The app quit while the work ran and Qt deleted the delivery object on the way
            # out: there is no window left to hand the result to (seen on SIGTERM at start-up).
            log.debug("background result dropped: the app has quit")

    threading.Thread(target=job, name="background", daemon=True).start()

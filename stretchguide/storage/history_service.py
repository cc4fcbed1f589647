"""The history behind one worker thread, so a slow disk never freezes the window.

SQLite connections belong to the thread that made them, so the ``History`` is opened inside the
worker and every call is sent there. Callers get futures; the window only waits on them at exit,
and then only for a bounded time. The worker is a daemon thread rather than a thread pool: the
interpreter joins a pool's threads at exit, so a stuck disk would stop the app from quitting.
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable
from concurrent.futures import Future
from concurrent.futures import TimeoutError as FutureTimeout
from pathlib import Path
from typing import Any, TypeVar

from stretchguide.storage.history import History
from stretchguide.storage.history_records import HistoryEntry

log = logging.getLogger(__name__)
T = TypeVar("T")


class HistoryService:
    def __init__(self, path: Path, **history_kwargs: Any) -> None:
        self._jobs: queue.SimpleQueue[Callable[[], None] | None] = queue.SimpleQueue()
        self._thread = threading.Thread(target=self._run, name="history", daemon=True)
        self._thread.start()
        self._history: Future[History] = self._call(lambda: History(path, **history_kwargs))
        self._closed = False

    def _run(self) -> None:
        while (job := self._jobs.get()) is not None:
            job()

    def _call(self, fn: Callable[[], T]) -> Future[T]:
        future: Future[T] = Future()

        def job() -> None:
            if future.set_running_or_notify_cancel():
                try:
                    future.set_result(fn())
                except BaseException as exc:  # handed to whoever waits on the future
                    future.set_exception(exc)

        self._jobs.put(job)
        return future

    def submit(self, work: Callable[[History], T]) -> Future[T]:
        """Run ``work(history)`` on the history's thread."""
        if self._closed:
            raise RuntimeError("the history is closed")
        return self._call(lambda: work(self._history.result()))

    def record(self, entry: HistoryEntry) -> Future[int]:
        future = self.submit(lambda h: h.record(entry))
        future.add_done_callback(_log_failure)
        return future

    def last_problem(self) -> Future[str | None]:
        return self.submit(lambda h: h.last_problem)

    def close(self, timeout_s: float = 1.5) -> bool:
        """Finish pending writes (bounded) and close; True if everything was written in time."""
        if self._closed:
            return True
        self._closed = True
        done = self._call(lambda: self._history.result().close())
        self._jobs.put(None)
        try:
            done.result(timeout=timeout_s)
        except FutureTimeout:
            log.warning("history writes still pending at exit after %.1f s", timeout_s)
            return False
        except Exception as exc:  # a broken history must not stop the app from quitting
            log.warning("history close failed: %s", exc)
            return False
        return True


def _log_failure(future: Future[int]) -> None:
    exc = future.exception()
    if exc is not None:
        log.warning("a session could not be recorded: %s", exc)

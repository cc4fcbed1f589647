"""The history behind one worker thread, so a slow disk never freezes the window.

SQLite connections belong to the thread that made them, so the ``History`` is opened inside the
worker and every call is sent there. Callers get futures; the window only ever waits on them at
exit, and then only for a bounded time.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from pathlib import Path
from typing import Any, TypeVar

from stretchguide.storage.history import History, HistoryEntry

log = logging.getLogger(__name__)
T = TypeVar("T")


class HistoryService:
    def __init__(self, path: Path, **history_kwargs: Any) -> None:
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="history")
        self._history: Future[History] = self._pool.submit(History, path, **history_kwargs)
        self._closed = False

    def submit(self, work: Callable[[History], T]) -> Future[T]:
        """Run ``work(history)`` on the history's thread."""
        if self._closed:
            raise RuntimeError("the history is closed")
        return self._pool.submit(lambda: work(self._history.result()))

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
        done = self._pool.submit(lambda: self._history.result().close())
        try:
            done.result(timeout=timeout_s)
            ok = True
        except FutureTimeout:
            log.warning("history writes still pending at exit after %.1f s", timeout_s)
            ok = False
        except Exception as exc:  # a broken history must not stop the app from quitting
            log.warning("history close failed: %s", exc)
            ok = False
        self._pool.shutdown(wait=False, cancel_futures=True)
        return ok


def _log_failure(future: Future[int]) -> None:
    exc = future.exception()
    if exc is not None:
        log.warning("a session could not be recorded: %s", exc)

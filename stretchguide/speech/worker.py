"""The render worker: a spawned process that owns one TTS engine, and its handle in the app.

Why a process: a TTS engine can block, hang or crash inside C code. In a process it can be killed
(SIGKILL) at any moment and replaced, and the app's threads never wait on it. The worker only
renders files; it never plays sound, so killing it never leaves audio playing.

Protocol (pickled tuples over two one-way pipes):

* app -> worker: ``("render", job_id, text, voice, rate, volume, path)``
* worker -> app: ``("ready", voices)``, ``("init_failed", missing: bool, detail)``,
  ``("rendered", job_id, path, seconds, warning)``, ``("render_failed", job_id, detail)``.
* ``("eof", exitcode)`` is added by the app side when the worker's pipe closes (it died).

The app sends one render at a time and keeps its own queue, so a hung worker never makes the app
block on a full pipe, and a cue that is wanted *now* can jump ahead of background renders.

Why 'spawn' (not fork): a forked child would inherit Qt's threads and locks from the GUI process.
What spawn asks of the app's entry point: the worker re-imports the main *script*, so any script
that makes a speaker must start under ``if __name__ == "__main__":`` (``python -m stretchguide``
and console-script entry points already do), and a frozen (PyInstaller) build must call
``multiprocessing.freeze_support()`` first thing in ``main()``.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import queue
import threading
import time
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from .cache import wav_seconds
from .engine import EngineMissing, resolve

Message = tuple[Any, ...]
PARENT_CHECK_S = 1.0


def worker_main(requests: Connection, results: Connection, engine_spec: str) -> None:
    """Entry point of the worker process: build the engine, then render until the pipe closes."""
    _silence_stdout()
    _exit_with_parent()
    try:
        engine = resolve(engine_spec)()
        voices = engine.voices()
    except EngineMissing as exc:
        results.send(("init_failed", True, str(exc)))
        return
    except Exception as exc:
        results.send(("init_failed", False, f"{type(exc).__name__}: {exc}"))
        return
    results.send(("ready", voices))
    while True:
        try:
            msg = requests.recv()
        except (EOFError, OSError):
            return
        if msg[0] == "render":
            results.send(_render(engine, *msg[1:]))


def _render(
    engine: Any, job_id: int, text: str, voice: str, rate: int, volume: float, path: str
) -> Message:
    final = Path(path)
    tmp = final.with_name(f".{final.stem}.{os.getpid()}.tmp.wav")
    try:
        final.parent.mkdir(parents=True, exist_ok=True)
        warning = engine.render(text, tmp, voice, rate, volume)
        seconds = wav_seconds(tmp)
        if seconds is None and tmp.exists() and tmp.stat().st_size > 0:
            seconds = -1.0  # not a WAV (e.g. AIFF from macOS): valid, length unknown
        if seconds is None or seconds == 0.0:
            raise RuntimeError("the engine wrote no audio")
        os.replace(tmp, final)
    except Exception as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        return ("render_failed", job_id, f"{type(exc).__name__}: {exc}")
    return ("rendered", job_id, str(final), seconds, warning)


def _silence_stdout() -> None:
    """pyttsx3 prints "Audio saved to ..." for every file; keep the app's terminal clean."""
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 1)
        os.close(devnull)


def _exit_with_parent() -> None:
    """If the app dies without killing us (even while an engine call hangs), exit too."""
    parent = os.getppid()

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(PARENT_CHECK_S)
        os._exit(0)

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()


class WorkerHandle:
    """The app's side of one worker process. Nothing here blocks for more than a few ms.

    A reader thread waits on the result pipe and moves messages into a queue that the GUI thread
    drains with ``messages()``; the GUI thread never reads the pipe itself (a worker killed while
    writing could leave half a message there, and reading it would block).
    """

    def __init__(self, engine_spec: str) -> None:
        self.engine_spec = engine_spec
        self._inbox: queue.SimpleQueue[Message] = queue.SimpleQueue()
        ctx = multiprocessing.get_context("spawn")
        req_r, self._requests = ctx.Pipe(duplex=False)
        res_r, res_w = ctx.Pipe(duplex=False)
        self._process = ctx.Process(
            target=worker_main,
            args=(req_r, res_w, engine_spec),
            name="stretchguide-speech",
            daemon=True,
        )
        self._process.start()
        self.started_at = time.monotonic()
        req_r.close()  # the child has its own copies; closing ours makes EOF reach the reader
        res_w.close()
        self._reader = threading.Thread(
            target=self._read, args=(res_r,), name="speech-reader", daemon=True
        )
        self._reader.start()

    @property
    def pid(self) -> int | None:
        return self._process.pid

    def _read(self, conn: Connection) -> None:
        try:
            while True:
                self._inbox.put(conn.recv())
        except (EOFError, OSError):
            pass
        finally:
            conn.close()
            self._inbox.put(("eof",))

    def messages(self) -> list[Message]:
        """Every message received so far (never waits)."""
        out: list[Message] = []
        while True:
            try:
                out.append(self._inbox.get_nowait())
            except queue.Empty:
                return out

    def send(self, msg: Message) -> bool:
        """Send a small request; False if the worker is gone."""
        try:
            self._requests.send(msg)
        except (OSError, ValueError):
            return False
        return True

    def exitcode(self) -> int | None:
        return self._process.exitcode

    def kill(self, wait_s: float = 0.02) -> None:
        """SIGKILL the worker; reap it if that takes under ``wait_s`` (it normally does)."""
        with contextlib.suppress(OSError, ValueError, AttributeError):
            self._process.kill()
        with contextlib.suppress(OSError, ValueError, AssertionError):
            self._process.join(wait_s)
        with contextlib.suppress(OSError):
            self._requests.close()

"""A private D-Bus session bus per test, and real clients (playerctl, dbus-send) to talk to it.

The app side never uses the process-wide ``QDBusConnection.sessionBus()`` here (Qt caches it for
the life of the process, whatever bus an earlier test saw): it gets its own named connection to
the private bus. The clients run as subprocesses with ``DBUS_SESSION_BUS_ADDRESS`` pointing at
that bus, on a Python thread, while ``qtbot.waitUntil`` keeps Qt's event loop turning so the
app can answer them. Nothing sleeps: every wait polls a condition with a deadline.
"""

from __future__ import annotations

import os
import queue
import shutil
import subprocess
import threading
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field

import pytest
from pytestqt.qtbot import QtBot

from tests import sandbox

CLIENT_TIMEOUT_S = 10.0


def require_tools(*tools: str) -> None:
    packages = {"dbus-daemon": "dbus", "dbus-send": "dbus", "playerctl": "playerctl"}
    for tool in tools:
        if shutil.which(tool) is None:
            pytest.skip(f"{tool} is not installed (apt-get install {packages.get(tool, tool)})")


@pytest.fixture
def bus_address() -> Iterator[str]:
    """A fresh ``dbus-daemon --session`` for this test only; its address."""
    require_tools("dbus-daemon", "dbus-send", "playerctl")
    with sandbox.session_bus() as address:
        yield address


@pytest.fixture
def bus(qtbot: QtBot, bus_address: str) -> Iterator[object]:
    """The app's connection to the private bus (a ``QDBusConnection``)."""
    from PySide6.QtDBus import QDBusConnection

    name = f"test-{uuid.uuid4().hex}"
    connection = QDBusConnection.connectToBus(bus_address, name)
    assert connection.isConnected(), connection.lastError().message()
    try:
        yield connection
    finally:
        QDBusConnection.disconnectFromBus(name)


@dataclass
class Clients:
    """Runs D-Bus clients against the private bus while the Qt event loop keeps turning."""

    qtbot: QtBot
    address: str
    started: list[subprocess.Popen[str]] = field(default_factory=list)

    @property
    def env(self) -> dict[str, str]:
        return {**os.environ, "DBUS_SESSION_BUS_ADDRESS": self.address}

    def run(self, *argv: str) -> subprocess.CompletedProcess[str]:
        box: queue.Queue[subprocess.CompletedProcess[str] | BaseException] = queue.Queue()

        def work() -> None:
            try:
                box.put(
                    subprocess.run(
                        argv,
                        env=self.env,
                        capture_output=True,
                        text=True,
                        timeout=CLIENT_TIMEOUT_S,
                        check=False,
                    )
                )
            except BaseException as exc:  # handed to the test's thread below
                box.put(exc)

        thread = threading.Thread(target=work, name=f"client {argv[0]}", daemon=True)
        thread.start()
        self.qtbot.waitUntil(lambda: not thread.is_alive(), timeout=int(CLIENT_TIMEOUT_S * 1500))
        result = box.get_nowait()
        if isinstance(result, BaseException):
            raise result
        return result

    def playerctl(self, *args: str) -> str:
        """``playerctl -p stretchguide ARGS``: its output, failing the test if it failed."""
        done = self.run("playerctl", "-p", "stretchguide", *args)
        assert done.returncode == 0, f"playerctl {' '.join(args)}: {done.stderr.strip()}"
        return done.stdout.strip()

    def get(self, interface: str, prop: str) -> str:
        """A property as ``dbus-send --print-reply`` prints it (type and value)."""
        done = self.run(
            "dbus-send",
            "--session",
            "--print-reply",
            "--dest=org.mpris.MediaPlayer2.stretchguide",
            "/org/mpris/MediaPlayer2",
            "org.freedesktop.DBus.Properties.Get",
            f"string:{interface}",
            f"string:{prop}",
        )
        assert done.returncode == 0, done.stderr
        return done.stdout.split("\n", 1)[1].strip()

    def call(self, interface: str, method: str) -> subprocess.CompletedProcess[str]:
        return self.run(
            "dbus-send",
            "--session",
            "--print-reply",
            "--dest=org.mpris.MediaPlayer2.stretchguide",
            "/org/mpris/MediaPlayer2",
            f"{interface}.{method}",
        )

    def follow(self, *argv: str) -> Follower:
        """Start a long-running client (``playerctl --follow``) whose lines the test reads."""
        proc = subprocess.Popen(
            argv,
            env=self.env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        self.started.append(proc)
        return Follower(self.qtbot, proc)

    def close(self) -> None:
        for proc in self.started:
            if proc.poll() is None:
                proc.terminate()
            try:
                proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


class Follower:
    """Lines printed by a following client, read on a thread as they come."""

    def __init__(self, qtbot: QtBot, proc: subprocess.Popen[str]) -> None:
        self.qtbot = qtbot
        self.proc = proc
        self.lines: list[str] = []
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self.lines.append(line.rstrip("\n"))

    def wait_for(self, text: str, timeout_s: float = CLIENT_TIMEOUT_S) -> None:
        """Wait (turning the event loop) until the client has printed ``text`` as a line."""
        self.qtbot.waitUntil(lambda: text in self.lines, timeout=int(timeout_s * 1000))


@pytest.fixture
def clients(qtbot: QtBot, bus_address: str) -> Iterator[Clients]:
    runner = Clients(qtbot, bus_address)
    try:
        yield runner
    finally:
        runner.close()

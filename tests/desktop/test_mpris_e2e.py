"""The real app, driven from outside by playerctl over its own private session bus.

``python -m stretchguide play desk-break --no-speech`` runs offscreen with a private home folder
and ``DBUS_SESSION_BUS_ADDRESS`` pointing at the test's ``dbus-daemon``; playerctl pauses,
resumes, skips and reads the metadata exactly as a headset button or a desktop widget would.
The session runs on the real clock, so the test pauses it first and never depends on timing.

"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from stretchguide.desktop.mpris import PLAYER_INTERFACE, ROOT_INTERFACE
from tests.desktop.conftest import Clients

APP_ARGV = [sys.executable, "-m", "stretchguide", "play", "desk-break", "--no-speech"]
#: The app's start-up plus its five-second (seated) "get ready" count-in, with room for a slow
#: machine.
START_TIMEOUT_MS = 30_000


@pytest.fixture
def app(bus_address: str, tmp_path: Path, qtbot: QtBot) -> Iterator[subprocess.Popen[str]]:
    env = {
        **os.environ,
        "DBUS_SESSION_BUS_ADDRESS": bus_address,
        "QT_QPA_PLATFORM": "offscreen",
        "STRETCHGUIDE_HOME": str(tmp_path / "home"),
    }
    proc = subprocess.Popen(
        APP_ARGV,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        yield proc
    finally:
        if proc.poll() is None:
            proc.terminate()
        try:
            proc.communicate(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.communicate()


def _wait_for_session(clients: Clients, app: subprocess.Popen[str], qtbot: QtBot) -> None:
    """Until the player is on the bus and its session has started (after the count-in)."""

    def started() -> bool:
        assert app.poll() is None, f"the app exited with {app.returncode}"
        listed = clients.run("playerctl", "-l")
        if "stretchguide" not in listed.stdout.split():
            return False
        # Next is offered during the count-in too (it starts the first step at once), whose
        # track is called "Get ready": the session itself has started once that is over.
        if clients.get(PLAYER_INTERFACE, "CanGoNext") != "variant       boolean true":
            return False
        return clients.playerctl("metadata", "xesam:title") not in ("", "Get ready")

    qtbot.waitUntil(started, timeout=START_TIMEOUT_MS)


def test_playerctl_drives_the_real_app(
    app: subprocess.Popen[str], clients: Clients, qtbot: QtBot
) -> None:
    _wait_for_session(clients, app, qtbot)
    assert clients.get(ROOT_INTERFACE, "Identity") == 'variant       string "StretchGuide"'
    assert clients.playerctl("status") == "Playing"
    assert clients.playerctl("metadata", "xesam:album") == "Desk break"
    assert clients.playerctl("metadata", "xesam:title") == "Stretch safely"
    assert int(clients.playerctl("metadata", "mpris:length")) > 0

    clients.playerctl("play-pause")
    assert clients.playerctl("status") == "Paused"

    clients.playerctl("next")
    assert clients.playerctl("metadata", "xesam:title") == "Warm-up: march in your chair"
    clients.playerctl("next")
    assert clients.playerctl("metadata", "xesam:title") == "Seated glute stretch (left)"
    assert clients.playerctl("metadata", "mpris:trackid") == "'/io/github/stretchguide/step/2'"
    clients.playerctl("previous")  # paused at the step's start: back to the one before
    assert clients.playerctl("metadata", "xesam:title") == "Warm-up: march in your chair"
    assert clients.playerctl("status") == "Paused"

    clients.playerctl("play-pause")
    assert clients.playerctl("status") == "Playing"

    clients.playerctl("stop")
    assert clients.playerctl("status") == "Stopped"
    refused = clients.run("playerctl", "-p", "stretchguide", "next")
    assert refused.returncode != 0

    assert clients.call(ROOT_INTERFACE, "Quit").returncode == 0
    qtbot.waitUntil(lambda: app.poll() is not None, timeout=START_TIMEOUT_MS)
    assert app.returncode == 0

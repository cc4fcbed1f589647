"""The private servers the end-to-end tests start: two at once never share a display or a bus."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from tests import sandbox


def test_two_screens_at_once_get_two_displays() -> None:
    if shutil.which("Xvfb") is None or shutil.which("xdpyinfo") is None:
        pytest.skip("Xvfb or xdpyinfo is not installed (apt-get install xvfb x11-utils)")
    with sandbox.xvfb("640x480x24") as one, sandbox.xvfb("800x600x24") as two:
        assert one != two
        for display, size in ((one, "640x480"), (two, "800x600")):
            info = subprocess.run(
                ["xdpyinfo", "-display", display], capture_output=True, text=True, timeout=30
            )
            assert f"dimensions:    {size} pixels" in info.stdout


def test_two_buses_at_once_are_separate() -> None:
    if shutil.which("dbus-daemon") is None or shutil.which("dbus-send") is None:
        pytest.skip("dbus-daemon is not installed (apt-get install dbus)")
    with sandbox.session_bus() as one, sandbox.session_bus() as two:
        assert one != two
        for address in (one, two):
            reply = subprocess.run(
                [
                    "dbus-send",
                    "--session",
                    "--print-reply",
                    "--dest=org.freedesktop.DBus",
                    "/org/freedesktop/DBus",
                    "org.freedesktop.DBus.GetId",
                ],
                env={**os.environ, "DBUS_SESSION_BUS_ADDRESS": address},
                capture_output=True,
                text=True,
                timeout=30,
            )
            assert reply.returncode == 0, reply.stderr


def test_a_private_sound_server_is_the_default_for_its_clients(tmp_path: Path) -> None:
    if shutil.which("pulseaudio") is None or shutil.which("pactl") is None:
        pytest.skip("pulseaudio is not installed (apt-get install pulseaudio pulseaudio-utils)")
    with sandbox.pulse_server(tmp_path, sink="only-mine") as env:
        info = subprocess.run(
            ["pactl", "info"],
            env={**os.environ, **env},
            capture_output=True,
            text=True,
            timeout=30,
        )
        assert "Default Sink: only-mine" in info.stdout
    gone = subprocess.run(
        ["pactl", "info"], env={**os.environ, **env}, capture_output=True, timeout=30
    )
    assert gone.returncode != 0, "the server outlived its block"

"""The real app in a real X window (Xvfb), driven by real key presses from xdotool.

Nothing here sleeps a fixed time: every wait polls for a condition with a deadline.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests import sandbox

pytestmark = pytest.mark.e2e
#: With ``STRETCHGUIDE_ARTIFACTS=1`` the test keeps its screenshot in the checkout's artifacts/.
ARTIFACTS = Path(__file__).resolve().parents[2] / "artifacts"

TIMEOUT_S = 30.0


def _poll(check: Callable[[], object], timeout: float = TIMEOUT_S, what: str = "") -> object:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        result = check()
        if result:
            return result
        time.sleep(0.05)  # polling a condition, not waiting a fixed time
    raise AssertionError(f"timed out after {timeout} s waiting for {what}")


@pytest.fixture
def xvfb() -> Iterator[str]:
    """A private X screen (Xvfb picks a free display itself: parallel runs never collide)."""
    for tool, package in (("Xvfb", "xvfb"), ("xdotool", "xdotool"), ("import", "imagemagick")):
        if shutil.which(tool) is None:
            pytest.skip(f"{tool} is not installed (apt-get install {package})")
    with sandbox.xvfb() as display:
        yield display


@pytest.fixture
def bus() -> Iterator[str]:
    """A private session bus, so the app's MPRIS name never meets another run's."""
    if shutil.which("dbus-daemon") is None:
        pytest.skip("dbus-daemon is not installed (apt-get install dbus)")
    with sandbox.session_bus() as address:
        yield address


def _xdotool(display: str, *args: str) -> str:
    env = {**os.environ, "DISPLAY": display}
    done = subprocess.run(
        ["xdotool", *args], env=env, capture_output=True, text=True, timeout=TIMEOUT_S
    )
    return done.stdout.strip()


def test_play_pause_skip_stop_and_quit(xvfb: str, bus: str, tmp_path: Path) -> None:
    env = {
        **os.environ,
        "DISPLAY": xvfb,
        "DBUS_SESSION_BUS_ADDRESS": bus,
        "QT_QPA_PLATFORM": "xcb",
        "STRETCHGUIDE_HOME": str(tmp_path / "home"),
    }
    command = [sys.executable, "-m", "stretchguide", "play", "desk-break", "--no-speech"]
    app = subprocess.Popen(
        command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        window = str(
            _poll(
                lambda: _xdotool(
                    xvfb,
                    "search",
                    "--sync",
                    "--onlyvisible",
                    "--pid",
                    str(app.pid),
                    "--name",
                    "StretchGuide",
                ).split("\n")[0],
                what="the app's window",
            )
        )
        _xdotool(xvfb, "windowfocus", "--sync", window)

        def key(*keys: str) -> None:
            _xdotool(xvfb, "key", "--window", window, "--clearmodifiers", *keys)

        def title_has(text: str) -> None:
            _poll(lambda: text in _xdotool(xvfb, "getwindowname", window), what=repr(text))

        # The window title names the step. Right during the get-ready starts the first at once.
        title_has("Get ready")
        key("Right")
        title_has("Stretch safely")
        key("space")
        title_has("Paused: Stretch safely")
        key("Right")
        title_has("Paused: Warm-up: march in your chair")
        shot = tmp_path / "e2e.png"
        subprocess.run(
            ["import", "-display", xvfb, "-window", "root", str(shot)],
            check=True,
            timeout=TIMEOUT_S,
        )
        assert shot.stat().st_size > 10_000
        if os.environ.get("STRETCHGUIDE_ARTIFACTS"):
            ARTIFACTS.mkdir(parents=True, exist_ok=True)
            shutil.copy(shot, ARTIFACTS / "e2e.png")
        key("Escape")
        question = str(
            _poll(
                lambda: _xdotool(xvfb, "search", "--onlyvisible", "--name", "End the session"),
                what="the stop question",
            )
        ).split("\n")[0]
        _xdotool(xvfb, "key", "--window", question, "Return")
        title_has("Session stopped")
        assert app.poll() is None, "the app quit on its own"
        # Quit as a person would: Ctrl+Q typed into the focused window (XTEST, not SendEvent).
        # (Xvfb has no window manager, so focus is set directly rather than "activated".)
        _xdotool(xvfb, "windowfocus", "--sync", window)
        _xdotool(xvfb, "key", "--clearmodifiers", "ctrl+q")
        code = app.wait(timeout=TIMEOUT_S)
    finally:
        if app.poll() is None:
            app.kill()
            app.wait(5)
    _out, err = app.communicate()
    assert code == 0, err
    assert "Traceback" not in err, err
    settings = tmp_path / "home" / "config" / "window.ini"
    assert settings.exists(), "the window state was not saved on close"

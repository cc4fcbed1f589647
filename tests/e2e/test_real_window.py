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

pytestmark = pytest.mark.e2e

TIMEOUT_S = 30.0


def _poll(check: Callable[[], object], timeout: float = TIMEOUT_S, what: str = "") -> object:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        result = check()
        if result:
            return result
        time.sleep(0.05)  # polling a condition, not waiting a fixed time
    raise AssertionError(f"timed out after {timeout} s waiting for {what}")


def _free_display() -> int:
    for n in range(90, 200):
        if not Path(f"/tmp/.X11-unix/X{n}").exists() and not Path(f"/tmp/.X{n}-lock").exists():
            return n
    raise RuntimeError("no free X display number")


@pytest.fixture
def xvfb() -> Iterator[str]:
    if shutil.which("Xvfb") is None:
        pytest.skip("Xvfb is not installed (apt-get install xvfb)")
    for tool in ("xdotool", "import"):
        if shutil.which(tool) is None:
            pytest.skip(f"{tool} is not installed (apt-get install xdotool imagemagick)")
    n = _free_display()
    proc = subprocess.Popen(
        ["Xvfb", f":{n}", "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    display = f":{n}"
    try:
        _poll(lambda: Path(f"/tmp/.X11-unix/X{n}").exists() or proc.poll() is not None, what="Xvfb")
        if proc.poll() is not None:
            pytest.fail(f"Xvfb exited with {proc.returncode}")
        yield display
    finally:
        proc.terminate()
        try:
            proc.wait(5)
        except subprocess.TimeoutExpired:
            proc.kill()


def _xdotool(display: str, *args: str) -> str:
    env = {**os.environ, "DISPLAY": display}
    done = subprocess.run(
        ["xdotool", *args], env=env, capture_output=True, text=True, timeout=TIMEOUT_S
    )
    return done.stdout.strip()


def test_play_pause_skip_stop_and_quit(xvfb: str, tmp_path: Path) -> None:
    env = {
        **os.environ,
        "DISPLAY": xvfb,
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
            target = Path("/work/main/artifacts")
            target.mkdir(parents=True, exist_ok=True)
            shutil.copy(shot, target / "e2e.png")
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

"""A private X server, session bus and sound server for one test, benchmark or script.

Two runs at the same moment on one machine (two checkouts, CI beside a developer) must never meet.
So nothing here picks a display number, a bus or a socket by looking for what seems free: each
server chooses for itself and reports what it took.

* ``xvfb()``: ``Xvfb -displayfd FD`` picks a free display, locks it, and writes its number to FD
  once it accepts connections; we read that number (no lock-file guessing, no polling a socket).
* ``session_bus()``: a ``dbus-daemon --session`` of our own, ``--print-address`` tells where.
* ``pulse_server(folder)``: ``pulseaudio -n`` (no default configuration, so no desktop server is
  touched) with a null sink and its socket in a folder of our own; ``PULSE_SERVER`` and
  ``PULSE_RUNTIME_PATH`` point a client at it.

Each is a context manager that stops exactly the process it started. Plain standard library, so
``scripts/`` and ``benchmarks/`` use it too (they put the repository on ``sys.path``).
"""

from __future__ import annotations

import contextlib
import os
import select
import shutil
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

#: Generous for a loaded two-core machine; a healthy server answers in well under a second.
START_TIMEOUT_S = 30.0


class SandboxError(RuntimeError):
    """A server could not be started; the message says which and why."""


def _stop(proc: subprocess.Popen[bytes] | subprocess.Popen[str]) -> None:
    if proc.poll() is None:
        proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


def _read_line(fd: int, timeout_s: float, proc: subprocess.Popen[bytes], what: str) -> str:
    """One line from ``fd`` (a pipe a server writes to once it is ready), within ``timeout_s``."""
    data = b""
    deadline = time.monotonic() + timeout_s
    while not data.endswith(b"\n"):
        left = deadline - time.monotonic()
        if left <= 0:
            raise SandboxError(f"{what} reported nothing within {timeout_s:.0f} s")
        ready, _, _ = select.select([fd], [], [], min(left, 0.5))
        if ready:
            chunk = os.read(fd, 64)
            if not chunk:  # the server closed its end: it exited
                raise SandboxError(f"{what} exited with {proc.wait()} before it was ready")
            data += chunk
        elif proc.poll() is not None:
            raise SandboxError(f"{what} exited with {proc.returncode} before it was ready")
    return data.decode().strip()


@contextlib.contextmanager
def xvfb(size: str = "1280x800x24") -> Iterator[str]:
    """A private Xvfb screen of ``size`` (WxHxDEPTH); yields its ``DISPLAY`` (``":N"``)."""
    if shutil.which("Xvfb") is None:
        raise SandboxError("Xvfb is not installed (apt-get install xvfb)")
    read_end, write_end = os.pipe()
    try:
        proc = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write_end), "-screen", "0", size, "-nolisten", "tcp"],
            pass_fds=(write_end,),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
    finally:
        os.close(write_end)  # ours; Xvfb has its own copy
    try:
        try:
            number = _read_line(read_end, START_TIMEOUT_S, proc, "Xvfb")
        finally:
            os.close(read_end)
        if not number.isdigit():
            raise SandboxError(f"Xvfb reported {number!r} instead of a display number")
        yield f":{number}"
    finally:
        _stop(proc)


@contextlib.contextmanager
def session_bus() -> Iterator[str]:
    """A private D-Bus session bus; yields its address for ``DBUS_SESSION_BUS_ADDRESS``."""
    if shutil.which("dbus-daemon") is None:
        raise SandboxError("dbus-daemon is not installed (apt-get install dbus)")
    read_end, write_end = os.pipe()
    try:
        proc = subprocess.Popen(
            ["dbus-daemon", "--session", "--nofork", "--nopidfile", f"--print-address={write_end}"],
            pass_fds=(write_end,),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,  # as root it warns about its file-descriptor limit
        )
    finally:
        os.close(write_end)
    try:
        try:
            address = _read_line(read_end, START_TIMEOUT_S, proc, "dbus-daemon")
        finally:
            os.close(read_end)
        yield address
    finally:
        _stop(proc)


@contextlib.contextmanager
def pulse_server(folder: Path, sink: str = "sandbox") -> Iterator[dict[str, str]]:
    """A private PulseAudio server with one null sink (the default), its files under ``folder``.

    Yields the environment a client needs (``PULSE_SERVER``, ``PULSE_RUNTIME_PATH``,
    ``PULSE_STATE_PATH``, ``PULSE_SINK``): merge it into ``os.environ`` or a child's env.
    """
    for tool, package in (("pulseaudio", "pulseaudio"), ("pactl", "pulseaudio-utils")):
        if shutil.which(tool) is None:
            raise SandboxError(f"{tool} is not installed (apt-get install {package})")
    runtime = folder / "pulse"
    runtime.mkdir(parents=True, exist_ok=True)
    os.chmod(runtime, 0o700)
    socket = runtime / "native"
    env = {
        "PULSE_RUNTIME_PATH": str(runtime),
        "PULSE_STATE_PATH": str(runtime / "state"),
        "PULSE_SERVER": f"unix:{socket}",
        "PULSE_SINK": sink,
    }
    child_env = {**os.environ, **env, "XDG_RUNTIME_DIR": str(runtime), "HOME": str(folder)}
    proc = subprocess.Popen(
        [
            "pulseaudio",
            "--daemonize=no",
            "-n",  # no default.pa: load only what is named here
            "--exit-idle-time=-1",
            "--disallow-exit",
            "--use-pid-file=no",
            f"--load=module-null-sink sink_name={sink}",
            f"--load=module-native-protocol-unix socket={socket} auth-anonymous=1",
        ],
        env=child_env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,  # as root it warns that it is meant for a desktop user
    )
    try:
        deadline = time.monotonic() + START_TIMEOUT_S
        while True:
            ready = subprocess.run(["pactl", "info"], env=child_env, capture_output=True)
            if ready.returncode == 0:
                break
            if proc.poll() is not None:
                raise SandboxError(f"pulseaudio exited with {proc.returncode} before it was ready")
            if time.monotonic() > deadline:
                raise SandboxError(f"pulseaudio did not answer within {START_TIMEOUT_S:.0f} s")
            time.sleep(0.05)  # polling a condition with a deadline
        subprocess.run(["pactl", "set-default-sink", sink], env=child_env, check=True)
        yield env
    finally:
        _stop(proc)

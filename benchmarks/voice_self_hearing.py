"""Voice control hears the app itself: false commands while it coaches every built-in routine.

    .venv/bin/python benchmarks/voice_self_hearing.py                 # all four routines, ~35 min
    .venv/bin/python benchmarks/voice_self_hearing.py --parallel 2    # two at a time, ~18 min
    .venv/bin/python benchmarks/voice_self_hearing.py --routine desk-break   # ~3 min

As a laptop's microphone hears its own speakers: each routine plays in the real app
(``stretchguide play ROUTINE --voice``, speech on, the default engine) against a private
PulseAudio whose null sink is the output and whose monitor of that sink is the DEFAULT SOURCE,
so the recogniser process records exactly what the app says. Nobody else speaks, so every
command the recogniser reports is a false one. Counted from the app's log:

- heard: commands the recogniser process reported (the recogniser alone, before the gate);
- acted on: commands that reached the session (after the own-speech gate of ``ui.voice_control``).

The goal is 0 acted on. Also reported, for the recogniser process over the whole session: CPU
as % of one core (user + system from ``/proc``), and its peak resident memory (VmHWM).
Prints ``RESULT`` lines for run_all.py.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import re
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from tests.sandbox import pulse_server  # noqa: E402

ROUTINES = ("desk-break", "lower-back-relief", "deep-glute-release", "full-lower-back-and-glutes")
#: The app, with the voice logger at INFO on stderr (the app itself configures no logging).
BOOT = """
import logging, sys
logging.basicConfig(level=logging.WARNING, format="%(created).3f %(name)s %(message)s")
logging.getLogger("stretchguide.voice").setLevel(logging.INFO)
from stretchguide.cli import main
sys.exit(main(["play", sys.argv[1], "--voice"]))
"""
TICK = os.sysconf("SC_CLK_TCK")


@dataclass
class Run:
    routine: str
    seconds: float
    heard: list[str]
    acted: list[str]
    worker_cpu_s: float
    worker_peak_mib: float
    log_tail: str


def _worker_pid(app_pid: int) -> int | None:
    for stat in Path("/proc").glob("[0-9]*/stat"):
        with contextlib.suppress(OSError, ValueError):
            text = stat.read_text()
            ppid = int(text[text.rindex(")") + 2 :].split()[1])
            if ppid != app_pid:
                continue
            cmdline = Path(stat.parent, "cmdline").read_bytes()
            if b"stretchguide.voice.worker" in cmdline:
                return int(stat.parent.name)
    return None


def _worker_figures(pid: int) -> tuple[float, float]:
    """CPU seconds and peak RSS (MiB) of the recogniser process so far."""
    stat = Path(f"/proc/{pid}/stat").read_text()
    fields = stat[stat.rindex(")") + 2 :].split()
    cpu = (int(fields[11]) + int(fields[12])) / TICK
    status = Path(f"/proc/{pid}/status").read_text()
    hwm = next(int(line.split()[1]) for line in status.splitlines() if line.startswith("VmHWM"))
    return cpu, hwm / 1024


def session_seconds(routine: str) -> float:
    from stretchguide.core.assets import assets_dir, builtin_routines_dir
    from stretchguide.core.catalog_loader import load_catalog
    from stretchguide.core.loader import load_library
    from stretchguide.core.timeline import compile_timeline

    catalog = load_catalog(assets_dir())
    library = load_library(catalog, builtin_routines_dir())
    found = library.get(routine)
    assert found is not None, routine
    return compile_timeline(found, catalog).total_s


def play(routine: str, margin_s: float = 25.0) -> Run:
    """One routine, start to end, in its own PulseAudio and home."""
    with (
        tempfile.TemporaryDirectory(prefix="stretchguide-selfhear-") as tmp,
        pulse_server(Path(tmp), sink="speakers") as server,
    ):
        env = {
            **os.environ,
            **server,
            "QT_QPA_PLATFORM": "offscreen",
            "STRETCHGUIDE_HOME": str(Path(tmp, "home")),
            "PYTHONPATH": str(REPO),
        }
        subprocess.run(["pactl", "set-default-source", "speakers.monitor"], env=env, check=True)
        log_path = Path(tmp, "app.log")
        seconds = session_seconds(routine) + margin_s
        with log_path.open("w") as log:
            app = subprocess.Popen(
                [sys.executable, "-c", BOOT, routine], env=env, stdout=log, stderr=log
            )
        cpu, peak, worker = 0.0, 0.0, None
        try:
            deadline = time.monotonic() + seconds
            while time.monotonic() < deadline and app.poll() is None:
                time.sleep(1.0)  # a benchmark on the real clock: sample once a second
                worker = worker or _worker_pid(app.pid)
                if worker is not None:
                    with contextlib.suppress(OSError, StopIteration):
                        cpu, peak = _worker_figures(worker)
        finally:
            app.terminate()
            try:
                app.wait(15)
            except subprocess.TimeoutExpired:
                app.kill()
                app.wait()
        text = log_path.read_text(errors="replace")
    acted = re.findall(r"stretchguide\.voice voice: acted on (\w+)", text)
    heard = re.findall(r"stretchguide\.voice voice: heard (\w+)", text)
    return Run(routine, seconds, heard, acted, cpu, peak, text[-2000:])


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--routine", action="append", help="only this routine (repeatable)")
    parser.add_argument("--parallel", type=int, default=1, help="routines played at once")
    args = parser.parse_args()
    routines = tuple(args.routine or ROUTINES)
    with ThreadPoolExecutor(max_workers=max(1, args.parallel)) as pool:
        runs = list(pool.map(play, routines))
    for run in runs:
        print(
            f"{run.routine}: {run.seconds:.0f} s, heard {len(run.heard)} {run.heard}, "
            f"acted on {len(run.acted)} {run.acted}, recogniser CPU "
            f"{100 * run.worker_cpu_s / run.seconds:.1f} %, peak {run.worker_peak_mib:.0f} MiB"
        )
        if run.worker_cpu_s == 0.0:
            print(f"  (no recogniser process seen; the app's log ends with:)\n{run.log_tail}")
    heard = sum(len(r.heard) for r in runs)
    acted = sum(len(r.acted) for r in runs)
    seconds = sum(r.seconds for r in runs)
    cpu = 100 * sum(r.worker_cpu_s for r in runs) / seconds
    peak = max(r.worker_peak_mib for r in runs)
    names = ", ".join(routines)
    print(f'RESULT name="voice: own speech heard by the recogniser ({names})" measured={heard}')
    print(
        f'RESULT name="voice: false commands acted on while coaching ({names})" '
        f'measured={acted} goal="0" ok={"yes" if acted == 0 else "no"}'
    )
    print(
        f'RESULT name="voice: recogniser CPU while the app coaches" measured={cpu:.1f} unit=% '
        f'goal="<=15" ok={"yes" if cpu <= 15 else "no"}'
    )
    print(f'RESULT name="voice: recogniser peak memory (VmHWM)" measured={peak:.0f} unit=MiB')
    return 0 if acted == 0 else 1


if __name__ == "__main__":
    raise SystemExit(main())

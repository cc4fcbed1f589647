"""What each start-up trick saves, in wall-clock time to the app's first frame.

Not a test: run ``python benchmarks/startup_tricks.py`` (about 2 minutes; ``--runs 5`` for a
short run). The app is launched as its desktop entry launches it, in one warmed home, and the
first painted frame is timed (``STRETCHGUIDE_PROBE_MS``, as in ``ui_startup.py``). Each trick is
measured by *adding back* in the same process what it avoids, before the app starts:

* ``Qt namespace``: PySide6 builds all 93 enums of ``Qt`` on first use; code that writes
  ``Qt.AlignmentFlag.AlignLeft`` in the first frame pays for it there.
* ``feature hook``: PySide6's ``__feature__`` import hook left on (it reads the source of every
  module an import names).
* ``collector on``: the cycle collector left running during start-up.
* ``dataclasses``: the app's records made as frozen dataclasses instead of NamedTuples (each of
  the record classes the first frame creates, made again as a dataclass: an upper bound, since
  the NamedTuples are still made too).
* ``delegate``: what a painting delegate for the routine rows needs beyond the ``Qt`` namespace
  (the style-option and style enums, QPainter).

Every variant runs ``--runs`` times, interleaved with the app as it is, so a slow spell of the
machine hits all alike; a variant's saving is its median first frame minus the app's. A trick is
worth keeping only if it saves more than 20 ms (DEVELOPERS.md: a person does not feel less).
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from typing import NamedTuple

WORTH_KEEPING_MS = 20.0

RUN_APP = "\nfrom stretchguide.cli import main\nsys.exit(main())\n"

#: Code run before the app, per variant: it adds back what the trick avoids.
VARIANTS: dict[str, str] = {
    "as it is": "",
    "Qt namespace": "from PySide6.QtCore import Qt\nQt.AlignmentFlag.AlignLeft\n",
    "feature hook": (
        "import stretchguide.app as app_module\n"
        "app_module.skip_feature_import_hook = lambda: False\n"
    ),
    "collector on": "import gc\ngc.disable = lambda: None\n",
    "dataclasses": "MAKE_DATACLASSES",
    "delegate": (
        "from PySide6.QtGui import QPainter\n"
        "from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem\n"
        "QStyle.StateFlag.State_Selected, QStyleOptionViewItem.ViewItemFeature.WrapText\n"
        "QPainter.RenderHint.Antialiasing\n"
    ),
}

#: Lists, in a child that has shown the library, every NamedTuple class of the app's modules.
_LIST_RECORDS = """
import sys
from stretchguide.cli import main
import atexit
def report():
    for name, module in list(sys.modules.items()):
        if not name.startswith('stretchguide'):
            continue
        for value in vars(module).values():
            if (isinstance(value, type) and issubclass(value, tuple)
                    and hasattr(value, '_fields') and value.__module__ == name):
                print('RECORD', value.__name__, ' '.join(value._fields), flush=True)
atexit.register(report)
sys.exit(main())
"""


def _env(home: str) -> dict[str, str]:
    inherited = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    return {
        **inherited,
        "QT_QPA_PLATFORM": "offscreen",
        "STRETCHGUIDE_HOME": home,
        "STRETCHGUIDE_PROBE_MS": "exit",
    }


class Sample(NamedTuple):
    wall_s: float
    cpu_s: float


def _first_frame(prelude: str, home: str) -> Sample:
    """One launch that ends itself at the first turn of the event loop after ``show()``
    (``STRETCHGUIDE_PROBE_MS=exit``): the wall-clock time to that point, and the CPU time the
    process used to get there (what the wall clock shows on an idle machine: start-up runs on
    one thread)."""
    code = "import sys\n" + prelude + RUN_APP
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    out = subprocess.run(
        [sys.executable, "-c", code],
        env=_env(home),
        capture_output=True,
        text=True,
        timeout=60,
    ).stdout
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if "SHOWN" not in out:
        raise RuntimeError(f"no first frame reported: {out!r}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return Sample(wall, cpu)


def _instructions(prelude: str, home: str) -> int:
    """Instructions one launch executes up to its first frame (callgrind's "Collected")."""
    code = "import sys\n" + prelude + RUN_APP
    err = subprocess.run(
        [
            *("valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null"),
            *(sys.executable, "-c", code),
        ],
        env=_env(home),
        capture_output=True,
        text=True,
        timeout=600,
    ).stderr
    found = re.search(r"Collected : (\d+)", err)
    if found is None:
        raise RuntimeError(f"callgrind reported no count: {err[-2000:]}")
    return int(found.group(1))


def _dataclass_prelude(home: str) -> str:
    out = subprocess.run(
        [sys.executable, "-c", _LIST_RECORDS],
        env=_env(home),
        capture_output=True,
        text=True,
        timeout=60,
    ).stdout
    specs = [line.split()[1:] for line in out.splitlines() if line.startswith("RECORD ")]
    lines = ["import dataclasses"]
    for name, *fields in specs:
        lines.append(f"dataclasses.make_dataclass({name!r}, {fields!r}, frozen=True, slots=True)")
    return "\n".join(lines) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=21)
    parser.add_argument(
        "--instructions",
        action="store_true",
        help="also count each variant's instructions under callgrind (needs valgrind)",
    )
    options = parser.parse_args()
    runs = options.runs
    with tempfile.TemporaryDirectory() as home:
        variants = dict(VARIANTS)
        variants["dataclasses"] = _dataclass_prelude(home)
        for prelude in variants.values():
            _first_frame(prelude, home)  # warm-up: bytecode, caches, the app's home
        samples: dict[str, list[Sample]] = {name: [] for name in variants}
        for _ in range(runs):
            for name, prelude in variants.items():
                samples[name].append(_first_frame(prelude, home))
        counts: dict[str, int] = {}
        if options.instructions and shutil.which("valgrind"):
            counts = {name: _instructions(prelude, home) for name, prelude in variants.items()}

    def median(name: str, field: str) -> float:
        return statistics.median(getattr(s, field) for s in samples[name])

    base_wall, base_cpu = median("as it is", "wall_s"), median("as it is", "cpu_s")
    print(f"{runs} interleaved launches each; medians; saving = variant minus the app as it is")
    heading = f"{'trick':<16}{'wall (s)':>10}{'CPU (s)':>10}{'saves, wall':>13}{'saves, CPU':>12}"
    print(heading, end="")
    print(f"{'instructions added':>22}" if counts else "")
    print(f"{'as it is':<16}{base_wall:>10.3f}{base_cpu:>10.3f}", end="")
    print(f"{counts['as it is'] / 1e6:>20.1f} M instructions" if counts else "")
    for name in samples:
        if name == "as it is":
            continue
        wall, cpu = median(name, "wall_s"), median(name, "cpu_s")
        saving_wall, saving_cpu = (wall - base_wall) * 1000, (cpu - base_cpu) * 1000
        extra = ""
        if counts:
            added = counts[name] - counts["as it is"]
            # Instructions as time at the app's own rate (its CPU time over its instructions).
            as_ms = added * base_cpu / counts["as it is"] * 1000
            extra = f"{added / 1e6:>10.1f} M = {as_ms:.1f} ms"
        print(
            f"{name:<16}{wall:>10.3f}{cpu:>10.3f}{saving_wall:>10.1f} ms{saving_cpu:>9.1f} ms"
            + extra
        )
        print(
            f'RESULT name="start-up trick: {name}" measured={saving_cpu:.1f} unit=ms '
            f'goal=">{WORTH_KEEPING_MS:.0f} ms to keep" '
            f"ok={'yes' if saving_cpu > WORTH_KEEPING_MS else 'no'}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())

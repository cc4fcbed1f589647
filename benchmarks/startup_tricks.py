"""What each start-up trick saves, in wall-clock time to the app's first frame.

Not a test: run ``python benchmarks/startup_tricks.py`` (about 3 minutes; ``--runs 5`` for a
short run; ``--instructions`` also counts each variant under callgrind). The app is launched as
its desktop entry launches it, in one warmed home, and ends itself when its first frame has been
painted (``STRETCHGUIDE_PROBE_MS=exit-at-frame``): what a person sees first, and where a cost
only moved from before ``show()`` into the first paint still counts. Each trick is measured in
the same process as the app, by code run before the app starts:

* ``Qt namespace`` (kept): PySide6 builds all 93 enums of ``Qt`` on first use; the library's
  first frame avoids it (``ui/qt_values.py``). The variant builds it first: what code writing
  ``Qt.AlignmentFlag.AlignLeft`` in the first frame would pay. ``elided()`` exists only because
  ``QFontMetrics.elidedText`` needs ``Qt.TextElideMode``: its saving is this one.
* ``feature hook`` (dropped): PySide6's ``__feature__`` import hook taken off Python's import,
  as the app once did; the variant does it again.
* ``collector`` (dropped): the cycle collector off during start-up, as the app once did.
* ``dataclasses``: the app's records (every record class made before the first frame) as
  frozen dataclasses against the same records as NamedTuples. Each variant makes the records
  once more, with the app's own field lists, on top of the app as it is; the trick's saving is
  the dataclass variant's time minus the NamedTuple variant's.

Every variant runs ``--runs`` times, interleaved with the app as it is, so a slow spell of the
machine hits all alike. A kept trick's saving is the variant's median minus the app's; a dropped
trick's is the app's minus the variant's. A trick is worth keeping only if it saves more than
20 ms of wall-clock time (DEVELOPERS.md: a person does not feel less). On a busy machine the
wall clock scatters: the CPU time and the instruction count say the same more steadily.
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


class Variant(NamedTuple):
    prelude: str
    #: +1: the variant adds back what a kept trick avoids; -1: it applies a dropped trick.
    sign: int
    #: The variant the saving is measured against.
    against: str = "as it is"


#: Code run before the app, per variant.
VARIANTS: dict[str, Variant] = {
    "as it is": Variant("", 1),
    "Qt namespace": Variant("from PySide6.QtCore import Qt\nQt.AlignmentFlag.AlignLeft\n", 1),
    "feature hook": Variant(
        "import builtins\n"
        "import PySide6\n"
        "if getattr(builtins, '__orig_import__', None):\n"
        "    builtins.__import__ = builtins.__orig_import__\n",
        -1,
    ),
    "collector": Variant("import gc\ngc.disable()\n", -1),
    # Made from the app's own records: see _record_preludes.
    "dataclasses": Variant("", 1, against="namedtuples"),
    "namedtuples": Variant("", 1),
}

#: Lists, in a child that has shown the library and quit, every record class (a NamedTuple or a
#: dataclass) of the app's modules, with its fields. It must quit normally (a probe in
#: milliseconds, not "exit"), or the report never runs.
_LIST_RECORDS = """
import dataclasses, sys
from stretchguide.cli import main
import atexit
def report():
    for name, module in list(sys.modules.items()):
        if not name.startswith('stretchguide'):
            continue
        for value in vars(module).values():
            if not isinstance(value, type) or value.__module__ != name:
                continue
            if dataclasses.is_dataclass(value):
                fields = [f.name for f in dataclasses.fields(value)]
            elif issubclass(value, tuple) and hasattr(value, '_fields'):
                fields = list(value._fields)
            else:
                continue
            print('RECORD', value.__name__, ' '.join(fields), flush=True)
atexit.register(report)
sys.exit(main())
"""


def _env(home: str) -> dict[str, str]:
    inherited = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    return {
        **inherited,
        "QT_QPA_PLATFORM": "offscreen",
        "STRETCHGUIDE_HOME": home,
        "STRETCHGUIDE_PROBE_MS": "exit-at-frame",
    }


class Sample(NamedTuple):
    wall_s: float
    cpu_s: float


def _first_frame(prelude: str, home: str) -> Sample:
    """One launch that ends itself when its first frame has been painted
    (``STRETCHGUIDE_PROBE_MS=exit-at-frame``): the wall-clock time to that point, and the CPU
    time the process used to get there (what the wall clock shows on an idle machine: start-up
    runs on one thread)."""
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
    if "PAINTED" not in out:
        raise RuntimeError(f"no first frame reported: {out!r}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return Sample(wall, cpu)


def _instructions(prelude: str, home: str) -> int:
    """Instructions one launch executes up to the first turn of the event loop after ``show()``
    (callgrind's "Collected"), as ``startup_instructions.py`` counts them. Not up to the first
    frame: under callgrind the app runs fifty times slower, so its timers fire before the frame
    as they never do outside it, and the count to the frame varied by 70 M from run to run. Every
    variant's own cost is paid before ``show()``, so the count to there holds all of it."""
    code = "import sys\n" + prelude + RUN_APP
    err = subprocess.run(
        [
            *("valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null"),
            *(sys.executable, "-c", code),
        ],
        env={**_env(home), "STRETCHGUIDE_PROBE_MS": "exit"},
        capture_output=True,
        text=True,
        timeout=600,
    ).stderr
    found = re.search(r"Collected : (\d+)", err)
    if found is None:
        raise RuntimeError(f"callgrind reported no count: {err[-2000:]}")
    return int(found.group(1))


def _record_preludes(home: str) -> tuple[str, str]:
    """Code that makes every record class of the first frame once more: as frozen dataclasses
    (as the app writes them) and as NamedTuples."""
    out = subprocess.run(
        [sys.executable, "-c", _LIST_RECORDS],
        env={**_env(home), "STRETCHGUIDE_PROBE_MS": "100"},
        capture_output=True,
        text=True,
        timeout=60,
    ).stdout
    specs = [line.split()[1:] for line in out.splitlines() if line.startswith("RECORD ")]
    if not specs:
        raise RuntimeError(f"no record classes listed: {out!r}")
    dataclasses = ["import dataclasses"]
    namedtuples = ["import collections"]
    for name, *fields in specs:
        dataclasses.append(f"dataclasses.make_dataclass({name!r}, {fields!r}, frozen=True)")
        namedtuples.append(f"collections.namedtuple({name!r}, {fields!r})")
    return "\n".join(dataclasses) + "\n", "\n".join(namedtuples) + "\n"


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
        variants = {name: variant.prelude for name, variant in VARIANTS.items()}
        variants["dataclasses"], variants["namedtuples"] = _record_preludes(home)
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
    print(f"{runs} interleaved launches each; medians of the time to the window shown")
    heading = f"{'trick':<16}{'wall (s)':>10}{'CPU (s)':>10}{'saves, wall':>13}{'saves, CPU':>12}"
    print(heading, end="")
    print(f"{'saves, instructions':>24}" if counts else "")
    print(f"{'as it is':<16}{base_wall:>10.3f}{base_cpu:>10.3f}", end="")
    print(f"{counts['as it is'] / 1e6:>20.1f} M instructions" if counts else "")
    references = {variant.against for variant in VARIANTS.values()}
    for name in samples:
        if name in references:
            continue
        wall, cpu = median(name, "wall_s"), median(name, "cpu_s")
        sign, against = VARIANTS[name].sign, VARIANTS[name].against
        saving_wall = sign * (wall - median(against, "wall_s")) * 1000
        saving_cpu = sign * (cpu - median(against, "cpu_s")) * 1000
        extra = ""
        if counts:
            added = sign * (counts[name] - counts[against])
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

"""Start-up counted in CPU instructions, against the bare window: the noise-free view of
``ui_startup.py``.

Not a test: run ``python benchmarks/startup_instructions.py`` (needs Debian's ``valgrind``; about
a minute). Wall-clock start-up on a shared two-core machine moves by a tenth from one run to the
next; the number of instructions a process executes does not. Each program runs once under
``valgrind --tool=callgrind`` and ends itself at the first turn of the event loop after
``show()`` (the app through ``STRETCHGUIDE_PROBE_MS=exit``), so the count covers exactly the
span ``ui_startup.py`` times: Python's own start, the imports, the window, ``show()``.

Three programs, as in ``ui_startup.py``: the bare window, the same with one plain-text label and
a short list (what any PySide6 window with text pays: the ``Qt`` namespace's enums and the font
database), and the app, launched as its desktop entry launches it in a home warmed by one
ordinary launch. The two windows run in parallel, then the app (the counts do not depend on it).
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from ui_startup import BARE, TEXT_WINDOW, child_env  # the same programs, not copies

#: The prelude's probe, made to end the process at the first turn of the event loop.
_EXIT = "\nimport os\nQTimer.singleShot(0, lambda: os._exit(0))\n"


def _count(command: list[str], home: str) -> int:
    """Instructions executed by ``command`` (callgrind's "Collected" total)."""
    out = subprocess.run(
        ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", *command],
        env=child_env(home, "exit"),
        capture_output=True,
        text=True,
        timeout=600,
    )
    found = re.search(r"Collected\s*:\s*(\d+)", out.stderr)
    if found is None:
        raise RuntimeError(f"callgrind reported no count: {out.stderr[-2000:]}")
    return int(found.group(1))


def _window(code: str) -> list[str]:
    # The windows' prelude quits after WAIT_MS; ending at the first loop turn comes first.
    program = code.replace("WAIT_MS", "60000").replace("app.exec()", _EXIT + "app.exec()")
    return [sys.executable, "-c", program]


def main() -> int:
    if shutil.which("valgrind") is None:
        print("startup_instructions: skipped, needs valgrind (apt-get install valgrind)")
        return 0
    app = [sys.executable, "-m", "stretchguide"]
    with tempfile.TemporaryDirectory() as home:
        # One ordinary launch: bytecode, settings, window place and the parse cache, as after a
        # person's first day; then the bytecode of the two windows.
        subprocess.run(app, env=child_env(home, "300"), capture_output=True)
        for code in (BARE, TEXT_WINDOW):
            subprocess.run(_window(code), env=child_env(home, "exit"), capture_output=True)
        with ThreadPoolExecutor(2) as pool:
            bare_job = pool.submit(_count, _window(BARE), home)
            text_job = pool.submit(_count, _window(TEXT_WINDOW), home)
            bare, text = bare_job.result(), text_job.result()
        mine = _count(app, home)
    print(f"{'measure':<32}{'bare':>10}{'app':>10}{'ratio':>8}{'goal':>8}  ok")
    for name, measured in (
        ("start-up instructions (M)", mine),
        ("text window instructions (M)", text),
    ):
        ratio = measured / bare
        print(f"{name:<32}{bare / 1e6:>10.1f}{measured / 1e6:>10.1f}{ratio:>8.2f}{'-':>8}  info")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Print the mutation score from mutmut's results, per module and in all (docs/testing.md).

    .venv/bin/python scripts/mutation_score.py [--survivors]

The kill ratio counts a mutant as caught when a test failed (``killed``), the tests ran too long
(``timeout``: a mutant that turns a loop endless) or crashed the interpreter (``segfault``). A
mutant no test even reaches (``no tests``) counts as a survivor: nothing would notice it either.
Mutants not yet run (``not checked``, after an interrupted run) are left out and shown apart.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from collections import Counter, defaultdict
from pathlib import Path

CAUGHT = {"killed", "timeout", "segfault", "caught by type check"}
MISSED = {"survived", "no tests", "suspicious"}


def results(mutmut: Path) -> list[tuple[str, str]]:
    """``(mutant name, status)`` for every mutant mutmut knows of."""
    out = subprocess.run(
        [str(mutmut), "results", "--all", "true"], capture_output=True, text=True, check=True
    ).stdout
    pairs = []
    for line in out.splitlines():
        name, sep, status = line.strip().rpartition(": ")
        if sep:
            pairs.append((name, status))
    return pairs


def module_of(name: str) -> str:
    """``stretchguide.core.session.xǁSessionǁpoll__mutmut_3`` -> ``stretchguide.core.session``."""
    return name.split(".x")[0] if ".x" in name else name.rsplit(".", 1)[0]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--survivors", action="store_true", help="list the surviving mutants")
    args = parser.parse_args()
    mutmut = Path(sys.executable).with_name("mutmut")
    by_module: dict[str, Counter[str]] = defaultdict(Counter)
    survivors = []
    for name, status in results(mutmut):
        by_module[module_of(name)][status] += 1
        if status in MISSED:
            survivors.append(f"{name}: {status}")
    total: Counter[str] = Counter()
    print(f"{'module':<42} {'caught':>7} {'missed':>7} {'ratio':>7} {'not run':>8}")
    for module in sorted(by_module):
        counts = by_module[module]
        total += counts
        print(_row(module, counts))
    print(_row("all", total))
    if args.survivors:
        print("\n".join(["", *survivors]))
    return 0


def _row(label: str, counts: Counter[str]) -> str:
    caught = sum(counts[s] for s in CAUGHT)
    missed = sum(counts[s] for s in MISSED)
    ratio = f"{100 * caught / (caught + missed):.1f}%" if caught + missed else "-"
    return f"{label:<42} {caught:>7} {missed:>7} {ratio:>7} {counts['not checked']:>8}"


if __name__ == "__main__":
    raise SystemExit(main())

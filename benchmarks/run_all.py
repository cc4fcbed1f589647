"""Run every benchmark and print one table: name, measured, baseline, ratio, goal, pass/fail.

    .venv/bin/python benchmarks/run_all.py            # short mode: about 3 minutes
    .venv/bin/python benchmarks/run_all.py --full     # each benchmark at its full length
    .venv/bin/python benchmarks/run_all.py --only cpu_idle_session --only ui_stalls

Each benchmark runs as its own process (with the offscreen Qt platform unless QT_QPA_PLATFORM
is set), so one that crashes or is missing costs only its own row: a missing script gets a "not
available" row, one whose output cannot be read gets a row with its exit status, and its output
is printed below the table. Exit status: 0 if every benchmark that ran met its goals, else 1.

A benchmark can report rows in a fixed form that needs no parser here, one line per measure:

    RESULT name="NAME" measured=X baseline=Y unit=U goal="<Z" ok=yes

(``baseline``, ``unit``, ``goal`` and ``ok`` may be left out; a value with spaces is quoted;
``goal`` is free text such as ``<3 %`` or ``<=1.5x``).
The scripts that print their own table instead are read by the parsers below.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent


@dataclass
class Row:
    name: str
    measured: str = "-"
    baseline: str = "-"
    ratio: str = "-"
    goal: str = "-"
    status: str = "-"  # "pass", "FAIL", "not available", "error", "ran"


Parser = Callable[[str], list[Row]]


def _num(value: float, unit: str = "") -> str:
    text = f"{value:.3g}" if abs(value) < 100 else f"{value:.0f}"
    return f"{text} {unit}".strip()


def _ratio(measured: float, baseline: float) -> str:
    return f"{measured / baseline:.2f}x" if baseline > 0 else "-"


def parse_result_lines(out: str) -> list[Row]:
    """The ``RESULT key=value ...`` lines any benchmark may print."""
    rows = []
    for line in out.splitlines():
        if not line.startswith("RESULT "):
            continue
        fields = {k: v.strip('"') for k, v in re.findall(r'(\w+)=("[^"]*"|\S+)', line)}
        unit = fields.get("unit", "")
        row = Row(fields.get("name", "?"), goal=fields.get("goal", "-"))
        try:
            measured = float(fields["measured"])
            row.measured = _num(measured, unit)
            if "baseline" in fields:
                baseline = float(fields["baseline"])
                row.baseline = _num(baseline, unit)
                row.ratio = _ratio(measured, baseline)
        except (KeyError, ValueError):
            row.measured = fields.get("measured", "?")
        if "ok" in fields:
            row.status = "pass" if fields["ok"].lower() in ("yes", "true", "1") else "FAIL"
        rows.append(row)
    return rows


def parse_ui_startup(out: str) -> list[Row]:
    """``measure  bare  app  ratio  goal  ok`` rows: ``RSS (MiB)  80.1  95.2  1.19  2.0x  yes``."""
    rows = []
    pattern = re.compile(
        r"^(?P<name>\S.*?)\s+(?P<bare>[\d.]+)\s+(?P<app>[\d.]+)\s+(?P<ratio>[\d.]+)"
        r"\s+(?P<goal>[\d.]+x|-)\s+(?P<ok>yes|NO|info)\s*$"
    )
    for line in out.splitlines():
        m = pattern.match(line)
        if not m:
            continue
        name = m["name"]
        unit = ""
        if u := re.search(r"\((\w+)\)\s*$", name):
            unit, name = u[1], name[: u.start()].strip()
        rows.append(
            Row(
                f"ui_startup: {name}",
                measured=_num(float(m["app"]), unit),
                baseline=_num(float(m["bare"]), unit),
                ratio=f"{float(m['ratio']):.2f}x",
                goal=f"<={m['goal']}" if m["goal"] != "-" else "",
                status={"yes": "pass", "NO": "FAIL"}.get(m["ok"], "-"),
            )
        )
    return rows


def parse_ui_stalls(out: str) -> list[Row]:
    """``speech  speaker  ticks  p99  max  ok`` rows; the measure is the longest gap."""
    rows = []
    pattern = re.compile(
        r"^(?P<speech>on|off)\s+(?P<speaker>\S+)\s+(?P<ticks>\d+)\s+(?P<p99>[\d.]+)"
        r"\s+(?P<max>[\d.]+)\s+(?P<ok>yes|NO)\s*$"
    )
    goal = re.search(r"GOAL_MS\s*=\s*([\d.]+)", _source("ui_stalls.py"))
    for line in out.splitlines():
        m = pattern.match(line)
        if m:
            rows.append(
                Row(
                    f"ui_stalls: longest stall, speech {m['speech']} ({m['speaker']})",
                    measured=_num(float(m["max"]), "ms"),
                    goal=f"<{float(goal[1]):g} ms" if goal else "-",
                    status="pass" if m["ok"] == "yes" else "FAIL",
                )
            )
    return rows


def parse_speech_latency(out: str) -> list[Row]:
    """``name  median  p95  max  n`` rows in ms, and one ``goals (...): met`` line."""
    goals = {"cue latency, cached": 100.0, "stop latency": 150.0}
    rows = []
    voice = re.search(r"\((\w+) voice\)", out)
    engine = f" [{voice[1]} voice]" if voice and voice[1] != "system" else ""
    pattern = re.compile(
        r"^(?P<name>\S.*?)\s+(?P<median>[\d.]+)\s+(?P<p95>[\d.]+)\s+(?P<max>[\d.]+)"
        r"\s+(?P<n>\d+)\s*$"
    )
    for line in out.splitlines():
        m = pattern.match(line)
        if not m:
            continue
        median = float(m["median"])
        goal = goals.get(m["name"])
        rows.append(
            Row(
                f"speech_latency: {m['name']} (median){engine}",
                measured=_num(median, "ms"),
                goal=f"<{goal:g} ms" if goal else "-",
                status=("pass" if median < goal else "FAIL") if goal else "-",
            )
        )
    return rows


def _source(script: str) -> str:
    try:
        return (HERE / script).read_text(encoding="utf-8")
    except OSError:
        return ""


@dataclass
class Benchmark:
    script: str
    short_args: list[str]  # in short mode (the default)
    parser: Parser | None = None
    full_args: list[str] = field(default_factory=list)  # with --full
    timeout_s: float = 900.0

    @property
    def name(self) -> str:
        return Path(self.script).stem


# The 5-minute run of full-lower-back-and-glutes is mostly its warm-up step; the desk-break run
# covers holds, where the breathing pacer animates all the time (the costliest part).
HOLDS = ["--routine", "desk-break", "--warmup", "20"]

BENCHMARKS = [
    Benchmark("ui_startup.py", [], parse_ui_startup),
    Benchmark("startup_instructions.py", [], parse_ui_startup),
    Benchmark("ui_stalls.py", ["5"], parse_ui_stalls),
    Benchmark("speech_latency.py", ["--cues", "10"], parse_speech_latency),
    Benchmark("speech_latency.py", ["--cues", "10", "--engine", "natural"], parse_speech_latency),
    Benchmark("speech_quality.py", [], full_args=["--full"]),
    Benchmark("cpu_idle_session.py", ["--seconds", "60"]),
    Benchmark(
        "cpu_idle_session.py", [*HOLDS, "--seconds", "30"], full_args=[*HOLDS, "--seconds", "75"]
    ),
    Benchmark(
        "voice_control.py", ["--order", "session"], full_args=["--full", "--order", "session"]
    ),
    # The app hears itself: desk-break in short mode (~3 min); all four routines with --full.
    Benchmark(
        "voice_self_hearing.py",
        ["--routine", "desk-break"],
        full_args=["--parallel", "2"],
        timeout_s=2400.0,
    ),
    # Years of use (issue 15): short mode 20,000 sessions (~30 s), full 100,000 (~3 min).
    Benchmark("history_scale.py", ["--sessions", "20000", "--startup-runs", "7"]),
    Benchmark("library_scale.py", ["--runs", "3"]),
    Benchmark("sessions_soak.py", ["--sessions", "100"]),
    Benchmark("tray_day.py", ["--real-seconds", "60"]),
]


def run(bench: Benchmark, full: bool) -> tuple[list[Row], str | None, float]:
    """The benchmark's rows, its output if it needs showing, and how long it took."""
    name = bench.name
    path = HERE / bench.script
    if not path.is_file():
        return [Row(name, status="not available")], None, 0.0
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")])),
    }
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    args = bench.full_args if full else bench.short_args
    t0 = time.monotonic()
    try:
        done = subprocess.run(
            [sys.executable, str(path), *args],
            cwd=REPO,
            env=env,
            capture_output=True,
            text=True,
            timeout=bench.timeout_s * (4 if full else 1),
            check=False,
        )
    except subprocess.TimeoutExpired as exc:
        out = (exc.stdout or b"").decode() if isinstance(exc.stdout, bytes) else exc.stdout or ""
        return [Row(name, status="error")], f"timed out after {exc.timeout:.0f} s\n{out}", 0.0
    elapsed = time.monotonic() - t0
    out = done.stdout + (f"\n[stderr]\n{done.stderr}" if done.stderr.strip() else "")
    rows = parse_result_lines(done.stdout)
    if not rows and bench.parser is not None:
        rows = bench.parser(done.stdout)
    if not rows:
        status = "ran" if done.returncode == 0 else "error"
        return [Row(name, measured=f"exit {done.returncode}", status=status)], out, elapsed
    if done.returncode != 0 and all(r.status != "FAIL" for r in rows):
        rows.append(Row(f"{name}: exit status", measured=str(done.returncode), status="FAIL"))
    failed = done.returncode != 0 or any(r.status == "FAIL" for r in rows)
    return rows, out if failed else None, elapsed


def print_table(rows: list[Row]) -> None:
    header = Row("benchmark", "measured", "baseline", "ratio", "goal", "pass/fail")
    table = [header, *rows]
    widths = [
        max(len(getattr(r, f)) for r in table)
        for f in ("name", "measured", "baseline", "ratio", "goal", "status")
    ]
    for i, r in enumerate(table):
        cells = [r.name, r.measured, r.baseline, r.ratio, r.goal, r.status]
        print(
            "  ".join(
                c.ljust(w) if j == 0 or j == 5 else c.rjust(w)
                for j, (c, w) in enumerate(zip(cells, widths, strict=True))
            ).rstrip()
        )
        if i == 0:
            print("  ".join("-" * w for w in widths))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--full", action="store_true", help="full-length runs, not short mode")
    parser.add_argument(
        "--only", action="append", metavar="NAME", help="run only this benchmark (repeatable)"
    )
    parser.add_argument("--verbose", action="store_true", help="print every benchmark's output")
    args = parser.parse_args()

    selected = [b for b in BENCHMARKS if not args.only or b.name in args.only]
    unknown = set(args.only or []) - {b.name for b in BENCHMARKS}
    if unknown:
        parser.error(f"unknown benchmark(s): {', '.join(sorted(unknown))}")
    rows: list[Row] = []
    outputs: list[tuple[str, str]] = []
    for bench in selected:
        shown = " ".join([bench.script, *(bench.full_args if args.full else bench.short_args)])
        print(f"running {shown} ...", file=sys.stderr, flush=True)
        bench_rows, out, elapsed = run(bench, args.full)
        if elapsed:
            print(f"  {elapsed:.0f} s", file=sys.stderr, flush=True)
        rows += bench_rows
        if out is not None or args.verbose:
            outputs.append((bench.script, out or ""))
    print_table(rows)
    for script, out in outputs:
        print(f"\n--- output of {script}\n{out.rstrip()}")
    return 1 if any(r.status in ("FAIL", "error") for r in rows) else 0


if __name__ == "__main__":
    sys.exit(main())

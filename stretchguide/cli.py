"""The command line: list, plan, validate and play routines.

Every failure a person can cause (an unknown routine, a bad argument, a broken file) ends in one
line on stderr and a meaningful exit code, never a traceback. The GUI is imported only by
``play`` and the bare command, so the other commands stay fast and work without a display.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, NoReturn

from stretchguide import __version__
from stretchguide.core.assets import assets_dir, builtin_routines_dir
from stretchguide.core.durations import format_duration
from stretchguide.core.loader import Library, LoadError, load_catalog, load_library, parse_routine
from stretchguide.core.model import Catalog
from stretchguide.core.timeline import compile_timeline

EXIT_USAGE = 2


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage error is one line, as for every other mistake."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message} (see --help)\n")


def user_routines_dir() -> Path:
    from stretchguide.storage.paths import AppPaths

    routines: Path = AppPaths.resolve().routines_dir
    return routines


def load_all() -> tuple[Catalog, Library]:
    catalog = load_catalog(assets_dir())
    return catalog, load_library(catalog, builtin_routines_dir(), user_routines_dir())


def _cmd_routines(args: argparse.Namespace) -> int:
    catalog, library = load_all()
    rows: list[dict[str, Any]] = []
    for r in library.routines:
        timeline = compile_timeline(r, catalog)
        rows.append(
            {
                "id": r.id,
                "title": r.title,
                "total_s": timeline.total_s,
                "steps": len(r.steps),
                "stretches": r.stretch_count,
                "position": r.position.value,
                "source": "builtin" if r.builtin else "user",
            }
        )
    if args.json:
        import json

        print(json.dumps({"routines": rows, "problems": [str(p) for p in library.problems]}))
    else:
        width = max((len(r["id"]) for r in rows), default=2)
        for row in rows:
            print(
                f"{row['id']:<{width}}  {format_duration(row['total_s']):>6}  "
                f"{row['steps']:>2} steps  {row['source']:<7}  {row['title']}"
            )
    for problem in library.problems:
        print(f"warning: {problem}", file=sys.stderr)
    return 0


def _unknown_routine(routine_id: str, library: Library) -> int:
    known = ", ".join(r.id for r in library.routines)
    print(f"stretchguide: error: no routine {routine_id!r} (known: {known})", file=sys.stderr)
    return EXIT_USAGE


def _cmd_plan(args: argparse.Namespace) -> int:
    catalog, library = load_all()
    routine = library.get(args.routine)
    if routine is None:
        return _unknown_routine(args.routine, library)
    timeline = compile_timeline(routine, catalog)
    if args.json:
        import json

        print(json.dumps(timeline.to_json_dict(), indent=2))
        return 0
    print(f"{timeline.routine_title} ({format_duration(timeline.total_s)})")
    for seg in timeline.segments:
        side = f" [{seg.side.value}]" if seg.side else ""
        print(
            f"{format_duration(seg.start_s):>6}  {seg.kind.value:<10} "
            f"{format_duration(seg.duration_s):>5}  {seg.title}{side}"
        )
        for cue in seg.cues:
            print(f"{'':>8}{format_duration(cue.at_s):>6}  {cue.kind.value:<11} {cue.text}")
    return 0


def _cmd_validate(args: argparse.Namespace) -> int:
    catalog = load_catalog(assets_dir())
    # A file name that is not UTF-8 crashed "print(f'{path}: ok')" on a strict UTF-8 stdout.
    reconfigure = getattr(sys.stdout, "reconfigure", None)
    if callable(reconfigure):
        reconfigure(errors="backslashreplace")
    bad = 0
    for name in args.files:
        path = Path(name)
        try:
            data = path.read_bytes()
        except OSError as exc:
            print(f"{path}: cannot be read: {exc.strerror}", file=sys.stderr)
            bad += 1
            continue
        try:
            parse_routine(data, str(path), catalog)
        except LoadError as exc:
            bad += 1
            for problem in exc.problems:
                print(problem, file=sys.stderr)
            continue
        print(f"{path}: ok")
    return 1 if bad else 0


def _cmd_play(args: argparse.Namespace) -> int:
    catalog, library = load_all()
    if args.routine is not None and library.get(args.routine) is None:
        return _unknown_routine(args.routine, library)
    from stretchguide.ui.app import run_app

    return run_app(play=args.routine, speech=not args.no_speech, loaded=(catalog, library))


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="stretchguide",
        description="A spoken, hands-free coach for lower back and glute stretching.",
    )
    parser.add_argument("--version", action="version", version=f"stretchguide {__version__}")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)
    p = sub.add_parser("routines", help="list the routines")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=_cmd_routines)
    p = sub.add_parser("plan", help="print a routine's compiled timeline")
    p.add_argument("routine", help="a routine id, as listed by 'stretchguide routines'")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=_cmd_plan)
    p = sub.add_parser("validate", help="check routine files")
    p.add_argument("files", nargs="+", help="routine files (.toml)")
    p.set_defaults(func=_cmd_validate)
    p = sub.add_parser("play", help="open the app straight into a routine's session")
    p.add_argument("routine", nargs="?", help="a routine id")
    p.add_argument("--no-speech", action="store_true", help="a silent session")
    p.set_defaults(func=_cmd_play)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command is None:
        args = build_parser().parse_args(["play"])
        args.routine = None
    try:
        result: int = args.func(args)
    except LoadError as exc:
        print(f"stretchguide: error: the app's own data is broken: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    return result

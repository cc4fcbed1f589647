"""The command line: list, plan, validate and play routines.

Every failure a person can cause (an unknown routine, a bad argument, a broken file) ends in one
line on stderr and a meaningful exit code, never a traceback. The GUI is imported only by
``play`` and the bare command, so the other commands stay fast and work without a display.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from stretchguide.core.assets import assets_dir, builtin_routines_dir
from stretchguide.core.durations import format_duration
from stretchguide.core.loader import Library, LoadError, load_catalog, load_library, parse_routine
from stretchguide.core.model import Catalog
from stretchguide.core.timeline import compile_timeline

if TYPE_CHECKING:
    import argparse

EXIT_USAGE = 2


def load_all() -> tuple[Catalog, Library]:
    """The catalogue and every routine, through the cache of files parsed at the last run."""
    from stretchguide.storage.parse_cache import ParseCache
    from stretchguide.storage.paths import AppPaths

    paths = AppPaths.resolve()
    memo = ParseCache.in_folder(paths.cache_dir)
    catalog = load_catalog(assets_dir(), memo)
    library = load_library(catalog, builtin_routines_dir(), paths.routines_dir, memo)
    memo.save()
    return catalog, library


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


def unknown_routine(routine_id: str, library: Library) -> int:
    """Say that ``routine_id`` is not a routine, with the ids that are; the exit code."""
    known = ", ".join(r.id for r in library.routines)
    print(f"stretchguide: error: no routine {routine_id!r} (known: {known})", file=sys.stderr)
    return EXIT_USAGE


def _cmd_plan(args: argparse.Namespace) -> int:
    catalog, library = load_all()
    routine = library.get(args.routine)
    if routine is None:
        return unknown_routine(args.routine, library)
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


def _cmd_play(args: argparse.Namespace | None) -> int:
    """``play [ROUTINE] [--no-speech]``; ``None`` is the bare command: the library, spoken."""
    import gc

    routine = args.routine if args is not None else None
    speech = not args.no_speech if args is not None else True
    # Start-up makes some hundred thousand objects that live as long as the app (Qt's enums,
    # widgets, the library): the cycle collector's passes over them cost 2.5 % of start-up for
    # nothing. It is off until the first frame (run_app turns it on then), or until this returns.
    gc.disable()
    try:
        catalog, library = load_all()
        if routine is not None and library.get(routine) is None:
            return unknown_routine(routine, library)
        from stretchguide.ui.app import run_app

        return run_app(play=routine, speech=speech, loaded=(catalog, library))
    finally:
        gc.enable()


def main(argv: Sequence[str] | None = None) -> int:
    words = sys.argv[1:] if argv is None else list(argv)
    if not words:
        # The bare command, as the desktop entry runs it, opens the app: with nothing to parse,
        # argparse is not even imported (it is a tenth of the start-up budget).
        return _guarded(_cmd_play, None)
    from stretchguide.cli_parser import build_parser

    args = build_parser(
        {"routines": _cmd_routines, "plan": _cmd_plan, "validate": _cmd_validate, "play": _cmd_play}
    ).parse_args(words)
    if args.command is None:  # options but no sub-command: the app, as with no words at all
        args.func, args.routine, args.no_speech = _cmd_play, None, False
    return _guarded(args.func, args)


def _guarded(command: Callable[[Any], int], args: Any) -> int:
    """Run a command; the failures a person can cause end in one line, never a traceback."""
    try:
        return command(args)
    except LoadError as exc:
        print(f"stretchguide: error: the app's own data is broken: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1

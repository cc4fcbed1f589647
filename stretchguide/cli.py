"""The command line: list, plan, validate, import and play routines; show the history.

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

from stretchguide.core.assets import assets_dir
from stretchguide.core.catalog_loader import load_catalog
from stretchguide.core.durations import format_duration
from stretchguide.core.languages import LANGUAGES, code_of, is_shipped
from stretchguide.core.loader import Library, parse_routine
from stretchguide.core.model import Catalog, Routine
from stretchguide.core.timeline import compile_timeline
from stretchguide.core.toml_input import LoadError
from stretchguide.exit_codes import EXIT_USAGE
from stretchguide.storage.library_loader import load_catalog_and_library

if TYPE_CHECKING:
    import argparse


def _language(args: argparse.Namespace | None) -> str:
    """The coaching's language: ``--lang`` (checked in ``main``), the setting, the system."""
    from stretchguide.storage.language_setting import chosen_language

    return chosen_language(getattr(args, "lang", None))


def _cmd_routines(args: argparse.Namespace) -> int:
    catalog, library = load_catalog_and_library(language=_language(args))
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
    catalog, library = load_catalog_and_library(language=_language(args))
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


def _check_file(path: Path, catalog: Catalog) -> Routine | None:
    """Read and check one routine file, printing its problems and warnings (condensed)."""
    from stretchguide.core.routine_checks import advise, condense

    try:
        data = path.read_bytes()
    except OSError as exc:
        print(f"{path}: cannot be read: {exc.strerror}", file=sys.stderr)
        return None
    try:
        routine = parse_routine(data, str(path), catalog)
    except LoadError as exc:
        for line in condense(exc.problems):
            print(line, file=sys.stderr)
        return None
    for line in condense(advise(routine, catalog, data.decode("utf-8"))):
        print(f"warning: {line}", file=sys.stderr)
    return routine


def _plain_stdout() -> None:
    # A file name that is not UTF-8 crashed "print(f'{path}: ok')" on a strict UTF-8 stdout.
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if callable(reconfigure):
            reconfigure(errors="backslashreplace")


def _cmd_validate(args: argparse.Namespace) -> int:
    catalog = load_catalog(assets_dir())
    _plain_stdout()
    bad = 0
    for name in args.files:
        path = Path(name)
        if _check_file(path, catalog) is None:
            bad += 1
            continue
        print(f"{path}: ok")
    return 1 if bad else 0


def _cmd_import(args: argparse.Namespace) -> int:
    """``import FILE [--replace]``: check a routine file, then copy it into the routine folder.

    Nothing is copied from a file with problems. A routine using a built-in's id is stored as a
    copy under an id of its own; one using the id of a routine of the person's own replaces it
    only with ``--replace``, so an import never silently destroys their work.
    """
    from stretchguide.core.routine_writer import routine_to_toml
    from stretchguide.storage.atomic import atomic_write_text
    from stretchguide.storage.paths import AppPaths

    _plain_stdout()
    catalog, library = load_catalog_and_library()
    path = Path(args.file)
    routine = _check_file(path, catalog)
    if routine is None:
        print(
            f"{path}: not imported: fix the problems above and run the import again",
            file=sys.stderr,
        )
        return 1
    text = path.read_bytes().decode("utf-8")
    folder = AppPaths.resolve().routines_dir
    existing = library.get(routine.id)
    note = ""
    target = folder / f"{routine.id}.toml"
    if existing is not None and existing.builtin:
        taken = {r.id for r in library.routines}
        new_id = _free_id(f"{routine.id}-mine", taken)
        note = (
            f" ({routine.id} is a built-in routine's id, so it was imported as a copy with the "
            f"id {new_id})"
        )
        routine = routine._replace(id=new_id, builtin=False)
        text = routine_to_toml(routine)
        target = folder / f"{new_id}.toml"
    elif existing is not None and existing.source is not None:
        target = existing.source
        if target.resolve() == path.resolve() or _same_bytes(target, text):
            print(f"{path}: {routine.id} is already in your routines ({target}): nothing to do")
            return 0
        if not args.replace:
            print(
                f"stretchguide: error: you already have a routine with the id {routine.id} "
                f"({target}): run 'stretchguide import --replace {path}' to replace it, or "
                f"give the routine in {path} another id",
                file=sys.stderr,
            )
            return 1
    elif target.exists() and not args.replace:  # a file of that name that does not load
        print(
            f"stretchguide: error: {target} is already there (it does not load: see "
            f"'stretchguide routines'): run 'stretchguide import --replace {path}' to replace it",
            file=sys.stderr,
        )
        return 1
    try:
        folder.mkdir(parents=True, exist_ok=True)
        atomic_write_text(target, text)
    except OSError as exc:
        print(
            f"stretchguide: error: {target} could not be written: {exc.strerror}", file=sys.stderr
        )
        return 1
    print(f"imported {routine.title!r} as {routine.id}{note}")
    print(f"play it with: stretchguide play {routine.id}")
    return 0


def _free_id(base: str, taken: set[str]) -> str:
    candidate, n = base, 2
    while candidate in taken:
        candidate, n = f"{base[:60]}-{n}", n + 1
    return candidate


def _same_bytes(path: Path, text: str) -> bool:
    try:
        return path.read_bytes() == text.encode("utf-8")
    except OSError:
        return False


#: ``stretchguide history --csv``: one row per session.
HISTORY_CSV_COLUMNS = (
    "started_at",
    "routine_id",
    "routine_title",
    "duration_s",
    "ended_by",
    "counted",
    "held_s",
    "steps",
)
_ENDED = {"finished": "finished", "stopped": "stopped early", "pain": "stopped: pain"}


def _cmd_history(args: argparse.Namespace) -> int:
    """``history [--csv] [--last N]``: the streak, totals per stretch and the last sessions.

    ``--csv`` streams every session to stdout, one at a time (memory stays the same at 100,000
    sessions). A reader that stops early (``| head``) is a normal end: exit 0, no traceback.
    """
    from stretchguide.storage.paths import AppPaths

    path = AppPaths.resolve().history_db
    if not path.exists():  # nothing recorded yet: say so, without creating a history file
        if not args.csv:
            print("No sessions yet: play a routine, and it is recorded here.")
        else:
            print(",".join(HISTORY_CSV_COLUMNS))
        return 0
    from stretchguide.storage.history import History, HistoryError

    try:
        with History(path) as history:
            if history.last_problem:
                print(f"warning: {history.last_problem}", file=sys.stderr)
            if args.csv:
                _history_csv(history)
            else:
                _history_summary(history, args.last)
    except HistoryError as exc:
        print(f"stretchguide: error: {exc}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        # The reader closed the pipe: point stdout at /dev/null so the final flush is quiet.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return 0


def _history_csv(history: Any) -> None:
    import csv

    from stretchguide.storage.history_records import counts

    writer = csv.writer(sys.stdout, lineterminator="\n")
    writer.writerow(HISTORY_CSV_COLUMNS)
    for entry in history.iter_sessions():
        held_s = sum(step.held_s for step in entry.steps)
        writer.writerow(
            (
                entry.started_at.astimezone().isoformat(timespec="seconds"),
                entry.routine_id,
                entry.routine_title,
                f"{entry.duration_s:g}",
                entry.ended_by,
                "yes" if counts(entry.duration_s, held_s) else "no",
                f"{held_s:g}",
                "; ".join(_step_summary(step) for step in entry.steps),
            )
        )


def _step_summary(step: Any) -> str:
    """``figure-four left 30s completed``: one step in a few words."""
    words = [step.exercise or step.kind]
    if step.side:
        words.append(step.side)
    if step.held_s:
        words.append(f"{step.held_s:g}s")
    words.append(step.outcome)
    return " ".join(words)


def _history_summary(history: Any, last: int) -> None:
    from datetime import date, timedelta

    from stretchguide.core.durations import format_total
    from stretchguide.storage.history_records import MIN_COUNTED_S, counts

    today = date.today()
    monday = today - timedelta(days=today.weekday())
    current, best = history.streaks(today)
    print(f"Streak: {_days(current)} (best: {_days(best)})")
    week = history.per_stretch_totals(since=monday)
    all_time = history.per_stretch_totals()
    if not all_time:
        print("No stretches held yet.")
    else:
        titles = load_catalog(assets_dir()).exercises
        this_week = {(t.exercise, t.side): t.total_held_s for t in week}
        rows = []
        for total in all_time:
            exercise = titles.get(total.exercise)
            name = exercise.title if exercise else total.exercise
            if total.side:
                name += f" ({total.side})"
            held_week = this_week.get((total.exercise, total.side), 0.0)
            rows.append(
                (
                    name,
                    format_total(held_week) if held_week else "-",
                    format_total(total.total_held_s),
                )
            )
        width = max(len(r[0]) for r in rows)
        print()
        print(f"{'Stretch':<{width}}  {'This week':>12}  {'All time':>12}")
        for name, held_week_text, held_all_text in rows:
            print(f"{name:<{width}}  {held_week_text:>12}  {held_all_text:>12}")
    sessions = history.recent(last)
    if sessions:
        print()
        print("Last sessions:")
        for entry in sessions:
            when = entry.started_at.astimezone()
            held_s = sum(step.held_s for step in entry.steps)
            note = ""
            if not counts(entry.duration_s, held_s):
                why = "under a minute" if entry.duration_s < MIN_COUNTED_S else "nothing held"
                note = f"  (not counted: {why})"
            print(
                f"{when:%a %d %b %Y %H:%M}  {format_duration(entry.duration_s):>6}  "
                f"{_ENDED.get(entry.ended_by, entry.ended_by):<14}  {entry.routine_title}{note}"
            )


def _days(n: int) -> str:
    return f"{n} day" if n == 1 else f"{n} days"


def _not_an_id(path: Path, catalog: Catalog, library: Library) -> int:
    """``play FILE``: say how to play a routine file (import it), or why it cannot be played."""
    if not path.is_file():
        print(f"stretchguide: error: {path} is not a file, nor a routine id", file=sys.stderr)
        return EXIT_USAGE
    routine = _check_file(path, catalog)
    if routine is None:
        print(f"{path}: cannot be played: fix the problems above", file=sys.stderr)
        return 1
    same = library.get(routine.id)
    if same is not None and same.source is not None and same.source.resolve() == path.resolve():
        hint = f"play it by its id: 'stretchguide play {routine.id}'"
    else:
        hint = (
            f"import it first with 'stretchguide import {path}', then play it with "
            f"'stretchguide play {routine.id}'"
        )
    print(
        f"stretchguide: error: {path} is a routine file, not a routine id: {hint}", file=sys.stderr
    )
    return EXIT_USAGE


def _cmd_play(args: argparse.Namespace | None) -> int:
    """``play [ROUTINE] [--no-speech]``; ``None`` is the bare command: the library, spoken."""
    routine = args.routine if args is not None else None
    speech = not args.no_speech if args is not None else True
    language = _language(args)
    voice = bool(getattr(args, "voice", False))
    if routine is None:
        # The library: the built-ins are shown at once, the person's own files are read on a
        # worker thread after the first frame (a thousand take half a second).
        from stretchguide.app import run_app
        from stretchguide.storage.library_loader import load_catalog_and_builtins

        catalog, builtins, everything = load_catalog_and_builtins(language=language)
        return run_app(
            speech=speech,
            loaded=(catalog, builtins),
            voice=voice,
            language=language,
            more_routines=everything,
        )
    catalog, library = load_catalog_and_library(language=language)
    if library.get(routine) is None:
        if routine.endswith(".toml") or os.sep in routine:
            return _not_an_id(Path(routine), catalog, library)
        return unknown_routine(routine, library)
    from stretchguide.app import run_app

    return run_app(
        play=routine, speech=speech, loaded=(catalog, library), voice=voice, language=language
    )


def main(argv: Sequence[str] | None = None) -> int:
    words = sys.argv[1:] if argv is None else list(argv)
    if not words:
        # The bare command, as the desktop entry runs it, opens the app: with nothing to parse,
        # argparse is not even imported (it is a tenth of the start-up budget).
        return _guarded(_cmd_play, None)
    from stretchguide.cli_parser import build_parser

    args = build_parser(
        {
            "routines": _cmd_routines,
            "plan": _cmd_plan,
            "validate": _cmd_validate,
            "import": _cmd_import,
            "history": _cmd_history,
            "play": _cmd_play,
        }
    ).parse_args(words)
    if args.lang is not None:
        if not is_shipped(args.lang):
            shipped = ", ".join(f"{code} ({name})" for code, name in LANGUAGES.items())
            print(
                f"stretchguide: error: --lang {args.lang}: no coaching in that language; "
                f"use one of {shipped}",
                file=sys.stderr,
            )
            return EXIT_USAGE
        args.lang = code_of(args.lang)
    if args.command is None:  # options but no sub-command: the app, as with no words at all
        args.func, args.routine, args.no_speech, args.voice = _cmd_play, None, False, False
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

"""Fuzzing routine files: whatever a file holds, loading it ends in problems that name the file.

Every example starts from a valid built-in routine and breaks it (``routine_mutations``: byte
flips, invalid UTF-8, NULs, truncation; dropped, renamed and retyped keys, NaN/inf/huge numbers,
empty or 1000 steps, deep nesting, long strings, unknown kinds). For each one:

* ``parse_routine`` raises nothing but ``LoadError``, and every problem is ONE line starting with
  the file's path; a file it accepts compiles to a timeline, plays to its end, and the editor's
  ``routine_to_toml`` writes it back to the same routine;
* ``load_library`` never raises, reports only the broken file, and the good routine beside it
  still loads;
* ``stretchguide validate`` on 30 such files in one process exits 0 or 1, prints exactly one line
  per problem (each starting with the path) and never a traceback.

The named cases at the end are the crashes and the hang the fuzzer found, kept as regressions.
"""

from __future__ import annotations

import math
import os
import subprocess
import sys
import time
import tomllib
from pathlib import Path

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from stretchguide.core.assets import assets_dir
from stretchguide.core.catalog_loader import load_catalog
from stretchguide.core.clock import FakeClock
from stretchguide.core.loader import load_library, parse_routine
from stretchguide.core.model import Catalog, Routine
from stretchguide.core.routine_checks import advise, condense
from stretchguide.core.routine_writer import normalized, routine_to_toml
from stretchguide.core.session import Session, State
from stretchguide.core.timeline import compile_timeline
from stretchguide.core.toml_input import LoadError
from tests.reliability.routine_mutations import (
    builtin_docs,
    builtin_sources,
    byte_mutated,
    dump,
    fuzzed_files,
    nested,
    structural,
    toml_value,
)

CATALOG: Catalog = load_catalog(assets_dir())
GOOD_NAME = "desk-break.toml"
GOOD_ID = "desk-break"
IN_PROCESS = settings(
    max_examples=300,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One folder per module: hypothesis runs many examples in one test function call."""
    return tmp_path_factory.mktemp("fuzz")


# ---- the properties ---------------------------------------------------------------------------
def plays_to_the_end(routine: Routine) -> None:
    """An accepted routine compiles, plays to its end, and the editor saves it back unchanged."""
    text = routine_to_toml(routine)
    back = parse_routine(text.encode("utf-8"), "saved.toml", CATALOG)
    assert back._replace(source=routine.source) == normalized(routine)
    timeline = compile_timeline(routine, CATALOG)
    assert timeline.segments, "an accepted routine must have something to play"
    for segment in timeline.segments:
        assert math.isfinite(segment.duration_s) and segment.duration_s >= 0, segment
    assert math.isfinite(timeline.total_s) and timeline.total_s > 0
    clock = FakeClock()
    session = Session(timeline, clock)
    session.start()
    clock.advance(timeline.total_s + 1)
    session.poll()
    assert session.state is State.FINISHED


def expected_output(data: bytes, source: str) -> tuple[list[str], list[str]]:
    """What ``validate`` should print for a file: (stdout lines, stderr lines).

    Also the in-process property: nothing but ``LoadError``, every problem one line that starts
    with ``source``, and an accepted file plays to its end.
    """
    try:
        routine = parse_routine(data, source, CATALOG)
    except LoadError as exc:
        assert exc.problems, "a LoadError must list at least one problem"
        lines = [str(p) for p in exc.problems]
        for problem, line in zip(exc.problems, lines, strict=True):
            assert problem.file == source
            assert line.startswith(f"{source}:"), line
            assert len(line.splitlines()) == 1, f"a problem spans lines: {line!r}"
            assert len(line) < len(source) + 1000, f"a problem line is {len(line)} long"
        return [], condense(exc.problems)
    plays_to_the_end(routine)
    warnings = condense(advise(routine, CATALOG, data.decode("utf-8")))
    return [f"{source}: ok"], [f"warning: {line}" for line in warnings]


def check_library(folder: Path, data: bytes) -> None:
    """A fuzzed file beside a good one: only the fuzzed one is reported, the good one loads."""
    routines = folder / "library"
    routines.mkdir(exist_ok=True)
    good = routines / f"a-{GOOD_NAME}"  # sorts first: a fuzzed copy of it is the duplicate
    good.write_bytes(builtin_sources()[GOOD_NAME])
    fuzzed = routines / "z-fuzzed.toml"
    fuzzed.write_bytes(data)
    library = load_library(CATALOG, routines)
    loaded = library.get(GOOD_ID)
    assert loaded is not None and loaded.source == good
    for problem in library.problems:
        assert str(problem).startswith(f"{fuzzed}:"), str(problem)
    ids = [r.id for r in library.routines]
    assert len(ids) == len(set(ids))


def check_file(folder: Path, data: bytes) -> None:
    expected_output(data, str(folder / "fuzzed.toml"))
    check_library(folder, data)


# ---- the fuzz tests ---------------------------------------------------------------------------
@pytest.mark.parametrize("name", sorted(builtin_sources()))
def test_the_emitter_writes_the_builtins_back_unchanged(name: str) -> None:
    """The structural examples only test the loader if ``dump`` writes what it was given."""
    doc = builtin_docs()[name]
    text = dump(doc)
    assert tomllib.loads(text) == doc
    assert parse_routine(text.encode(), name, CATALOG).id == name.removesuffix(".toml")


@IN_PROCESS
@given(data=byte_mutated())
def test_byte_mutated_files_only_ever_give_load_errors(folder: Path, data: bytes) -> None:
    check_file(folder, data)


@IN_PROCESS
@given(data=structural())
def test_structurally_mutated_files_only_ever_give_load_errors(folder: Path, data: bytes) -> None:
    check_file(folder, data)


def run_validate(paths: list[Path]) -> subprocess.CompletedProcess[bytes]:
    # PYTHONIOENCODING=utf-8 is strict, as a UTF-8 desktop locale is (the C locale is lenient).
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    return subprocess.run(
        [sys.executable, "-m", "stretchguide", "validate", *map(str, paths)],
        capture_output=True,
        env=env,
        timeout=60,
        check=False,
    )


def check_validate(paths: list[Path]) -> None:
    want_out: list[str] = []
    want_err: list[str] = []
    for path in paths:
        out, err = expected_output(path.read_bytes(), str(path))
        want_out += out
        want_err += err
    result = run_validate(paths)
    stdout = result.stdout.decode("utf-8")
    stderr = result.stderr.decode("utf-8")
    assert "Traceback" not in stderr, stderr
    problems = [line for line in want_err if not line.startswith("warning: ")]
    assert result.returncode == (1 if problems else 0), stderr

    def shown(line: str) -> str:  # how a non-UTF-8 file name is printed
        return line.encode("utf-8", "backslashreplace").decode("utf-8")

    assert stderr.splitlines() == [shown(line) for line in want_err]
    assert stdout.splitlines() == [shown(line) for line in want_out]


# No shrinking: each step would start a process; the in-process tests shrink the same files.
@settings(
    max_examples=3,
    deadline=None,
    phases=[Phase.explicit, Phase.reuse, Phase.generate],
    suppress_health_check=list(HealthCheck),
)
@given(data=st.data())
def test_validate_prints_one_line_per_problem_for_30_fuzzed_files(
    folder: Path, data: st.DataObject
) -> None:
    batch = folder / "cli"
    batch.mkdir(exist_ok=True)
    paths = []
    for i in range(30):
        path = batch / f"fuzzed-{i:02d}.toml"
        path.write_bytes(data.draw(fuzzed_files, label=path.name))
        paths.append(path)
    check_validate(paths)


# ---- what the fuzzer found: crashes and a hang, kept as named regressions ------------------------
def with_step_field(key: str, value: str) -> bytes:
    return builtin_sources()[GOOD_NAME] + f"{key} = {value}\n".encode()


FOUND = {
    # RecursionError out of tomllib
    "arrays nested 5000 deep": b"schema = 1\nx = " + b"[" * 5000 + b"]" * 5000,
    "inline tables nested 2000 deep": f"schema = 1\nx = {toml_value(nested(2000, True))}".encode(),
    "a deep value as the kind": with_step_field("kind", toml_value(nested(1000))),
    # ValueError: int() refuses more than 4300 digits
    "a 5000-digit hold": with_step_field("hold_s", "9" * 5000),
    # ValueError: str() of a huge int, while writing the problem's message
    "a huge hex schema": b"schema = 0x" + b"f" * 20000 + b"\n",
    "a huge hex hold": with_step_field("hold_s", "0x" + "f" * 5000),
    # a problem that spans several lines
    "a key with a newline": with_step_field('"a\\nb"', "1"),
    "a key with a line separator": b'schema = 1\n"a\\u2028b" = 1\n',
    "a key with a NUL": b'schema = 1\n"a\\u0000b" = 1\n',
    # a 300 KB line of output for one problem
    "a very long kind": with_step_field("kind", '"' + "k" * 200_000 + '"'),
}


@pytest.mark.parametrize("name", sorted(FOUND))
def test_what_the_fuzzer_found_is_a_load_error(folder: Path, name: str) -> None:
    source = str(folder / "found.toml")
    with pytest.raises(LoadError):
        parse_routine(FOUND[name], source, CATALOG)
    expected_output(FOUND[name], source)
    check_library(folder, FOUND[name])


def test_a_file_full_of_mistakes_is_reported_at_once() -> None:
    """20,000 unknown keys in 100 steps (172 KB): every problem was located by re-reading the
    whole text, so this took 3 minutes, freezing the app's start-up. Now one pass."""
    lines = ['schema = 1\nid = "many"\ntitle = "Many"']
    for _ in range(100):
        lines += ["[[steps]]", 'kind = "briefing"', 'text = "x"']
        lines += [f"k{i} = 1" for i in range(200)]
    data = "\n".join(lines).encode()
    start = time.perf_counter()
    with pytest.raises(LoadError) as info:
        parse_routine(data, "many.toml", CATALOG)
    elapsed = time.perf_counter() - start
    assert len(info.value.problems) == 20_000
    assert info.value.problems[-1].line == len(lines) + 3 - 1  # the last key's own line
    assert elapsed < 5.0, f"took {elapsed:.1f} s"


def test_validate_survives_the_found_cases_and_a_file_name_that_is_not_utf8(
    folder: Path,
) -> None:
    batch = folder / "found-cli"
    batch.mkdir(exist_ok=True)
    paths = []
    for i, name in enumerate(sorted(FOUND)):
        path = batch / f"found-{i:02d}.toml"
        path.write_bytes(FOUND[name])
        paths.append(path)
    for data in (builtin_sources()[GOOD_NAME], b"schema = 2\n"):  # one good, one bad
        path = batch / os.fsdecode(b"caf\xe9-%d.toml" % len(paths))  # Latin-1, not UTF-8
        path.write_bytes(data)
        paths.append(path)
    check_validate(paths)

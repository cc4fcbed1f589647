"""Make or refresh a language's coaching files: ``python scripts/language_files.py CODE``.

Writes ``assets/locales/CODE/cues.toml``, ``exercises.toml`` and ``routines/<id>.toml`` for
every built-in routine, one entry per English text, in the English files' order:

* an entry already translated is kept exactly as it is (a stale one too: the check names it
  until its translation and its ``en`` are brought up to date);
* an English text with no entry yet gets one, with an empty translation to fill in;
* entries whose English is gone are dropped.

Then ``python -m pytest tests/core/test_translations.py`` lists what is still missing, out of
date or has other ``{placeholders}`` than the English. A new language also needs its code and
name in ``stretchguide/core/languages.py`` (see the README's "Languages").
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Mapping
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from stretchguide.core.assets import assets_dir, builtin_routines_dir  # noqa: E402
from stretchguide.core.catalog_loader import load_catalog  # noqa: E402
from stretchguide.core.loader import load_library  # noqa: E402
from stretchguide.core.translations import (  # noqa: E402
    Entries,
    cue_sources,
    entries_toml,
    exercise_sources,
    locale_dir,
    read_language,
    routine_sources,
)

HEADER = """\
{name}: {what}, translated from the English in {english}.
Each entry: en = the English it was translated from (copied exactly), {code} = its translation.
When the English changes, the check (tests/core/test_translations.py) names the entry as out of
date: translate the new text, then copy the new English into en.
Only texts live here: holds, sides, positions and durations come from the English files."""


def write_language(
    code: str, name: str, extra: Mapping[str, Entries] | None = None, assets: Path | None = None
) -> list[Path]:
    """Write every file of ``code``; ``extra`` (by file: ``cues``, ``exercises``,
    ``routines/<id>``) adds or replaces entries. Returns the files written."""
    assets = assets or assets_dir()
    english = load_catalog(assets)
    library = load_library(english, builtin_routines_dir())
    old = read_language(assets, code)
    folder = locale_dir(assets, code)
    extra = extra or {}
    plan: list[tuple[str, Path, Mapping[str, object], Entries, str, str]] = [
        (
            "cues",
            folder / "cues.toml",
            cue_sources(english.cues),
            old.cues,
            "the short phrases of every session",
            "assets/cues.toml",
        ),
        (
            "exercises",
            folder / "exercises.toml",
            exercise_sources(english.exercises),
            old.exercises,
            "how each exercise is coached",
            "assets/exercises.toml",
        ),
    ]
    for routine in library.routines:
        plan.append(
            (
                f"routines/{routine.id}",
                folder / "routines" / f"{routine.id}.toml",
                routine_sources(routine),
                old.routines.get(routine.id, {}),
                f"the texts of the routine {routine.id}",
                f"assets/routines/{routine.id}.toml",
            )
        )
    written = []
    for key, path, source, entries, what, english_file in plan:
        merged = {**entries, **extra.get(key, {})}
        header = HEADER.format(name=name, what=what, english=english_file, code=code)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(entries_toml(source, merged, code, header), "utf-8")  # type: ignore[arg-type]
        written.append(path)
    return written


def main() -> int:
    from stretchguide.core.languages import LANGUAGES

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("code", help="the language's two-letter code, e.g. it")
    args = parser.parse_args()
    if args.code == "en":
        print("English is the source: edit assets/*.toml instead", file=sys.stderr)
        return 2
    for path in write_language(args.code, LANGUAGES.get(args.code, args.code)):
        print(path.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())

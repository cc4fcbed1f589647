"""The coaching in other languages: translations that know what English they were made from.

English is the source (``assets/cues.toml``, ``assets/exercises.toml``, ``assets/routines/``).
Each other language has the same files under ``assets/locales/<code>/``, holding only texts,
keyed the same way, each entry with the English it was translated from::

    [knee-to-chest.title]          # exercises.toml: exercise id, then the field
    en = "Knee to chest"
    de = "Knie zur Brust"

    [steps.3.text]                 # routines/<id>.toml: the step's number, from 1
    en = "Get down onto your mat..."
    de = "Leg dich auf deine Matte..."

Facts (positions, pictures, sides, holds, durations) are never translated: they stay in the
English files. Because every entry records its English, a changed English text makes its
translation *stale*, and ``check_language`` finds it, with every missing, extra or
mismatched (``{placeholder}``, list length) entry. At run time a stale or missing entry is
spoken in English (its facts are right) and logged; the test suite keeps shipped languages
free of both.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Mapping
from pathlib import Path
from types import MappingProxyType
from typing import Any, NamedTuple

from stretchguide.core.model import Catalog, CueTexts, Exercise, Routine, Step, Translated
from stretchguide.core.toml_input import ParsedMemo, Problem, read_toml

log = logging.getLogger("stretchguide.translations")

#: A text, or a list of texts (countdown numbers, breathing prompts).
Text = str | tuple[str, ...]

#: The exercise fields that are spoken or shown; everything else is a fact.
EXERCISE_TEXTS: tuple[str, ...] = (
    "title",
    "setup",
    "instruction",
    "inhale",
    "exhale",
    "safety",
    "breathing",
    "encouragement",
    "release",
)
_PLACEHOLDER = re.compile(r"\{[a-z_]*\}")
#: What an exercise says for a breath when its file says nothing (the model's defaults).
_DEFAULT_BREATH = {name: Exercise._field_defaults[name] for name in ("inhale", "exhale")}


Entry = Translated

#: The translations of one file: flat keys (``knee-to-chest.side_text.left``) to entries.
Entries = Mapping[str, Entry]


def locale_dir(assets: Path, language: str) -> Path:
    return assets / "locales" / language


# ---- the English a translation must cover --------------------------------------------------
def cue_sources(cues: CueTexts) -> dict[str, Text]:
    """Every cue phrase, by its key in ``cues.toml``."""
    return cues._asdict()


def exercise_sources(exercises: Mapping[str, Exercise]) -> dict[str, Text]:
    """Every spoken or shown text of the exercises, by ``<id>.<field>``.

    An exercise that says nothing of its own for a breath (``inhale``/``exhale`` left to the
    model's default) uses the cue phrase instead, so it has no entry here.
    """
    found: dict[str, Text] = {}
    for ex_id, ex in exercises.items():
        for name in EXERCISE_TEXTS:
            value = getattr(ex, name)
            if name in ("inhale", "exhale") and value == _DEFAULT_BREATH[name]:
                continue
            if value:
                found[f"{ex_id}.{name}"] = value
        for side, value in ex.side_text.items():
            found[f"{ex_id}.side_text.{side}"] = value
    return found


def routine_sources(routine: Routine) -> dict[str, Text]:
    """A routine's texts: title, description and each step's title and text (``steps.N.*``)."""
    found: dict[str, Text] = {"title": routine.title}
    if routine.description:
        found["description"] = routine.description
    for n, step in enumerate(routine.steps, start=1):
        if step.title:
            found[f"steps.{n}.title"] = step.title
        if step.text:
            found[f"steps.{n}.text"] = step.text
    return found


# ---- reading a language's files ------------------------------------------------------------
class LanguageFiles(NamedTuple):
    """What ``assets/locales/<code>/`` holds, read but not yet checked against English."""

    language: str
    cues: Entries
    exercises: Entries
    routines: Mapping[str, Entries]
    problems: tuple[Problem, ...] = ()


def _flatten(
    doc: Mapping[str, Any], language: str, source: str
) -> tuple[dict[str, Entry], list[Problem]]:
    """``{"a": {"b": {"en": .., "de": ..}}}`` -> ``{"a.b": Entry}``."""
    out: dict[str, Entry] = {}
    problems: list[Problem] = []

    def walk(table: Mapping[str, Any], prefix: str) -> None:
        if "en" in table:
            key = prefix.rstrip(".")
            en, text = _text(table.get("en")), _text(table.get(language))
            extra = sorted(set(table) - {"en", language})
            if en is None or text is None or extra:
                problems.append(
                    Problem(
                        source,
                        key,
                        f'must hold en = "the English" and {language} = "its translation" '
                        "(texts, or lists of texts), nothing else",
                    )
                )
                return
            out[key] = Entry(en, text)
            return
        for name, value in table.items():
            if isinstance(value, dict):
                walk(value, f"{prefix}{name}.")
            else:
                problems.append(
                    Problem(source, f"{prefix}{name}", "must be a table with en and a translation")
                )

    walk(doc, "")
    return out, problems


def _text(value: Any) -> Text | None:
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return tuple(v.strip() for v in value)
    return None


def read_language(assets: Path, language: str, memo: ParsedMemo | None = None) -> LanguageFiles:
    """Read a language's files (missing files read as empty: everything is then missing)."""
    folder = locale_dir(assets, language)
    problems: list[Problem] = []

    def entries(path: Path) -> dict[str, Entry]:
        if not path.exists():
            return {}
        _, doc = read_toml(path, problems, memo)
        if doc is None:
            return {}
        found, p = _flatten(doc, language, str(path))
        problems.extend(p)
        return found

    routines = {path.stem: entries(path) for path in sorted((folder / "routines").glob("*.toml"))}
    return LanguageFiles(
        language=language,
        cues=entries(folder / "cues.toml"),
        exercises=entries(folder / "exercises.toml"),
        routines=routines,
        problems=tuple(problems),
    )


# ---- applying a translation ----------------------------------------------------------------
def _pick(entries: Entries, key: str, english: Text, where: str) -> Text:
    """The translation of ``english`` if it is there and made from this very English text."""
    entry = entries.get(key)
    if entry is None:
        log.warning("%s: %s is not translated: it is said in English", where, key)
        return english
    if entry.en != english or not _same_shape(english, entry.text):
        log.warning("%s: %s is out of date (the English changed): said in English", where, key)
        return english
    return entry.text


def _same_shape(english: Text, text: Text) -> bool:
    if isinstance(english, tuple) != isinstance(text, tuple):
        return False
    return not isinstance(english, tuple) or len(english) == len(text)


def translate_catalog(catalog: Catalog, files: LanguageFiles) -> Catalog:
    """``catalog`` (English) with every text in ``files.language``; facts unchanged.

    The built-in routines' translations travel with the catalogue (``routine_texts``) so that
    ``load_library`` gives the built-ins theirs; a person's own routine stays as written.
    """
    where = f"locales/{files.language}"
    cue_values = {
        name: _pick(files.cues, name, value, f"{where}/cues.toml")
        for name, value in cue_sources(catalog.cues).items()
    }
    cues = CueTexts(**cue_values)  # type: ignore[arg-type]
    english_cues = catalog.cues
    ex_where = f"{where}/exercises.toml"
    exercises: dict[str, Exercise] = {}
    for ex_id, ex in catalog.exercises.items():
        changes: dict[str, Any] = {}
        for name in EXERCISE_TEXTS:
            value = getattr(ex, name)
            key = f"{ex_id}.{name}"
            if name == "inhale" and value == english_cues.breathe_in and key not in files.exercises:
                changes[name] = cues.breathe_in
            elif (
                name == "exhale"
                and value == english_cues.breathe_out
                and key not in files.exercises
            ):
                changes[name] = cues.breathe_out
            elif value:
                changes[name] = _pick(files.exercises, key, value, ex_where)
        side_text = {
            side: str(_pick(files.exercises, f"{ex_id}.side_text.{side}", value, ex_where))
            for side, value in ex.side_text.items()
        }
        if side_text:
            changes["side_text"] = MappingProxyType(side_text)
        exercises[ex_id] = ex._replace(**changes)
    return catalog._replace(
        exercises=exercises,
        cues=cues,
        language=files.language,
        routine_texts=MappingProxyType(dict(files.routines)),
    )


def translate_routine(routine: Routine, entries: Entries, language: str) -> Routine:
    """A built-in routine with its texts in ``language``; holds, sides and durations unchanged."""
    where = f"locales/{language}/routines/{routine.id}.toml"

    def pick(key: str, english: str) -> str:
        return str(_pick(entries, key, english, where)) if english else english

    steps: list[Step] = []
    for n, step in enumerate(routine.steps, start=1):
        steps.append(
            step._replace(
                title=pick(f"steps.{n}.title", step.title),
                text=pick(f"steps.{n}.text", step.text),
            )
        )
    return routine._replace(
        title=pick("title", routine.title),
        description=pick("description", routine.description),
        steps=tuple(steps),
    )


# ---- checking a language -------------------------------------------------------------------
def placeholders(text: Text) -> list[str]:
    texts = text if isinstance(text, tuple) else (text,)
    return sorted(p for t in texts for p in _PLACEHOLDER.findall(t))


def check_entries(
    source: Mapping[str, Text], entries: Entries, file: str, language: str
) -> list[Problem]:
    """Every way ``entries`` fails to be a complete, current translation of ``source``."""
    problems: list[Problem] = []
    for key, english in source.items():
        entry = entries.get(key)
        if entry is None:
            problems.append(
                Problem(
                    file,
                    key,
                    f"is not translated: add [{key}] with en = {_show(english)} "
                    f"and {language} = its translation",
                )
            )
            continue
        if entry.en != english:
            problems.append(
                Problem(
                    file,
                    key,
                    f"is out of date: it was translated from {_show(entry.en)}, "
                    f"the English is now {_show(english)}: translate the new text and "
                    "copy it into en",
                )
            )
            continue
        if not _same_shape(english, entry.text):
            problems.append(
                Problem(
                    file,
                    key,
                    f"must be {_shape(english)} like the English, not {_shape(entry.text)}",
                )
            )
            continue
        texts = entry.text if isinstance(entry.text, tuple) else (entry.text,)
        if any(not t for t in texts):
            problems.append(Problem(file, key, f"has an empty {language} text: translate it"))
        elif placeholders(entry.text) != placeholders(english):
            problems.append(
                Problem(
                    file,
                    key,
                    f"has the placeholders {placeholders(entry.text)}, the "
                    f"English {placeholders(english)}: keep every {{name}} exactly as in "
                    "English",
                )
            )
    for key in entries:
        if key not in source:
            problems.append(
                Problem(file, key, "is not in the English any more (or never was): remove it")
            )
    return problems


def check_language(
    english: Catalog, routines: Iterable[Routine], files: LanguageFiles, assets: Path
) -> list[Problem]:
    """Every missing, stale, extra or mismatched entry of ``files`` (see the module's doc)."""
    folder = locale_dir(assets, files.language)
    problems = list(files.problems)
    problems += check_entries(
        cue_sources(english.cues), files.cues, str(folder / "cues.toml"), files.language
    )
    problems += check_entries(
        exercise_sources(english.exercises),
        files.exercises,
        str(folder / "exercises.toml"),
        files.language,
    )
    builtin = {r.id: r for r in routines if r.builtin}
    for routine_id, routine in builtin.items():
        problems += check_entries(
            routine_sources(routine),
            files.routines.get(routine_id, {}),
            str(folder / "routines" / f"{routine_id}.toml"),
            files.language,
        )
    for routine_id in files.routines:
        if routine_id not in builtin:
            path = folder / "routines" / f"{routine_id}.toml"
            problems.append(Problem(str(path), "", "is no built-in routine's: remove the file"))
    return problems


def _show(text: Text) -> str:
    if isinstance(text, tuple):
        return "[" + ", ".join(_quote(t) for t in text) + "]"
    return _quote(text)


def _quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _shape(text: Text) -> str:
    return f"a list of {len(text)} texts" if isinstance(text, tuple) else "one text"


# ---- writing a language's files (scripts/language_files.py) ---------------------------------
def entries_toml(source: Mapping[str, Text], old: Entries, language: str, header: str) -> str:
    """A locale file for ``source``: every old entry kept as it is (stale ones too, so the
    check still names them), every missing one added with an empty translation to fill in."""
    lines = [f"# {line}".rstrip() for line in header.splitlines()]
    for key, english in source.items():
        entry = old.get(key)
        en, text = (entry.en, entry.text) if entry is not None else (english, _blank(english))
        lines += ["", f"[{key}]", f"en = {_show(en)}", f"{language} = {_show(text)}"]
    return "\n".join(lines) + "\n"


def _blank(text: Text) -> Text:
    return tuple("" for _ in text) if isinstance(text, tuple) else ""

"""The exercise catalogue and the shared cue phrases the app ships (``assets/``).

Read once at start-up, before any routine: a routine names its exercises by id, and the timeline
compiler takes its words (set-up, safety reminder, breathing prompts, countdown numbers) from
here. A mistake in these files is the app's own, so ``load_catalog`` raises rather than going on.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from stretchguide.core.languages import SOURCE
from stretchguide.core.model import EXERCISE_IDS, Catalog, CueTexts, Exercise, Position
from stretchguide.core.toml_input import FieldChecker, LoadError, ParsedMemo, Problem, read_toml


def _strings(c: FieldChecker, data: dict[str, Any], key: str) -> tuple[str, ...]:
    value = data.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        c.fail(key, "must be a list of texts")
        return ()
    return tuple(v.strip() for v in value)


def load_catalog(assets: Path, memo: ParsedMemo | None = None, language: str = SOURCE) -> Catalog:
    """The exercise catalogue and cue phrases shipped in ``assets``, in ``language`` (its
    translation from ``assets/locales/``; see ``core.translations``); raise ``LoadError``."""
    english = _load_english(assets, memo)
    if language == SOURCE:
        return english
    # Only another language needs it (English start-ups skip importing it).
    from stretchguide.core.translations import read_language, translate_catalog

    files = read_language(assets, language, memo)
    if files.problems:
        raise LoadError(list(files.problems))
    return translate_catalog(english, files)


def _load_english(assets: Path, memo: ParsedMemo | None) -> Catalog:
    ex_path = assets / "exercises.toml"
    cue_path = assets / "cues.toml"
    problems: list[Problem] = []
    exercises: dict[str, Exercise] = {}
    text, doc = read_toml(ex_path, problems, memo)
    if doc is not None:
        table = doc.get("exercises", {})
        for ex_id in EXERCISE_IDS:
            if ex_id not in table:
                problems.append(Problem(str(ex_path), f"exercises.{ex_id}", "is missing"))
        for ex_id, raw in table.items():
            c = FieldChecker(str(ex_path), text or "", prefix=f"exercises.{ex_id}.")
            if not isinstance(raw, dict):
                c.fail("", "must be a table")
                problems += c.problems
                continue
            c.unknown(
                raw,
                (
                    "title",
                    "instruction",
                    "position",
                    "picture",
                    "side_text",
                    "breathing",
                    "inhale",
                    "exhale",
                    "encouragement",
                    "setup",
                    "safety",
                    "release",
                ),
            )
            side_text = raw.get("side_text", {})
            if not isinstance(side_text, dict) or not all(
                isinstance(v, str) for v in side_text.values()
            ):
                c.fail("side_text", "must be a table of left/right texts")
                side_text = {}
            exercises[ex_id] = Exercise(
                id=ex_id,
                title=c.string(raw, "title", required=True),
                instruction=c.string(raw, "instruction", required=True),
                position=Position(c.choice(raw, "position", [p.value for p in Position], "floor")),
                picture=c.string(raw, "picture"),
                side_text=dict(side_text),
                breathing=_strings(c, raw, "breathing"),
                inhale=c.string(raw, "inhale", default="Breathe in."),
                exhale=c.string(raw, "exhale", default="Breathe out."),
                encouragement=_strings(c, raw, "encouragement"),
                setup=c.string(raw, "setup"),
                safety=c.string(raw, "safety"),
                release=c.string(raw, "release"),
            )
            problems += c.problems
    cue_text, cue_doc = read_toml(cue_path, problems, memo)
    cues: CueTexts | None = None
    if cue_doc is not None:
        c = FieldChecker(str(cue_path), cue_text or "")
        names = [name for name in CueTexts._fields if name != "countdown"]
        c.unknown(cue_doc, [*names, "countdown"])
        values = {n: c.string(cue_doc, n, required=True) for n in names}
        countdown = _strings(c, cue_doc, "countdown")
        if not countdown:
            c.fail("countdown", "must list the numbers spoken, from one upwards")
        problems += c.problems
        cues = CueTexts(countdown=countdown, **values)
    if problems or cues is None:
        raise LoadError(problems)
    return Catalog(exercises=exercises, cues=cues)

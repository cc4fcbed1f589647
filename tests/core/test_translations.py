"""The coaching in every shipped language: complete, current, and saying the guide's facts.

The first test is the one a translator runs: it lists every entry of ``assets/locales/<code>/``
that is missing, out of date (its English changed), left over, empty, of another shape or with
other ``{placeholders}`` than the English, each naming the file, the key and the fix.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from stretchguide.core.assets import assets_dir, builtin_routines_dir
from stretchguide.core.catalog_loader import load_catalog
from stretchguide.core.languages import LANGUAGES, SOURCE
from stretchguide.core.loader import load_library
from stretchguide.core.model import Side, Translated
from stretchguide.core.settings import SessionSettings
from stretchguide.core.spoken import where_am_i
from stretchguide.core.timeline import FLOW_FIT, CueKind, compile_timeline
from stretchguide.core.translations import (
    LanguageFiles,
    check_language,
    locale_dir,
    read_language,
)

TRANSLATED = [code for code in LANGUAGES if code != SOURCE]
ENGLISH = load_catalog(assets_dir())
BUILTINS = load_library(ENGLISH, builtin_routines_dir()).routines


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_coaching_text_is_translated_current_and_keeps_its_placeholders(
    language: str,
) -> None:
    files = read_language(assets_dir(), language)
    problems = check_language(ENGLISH, BUILTINS, files, assets_dir())
    assert not problems, "\n".join(str(p) for p in problems)


#: The guide's safety words: an English text saying the first must say the second in its
#: translation (lower case, part of a word is enough: "wipp" for "wippen", "wippe").
SAFETY_WORDS: dict[str, dict[str, tuple[str, ...]]] = {
    "bounc": {"de": ("wipp",), "fr": ("rebond",), "es": ("rebote",)},
    "sharp pain": {"de": ("stechend",), "fr": ("douleur vive",), "es": ("dolor agudo",)},
    "pull": {"de": ("ziehen",), "fr": ("tension",), "es": ("tensión",)},
    "slowly": {"de": ("langsam",), "fr": ("lentement",), "es": ("despacio", "lent")},
    "breath": {
        "de": ("atem", "atme", "ein", "aus"),
        "fr": ("respir", "inspir", "expir"),
        "es": ("respir", "aire", "inhal", "exhal"),
    },
}


@pytest.mark.parametrize("language", TRANSLATED)
def test_the_guides_safety_words_are_kept_in_every_translation(language: str) -> None:
    files = read_language(assets_dir(), language)
    entries = [
        *files.cues.items(),
        *files.exercises.items(),
        *(item for routine in files.routines.values() for item in routine.items()),
    ]
    missing = []
    for key, entry in entries:
        english = entry.en if isinstance(entry.en, tuple) else (entry.en,)
        text = entry.text if isinstance(entry.text, tuple) else (entry.text,)
        for en, translated in zip(english, text, strict=True):
            for word, wanted in SAFETY_WORDS.items():
                if word in en.lower() and not any(
                    w in translated.lower() for w in wanted[language]
                ):
                    missing.append(f"{key}: {translated!r} lacks {wanted[language]} ({word!r})")
    assert not missing, "\n".join(missing)


def test_every_language_folder_is_a_shipped_language() -> None:
    folders = {p.name for p in (assets_dir() / "locales").iterdir() if p.is_dir()}
    assert folders == set(TRANSLATED)


def _german() -> LanguageFiles:
    return read_language(assets_dir(), "de")


def test_a_changed_english_text_makes_its_translation_stale() -> None:
    english = ENGLISH._replace(cues=ENGLISH.cues._replace(halfway="Half of it done."))
    problems = check_language(english, BUILTINS, _german(), assets_dir())
    assert [(p.field, "out of date" in p.message) for p in problems] == [("halfway", True)]
    assert str(locale_dir(assets_dir(), "de") / "cues.toml") == problems[0].file


def test_a_missing_an_extra_and_a_mismatched_entry_are_each_named() -> None:
    files = _german()
    cues = dict(files.cues)
    del cues["pain"]
    cues["farewell"] = Translated("Bye.", "Tschüss.")
    cues["needs"] = Translated(cues["needs"].en, "Du brauchst {dinge}.")
    cues["countdown"] = Translated(cues["countdown"].en, ("Eins", "Zwei"))
    problems = check_language(ENGLISH, BUILTINS, files._replace(cues=cues), assets_dir())
    found = {p.field: p.message for p in problems}
    assert set(found) == {"pain", "farewell", "needs", "countdown"}
    assert "not translated" in found["pain"]
    assert "remove it" in found["farewell"]
    assert "{things}" in found["needs"] and "{dinge}" in found["needs"]
    assert "a list of 10 texts" in found["countdown"]


def test_a_routine_changed_in_english_shows_its_translation_stale() -> None:
    routine = next(r for r in BUILTINS if r.id == "desk-break")
    changed = routine._replace(title="Desk stretch")
    others = [r for r in BUILTINS if r.id != "desk-break"]
    problems = check_language(ENGLISH, [*others, changed], _german(), assets_dir())
    assert [p.field for p in problems] == ["title"]
    assert problems[0].file.endswith("locales/de/routines/desk-break.toml")


def test_a_stale_translation_is_spoken_in_english_rather_than_wrong(tmp_path: Path) -> None:
    import shutil

    shutil.copytree(assets_dir(), tmp_path / "assets")
    cues = tmp_path / "assets" / "cues.toml"
    cues.write_text(cues.read_text("utf-8").replace("Halfway there.", "Half of it done."))
    german = load_catalog(tmp_path / "assets", language="de")
    assert german.cues.halfway == "Half of it done."
    assert german.cues.hold_start == "Halte die Position."


@pytest.mark.parametrize("language", TRANSLATED)
def test_built_in_routines_speak_the_language_and_a_persons_own_routine_stays_as_written(
    language: str, tmp_path: Path
) -> None:
    mine = tmp_path / "mine.toml"
    mine.write_text(
        'schema = 1\nid = "mine"\ntitle = "My stretch"\n\n[[steps]]\nkind = "briefing"\n'
        'text = "Go slowly."\n\n[[steps]]\nkind = "hold"\nexercise = "figure-four"\n'
        "hold_s = 30\n",
        "utf-8",
    )
    catalog = load_catalog(assets_dir(), language=language)
    library = load_library(catalog, builtin_routines_dir(), tmp_path)
    english_titles = {r.id: r.title for r in BUILTINS}
    for routine in library.routines:
        if routine.builtin:
            assert routine.title != english_titles[routine.id]
    assert not library.problems
    own = library.get("mine")
    assert own is not None and own.title == "My stretch" and own.steps[0].text == "Go slowly."
    # Its exercises are coached in the language all the same: they are the app's words.
    hold = compile_timeline(own, catalog).segments[1]
    assert hold.title == catalog.exercises["figure-four"].title != "Figure four"


@pytest.mark.parametrize("language", [SOURCE, *TRANSLATED])
@pytest.mark.parametrize("phase_s", [2.0, 4.0])
def test_flow_breath_cues_fit_their_breath_in_every_language(language: str, phase_s: float) -> None:
    """The compiler's FLOW_FIT rule, at the quickest and the default breath: every breath
    of Cat-Cow gets a word that ends before the next phase, as in English."""
    catalog = load_catalog(assets_dir(), language=language)
    settings = SessionSettings(inhale_s=phase_s, exhale_s=phase_s)
    library = load_library(catalog, builtin_routines_dir())
    flows = [
        seg
        for routine in library.routines
        for seg in compile_timeline(routine, catalog, settings).segments
        if seg.kind.value == "flow"
    ]
    assert flows
    for seg in flows:
        breaths = [c for c in seg.cues if c.kind in (CueKind.INHALE, CueKind.EXHALE)]
        assert len(breaths) == 2 * 8, "every breath phase has its word"
        for cue in breaths:
            from stretchguide.core.timeline import estimate_utterance_seconds

            said = estimate_utterance_seconds(cue.text, language=language)
            assert said <= FLOW_FIT * phase_s, (cue.text, said)


# ---- "Where am I?" -------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (
            "en",
            "Figure four, left side. 1 minute 5 seconds left in this step. "
            "Next: Switch sides (right side).",
        ),
        (
            "de",
            "Figur Vier, linke Seite. Noch eine Minute 5 Sekunden in diesem Schritt. "
            "Danach: Seitenwechsel (rechte Seite).",
        ),
        (
            "fr",
            "Figure quatre, côté gauche. Encore une minute 5 secondes pour cette étape. "
            "Ensuite\u00a0: Changement de côté (côté droit).",
        ),
        (
            "es",
            "Figura cuatro, lado izquierdo. Tiempo restante en este paso: un minuto 5 "
            "segundos. Después: Cambio de lado (lado derecho).",
        ),
    ],
)
def test_where_am_i_is_said_in_the_language(language: str, expected: str) -> None:
    catalog = load_catalog(assets_dir(), language=language)
    cues = catalog.cues
    title = catalog.exercises["figure-four"].title
    said = where_am_i(cues, title, Side.LEFT, 65.2, (cues.switch_title, Side.RIGHT))
    assert said == expected


def test_where_am_i_at_the_end_says_so_in_the_language() -> None:
    cues = load_catalog(assets_dir(), language="de").cues
    said = where_am_i(cues, "Stellung des Kindes", None, 1.0, None)
    assert (
        said
        == "Stellung des Kindes. Noch eine Sekunde in diesem Schritt. Danach: das Ende der Einheit."
    )


def test_the_get_ready_names_both_things_in_the_language() -> None:
    catalog = load_catalog(assets_dir(), language="fr")
    routine = next(
        r
        for r in load_library(catalog, builtin_routines_dir()).routines
        if r.id == "deep-glute-release"
    )
    text = compile_timeline(routine, catalog).get_ready.text
    assert text.startswith("Il vous faudra un tapis et une chaise stable.")

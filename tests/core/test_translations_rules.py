"""The rules of the translations a translator and a listener notice, on small made-up files.

``tests/core/test_translations.py`` checks the shipped languages; these pin the rules
themselves: which entries the check reports (missing, out of date, of another shape, empty,
with other ``{placeholders}``, left over, a routine file of no built-in routine), the exact
message each gets, how a locale file is read (nested keys, lists, stray keys), that a stale or
missing entry is said in English and logged, that facts and a person's own routine are never
translated, and the file ``scripts/language_files.py`` writes for a translator to fill in.
"""

from __future__ import annotations

import logging
from pathlib import Path
from types import MappingProxyType

import pytest

from stretchguide.core.assets import assets_dir, builtin_routines_dir
from stretchguide.core.catalog_loader import load_catalog
from stretchguide.core.loader import load_library
from stretchguide.core.model import (
    Catalog,
    Exercise,
    Position,
    Routine,
    Sides,
    Step,
    StepKind,
    Translated,
)
from stretchguide.core.toml_input import Problem
from stretchguide.core.translations import (
    EXERCISE_TEXTS,
    LanguageFiles,
    check_entries,
    check_language,
    cue_sources,
    entries_toml,
    exercise_sources,
    placeholders,
    read_language,
    routine_sources,
    translate_catalog,
    translate_routine,
)

ENGLISH = load_catalog(assets_dir())
BUILTINS = load_library(ENGLISH, builtin_routines_dir()).routines
LOG = "stretchguide.translations"


def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, "utf-8")
    return path


def _routine(**changes: object) -> Routine:
    routine = Routine(
        id="calm",
        title="Calm",
        description="A calm routine.",
        position=Position.FLOOR,
        steps=(
            Step(kind=StepKind.BRIEFING, title="Be safe", text="Go slowly."),
            Step(kind=StepKind.HOLD, exercise="figure-four", hold_s=30, sides=Sides.BOTH),
            Step(kind=StepKind.BRIEFING, text="Well done."),
        ),
    )
    return routine._replace(**changes)  # type: ignore[arg-type]


# ---- what must be translated ---------------------------------------------------------------
def test_a_routine_needs_its_title_description_and_each_steps_own_words() -> None:
    assert routine_sources(_routine()) == {
        "title": "Calm",
        "description": "A calm routine.",
        "steps.1.title": "Be safe",
        "steps.1.text": "Go slowly.",
        "steps.3.text": "Well done.",
    }
    assert routine_sources(_routine(description="")) == {
        "title": "Calm",
        "steps.1.title": "Be safe",
        "steps.1.text": "Go slowly.",
        "steps.3.text": "Well done.",
    }


def test_an_exercise_needs_its_words_but_not_its_facts_nor_the_default_breath() -> None:
    ex = Exercise(
        id="reach",
        title="Reach",
        instruction="Reach up.",
        position=Position.STANDING,
        picture="reach.svg",
        side_text=MappingProxyType({"left": "Left arm.", "right": "Right arm."}),
        breathing=("Breathe.",),
        exhale="Let the arms float down.",
        safety="Keep the shoulders low.",
    )
    assert exercise_sources({"reach": ex}) == {
        "reach.title": "Reach",
        "reach.instruction": "Reach up.",
        "reach.exhale": "Let the arms float down.",
        "reach.safety": "Keep the shoulders low.",
        "reach.breathing": ("Breathe.",),
        "reach.side_text.left": "Left arm.",
        "reach.side_text.right": "Right arm.",
    }
    only_in = ex._replace(inhale="Breathe in slowly.", exhale="Breathe out.")
    found = exercise_sources({"reach": only_in})
    assert found["reach.inhale"] == "Breathe in slowly."
    assert "reach.exhale" not in found
    assert set(EXERCISE_TEXTS) >= {k.split(".")[1] for k in found if "side_text" not in k}


def test_every_cue_phrase_is_a_source() -> None:
    sources = cue_sources(ENGLISH.cues)
    assert sources["halfway"] == "Halfway there."
    assert sources["countdown"][:2] == ("One", "Two")
    assert len(sources) == 40


# ---- reading a language's files ------------------------------------------------------------
def test_a_locale_file_reads_nested_keys_lists_and_strips_spaces(tmp_path: Path) -> None:
    folder = tmp_path / "locales" / "de"
    _write(
        folder / "cues.toml",
        '[halfway]\nen = "Halfway there."\nde = "  Halb geschafft. "\n\n'
        '[countdown]\nen = ["One", "Two"]\nde = [" Eins", "Zwei "]\n',
    )
    _write(
        folder / "exercises.toml",
        '[figure-four.side_text.left]\nen = "Left."\nde = "Links."\n',
    )
    _write(folder / "routines" / "b.toml", '[steps.2.text]\nen = "Go."\nde = "Los."\n')
    _write(folder / "routines" / "a.toml", '[title]\nen = "A"\nde = "Ä"\n')
    files = read_language(tmp_path, "de")
    assert files.language == "de"
    assert files.problems == ()
    assert dict(files.cues) == {
        "halfway": Translated("Halfway there.", "Halb geschafft."),
        "countdown": Translated(("One", "Two"), ("Eins", "Zwei")),
    }
    assert dict(files.exercises) == {
        "figure-four.side_text.left": Translated("Left.", "Links."),
    }
    assert list(files.routines) == ["a", "b"]
    assert dict(files.routines["b"]) == {"steps.2.text": Translated("Go.", "Los.")}


def test_a_language_without_files_has_nothing_translated(tmp_path: Path) -> None:
    files = read_language(tmp_path, "fr")
    assert files == LanguageFiles("fr", {}, {}, {}, ())


def test_a_malformed_entry_is_named_with_what_it_must_hold(tmp_path: Path) -> None:
    path = _write(
        tmp_path / "locales" / "de" / "cues.toml",
        '[halfway]\nen = "Halfway there."\n\n'  # no translation
        '[pain]\nde = "Schmerz"\nen = 3\n\n'  # English not a text
        '[resume]\nen = "Go on."\nde = "Weiter."\nfr = "Continuez."\n\n'  # a stray language
        '[extend]\nen = ["a", 1]\nde = ["a", "b"]\n\n'  # not a list of texts
        '[hold_start]\nen = "Hold."\nde = "Halten."\n\n'
        "[sub]\nstray = 1\n",
    )
    files = read_language(tmp_path, "de")
    expected = (
        'must hold en = "the English" and de = "its translation" (texts, or lists of texts), '
        "nothing else"
    )
    assert files.problems == (
        Problem(str(path), "halfway", expected),
        Problem(str(path), "pain", expected),
        Problem(str(path), "resume", expected),
        Problem(str(path), "extend", expected),
        Problem(str(path), "sub.stray", "must be a table with en and a translation"),
    )
    assert dict(files.cues) == {"hold_start": Translated("Hold.", "Halten.")}


def test_a_locale_file_that_is_no_toml_is_named_and_read_as_empty(tmp_path: Path) -> None:
    path = _write(tmp_path / "locales" / "de" / "exercises.toml", "[halfway\nen = \n")
    _write(tmp_path / "locales" / "de" / "cues.toml", '[pain]\nen = "Pain."\nde = "Schmerz."\n')
    files = read_language(tmp_path, "de")
    assert files.exercises == {}
    assert [p.file for p in files.problems] == [str(path)]
    assert dict(files.cues) == {"pain": Translated("Pain.", "Schmerz.")}


# ---- checking ------------------------------------------------------------------------------
def test_each_kind_of_problem_gets_its_own_message() -> None:
    source = {
        "missing": "Breathe in.",
        "stale": 'Say "hi".',
        "shape": ("One", "Two"),
        "length": ("One", "Two"),
        "empty": "Hold.",
        "empty_item": ("One", "Two"),
        "holes": "You need {things} and {more}.",
        "fine": "Fine {n}.",
        "fine_list": ("A", "B"),
    }
    entries = {
        "stale": Translated('Say "hello" \\o/', "Sag hallo."),
        "shape": Translated(("One", "Two"), "Eins Zwei"),
        "length": Translated(("One", "Two"), ("Eins", "Zwei", "Drei")),
        "empty": Translated("Hold.", ""),
        "empty_item": Translated(("One", "Two"), ("Eins", "")),
        "holes": Translated("You need {things} and {more}.", "Du brauchst {dinge} und {more}."),
        "fine": Translated("Fine {n}.", "Gut {n}."),
        "fine_list": Translated(("A", "B"), ("Ä", "B")),
        "gone": Translated("Old.", "Alt."),
    }
    problems = check_entries(source, entries, "locales/de/cues.toml", "de")
    assert all(p.file == "locales/de/cues.toml" for p in problems)
    assert [(p.field, p.message) for p in problems] == [
        (
            "missing",
            'is not translated: add [missing] with en = "Breathe in." and de = its translation',
        ),
        (
            "stale",
            'is out of date: it was translated from "Say \\"hello\\" \\\\o/", the English is '
            'now "Say \\"hi\\".": translate the new text and copy it into en',
        ),
        ("shape", "must be a list of 2 texts like the English, not one text"),
        ("length", "must be a list of 2 texts like the English, not a list of 3 texts"),
        ("empty", "has an empty de text: translate it"),
        ("empty_item", "has an empty de text: translate it"),
        (
            "holes",
            "has the placeholders ['{dinge}', '{more}'], the English ['{more}', '{things}']: "
            "keep every {name} exactly as in English",
        ),
        ("gone", "is not in the English any more (or never was): remove it"),
    ]


def test_a_missing_list_is_shown_as_a_list_to_copy() -> None:
    problems = check_entries({"countdown": ("One", "Two")}, {}, "cues.toml", "fr")
    assert problems == [
        Problem(
            "cues.toml",
            "countdown",
            'is not translated: add [countdown] with en = ["One", "Two"] and fr = its translation',
        )
    ]


def test_a_text_where_the_english_has_a_list_is_of_another_shape() -> None:
    problems = check_entries({"x": "One"}, {"x": Translated("One", ("Eins",))}, "f", "de")
    assert [p.message for p in problems] == [
        "must be one text like the English, not a list of 1 texts"
    ]


def test_placeholders_are_the_lower_case_names_in_braces_sorted() -> None:
    assert placeholders("{b} then {a} and {a_b} but not {N} or {2}") == ["{a_b}", "{a}", "{b}"]
    assert placeholders(("{x}", "none", "{}")) == ["{x}", "{}"]
    assert placeholders("none") == []


def test_the_language_check_names_each_file_and_a_routine_file_of_no_built_in(
    tmp_path: Path,
) -> None:
    halfway = ENGLISH.cues.halfway
    own = _routine(id="mine", builtin=False)
    calm = _routine()
    files = LanguageFiles(
        language="de",
        cues={"halfway": Translated(halfway, "Halb geschafft.")},
        exercises={"nowhere.title": Translated("Nowhere", "Nirgends")},
        routines={
            "calm": {"title": Translated("Calm", "Ruhig")},
            "mine": {"title": Translated("Calm", "Ruhig")},
            "gone": {},
        },
        problems=(Problem("x.toml", "y", "is broken"),),
    )
    problems = check_language(ENGLISH, [calm, own], files, tmp_path)
    folder = tmp_path / "locales" / "de"
    assert problems[0] == Problem("x.toml", "y", "is broken")
    by_file: dict[str, list[str]] = {}
    for p in problems[1:]:
        by_file.setdefault(p.file, []).append(p.field)
    assert set(by_file) == {
        str(folder / "cues.toml"),
        str(folder / "exercises.toml"),
        str(folder / "routines" / "calm.toml"),
        str(folder / "routines" / "mine.toml"),
        str(folder / "routines" / "gone.toml"),
    }
    assert "halfway" not in by_file[str(folder / "cues.toml")]
    assert "pain" in by_file[str(folder / "cues.toml")]
    assert "nowhere.title" in by_file[str(folder / "exercises.toml")]
    messages = {(Path(p.file).name, p.field): p.message for p in problems}
    assert messages[("cues.toml", "pain")].endswith("and de = its translation")
    assert messages[("exercises.toml", "figure-four.title")] == (
        'is not translated: add [figure-four.title] with en = "Figure four" '
        "and de = its translation"
    )
    assert "figure-four.title" in by_file[str(folder / "exercises.toml")]
    assert by_file[str(folder / "routines" / "calm.toml")] == [
        "description",
        "steps.1.title",
        "steps.1.text",
        "steps.3.text",
    ]
    assert [p for p in problems if p.file.endswith(("mine.toml", "gone.toml"))] == [
        Problem(
            str(folder / "routines" / "mine.toml"), "", "is no built-in routine's: remove the file"
        ),
        Problem(
            str(folder / "routines" / "gone.toml"), "", "is no built-in routine's: remove the file"
        ),
    ]


def test_a_built_in_routine_without_a_file_has_every_text_missing(tmp_path: Path) -> None:
    files = LanguageFiles("es", {}, {}, {})
    problems = check_language(ENGLISH, [_routine()], files, tmp_path)
    calm = [p for p in problems if p.file.endswith("calm.toml")]
    assert [p.field for p in calm] == [
        "title",
        "description",
        "steps.1.title",
        "steps.1.text",
        "steps.3.text",
    ]
    assert (
        calm[0].message
        == 'is not translated: add [title] with en = "Calm" and es = its translation'
    )


# ---- applying ------------------------------------------------------------------------------
def _files(**changes: object) -> LanguageFiles:
    files = read_language(assets_dir(), "de")
    return files._replace(**changes)  # type: ignore[arg-type]


def test_a_stale_or_missing_or_misshapen_cue_is_said_in_english_and_logged(
    caplog: pytest.LogCaptureFixture,
) -> None:
    files = _files()
    cues = dict(files.cues)
    cues["halfway"] = Translated("Half done.", "Halb fertig.")  # made from older English
    del cues["pain"]
    cues["countdown"] = Translated(ENGLISH.cues.countdown, ("Eins",) * 9)
    cues["hold_start"] = Translated(ENGLISH.cues.hold_start, ("Halte",))
    with caplog.at_level(logging.WARNING, logger=LOG):
        german = translate_catalog(ENGLISH, files._replace(cues=cues))
    assert german.cues.halfway == ENGLISH.cues.halfway
    assert german.cues.pain == ENGLISH.cues.pain
    assert german.cues.countdown == ENGLISH.cues.countdown
    assert german.cues.hold_start == ENGLISH.cues.hold_start
    assert german.cues.resume != ENGLISH.cues.resume  # the current ones are German
    messages = [r.getMessage() for r in caplog.records if r.name == LOG]
    assert messages == [
        "locales/de/cues.toml: halfway is out of date (the English changed): said in English",
        "locales/de/cues.toml: countdown is out of date (the English changed): said in English",
        "locales/de/cues.toml: hold_start is out of date (the English changed): said in English",
        "locales/de/cues.toml: pain is not translated: it is said in English",
    ]
    assert all(r.levelno == logging.WARNING for r in caplog.records if r.name == LOG)


def test_a_shipped_language_applies_without_a_warning(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger=LOG):
        german = translate_catalog(ENGLISH, _files())
    assert [r for r in caplog.records if r.name == LOG] == []
    assert german.language == "de"
    assert german.cues.halfway == "Die Hälfte ist geschafft."


def test_translating_changes_the_words_never_the_facts() -> None:
    german = translate_catalog(ENGLISH, _files())
    for ex_id, ex in ENGLISH.exercises.items():
        de = german.exercises[ex_id]
        assert (de.id, de.position, de.picture) == (ex.id, ex.position, ex.picture)
        assert set(de.side_text) == set(ex.side_text)
    four = german.exercises["figure-four"]
    assert four.side_text["left"] != ENGLISH.exercises["figure-four"].side_text["left"]
    assert german.routine_texts == _files().routines
    assert german.routine_texts["desk-break"]["title"].text == "Schreibtischpause"


def _breathing_exercise() -> Catalog:
    plain = Exercise(id="plain", title="Plain", instruction="Do it.", position=Position.FLOOR)
    own = plain._replace(id="own", inhale="Breathe in: lift.", exhale="Breathe out: lower.")
    return ENGLISH._replace(exercises={"plain": plain, "own": own})


def test_an_exercise_without_breath_words_breathes_with_the_languages_cues(
    caplog: pytest.LogCaptureFixture,
) -> None:
    catalog = _breathing_exercise()
    exercises = {
        "plain.title": Translated("Plain", "Schlicht"),
        "plain.instruction": Translated("Do it.", "Mach es."),
        "own.title": Translated("Plain", "Schlicht"),
        "own.instruction": Translated("Do it.", "Mach es."),
        "own.inhale": Translated("Breathe in: lift.", "Einatmen: heben."),
        "own.exhale": Translated("Breathe out: lower.", "Ausatmen: senken."),
    }
    with caplog.at_level(logging.WARNING, logger=LOG):
        german = translate_catalog(catalog, _files(exercises=exercises))
    assert german.exercises["plain"].inhale == "Einatmen."
    assert german.exercises["plain"].exhale == "Ausatmen."
    assert german.exercises["plain"].title == "Schlicht"
    assert german.exercises["plain"].side_text == {}
    assert german.exercises["own"].inhale == "Einatmen: heben."
    assert german.exercises["own"].exhale == "Ausatmen: senken."
    assert [r.getMessage() for r in caplog.records if r.name == LOG] == []


def test_an_exercise_may_translate_even_the_default_breath_its_own_way() -> None:
    catalog = _breathing_exercise()
    exercises = {
        "plain.inhale": Translated("Breathe in.", "Tief einatmen."),
        "plain.exhale": Translated("Breathe out.", "Lang ausatmen."),
    }
    german = translate_catalog(catalog, _files(exercises=exercises))
    assert german.exercises["plain"].inhale == "Tief einatmen."
    assert german.exercises["plain"].exhale == "Lang ausatmen."


def test_a_stale_exercise_text_and_side_text_are_said_in_english_and_logged(
    caplog: pytest.LogCaptureFixture,
) -> None:
    files = _files()
    exercises = dict(files.exercises)
    exercises["figure-four.side_text.left"] = Translated("Older words.", "Ältere Worte.")
    del exercises["figure-four.title"]
    with caplog.at_level(logging.WARNING, logger=LOG):
        german = translate_catalog(ENGLISH, files._replace(exercises=exercises))
    english = ENGLISH.exercises["figure-four"]
    four = german.exercises["figure-four"]
    assert four.side_text["left"] == english.side_text["left"]
    assert four.side_text["right"] != english.side_text["right"]
    assert four.title == english.title
    assert sorted(r.getMessage() for r in caplog.records if r.name == LOG) == [
        "locales/de/exercises.toml: figure-four.side_text.left is out of date (the English "
        "changed): said in English",
        "locales/de/exercises.toml: figure-four.title is not translated: it is said in English",
    ]


def test_a_built_in_routine_gets_its_words_and_keeps_its_holds(
    caplog: pytest.LogCaptureFixture,
) -> None:
    entries = {
        "title": Translated("Calm", "Ruhig"),
        "description": Translated("A calm routine.", "Eine ruhige Folge."),
        "steps.1.title": Translated("Be safe", "Sicher"),
        "steps.1.text": Translated("Go slow.", "Langsam."),  # stale: English is "Go slowly."
        "steps.3.text": Translated("Well done.", "Gut gemacht."),
    }
    routine = _routine()
    with caplog.at_level(logging.WARNING, logger=LOG):
        german = translate_routine(routine, entries, "de")
    assert (german.title, german.description) == ("Ruhig", "Eine ruhige Folge.")
    assert [(s.title, s.text) for s in german.steps] == [
        ("Sicher", "Go slowly."),
        ("", ""),
        ("", "Gut gemacht."),
    ]
    assert german.steps[1] == routine.steps[1]
    assert (german.id, german.position, german.builtin) == (routine.id, routine.position, True)
    assert [r.getMessage() for r in caplog.records if r.name == LOG] == [
        "locales/de/routines/calm.toml: steps.1.text is out of date (the English changed): "
        "said in English"
    ]


def test_a_persons_own_routine_is_never_translated(tmp_path: Path) -> None:
    own = tmp_path / "desk-break-mine.toml"
    own.write_text(
        'schema = 1\nid = "desk-break-mine"\ntitle = "Desk break"\n'
        'description = "Stretch safely"\n\n[[steps]]\nkind = "briefing"\ntitle = "Stretch safely"\n'
        'text = "Go slowly."\n',
        "utf-8",
    )
    german = load_catalog(assets_dir(), language="de")
    library = load_library(german, builtin_routines_dir(), tmp_path)
    mine = library.get("desk-break-mine")
    assert mine is not None and not mine.builtin
    assert (mine.title, mine.description) == ("Desk break", "Stretch safely")
    assert (mine.steps[0].title, mine.steps[0].text) == ("Stretch safely", "Go slowly.")
    builtin = library.get("desk-break")
    assert builtin is not None and builtin.title == "Schreibtischpause"


# ---- the file a translator fills in --------------------------------------------------------
def test_the_written_file_keeps_old_entries_and_adds_blank_ones_to_fill_in() -> None:
    source = {"halfway": "Halfway there.", "countdown": ("One", "Two"), "pain": 'Say "ow".'}
    old = {
        "halfway": Translated("Half way.", "Halb."),  # stale: kept so the check names it
        "gone": Translated("Gone.", "Weg."),
    }
    text = entries_toml(source, old, "de", "Deutsch: the cues.\n\nTranslate each.")
    assert text == (
        "# Deutsch: the cues.\n"
        "#\n"
        "# Translate each.\n"
        "\n"
        "[halfway]\n"
        'en = "Half way."\n'
        'de = "Halb."\n'
        "\n"
        "[countdown]\n"
        'en = ["One", "Two"]\n'
        'de = ["", ""]\n'
        "\n"
        "[pain]\n"
        'en = "Say \\"ow\\"."\n'
        'de = ""\n'
    )


def test_a_written_file_reads_back_as_what_was_written(tmp_path: Path) -> None:
    source = {"a.b": 'A "quoted" back\\slash', "c": ("x", "y")}
    old = {"a.b": Translated('A "quoted" back\\slash', 'Ein "zitierter" Rück\\strich')}
    _write(tmp_path / "locales" / "de" / "cues.toml", entries_toml(source, old, "de", "x"))
    files = read_language(tmp_path, "de")
    assert files.problems == ()
    assert dict(files.cues) == {
        "a.b": old["a.b"],
        "c": Translated(("x", "y"), ("", "")),
    }

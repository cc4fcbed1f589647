"""``--lang`` on the command line, and the guide's facts in every language's plans.

``plan --json`` of every built-in routine in every language must say the same holds, sides
and timings as English: only the words differ. (A briefing or transition lasts as long as its
words take to say, so its length may differ; what the guide states does not.)
"""

from __future__ import annotations

import itertools
import json

import pytest

from stretchguide.cli import main
from stretchguide.core.assets import assets_dir, builtin_routines_dir
from stretchguide.core.catalog_loader import load_catalog
from stretchguide.core.languages import LANGUAGES, SOURCE
from stretchguide.core.loader import load_library
from stretchguide.core.settings import AppSettings, UiSettings
from stretchguide.exit_codes import EXIT_USAGE
from stretchguide.storage.paths import AppPaths
from stretchguide.storage.settings_store import SettingsStore

TRANSLATED = [code for code in LANGUAGES if code != SOURCE]
BUILTINS = load_library(load_catalog(assets_dir()), builtin_routines_dir()).routines


# ---- the guide's facts in every language ---------------------------------------------------
def _plan(routine_id: str, language: str, capsys: pytest.CaptureFixture[str]) -> dict:
    assert main(["--lang", language, "plan", routine_id, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def _facts(plan: dict) -> list[tuple]:
    """What the guide states of each segment, whatever the words: the kind, exercise and
    side; a hold's seconds from "hold it there" to its end; a flow's breaths; a warm-up's
    length; the countdown, counted back from the end."""
    facts = []
    for seg in plan["segments"]:
        end = seg["start_s"] + seg["duration_s"]
        cues = seg["cues"]
        fact: tuple = (seg["kind"], seg["exercise"], seg["side"])
        countdown = [round(end - c["at_s"], 3) for c in cues if c["kind"] == "countdown"]
        if seg["kind"] == "hold":
            start = next(c["at_s"] for c in cues if c["kind"] == "hold")
            fact += (round(end - start, 3), countdown)
        elif seg["kind"] == "flow":
            breaths = [c for c in cues if c["kind"] in ("inhale", "exhale")]
            gaps = [round(b["at_s"] - a["at_s"], 3) for a, b in itertools.pairwise(breaths)]
            fact += (len(breaths), gaps, round(end - breaths[0]["at_s"], 3))
        elif seg["kind"] == "warmup":
            fact += (seg["duration_s"], countdown)
        facts.append(fact)
    return facts


@pytest.mark.parametrize("language", TRANSLATED)
@pytest.mark.parametrize("routine_id", [r.id for r in BUILTINS])
def test_every_languages_plan_has_the_english_holds_sides_and_timings(
    routine_id: str, language: str, capsys: pytest.CaptureFixture[str]
) -> None:
    english = _plan(routine_id, SOURCE, capsys)
    translated = _plan(routine_id, language, capsys)
    assert _facts(translated) == _facts(english)
    holds = [f for f in _facts(translated) if f[0] == "hold"]
    assert holds and all(f[3] == 30.0 for f in holds), "the guide's 30-second holds"
    texts = [c["text"] for s in translated["segments"] for c in s["cues"]]
    english_texts = {c["text"] for s in english["segments"] for c in s["cues"]}
    spoken_in_english = [t for t in texts if t in english_texts and not t[:1].isdigit()]
    assert not spoken_in_english, f"said in English in {language}: {spoken_in_english}"


# ---- choosing the language -----------------------------------------------------------------
def _title(args: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    assert main(args) == 0
    return json.loads(capsys.readouterr().out)["routine"]["title"]


def test_lang_before_or_after_the_command_chooses_the_coaching(capsys) -> None:
    assert _title(["--lang", "de", "plan", "desk-break", "--json"], capsys) == "Schreibtischpause"
    assert _title(["plan", "desk-break", "--json", "--lang", "es"], capsys) == (
        "Pausa en el escritorio"
    )
    assert _title(["--lang", "fr_CA.UTF-8", "plan", "desk-break", "--json"], capsys) == (
        "Pause au bureau"
    )


def test_routines_lists_the_titles_in_the_language(capsys) -> None:
    assert main(["--lang", "de", "routines", "--json"]) == 0
    titles = {r["id"]: r["title"] for r in json.loads(capsys.readouterr().out)["routines"]}
    assert titles["lower-back-relief"] == "Entlastung für den unteren Rücken"


def test_an_unknown_language_is_one_line_naming_the_shipped_ones(capsys) -> None:
    assert main(["--lang", "pt", "play", "desk-break"]) == EXIT_USAGE
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "--lang pt" in err and all(code in err for code in LANGUAGES)


def test_the_system_locale_then_the_setting_then_lang_decide(monkeypatch, capsys) -> None:
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    assert _title(["plan", "desk-break", "--json"], capsys) == "Schreibtischpause"
    SettingsStore.for_paths(AppPaths.resolve()).save(AppSettings(ui=UiSettings(language="fr")))
    assert _title(["plan", "desk-break", "--json"], capsys) == "Pause au bureau"
    assert _title(["--lang", "en", "plan", "desk-break", "--json"], capsys) == "Desk break"


def test_a_system_in_another_language_gets_english(monkeypatch, capsys) -> None:
    monkeypatch.setenv("LC_ALL", "pt_BR.UTF-8")
    assert _title(["plan", "desk-break", "--json"], capsys) == "Desk break"


def test_play_hands_the_chosen_language_to_the_app(monkeypatch) -> None:
    import stretchguide.app

    seen: dict[str, object] = {}

    def fake_run_app(**kwargs: object) -> int:
        seen.update(kwargs)
        return 0

    monkeypatch.setattr(stretchguide.app, "run_app", fake_run_app)
    assert main(["--lang", "es", "play", "desk-break", "--no-speech"]) == 0
    assert seen["language"] == "es"
    catalog, library = seen["loaded"]  # type: ignore[misc]
    assert catalog.language == "es"
    assert library.get("desk-break").title == "Pausa en el escritorio"

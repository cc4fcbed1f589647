"""The window speaks German, French and Spanish: complete catalogues, fresh .qm files, the right
plural forms, and the language chosen in Settings (or by the system) at start-up.

The catalogue checks run Qt's own lupdate over the code into a temporary copy of each shipped
``.ts`` file, so a string added, changed or removed in the code without its translation fails
here, naming it; ``scripts/update_translations.sh`` is the fix.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from pytestqt.qtbot import QtBot

from stretchguide.core.assets import assets_dir, builtin_routines_dir
from stretchguide.core.languages import LANGUAGES
from stretchguide.core.loader import load_library
from stretchguide.core.settings import AppSettings, UiSettings
from stretchguide.ui.plurals import PLURAL
from stretchguide.ui.translations import install_language, translate
from tests.core.helpers import catalog
from tests.ui.conftest import App, make_app

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = assets_dir() / "translations"
SHIPPED = [code for code in LANGUAGES if code != "en"]
QT_TOOLS = Path(__import__("PySide6").__file__).parent
SOURCES = [
    str(ROOT / "stretchguide" / "ui"),
    str(ROOT / "stretchguide" / "desktop"),
    str(ROOT / "stretchguide" / "speech" / "notices.py"),  # speech problems the window shows
]


@pytest.fixture
def language(qapp) -> Iterator[object]:
    """Installs a language for one test, and English again after it (the app is shared)."""
    yield install_language
    install_language("en")


def _tool(name: str) -> Path:
    tool = QT_TOOLS / name
    if not tool.exists():
        pytest.skip(f"{name} is not in this PySide6 wheel ({QT_TOOLS})")
    return tool


def _messages(ts: Path) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(ts).getroot()
    return [
        (context.findtext("name", ""), message.findtext("source", ""), message)
        for context in root.iter("context")
        for message in context.iter("message")
    ]


@pytest.fixture(scope="module")
def refreshed(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Each shipped .ts file, copied and updated by lupdate from the code as it is now (obsolete
    strings kept, so a string that vanished from the code shows up as such)."""
    lupdate = _tool("lupdate")
    out = tmp_path_factory.mktemp("ts")
    copies = {}
    options = ["-silent", "-extensions", "py", "-locations", "none", *SOURCES]
    for code in SHIPPED:
        copy = out / f"stretchguide_{code}.ts"
        shutil.copy(TRANSLATIONS / f"stretchguide_{code}.ts", copy)
        subprocess.run(
            [str(lupdate), *options, "-ts", str(copy)],
            check=True,
            timeout=120,
        )
        copies[code] = copy
    return copies


@pytest.mark.parametrize("code", SHIPPED)
def test_every_window_string_is_translated_and_none_is_stale(
    refreshed: dict[str, Path], code: str
) -> None:
    updated = _messages(refreshed[code])
    unfinished = [
        f"{ctx}: {src!r}"
        for ctx, src, m in updated
        if m.find("translation") is not None and m.find("translation").get("type") == "unfinished"  # type: ignore[union-attr]
    ]
    stale = [
        f"{ctx}: {src!r}"
        for ctx, src, m in updated
        if m.find("translation") is not None
        and m.find("translation").get("type") in ("vanished", "obsolete")  # type: ignore[union-attr]
    ]
    shipped = {(ctx, src) for ctx, src, _ in _messages(TRANSLATIONS / f"stretchguide_{code}.ts")}
    in_code = {(ctx, src) for ctx, src, _ in updated}
    hint = "run scripts/update_translations.sh, translate, and commit the .ts and .qm"
    assert not unfinished, f"untranslated in {code} ({hint}):\n" + "\n".join(unfinished)
    assert not stale, f"no longer in the code, still in {code} ({hint}):\n" + "\n".join(stale)
    assert in_code == shipped, f"{code}.ts differs from the code's strings ({hint})"


_BRACED = re.compile(r"\{(\w*)\}")
_NUMBERED = re.compile(r"%(\d|n)")


def _placeholders(text: str) -> tuple[list[str], list[str]]:
    return sorted(_BRACED.findall(text)), sorted(_NUMBERED.findall(text))


@pytest.mark.parametrize("code", [*SHIPPED, "en"])
def test_placeholders_are_the_same_as_the_english(code: str) -> None:
    wrong = []
    for ctx, source, message in _messages(TRANSLATIONS / f"stretchguide_{code}.ts"):
        translation = message.find("translation")
        assert translation is not None
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        for form in forms:
            if _placeholders(form) != _placeholders(source):
                wrong.append(f"{ctx}: {source!r} -> {form!r}")
    assert not wrong, f"placeholders differ in {code}:\n" + "\n".join(wrong)


def test_compiled_catalogues_are_those_of_the_ts_files(tmp_path: Path) -> None:
    """The .qm files are committed (a fresh ``pip install -e`` runs no build step): each must be
    exactly what lrelease makes of its .ts today."""
    lrelease = _tool("lrelease")
    for ts in sorted(TRANSLATIONS.glob("stretchguide_*.ts")):
        made = tmp_path / ts.with_suffix(".qm").name
        subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(made)], check=True)
        shipped = ts.with_suffix(".qm")
        assert shipped.exists(), f"{shipped.name} is missing: run scripts/update_translations.sh"
        assert made.read_bytes() == shipped.read_bytes(), (
            f"{shipped.name} is stale: run scripts/update_translations.sh"
        )


PLURALS = {
    "en": ("1 minute", "2 minutes", "1 stretch", "2 stretches"),
    "de": ("1 Minute", "2 Minuten", "1 Dehnung", "2 Dehnungen"),
    "fr": ("1 minute", "2 minutes", "1 étirement", "2 étirements"),
    "es": ("1 minuto", "2 minutos", "1 estiramiento", "2 estiramientos"),
}


@pytest.mark.parametrize("code", list(PLURALS))
def test_plural_forms_for_one_and_two(language, code: str) -> None:
    assert language(code) == code
    shown = (PLURAL.minutes(1), PLURAL.minutes(2), PLURAL.stretches(1), PLURAL.stretches(2))
    assert shown == PLURALS[code]


def test_plurals_read_as_english_without_any_catalogue() -> None:
    assert (PLURAL.seconds(1), PLURAL.seconds(2), PLURAL.stretches(2)) == (
        "1 second",
        "2 seconds",
        "2 stretches",
    )


def test_language_sets_numbers_and_qt_own_buttons(language, qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    language("de")
    assert QLocale().toString(1.5, "g", 6) == "1,5"
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Abbrechen"


def test_the_window_in_german(language, qtbot: QtBot, tmp_path: Path) -> None:
    language("de")
    app = make_app(qtbot, tmp_path)
    view = app.window.library_view
    assert view.start_button.text() == "Starten"
    assert view.settings_button.text() == "Einstellungen…"
    metas = dict(view.routines.title_and_meta(row) for row in range(4))
    assert metas["Desk break"] == "3 min · 1 Dehnung · Sitzend · Mitgeliefert"
    app.start("desk-break")
    session = app.window.session_view
    assert session.pause_button.text() == "Pause"
    assert session.pain_button.text() == "Stechender Schmerz: langsam lösen"
    assert session.step_label.text().startswith("Schritt 1 von ")
    assert session.remaining_label.text().startswith("noch ")
    app.driver.toggle()
    assert session.pause_button.text() == "Fortsetzen"
    assert session.status_label.text() == "Pausiert: Leertaste drücken, um weiterzumachen"
    app.window.driver.stop()
    assert app.window.finish_view.back_button.text() == "Zurück zur Übersicht"


def test_a_window_string_in_each_language(language) -> None:
    expected = {"de": "Wo bin ich?", "fr": "Où en suis-je ?", "es": "¿Dónde estoy?"}
    for code, text in expected.items():
        language(code)
        assert translate("Keys", "Where am I?") == text


def test_a_start_with_the_setting_shows_the_window_in_that_language(language, qapp) -> None:
    """As run_app starts: the language chosen from the setting is the window's too."""
    from stretchguide.storage.language_setting import chosen_language
    from stretchguide.storage.paths import AppPaths
    from stretchguide.storage.settings_store import SettingsStore
    from stretchguide.ui.app import build_window

    paths = AppPaths.resolve()
    SettingsStore.for_paths(paths).save(AppSettings(ui=UiSettings(language="es")))
    chosen = chosen_language(None, paths)
    assert chosen == "es"
    cat = catalog()
    library = load_library(cat, builtin_routines_dir())
    window = build_window(qapp, paths, cat, library, speech=False, language=chosen)
    try:
        assert window.library_view.start_button.text() == "Empezar"
        assert QLocale().language() == QLocale.Language.Spanish
    finally:
        window.close()
        window.deleteLater()


def test_settings_offer_each_language_in_its_own_name_and_say_when_it_applies(
    app: App,
) -> None:
    app.window.open_settings()
    dialog = app.window.settings_dialog
    app.qtbot.waitUntil(dialog.isVisible)
    names = [dialog.language.itemText(i) for i in range(dialog.language.count())]
    assert names == ["System default", "English", "Deutsch", "Français", "Español"]
    assert dialog.language.currentData() == ""
    assert not dialog.language_notice.isVisible()
    dialog.language.setCurrentIndex(dialog.language.findData("de"))
    assert dialog.language_notice.isVisible()
    assert "restarting" in dialog.language_notice.text()
    dialog.accept()
    assert app.store.load().ui.language == "de"

"""Which language a run uses, read from the machine: the setting and the system locale."""

from __future__ import annotations

from stretchguide.core.settings import AppSettings, UiSettings
from stretchguide.storage.language_setting import chosen_language, system_locale
from stretchguide.storage.paths import AppPaths
from stretchguide.storage.settings_store import SettingsStore


def test_the_system_locale_is_read_as_posix_programs_read_it() -> None:
    assert system_locale({"LANG": "de_DE.UTF-8"}) == "de_DE.UTF-8"
    assert system_locale({"LC_MESSAGES": "fr_FR.UTF-8", "LANG": "de_DE.UTF-8"}) == "fr_FR.UTF-8"
    assert system_locale({"LC_ALL": "es_ES.UTF-8", "LC_MESSAGES": "fr_FR"}) == "es_ES.UTF-8"
    assert system_locale({"LC_ALL": "C", "LANG": "de_DE.UTF-8"}) == ""
    assert system_locale({"LANG": "POSIX"}) == ""
    assert system_locale({}) == ""


def test_the_setting_is_read_without_touching_a_damaged_file(monkeypatch) -> None:
    paths = AppPaths.resolve()
    store = SettingsStore.for_paths(paths)
    monkeypatch.setenv("LANG", "es_ES.UTF-8")
    store.save(AppSettings(ui=UiSettings(language="de")))
    assert chosen_language(None, paths) == "de"
    assert chosen_language("fr", paths) == "fr"
    paths.settings_file.write_bytes(b"\x00\x01 not settings")
    assert chosen_language(None, paths) == "es", "a damaged file: the system's language"
    assert paths.settings_file.read_bytes() == b"\x00\x01 not settings", (
        "left for the window to report and keep aside"
    )

"""Edges of reading the language from the machine: the setting's plain scan and the locale."""

from __future__ import annotations

import locale
from pathlib import Path

import pytest

from stretchguide.core.assets import assets_dir
from stretchguide.core.catalog_loader import load_catalog
from stretchguide.storage.language_setting import chosen_language, stored_language, system_locale
from stretchguide.storage.library_loader import load_catalog_and_library
from stretchguide.storage.paths import AppPaths


@pytest.mark.parametrize(
    ("content", "language"),
    [
        (b"[ui]\nlanguage=de\n", "de"),
        (b'[ui]\nlanguage="fr"\n', "fr"),  # quoted as QSettings may write it
        (b"[ui]\nnote=see [docs]\nlanguage=es\n", "es"),  # a value ending in "]" is no section
        (b"[ui]\nlanguage=klingon\n", ""),  # not a shipped language
        (b"[speech]\nlanguage=de\n[ui]\ntheme=dark\n", ""),  # another section's key
        (b"[ui]\ntheme=dark\n", ""),
        (b"\xff\xfe[ui]\nlanguage=de\n", ""),  # not UTF-8
    ],
    ids=["plain", "quoted", "bracket-value", "unknown", "other-section", "unset", "not-utf8"],
)
def test_the_stored_language_is_a_shipped_one_from_the_ui_section(
    tmp_path: Path, content: bytes, language: str
) -> None:
    settings = tmp_path / "settings.ini"
    settings.write_bytes(content)
    assert stored_language(settings) == language


def test_no_settings_file_means_no_stored_language(tmp_path: Path) -> None:
    assert stored_language(tmp_path / "settings.ini") == ""


def test_a_c_locale_with_an_encoding_is_english() -> None:
    assert system_locale({"LANG": "C.UTF-8"}) == ""
    assert system_locale({"LC_ALL": "POSIX.UTF-8"}) == ""


@pytest.mark.parametrize(
    ("answer", "expected"),
    [(("de_DE", "UTF-8"), "de_DE"), ((None, None), ""), (ValueError("unknown locale"), "")],
    ids=["known", "unset", "unknown"],
)
def test_without_locale_variables_pythons_own_idea_is_used(
    monkeypatch: pytest.MonkeyPatch, answer: object, expected: str
) -> None:
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)

    def getlocale(category: int = 0) -> object:
        if isinstance(answer, Exception):
            raise answer
        return answer

    monkeypatch.setattr(locale, "getlocale", getlocale)
    assert system_locale() == expected


def test_the_setting_is_read_from_the_folders_given(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Not from ``STRETCHGUIDE_HOME`` (the test's other folder, tests/storage/conftest.py)."""
    paths = AppPaths.under(tmp_path / "given").ensure()
    paths.settings_file.write_text("[ui]\nlanguage=de\n", encoding="utf-8")
    monkeypatch.setenv("LANG", "es_ES.UTF-8")
    assert chosen_language(None, paths) == "de"


def test_the_catalogue_comes_in_the_language_asked_for(paths: AppPaths) -> None:
    catalog, _ = load_catalog_and_library(paths, "de")
    assert catalog == load_catalog(assets_dir(), language="de")
    assert catalog != load_catalog(assets_dir())

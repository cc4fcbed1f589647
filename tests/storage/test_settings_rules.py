"""Settings and window-state rules ``test_settings_store.py`` leaves open: a choice already made
survives a migration, the person is told exactly what happened to a damaged file, and a window
file never costs more than the window's position.
"""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path

import pytest

from stretchguide.core.settings import SessionSettings
from stretchguide.storage import settings_store as settings_store_module
from stretchguide.storage.recovery import move_aside
from stretchguide.storage.settings_store import SettingsStore, WindowState

from .helpers import BAD_SUFFIX, FIXED_NOW, fixed_clock

pytestmark = pytest.mark.usefixtures("qapp")  # QSettings wants a QCoreApplication

LOGGER = "stretchguide.storage"


@pytest.fixture
def store(tmp_path: Path) -> SettingsStore:
    return SettingsStore(tmp_path / "settings.ini", now=fixed_clock)


def messages(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records]


# -- migrations ----------------------------------------------------------------------------------


def test_an_engine_already_chosen_survives_the_upgrade_from_schema_1(store: SettingsStore) -> None:
    store.path.write_text("[meta]\nschema=1\n[speech]\nvoice=\nengine=system\n", encoding="utf-8")
    assert store.load().speech.engine == "system"
    assert store.migrated_from == 1


# -- a damaged file ------------------------------------------------------------------------------


def test_a_damaged_file_is_reported_with_where_it_was_kept(
    store: SettingsStore, caplog: pytest.LogCaptureFixture
) -> None:
    store.path.write_bytes(b"\xff\xfe[session]\n")
    with caplog.at_level(logging.WARNING, logger=LOGGER):
        store.load()
    assert store.last_problem == (
        f"Your settings file is not UTF-8 text. It was kept as settings.ini{BAD_SUFFIX} "
        "and the defaults are in use."
    )
    assert store.last_problem in messages(caplog)
    assert f"Kept a damaged file as {store.path}{BAD_SUFFIX}" in messages(caplog)


def test_a_damaged_file_that_cannot_be_moved_is_reported_too(
    store: SettingsStore, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def refuse(path: Path, when: datetime, companions: tuple[str, ...] = ()) -> Path:
        raise OSError("read-only folder")

    monkeypatch.setattr(settings_store_module, "move_aside", refuse)
    store.path.write_bytes(b"\xff\xfe[session]\n")
    with caplog.at_level(logging.WARNING, logger=LOGGER):
        store.load()
    assert store.last_problem == (
        "Your settings file is not UTF-8 text and could not be moved aside (read-only folder); "
        "the defaults are in use."
    )
    assert store.bad_copy is None
    assert store.last_problem in messages(caplog)
    assert store.path.read_bytes() == b"\xff\xfe[session]\n"


def test_moving_aside_logs_the_name_it_chose(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    damaged = tmp_path / "resume.json"
    damaged.write_text("x")
    (tmp_path / f"resume.json{BAD_SUFFIX}").write_text("an earlier copy")
    with caplog.at_level(logging.WARNING, logger=LOGGER):
        kept = move_aside(damaged, FIXED_NOW)
    assert kept == tmp_path / f"resume.json{BAD_SUFFIX}-2"
    assert messages(caplog) == [f"Kept a damaged file as {kept}"]


# -- the window state ----------------------------------------------------------------------------


def test_an_empty_window_file_is_no_news(
    store: SettingsStore, caplog: pytest.LogCaptureFixture
) -> None:
    store.window_path.write_text("\n  \n")
    with caplog.at_level(logging.DEBUG):
        assert store.load_window() == WindowState()
    assert messages(caplog) == []


def test_a_damaged_window_file_is_logged_and_ignored(
    store: SettingsStore, caplog: pytest.LogCaptureFixture
) -> None:
    store.window_path.write_bytes(b"\x00\xff")
    with caplog.at_level(logging.WARNING, logger=LOGGER):
        assert store.load_window() == WindowState()
    assert messages(caplog) == [
        f"Ignoring window state in {store.window_path}: contains binary data"
    ]


def test_an_unexpected_error_with_the_window_file_is_logged_and_ignored(
    store: SettingsStore, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def broken(raw: bytes) -> dict[str, object]:
        raise RuntimeError("QSettings fell over")

    monkeypatch.setattr(settings_store_module, "_parse_ini", broken)
    store.window_path.write_text("[window]\nlast_routine=r1\n")
    with caplog.at_level(logging.WARNING, logger=LOGGER):
        assert store.load_window() == WindowState()
    [record] = caplog.records
    assert record.getMessage() == f"Unexpected error while reading {store.window_path}"
    assert record.exc_info is not None


def test_window_values_of_the_wrong_kind_are_left_out(store: SettingsStore) -> None:
    store.window_path.write_text(
        "[meta]\nschema=1\n[window]\ngeometry=not bytes\nlast_routine=one, two\n"
    )
    assert store.load_window() == WindowState(b"", "")


# -- the format version --------------------------------------------------------------------------


def test_a_foreign_ini_file_is_kept_aside_and_named_for_what_it_is(store: SettingsStore) -> None:
    store.path.write_text("[colors]\nbackground=blue\n", encoding="utf-8")
    store.load()
    assert store.last_problem == (
        f"Your settings file is not a StretchGuide settings file. It was kept as "
        f"settings.ini{BAD_SUFFIX} and the defaults are in use."
    )


def test_a_file_from_before_the_format_key_is_ours_by_its_sections(store: SettingsStore) -> None:
    store.path.write_text("[session]\nsomething/nested=1\n", encoding="utf-8")
    store.load()
    assert store.migrated_from == 0 and store.bad_copy is None


@pytest.mark.parametrize(
    ("schema", "shown"),
    [
        ("1, 2", "['1', '2']"),  # QSettings reads a list
        ("x" * 38, "'" + "x" * 38 + "'"),  # 40 characters shown whole
        ("x" * 39, "'" + "x" * 36 + "..."),  # longer: cut to 37 and marked
        ("0000002", "'0000002'"),  # more than six digits is no format version
    ],
    ids=["list", "40-chars", "41-chars", "seven-digits"],
)
def test_an_unknown_format_version_is_shown_briefly(
    store: SettingsStore, schema: str, shown: str
) -> None:
    store.path.write_text(f"[meta]\nschema={schema}\n[session]\nhold_scale=1.5\n")
    store.load()
    assert store.last_problem == (
        f"Your settings file has an unknown format version ({shown}). It was kept as "
        f"settings.ini{BAD_SUFFIX} and the defaults are in use."
    )


def test_a_format_version_of_six_digits_is_read(store: SettingsStore) -> None:
    store.path.write_text("[meta]\nschema=000001\n[session]\nhold_scale=1.5\n")
    assert store.load().session.hold_scale == 1.5
    assert store.migrated_from == 1 and store.bad_copy is None


def test_only_the_upgrades_after_the_files_format_run(store: SettingsStore) -> None:
    """A schema-1 file has no old key names: a stray ``warmup`` is not taken for one."""
    store.path.write_text("[meta]\nschema=1\n[session]\nwarmup=7\n")
    assert SessionSettings().warmup_minutes != 7
    assert store.load().session == SessionSettings()


def test_a_format_with_no_upgrade_is_reported(
    store: SettingsStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(settings_store_module, "MIGRATIONS", {1: lambda values: values})
    store.path.write_text("[session]\nhold_scale=1.5\n")
    store.load()
    assert store.last_problem == (
        "Your settings file uses format 0, which this version cannot convert. It was kept as "
        f"settings.ini{BAD_SUFFIX} and the defaults are in use."
    )


# -- what the person is told on load -------------------------------------------------------------


def test_nothing_is_reported_before_a_load(tmp_path: Path) -> None:
    store = SettingsStore(tmp_path / "settings.ini")
    assert (store.last_problem, store.bad_copy, store.migrated_from) == (None, None, None)


def test_a_window_file_given_is_the_one_used(tmp_path: Path) -> None:
    store = SettingsStore(tmp_path / "settings.ini", window_path=tmp_path / "elsewhere.ini")
    store.save_window(b"geo", "r1")
    assert (tmp_path / "elsewhere.ini").exists() and not (tmp_path / "window.ini").exists()


def test_values_reset_on_load_are_listed(
    store: SettingsStore, caplog: pytest.LogCaptureFixture
) -> None:
    store.path.write_text(
        "[meta]\nschema=2\n[session]\nhold_scale=big\ncountdown_from=1000\n", encoding="utf-8"
    )
    with caplog.at_level(logging.WARNING, logger=LOGGER):
        store.load()
    listed = "session/hold_scale (unreadable), session/countdown_from (out of range)"
    assert store.last_problem == f"Some settings were not valid and were reset: {listed}."
    assert messages(caplog) == [f"Settings adjusted on load: {listed}"]


def test_an_upgrade_is_logged(store: SettingsStore, caplog: pytest.LogCaptureFixture) -> None:
    store.path.write_text("[meta]\nschema=1\n[speech]\nrate=180\n", encoding="utf-8")
    with caplog.at_level(logging.INFO, logger=LOGGER):
        store.load()
    assert "Settings converted from schema 1 to 2" in messages(caplog)


def test_an_unreadable_file_is_named_by_its_cause(store: SettingsStore) -> None:
    store.path.mkdir()  # a folder where the file should be
    store.load()
    assert store.last_problem == (
        "Your settings file could not be opened (Is a directory); the defaults are in use for now."
    )


def test_an_unexpected_failure_still_starts_with_the_defaults(
    store: SettingsStore, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def broken(raw: bytes) -> dict[str, object]:
        raise RuntimeError("QSettings fell over")

    monkeypatch.setattr(settings_store_module, "_parse_ini", broken)
    store.path.write_text("[session]\nhold_scale=1.5\n", encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger=LOGGER):
        assert store.load().session == SessionSettings()
    assert store.last_problem == (
        "Your settings could not be read (QSettings fell over); the defaults are in use."
    )
    assert messages(caplog) == [f"Unexpected error while loading {store.path}"]


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"[session\nhold_scale=1.5\n", "could not be parsed"),
        (b"; a comment\n", "holds no settings"),
    ],
    ids=["format-error", "no-keys"],
)
def test_an_unparsable_file_is_named_for_what_is_wrong(
    store: SettingsStore, content: bytes, reason: str
) -> None:
    store.path.write_bytes(content)
    store.load()
    assert store.last_problem == (
        f"Your settings file {reason}. It was kept as settings.ini{BAD_SUFFIX} "
        "and the defaults are in use."
    )

"""A damaged, mistyped or old settings file never stops the app from starting.

The real start-up (``stretchguide.ui.app.build_window``, with the paths ``run_app`` resolves from
``STRETCHGUIDE_HOME``) is run on each kind of bad file. Whatever the file holds:

* the window opens and lists the routines, and the next save writes a file that loads cleanly;
* the person's bytes are never lost: a file that cannot be used is moved aside, unchanged, as
  ``settings.ini.bad-*`` beside it; one with a few bad values is left as it is;
* a visible banner says what happened (and names the bad copy); a clean or merely old file shows
  nothing and an old one keeps its values.

A hypothesis test then throws random bytes and random INI text at the store itself.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from stretchguide.core.assets import assets_dir, builtin_routines_dir
from stretchguide.core.catalog_loader import load_catalog
from stretchguide.core.loader import load_library
from stretchguide.core.settings import AppSettings
from stretchguide.storage.paths import AppPaths
from stretchguide.storage.settings_store import SettingsStore
from stretchguide.ui.app import build_window
from stretchguide.ui.main_window import MainWindow

CATALOG = load_catalog(assets_dir())
LIBRARY = load_library(CATALOG, builtin_routines_dir())
GOOD = (
    b"[meta]\nschema=1\n\n[session]\nhold_scale=1.5\nwarmup_minutes=7\n"
    b"[speech]\nenabled=false\nrate=200\nvolume=0.5\nvoice=en-gb\n\n[ui]\ntheme=dark\n"
)


@dataclass(frozen=True)
class Case:
    data: bytes
    outcome: str  # moved (kept aside), reset (values reset, file kept), clean, migrated


CASES = {
    "random bytes": Case(random.Random(6).randbytes(700), "moved"),
    "random printable junk": Case(bytes(random.Random(7).choices(range(32, 127), k=700)), "moved"),
    "NULs in a good file": Case(GOOD[:40] + b"\x00\x00" + GOOD[40:], "moved"),
    "not UTF-8": Case(GOOD.replace(b"en-gb", b"caf\xe9"), "moved"),
    "truncated in a header": Case(b"[meta]\nschema=1\n[spee", "moved"),
    "truncated to its first byte": Case(GOOD[:1], "moved"),
    "newer version": Case(b"[meta]\nschema=99\n[speech]\nrate=150\n", "moved"),
    "version is text": Case(b"[meta]\nschema=one\n[speech]\nrate=150\n", "moved"),
    "not ours": Case(b"[General]\nfoo=bar\n[Window]\nx=1\n", "moved"),
    "garbage QVariant": Case(
        b"[meta]\nschema=1\n[speech]\nrate=@Variant(\\0\\0\\0\\x7f\\xff)\n", "reset"
    ),
    "wrong types": Case(
        b"[meta]\nschema=1\n[speech]\nrate=fast\nenabled=perhaps\nvolume=nan\n"
        b"[session]\nhold_scale=1, 2\ncountdown_from=2.5\n[ui]\ntext_scale=@Size(1 2)\n",
        "reset",
    ),
    "out of range": Case(
        b"[meta]\nschema=1\n[speech]\nrate=5000\nvolume=-3\n[session]\nhold_scale=1e300\n",
        "reset",
    ),
    "truncated mid-value": Case(GOOD[: GOOD.index(b"rate=") + 6], "reset"),  # rate=2
    "empty": Case(b"", "clean"),
    "only blank lines": Case(b" \n\n\t\n", "clean"),
    "old version (schema 0)": Case(b"[speech]\nwpm=150\n[session]\nwarmup=8\n", "migrated"),
}
# Version texts that str.isdigit() accepts but int() refuses (found by this suite).
BAD_VERSIONS = {
    "version with 5000 digits": Case(b"[meta]\nschema=" + b"9" * 5000 + b"\n", "moved"),
    "version is a superscript two": Case("[meta]\nschema=\u00b2\n".encode(), "moved"),
}
CASES.update(BAD_VERSIONS)


@pytest.fixture(autouse=True)
def _restore_app_look(qapp: QApplication) -> Iterator[None]:
    """Start-up applies the stored theme to the whole app: put it back."""
    font, palette, sheet = qapp.font(), qapp.palette(), qapp.styleSheet()
    yield
    qapp.setStyleSheet(sheet)
    qapp.setPalette(palette)
    qapp.setFont(font)


def start(qtbot: QtBot, qapp: QApplication) -> tuple[MainWindow, AppPaths]:
    """The real start-up after the QApplication, on the paths ``run_app`` would use."""
    paths = AppPaths.resolve()  # STRETCHGUIDE_HOME: a fresh folder per test (tests/conftest.py)
    window = build_window(qapp, paths, CATALOG, LIBRARY, speech=False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window, paths


def within_range(value: AppSettings) -> bool:
    return all(
        getattr(value, name) == getattr(value, name).clamped()
        for name in value._fields
        if name != "schema"
    )


@pytest.mark.parametrize(
    "name",
    sorted(CASES),
)
def test_a_bad_settings_file_never_stops_the_app(
    qtbot: QtBot, qapp: QApplication, name: str
) -> None:
    case = CASES[name]
    paths = AppPaths.resolve().ensure()
    paths.settings_file.write_bytes(case.data)

    window, _ = start(qtbot, qapp)

    store: SettingsStore = window.store
    banner = window.library_view.banner
    kept = sorted(paths.config_dir.glob("settings.ini.bad-*"))
    assert window.library_view.routine_list.count() == len(LIBRARY.routines)
    assert within_range(window.settings)
    if case.outcome == "moved":
        assert kept == [store.bad_copy], "the damaged file must be kept beside the original"
        assert kept[0].read_bytes() == case.data, "the bad copy must hold the person's bytes"
        assert not paths.settings_file.exists()
        assert window.settings == AppSettings()
    else:
        assert kept == []
        assert paths.settings_file.read_bytes() == case.data, "a usable file is never rewritten"
    if case.outcome in ("moved", "reset"):
        assert store.last_problem
        assert banner.isVisible(), "the person must be told what happened"
        assert store.last_problem in banner.label.text()
        if store.bad_copy is not None:
            assert store.bad_copy.name in banner.label.text()
    else:
        assert store.last_problem is None
        assert not banner.isVisible()
    if case.outcome == "migrated":
        assert window.settings.speech.rate == 150
        assert window.settings.session.warmup_minutes == 8

    # The next save starts clean, whatever was there before.
    window.apply_settings(window.settings)
    again = SettingsStore.for_paths(paths)
    assert again.load() == window.settings
    assert again.last_problem is None and again.bad_copy is None


def test_the_banner_does_not_blame_routine_files_for_a_settings_problem(
    qtbot: QtBot, qapp: QApplication
) -> None:
    paths = AppPaths.resolve().ensure()
    paths.settings_file.write_bytes(CASES["random bytes"].data)
    window, _ = start(qtbot, qapp)
    assert window.store.bad_copy is not None
    assert "routine files could not be loaded" not in window.library_view.banner.label.text()


def test_a_second_bad_file_in_the_same_second_keeps_both_copies(
    qtbot: QtBot, qapp: QApplication
) -> None:
    paths = AppPaths.resolve().ensure()
    first, second = b"\x00first", b"\x00second"
    paths.settings_file.write_bytes(first)
    window, _ = start(qtbot, qapp)
    window.close()
    paths.settings_file.write_bytes(second)
    start(qtbot, qapp)
    kept = sorted(p.read_bytes() for p in paths.config_dir.glob("settings.ini.bad-*"))
    assert kept == sorted([first, second])


# ---- the store alone, on random input -----------------------------------------------------------
INI_TOKENS = (
    b"[meta]\n",
    b"[speech]\n",
    b"[session]\n",
    b"[ui]\n",
    b"schema=",
    b"rate=",
    b"enabled=",
    b"hold_scale=",
    b"theme=",
    b"wpm=",
    b"1",
    b"0",
    b"-1",
    b"1e999",
    b"nan",
    b"true",
    b"@Variant(",
    b"@ByteArray(",
    b"\\0",
    b"\\xff",
    b")",
    b"=",
    b",",
    b'"',
    b"\\",
    b";",
    b"%U",
    b"\n",
    b"\r",
    b"\x00",
    b"\xff",
)
ini_like = st.lists(st.sampled_from(INI_TOKENS), max_size=40).map(b"".join)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    data=st.one_of(
        st.binary(max_size=600), ini_like, ini_like.map(lambda b: b"[meta]\nschema=1\n" + b)
    )
)
def test_the_store_never_raises_and_never_loses_the_file(
    qapp: QApplication, tmp_path_factory: pytest.TempPathFactory, data: bytes
) -> None:
    folder = tmp_path_factory.mktemp("settings")
    path = folder / "settings.ini"
    path.write_bytes(data)
    store = SettingsStore(path)
    loaded = store.load()
    assert within_range(loaded)
    if store.bad_copy is not None:
        assert store.bad_copy.parent == folder and store.bad_copy.name.startswith(
            "settings.ini.bad-"
        )
        assert store.bad_copy.read_bytes() == data
        assert not path.exists()
        assert store.last_problem and store.bad_copy.name in store.last_problem
    else:
        assert path.read_bytes() == data
    assert sorted(p.name for p in folder.iterdir()) == (
        [store.bad_copy.name] if store.bad_copy else ["settings.ini"]
    ), "nothing else may be left beside the settings"

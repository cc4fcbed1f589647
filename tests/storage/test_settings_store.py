from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from stretchguide.core.settings import (
    SETTINGS_SCHEMA,
    AppSettings,
    SessionSettings,
    SpeechSettings,
    UiSettings,
)
from stretchguide.storage.paths import AppPaths
from stretchguide.storage.settings_store import MIGRATIONS, SettingsStore, WindowState

from .helpers import BAD_SUFFIX, fixed_clock, listing

pytestmark = pytest.mark.usefixtures("qapp")  # QSettings wants a QCoreApplication

CUSTOM = AppSettings(
    session=SessionSettings(
        hold_scale=1.5,
        warmup_minutes=7.5,
        inhale_s=3.0,
        exhale_s=6.0,
        halfway_cue=False,
        countdown_cue=False,
        countdown_from=5,
        breathing_cue=False,
        encouragement_cue=False,
        extend_s=30.0,
    ),
    speech=SpeechSettings(enabled=False, voice='en-GB, "Ava" @voice\\1 é', rate=200, volume=0.5),
    ui=UiSettings(theme="dark", text_scale=1.25),
)


@pytest.fixture
def config(tmp_path: Path) -> Path:
    folder = tmp_path / "config"
    folder.mkdir()
    return folder


@pytest.fixture
def store(config: Path) -> SettingsStore:
    return SettingsStore(config / "settings.ini", now=fixed_clock)


def write(store: SettingsStore, text: str | bytes) -> bytes:
    data = text.encode() if isinstance(text, str) else text
    store.path.write_bytes(data)
    return data


# -- round trips ---------------------------------------------------------------------------------


def test_missing_file_gives_defaults_and_creates_nothing(tmp_path: Path) -> None:
    store = SettingsStore(tmp_path / "nowhere" / "settings.ini")
    assert store.load() == AppSettings()
    assert store.last_problem is None
    assert listing(tmp_path) == []


def test_round_trip(store: SettingsStore, config: Path) -> None:
    store.save(CUSTOM)
    assert listing(config) == ["settings.ini"]
    loaded = SettingsStore(store.path).load()
    assert loaded == CUSTOM
    text = store.path.read_text()
    assert "[meta]" in text and f"schema={SETTINGS_SCHEMA}" in text
    assert "hold_scale=1.5" in text  # readable by a person, not pickled


def test_round_trip_of_defaults(store: SettingsStore) -> None:
    store.save(AppSettings())
    assert store.load() == AppSettings()
    assert store.last_problem is None


def test_for_paths_uses_the_config_folder(paths: AppPaths) -> None:
    store = SettingsStore.for_paths(paths)
    assert store.path == paths.settings_file
    assert store.window_path == paths.window_file


def test_save_clamps_what_it_writes(store: SettingsStore) -> None:
    wild = CUSTOM._replace(session=CUSTOM.session._replace(hold_scale=50.0))
    store.save(wild)
    assert store.load().session.hold_scale == 2.0
    assert store.last_problem is None


def test_quick_successive_saves_are_never_read_back_stale(store: SettingsStore) -> None:
    # QSettings caches files by path and trusts size + mtime (ms); same-size values written in
    # the same millisecond must still be read back fresh.
    for scale in (1.1, 1.2, 1.3, 1.4, 1.5, 1.6, 1.7, 1.8, 1.9) * 3:
        wanted = CUSTOM._replace(session=CUSTOM.session._replace(hold_scale=scale))
        store.save(wanted)
        assert store.load() == wanted


@given(
    session=st.builds(
        SessionSettings,
        hold_scale=st.floats(0.5, 2.0),
        warmup_minutes=st.floats(5.0, 10.0),
        inhale_s=st.floats(2.0, 8.0),
        exhale_s=st.floats(2.0, 8.0),
        halfway_cue=st.booleans(),
        countdown_from=st.integers(1, 10),
        extend_s=st.floats(5.0, 60.0),
        get_ready_s=st.just(0.0) | st.floats(3.0, 60.0),
    ),
    voice=st.text(max_size=40),
    rate=st.integers(80, 300),
    volume=st.floats(0.0, 1.0),
    theme=st.sampled_from(["system", "light", "dark"]),
)
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_any_valid_settings_round_trip(
    session: SessionSettings, voice: str, rate: int, volume: float, theme: str
) -> None:
    wanted = AppSettings(
        session=session,
        speech=SpeechSettings(voice=voice, rate=rate, volume=volume),
        ui=UiSettings(theme=theme),
    )
    with tempfile.TemporaryDirectory() as folder:
        store = SettingsStore(Path(folder) / "settings.ini")
        store.save(wanted)
        assert store.load() == wanted
        assert store.last_problem is None


# -- loading never writes ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        f"[meta]\nschema={SETTINGS_SCHEMA}\n[session]\nhold_scale=1.5\n",
        "[session]\nwarmup=7\n",  # old schema, migrated in memory only
        f"[meta]\nschema={SETTINGS_SCHEMA}\n[session]\nhold_scale=99\n",  # clamped in memory
    ],
)
def test_load_never_writes(store: SettingsStore, config: Path, text: str) -> None:
    data = write(store, text)
    os.utime(store.path, ns=(1_000_000_000, 1_000_000_000))
    store.load()
    assert listing(config) == ["settings.ini"]
    assert store.path.read_bytes() == data
    assert store.path.stat().st_mtime_ns == 1_000_000_000


# -- damaged files -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        pytest.param(b"\x00\x01\xff\xfe\x89PNG garbage", "binary", id="garbage-bytes"),
        pytest.param(b"[session]\nhold_scale=\xff\xfe\n", "UTF-8", id="not-utf8"),
        pytest.param(b"[session\nhold_scale=1.5\n", "parsed", id="qsettings-format-error"),
        pytest.param(b"just some words\n", "no settings", id="no-keys"),
        pytest.param(b"[other]\nfoo=1\n", "not a StretchGuide", id="not-ours"),
        pytest.param(b"[meta]\nschema=banana\n", "unknown format", id="unknown-schema"),
        pytest.param(b"[meta]\nschema=99\n[session]\nhold_scale=1.5\n", "newer", id="newer"),
    ],
)
def test_damaged_file_is_kept_aside_and_defaults_used(
    store: SettingsStore, config: Path, content: bytes, reason: str
) -> None:
    write(store, content)
    assert store.load() == AppSettings()
    bad = config / f"settings.ini{BAD_SUFFIX}"
    assert listing(config) == [bad.name]
    assert bad.read_bytes() == content
    assert store.bad_copy == bad
    assert store.last_problem is not None
    assert reason in store.last_problem and bad.name in store.last_problem


def test_after_recovery_save_and_load_are_clean(store: SettingsStore, config: Path) -> None:
    write(store, b"\x00")
    store.load()
    store.save(CUSTOM)
    assert store.load() == CUSTOM
    assert store.last_problem is None and store.bad_copy is None
    assert listing(config) == ["settings.ini", f"settings.ini{BAD_SUFFIX}"]


def test_two_recoveries_in_one_second_keep_both_copies(store: SettingsStore, config: Path) -> None:
    write(store, b"\x00first")
    store.load()
    write(store, b"\x00second")
    store.load()
    assert (config / f"settings.ini{BAD_SUFFIX}").read_bytes() == b"\x00first"
    assert (config / f"settings.ini{BAD_SUFFIX}-2").read_bytes() == b"\x00second"


def test_empty_file_is_just_defaults(store: SettingsStore, config: Path) -> None:
    write(store, b"  \n")
    assert store.load() == AppSettings()
    assert store.last_problem is None
    assert listing(config) == ["settings.ini"]


def test_unreadable_file_is_reported_but_left_alone(store: SettingsStore, config: Path) -> None:
    store.path.mkdir()  # reading a folder fails like a permission problem would
    assert store.load() == AppSettings()
    assert store.last_problem is not None and "could not be opened" in store.last_problem
    assert listing(config) == ["settings.ini"]


@given(content=st.binary(max_size=300) | st.text(max_size=300).map(str.encode))
@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_load_never_raises_whatever_the_file_holds(content: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        store = SettingsStore(Path(folder) / "settings.ini")
        store.path.write_bytes(content)
        loaded = store.load()
        assert loaded == loaded.__class__(
            session=loaded.session.clamped(),
            speech=loaded.speech.clamped(),
            ui=loaded.ui.clamped(),
        )


# -- values of the wrong type or out of range ----------------------------------------------------


def test_wrong_types_fall_back_to_each_default(store: SettingsStore, config: Path) -> None:
    write(
        store,
        f"[meta]\nschema={SETTINGS_SCHEMA}\n"
        "[session]\nhold_scale=abc\nhalfway_cue=maybe\ncountdown_from=2.5\nexhale_s=6\n"
        "[speech]\nvoice=a, b\nrate=fast\nenabled=false\n"
        "[ui]\ntheme=dark\ntext_scale=@ByteArray(x)\n",
    )
    loaded = store.load()
    default = AppSettings()
    assert loaded.session == default.session._replace(exhale_s=6.0)
    assert loaded.speech == default.speech._replace(enabled=False)
    assert loaded.ui == default.ui._replace(theme="dark")
    assert store.last_problem is not None
    for key in (
        "session/hold_scale",
        "session/halfway_cue",
        "session/countdown_from",
        "speech/voice",
        "speech/rate",
        "ui/text_scale",
    ):
        assert f"{key} (unreadable)" in store.last_problem
    assert "exhale_s" not in store.last_problem
    assert listing(config) == ["settings.ini"]  # nothing moved aside for a bad value


def test_out_of_range_values_are_clamped(store: SettingsStore) -> None:
    write(
        store,
        f"[meta]\nschema={SETTINGS_SCHEMA}\n"
        "[session]\nhold_scale=9\nwarmup_minutes=1\ncountdown_from=40\ninhale_s=nan\n"
        "[speech]\nrate=1000\nvolume=-1\n"
        "[ui]\ntheme=neon\ntext_scale=inf\n",
    )
    loaded = store.load()
    assert loaded.session.hold_scale == 2.0
    assert loaded.session.warmup_minutes == 5.0
    assert loaded.session.countdown_from == 10
    assert loaded.session.inhale_s == SessionSettings().inhale_s  # NaN is unreadable, not low
    assert loaded.speech.rate == 300
    assert loaded.speech.volume == 0.0
    assert loaded.ui.theme == "system"
    assert loaded.ui.text_scale == UiSettings().text_scale
    assert store.last_problem is not None
    assert "session/hold_scale (out of range)" in store.last_problem
    assert "ui/theme (out of range)" in store.last_problem
    assert "session/inhale_s (unreadable)" in store.last_problem


def test_get_ready_is_automatic_or_a_persons_own_seconds(store: SettingsStore) -> None:
    own = AppSettings(session=SessionSettings(get_ready_s=25))
    store.save(own)
    assert store.load().session.get_ready_s == 25
    write(store, f"[meta]\nschema={SETTINGS_SCHEMA}\n[session]\nget_ready_s=1\n")
    assert store.load().session.get_ready_s == 3.0  # the shortest own get-ready
    write(store, f"[meta]\nschema={SETTINGS_SCHEMA}\n[session]\nget_ready_s=-4\n")
    assert store.load().session.get_ready_s == 0.0  # automatic: fit the first position


def test_unknown_keys_are_ignored_quietly(store: SettingsStore) -> None:
    write(store, f"[meta]\nschema={SETTINGS_SCHEMA}\n[session]\nfuture_knob=3\n[extra]\nx=1\n")
    assert store.load() == AppSettings()
    assert store.last_problem is None


# -- old schemas ---------------------------------------------------------------------------------


def test_every_old_schema_has_a_migration() -> None:
    assert set(MIGRATIONS) == set(range(SETTINGS_SCHEMA))


@pytest.mark.parametrize("header", ["", "[meta]\nschema=0\n"])
def test_schema_0_is_migrated(store: SettingsStore, config: Path, header: str) -> None:
    write(store, header + "[session]\nwarmup=7\nhold_scale=1.5\n[speech]\nwpm=200\n")
    loaded = store.load()
    assert loaded.session.warmup_minutes == 7.0
    assert loaded.session.hold_scale == 1.5
    assert loaded.speech.rate == 200
    assert store.migrated_from == 0
    assert store.last_problem is None
    assert listing(config) == ["settings.ini"]

    store.save(loaded)  # the next save writes the new layout
    text = store.path.read_text()
    assert f"schema={SETTINGS_SCHEMA}" in text
    assert "warmup_minutes=7" in text and "\nwarmup=" not in text and "wpm" not in text
    assert store.load() == loaded and store.migrated_from is None


@pytest.mark.parametrize(
    ("speech", "engine"),
    [("rate=180\n", "natural"), ("voice=gmw/en-GB\n", "system"), ("voice=\n", "natural")],
    ids=["default-voice", "chosen-system-voice", "empty-voice"],
)
def test_schema_1_gets_the_natural_voice_unless_a_system_voice_was_chosen(
    store: SettingsStore, speech: str, engine: str
) -> None:
    write(store, f"[meta]\nschema=1\n[speech]\n{speech}")
    loaded = store.load()
    assert loaded.speech.engine == engine
    assert store.migrated_from == 1 and store.last_problem is None
    store.save(loaded)
    assert store.load() == loaded


def test_new_key_wins_over_old_one_in_migration(store: SettingsStore) -> None:
    write(store, "[session]\nwarmup=7\nwarmup_minutes=9\n")
    assert store.load().session.warmup_minutes == 9.0


# -- atomic save ---------------------------------------------------------------------------------


def test_failed_save_leaves_the_previous_file_intact(
    store: SettingsStore, config: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store.save(CUSTOM)
    before = store.path.read_bytes()

    def boom(src: object, dst: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", boom)
    with pytest.raises(OSError, match="disk full"):
        store.save(AppSettings())
    monkeypatch.undo()
    assert store.path.read_bytes() == before
    assert listing(config) == ["settings.ini"]
    assert store.load() == CUSTOM


def test_save_creates_the_folder(tmp_path: Path) -> None:
    store = SettingsStore(tmp_path / "a" / "b" / "settings.ini")
    store.save(CUSTOM)
    assert store.load() == CUSTOM


# -- window state --------------------------------------------------------------------------------


def test_window_state_round_trip(store: SettingsStore, config: Path) -> None:
    geometry = bytes(range(256)) * 2
    store.save_window(geometry, "lower-back-basics")
    assert store.load_window() == WindowState(geometry, "lower-back-basics")
    assert listing(config) == ["window.ini"]
    assert b"PyObjectWrapper" not in store.window_path.read_bytes()


def test_window_state_missing_or_damaged_is_empty(store: SettingsStore, config: Path) -> None:
    assert store.load_window() == WindowState()
    store.window_path.write_bytes(b"\x00\xff")
    assert store.load_window() == WindowState()
    assert listing(config) == ["window.ini"]  # not worth moving aside; the next close rewrites


def test_window_and_settings_files_are_independent(store: SettingsStore) -> None:
    store.save(CUSTOM)
    store.save_window(b"geo", "r1")
    store.save(AppSettings())
    assert store.load_window() == WindowState(b"geo", "r1")
    store.save_window(b"geo2", "r2")
    assert store.load() == AppSettings()
    assert store.last_problem is None

"""Reading and writing ``AppSettings`` as an INI file through QSettings.

Why these rules:

* ``load()`` never raises and never repairs files as a side effect. A start-up that crashes on a
  hand-edited settings file is worse than a start-up with defaults, and a load that silently
  rewrites the file destroys the evidence. The one write it may do is to *move a damaged file
  aside* (``settings.ini.bad-YYYYmmdd-HHMMSS``) so nothing is lost and the next ``save()`` starts
  clean. What happened is left in ``last_problem`` for the UI to show.
* Every value is checked: a wrong type falls back to that one default, a number out of range is
  clamped (``clamped()`` in ``stretchguide.core.settings`` holds the ranges), so one bad line
  never costs the person all their other settings.
* ``save()`` is atomic: QSettings writes a temp file beside the real one, which is fsynced and then
  ``os.replace``-d over it. A crash mid-save leaves the previous settings, never half a file.
* Old files are migrated in memory by small, named steps (``MIGRATIONS``); the file on disk is
  only rewritten by the next ``save()``.
* QSettings keeps a per-process cache of INI files keyed by path, and trusts it while the file's
  size and modification time (in milliseconds) look unchanged, so two saves in one millisecond
  could be read back stale. ``load()`` therefore parses a private snapshot of the bytes it read
  (a uniquely named copy in the system temp folder, deleted straight away): the bytes checked are
  the bytes parsed, and the cache never answers for the real file.
* Window geometry lives in its own ``window.ini``: it is rewritten on every close, settings only
  when the person changes them, so a bad write of one can never cost the other.
"""

from __future__ import annotations

import logging
import math
import tempfile
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any, NamedTuple

from PySide6.QtCore import QByteArray, QSettings

from stretchguide.core.settings import SETTINGS_SCHEMA, AppSettings
from stretchguide.storage.atomic import atomic_replace, reserve_temp_beside
from stretchguide.storage.paths import AppPaths
from stretchguide.storage.recovery import Now, local_now, move_aside

log = logging.getLogger("stretchguide.storage")

#: Where the file format version is kept in every INI file we write.
SCHEMA_KEY = "meta/schema"
WINDOW_SCHEMA = 1

#: The sections of ``AppSettings`` that are stored, each as an INI group of the same name: all
#: but the schema number, which is written as ``meta/schema``.
_SECTIONS: tuple[str, ...] = tuple(name for name in AppSettings._fields if name != "schema")

Values = dict[str, object]
Migration = Callable[[Values], Values]


def _migrate_0_to_1(values: Values) -> Values:
    """Schema 0 (the pre-release builds, no ``meta/schema`` key) used two older key names.

    ``session/warmup`` became ``session/warmup_minutes`` (the unit was ambiguous) and
    ``speech/wpm`` became ``speech/rate`` (to match the speech engine's own name). A new-style key
    already present wins over the old one.
    """
    renames = {"session/warmup": "session/warmup_minutes", "speech/wpm": "speech/rate"}
    out = dict(values)
    for old, new in renames.items():
        if old in out:
            value = out.pop(old)
            out.setdefault(new, value)
    return out


def _migrate_1_to_2(values: Values) -> Values:
    """Schema 2 added ``speech/engine`` (the natural voice is the new default).

    A person who had picked a system voice (``speech/voice`` not empty) keeps it: their engine
    becomes ``system``. Everyone else gets the natural voice.
    """
    out = dict(values)
    voice = out.get("speech/voice")
    if "speech/engine" not in out:
        chose = isinstance(voice, str) and voice.strip() != ""
        out["speech/engine"] = "system" if chose else "natural"
    return out


#: ``MIGRATIONS[n]`` turns the values of schema ``n`` into those of schema ``n + 1``.
MIGRATIONS: Mapping[int, Migration] = {0: _migrate_0_to_1, 1: _migrate_1_to_2}


class WindowState(NamedTuple):
    """What the main window restores on start: its geometry and the routine last chosen."""

    geometry: bytes = b""
    last_routine: str = ""


class _Damaged(Exception):
    """A settings file that cannot be used as it is; the message completes "Your settings file…"."""


class SettingsStore:
    """Loads and saves ``AppSettings`` (and the window state) at explicit file paths.

    Attributes:
        path: the settings INI file.
        window_path: the window-state INI file (``window.ini`` beside ``path`` by default).
        last_problem: after ``load()``, a sentence for the person if something was wrong with
            their file (recovered, values reset), else ``None``.
        bad_copy: after ``load()``, where a damaged file was kept, if one was.
        migrated_from: after ``load()``, the older schema the values were converted from, if any.
    """

    def __init__(
        self, path: Path, *, window_path: Path | None = None, now: Now = local_now
    ) -> None:
        self.path = Path(path)
        self.window_path = Path(window_path) if window_path else self.path.with_name("window.ini")
        self.last_problem: str | None = None
        self.bad_copy: Path | None = None
        self.migrated_from: int | None = None
        self._now = now

    @classmethod
    def for_paths(cls, paths: AppPaths) -> SettingsStore:
        return cls(paths.settings_file, window_path=paths.window_file)

    # -- settings -------------------------------------------------------------------------------

    def load(self) -> AppSettings:
        """The stored settings, or defaults for anything missing or unusable. Never raises."""
        self.last_problem = None
        self.bad_copy = None
        self.migrated_from = None
        try:
            return self._load()
        except Exception as exc:  # the last line of defence: start-up must go on
            log.exception("Unexpected error while loading %s", self.path)
            self.last_problem = f"Your settings could not be read ({exc}); the defaults are in use."
            return AppSettings()

    def save(self, settings: AppSettings) -> None:
        """Write every setting and the schema atomically.

        Values are clamped first, so the file always holds something ``load()`` accepts as is.

        Raises:
            OSError: the file could not be written; the previous file is untouched.
        """
        values: Values = {SCHEMA_KEY: SETTINGS_SCHEMA}
        for name in _SECTIONS:
            section = getattr(settings, name).clamped()
            for field_name, value in section._asdict().items():
                values[f"{name}/{field_name}"] = value
        _write_ini(self.path, values)

    def _load(self) -> AppSettings:
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return AppSettings()
        except OSError as exc:
            # Unreadable is not damaged (permissions, a flaky disk): leave the file alone.
            self.last_problem = (
                f"Your settings file could not be opened ({exc.strerror or exc}); "
                "the defaults are in use for now."
            )
            return AppSettings()
        if not raw.strip():
            return AppSettings()  # nothing was ever stored, nothing to keep
        try:
            values = _parse_ini(raw)
            schema = _schema_of(values)
            values = _migrate(values, schema)
        except _Damaged as damage:
            return self._recover(str(damage))
        if schema != SETTINGS_SCHEMA:
            self.migrated_from = schema
            log.info("Settings converted from schema %d to %d", schema, SETTINGS_SCHEMA)
        settings, adjusted = _settings_from_values(values)
        if adjusted:
            self.last_problem = (
                "Some settings were not valid and were reset: " + ", ".join(adjusted) + "."
            )
            log.warning("Settings adjusted on load: %s", ", ".join(adjusted))
        return settings

    def _recover(self, reason: str) -> AppSettings:
        try:
            self.bad_copy = move_aside(self.path, self._now())
        except OSError as exc:
            self.last_problem = (
                f"Your settings file {reason} and could not be moved aside ({exc}); "
                "the defaults are in use."
            )
        else:
            self.last_problem = (
                f"Your settings file {reason}. It was kept as {self.bad_copy.name} "
                "and the defaults are in use."
            )
        log.warning("%s", self.last_problem)
        return AppSettings()

    # -- window state ---------------------------------------------------------------------------

    def save_window(self, geometry: bytes, last_routine: str) -> None:
        """Store the window geometry (``QWidget.saveGeometry()``) and the last routine id.

        Raises:
            OSError: the file could not be written; the previous one is untouched.
        """
        _write_ini(
            self.window_path,
            {
                SCHEMA_KEY: WINDOW_SCHEMA,
                "window/geometry": QByteArray(bytes(geometry)),
                "window/last_routine": last_routine,
            },
        )

    def load_window(self) -> WindowState:
        """The stored window state, or an empty one. Never raises, never touches the file.

        A damaged window file is simply ignored (the next close rewrites it): a lost window
        position is not worth a message.
        """
        try:
            raw = self.window_path.read_bytes()
            values = _parse_ini(raw) if raw.strip() else {}
        except FileNotFoundError:
            return WindowState()
        except (OSError, _Damaged) as exc:
            log.warning("Ignoring window state in %s: %s", self.window_path, exc)
            return WindowState()
        except Exception:
            log.exception("Unexpected error while reading %s", self.window_path)
            return WindowState()
        geometry = values.get("window/geometry")
        last_routine = values.get("window/last_routine")
        return WindowState(
            geometry=_as_bytes(geometry),
            last_routine=last_routine if isinstance(last_routine, str) else "",
        )


# -- reading ------------------------------------------------------------------------------------


def _parse_ini(raw: bytes) -> Values:
    """Parse INI bytes with QSettings, from a private snapshot (see the module docstring).

    Raises:
        _Damaged: binary data, text that is not UTF-8, a QSettings format error, or not a
            single key in a non-empty file.
    """
    if b"\x00" in raw:
        raise _Damaged("contains binary data")
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        raise _Damaged("is not UTF-8 text") from None
    with tempfile.TemporaryDirectory(prefix="stretchguide-settings-") as folder:
        snapshot = Path(folder) / "snapshot.ini"
        snapshot.write_bytes(raw)
        qsettings = QSettings(str(snapshot), QSettings.Format.IniFormat)
        status = qsettings.status()
        values: Values = {key: qsettings.value(key) for key in qsettings.allKeys() if key}
        del qsettings  # release the file before its folder is removed (Windows)
    if status != QSettings.Status.NoError:
        raise _Damaged("could not be parsed")
    if not values:
        raise _Damaged("holds no settings")
    return values


def _schema_of(values: Values) -> int:
    stored = values.get(SCHEMA_KEY)
    if stored is None:
        # Files from before the schema key existed are schema 0, if they look like ours at all.
        if any(key.split("/", 1)[0] in _SECTIONS for key in values):
            return 0
        raise _Damaged("is not a StretchGuide settings file")
    schema = stored if isinstance(stored, int) and not isinstance(stored, bool) else None
    text = stored.strip() if isinstance(stored, str) else ""
    # isdigit() accepts "²" and any length; int() refuses the one and chokes on the other.
    if text.isascii() and text.isdigit() and len(text) <= 6:
        schema = int(text)
    if schema is None:
        shown = repr(stored) if len(repr(stored)) <= 40 else repr(stored)[:37] + "..."
        raise _Damaged(f"has an unknown format version ({shown})")
    if schema > SETTINGS_SCHEMA:
        raise _Damaged(f"was written by a newer version of StretchGuide (format {schema})")
    return schema


def _migrate(values: Values, schema: int) -> Values:
    for version in range(schema, SETTINGS_SCHEMA):
        step = MIGRATIONS.get(version)
        if step is None:
            raise _Damaged(f"uses format {schema}, which this version cannot convert")
        values = step(values)
    return values


def _settings_from_values(values: Values) -> tuple[AppSettings, list[str]]:
    """Typed settings from raw values, and the keys that had to be reset or clamped."""
    default = AppSettings()
    adjusted: list[str] = []
    sections: dict[str, Any] = {}
    for name in _SECTIONS:
        section_default: Any = getattr(default, name)
        kwargs: dict[str, Any] = {}
        for field_name in section_default._fields:
            key = f"{name}/{field_name}"
            if key not in values:
                continue
            ok, value = _coerce(values[key], getattr(section_default, field_name))
            if ok:
                kwargs[field_name] = value
            else:
                adjusted.append(f"{key} (unreadable)")
        section = section_default._replace(**kwargs)
        clamped = section.clamped()
        adjusted.extend(
            f"{name}/{field_name} (out of range)"
            for field_name in section._fields
            if getattr(section, field_name) != getattr(clamped, field_name)
        )
        sections[name] = clamped
    return AppSettings(**sections), adjusted


def _coerce(value: object, default: object) -> tuple[bool, object]:
    """``value`` as the type of ``default``: INI files hold text, QSettings may hand back lists."""
    if isinstance(default, bool):
        if isinstance(value, bool):
            return True, value
        if isinstance(value, str) and value.strip().lower() in ("true", "false"):
            return True, value.strip().lower() == "true"
        return False, None
    if isinstance(default, int):
        number = _as_number(value)
        if number is None or not number.is_integer():
            return False, None
        return True, int(number)
    if isinstance(default, float):
        number = _as_number(value)
        return (False, None) if number is None else (True, number)
    if isinstance(default, str):
        return (True, value) if isinstance(value, str) else (False, None)
    return False, None


def _as_number(value: object) -> float | None:
    """A finite number from a number or its text; ``None`` for anything else (bools included)."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        number = float(value)
    elif isinstance(value, str):
        try:
            number = float(value.strip())
        except ValueError:
            return None
    else:
        return None
    return number if math.isfinite(number) else None


def _as_bytes(value: object) -> bytes:
    if isinstance(value, QByteArray):
        return bytes(value.data())
    if isinstance(value, bytes | bytearray):
        return bytes(value)
    return b""


# -- writing ------------------------------------------------------------------------------------


def _write_ini(path: Path, values: Mapping[str, object]) -> None:
    """Write ``values`` with QSettings to a temp file beside ``path``, then replace atomically."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = reserve_temp_beside(path)
    try:
        qsettings = QSettings(str(tmp), QSettings.Format.IniFormat)
        for key, value in values.items():
            qsettings.setValue(key, value)
        qsettings.sync()
        status = qsettings.status()
        del qsettings
        if status != QSettings.Status.NoError:
            raise OSError(f"Could not write {path.name} (QSettings: {status.name})")
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    atomic_replace(tmp, path)

"""The language the app coaches and shows in, chosen once at start-up for both.

``core.languages.choose_language`` holds the rule (``--lang``, then the setting, then the
system locale, else English); this module reads its inputs from the machine: the stored
setting, and the system locale from the environment as POSIX programs read it (``LC_ALL``, then
``LC_MESSAGES``, then ``LANG``; ``C`` and ``POSIX`` mean English), else Python's own idea of
the locale (macOS and Windows apps often start without those variables).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

from stretchguide.core.languages import LANGUAGES, choose_language
from stretchguide.storage.paths import AppPaths


def system_locale(environ: Mapping[str, str] | None = None) -> str:
    """The system locale's tag (``de_DE.UTF-8``), or ``""`` when it says nothing."""
    environ = os.environ if environ is None else environ
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(name, "").strip()
        if value:
            return "" if value.split(".")[0] in ("C", "POSIX") else value
    if environ is not os.environ:
        return ""
    import locale

    try:
        return locale.getlocale()[0] or ""
    except ValueError:
        return ""


def stored_language(settings_file: Path) -> str:
    """The language setting (``ui/language``) alone, read without ``SettingsStore.load()``'s
    side effects: the command line chooses the language before the window loads the settings
    (and reports their problems). Empty when unset, unusable or unreadable.

    A plain scan of the INI text, not QSettings: it runs on every start (QSettings' private
    snapshot costs milliseconds) and from commands that never import Qt. Only a shipped
    language's code is accepted, which QSettings writes as is (``language=de`` under
    ``[ui]``); anything else reads as unset.
    """
    try:
        text = settings_file.read_bytes().decode("utf-8")
    except (OSError, UnicodeDecodeError):
        return ""
    section = ""
    for raw in text.splitlines():
        line = raw.strip()
        if line.startswith("[") and line.endswith("]"):
            section = line[1:-1].strip()
        elif section == "ui" and line.partition("=")[0].strip() == "language":
            value = line.partition("=")[2].strip().strip('"')
            return value if value in LANGUAGES else ""
    return ""


def chosen_language(requested: str | None = None, paths: AppPaths | None = None) -> str:
    """The shipped language to use: ``requested`` (``--lang``), the person's setting, the
    system locale, else English. The caller has checked that ``requested`` is shipped."""
    settings_file = (paths or AppPaths.resolve()).settings_file
    return choose_language(requested, stored_language(settings_file), system_locale())

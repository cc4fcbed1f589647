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

from stretchguide.core.languages import choose_language
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


def chosen_language(requested: str | None = None, paths: AppPaths | None = None) -> str:
    """The shipped language to use: ``requested`` (``--lang``), the person's setting, the
    system locale, else English. The caller has checked that ``requested`` is shipped."""
    from stretchguide.storage.settings_store import SettingsStore

    store = SettingsStore.for_paths(paths or AppPaths.resolve())
    return choose_language(requested, store.stored_language(), system_locale())

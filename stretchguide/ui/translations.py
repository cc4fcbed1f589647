"""The window's language: Qt's translation system, loaded once at start-up.

Every string the window shows goes through ``translate("Context", "text")``, which is
``QCoreApplication.translate``: ``lupdate`` finds the calls by their name and literal arguments, so
the context and the text must be written out, never built; placeholders are ``{name}`` filled by
``str.format`` after translating. A table of strings made at import marks them with
``QT_TRANSLATE_NOOP`` and translates where they are shown; texts with a number are the methods of
``ui.plurals.Plural``. Text that comes from routine files is data, translated beside the routines
(``assets/locales/``), not here.

The compiled catalogues live in ``assets/translations/stretchguide_<code>.qm`` (made from the
``.ts`` beside them by ``scripts/update_translations.sh``; a test fails when they are stale).
English is the source language, yet it has a catalogue too: it holds only the plural forms, so
"%n minute(s)" reads "1 minute" and "2 minutes". Qt's own catalogue (``qtbase_<code>.qm``, in the
PySide6 wheel) translates the standard buttons and the file dialogs.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from stretchguide.core.assets import assets_dir
from stretchguide.core.languages import SOURCE


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for translation where it cannot be translated yet (a table made at import,
    before the translator is installed); ``translate(context, text)`` translates it where shown.
    PySide6 has one too, typed as returning ``object``; this one is a ``str``."""
    return text


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``QCoreApplication.translate`` with types: the text in the window's language. ``n`` picks
    the plural form of a text with ``%n`` in it (and replaces ``%n`` with the number)."""
    return QCoreApplication.translate(context, text, disambiguation, n)


def translations_dir() -> Path:
    return assets_dir() / "translations"


def catalogue(code: str) -> Path:
    return translations_dir() / f"stretchguide_{code}.qm"


#: The translators installed now, kept so they can be replaced (and not garbage-collected).
_installed: list[QTranslator] = []


def install_language(code: str) -> str:
    """Installs the window's translation for ``code`` (a shipped language) and makes its locale
    the default for numbers and dates. Returns the language installed: English when the
    catalogue cannot be loaded, so a damaged install still shows a readable window."""
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("install_language needs a QApplication")
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    ours = QTranslator(app)
    if not ours.load(str(catalogue(code))):
        code = SOURCE
        ours.load(str(catalogue(SOURCE)))
    app.installTranslator(ours)
    _installed.append(ours)
    if code != SOURCE:
        qt_own = QTranslator(app)
        if any(qt_own.load(f"qtbase_{code}", str(folder)) for folder in _qt_translation_dirs()):
            app.installTranslator(qt_own)
            _installed.append(qt_own)
    QLocale.setDefault(QLocale(code))
    return code


def _qt_translation_dirs() -> list[Path]:
    """Where Qt's own catalogues are: Qt's configured path, else beside PySide6 (a PyInstaller
    bundle keeps ``PySide6/Qt/translations`` but may not configure the path)."""
    import PySide6

    configured = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    return [configured, Path(PySide6.__file__).parent / "Qt" / "translations"]

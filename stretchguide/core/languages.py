"""Which language StretchGuide speaks and shows: one choice for the window and the coaching.

English is the source language (``assets/*.toml``); every other language lives beside it in
``assets/locales/<code>/`` with the same ids. The choice comes from, in order: ``--lang`` on the
command line, the person's setting (``ui/language``; empty means "follow the system"), the
system locale; anything not shipped falls back to English, so a Portuguese desktop still gets
a coach it can understand.
"""

from __future__ import annotations

SOURCE = "en"

#: The shipped languages, each with its own name (what a person looks for in a list).
LANGUAGES: dict[str, str] = {
    "en": "English",
    "de": "Deutsch",
    "fr": "Français",
    "es": "Español",
}


def code_of(tag: str) -> str:
    """The two-letter language of a locale tag: ``de_DE.UTF-8``, ``de-AT`` and ``DE`` are ``de``."""
    return tag.replace("-", "_").split(".")[0].split("@")[0].split("_")[0].strip().lower()


def choose_language(requested: str | None, setting: str, system: str) -> str:
    """The language to use: the first of ``--lang``, the setting and the system locale that is
    shipped, else English. An unknown ``--lang`` is the caller's error to report (see
    ``is_shipped``); here it simply does not win."""
    for tag in (requested or "", setting, system):
        code = code_of(tag)
        if code in LANGUAGES:
            return code
    return SOURCE


def is_shipped(tag: str) -> bool:
    return code_of(tag) in LANGUAGES

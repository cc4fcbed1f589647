"""Which system voice speaks a language: the person's choice if it speaks it, else the best match.

The coaching's language is chosen once (``core.languages``); the voice must follow it, or an
English voice reads German words. A system voice says what it speaks in different ways:
eSpeak NG through pyttsx3 lists language tags (``de``, ``fr-fr``, ``es-419``), macOS locale
names (``de_DE``), SAPI5 Windows language ids (``407``, hex, of which the low ten bits are the
language: 0x07 German), and some voices nothing at all; the id or name is the last resort
(``gmw/de``, ``...TTS_MS_DE-DE_HEDDA_11.0``).

The render worker is told the language with the voice as one *voice request* string,
``"<chosen voice id>@<language>"``, so the speech cache (keyed by voice) keeps each
language's renderings apart, and the worker, which knows the voices, decides.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from stretchguide.core.languages import LANGUAGES, code_of

#: Windows (SAPI5) primary language ids of the shipped languages.
_LCID_PRIMARY = {0x07: "de", 0x09: "en", 0x0A: "es", 0x0C: "fr"}
_NAMES = {
    "de": ("german", "deutsch"),
    "en": ("english",),
    "es": ("spanish", "español", "espanol"),
    "fr": ("french", "français", "francais"),
}


@dataclass(frozen=True)
class VoiceInfo:
    id: str
    name: str
    languages: tuple[str, ...] = ()


def voice_request(voice: str, language: str) -> str:
    """What the worker is asked for: the person's voice (may be empty) and the language."""
    return f"{voice}@{language}"


def split_request(request: str) -> tuple[str, str]:
    """``(voice, language)`` of a voice request; a plain voice id has no language."""
    voice, sep, language = request.rpartition("@")
    if not sep or not re.fullmatch(r"[a-z]{2,3}", language):
        return request, ""
    return voice, language


def _tag_language(tag: str) -> str | None:
    """The two-letter language of one entry of a voice's ``languages`` (None if unknown)."""
    tag = tag.strip().lstrip("\x05")
    if not tag:
        return None
    if re.fullmatch(r"[0-9a-fA-F]{3,4}", tag):  # SAPI5: a hexadecimal language id
        return _LCID_PRIMARY.get(int(tag, 16) & 0x3FF)
    code = code_of(tag)
    return code if re.fullmatch(r"[a-z]{2,3}", code) else None


def languages_of(voice: VoiceInfo) -> set[str]:
    """The languages a voice speaks, from its language tags, else from its id and name."""
    found = {code for tag in voice.languages if (code := _tag_language(tag))}
    if found:
        return found
    words = set(re.split(r"[^a-zñçé]+", f"{voice.id} {voice.name}".lower()))
    for code in LANGUAGES:
        if code in words or any(name in words for name in _NAMES.get(code, ())):
            found.add(code)
    return found


def _home_region(voice: VoiceInfo, language: str) -> bool:
    """``de``, ``de-de``, ``fr-fr``: the language as spoken where it is named after, first."""
    for tag in voice.languages:
        parts = tag.strip().lstrip("\x05").replace("_", "-").lower().split("-")
        if parts[0] == language and (len(parts) == 1 or parts[1] == language):
            return True
    return False


def choose_voice(
    voices: Sequence[VoiceInfo], chosen: str, default: str, language: str
) -> tuple[str, str | None]:
    """The voice id to speak ``language`` with, and a warning for the person (or None).

    The person's own voice wins if it speaks the language (or says nothing of its language),
    then the system's default voice if it does, then the first voice of that language
    (its home region first: ``fr-fr`` before ``fr-be``). With none, the chosen or default
    voice speaks, and the warning says that a voice for the language is missing.
    """
    by_id = {v.id: v for v in voices}
    if not language:
        return chosen or default, None
    for candidate in (chosen, default):
        voice = by_id.get(candidate)
        if voice is not None:
            spoken = languages_of(voice)
            if language in spoken or (candidate == chosen and not spoken):
                return candidate, None
    speakers = [v for v in voices if language in languages_of(v)]
    if speakers:
        best = sorted(speakers, key=lambda v: not _home_region(v, language))[0]
        return best.id, None
    name = LANGUAGES.get(language, language)
    return chosen or default, (
        f"No {name} voice is installed, so the coaching is read by another voice: install "
        f"one (espeak-ng speaks {name}) and choose it in Settings → Voice."
    )


def infos(voices: Iterable[object]) -> list[VoiceInfo]:
    """``VoiceInfo`` of pyttsx3's voice objects (``id``, ``name``, ``languages``)."""
    found = []
    for v in voices:
        langs = getattr(v, "languages", None) or []
        texts = tuple(
            x.decode("utf-8", "replace") if isinstance(x, bytes) else str(x) for x in langs
        )
        found.append(VoiceInfo(str(getattr(v, "id", "")), str(getattr(v, "name", "")), texts))
    return found

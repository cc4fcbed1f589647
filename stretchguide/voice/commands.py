"""The spoken commands: which phrases mean which session command.

One table, like ``ui.keys.SESSION_KEYS``: the recogniser's grammar, the help (F1), the first-use
explanation and the mapping onto the keys' commands are all read from it, so they cannot drift.

The phrasings were chosen by measurement (``benchmarks/voice_accuracy.py``): pocketsphinx's
small en-us model confuses one-syllable words that share a vowel ("next" was heard as "where",
"back" as "go"), so each command is said as a phrase whose sounds no other phrase shares.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class VoiceCommand:
    """One spoken command.

    Attributes:
        name: a stable id, sent by the recogniser process and used in logs and tests.
        phrases: what a person may say (lower case, words the model's dictionary knows).
        action: the ``SessionControls`` command (the key's) it triggers; ``pause`` and
            ``resume`` both use the Space key's ``toggle``, only when it would pause or resume.
        confirmation: the short spoken answer, when confirmations are on.
        shown: how the help writes the phrases.
        label: what it does, in the help's words.
    """

    name: str
    phrases: tuple[str, ...]
    action: str
    confirmation: str
    shown: str
    label: str


COMMANDS: tuple[VoiceCommand, ...] = (
    VoiceCommand("pause", ("pause",), "toggle", "Paused.", "“pause”", "Pause"),
    VoiceCommand(
        "resume", ("go on", "resume", "continue"), "toggle", "", "“go on”, “resume”", "Resume"
    ),
    VoiceCommand("next", ("next step", "skip"), "next", "", "“skip”, “next step”", "Next step"),
    VoiceCommand("back", ("go back",), "previous", "", "“go back”", "Back"),
    VoiceCommand("repeat", ("repeat",), "restart", "", "“repeat”", "Restart this step"),
    VoiceCommand("longer", ("longer",), "extend", "", "“longer”", "Hold longer"),
    VoiceCommand("where", ("where am i",), "where_am_i", "", "“where am I”", "Where am I?"),
    VoiceCommand("pain", ("ease out", "pain"), "pain", "", "“ease out”, “pain”", "Sharp pain"),
    VoiceCommand("stop", ("stop",), "stop", "", "“stop” (asks first)", "Stop the session"),
)

BY_NAME: dict[str, VoiceCommand] = {c.name: c for c in COMMANDS}


def command_for(phrase: str) -> VoiceCommand | None:
    """The command a recognised phrase means, or None for anything else."""
    phrase = " ".join(phrase.lower().split())
    for command in COMMANDS:
        if phrase in command.phrases:
            return command
    return None

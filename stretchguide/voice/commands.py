"""The spoken commands: which phrases mean which session command.

One table, like ``ui.keys.SESSION_KEYS``: the recogniser's grammar, the help (F1), the first-use
explanation and the mapping onto the keys' commands are all read from it, so they cannot drift.

The phrasings were chosen by measurement, on the tuning half of the espeak-ng corpus only
(``corpus.TUNE_VOICES``; ``benchmarks/voice_control.py --tune``), among 40 candidates:
pocketsphinx's small en-us model hears these synthetic voices badly, and some words it hardly
ever got right in 24 renderings: "next" 4, "back" 4, "pain" 6 to 14, "next step" 10 to 14, "go
back" 8 (heard as "go on": it shares "go"), "ouch" 13, "again" 15, "skip" 12 to 19 (heard as
"ease out"), "where am I" 18. They were replaced by words it hears well and that share no
sounds with another command: "move on" (24 of 24), "previous" (24), "wait" (22 to 24), "stay
longer" (24), "what step" (21 to 22). "pause" (19 to 20) and "ease out" (18 to 19) stay: they
are the words a person reaches for, and nothing measured better for pausing or easing out.
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
    VoiceCommand("pause", ("pause", "wait"), "toggle", "Paused.", "“pause”, “wait”", "Pause"),
    VoiceCommand(
        "resume",
        ("go on", "resume", "continue"),
        "toggle",
        "",
        "“go on”, “resume”, “continue”",
        "Resume",
    ),
    VoiceCommand("next", ("move on",), "next", "", "“move on”", "Next step"),
    VoiceCommand("back", ("previous",), "previous", "", "“previous”", "Back"),
    VoiceCommand("repeat", ("repeat",), "restart", "", "“repeat”", "Restart this step"),
    VoiceCommand(
        "longer", ("longer", "stay longer"), "extend", "", "“longer”, “stay longer”", "Hold longer"
    ),
    VoiceCommand("where", ("what step",), "where_am_i", "", "“what step”", "Where am I?"),
    VoiceCommand("pain", ("ease out",), "pain", "", "“ease out”", "Sharp pain"),
    VoiceCommand("stop", ("stop",), "stop", "", "“stop” (asks first)", "Stop the session"),
)

#: The one polite word a person may put before a command ("okay, pause") and after it ("stop,
#: please"). More of them were measured and dropped: each one is a place the decoder can
#: hide a short command in ("pause" was heard as "coach", "skip" as "please").
POLITE_BEFORE: tuple[str, ...] = ("okay",)
POLITE_AFTER: tuple[str, ...] = ("please",)
#: The wake word of the measured alternative (``recogniser.Tuning.wake``): "coach, pause".
WAKE_WORD = "coach"

BY_NAME: dict[str, VoiceCommand] = {c.name: c for c in COMMANDS}


def command_for(phrase: str) -> VoiceCommand | None:
    """The command a recognised phrase means, or None for anything else."""
    phrase = " ".join(phrase.lower().split())
    for command in COMMANDS:
        if phrase in command.phrases:
            return command
    return None

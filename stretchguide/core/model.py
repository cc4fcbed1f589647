"""The routine model: what a routine file says, once it has been validated.

Everything here is immutable plain data so that the timeline compiler and the session engine can
share it freely and tests can build routines in one line.

The records are NamedTuples, not frozen dataclasses: immutable and typed all the same, but made
in a tenth of the time. Python 3.11 compiles six methods for each frozen dataclass it creates,
and the 21 records made before the first frame (here, the settings, the timeline, the paths)
took 33-38 ms of start-up that way, measured by ``benchmarks/startup_tricks.py`` (above the
20 ms a person can feel; the table is in ``benchmarks/README.md``). Change one with
``record._replace(field=value)``; the records made later (the editor's, history's) are
dataclasses.
"""

from collections.abc import Mapping
from enum import StrEnum
from pathlib import Path
from types import MappingProxyType
from typing import NamedTuple

SCHEMA_VERSION = 1

#: The exercise ids used everywhere: routine files, pictures, history.
EXERCISE_IDS: tuple[str, ...] = (
    "warm-up",
    "knee-to-chest",
    "cat-cow",
    "childs-pose",
    "figure-four",
    "seated-glute",
)


class StepKind(StrEnum):
    """What a step asks of the person; each kind compiles to a different shape of segments."""

    WARMUP = "warmup"
    HOLD = "hold"
    FLOW = "flow"
    TRANSITION = "transition"
    BRIEFING = "briefing"


class Sides(StrEnum):
    """Whether a hold is done once (``none``) or once per side with a switch between."""

    NONE = "none"
    BOTH = "both"
    LEFT = "left"
    RIGHT = "right"


class Side(StrEnum):
    LEFT = "left"
    RIGHT = "right"


class Position(StrEnum):
    """Where the routine is done; the library shows it so a person knows if they need a mat."""

    FLOOR = "floor"
    SEATED = "seated"
    STANDING = "standing"


class BodyPosition(StrEnum):
    """The position a step puts a person in: what its picture shows (see ``core.positions``).

    Finer than ``Position`` (where a routine is done): "floor" is three positions here.
    """

    STANDING = "standing"
    SEATED = "seated"  # on a chair
    LYING = "lying"  # on the back, knees bent, feet flat
    HANDS_AND_KNEES = "hands-and-knees"
    CHILDS_POSE = "childs-pose"


#: The shared, read-only "no per-side wording" of an exercise.
NO_SIDE_TEXT: Mapping[str, str] = MappingProxyType({})


class Exercise(NamedTuple):
    """One stretch from the guide, with the words used to coach it.

    ``setup`` puts a person into the starting position and ``instruction`` says what to do from
    there: the timeline leaves the set-up out when a transition has just said it. ``breathing``
    are prompts spoken now and then during a hold, ``safety`` the reminder every exercise says at
    least once (no bouncing...), ``release`` how to come out of it. ``inhale``/``exhale`` are the
    two halves of a flow breath (Cat-Cow: cow on the inhale, cat on the exhale).
    """

    id: str
    title: str
    instruction: str
    position: Position
    picture: str = ""
    side_text: Mapping[str, str] = NO_SIDE_TEXT
    breathing: tuple[str, ...] = ()
    inhale: str = "Breathe in."
    exhale: str = "Breathe out."
    encouragement: tuple[str, ...] = ()
    setup: str = ""
    safety: str = ""
    release: str = ""

    @property
    def full_instruction(self) -> str:
        """The set-up and the instruction: what is said when nothing before has set it up."""
        return f"{self.setup} {self.instruction}".strip()


class Step(NamedTuple):
    """One entry of a routine's ``[[steps]]``.

    Only the fields that matter for ``kind`` are used: ``hold_s`` and ``sides`` for holds,
    ``breaths`` for flows, ``duration_s`` for transitions and briefings, and for a warm-up that
    declares its own length (0 means the settings' five to ten minutes).
    ``position`` is set only when the routine file names one; otherwise it is inferred
    (``core.positions``).
    """

    kind: StepKind
    exercise: str | None = None
    title: str = ""
    text: str = ""
    duration_s: float = 0.0
    hold_s: float = 0.0
    sides: Sides = Sides.NONE
    switch_s: float = 5.0
    breaths: int = 0
    inhale_s: float | None = None
    exhale_s: float | None = None
    breathing_every_s: float = 10.0
    encouragement_every_s: float = 60.0
    position: BodyPosition | None = None


class Routine(NamedTuple):
    id: str
    title: str
    description: str
    position: Position
    steps: tuple[Step, ...]
    builtin: bool = True
    source: Path | None = None

    @property
    def stretch_count(self) -> int:
        """Stretches a person will recognise: holds and flows, not warm-ups or rests."""
        return sum(1 for s in self.steps if s.kind in (StepKind.HOLD, StepKind.FLOW))


class CueTexts(NamedTuple):
    """The generic phrases of a session (switch sides, halfway, numbers...), kept in assets."""

    get_ready: str
    needs: str
    things_and: str
    mat: str
    chair: str
    ready_standing: str
    ready_seated: str
    ready_floor: str
    switch_sides: str
    then_switch: str
    switch_title: str
    release: str
    release_title: str
    halfway: str
    countdown: tuple[str, ...]
    side_left: str
    side_right: str
    hold_start: str
    breathe_in: str
    breathe_out: str
    in_short: str
    out_short: str
    session_end: str
    session_end_nothing_held: str
    extend: str
    pain: str
    resume: str
    where_am_i: str
    left_side: str
    right_side: str
    where_end: str
    one_minute: str
    minutes: str
    one_second: str
    seconds: str
    briefing_title: str
    transition_title: str
    hold_title: str
    flow_title: str
    warmup_title: str


class Translated(NamedTuple):
    """A translated text (or list of texts) and the English it was made from, so a changed
    English text shows its translation to be out of date (``core.translations``)."""

    en: str | tuple[str, ...]
    text: str | tuple[str, ...]


#: No translations: the English catalogue's.
NO_ROUTINE_TEXTS: Mapping[str, Mapping[str, Translated]] = MappingProxyType({})


class Catalog(NamedTuple):
    """Everything the compiler needs besides a routine: exercises and cue phrases.

    ``language`` is the language of every text in it; ``routine_texts`` the built-in routines'
    translations into it (by routine id, then ``title``, ``steps.3.text``...), which the
    library applies to the built-ins only: a person's own routine stays as they wrote it.
    """

    exercises: dict[str, Exercise]
    cues: CueTexts
    language: str = "en"
    routine_texts: Mapping[str, Mapping[str, Translated]] = NO_ROUTINE_TEXTS

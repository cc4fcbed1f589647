"""Advice about routines that load but would coach badly, and problem lists a person can read.

The loader refuses what cannot be played. This module looks at a routine that *did* load and
warns about what the stretching guide would question: a session hours long, holds far from the
guide's 30 seconds, a hundred steps, no warm-up, no briefing. Warnings never stop a routine from
loading or being imported: the person may know better, so they are told, not overruled.

``condense`` shortens a long list of problems: one mistake repeated in every step is shown a
few times, then counted ("and 97 more like it"), so the first screen of output says it all.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from stretchguide.core.model import Catalog, Routine, StepKind
from stretchguide.core.timeline import compile_timeline
from stretchguide.core.toml_input import Problem, field_line

#: The guide: "Hold each static stretch for 30 seconds" (20 to 30 for the figure four). The
#: hold-time scale in Settings may double a hold, so up to twice the guide's is a preference;
#: beyond that, or under the guide's shortest, it is worth a word.
GUIDE_HOLD_S = 30
SHORTEST_HOLD_S = 20
LONGEST_HOLD_S = 2 * GUIDE_HOLD_S
#: The longest built-in routine runs 12 minutes; a session over an hour is almost surely a slip
#: (180 s holds, 50 breaths) rather than a plan.
LONGEST_SESSION_S = 60 * 60
#: The built-ins have 3 to 11 steps; past 40 a session is hard to follow lying on the floor.
MOST_STEPS = 40
#: How many problems of one kind are shown before the rest are counted.
FIRST_OF_A_KIND = 3


def advise(routine: Routine, catalog: Catalog, text: str = "") -> list[Problem]:
    """Warnings about a loaded ``routine``; ``text`` (its file) gives them line numbers."""
    source = str(routine.source) if routine.source is not None else routine.id
    found: list[Problem] = []

    def warn(field: str, message: str, item: int | None = None, key: str = "") -> None:
        line = None
        if text:
            line = field_line(text, key, item) if key else None
            if line is None and field == "steps":
                line = field_line(text, "kind", 0)
        found.append(Problem(source, field, message, line))

    steps = routine.steps
    stretches = [i for i, s in enumerate(steps) if s.kind in (StepKind.HOLD, StepKind.FLOW)]
    warmups = [
        i for i, s in enumerate(steps) if s.kind is StepKind.WARMUP or s.exercise == "warm-up"
    ]
    if stretches and not warmups:
        warn(
            "steps",
            "have no warm-up: the guide says to warm up before any stretching (light activity "
            'such as walking in place): add a first step with kind = "warmup" and '
            'exercise = "warm-up"',
        )
    elif stretches and warmups[0] > stretches[0]:
        warn(
            f"steps[{warmups[0] + 1}]",
            f"the warm-up comes after the first stretch (step {stretches[0] + 1}): move it "
            "before the stretches",
            warmups[0],
            "kind",
        )
    if stretches and not any(s.kind is StepKind.BRIEFING for s in steps):
        warn(
            "steps",
            'have no briefing: add a step with kind = "briefing" before the stretches, with '
            "the safety words (move slowly, never bounce, ease out at sharp pain)",
        )
    if len(steps) > MOST_STEPS:
        warn(
            "steps",
            f"are {len(steps)}: a routine this long is hard to follow on the floor (the "
            f"built-ins have 3 to 11); keep it under {MOST_STEPS + 1}, or split it into routines",
        )
    for i, step in enumerate(steps):
        if step.kind is not StepKind.HOLD:
            continue
        if step.hold_s > LONGEST_HOLD_S:
            warn(
                f"steps[{i + 1}].hold_s",
                f"is {step.hold_s:g} s: the guide holds each stretch for {GUIDE_HOLD_S} s; use "
                f"{GUIDE_HOLD_S} (or up to {LONGEST_HOLD_S}), and repeat the step for more",
                i,
                "hold_s",
            )
        elif step.hold_s < SHORTEST_HOLD_S:
            warn(
                f"steps[{i + 1}].hold_s",
                f"is {step.hold_s:g} s: the guide holds each stretch {SHORTEST_HOLD_S} to "
                f"{GUIDE_HOLD_S} s, time for the muscle to lengthen; use {GUIDE_HOLD_S}",
                i,
                "hold_s",
            )
    total = compile_timeline(routine, catalog).total_s
    if total > LONGEST_SESSION_S:
        warn(
            "",
            f"the routine lasts about {_hours(total)}: a session is usually 5 to 30 minutes; "
            "check hold_s, breaths and duration_s",
        )
    return found


def _hours(seconds: float) -> str:
    minutes = round(seconds / 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours} h {minutes:02d} min" if hours else f"{minutes} min"


def _kind_of(problem: Problem) -> tuple[str, str, str]:
    """Problems alike but for the step they are in and the value they quote."""
    field = re.sub(r"^steps\[\d+\]", "steps[]", problem.field)
    message = re.sub(r"'[^']*'|\d+(\.\d+)?", "#", problem.message)
    return problem.file, field, message


def condense(problems: Iterable[Problem], first: int = FIRST_OF_A_KIND) -> list[str]:
    """One line per problem, but at most ``first`` of a kind, then "and N more like it".

    Problems of a kind are put together (in the order each kind first appears), so the count
    follows the lines it stands for.
    """
    groups: dict[tuple[str, str, str], list[Problem]] = {}
    for problem in problems:
        groups.setdefault(_kind_of(problem), []).append(problem)
    lines: list[str] = []
    for (file, _field, _message), alike in groups.items():
        lines += [str(p) for p in alike[:first]]
        rest = alike[first:]
        if rest:
            lines.append(f"{file}: and {len(rest)} more like it{_where(rest)}")
    return lines


def _where(rest: Sequence[Problem]) -> str:
    steps = [int(m.group(1)) for p in rest if (m := re.match(r"steps\[(\d+)\]", p.field))]
    if len(steps) == len(rest):
        span = f"step {steps[0]}" if len(set(steps)) == 1 else f"steps {min(steps)} to {max(steps)}"
        return f", in {span}: the same fix applies"
    return ": the same fix applies"

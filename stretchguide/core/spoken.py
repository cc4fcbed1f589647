"""Sentences made from the session's state, in the catalogue's language: "Where am I?".

The words come from the cue phrases (``assets/cues.toml`` and its translations); only the
arrangement is here, so every language says the time left and the next step its own way.
"""

from __future__ import annotations

from stretchguide.core.model import CueTexts, Side


def spoken_seconds(seconds: float, cues: CueTexts) -> str:
    """``1 minute 5 seconds``: how time left is said out loud."""
    whole = max(0, round(seconds))
    minutes, secs = divmod(whole, 60)
    parts = []
    if minutes:
        parts.append(cues.one_minute if minutes == 1 else _n(cues.minutes, minutes))
    if secs or not minutes:
        parts.append(cues.one_second if secs == 1 else _n(cues.seconds, secs))
    return " ".join(parts)


def side_name(side: Side, cues: CueTexts) -> str:
    """``left side``, in the catalogue's language."""
    return cues.left_side if side is Side.LEFT else cues.right_side


def step_name(title: str, side: Side | None, cues: CueTexts) -> str:
    """``Figure four (left side)``: a step as "Where am I?" names what comes next."""
    return f"{title} ({side_name(side, cues)})" if side is not None else title


def where_am_i(
    cues: CueTexts,
    title: str,
    side: Side | None,
    seconds_left: float,
    upcoming: tuple[str, Side | None] | None,
) -> str:
    """The answer to "Where am I?": the step, its side, the time left and what comes next."""
    values = {
        "step": title,
        "side": f", {side_name(side, cues)}" if side is not None else "",
        "left": spoken_seconds(seconds_left, cues),
        "next": step_name(*upcoming, cues) if upcoming is not None else cues.where_end,
    }
    try:
        return cues.where_am_i.format(**values)
    except (KeyError, IndexError, ValueError):
        return "{step}{side}. {left} left in this step. Next: {next}.".format(**values)


def _n(template: str, n: int) -> str:
    return template.replace("{n}", str(n))

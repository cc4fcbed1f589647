"""How a length of time is written, the same in the command line and in the window."""

from __future__ import annotations


def format_duration(seconds: float) -> str:
    """``12:30`` (minutes:seconds), for totals and progress lines."""
    whole = max(0, round(seconds))
    return f"{whole // 60}:{whole % 60:02d}"


def format_total(seconds: float) -> str:
    """A total time for people: ``45 s``, ``12 min 30 s``, ``2 h 05 min``."""
    whole = max(0, round(seconds))
    if whole < 60:
        return f"{whole} s"
    minutes, secs = divmod(whole, 60)
    if minutes < 60:
        return f"{minutes} min {secs} s" if secs else f"{minutes} min"
    hours, minutes = divmod(minutes, 60)
    return f"{hours} h {minutes:02d} min"

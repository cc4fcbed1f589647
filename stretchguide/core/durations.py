"""How a length of time is written, the same in the command line and in the window."""

from __future__ import annotations


def format_duration(seconds: float) -> str:
    """``12:30`` (minutes:seconds), for totals and progress lines."""
    whole = max(0, round(seconds))
    return f"{whole // 60}:{whole % 60:02d}"

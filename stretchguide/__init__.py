"""StretchGuide: a spoken, hands-free coach for lower back and glute stretching."""

__version__ = "0.1.0"

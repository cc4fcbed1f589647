"""Where the shipped data lives, for a source checkout and for an installed wheel alike.

The wheel carries ``assets/`` inside the package (see ``pyproject.toml``); a checkout or an
editable install finds it at the repository's top level.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent.parent


def assets_dir() -> Path:
    for candidate in (_PACKAGE / "assets", _PACKAGE.parent / "assets"):
        if (candidate / "routines").is_dir():
            return candidate
    raise FileNotFoundError(
        f"StretchGuide's assets folder is missing (looked in {_PACKAGE / 'assets'} and "
        f"{_PACKAGE.parent / 'assets'}): reinstall the package"
    )


def builtin_routines_dir() -> Path:
    return assets_dir() / "routines"


def exercise_picture(name: str) -> Path:
    return assets_dir() / "exercises" / name

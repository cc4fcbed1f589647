"""Where StretchGuide keeps its files, decided once at start-up and passed in.

Nothing else in the app calls platformdirs or reads ``STRETCHGUIDE_HOME``: every store takes the
path it needs from an ``AppPaths``. That is what lets a test (or an end-to-end run) move the whole
app into a temporary folder with one environment variable, and guarantees no test ever touches the
real user's settings or history.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import NamedTuple

APP_NAME = "stretchguide"

#: One variable moves everything (config, data, cache) under a single folder.
HOME_ENV_VAR = "STRETCHGUIDE_HOME"


class AppPaths(NamedTuple):
    """The folders and files of one installation.

    Build it with :meth:`resolve` (the normal way) or :meth:`under` (everything below one folder).
    The fields are plain paths so a test can also build one by hand.
    """

    config_dir: Path
    data_dir: Path
    cache_dir: Path
    routines_dir: Path
    history_db: Path

    @classmethod
    def under(cls, base: str | os.PathLike[str]) -> AppPaths:
        """Everything below ``base``: what ``STRETCHGUIDE_HOME`` and tests use."""
        root = Path(base).expanduser().absolute()
        data = root / "data"
        return cls(
            config_dir=root / "config",
            data_dir=data,
            cache_dir=root / "cache",
            routines_dir=data / "routines",
            history_db=data / "history.sqlite3",
        )

    @classmethod
    def resolve(
        cls,
        base: str | os.PathLike[str] | None = None,
        env: Mapping[str, str] | None = None,
    ) -> AppPaths:
        """The paths to use: ``base`` if given, else ``$STRETCHGUIDE_HOME``, else the platform's.

        Args:
            base: an explicit folder (a command-line option, say); wins over everything.
            env: the environment to read; ``os.environ`` when ``None`` (tests pass a dict).
        """
        if base is not None:
            return cls.under(base)
        environ = os.environ if env is None else env
        home = environ.get(HOME_ENV_VAR, "").strip()
        if home:
            return cls.under(home)
        import platformdirs  # only here: most of start-up's time budget is imports

        data = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
        return cls(
            config_dir=Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)),
            data_dir=data,
            cache_dir=Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False)),
            routines_dir=data / "routines",
            history_db=data / "history.sqlite3",
        )

    @property
    def settings_file(self) -> Path:
        return self.config_dir / "settings.ini"

    @property
    def window_file(self) -> Path:
        """Window geometry lives apart from settings: it is rewritten on every close."""
        return self.config_dir / "window.ini"

    @property
    def resume_file(self) -> Path:
        return self.data_dir / "resume.json"

    def ensure(self) -> AppPaths:
        """Create every folder (idempotent); returns ``self`` so it can be chained."""
        for folder in (
            self.config_dir,
            self.data_dir,
            self.cache_dir,
            self.routines_dir,
            self.history_db.parent,
        ):
            folder.mkdir(parents=True, exist_ok=True)
        return self

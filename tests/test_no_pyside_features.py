"""StretchGuide never uses PySide6's ``__feature__`` (snake_case, true_property), so start-up
can take PySide6's import hook for it off (``stretchguide.app.skip_feature_import_hook``)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import stretchguide

PACKAGE = Path(stretchguide.__file__).parent


def test_no_module_of_the_app_uses_pyside_features() -> None:
    statement = re.compile(r"^\s*(from\s+__feature__\s+import|import\s+__feature__)", re.M)
    users = [
        str(path.relative_to(PACKAGE))
        for path in PACKAGE.rglob("*.py")
        if statement.search(path.read_text("utf-8"))
    ]
    assert users == []


_CHECK = """
import builtins
from PySide6.QtWidgets import QApplication
from stretchguide.app import skip_feature_import_hook
hooked = builtins.__import__ is builtins.__feature_import__
print("SKIPPED", skip_feature_import_hook(), "AGAIN", skip_feature_import_hook())
print("HOOKED-BEFORE", hooked, "NOW", builtins.__import__ is builtins.__orig_import__)
from PySide6.QtSvg import QSvgRenderer  # Qt modules still import, lazily loaded as before
from PySide6.QtGui import QIcon
import json, xml.dom.minidom  # and so does everything else
print("IMPORTS", QSvgRenderer.__name__, QIcon.__name__, json.dumps([1]))
"""


def test_the_hook_comes_off_once_and_imports_still_work() -> None:
    out = subprocess.run(
        [sys.executable, "-c", _CHECK],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert "SKIPPED True AGAIN False" in out.stdout, out.stderr[-2000:]
    assert "HOOKED-BEFORE True NOW True" in out.stdout, out.stderr[-2000:]
    assert "IMPORTS QSvgRenderer QIcon [1]" in out.stdout, out.stderr[-2000:]

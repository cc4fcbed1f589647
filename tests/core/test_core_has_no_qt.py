"""The functional core must run without Qt: prove it in a fresh interpreter and statically."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import stretchguide.core

CORE = Path(stretchguide.core.__file__).parent


def test_core_imports_no_qt_at_runtime() -> None:
    code = (
        "import sys, pkgutil, importlib, stretchguide.core as c\n"
        "for m in pkgutil.iter_modules(c.__path__):\n"
        "    importlib.import_module('stretchguide.core.' + m.name)\n"
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))]\n"
        "assert not bad, bad\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_core_source_names_no_qt_or_shell() -> None:
    forbidden = (
        "PySide6",
        "shiboken6",
        "stretchguide.ui",
        "stretchguide.speech",
        "stretchguide.storage",
        "stretchguide.desktop",
    )
    for path in CORE.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            for name in names:
                assert not name.startswith(forbidden), f"{path.name} imports {name}"

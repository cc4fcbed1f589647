"""The library's first frame is drawn without what it does not need: PySide6's ``Qt`` namespace
(qt_values), ``QEvent``'s enum (no Python event handler runs), Qt's SVG module (pictures come
from the PNG cache once it is filled)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication

from stretchguide.ui import qt_values

# Runs the real app; when its first frame has been painted (what a person sees first; "shown",
# the first turn of the event loop after show(), comes a little before it) it reports whether
# any enum of the Qt namespace (AlignmentFlag is one of its 93) or QEvent's had been built yet,
# and whether QtSvg was loaded. The routine rows' delegate paints in that frame.
_PROBE = """
import enum, os, sys
built = []
create = enum.EnumType._create_
def recording(cls, name, names, **kw):
    built.append(kw.get("qualname") or name)
    return create(cls, name, names, **kw)
enum.EnumType._create_ = recording
import stretchguide.app as app_module
def probe(app, window):
    def report():
        print("QT-NAMESPACE", "AlignmentFlag" in built, flush=True)
        print("QEVENT", "QEvent.Type" in built, flush=True)
        print("QTSVG", "PySide6.QtSvg" in sys.modules, flush=True)
        os._exit(0)
    window.firstFrameShown.connect(report)
app_module._startup_probe = probe
from stretchguide.cli import main
main([])
"""


def test_the_numbers_are_qts() -> None:
    assert Qt.ItemDataRole.DisplayRole.value == qt_values.DISPLAY_ROLE
    assert Qt.ItemDataRole.DecorationRole.value == qt_values.DECORATION_ROLE
    assert Qt.ItemDataRole.SizeHintRole.value == qt_values.SIZE_HINT_ROLE
    assert (
        Qt.AlignmentFlag.AlignLeft.value
        | Qt.AlignmentFlag.AlignTop.value
        | Qt.TextFlag.TextSingleLine.value
    ) == qt_values.LEFT_TOP_ONE_LINE
    assert Qt.ItemDataRole.AccessibleTextRole.value == qt_values.ACCESSIBLE_TEXT_ROLE
    assert Qt.ItemDataRole.UserRole.value == qt_values.USER_ROLE
    assert Qt.TextFormat.PlainText.value == qt_values.PLAIN_TEXT
    assert Qt.FocusPolicy.TabFocus.value == qt_values.TAB_FOCUS
    assert Qt.TextInteractionFlag.TextSelectableByMouse.value == qt_values.SELECTABLE_BY_MOUSE
    assert {
        "system": Qt.ColorScheme.Unknown.value,
        "light": Qt.ColorScheme.Light.value,
        "dark": Qt.ColorScheme.Dark.value,
    } == qt_values.COLOR_SCHEMES


def test_elided_matches_qts_own_eliding(qapp: QApplication) -> None:
    metrics = QFontMetrics(qapp.font())
    title = "A very long routine title that goes on and on past the edge of the list"
    for width in (40, 120, 200, 400, 2000):
        ours = qt_values.elided(metrics, title, width)
        assert metrics.horizontalAdvance(ours) <= width or ours == qt_values.ELLIPSIS
        assert ours == title or ours.endswith(qt_values.ELLIPSIS)
        qts = metrics.elidedText(title, Qt.TextElideMode.ElideRight, width)
        assert abs(len(ours) - len(qts)) <= 2, (ours, qts)


def test_the_first_frame_builds_only_what_it_needs(tmp_path: Path) -> None:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "STRETCHGUIDE_HOME": str(tmp_path),
    }
    for run in ("first launch", "next launch"):  # the second reads the caches the first wrote
        out = subprocess.run(
            [sys.executable, "-c", _PROBE], env=env, capture_output=True, text=True, timeout=60
        )
        why = (run, out.stdout, out.stderr[-2000:])
        assert "QT-NAMESPACE False" in out.stdout, why
        assert "QEVENT False" in out.stdout, why
        # The first launch draws the pictures (and keeps them); the next one only reads them.
        assert f"QTSVG {run == 'first launch'}" in out.stdout, why

"""Fixtures for the editor, import/export and history tests: real catalog, recorded dialogs.

Nothing here ever opens a real modal dialog: ``boxes`` replaces ``QMessageBox.exec`` (every box
these widgets show is built as an instance so its text can be plain) and ``file_dialog`` replaces
the static ``QFileDialog`` getters. The top-level ``tests/conftest.py`` already makes Qt headless.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from stretchguide.core.model import Routine
from stretchguide.ui.editor import RoutineEditor
from tests.core.helpers import catalog, library


def builtin(routine_id: str) -> Routine:
    routine = library().get(routine_id)
    assert routine is not None
    return routine


BUILTIN_IDS = frozenset(r.id for r in library().routines)


@dataclass
class Saves:
    """A save callback that records (routine_id, toml_text) and can be told to fail."""

    calls: list[tuple[str, str]] = field(default_factory=list)
    error: Exception | None = None

    def __call__(self, routine_id: str, text: str) -> None:
        if self.error is not None:
            raise self.error
        self.calls.append((routine_id, text))


@dataclass
class Boxes:
    """Every message box shown: (title, text, text format); ``answer`` is what exec returns."""

    shown: list[tuple[str, str, object]] = field(default_factory=list)
    answer: QMessageBox.StandardButton = QMessageBox.StandardButton.Ok

    @property
    def texts(self) -> list[str]:
        return [text for _, text, _ in self.shown]


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> Boxes:
    record = Boxes()

    def fake_exec(box: QMessageBox) -> int:
        record.shown.append((box.windowTitle(), box.text(), box.textFormat()))
        return int(record.answer.value)

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    for name in ("warning", "information", "question", "critical"):
        monkeypatch.setattr(
            QMessageBox,
            name,
            lambda *a, _n=name, **k: pytest.fail(f"unexpected static QMessageBox.{_n}"),
        )
    return record


@dataclass
class FileDialog:
    """The path the next file dialog "chooses" ("" = cancelled) and the dialogs asked for."""

    path: str = ""
    asked: list[str] = field(default_factory=list)


@pytest.fixture
def file_dialog(monkeypatch: pytest.MonkeyPatch) -> FileDialog:
    chooser = FileDialog()

    def pick(kind: str) -> Callable[..., tuple[str, str]]:
        def choose(*args: object, **kwargs: object) -> tuple[str, str]:
            chooser.asked.append(kind)
            return chooser.path, ""

        return choose

    monkeypatch.setattr(QFileDialog, "getOpenFileName", pick("open"))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", pick("save"))
    return chooser


@pytest.fixture
def saves() -> Saves:
    return Saves()


MakeEditor = Callable[..., RoutineEditor]


@pytest.fixture
def make_editor(qtbot: QtBot, saves: Saves) -> MakeEditor:
    """Build an editor saving into ``saves``; unsaved changes are discarded without asking."""

    def make(routine: Routine | None = None, **kwargs: object) -> RoutineEditor:
        kwargs.setdefault("builtin_ids", BUILTIN_IDS)
        kwargs.setdefault("confirm_discard", lambda _parent: True)
        editor = RoutineEditor(catalog(), saves, routine=routine, **kwargs)  # type: ignore[arg-type]
        qtbot.addWidget(editor)
        return editor

    return make


def write(path: Path, text: str) -> Path:
    path.write_text(text, "utf-8")
    return path

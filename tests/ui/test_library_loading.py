"""The person's routine files are read on a worker thread after the window is up: the built-ins
show at once, the others join the list when read, each broken file is reported once by name,
and type-ahead finds the new ones."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

from stretchguide.core.loader import Library
from stretchguide.storage.library_loader import load_catalog_and_builtins
from stretchguide.storage.paths import AppPaths
from stretchguide.storage.settings_store import SettingsStore
from stretchguide.ui import background
from stretchguide.ui.app import build_window
from stretchguide.ui.background import run_in_background
from stretchguide.ui.library_view import RoutineEntry, routine_meta

ASSETS = Path(__file__).resolve().parents[2] / "assets" / "routines"


def _own_routines(paths: AppPaths, count: int, broken: int) -> None:
    """``count`` copies of ``desk-break`` as the person's own, and ``broken`` bad files."""
    text = (ASSETS / "desk-break.toml").read_text("utf-8")
    paths.routines_dir.mkdir(parents=True, exist_ok=True)
    for i in range(count):
        mine = text.replace('id = "desk-break"', f'id = "mine-{i}"', 1)
        mine = mine.replace('title = "Desk break"', f'title = "My break {i}"', 1)
        (paths.routines_dir / f"mine-{i}.toml").write_text(mine, "utf-8")
    for i in range(broken):
        (paths.routines_dir / f"broken-{i}.toml").write_text(
            f'schema = 1\nid = "broken-{i}"\ntitle = "Broken"\n\n[[steps]]\n'
            'kind = "hold"\nexercise = "figure-four"\nhold_s = 5000\n',
            "utf-8",
        )


def _window(qtbot: QtBot, paths: AppPaths) -> object:
    app = QApplication.instance()
    catalog, builtins, everything = load_catalog_and_builtins(paths)
    window = build_window(app, paths, catalog, builtins, speech=False, more_routines=everything)
    qtbot.addWidget(window)
    return window


def _no_background_work() -> bool:
    """No worker thread of ``run_in_background`` is running (what it delivers is posted)."""
    return not any(t.name == "background" for t in threading.enumerate())


def _titles(window: object) -> list[str]:
    model = window.library_view.routines  # type: ignore[attr-defined]
    return [model.title(row) for row in range(model.rowCount())]


def test_the_persons_routines_join_the_list_after_the_first_frame(
    qtbot: QtBot, tmp_path: Path
) -> None:
    paths = AppPaths.under(tmp_path).ensure()
    _own_routines(paths, count=3, broken=2)
    window = _window(qtbot, paths)
    assert len(_titles(window)) == 4  # the built-ins, for the first frame
    with qtbot.waitSignal(window.libraryChanged, timeout=10_000):  # type: ignore[attr-defined]
        window.show()  # type: ignore[attr-defined]
    assert len(_titles(window)) == 7 and "My break 2" in _titles(window)
    # Their summaries came with them, made on the worker thread, as the list would make them.
    model = window.library_view.routines  # type: ignore[attr-defined]
    assert len(model._metas) == 7
    assert model.meta(6) == routine_meta(
        RoutineEntry(model.entry(6).routine, model.entry(6)._compile)
    )
    banner = window.library_view.banner.label.text()  # type: ignore[attr-defined]
    for name in ("broken-0.toml", "broken-1.toml"):
        assert banner.count(name) == 1, banner  # each broken file named once
    assert "mine-" not in banner  # and the good ones load whatever the broken ones do


def test_type_ahead_finds_a_routine_that_arrived_later(qtbot: QtBot, tmp_path: Path) -> None:
    paths = AppPaths.under(tmp_path).ensure()
    _own_routines(paths, count=30, broken=0)
    window = _window(qtbot, paths)
    with qtbot.waitSignal(window.libraryChanged, timeout=10_000):  # type: ignore[attr-defined]
        window.show()  # type: ignore[attr-defined]
    view = window.library_view  # type: ignore[attr-defined]
    view.routine_list.setFocus()
    qtbot.keyClicks(view.routine_list, "my break 27")
    assert view.current_id() == "mine-27"
    assert view.title_label.text() == "My break 27"


def test_the_last_routine_chosen_is_chosen_again_when_it_arrives(
    qtbot: QtBot, tmp_path: Path
) -> None:
    paths = AppPaths.under(tmp_path).ensure()
    _own_routines(paths, count=3, broken=0)
    SettingsStore.for_paths(paths).save_window(b"", "mine-1")  # as the last run left it
    window = _window(qtbot, paths)
    with qtbot.waitSignal(window.libraryChanged, timeout=10_000):  # type: ignore[attr-defined]
        window.show()  # type: ignore[attr-defined]
    assert window.library_view.current_id() == "mine-1"  # type: ignore[attr-defined]


def test_a_library_shown_meanwhile_is_not_replaced_by_the_older_read(
    qtbot: QtBot, tmp_path: Path
) -> None:
    paths = AppPaths.under(tmp_path).ensure()
    _own_routines(paths, count=2, broken=0)
    app = QApplication.instance()
    catalog, builtins, everything = load_catalog_and_builtins(paths)
    go = threading.Event()

    def slow_read() -> Library:
        go.wait(10)
        return everything()

    window = build_window(app, paths, catalog, builtins, speech=False, more_routines=slow_read)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window._warmed)  # the read has started
    newer = Library([*builtins.routines])  # e.g. a routine deleted in the editor meanwhile
    window.set_library(newer)
    go.set()
    qtbot.waitUntil(_no_background_work, timeout=10_000)
    QApplication.processEvents()  # the read's result is delivered, and left aside
    assert window.library is newer
    assert len(_titles(window)) == 4


def test_background_work_is_delivered_on_the_gui_thread(qtbot: QtBot) -> None:
    owner = QObject()
    got: list[tuple[int, bool]] = []
    worker_threads: list[bool] = []

    def work() -> int:
        worker_threads.append(threading.current_thread() is threading.main_thread())
        return 42

    run_in_background(
        work,
        lambda n: got.append((n, threading.current_thread() is threading.main_thread())),
        owner,
    )
    qtbot.waitUntil(lambda: bool(got))
    assert got == [(42, True)] and worker_threads == [False]


def test_failed_background_work_delivers_nothing(qtbot: QtBot, caplog: object) -> None:
    owner = QObject()
    got: list[object] = []

    def work() -> int:
        raise OSError("disk gone")

    run_in_background(work, got.append, owner)
    qtbot.waitUntil(_no_background_work, timeout=10_000)
    QApplication.processEvents()
    assert got == []
    assert "background work failed" in caplog.text  # type: ignore[attr-defined]


def test_nothing_is_delivered_to_an_owner_that_is_gone(qtbot: QtBot) -> None:
    owner = QObject()
    got: list[int] = []
    go = threading.Event()

    def work() -> int:
        go.wait(10)
        return 1

    run_in_background(work, got.append, owner)
    owner.deleteLater()
    qtbot.waitUntil(lambda: not isValid(owner))
    go.set()
    qtbot.waitUntil(_no_background_work, timeout=10_000)
    QApplication.processEvents()
    assert got == []


def test_quitting_while_the_work_runs_is_quiet(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On the way out Qt deletes the object the result travels by; a worker finishing after
    that must not print a traceback (seen as SIGTERM's exit test failing one run in several)."""
    made: list[QObject] = []

    class Recorded(background._Delivery):
        def __init__(self) -> None:
            super().__init__()
            made.append(self)

    monkeypatch.setattr(background, "_Delivery", Recorded)
    failures: list[threading.ExceptHookArgs] = []
    monkeypatch.setattr(threading, "excepthook", failures.append)
    go = threading.Event()

    def work() -> int:
        go.wait(10)
        return 1

    got: list[int] = []
    run_in_background(work, got.append, QObject())
    shiboken6.delete(made[0])  # as at the application's end
    go.set()
    qtbot.waitUntil(_no_background_work, timeout=10_000)
    assert failures == []
    assert got == []


def test_once_the_app_has_quit_nothing_starts_or_arrives(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """After the event loop has ended, a worker finishing its read posts nothing (posting then
    crashed the app on SIGTERM, one exit in ten), and no new work starts."""
    monkeypatch.setattr(background, "_handover", background._Handover())
    go = threading.Event()
    got: list[int] = []
    ran: list[int] = []

    def work() -> int:
        go.wait(10)
        return 1

    run_in_background(work, got.append, QObject())
    background.stop_handing_over()
    go.set()
    qtbot.waitUntil(_no_background_work, timeout=10_000)
    QApplication.processEvents()
    run_in_background(lambda: ran.append(1) or 2, got.append, QObject())
    assert _no_background_work()
    assert got == [] and ran == []

"""Sessions end up in the history, and closing mid-session offers to resume at the same step."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from stretchguide.core.session import State
from stretchguide.storage.history import History
from stretchguide.storage.history_service import HistoryService
from stretchguide.storage.resume import ResumeStore
from stretchguide.storage.session_keeper import SessionKeeper
from tests.ui.conftest import make_app

NOW = datetime(2026, 11, 26, 8, 30, tzinfo=UTC)


def keeper_at(tmp_path: Path) -> SessionKeeper:
    return SessionKeeper(
        HistoryService(tmp_path / "history.sqlite3"),
        ResumeStore(tmp_path / "resume.json"),
        now=lambda: NOW,
    )


def recorded(tmp_path: Path) -> list:
    with History(tmp_path / "history.sqlite3") as history:
        return history.recent()


def test_a_finished_session_is_recorded(qtbot: QtBot, tmp_path: Path) -> None:
    app = make_app(qtbot, tmp_path, keeper=keeper_at(tmp_path))
    app.start("desk-break")
    app.run_for(app.session.total() + 1)
    assert app.session.state is State.FINISHED
    app.window.close()
    [entry] = recorded(tmp_path)
    assert entry.routine_id == "desk-break" and entry.ended_by == "finished"
    assert entry.started_at == NOW
    holds = [s for s in entry.steps if s.kind == "hold"]
    assert [(s.side, s.outcome, s.held_s) for s in holds] == [
        ("left", "completed", 30.0),
        ("right", "completed", 30.0),
    ]


def test_closing_mid_session_records_it_and_offers_to_resume(qtbot: QtBot, tmp_path: Path) -> None:
    app = make_app(qtbot, tmp_path, keeper=keeper_at(tmp_path))
    app.start("desk-break")
    app.driver.next()
    app.driver.next()  # the left seated glute stretch
    index = app.session.index
    app.run_for(10)
    app.window.close()
    [entry] = recorded(tmp_path)
    assert entry.ended_by == "stopped"
    assert [s.outcome for s in entry.steps[:2]] == ["skipped", "skipped"]
    assert entry.steps[index].outcome == "partial"

    again = make_app(qtbot, tmp_path / "second", keeper=keeper_at(tmp_path))
    qtbot.waitUntil(lambda: again.window.resume_offer is not None)  # offered after first paint
    offer = again.window.resume_offer
    assert offer.isVisible()
    assert "Desk break" in offer.label.text() and "Seated glute stretch" in offer.label.text()
    qtbot.mouseClick(offer.resume_button, Qt.MouseButton.LeftButton)
    again.run_for(5.0)  # the get-ready count-in, seated
    assert again.session.state is State.RUNNING
    assert again.session.index == index
    assert not (tmp_path / "resume.json").exists()


def test_declining_forgets_the_resume_point(qtbot: QtBot, tmp_path: Path) -> None:
    app = make_app(qtbot, tmp_path, keeper=keeper_at(tmp_path))
    app.start("desk-break")
    app.run_for(2)
    app.window.close()
    again = make_app(qtbot, tmp_path / "second", keeper=keeper_at(tmp_path))
    qtbot.waitUntil(lambda: again.window.resume_offer is not None)  # offered after first paint
    qtbot.mouseClick(again.window.resume_offer.decline_button, Qt.MouseButton.LeftButton)
    assert not again.window.resume_offer.isVisible()
    assert ResumeStore(tmp_path / "resume.json").load() is None


def test_stopping_during_the_count_in_records_nothing(qtbot: QtBot, tmp_path: Path) -> None:
    app = make_app(qtbot, tmp_path, keeper=keeper_at(tmp_path))
    app.start("desk-break", count_in=True)
    app.run_for(1)
    app.window.close()
    assert recorded(tmp_path) == []


def test_the_history_is_opened_only_when_first_needed(qtbot: QtBot, tmp_path: Path) -> None:
    opened: list[HistoryService] = []

    def open_history() -> HistoryService:
        opened.append(HistoryService(tmp_path / "history.sqlite3"))
        return opened[-1]

    keeper = SessionKeeper(open_history, ResumeStore(tmp_path / "resume.json"), now=lambda: NOW)
    app = make_app(qtbot, tmp_path, keeper=keeper)
    assert opened == []  # not during start-up
    assert app.window.library_actions.actions["history"].isEnabled()
    app.start("desk-break")
    app.run_for(app.session.total() + 1)
    assert len(opened) == 1
    app.window.close()
    assert len(recorded(tmp_path)) == 1

"""The history page over a real SQLite history with sessions on fixed dates."""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QTableWidget
from pytestqt.qtbot import QtBot

from stretchguide.core.durations import format_total
from stretchguide.storage.history import History, HistoryError
from stretchguide.storage.history_records import HistoryEntry, StepEntry
from stretchguide.ui.history import BarChart, HistoryView, load_snapshot
from stretchguide.ui.history.chart import nice_step
from tests.ui_extra.conftest import Boxes, FileDialog, catalog

TODAY = date(2024, 5, 29)  # a Wednesday


def _session(day: date, hour: int, seconds: float, title: str = "Desk break", **kw: Any):
    steps = kw.pop(
        "steps",
        (
            StepEntry(0, "knee-to-chest", "hold", "completed", 30.0, "left"),
            StepEntry(0, "knee-to-chest", "hold", "completed", 30.0, "right"),
            StepEntry(1, "cat-cow", "flow", "completed", 64.0),
            StepEntry(2, "childs-pose", "hold", "skipped", 0.0),
            StepEntry(3, None, "transition", "completed", 10.0),
        ),
    )
    return HistoryEntry(
        routine_id=kw.pop("routine_id", "desk-break"),
        routine_title=title,
        started_at=datetime(day.year, day.month, day.day, hour, 30, tzinfo=UTC),
        duration_s=seconds,
        ended_by=kw.pop("ended_by", "finished"),
        steps=steps,
    )


def _fill(history: History) -> None:
    for n in range(5):  # the best streak: 10 to 14 May
        history.record(_session(date(2024, 5, 10) + timedelta(days=n), 7, 600))
    history.record(_session(TODAY - timedelta(days=2), 7, 600))
    history.record(_session(TODAY - timedelta(days=1), 7, 300, ended_by="stopped"))
    history.record(_session(TODAY - timedelta(days=1), 18, 420, ended_by="pain"))
    history.record(_session(TODAY, 7, 300, title="<b>Mine</b>", routine_id="mine"))


@pytest.fixture
def history(tmp_path: Path) -> Iterator[History]:
    h = History(tmp_path / "history.sqlite3", tz=UTC)
    _fill(h)
    yield h
    h.close()


@pytest.fixture
def view(qtbot: QtBot, history: History) -> HistoryView:
    v = HistoryView(history, lambda: TODAY, catalog(), tz=UTC)
    qtbot.addWidget(v)
    v.resize(1000, 900)
    return v


def _table(table: QTableWidget) -> list[list[str]]:
    return [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


def test_streaks_and_cards(view: HistoryView, qtbot: QtBot) -> None:
    with qtbot.waitSignal(view.refreshed):
        view.refresh()
    assert view.current_streak_label.text() == "3 days"
    assert view.best_streak_label.text() == "5 days"
    assert view.period_card.value_label.text() == "9"
    assert view.week_card.value_label.text() == str(round((600 + 300 + 420 + 300) / 60))
    assert view.empty_label.isHidden()


def test_day_chart_gets_one_bar_per_day(view: HistoryView) -> None:
    view.refresh()
    values = view.day_chart.values()
    assert len(values) == 28
    expected = [0.0] * 28
    for day in [date(2024, 5, 10) + timedelta(days=n) for n in range(5)]:
        expected[(day - (TODAY - timedelta(days=27))).days] = 1.0
    expected[-3:] = [1.0, 2.0, 1.0]
    assert values == expected
    labels = view.day_chart.labels()
    assert labels[-1] == "Today" and labels[0] == "Thu 2 May"
    assert "9 sessions on 8 of the last 28 days; 1 today." in view.day_chart.accessibleDescription()


def test_week_chart_gets_minutes_per_week(view: HistoryView, history: History) -> None:
    view.refresh()
    weeks = history.minutes_per_week(8, TODAY)
    assert view.week_chart.values() == [m for _, m in weeks]
    assert view.week_chart.values()[-1] == pytest.approx((600 + 300 + 420 + 300) / 60)
    assert view.week_chart.labels()[-1] == "This week"


def test_per_stretch_rows(view: HistoryView) -> None:
    view.refresh()
    assert _table(view.totals_table) == [
        ["Cat-Cow", "–", format_total(9 * 64), "9×"],
        ["Knee to chest", "Left", format_total(9 * 30), "9×"],
        ["Knee to chest", "Right", format_total(9 * 30), "9×"],
    ]  # the skipped child's pose (never held) and the transition are not stretches


def test_recent_sessions(view: HistoryView) -> None:
    view.refresh()
    rows = _table(view.recent_table)
    assert rows[0] == ["Wed 29 May 2024, 07:30", "<b>Mine</b>", "5:00", "Finished"]
    assert rows[1] == ["Tue 28 May 2024, 18:30", "Desk break", "7:00", "Stopped: pain"]
    assert rows[2][3] == "Stopped early"
    assert len(rows) == 9


def test_a_few_seconds_tried_today_neither_lists_nor_counts(
    view: HistoryView, history: History
) -> None:
    view.refresh()
    before = (view.current_streak_label.text(), view.period_card.value_label.text())
    for hour in (8, 9, 10):
        history.record(_session(TODAY, hour, 5, ended_by="stopped"))
    history.record(_session(TODAY, 11, 300, steps=()))  # nothing held
    view.refresh()
    assert (view.current_streak_label.text(), view.period_card.value_label.text()) == before
    assert len(_table(view.recent_table)) == 9
    assert not view.recent_note.isHidden()
    assert "under a minute, or with no stretch held" in view.recent_note.text()


def test_export_csv_button_writes_the_file(
    view: HistoryView, tmp_path: Path, file_dialog: FileDialog, boxes: Boxes, qtbot: QtBot
) -> None:
    file_dialog.path = str(tmp_path / "export")
    with qtbot.waitSignal(view.exported) as blocker:
        qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
    target = tmp_path / "export.csv"
    assert blocker.args == [str(target)]
    with target.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 9 * 5
    assert {r["routine_title"] for r in rows} == {"Desk break", "<b>Mine</b>"}
    assert "Exported 45 rows" in view.status_label.text()
    assert boxes.shown == []


def test_export_cancelled_writes_nothing(
    view: HistoryView, tmp_path: Path, file_dialog: FileDialog
) -> None:
    file_dialog.path = ""
    view.export_csv()
    assert file_dialog.asked == ["save"]
    assert not any(tmp_path.glob("*.csv"))


def test_export_failure_is_shown(
    view: HistoryView, tmp_path: Path, file_dialog: FileDialog, boxes: Boxes
) -> None:
    file_dialog.path = str(tmp_path / "no-such-folder" / "h.csv")
    view.export_csv()
    assert boxes.shown and boxes.shown[0][0] == "History not exported"
    assert boxes.shown[0][2] == Qt.TextFormat.PlainText
    assert "could not be exported" in view.status_label.text()


def test_empty_history(qtbot: QtBot, tmp_path: Path) -> None:
    with History(tmp_path / "empty.sqlite3", tz=UTC) as empty:
        view = HistoryView(empty, lambda: TODAY, catalog(), tz=UTC)
        qtbot.addWidget(view)
        view.refresh()
    assert not view.empty_label.isHidden()
    assert view.current_streak_label.text() == "0 days"
    assert view.day_chart.values() == [0.0] * 28
    assert view.totals_table.isHidden() and not view.totals_empty.isHidden()
    assert view.recent_table.isHidden() and not view.recent_empty.isHidden()


class _Broken:
    """A history whose every query fails, as a damaged disk would make it."""

    def _fail(self, *args: object, **kwargs: object) -> Any:
        raise HistoryError("The history could not be read (disk I/O error).")

    sessions_per_day = streaks = minutes_per_week = per_stretch_totals = recent = _fail
    export_csv = _fail


class _ClosedService:
    def submit(self, work: object) -> Any:
        raise RuntimeError("the history is closed")


def test_a_history_that_cannot_be_read_is_shown_not_raised(qtbot: QtBot) -> None:
    view = HistoryView(_Broken(), lambda: TODAY)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.failed) as blocker:
        view.refresh()
    assert "disk I/O error" in blocker.args[0]
    assert not view.status_label.isHidden()
    assert view.snapshot is None


def test_a_closed_history_service_is_shown_not_raised(qtbot: QtBot) -> None:
    view = HistoryView(_ClosedService(), lambda: TODAY)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.failed) as blocker:
        view.refresh()
    assert blocker.args == ["The history could not be read: the history is closed"]


class _ThreadedHistory:
    """A stand-in for HistoryService: the History lives on one worker thread."""

    def __init__(self, path: Path) -> None:
        self.pool = ThreadPoolExecutor(max_workers=1)
        self.history = self.pool.submit(lambda: History(path, tz=UTC)).result()

    def submit(self, work: Callable[[History], Any]) -> Future[Any]:
        return self.pool.submit(work, self.history)

    def close(self) -> None:
        self.pool.submit(self.history.close).result()
        self.pool.shutdown()


def test_a_history_service_is_read_on_its_own_thread(qtbot: QtBot, tmp_path: Path) -> None:
    service = _ThreadedHistory(tmp_path / "h.sqlite3")
    try:
        service.submit(_fill).result()
        view = HistoryView(service, lambda: TODAY, catalog(), tz=UTC)
        qtbot.addWidget(view)
        with qtbot.waitSignal(view.refreshed, timeout=5000):
            view.refresh()
        assert view.best_streak_label.text() == "5 days"
        assert view.day_chart.values()[-3:] == [1.0, 2.0, 1.0]
    finally:
        service.close()


def test_show_snapshot_without_a_history(qtbot: QtBot, history: History) -> None:
    view = HistoryView(None, lambda: TODAY, catalog())
    qtbot.addWidget(view)
    view.refresh()  # nothing to read: nothing happens
    view.show_snapshot(load_snapshot(history, TODAY))
    assert view.current_streak_label.text() == "3 days"


def test_texts_are_plain_and_controls_named(view: HistoryView) -> None:
    view.refresh()
    for label in view.findChildren(QLabel):
        assert label.textFormat() == Qt.TextFormat.PlainText, label.text()
    for widget in [*view.findChildren(QAbstractButton), *view.findChildren(QTableWidget)]:
        if widget.parent() is not None and isinstance(widget.parent(), QTableWidget):
            continue  # the corner button of a table
        assert widget.accessibleName(), type(widget).__name__
    for chart in view.findChildren(BarChart):
        assert chart.accessibleName() and chart.accessibleDescription()


def test_chart_paints_offscreen(view: HistoryView) -> None:
    view.refresh()
    view.show()
    image = view.day_chart.grab().toImage()
    assert not image.isNull() and image.width() > 100


@pytest.mark.parametrize(
    ("top", "step"), [(0, 1), (1, 1), (3, 1), (4, 1), (7, 2), (113, 50), (40, 10)]
)
def test_nice_axis_steps(top: float, step: float) -> None:
    assert nice_step(top) == step


@pytest.mark.parametrize(
    ("seconds", "text"),
    [(0, "0 s"), (45, "45 s"), (60, "1 min"), (150, "2 min 30 s"), (3900, "1 h 05 min")],
)
def test_total_times(seconds: float, text: str) -> None:
    assert format_total(seconds) == text


def test_back_button_and_escape_ask_for_the_library(view: HistoryView, qtbot: QtBot) -> None:
    with qtbot.waitSignal(view.backRequested):
        qtbot.mouseClick(view.back_button, Qt.MouseButton.LeftButton)
    view.show()
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    view.export_button.setFocus()
    with qtbot.waitSignal(view.backRequested):
        qtbot.keyClick(view.export_button, Qt.Key.Key_Escape)

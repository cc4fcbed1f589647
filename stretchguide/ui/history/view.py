"""The history page: sessions per day, streaks, minutes per week, per-stretch totals, recent.

The view never loads anything by itself: the window calls :meth:`HistoryView.refresh` when the
page is shown (or after a session is recorded). With a plain ``History`` the queries run right
there (SQLite answers them in milliseconds); with a ``HistoryService`` (anything with
``submit(fn) -> Future``) they run on the history's thread and the page is filled in when the
answer comes back, so the window never waits on the disk.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable
from concurrent.futures import Future
from datetime import date, datetime, tzinfo
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QDateTime, QLocale, QObject, Qt, QTime, Signal
from PySide6.QtGui import QAction, QFont, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from stretchguide.core.durations import format_duration, format_total
from stretchguide.core.model import Catalog
from stretchguide.storage.history_records import HistoryEntry
from stretchguide.ui.history.chart import Bar, BarChart
from stretchguide.ui.history.snapshot import (
    DAYS,
    RECENT,
    WEEKS,
    HistorySnapshot,
    StretchRow,
    load_snapshot,
)
from stretchguide.ui.plurals import PLURAL
from stretchguide.ui.translations import QT_TRANSLATE_NOOP, translate

log = logging.getLogger("stretchguide.ui")

ENDED_TEXT = {
    "finished": QT_TRANSLATE_NOOP("HistoryView", "Finished"),
    "stopped": QT_TRANSLATE_NOOP("HistoryView", "Stopped early"),
    "pain": QT_TRANSLATE_NOOP("HistoryView", "Stopped: pain"),
}
SIDE_TEXT = {
    "left": QT_TRANSLATE_NOOP("HistoryView", "Left"),
    "right": QT_TRANSLATE_NOOP("HistoryView", "Right"),
}
STYLE = """
QFrame#statCard {
    background: palette(base); border: 1px solid palette(mid); border-radius: 8px;
}
"""


def format_minutes(minutes: float) -> str:
    return f"{round(minutes)}"


def _plain(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def _hint(text: str = "") -> QLabel:
    label = _plain(text)
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label


def _heading(text: str, scale: float = 1.12) -> QLabel:
    label = _plain(text)
    font = QFont(label.font())
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * scale)
    label.setFont(font)
    return label


def _days(n: int) -> str:
    return PLURAL.days(n)


def local_date(day: date | datetime, fmt: str) -> str:
    """A date written by QLocale in the window's language (day and month names, order)."""
    return QLocale().toString(QDate(day.year, day.month, day.day), fmt)


class _StatCard(QFrame):
    """A big number with a caption under it."""

    def __init__(self, caption: str) -> None:
        super().__init__()
        self.setObjectName("statCard")
        self.value_label = _plain("–")
        font = QFont(self.value_label.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.7)
        self.value_label.setFont(font)
        self.caption_label = _plain(caption)
        self.caption_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(2)
        layout.addWidget(self.value_label)
        layout.addWidget(self.caption_label)
        self.setAccessibleName(caption)

    def set_value(self, text: str) -> None:
        self.value_label.setText(text)
        self.setAccessibleDescription(text)


def _table(name: str, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setAccessibleName(name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setTabKeyNavigation(False)
    table.verticalHeader().setVisible(False)
    table.setAlternatingRowColors(True)
    table.setShowGrid(False)
    table.setWordWrap(False)
    table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    header = table.horizontalHeader()
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    for col in range(1, len(headers)):
        header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
    header.setHighlightSections(False)
    return table


def _fill(table: QTableWidget, rows: list[list[str]], right: set[int], max_rows: int) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            item = QTableWidgetItem(text)
            if c in right:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(r, c, item)
    shown = max(1, min(len(rows), max_rows))
    row_h = table.verticalHeader().defaultSectionSize()
    height = table.horizontalHeader().sizeHint().height() + row_h * shown + 2 * table.frameWidth()
    table.setFixedHeight(height + 2)


class _Relay(QObject):
    """Carries a worker thread's finished future back to the window's thread (queued)."""

    done = Signal(object, object)  # (future, what to do with its result)


class HistoryView(QWidget):
    """The person's progress, read from the session history.

    Args:
        history: a ``History`` (queries run on this thread), or a ``HistoryService`` or anything
            with ``submit(fn) -> Future`` (queries run on its thread), or ``None`` to be filled
            by :meth:`show_snapshot` only.
        today: gives the day to count from (a fake in tests).
        catalog: for exercise titles in the per-stretch table (ids are shown without it).
        tz: the time zone recent sessions are shown in; the system's when ``None``.

    Signals:
        backRequested(): "Back to routines" or Esc was pressed (the window shows the library).
        refreshed(): the page shows new figures.
        exported(str): the CSV file was written (its path).
        failed(str): the history could not be read or exported (also shown on the page).
    """

    backRequested = Signal()
    refreshed = Signal()
    exported = Signal(str)
    failed = Signal(str)

    def __init__(
        self,
        history: Any,
        today: Callable[[], date] = date.today,
        catalog: Catalog | None = None,
        *,
        tz: tzinfo | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._history = history
        self._today = today
        self._catalog = catalog
        self._tz = tz
        self._relay = _Relay(self)
        self._relay.done.connect(self._on_done)
        self.snapshot: HistorySnapshot | None = None
        self.setAccessibleName(translate("HistoryView", "History"))
        self.setStyleSheet(STYLE)
        self._build()

    # ---- building ----------------------------------------------------------------------------
    def _build(self) -> None:
        heading = _heading(translate("HistoryView", "Your progress"), 1.6)
        heading.setObjectName("heading")
        self.export_button = QPushButton(translate("HistoryView", "Export CSV…"))
        self.export_button.setAccessibleName(translate("HistoryView", "Export history as CSV"))
        self.export_button.setAccessibleDescription(
            translate("HistoryView", "Save every session and step to a CSV file for a spreadsheet")
        )
        self.export_button.clicked.connect(self.export_csv)
        self.back_button = QPushButton(translate("HistoryView", "Back to routines"))
        self.back_button.setAccessibleName(translate("HistoryView", "Back to routines"))
        self.back_button.setToolTip(translate("HistoryView", "Back to the routine library (Esc)"))
        self.back_button.clicked.connect(self.backRequested)
        back = QAction(translate("HistoryView", "Back"), self)
        back.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        back.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        back.triggered.connect(self.backRequested)
        self.addAction(back)
        top = QHBoxLayout()
        top.addWidget(heading, 1)
        top.addWidget(self.export_button)
        top.addWidget(self.back_button)

        self.status_label = _hint()
        self.status_label.setWordWrap(True)
        self.status_label.hide()

        self.current_card = _StatCard(translate("HistoryView", "Current streak"))
        self.best_card = _StatCard(translate("HistoryView", "Best streak"))
        self.period_card = _StatCard(PLURAL.sessions_in_last_weeks(DAYS // 7))
        self.week_card = _StatCard(translate("HistoryView", "Minutes this week"))
        cards = QHBoxLayout()
        cards.setSpacing(12)
        for card in (self.current_card, self.best_card, self.period_card, self.week_card):
            cards.addWidget(card, 1)
        # The streak texts are the labels tests and screen readers look at.
        self.current_streak_label = self.current_card.value_label
        self.best_streak_label = self.best_card.value_label

        self.day_chart = BarChart(
            PLURAL.sessions_per_day_weeks(DAYS // 7),
            unit=translate("HistoryView", "sessions"),
            value_text=lambda v: QLocale().toString(float(v), "g", 6),
            label_every=7,
        )
        self.week_chart = BarChart(
            PLURAL.minutes_per_week_weeks(WEEKS),
            unit=translate("HistoryView", "minutes"),
            value_text=format_minutes,
            label_every=1,
        )
        self.totals_table = _table(
            translate("HistoryView", "Time per stretch"),
            [
                translate("HistoryView", "Stretch"),
                translate("HistoryView", "Side"),
                translate("HistoryView", "Total time"),
                translate("HistoryView", "Times"),
            ],
        )
        self.recent_table = _table(
            translate("HistoryView", "Recent sessions"),
            [
                translate("HistoryView", "When"),
                translate("HistoryView", "Routine"),
                translate("HistoryView", "Length"),
                translate("HistoryView", "Result"),
            ],
        )
        self.recent_table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents
        )
        self.recent_table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.totals_empty = _hint(translate("HistoryView", "No stretches held yet."))
        self.recent_empty = _hint(translate("HistoryView", "No sessions yet."))
        # Said always, not only when some were left out: a person who just stopped after a few
        # seconds looks here for that session.
        self.recent_note = _hint(
            translate(
                "HistoryView",
                "Sessions under a minute, or with no stretch held, are kept but not counted or "
                "listed here.",
            )
        )
        self.recent_note.setWordWrap(True)
        self.empty_label = _plain(
            translate(
                "HistoryView",
                "No sessions yet. When you finish or stop a routine, it shows up here.",
            )
        )
        self.empty_label.setWordWrap(True)

        grid = QGridLayout()
        grid.setHorizontalSpacing(24)
        grid.setVerticalSpacing(6)
        grid.addWidget(_heading(self.week_chart.accessibleName()), 0, 0)
        grid.addWidget(self.week_chart, 1, 0)
        grid.addWidget(_heading(translate("HistoryView", "Time per stretch")), 0, 1)
        totals_box = QVBoxLayout()
        totals_box.addWidget(self.totals_table)
        totals_box.addWidget(self.totals_empty)
        totals_box.addStretch(1)
        grid.addLayout(totals_box, 1, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(22, 18, 22, 18)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addWidget(self.status_label)
        layout.addWidget(self.empty_label)
        layout.addLayout(cards)
        layout.addSpacing(8)
        layout.addWidget(_heading(self.day_chart.accessibleName()))
        layout.addWidget(self.day_chart)
        layout.addSpacing(8)
        layout.addLayout(grid)
        layout.addSpacing(8)
        layout.addWidget(_heading(translate("HistoryView", "Recent sessions")))
        layout.addWidget(self.recent_table)
        layout.addWidget(self.recent_empty)
        layout.addWidget(self.recent_note)
        layout.addStretch(1)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        scroll.setAccessibleName(translate("HistoryView", "History page"))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    # ---- loading -----------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the history again and show it (see the class docs for where the work runs)."""
        if self._history is None:
            return
        today = self._today()
        self._run(lambda h: load_snapshot(h, today), self.show_snapshot)

    def show_snapshot(self, snapshot: HistorySnapshot) -> None:
        """Show figures loaded elsewhere (``load_snapshot`` on the history's thread)."""
        self.snapshot = snapshot
        self.empty_label.setVisible(snapshot.is_empty)
        self.current_card.set_value(_days(snapshot.current_streak))
        self.best_card.set_value(_days(snapshot.best_streak))
        self.period_card.set_value(str(snapshot.sessions_in_period))
        self.week_card.set_value(format_minutes(snapshot.minutes_this_week))
        self._show_days(snapshot)
        self._show_weeks(snapshot)
        _fill(self.totals_table, [self._total_row(t) for t in snapshot.totals], {2, 3}, 8)
        _fill(self.recent_table, [self._recent_row(e) for e in snapshot.recent], {2}, RECENT)
        self.totals_table.setVisible(bool(snapshot.totals))
        self.totals_empty.setVisible(not snapshot.totals)
        self.recent_table.setVisible(bool(snapshot.recent))
        self.recent_empty.setVisible(not snapshot.recent)
        self.refreshed.emit()

    def _show_days(self, snapshot: HistorySnapshot) -> None:
        bars = []
        for day, count in snapshot.per_day:
            label = (
                translate("HistoryView", "Today")
                if day == snapshot.today
                else local_date(day, translate("HistoryView", "ddd d MMM"))
            )
            tooltip = PLURAL.day_sessions(count).format(
                day=local_date(day, translate("HistoryView", "dddd d MMMM"))
            )
            bars.append(Bar(label, float(count), tooltip))
        total = snapshot.sessions_in_period
        active = sum(1 for _, n in snapshot.per_day if n)
        summary = PLURAL.sessions_summary(total)
        summary = summary.format(
            active=active,
            days=len(snapshot.per_day),
            today=snapshot.per_day[-1][1] if snapshot.per_day else 0,
        )
        self.day_chart.set_bars(bars, summary)

    def _show_weeks(self, snapshot: HistorySnapshot) -> None:
        bars = []
        last = len(snapshot.per_week) - 1
        for i, (monday, minutes) in enumerate(snapshot.per_week):
            label = (
                translate("HistoryView", "This week")
                if i == last
                else local_date(monday, translate("HistoryView", "d MMM"))
            )
            tooltip = PLURAL.week_minutes(round(minutes)).format(
                day=local_date(monday, translate("HistoryView", "d MMMM"))
            )
            bars.append(Bar(label, minutes, tooltip))
        parts = [f"{b.tooltip}" for b in bars]
        self.week_chart.set_bars(
            bars,
            translate("HistoryView", "Minutes per week. {weeks}").format(weeks="; ".join(parts)),
        )

    def _total_row(self, total: StretchRow) -> list[str]:
        exercise = self._catalog.exercises.get(total.exercise) if self._catalog else None
        title = exercise.title if exercise else total.exercise
        side = translate("HistoryView", SIDE_TEXT[total.side]) if total.side in SIDE_TEXT else "–"
        times = f"{total.times}×"
        return [title, side, format_total(total.total_held_s), times]

    def _recent_row(self, entry: HistoryEntry) -> list[str]:
        when = entry.started_at.astimezone(self._tz)
        return [
            _when(when),
            entry.routine_title,
            format_duration(entry.duration_s),
            translate("HistoryView", ENDED_TEXT[entry.ended_by])
            if entry.ended_by in ENDED_TEXT
            else entry.ended_by,
        ]

    # ---- export ------------------------------------------------------------------------------
    def export_csv(self) -> None:
        """Ask where, then write the whole history there as CSV (atomically)."""
        if self._history is None:
            return
        suggested = f"stretchguide-history-{self._today():%Y-%m-%d}.csv"
        name, _ = QFileDialog.getSaveFileName(
            self,
            translate("HistoryView", "Export history as CSV"),
            suggested,
            translate("HistoryView", "CSV files (*.csv);;All files (*)"),
        )
        if not name:
            return
        path = Path(name)
        if not path.suffix:
            path = path.with_suffix(".csv")

        def done(rows: int) -> None:
            self._show_status(PLURAL.exported_rows(rows).format(path=path))
            self.exported.emit(str(path))

        self._run(lambda h: h.export_csv(path), done, what="exported")

    # ---- plumbing ----------------------------------------------------------------------------
    def _run(
        self, work: Callable[[Any], Any], then: Callable[[Any], None], what: str = "read"
    ) -> None:
        submit = getattr(self._history, "submit", None)
        if callable(submit):
            try:
                future: Future[Any] = submit(work)
            except Exception as exc:  # a closed service
                self._failed(what, exc)
                return
            relay = self._relay

            def back(f: Future[Any]) -> None:
                with contextlib.suppress(RuntimeError):  # the page was closed meanwhile
                    relay.done.emit(f, (then, what))

            future.add_done_callback(back)
            return
        try:
            result = work(self._history)
        except Exception as exc:  # a broken history must not take the window down
            self._failed(what, exc)
            return
        then(result)

    def _on_done(self, future: Future[Any], handler: tuple[Callable[[Any], None], str]) -> None:
        then, what = handler
        try:
            result = future.result()
        except Exception as exc:
            self._failed(what, exc)
            return
        then(result)

    def _failed(self, what: str, exc: BaseException) -> None:
        log.warning("history not %s: %s", what, exc)
        if what == "exported":
            text = translate("HistoryView", "The history could not be exported: {reason}").format(
                reason=_reason(exc)
            )
            box = QMessageBox(self)
            box.setIcon(QMessageBox.Icon.Warning)
            box.setWindowTitle(translate("HistoryView", "History not exported"))
            box.setTextFormat(Qt.TextFormat.PlainText)
            box.setText(text)
            box.exec()
        else:
            text = translate("HistoryView", "The history could not be read: {reason}").format(
                reason=_reason(exc)
            )
        self._show_status(text)
        self.failed.emit(text)

    def _show_status(self, text: str) -> None:
        self.status_label.setText(text)
        self.status_label.show()


def _reason(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    return str(exc)


def _when(moment: datetime) -> str:
    shown = QDateTime(
        QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute)
    )
    return QLocale().toString(shown, translate("HistoryView", "ddd d MMM yyyy, HH:mm"))

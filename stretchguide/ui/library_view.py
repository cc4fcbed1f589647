"""The library: every routine on the left, the chosen one's steps and pictures on the right.

Each routine row shows what a person needs to choose: how long, how many stretches, whether it
needs the floor, and whether it is built in or their own. Everything that comes from a routine
file is shown as plain text (file contents must never be interpreted as HTML).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QRect, QSize, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QStyledItemDelegate,
    QVBoxLayout,
    QWidget,
)

from stretchguide.core.durations import format_duration
from stretchguide.core.model import Catalog, Routine, StepKind
from stretchguide.core.timeline import Segment, Timeline
from stretchguide.ui import pictures
from stretchguide.ui.banner import Banner
from stretchguide.ui.theme import give_role

if TYPE_CHECKING:
    from PySide6.QtCore import QModelIndex, QPersistentModelIndex
    from PySide6.QtGui import QKeyEvent, QPainter
    from PySide6.QtWidgets import QStyleOptionViewItem

_ID_ROLE = Qt.ItemDataRole.UserRole
_META_ROLE = Qt.ItemDataRole.UserRole + 1
_PICTURE_PX = 72


class RoutineEntry(NamedTuple):
    """A routine with its compiled timeline (for the real total duration, cues included)."""

    routine: Routine
    timeline: Timeline


def routine_meta(entry: RoutineEntry) -> str:
    """The one-line summary under a routine's title."""
    r = entry.routine
    minutes = max(1, round(entry.timeline.total_s / 60))
    stretches = r.stretch_count
    noun = "stretch" if stretches == 1 else "stretches"
    where = r.position.value.capitalize()
    source = "Built-in" if r.builtin else "Mine"
    return f"{minutes} min · {stretches} {noun} · {where} · {source}"


MAX_PROBLEMS_SHOWN = 10

_KIND_NAMES = {
    StepKind.WARMUP: "Warm-up",
    StepKind.BRIEFING: "Briefing",
    StepKind.TRANSITION: "Transition",
    StepKind.HOLD: "Hold",
    StepKind.FLOW: "Flow",
}


def step_rows(entry: RoutineEntry) -> list[tuple[int, str, str, StepKind, str | None]]:
    """(step index, title, "duration · sides" text, kind, exercise) for each routine step."""
    rows: list[tuple[int, str, str, StepKind, str | None]] = []
    by_step: dict[int, list[Segment]] = {}
    for seg in entry.timeline.segments:
        by_step.setdefault(seg.step_index, []).append(seg)
    for index, step in enumerate(entry.routine.steps):
        segs = [s for s in by_step.get(index, []) if s.kind is step.kind] or by_step.get(index, [])
        if not segs:
            continue
        title = segs[0].title
        sides = [s.side for s in segs if s.side is not None]
        if step.kind is StepKind.HOLD:
            hold = segs[0].duration_s - segs[0].lead_s
            if len(sides) == 2:
                detail = f"Hold {format_duration(hold)} each side · left, then right"
            elif sides:
                detail = f"Hold {format_duration(hold)} · {sides[0].value} side"
            else:
                detail = f"Hold {format_duration(hold)}"
        elif step.kind is StepKind.FLOW:
            detail = f"{step.breaths} breaths · {format_duration(segs[0].duration_s)}"
        else:
            detail = format_duration(sum(s.duration_s for s in segs))
            detail = f"{_KIND_NAMES.get(step.kind, step.kind.value)} · {detail}"
        rows.append((index, title, detail, step.kind, step.exercise))
    return rows


class RoutineDelegate(QStyledItemDelegate):
    """Paints a routine row as a bold title over a quieter summary line (both plain text).

    The rows' height is set on each item (``set_routines``), not by a ``sizeHint`` here: Qt
    asks for it many times while laying the list out, each time a call into Python.
    """

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        """The style draws the row (background, selection, focus) without its text: ``paint``
        writes the two lines itself."""
        super().initStyleOption(option, index)
        option.text = ""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        super().paint(painter, option, index)
        # Asked of the view, not of ``option.state``: reading that builds Python's QStyle
        # wrapper, a tenth of the whole start-up (benchmarks/ui_startup.py).
        view = self.parent()
        selected = isinstance(view, QAbstractItemView) and view.selectionModel().isSelected(
            view.model().index(index.row(), index.column())
        )
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        title = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        painter.save()
        rect = option.rect.adjusted(14, 8, -10, -8)
        bold = QFont(option.font)
        bold.setBold(True)
        bold.setPointSizeF(option.font.pointSizeF() * 1.15)
        painter.setFont(bold)
        painter.setPen(option.palette.color(role))
        fm = QFontMetrics(bold)
        top = QRect(rect.left(), rect.top(), rect.width(), fm.height())
        painter.drawText(
            top,
            Qt.AlignmentFlag.AlignLeft,
            fm.elidedText(title, Qt.TextElideMode.ElideRight, rect.width()),
        )
        painter.setFont(option.font)
        colour = option.palette.color(role)
        if not selected:
            colour.setAlphaF(0.7)
        painter.setPen(colour)
        meta = str(index.data(_META_ROLE) or "")
        bottom = QRect(rect.left(), top.bottom() + 6, rect.width(), rect.height() - fm.height())
        painter.drawText(bottom, Qt.AlignmentFlag.AlignLeft, meta)
        painter.restore()


class _RoutineList(QListWidget):
    """The routine list; Enter starts the selected routine (a double click does too)."""

    activatedByKey = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.activatedByKey.emit()
            return
        super().keyPressEvent(event)


class LibraryView(QWidget):
    """Lists routines and the selected routine's steps.

    Signals:
        routineSelected(str): the person selected a routine (its id).
        startRequested(str): Start was asked for (button, Enter or a double click).
        settingsRequested(): the Settings button was pressed.
    """

    routineSelected = Signal(str)
    startRequested = Signal(str)
    settingsRequested = Signal()

    def __init__(self, catalog: Catalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.catalog = catalog
        self._entries: dict[str, RoutineEntry] = {}
        self._shown: RoutineEntry | None = None  # what the detail pane shows now

        self.banner = Banner("warning")
        heading = QLabel("Choose a routine")
        heading.setObjectName("heading")
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        heading.setFont(font)
        self.settings_button = QPushButton("Settings…")
        self.settings_button.setAccessibleName("Settings")
        self.settings_button.setAccessibleDescription(
            "Speech, hold times, warm-up length, breathing pace, theme and text size."
        )
        self.settings_button.clicked.connect(self.settingsRequested)
        top = QHBoxLayout()
        top.addWidget(heading, 1)
        top.addWidget(self.settings_button)

        self.routine_list = _RoutineList()
        self.routine_list.setItemDelegate(RoutineDelegate(self.routine_list))
        self.routine_list.setAccessibleName("Routines")
        self.routine_list.setAccessibleDescription("Choose a routine; Enter starts it.")
        self.routine_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.routine_list.currentItemChanged.connect(self._on_current)
        self.routine_list.itemDoubleClicked.connect(lambda _item: self._request_start())
        self.routine_list.activatedByKey.connect(self._request_start)
        self.routine_list.setMinimumWidth(280)

        self.title_label = QLabel()
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)
        self.title_label.setWordWrap(True)
        tfont = self.title_label.font()
        tfont.setPointSizeF(tfont.pointSizeF() * 1.8)
        tfont.setBold(True)
        self.title_label.setFont(tfont)
        self.meta_label = QLabel()
        self.meta_label.setTextFormat(Qt.TextFormat.PlainText)
        self.description_label = QLabel()
        self.description_label.setTextFormat(Qt.TextFormat.PlainText)
        self.description_label.setWordWrap(True)
        self.step_list = QListWidget()
        self.step_list.setAccessibleName("Steps")
        self.step_list.setAccessibleDescription("The steps of the selected routine.")
        self.step_list.setIconSize(QSize(_PICTURE_PX, _PICTURE_PX))
        self.step_list.setSpacing(3)
        self.step_list.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.step_list.itemDoubleClicked.connect(lambda _item: self._request_start())
        self.start_button = QPushButton("Start")
        give_role(self.start_button, "primary")
        self.start_button.setAccessibleName("Start routine")
        self.start_button.setAccessibleDescription("Start the selected routine (Enter).")
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self._request_start)

        detail = QWidget()
        dl = QVBoxLayout(detail)
        dl.setContentsMargins(18, 0, 0, 0)
        dl.addWidget(self.title_label)
        dl.addWidget(self.meta_label)
        dl.addWidget(self.description_label)
        dl.addSpacing(6)
        dl.addWidget(self.step_list, 1)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.start_button)
        dl.addLayout(bottom)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.routine_list)
        splitter.addWidget(detail)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)

        layout = self._layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.addWidget(self.banner)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

    # ---- commands --------------------------------------------------------------------------
    def add_strip(self, widget: QWidget) -> None:
        """Put a message strip (a resume offer, a reminder) above everything else."""
        self._layout.insertWidget(0, widget)

    def set_routines(self, entries: list[RoutineEntry]) -> None:
        keep = self.current_id()
        self._entries = {e.routine.id: e for e in entries}
        self.routine_list.blockSignals(True)
        self.routine_list.clear()
        # The application's font for the list, not the list's own: after a text size change
        # the list learns its new font only once the event loop runs again.
        font = QApplication.font(self.routine_list)
        row = QSize(260, round(QFontMetrics(font).height() * 3.4))
        for entry in entries:
            item = QListWidgetItem(entry.routine.title)
            item.setSizeHint(row)
            item.setData(_ID_ROLE, entry.routine.id)
            item.setData(_META_ROLE, routine_meta(entry))
            item.setData(
                Qt.ItemDataRole.AccessibleTextRole, f"{entry.routine.title}, {routine_meta(entry)}"
            )
            self.routine_list.addItem(item)
        self.routine_list.blockSignals(False)
        if not self.select(keep or "") and entries:
            self.select(entries[0].routine.id)
        self.start_button.setEnabled(bool(entries))

    def select(self, routine_id: str) -> bool:
        for row in range(self.routine_list.count()):
            item = self.routine_list.item(row)
            if item.data(_ID_ROLE) == routine_id:
                if self.routine_list.currentItem() is item:
                    self._show(routine_id)
                else:
                    self.routine_list.setCurrentItem(item)  # _on_current shows it
                return True
        return False

    def show_problems(self, lines: list[str], notices: list[str] | None = None) -> None:
        """Routine file problems (the first few, then a count) after any other notices."""
        shown = list(notices or [])
        if lines:
            shown.append("Some routine files could not be loaded; the others work as usual:")
            shown += [f"• {line}" for line in lines[:MAX_PROBLEMS_SHOWN]]
            if len(lines) > MAX_PROBLEMS_SHOWN:
                more = len(lines) - MAX_PROBLEMS_SHOWN
                shown.append(f"…and {more} more (stretchguide validate FILE lists them all)")
        if shown:
            self.banner.show_message("\n".join(shown))
        else:
            self.banner.hide()

    # ---- queries ---------------------------------------------------------------------------
    def current_id(self) -> str | None:
        item = self.routine_list.currentItem()
        return str(item.data(_ID_ROLE)) if item is not None else None

    # ---- internals -------------------------------------------------------------------------
    def _on_current(self, current: QListWidgetItem | None, _previous: object) -> None:
        if current is None:
            return
        routine_id = str(current.data(_ID_ROLE))
        self._show(routine_id)
        self.routineSelected.emit(routine_id)

    def _show(self, routine_id: str) -> None:
        entry = self._entries.get(routine_id)
        if entry is None or entry is self._shown:
            return
        self._shown = entry
        self.title_label.setText(entry.routine.title)
        self.meta_label.setText(routine_meta(entry))
        self.description_label.setText(entry.routine.description)
        self.step_list.clear()
        ratio = self.devicePixelRatioF()
        for _index, title, detail, kind, exercise in step_rows(entry):
            path = pictures.picture_path(self.catalog, exercise, kind)
            pm = pictures.pixmap(path, _PICTURE_PX, _PICTURE_PX, ratio)
            item = QListWidgetItem(f"{title}\n{detail}")
            item.setData(Qt.ItemDataRole.DecorationRole, pm)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{title}, {detail}")
            self.step_list.addItem(item)

    def _request_start(self) -> None:
        routine_id = self.current_id()
        if routine_id:
            self.startRequested.emit(routine_id)


__all__ = ["LibraryView", "RoutineEntry", "routine_meta", "step_rows"]

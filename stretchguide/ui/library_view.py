"""The library: every routine on the left, the chosen one's steps and pictures on the right.

Each routine row shows what a person needs to choose: how long, how many stretches, whether it
needs the floor, and whether it is built in or their own. Everything that comes from a routine
file is shown as plain text (file contents must never be interpreted as HTML).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Signal,
)
from PySide6.QtGui import QFont, QFontMetrics, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from stretchguide.core.durations import format_duration
from stretchguide.core.model import Catalog, Routine, Side, StepKind
from stretchguide.core.positions import routine_pictures, shown_at
from stretchguide.core.timeline import Segment, Timeline
from stretchguide.ui import pictures
from stretchguide.ui.plurals import PLURAL
from stretchguide.ui.qt_values import (
    ACCESSIBLE_TEXT_ROLE,
    DECORATION_ROLE,
    DISPLAY_ROLE,
    LEFT_TOP_ONE_LINE,
    SIZE_HINT_ROLE,
    USER_ROLE,
    elided,
    focus_by_tab_only,
    plain_label,
)
from stretchguide.ui.theme import give_role
from stretchguide.ui.translations import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from pathlib import Path

    from PySide6.QtGui import QKeyEvent, QPainter

    from stretchguide.ui.banner import Banner

# Numbers, not Qt's enums: this is the first frame (see stretchguide.ui.qt_values).
_ID_ROLE = USER_ROLE
_META_ROLE = USER_ROLE + 1
_TITLE_ROLE = USER_ROLE + 2
_PICTURE_PX = 72
#: Longer lists have every row's summary made on a worker thread (see RoutineListModel).
SUMMARISED_AHEAD = 50


class RoutineEntry:
    """A routine with its compiled timeline (for the real total duration, cues included).

    The timeline is compiled the first time it is asked for: the list shows a few dozen
    routines at a time, and compiling all of a library of a thousand before the first frame
    held the window back by half a second.

    Args:
        routine: the routine.
        compile: makes its timeline (a pure function: any thread may call it).
        summary: its ``routine_meta``, when a worker thread has made it already.
    """

    __slots__ = ("_compile", "_timeline", "known_summary", "routine")

    def __init__(
        self, routine: Routine, compile: Callable[[], Timeline], summary: str | None = None
    ) -> None:
        self.routine = routine
        self._compile = compile
        self._timeline: Timeline | None = None
        self.known_summary = summary

    @property
    def timeline(self) -> Timeline:
        """The timeline, compiled once and kept (GUI thread only)."""
        if self._timeline is None:
            self._timeline = self._compile()
        return self._timeline

    def summary(self) -> str:
        """``routine_meta`` of a timeline compiled afresh and not kept: for a worker thread,
        which must not touch what the GUI thread keeps, and for summaries of a thousand
        routines, whose timelines need not stay in memory."""
        timeline = self._timeline or self._compile()
        return routine_summary(self.routine, timeline.total_s)


def routine_meta(entry: RoutineEntry) -> str:
    """The one-line summary under a routine's title."""
    return routine_summary(entry.routine, entry.timeline.total_s)


def routine_summary(r: Routine, total_s: float) -> str:
    """The one-line summary of ``r``, which lasts ``total_s`` (its timeline's total)."""
    minutes = max(1, round(total_s / 60))
    stretches = r.stretch_count
    where = translate("LibraryView", _POSITION_NAMES.get(r.position.value, r.position.value))
    source = translate("LibraryView", "Built-in") if r.builtin else translate("LibraryView", "Mine")
    return " · ".join(
        (
            PLURAL.minutes_short(minutes),
            PLURAL.stretches(stretches),
            where,
            source,
        )
    )


_POSITION_NAMES = {
    "floor": QT_TRANSLATE_NOOP("LibraryView", "Floor"),
    "seated": QT_TRANSLATE_NOOP("LibraryView", "Seated"),
    "standing": QT_TRANSLATE_NOOP("LibraryView", "Standing"),
}


MAX_PROBLEMS_SHOWN = 10

_KIND_NAMES = {
    StepKind.WARMUP: QT_TRANSLATE_NOOP("LibraryView", "Warm-up"),
    StepKind.BRIEFING: QT_TRANSLATE_NOOP("LibraryView", "Briefing"),
    StepKind.TRANSITION: QT_TRANSLATE_NOOP("LibraryView", "Transition"),
    StepKind.HOLD: QT_TRANSLATE_NOOP("LibraryView", "Hold"),
    StepKind.FLOW: QT_TRANSLATE_NOOP("LibraryView", "Flow"),
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
                detail = translate("LibraryView", "Hold {time} each side · left, then right")
            elif sides and sides[0] is Side.LEFT:
                detail = translate("LibraryView", "Hold {time} · left side")
            elif sides:
                detail = translate("LibraryView", "Hold {time} · right side")
            else:
                detail = translate("LibraryView", "Hold {time}")
            detail = detail.format(time=format_duration(hold))
        elif step.kind is StepKind.FLOW:
            detail = PLURAL.breaths_time(step.breaths).format(
                time=format_duration(segs[0].duration_s)
            )
        else:
            kind = translate("LibraryView", _KIND_NAMES.get(step.kind, step.kind.value))
            detail = f"{kind} · {format_duration(sum(s.duration_s for s in segs))}"
        rows.append((index, title, detail, step.kind, step.exercise))
    return rows


class RoutineListModel(QAbstractListModel):
    """The routines of the list, in order. A row's summary is made when the row is first drawn,
    or, in a list of more than ``SUMMARISED_AHEAD``, for every row at once on a worker thread.

    A model rather than a widget per row: the view asks only for the rows it draws, so a
    library of a thousand routines costs the first frame and each page of scrolling what a
    dozen rows cost (with a widget per row, Qt moved every row widget made so far on each
    scroll: pages took 60-120 ms once a few hundred had been seen).
    """

    def __init__(self) -> None:
        super().__init__()
        self._entries: list[RoutineEntry] = []
        self._rows: dict[str, int] = {}
        self._metas: dict[int, str] = {}
        self.row_size = QSize(260, 60)

    def set_entries(self, entries: list[RoutineEntry], row_size: QSize) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        self._rows = {e.routine.id: row for row, e in enumerate(self._entries)}
        self._metas = {
            row: e.known_summary for row, e in enumerate(entries) if e.known_summary is not None
        }
        self.row_size = row_size
        self.endResetModel()
        if len(entries) - len(self._metas) > SUMMARISED_AHEAD:
            self._summarise_in_background()

    def _summarise_in_background(self) -> None:
        """Every row's summary, made on a worker thread: each costs a millisecond or two (the
        routine's timeline is compiled), so a page of rows scrolled into view cost 10-20 ms."""
        from stretchguide.ui.background import run_in_background

        entries = self._entries

        def arrived(metas: list[str]) -> None:
            if self._entries is entries:  # not replaced meanwhile
                self._metas = dict(enumerate(metas)) | self._metas

        run_in_background(lambda: [e.summary() for e in entries], arrived, self)

    def entry(self, row: int) -> RoutineEntry:
        return self._entries[row]

    def row_of(self, routine_id: str) -> int:
        """The row of ``routine_id``, or -1."""
        return self._rows.get(routine_id, -1)

    def title(self, row: int) -> str:
        return self._entries[row].routine.title

    def title_and_meta(self, row: int) -> tuple[str, str]:
        return self.title(row), self.meta(row)

    def meta(self, row: int) -> str:
        """The summary line (made the first time: it compiles the routine's timeline)."""
        meta = self._metas.get(row)
        if meta is None:
            meta = self._metas[row] = routine_meta(self._entries[row])
        return meta

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self._entries)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = DISPLAY_ROLE) -> object:
        row = index.row()
        if not 0 <= row < len(self._entries):
            return None
        if role == SIZE_HINT_ROLE:
            return self.row_size
        if role == _ID_ROLE:
            return self._entries[row].routine.id
        if role == _TITLE_ROLE:
            return self.title(row)
        if role == _META_ROLE:
            return self.meta(row)
        if role == ACCESSIBLE_TEXT_ROLE:
            return f"{self.title(row)}, {self.meta(row)}"
        return None  # no display text: the delegate draws the title and summary


class RoutineRowDelegate(QStyledItemDelegate):
    """Draws a routine row: its title in bold over a quieter summary line, each cut with "…".

    Qt's own delegate draws the row's background and selection (the row has no display text);
    the two lines are drawn by the style's ``drawItemText`` with a palette role, as plain text,
    and the summary is made paler by the painter's opacity. (Not ``QPainter.setPen``, nor a
    copy of the palette to change a colour: the overloads of both make PySide6 build the whole
    ``Qt`` namespace, 45 ms, inside the first frame; see ``stretchguide.ui.qt_values``.)
    """

    MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP, SPACING = 14, 10, 8, 6

    def __init__(self, view: QListView, model: RoutineListModel) -> None:
        super().__init__(view)
        self._view = view
        self._model = model
        self.set_font(QFont())

    def set_font(self, font: QFont) -> None:
        """The summary's font; the title's is the same, bold and 15 % larger."""
        bold = QFont(font)
        bold.setBold(True)
        bold.setPointSizeF(font.pointSizeF() * 1.15)
        self._fonts = (bold, QFont(font))
        self._metrics = (QFontMetrics(bold), QFontMetrics(font))

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        super().paint(painter, option, index)  # background, selection, focus
        row = index.row()
        selection = self._view.selectionModel()
        selected = selection is not None and selection.isSelected(self._model.index(row))
        palette = option.palette
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        rect = option.rect
        width = rect.width() - self.MARGIN_LEFT - self.MARGIN_RIGHT
        x, y = rect.x() + self.MARGIN_LEFT, rect.y() + self.MARGIN_TOP
        (bold, font), (bold_metrics, metrics) = self._fonts, self._metrics
        title, meta = self.lines(row, rect.width())
        painter.save()
        painter.setFont(bold)
        self._text(painter, QRect(x, y, width, bold_metrics.height()), title, palette, role)
        if not selected:  # the summary paler
            painter.setOpacity(0.7)
        y += bold_metrics.height() + self.SPACING
        painter.setFont(font)
        self._text(painter, QRect(x, y, width, metrics.height()), meta, palette, role)
        painter.restore()

    def lines(self, row: int, row_width: int) -> tuple[str, str]:
        """The title and the summary of ``row`` as drawn in a row ``row_width`` pixels wide:
        cut with "…" where they do not fit."""
        width = row_width - self.MARGIN_LEFT - self.MARGIN_RIGHT
        return (
            elided(self._metrics[0], self._model.title(row), width),
            elided(self._metrics[1], self._model.meta(row), width),
        )

    def _text(
        self, painter: QPainter, box: QRect, text: str, palette: QPalette, role: QPalette.ColorRole
    ) -> None:
        self._view.style().drawItemText(painter, box, LEFT_TOP_ONE_LINE, palette, True, text, role)


class _RoutineList(QListView):
    """The routine list; Enter starts the selected routine (a double click does too).

    Its rows carry no display text (the delegate draws the title), so typing a title's first
    letters is matched here against the titles themselves, the way Qt's own type-ahead matches
    display text.
    """

    activatedByKey = Signal()

    def __init__(self, model: RoutineListModel) -> None:
        super().__init__()
        self.setModel(model)
        self.routines = model
        # Every row the same height: the view lays out a thousand rows without asking each.
        self.setUniformItemSizes(True)
        self._typed = ""
        self._typed_at = -1e9
        self._now = time.monotonic  # tests put a fake clock here

    def count(self) -> int:
        return self.routines.rowCount()

    def current_row(self) -> int:
        return self.currentIndex().row()

    def set_current_row(self, row: int) -> None:
        self.setCurrentIndex(self.routines.index(row))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        from PySide6.QtCore import Qt  # here, not at the top: see stretchguide.ui.qt_values

        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.activatedByKey.emit()
            return
        super().keyPressEvent(event)

    def keyboardSearch(self, search: str) -> None:
        now = self._now()
        fresh = now - self._typed_at > QApplication.keyboardInputInterval() / 1000
        self._typed = ("" if fresh else self._typed) + search.casefold()
        self._typed_at = now
        count = self.count()
        if not self._typed or count == 0:
            return
        here = max(self.current_row(), 0)
        # A new search looks from the next row on (typing "d" again moves to the next "d…");
        # a longer one first tries the row it is on.
        start = here + 1 if fresh else here
        for offset in range(count):
            row = (start + offset) % count
            if self.routines.title(row).casefold().startswith(self._typed):
                self.set_current_row(row)
                return


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

    def __init__(
        self, catalog: Catalog, parent: QWidget | None = None, picture_cache: Path | None = None
    ) -> None:
        super().__init__(parent)
        self.catalog = catalog
        self._picture_cache = picture_cache  # where drawn pictures are kept (see ui.pictures)
        self._shown: RoutineEntry | None = None  # what the detail pane shows now

        self._banner: Banner | None = None  # made when there is something to say
        self._strips = 0
        heading = QLabel(translate("LibraryView", "Choose a routine"))
        heading.setObjectName("heading")
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        heading.setFont(font)
        self.settings_button = QPushButton(translate("LibraryView", "Settings…"))
        self.settings_button.setAccessibleName(translate("LibraryView", "Settings"))
        self.settings_button.setAccessibleDescription(
            translate(
                "LibraryView",
                "Speech, hold times, warm-up length, breathing pace, theme and text size.",
            )
        )
        self.settings_button.clicked.connect(self.settingsRequested)
        top = QHBoxLayout()
        top.addWidget(heading, 1)
        top.addWidget(self.settings_button)

        self.routines = RoutineListModel()
        self.routine_list = _RoutineList(self.routines)
        self._rows = RoutineRowDelegate(self.routine_list, self.routines)
        self.routine_list.setItemDelegate(self._rows)
        self.routine_list.setAccessibleName(translate("LibraryView", "Routines"))
        self.routine_list.setAccessibleDescription(
            translate("LibraryView", "Choose a routine; Enter starts it.")
        )
        self.routine_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        selection = self.routine_list.selectionModel()
        selection.currentChanged.connect(self._on_current)
        self.routine_list.doubleClicked.connect(lambda _index: self._request_start())
        self.routine_list.activatedByKey.connect(self._request_start)
        self.routine_list.setMinimumWidth(280)

        self.title_label = plain_label(QLabel(), wrap=True)
        tfont = self.title_label.font()
        tfont.setPointSizeF(tfont.pointSizeF() * 1.8)
        tfont.setBold(True)
        self.title_label.setFont(tfont)
        self.meta_label = plain_label(QLabel())
        self.description_label = plain_label(QLabel(), wrap=True)
        self.step_list = QListWidget()
        self.step_list.setAccessibleName(translate("LibraryView", "Steps"))
        self.step_list.setAccessibleDescription(
            translate("LibraryView", "The steps of the selected routine.")
        )
        self.step_list.setIconSize(QSize(_PICTURE_PX, _PICTURE_PX))
        self.step_list.setSpacing(3)
        focus_by_tab_only(self.step_list)
        self.step_list.itemDoubleClicked.connect(lambda _item: self._request_start())
        self.start_button = QPushButton(translate("LibraryView", "Start"))
        give_role(self.start_button, "primary")
        self.start_button.setAccessibleName(translate("LibraryView", "Start routine"))
        self.start_button.setAccessibleDescription(
            translate("LibraryView", "Start the selected routine (Enter).")
        )
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

        splitter = self.splitter = QSplitter()  # horizontal
        splitter.addWidget(self.routine_list)
        splitter.addWidget(detail)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        # Two fifths for the list from the start, whatever is selected: left to the panes' size
        # hints, a routine with a long title or description squeezed the list to its minimum.
        splitter.setSizes([400, 600])
        splitter.setChildrenCollapsible(False)

        layout = self._layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

    # ---- commands --------------------------------------------------------------------------
    def add_strip(self, widget: QWidget) -> None:
        """Put a message strip (a resume offer, a reminder) above everything else."""
        self._layout.insertWidget(0, widget)
        self._strips += 1

    @property
    def banner(self) -> Banner:
        """The problems banner, under any strips and over the heading. Made on first use: most
        starts have nothing to report, and the first frame is spared building it."""
        if self._banner is None:
            from stretchguide.ui.banner import Banner

            self._banner = Banner("warning")
            self._layout.insertWidget(self._strips, self._banner)
        return self._banner

    def set_routines(self, entries: list[RoutineEntry], select: str | None = None) -> None:
        """List ``entries`` and select ``select`` if it is among them, else the routine that was
        selected, else the first. One selection, not two: each shows the routine and makes its
        speech, which with a thousand routines listed lengthens the window's pause."""
        keep = self.current_id()
        # The application's font for the list, not the list's own: after a text size change
        # the list learns its new font only once the event loop runs again.
        font = QApplication.font(self.routine_list)
        self._rows.set_font(font)
        row = QSize(260, round(QFontMetrics(font).height() * 3.4))
        selection = self.routine_list.selectionModel()
        selection.blockSignals(True)
        self.routines.set_entries(entries, row)
        selection.blockSignals(False)
        self._shown = None
        if not (select and self.select(select)) and not self.select(keep or "") and entries:
            self.select(entries[0].routine.id)
        self.start_button.setEnabled(bool(entries))

    def select(self, routine_id: str) -> bool:
        row = self.routines.row_of(routine_id)
        if row < 0:
            return False
        if self.routine_list.current_row() == row:
            self._show(routine_id)
        else:
            self.routine_list.set_current_row(row)  # _on_current shows it
        return True

    def show_problems(self, lines: list[str], notices: list[str] | None = None) -> None:
        """Routine file problems (the first few, then a count) after any other notices."""
        shown = list(notices or [])
        if lines:
            shown.append(
                translate(
                    "LibraryView",
                    "Some routine files could not be loaded; the others work as usual:",
                )
            )
            shown += [f"• {line}" for line in lines[:MAX_PROBLEMS_SHOWN]]
            if len(lines) > MAX_PROBLEMS_SHOWN:
                more = len(lines) - MAX_PROBLEMS_SHOWN
                shown.append(PLURAL.and_more(more))
        if shown:
            self.banner.show_message("\n".join(shown))
        elif self._banner is not None:
            self._banner.hide()

    # ---- queries ---------------------------------------------------------------------------
    def current_id(self) -> str | None:
        row = self.routine_list.current_row()
        return self.routines.entry(row).routine.id if row >= 0 else None

    def current_meta(self) -> str | None:
        """The summary line under the selected routine's title."""
        row = self.routine_list.current_row()
        return self.routines.meta(row) if row >= 0 else None

    # ---- internals -------------------------------------------------------------------------
    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        routine_id = self.routines.entry(current.row()).routine.id
        self._show(routine_id)
        self.routineSelected.emit(routine_id)

    def _show(self, routine_id: str) -> None:
        row = self.routines.row_of(routine_id)
        entry = self.routines.entry(row) if row >= 0 else None
        if entry is None or entry is self._shown:
            return
        self._shown = entry
        self.title_label.setText(entry.routine.title)
        self.meta_label.setText(routine_meta(entry))
        self.description_label.setText(entry.routine.description)
        self.step_list.clear()
        ratio = self.devicePixelRatioF()
        shown = routine_pictures(entry.routine)
        for index, title, detail, _kind, _exercise in step_rows(entry):
            path = pictures.picture_path(self.catalog, shown_at(shown, index))
            pm = pictures.pixmap(path, _PICTURE_PX, _PICTURE_PX, ratio, self._picture_cache)
            item = QListWidgetItem(f"{title}\n{detail}")
            item.setData(DECORATION_ROLE, pm)
            item.setData(ACCESSIBLE_TEXT_ROLE, f"{title}, {detail}")
            self.step_list.addItem(item)

    def _request_start(self) -> None:
        routine_id = self.current_id()
        if routine_id:
            self.startRequested.emit(routine_id)


__all__ = [
    "LibraryView",
    "RoutineEntry",
    "RoutineListModel",
    "routine_meta",
    "routine_summary",
    "step_rows",
]

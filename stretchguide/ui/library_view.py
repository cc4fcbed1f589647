"""The library: every routine on the left, the chosen one's steps and pictures on the right.

Each routine row shows what a person needs to choose: how long, how many stretches, whether it
needs the floor, and whether it is built in or their own. Everything that comes from a routine
file is shown as plain text (file contents must never be interpreted as HTML).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSize, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
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
    USER_ROLE,
    elided,
    focus_by_tab_only,
    plain_label,
)
from stretchguide.ui.theme import give_role
from stretchguide.ui.translations import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from pathlib import Path

    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent

    from stretchguide.ui.banner import Banner

# Numbers, not Qt's enums: this is the first frame (see stretchguide.ui.qt_values).
_ID_ROLE = USER_ROLE
_META_ROLE = USER_ROLE + 1
_TITLE_ROLE = USER_ROLE + 2
#: Rows that get their widget at once: more than the tallest window shows; the others get
#: theirs as they are scrolled into view.
EAGER_ROWS = 40
_PICTURE_PX = 72


class RoutineEntry:
    """A routine with its compiled timeline (for the real total duration, cues included).

    The timeline is compiled the first time it is asked for: the list shows a few dozen
    routines at a time, and compiling all of a library of a thousand before the first frame
    held the window back by half a second.

    Args:
        routine: the routine.
        compile: makes its timeline (called at most once).
    """

    __slots__ = ("_compile", "_timeline", "routine")

    def __init__(self, routine: Routine, compile: Callable[[], Timeline]) -> None:
        self.routine = routine
        self._compile: Callable[[], Timeline] | None = compile
        self._timeline: Timeline | None = None

    @property
    def timeline(self) -> Timeline:
        if self._timeline is None:
            assert self._compile is not None
            self._timeline, self._compile = self._compile(), None
        return self._timeline


def routine_meta(entry: RoutineEntry) -> str:
    """The one-line summary under a routine's title."""
    r = entry.routine
    minutes = max(1, round(entry.timeline.total_s / 60))
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


def _set_text_colour(label: QLabel, colour: QColor) -> None:
    """The colour ``label`` writes in. Its role depends on where it sits (Text over an item
    view's base, WindowText elsewhere), so both are set."""
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.Text, colour)
    palette.setColor(QPalette.ColorRole.WindowText, colour)
    label.setPalette(palette)


class RoutineRow(QWidget):
    """One routine of the list: its title in bold over a quieter summary line, both plain text.

    Labels rather than a delegate that paints: Qt draws labels in C++, so the library's first
    frame runs no Python paint code. (A delegate must call ``QPainter.setPen``, whose overloads
    make PySide6 build the whole ``Qt`` namespace: see ``stretchguide.ui.qt_values``.)

    A long title or summary is cut with "…" to the row's width once the first frame is up
    (``fit_titles``); until then the label clips it. Not a ``resizeEvent`` override: rows are
    resized while the window is first shown, and the first Python event handler to run makes
    PySide6 build ``QEvent``'s 177-member enum (with the handlers' calls, 2 % of start-up).
    """

    def __init__(self, title: str, meta: str, font: QFont) -> None:
        super().__init__()
        self._title = title
        self._meta = meta
        bold = QFont(font)
        bold.setBold(True)
        bold.setPointSizeF(font.pointSizeF() * 1.15)
        self.title_label = plain_label(QLabel(title))
        self.title_label.setFont(bold)
        self.meta_label = plain_label(QLabel(meta))
        self.meta_label.setFont(font)
        for label in (self.title_label, self.meta_label):
            # Long text is cut to the row (fit_to_width), never widens it. (A minimum width
            # rather than an "Ignored" size policy: QSizePolicy's type costs the first frame
            # over a millisecond.)
            label.setMinimumWidth(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 8, 10, 8)
        layout.setSpacing(6)
        layout.addWidget(self.title_label)
        layout.addWidget(self.meta_label)
        layout.addStretch(1)

    def show_selected(self, selected: bool, palette: QPalette) -> None:
        """Text colours of a selected row (the highlight's) or of another (text, summary paler)."""
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        colour = palette.color(role)
        _set_text_colour(self.title_label, colour)
        if not selected:
            colour.setAlphaF(0.7)
        _set_text_colour(self.meta_label, colour)

    def fit_to_width(self) -> None:
        """Cut the title and the summary to the row's width, now and whenever it changes."""
        for label in (self.title_label, self.meta_label):
            label.installEventFilter(self)  # Qt ignores a second install
            self._elide(label)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        from PySide6.QtCore import QEvent  # after the first frame: see the class docstring

        if event.type() == QEvent.Type.Resize and watched in (self.title_label, self.meta_label):
            self._elide(watched)  # each label when it is resized: the layout sets them in turn
        return False

    def _elide(self, label: QObject) -> None:
        assert isinstance(label, QLabel)
        text = self._title if label is self.title_label else self._meta
        label.setText(elided(QFontMetrics(label.font()), text, label.width()))


class _RoutineList(QListWidget):
    """The routine list; Enter starts the selected routine (a double click does too).

    Its items carry no display text (their ``RoutineRow`` shows it, and a plain list would
    draw it a second time underneath), so typing a title's first letters is matched here
    against the titles themselves, the way Qt's own type-ahead matches display text.
    """

    activatedByKey = Signal()

    def __init__(self) -> None:
        super().__init__()
        self._typed = ""
        self._typed_at = -1e9
        self._now = time.monotonic  # tests put a fake clock here

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
        here = max(self.currentRow(), 0)
        # A new search looks from the next row on (typing "d" again moves to the next "d…");
        # a longer one first tries the row it is on.
        start = here + 1 if fresh else here
        for offset in range(count):
            row = (start + offset) % count
            title = str(self.item(row).data(_TITLE_ROLE) or "")
            if title.casefold().startswith(self._typed):
                self.setCurrentRow(row)
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
        self._entries: dict[str, RoutineEntry] = {}
        self._shown: RoutineEntry | None = None  # what the detail pane shows now
        self._fitting = False  # rows cut their text to their width (see RoutineRow)
        self._row_font = QFont()

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

        self.routine_list = _RoutineList()
        self.routine_list.setAccessibleName(translate("LibraryView", "Routines"))
        self.routine_list.setAccessibleDescription(
            translate("LibraryView", "Choose a routine; Enter starts it.")
        )
        self.routine_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.routine_list.currentItemChanged.connect(self._on_current)
        scroll_bar = self.routine_list.verticalScrollBar()
        scroll_bar.valueChanged.connect(self._attach_visible_rows)
        scroll_bar.rangeChanged.connect(self._attach_visible_rows)
        self.routine_list.itemDoubleClicked.connect(lambda _item: self._request_start())
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

    def fit_titles(self) -> None:
        """From now on, cut long routine titles with "…" to their rows' width (called once the
        first frame is on screen: see ``RoutineRow``)."""
        self._fitting = True
        for row in range(self.routine_list.count()):
            widget = self.routine_list.itemWidget(self.routine_list.item(row))
            if isinstance(widget, RoutineRow):
                widget.fit_to_width()

    def set_routines(self, entries: list[RoutineEntry]) -> None:
        keep = self.current_id()
        self._entries = {e.routine.id: e for e in entries}
        self.routine_list.blockSignals(True)
        self.routine_list.clear()
        # The application's font for the list, not the list's own: after a text size change
        # the list learns its new font only once the event loop runs again.
        font = QApplication.font(self.routine_list)
        row = QSize(260, round(QFontMetrics(font).height() * 3.4))
        self._row_font = font
        for entry in entries:
            item = QListWidgetItem()  # no display text: its row widget shows the title
            item.setSizeHint(row)
            item.setData(_ID_ROLE, entry.routine.id)
            item.setData(_TITLE_ROLE, entry.routine.title)
            item.setData(ACCESSIBLE_TEXT_ROLE, entry.routine.title)
            self.routine_list.addItem(item)
        self._attach_rows(0, EAGER_ROWS - 1)
        self.routine_list.blockSignals(False)
        if not self.select(keep or "") and entries:
            self.select(entries[0].routine.id)
        self.start_button.setEnabled(bool(entries))

    def _attach_rows(self, first: int, last: int) -> None:
        """Give the rows ``first`` to ``last`` their ``RoutineRow`` (and summary), if not yet.

        Rows get their widget when they come into view, not all at once: a library of a
        thousand routines built a thousand rows (and compiled a thousand timelines for their
        summaries) before its first frame, of which a dozen are seen.
        """
        view = self.routine_list
        palette = QApplication.palette(view)
        current = view.currentItem()
        for index in range(max(0, first), min(last, view.count() - 1) + 1):
            item = view.item(index)
            if view.itemWidget(item) is not None:
                continue
            entry = self._entries[str(item.data(_ID_ROLE))]
            meta = routine_meta(entry)
            item.setData(_META_ROLE, meta)
            item.setData(ACCESSIBLE_TEXT_ROLE, f"{entry.routine.title}, {meta}")
            widget = RoutineRow(entry.routine.title, meta, self._row_font)
            widget.show_selected(item is current, palette)
            view.setItemWidget(item, widget)
            if self._fitting:
                widget.fit_to_width()

    def _attach_visible_rows(self) -> None:
        """The rows in view get their widgets (on scrolling: before the list is repainted, so
        a row is never seen empty). Only those: each costs a millisecond or two, and a
        screenful either side made a page step stall for 50 ms."""
        view = self.routine_list
        viewport = view.viewport().rect()
        top = view.indexAt(viewport.topLeft()).row()
        bottom = view.indexAt(viewport.bottomLeft()).row()
        if top < 0:
            return
        if bottom < 0:
            bottom = view.count() - 1
        self._attach_rows(top, bottom)

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
        item = self.routine_list.currentItem()
        return str(item.data(_ID_ROLE)) if item is not None else None

    # ---- internals -------------------------------------------------------------------------
    def _on_current(
        self, current: QListWidgetItem | None, previous: QListWidgetItem | None
    ) -> None:
        palette = QApplication.palette(self.routine_list)
        for item, selected in ((previous, False), (current, True)):
            row = self.routine_list.itemWidget(item) if item is not None else None
            if isinstance(row, RoutineRow):
                row.show_selected(selected, palette)
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


__all__ = ["LibraryView", "RoutineEntry", "routine_meta", "step_rows"]

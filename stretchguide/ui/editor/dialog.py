"""The routine editor: a person's own routine, built step by step, checked before it is saved.

The dialog owns the step list and the selected step's form, the live total, and the moment of
saving: it asks ``save_checks`` whether the routine may be saved, shows any problem in the dialog
(the step selected and the field focused), and only then hands the file to the save callback, so
the dialog never touches the disk. The routine's own fields (title, id, description, position)
are a widget of their own in ``details``. A built-in routine is never overwritten: passing one in
edits a copy.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Collection

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QMenu,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from stretchguide.core.durations import format_duration
from stretchguide.core.loader import MAX_STEPS
from stretchguide.core.model import Catalog, Routine, Step
from stretchguide.core.routine_writer import normalized_step
from stretchguide.core.settings import SessionSettings
from stretchguide.core.timeline import compile_timeline
from stretchguide.ui.banner import Banner
from stretchguide.ui.editor.details import RoutineDetails
from stretchguide.ui.editor.files import message_box
from stretchguide.ui.editor.model import (
    blank_routine,
    briefing_step,
    default_step_for,
    derive_id,
    duplicate_routine,
    transition_step,
)
from stretchguide.ui.editor.save_checks import ADD_STEP, Focus, Refused, check_before_save
from stretchguide.ui.editor.step_form import StepForm, hint_label, plain_label
from stretchguide.ui.editor.step_list import make_step_list, step_item, update_item
from stretchguide.ui.plurals import PLURAL
from stretchguide.ui.theme import give_role
from stretchguide.ui.translations import translate

log = logging.getLogger("stretchguide.ui")

SaveCallback = Callable[[str, str], object]
ConfirmDiscard = Callable[[QWidget], bool]


def ask_discard(parent: QWidget) -> bool:
    """The default question before unsaved changes are thrown away."""
    discard, keep = QMessageBox.StandardButton.Discard, QMessageBox.StandardButton.Cancel
    answer = message_box(
        parent,
        QMessageBox.Icon.Question,
        translate("RoutineEditor", "Discard changes?"),
        translate("RoutineEditor", "This routine has changes that are not saved. Discard them?"),
        discard | keep,
        keep,
    )
    return answer == discard.value


class RoutineEditor(QDialog):
    """Create, copy or edit one of the person's own routines.

    Args:
        catalog: the exercises to choose from (and to check steps against).
        save: ``save(routine_id, toml_text)`` stores the file; it may raise ``ValueError``
            (a refused id) or ``OSError`` (a failed write), shown in the dialog.
        builtin_ids: ids of the built-in routines, which can never be saved over.
        user_ids: ids of the person's own routines (a new routine may not take one of them).
        routine: ``None`` for a new routine; a built-in one (or any, with ``duplicate=True``)
            starts a copy (``<id>-copy``, ``<title> (copy)``); a user routine is edited in place.
        settings: the session settings the live total is computed with.
        confirm_discard: asked before unsaved changes are dropped (Cancel, Esc, close).

    Signals:
        saved(str): the routine was saved under this id. ``original_id`` tells whether an
            existing routine was renamed.
    """

    saved = Signal(str)

    def __init__(
        self,
        catalog: Catalog,
        save: SaveCallback,
        builtin_ids: Collection[str] = (),
        user_ids: Collection[str] = (),
        routine: Routine | None = None,
        *,
        duplicate: bool = False,
        settings: SessionSettings | None = None,
        confirm_discard: ConfirmDiscard = ask_discard,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._catalog = catalog
        self._save = save
        self._builtin_ids = frozenset(builtin_ids)
        self._user_ids = frozenset(user_ids)
        self._settings = settings or SessionSettings()
        self._confirm_discard = confirm_discard
        taken = self._builtin_ids | self._user_ids
        if routine is None:
            start, self.original_id, heading = (
                blank_routine(taken),
                None,
                translate("RoutineEditor", "New routine"),
            )
        elif duplicate or routine.builtin or routine.id in self._builtin_ids:
            start = duplicate_routine(routine, taken)
            self.original_id = None
            heading = translate("RoutineEditor", "Copy of “{title}”").format(title=routine.title)
        else:
            heading = translate("RoutineEditor", "Edit “{title}”").format(title=routine.title)
            start, self.original_id = routine, routine.id
        self._taken = taken - {self.original_id} if self.original_id else taken
        id_follows_title = self.original_id is None and start.id == derive_id(
            start.title, self._taken
        )
        self._steps: list[Step] = list(start.steps)
        self._dirty = False
        self._loading = False
        self.saved_text: str | None = None

        self.setWindowTitle(heading)
        self.setAccessibleName(translate("RoutineEditor", "Routine editor"))
        self._build(id_follows_title)
        self._load(start)
        self.resize(1000, 720)

    # ---- building ----------------------------------------------------------------------------
    def _build(self, id_follows_title: bool) -> None:
        self.problems_banner = Banner("warning")
        self.problems_banner.close_button.setAccessibleName(
            translate("RoutineEditor", "Dismiss problems")
        )

        # -- the routine's own fields; the dialog's attributes name them for tests and focus
        self.details = RoutineDetails(
            self._builtin_ids, self._taken, id_follows_title=id_follows_title
        )
        self.title_edit = self.details.title_edit
        self.id_edit = self.details.id_edit
        self.id_hint = self.details.id_hint
        self.description_edit = self.details.description_edit
        self.position_combo = self.details.position_combo

        # -- steps: list and buttons on the left, the selected step's form on the right
        self.step_list = make_step_list()
        self.step_list.setAccessibleName(translate("RoutineEditor", "Steps"))
        self.step_list.setAccessibleDescription(
            translate(
                "RoutineEditor",
                "The routine's steps in order. Alt+Up and Alt+Down move the selected step, "
                "Delete removes it.",
            )
        )
        self.step_list.setMinimumWidth(340)
        steps_caption = plain_label(translate("RoutineEditor", "St&eps"))
        steps_caption.setBuddy(self.step_list)
        steps_caption.setObjectName("section")
        self.empty_label = hint_label(
            translate("RoutineEditor", "No steps yet: add one with “Add step”.")
        )

        self.add_menu = QMenu(self)
        self.add_menu.setAccessibleName(translate("RoutineEditor", "Add step menu"))
        for exercise in self._catalog.exercises.values():
            action = self.add_menu.addAction(exercise.title.replace("&", "&&"))
            step = default_step_for(exercise)
            action.triggered.connect(lambda _=False, s=step: self.add_step(s))
        self.add_menu.addSeparator()
        self.add_menu.addAction(
            translate("RoutineEditor", "Briefing: safety words")
        ).triggered.connect(lambda: self.add_step(briefing_step()))
        self.add_menu.addAction(translate("RoutineEditor", "Transition or rest")).triggered.connect(
            lambda: self.add_step(transition_step())
        )
        self.add_button = QPushButton(translate("RoutineEditor", "&Add step"))
        self.add_button.setMenu(self.add_menu)
        self.add_button.setAccessibleName(translate("RoutineEditor", "Add step"))
        self.add_button.setToolTip(
            translate(
                "RoutineEditor", "Add a stretch, a briefing or a transition after the selection"
            )
        )

        self.move_up_action = self._list_action(
            translate("RoutineEditor", "Move up"), "Alt+Up", self.move_up
        )
        self.move_down_action = self._list_action(
            translate("RoutineEditor", "Move down"), "Alt+Down", self.move_down
        )
        self.remove_action = self._list_action(
            translate("RoutineEditor", "Remove"), "Delete", self.remove_step
        )
        self.up_button = self._action_button(
            translate("RoutineEditor", "Move &up"),
            translate("RoutineEditor", "Move step up"),
            self.move_up_action,
        )
        self.down_button = self._action_button(
            translate("RoutineEditor", "Move dow&n"),
            translate("RoutineEditor", "Move step down"),
            self.move_down_action,
        )
        self.remove_button = self._action_button(
            translate("RoutineEditor", "&Remove"),
            translate("RoutineEditor", "Remove step"),
            self.remove_action,
        )

        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        for b in (self.up_button, self.down_button, self.remove_button):
            buttons.addWidget(b)
        left = QVBoxLayout()
        left.addWidget(steps_caption)
        left.addWidget(self.step_list, 1)
        left.addWidget(self.empty_label)
        left.addLayout(buttons)

        self.step_form = StepForm(self._catalog)
        self.no_step_label = hint_label(
            translate(
                "RoutineEditor",
                "Choose a stretch, a briefing or a transition with “Add step”. "
                "Select a step to change it.",
            )
        )
        self.no_step_label.setWordWrap(True)
        self.no_step_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.step_pages = QStackedWidget()
        self.step_pages.addWidget(self.no_step_label)
        self.step_pages.addWidget(self.step_form)
        self.step_box = QGroupBox(translate("RoutineEditor", "Step"))
        self.step_box.setAccessibleName(translate("RoutineEditor", "Selected step"))
        box_layout = QVBoxLayout(self.step_box)
        box_layout.addWidget(self.step_pages)
        box_layout.addStretch(1)

        steps_row = QHBoxLayout()
        steps_row.addLayout(left, 5)
        steps_row.addWidget(self.step_box, 6)

        # -- bottom: the live total, Cancel and Save
        self.total_label = plain_label()
        self.total_label.setObjectName("total")
        self.total_label.setAccessibleName(translate("RoutineEditor", "Total duration"))
        font = QFont(self.total_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.total_label.setFont(font)
        self.cancel_button = QPushButton(translate("RoutineEditor", "Cancel"))
        self.cancel_button.setAccessibleName(translate("RoutineEditor", "Cancel"))
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        self.save_button = QPushButton(translate("RoutineEditor", "&Save"))
        give_role(self.save_button, "primary")
        self.save_button.setAccessibleName(translate("RoutineEditor", "Save routine"))
        self.save_button.setToolTip(
            translate("RoutineEditor", "Check and save the routine (Ctrl+S)")
        )
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        save_action = QAction(translate("RoutineEditor", "Save"), self)
        save_action.setShortcut(QKeySequence.StandardKey.Save)
        save_action.triggered.connect(self.save)
        self.addAction(save_action)

        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        bottom = QHBoxLayout()
        bottom.addWidget(self.total_label, 1)
        bottom.addWidget(self.cancel_button)
        bottom.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 16)
        layout.setSpacing(12)
        layout.addWidget(self.problems_banner)
        layout.addWidget(self.details)
        layout.addLayout(steps_row, 1)
        layout.addWidget(line)
        layout.addLayout(bottom)

        self.details.changed.connect(self._changed)
        self.step_list.currentRowChanged.connect(self._on_row_changed)
        self.step_form.changed.connect(self._on_step_edited)

        QWidget.setTabOrder(self.position_combo, self.step_list)
        QWidget.setTabOrder(self.step_list, self.add_button)
        QWidget.setTabOrder(self.add_button, self.up_button)
        QWidget.setTabOrder(self.up_button, self.down_button)
        QWidget.setTabOrder(self.down_button, self.remove_button)
        QWidget.setTabOrder(self.remove_button, self.step_form.kind_combo)

    def _list_action(self, text: str, keys: str, slot: Callable[[], object]) -> QAction:
        action = QAction(text, self.step_list)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.step_list.addAction(action)
        return action

    def _action_button(self, text: str, name: str, action: QAction) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(name)
        button.setAutoDefault(False)
        button.setToolTip(
            f"{name} ({action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})"
        )
        button.clicked.connect(action.trigger)
        return button

    def _load(self, routine: Routine) -> None:
        self.details.set_routine(routine)
        self._rebuild_list(0 if self._steps else -1)
        self._dirty = False
        self.title_edit.selectAll()  # typing a name replaces "My routine" or "... (copy)"
        self.title_edit.setFocus()

    # ---- the routine being edited -----------------------------------------------------------
    def routine(self) -> Routine:
        """The routine as the dialog shows it (not checked; fields a kind does not use dropped)."""
        return self.details.routine(tuple(normalized_step(s) for s in self._steps))

    def steps(self) -> list[Step]:
        return [normalized_step(s) for s in self._steps]

    def is_dirty(self) -> bool:
        return self._dirty

    def total_seconds(self) -> float:
        return compile_timeline(self.routine(), self._catalog, self._settings).total_s

    # ---- step list ---------------------------------------------------------------------------
    def add_step(self, step: Step) -> None:
        """Insert ``step`` after the selected step (or at the end) and select it."""
        if len(self._steps) >= MAX_STEPS:
            self._show_problems([PLURAL.at_most_steps(MAX_STEPS)])
            return
        row = self.step_list.currentRow()
        at = row + 1 if row >= 0 else len(self._steps)
        self._steps.insert(at, step)
        self._rebuild_list(at)
        self.step_list.setFocus()
        self._changed()

    def move_up(self) -> None:
        self._move(-1)

    def move_down(self) -> None:
        self._move(1)

    def _move(self, delta: int) -> None:
        row = self.step_list.currentRow()
        target = row + delta
        if row < 0 or not 0 <= target < len(self._steps):
            return
        self._steps[row], self._steps[target] = self._steps[target], self._steps[row]
        self._rebuild_list(target)
        self._changed()

    def remove_step(self) -> None:
        row = self.step_list.currentRow()
        if row < 0:
            return
        del self._steps[row]
        self._rebuild_list(min(row, len(self._steps) - 1))
        self._changed()

    def select_step(self, index: int) -> None:
        self.step_list.setCurrentRow(index)

    def _rebuild_list(self, select: int) -> None:
        self._loading = True
        try:
            self.step_list.clear()
            for i, step in enumerate(self._steps):
                self.step_list.addItem(step_item(i, step, self._catalog))
        finally:
            self._loading = False
        self.step_list.setCurrentRow(select)
        self._on_row_changed(select)
        self._update_buttons()
        self._update_total()

    def _on_row_changed(self, row: int) -> None:
        if self._loading:
            return
        has = 0 <= row < len(self._steps)
        self.step_pages.setCurrentWidget(self.step_form if has else self.no_step_label)
        self.step_box.setTitle(
            translate("RoutineEditor", "Step {number} of {count}").format(
                number=row + 1, count=len(self._steps)
            )
            if has
            else translate("RoutineEditor", "Step")
        )
        if has:
            self.step_form.set_step(self._steps[row])
        self._update_buttons()

    def _on_step_edited(self) -> None:
        row = self.step_list.currentRow()
        if not 0 <= row < len(self._steps):
            return
        self._steps[row] = self.step_form.step()
        item = self.step_list.item(row)
        if item is not None:
            update_item(item, row, self._steps[row], self._catalog)
        self._changed()

    def _update_buttons(self) -> None:
        row = self.step_list.currentRow()
        count = len(self._steps)
        self.move_up_action.setEnabled(row > 0)
        self.move_down_action.setEnabled(0 <= row < count - 1)
        self.remove_action.setEnabled(0 <= row < count)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < count - 1)
        self.remove_button.setEnabled(0 <= row < count)
        self.empty_label.setVisible(count == 0)

    # ---- total -------------------------------------------------------------------------------
    def _update_total(self) -> None:
        routine = self.routine()
        total = compile_timeline(routine, self._catalog, self._settings).total_s
        stretches = routine.stretch_count
        steps = len(routine.steps)
        text = " · ".join(
            (
                translate("RoutineEditor", "Total {time}").format(time=format_duration(total)),
                PLURAL.steps(steps),
                PLURAL.stretches(stretches),
            )
        )
        self.total_label.setText(text)
        self.total_label.setAccessibleDescription(text)

    def _changed(self) -> None:
        if self._loading:
            return
        self._dirty = True
        self._update_total()

    # ---- saving ------------------------------------------------------------------------------
    def save(self) -> bool:
        """Check the routine and hand its file to the save callback; ``True`` if saved."""
        routine = self.routine()
        rid = routine.id
        checked = check_before_save(routine, self._catalog, self._builtin_ids, self._taken)
        if isinstance(checked, Refused):
            self._show_problems(list(checked.problems))
            if checked.focus is not None:
                self._focus(checked.focus)
            return False
        text = checked.text
        try:
            self._save(rid, text)
        except (ValueError, OSError) as exc:
            log.warning("routine %s not saved: %s", rid, exc)
            self._show_problems(
                [
                    translate("RoutineEditor", "The routine could not be saved: {error}").format(
                        error=exc
                    )
                ]
            )
            return False
        self.problems_banner.hide()
        self.saved_text = text
        self._dirty = False
        self.saved.emit(rid)
        self.accept()
        return True

    def problems(self) -> list[str]:
        """The problems the dialog shows now (empty when none)."""
        if self.problems_banner.isHidden():
            return []
        return self.problems_banner.label.text().splitlines()[1:]

    def _show_problems(self, lines: list[str]) -> None:
        heading = (
            translate("RoutineEditor", "This routine cannot be saved yet:")
            if len(lines) > 1
            else translate("RoutineEditor", "Not saved:")
        )
        self.problems_banner.show_message("\n".join([heading, *lines]))

    def _focus(self, focus: Focus) -> None:
        """Put the cursor where a refusal points: a step's field, or one of the routine's."""
        if focus.step is not None and 0 <= focus.step < len(self._steps):
            self.select_step(focus.step)
            widget = self.step_form.field_widget(focus.field) or self.step_form.first_field()
            widget.setFocus()
            return
        own: dict[str, QWidget] = {"steps": self.step_list, ADD_STEP: self.add_button}
        target = own.get(focus.field) or self.details.field_widget(focus.field)
        if target is not None:
            target.setFocus()

    # ---- closing -----------------------------------------------------------------------------
    def reject(self) -> None:
        if self._dirty and not self._confirm_discard(self):
            return
        self._dirty = False
        super().reject()

"""The routine editor: a person's own routine, built step by step, checked before it is saved.

What is saved is exactly what will load: the routine is written with ``routine_to_toml`` and read
back with the loader first, and any problem is shown in the dialog naming the field (the step is
selected and the field focused). A built-in routine is never overwritten: passing one in edits a
copy, and typing a built-in's id is refused with a message. The save itself is a callback, so the
dialog never touches the disk.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Collection

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from stretchguide.core.durations import format_duration
from stretchguide.core.loader import MAX_STEPS, MAX_TEXT, LoadError, parse_routine
from stretchguide.core.model import Catalog, Position, Routine, Step
from stretchguide.core.routine_writer import normalized_step, routine_to_toml
from stretchguide.core.settings import SessionSettings
from stretchguide.core.timeline import compile_timeline
from stretchguide.ui.banner import Banner
from stretchguide.ui.editor.files import message_box
from stretchguide.ui.editor.model import (
    blank_routine,
    briefing_step,
    default_step_for,
    derive_id,
    describe_problem,
    duplicate_routine,
    id_is_valid,
    split_field,
    transition_step,
    unique_id,
)
from stretchguide.ui.editor.step_form import StepForm, hint_label, plain_label, set_warning
from stretchguide.ui.editor.step_list import make_step_list, step_item, update_item
from stretchguide.ui.theme import give_role

log = logging.getLogger("stretchguide.ui")

SaveCallback = Callable[[str, str], object]
ConfirmDiscard = Callable[[QWidget], bool]

POSITION_LABELS: dict[Position, str] = {
    Position.FLOOR: "On the floor (a mat helps)",
    Position.SEATED: "Seated on a chair",
    Position.STANDING: "Standing",
}


def ask_discard(parent: QWidget) -> bool:
    """The default question before unsaved changes are thrown away."""
    discard, keep = QMessageBox.StandardButton.Discard, QMessageBox.StandardButton.Cancel
    answer = message_box(
        parent,
        QMessageBox.Icon.Question,
        "Discard changes?",
        "This routine has changes that are not saved. Discard them?",
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
            start, self.original_id, heading = blank_routine(taken), None, "New routine"
        elif duplicate or routine.builtin or routine.id in self._builtin_ids:
            start = duplicate_routine(routine, taken)
            self.original_id = None
            heading = f"Copy of “{routine.title}”"
        else:
            start, self.original_id, heading = routine, routine.id, f"Edit “{routine.title}”"
        self._taken = taken - {self.original_id} if self.original_id else taken
        self._id_auto = self.original_id is None and start.id == derive_id(start.title, self._taken)
        self._steps: list[Step] = list(start.steps)
        self._dirty = False
        self._loading = False
        self.saved_text: str | None = None

        self.setWindowTitle(heading)
        self.setAccessibleName("Routine editor")
        self._build()
        self._load(start)
        self.resize(1000, 720)

    # ---- building ----------------------------------------------------------------------------
    def _build(self) -> None:
        self.problems_banner = Banner("warning")
        self.problems_banner.close_button.setAccessibleName("Dismiss problems")

        self.title_edit = QLineEdit()
        self.title_edit.setMaxLength(MAX_TEXT)
        self.title_edit.setAccessibleName("Routine title")
        self.id_edit = QLineEdit()
        self.id_edit.setMaxLength(64)
        self.id_edit.setAccessibleName("Routine id")
        self.id_edit.setAccessibleDescription(
            "Lowercase letters, digits and dashes; it names the routine's file"
        )
        self.id_hint = hint_label()
        self.id_hint.setWordWrap(True)
        self.description_edit = QPlainTextEdit()
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setAccessibleName("Description")
        self.description_edit.setPlaceholderText("Optional: one or two sentences for the library")
        self.description_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 14)
        self.position_combo = QComboBox()
        for position, label in POSITION_LABELS.items():
            self.position_combo.addItem(label, position.value)
        self.position_combo.setAccessibleName("Position")

        id_row = QWidget()
        id_layout = QVBoxLayout(id_row)
        id_layout.setContentsMargins(0, 0, 0, 0)
        id_layout.setSpacing(2)
        id_layout.addWidget(self.id_edit)
        id_layout.addWidget(self.id_hint)

        details = QFormLayout()
        details.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        details.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        for label, widget, buddy in (
            ("&Title", self.title_edit, self.title_edit),
            ("&Id", id_row, self.id_edit),
            ("&Description", self.description_edit, self.description_edit),
            ("&Position", self.position_combo, self.position_combo),
        ):
            caption = plain_label(label)
            caption.setBuddy(buddy)
            details.addRow(caption, widget)

        # -- steps: list and buttons on the left, the selected step's form on the right
        self.step_list = make_step_list()
        self.step_list.setAccessibleName("Steps")
        self.step_list.setAccessibleDescription(
            "The routine's steps in order. Alt+Up and Alt+Down move the selected step, "
            "Delete removes it."
        )
        self.step_list.setMinimumWidth(340)
        steps_caption = plain_label("St&eps")
        steps_caption.setBuddy(self.step_list)
        steps_caption.setObjectName("section")
        self.empty_label = hint_label("No steps yet: add one with “Add step”.")

        self.add_menu = QMenu(self)
        self.add_menu.setAccessibleName("Add step menu")
        for exercise in self._catalog.exercises.values():
            action = self.add_menu.addAction(exercise.title.replace("&", "&&"))
            step = default_step_for(exercise)
            action.triggered.connect(lambda _=False, s=step: self.add_step(s))
        self.add_menu.addSeparator()
        self.add_menu.addAction("Briefing: safety words").triggered.connect(
            lambda: self.add_step(briefing_step())
        )
        self.add_menu.addAction("Transition or rest").triggered.connect(
            lambda: self.add_step(transition_step())
        )
        self.add_button = QPushButton("&Add step")
        self.add_button.setMenu(self.add_menu)
        self.add_button.setAccessibleName("Add step")
        self.add_button.setToolTip("Add a stretch, a briefing or a transition after the selection")

        self.move_up_action = self._list_action("Move up", "Alt+Up", self.move_up)
        self.move_down_action = self._list_action("Move down", "Alt+Down", self.move_down)
        self.remove_action = self._list_action("Remove", "Delete", self.remove_step)
        self.up_button = self._action_button("Move &up", "Move step up", self.move_up_action)
        self.down_button = self._action_button(
            "Move dow&n", "Move step down", self.move_down_action
        )
        self.remove_button = self._action_button("&Remove", "Remove step", self.remove_action)

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
            "Choose a stretch, a briefing or a transition with “Add step”. "
            "Select a step to change it."
        )
        self.no_step_label.setWordWrap(True)
        self.no_step_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.step_pages = QStackedWidget()
        self.step_pages.addWidget(self.no_step_label)
        self.step_pages.addWidget(self.step_form)
        self.step_box = QGroupBox("Step")
        self.step_box.setAccessibleName("Selected step")
        box_layout = QVBoxLayout(self.step_box)
        box_layout.addWidget(self.step_pages)
        box_layout.addStretch(1)

        steps_row = QHBoxLayout()
        steps_row.addLayout(left, 5)
        steps_row.addWidget(self.step_box, 6)

        # -- bottom: the live total, Cancel and Save
        self.total_label = plain_label()
        self.total_label.setObjectName("total")
        self.total_label.setAccessibleName("Total duration")
        font = QFont(self.total_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.total_label.setFont(font)
        self.cancel_button = QPushButton("Cancel")
        self.cancel_button.setAccessibleName("Cancel")
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        self.save_button = QPushButton("&Save")
        give_role(self.save_button, "primary")
        self.save_button.setAccessibleName("Save routine")
        self.save_button.setToolTip("Check and save the routine (Ctrl+S)")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        save_action = QAction("Save", self)
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
        layout.addLayout(details)
        layout.addLayout(steps_row, 1)
        layout.addWidget(line)
        layout.addLayout(bottom)

        self.title_edit.textEdited.connect(self._on_title_edited)
        self.id_edit.textEdited.connect(self._on_id_edited)
        self.description_edit.textChanged.connect(self._changed)
        self.position_combo.currentIndexChanged.connect(self._changed)
        self.step_list.currentRowChanged.connect(self._on_row_changed)
        self.step_form.changed.connect(self._on_step_edited)

        QWidget.setTabOrder(self.title_edit, self.id_edit)
        QWidget.setTabOrder(self.id_edit, self.description_edit)
        QWidget.setTabOrder(self.description_edit, self.position_combo)
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
        self._loading = True
        try:
            self.title_edit.setText(routine.title)
            self.id_edit.setText(routine.id)
            self.description_edit.setPlainText(routine.description)
            self.position_combo.setCurrentIndex(
                self.position_combo.findData(routine.position.value)
            )
        finally:
            self._loading = False
        self._rebuild_list(0 if self._steps else -1)
        self._update_id_hint()
        self._dirty = False
        self.title_edit.selectAll()  # typing a name replaces "My routine" or "... (copy)"
        self.title_edit.setFocus()

    # ---- the routine being edited -----------------------------------------------------------
    def routine(self) -> Routine:
        """The routine as the dialog shows it (not checked; fields a kind does not use dropped)."""
        return Routine(
            id=self.id_edit.text().strip(),
            title=self.title_edit.text().strip(),
            description=self.description_edit.toPlainText().strip(),
            position=Position(self.position_combo.currentData()),
            steps=tuple(normalized_step(s) for s in self._steps),
            builtin=False,
        )

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
            self._show_problems([f"A routine has at most {MAX_STEPS} steps."])
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
        self.step_box.setTitle(f"Step {row + 1} of {len(self._steps)}" if has else "Step")
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

    # ---- title, id, total ---------------------------------------------------------------------
    def _on_title_edited(self, title: str) -> None:
        if self._id_auto:
            self.id_edit.setText(derive_id(title, self._taken))
        self._changed()

    def _on_id_edited(self, text: str) -> None:
        self._id_auto = not text.strip()
        if self._id_auto:
            self.id_edit.setText(derive_id(self.title_edit.text(), self._taken))
        self._changed()

    def _update_id_hint(self) -> None:
        rid = self.id_edit.text().strip()
        bad = True
        if rid in self._builtin_ids:
            text = f"{rid} belongs to a built-in routine, which is never changed: choose another."
        elif rid in self._taken:
            text = f"You already have a routine with the id {rid}: choose another."
        elif not id_is_valid(rid):
            text = "Use lowercase letters, digits and dashes, like my-evening-stretch."
        else:
            bad = False
            text = f"Saved as {rid}.toml" + (" (follows the title)" if self._id_auto else "")
        self.id_hint.setText(text)
        set_warning(self.id_hint, bad)

    def _update_total(self) -> None:
        routine = self.routine()
        total = compile_timeline(routine, self._catalog, self._settings).total_s
        stretches = routine.stretch_count
        noun = "stretch" if stretches == 1 else "stretches"
        steps = len(routine.steps)
        step_noun = "step" if steps == 1 else "steps"
        text = f"Total {format_duration(total)} · {steps} {step_noun} · {stretches} {noun}"
        self.total_label.setText(text)
        self.total_label.setAccessibleDescription(text)

    def _changed(self) -> None:
        if self._loading:
            return
        self._dirty = True
        self._update_id_hint()
        self._update_total()

    # ---- saving ------------------------------------------------------------------------------
    def save(self) -> bool:
        """Check the routine and hand its file to the save callback; ``True`` if saved."""
        routine = self.routine()
        rid = routine.id
        if rid in self._builtin_ids:
            suggestion = unique_id(f"{rid}-mine", self._taken)
            self._show_problems(
                [
                    f"Id: {rid} is the id of a built-in routine, and built-in routines are "
                    f"never changed. Choose another id, for example {suggestion}."
                ],
                self.id_edit,
            )
            return False
        if rid in self._taken:
            self._show_problems(
                [f"Id: you already have a routine with the id {rid}. Choose another id."],
                self.id_edit,
            )
            return False
        if not routine.steps:
            self._show_problems(["Steps: add at least one step with “Add step”."], self.add_button)
            return False
        try:
            text = routine_to_toml(routine)
            parse_routine(text, f"{rid or 'routine'}.toml", self._catalog)
        except ValueError as exc:
            self._show_problems([str(exc)])
            return False
        except LoadError as exc:
            self._show_problems([describe_problem(p) for p in exc.problems])
            self._focus_problem(exc.problems[0].field)
            return False
        try:
            self._save(rid, text)
        except (ValueError, OSError) as exc:
            log.warning("routine %s not saved: %s", rid, exc)
            self._show_problems([f"The routine could not be saved: {exc}"])
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

    def _show_problems(self, lines: list[str], focus: QWidget | None = None) -> None:
        heading = "This routine cannot be saved yet:" if len(lines) > 1 else "Not saved:"
        self.problems_banner.show_message("\n".join([heading, *lines]))
        if focus is not None:
            focus.setFocus()

    def _focus_problem(self, field: str) -> None:
        index, name = split_field(field)
        if index is not None and 0 <= index < len(self._steps):
            self.select_step(index)
            widget = self.step_form.field_widget(name) or self.step_form.first_field()
            widget.setFocus()
            return
        widgets: dict[str, QWidget] = {
            "id": self.id_edit,
            "title": self.title_edit,
            "description": self.description_edit,
            "position": self.position_combo,
            "steps": self.step_list,
        }
        target = widgets.get(name)
        if target is not None:
            target.setFocus()

    # ---- closing -----------------------------------------------------------------------------
    def reject(self) -> None:
        if self._dirty and not self._confirm_discard(self):
            return
        self._dirty = False
        super().reject()

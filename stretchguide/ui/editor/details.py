"""The routine's own fields in the editor: title, id (with its hint), description, position.

These are what the library shows and what names the file, and they behave unlike the steps: the id
follows the title until a person types one, and the hint says at once whether the id can be saved.
Keeping them in their own widget leaves the dialog with the step list and the saving.
"""

from __future__ import annotations

from collections.abc import Collection

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from stretchguide.core.model import Position, Routine, Step
from stretchguide.core.toml_input import MAX_TEXT
from stretchguide.ui.editor.model import MAX_ID, derive_id
from stretchguide.ui.editor.save_checks import id_hint
from stretchguide.ui.editor.step_form import hint_label, plain_label, set_warning
from stretchguide.ui.translations import QT_TRANSLATE_NOOP, translate

POSITION_LABELS: dict[Position, str] = {
    Position.FLOOR: QT_TRANSLATE_NOOP("RoutineEditor", "On the floor (a mat helps)"),
    Position.SEATED: QT_TRANSLATE_NOOP("RoutineEditor", "Seated on a chair"),
    Position.STANDING: QT_TRANSLATE_NOOP("RoutineEditor", "Standing"),
}


class RoutineDetails(QWidget):
    """Title, id, description and position of the routine being edited.

    Args:
        builtin_ids: ids of the built-in routines (the hint refuses them).
        taken: every id the routine may not take (built-in ones and the person's others).
        id_follows_title: whether the id is derived from the title as it is typed (a new routine
            or a copy whose id is still the derived one); typing an id stops it, clearing the id
            starts it again.

    Signals:
        changed(): a person changed one of the fields (not emitted by ``set_routine``).
    """

    changed = Signal()

    def __init__(
        self,
        builtin_ids: Collection[str],
        taken: Collection[str],
        *,
        id_follows_title: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._builtin_ids = frozenset(builtin_ids)
        self._taken = frozenset(taken)
        self._id_auto = id_follows_title
        self._loading = False

        self.title_edit = QLineEdit()
        self.title_edit.setMaxLength(MAX_TEXT)
        self.title_edit.setAccessibleName(translate("RoutineEditor", "Routine title"))
        self.id_edit = QLineEdit()
        self.id_edit.setMaxLength(MAX_ID)
        self.id_edit.setAccessibleName(translate("RoutineEditor", "Routine id"))
        self.id_edit.setAccessibleDescription(
            translate(
                "RoutineEditor", "Lowercase letters, digits and dashes; it names the routine's file"
            )
        )
        self.id_hint = hint_label()
        self.id_hint.setWordWrap(True)
        self.description_edit = QPlainTextEdit()
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setAccessibleName(translate("RoutineEditor", "Description"))
        self.description_edit.setPlaceholderText(
            translate("RoutineEditor", "Optional: one or two sentences for the library")
        )
        self.description_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 14)
        self.position_combo = QComboBox()
        for position, label in POSITION_LABELS.items():
            self.position_combo.addItem(translate("RoutineEditor", label), position.value)
        self.position_combo.setAccessibleName(translate("RoutineEditor", "Position"))

        id_row = QWidget()
        id_layout = QVBoxLayout(id_row)
        id_layout.setContentsMargins(0, 0, 0, 0)
        id_layout.setSpacing(2)
        id_layout.addWidget(self.id_edit)
        id_layout.addWidget(self.id_hint)

        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setSpacing(12)  # the dialog's own spacing, so these rows sit like the rest of it
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        for label, widget, buddy in (
            ("&Title", self.title_edit, self.title_edit),
            ("&Id", id_row, self.id_edit),
            ("&Description", self.description_edit, self.description_edit),
            ("&Position", self.position_combo, self.position_combo),
        ):
            caption = plain_label(label)
            caption.setBuddy(buddy)
            form.addRow(caption, widget)

        self.title_edit.textEdited.connect(self._on_title_edited)
        self.id_edit.textEdited.connect(self._on_id_edited)
        self.description_edit.textChanged.connect(self._on_changed)
        self.position_combo.currentIndexChanged.connect(self._on_changed)

        QWidget.setTabOrder(self.title_edit, self.id_edit)
        QWidget.setTabOrder(self.id_edit, self.description_edit)
        QWidget.setTabOrder(self.description_edit, self.position_combo)

    def set_routine(self, routine: Routine) -> None:
        """Show ``routine``'s fields; this is not a change a person made."""
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
        self.update_id_hint()

    def routine(self, steps: tuple[Step, ...]) -> Routine:
        """A person's own routine with the fields as shown (trimmed, not checked) and ``steps``."""
        return Routine(
            id=self.id_edit.text().strip(),
            title=self.title_edit.text().strip(),
            description=self.description_edit.toPlainText().strip(),
            position=Position(self.position_combo.currentData()),
            steps=steps,
            builtin=False,
        )

    def field_widget(self, name: str) -> QWidget | None:
        """The widget that edits the routine field ``name`` (as the loader names it), if any."""
        widgets: dict[str, QWidget] = {
            "id": self.id_edit,
            "title": self.title_edit,
            "description": self.description_edit,
            "position": self.position_combo,
        }
        return widgets.get(name)

    def update_id_hint(self) -> None:
        """Say under the id whether it can be saved, and as which file."""
        rid = self.id_edit.text().strip()
        problem = id_hint(rid, self._builtin_ids, self._taken)
        if problem is None:
            if self._id_auto:
                self.id_hint.setText(
                    translate("RoutineEditor", "Saved as {file} (follows the title)").format(
                        file=f"{rid}.toml"
                    )
                )
            else:
                self.id_hint.setText(
                    translate("RoutineEditor", "Saved as {file}").format(file=f"{rid}.toml")
                )
        else:
            self.id_hint.setText(problem)
        set_warning(self.id_hint, problem is not None)

    def _on_title_edited(self, title: str) -> None:
        if self._id_auto:
            self.id_edit.setText(derive_id(title, self._taken))
        self._on_changed()

    def _on_id_edited(self, text: str) -> None:
        self._id_auto = not text.strip()
        if self._id_auto:
            self.id_edit.setText(derive_id(self.title_edit.text(), self._taken))
        self._on_changed()

    def _on_changed(self) -> None:
        if self._loading:
            return
        self.update_id_hint()
        self.changed.emit()

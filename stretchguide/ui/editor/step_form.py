"""The form for one step: only the fields that matter for the step's kind are shown.

The form keeps every value while a person switches kinds (a hold's 30 s survive a detour through
"flow"); the fields a kind does not use are dropped only when the routine is written.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from stretchguide.core.model import BodyPosition, Catalog, Sides, Step, StepKind
from stretchguide.core.toml_input import MAX_TEXT
from stretchguide.ui.translations import QT_TRANSLATE_NOOP, translate

KIND_LABELS: dict[StepKind, str] = {
    StepKind.HOLD: QT_TRANSLATE_NOOP("RoutineEditor", "Hold: a static stretch"),
    StepKind.FLOW: QT_TRANSLATE_NOOP("RoutineEditor", "Flow: moves with the breath"),
    StepKind.WARMUP: QT_TRANSLATE_NOOP("RoutineEditor", "Warm-up"),
    StepKind.BRIEFING: QT_TRANSLATE_NOOP("RoutineEditor", "Briefing: safety words"),
    StepKind.TRANSITION: QT_TRANSLATE_NOOP("RoutineEditor", "Transition or rest"),
}
SIDE_LABELS: dict[Sides, str] = {
    Sides.NONE: QT_TRANSLATE_NOOP("RoutineEditor", "One position (no sides)"),
    Sides.BOTH: QT_TRANSLATE_NOOP("RoutineEditor", "Both sides, left then right"),
    Sides.LEFT: QT_TRANSLATE_NOOP("RoutineEditor", "Left side only"),
    Sides.RIGHT: QT_TRANSLATE_NOOP("RoutineEditor", "Right side only"),
}
_DEFAULT = Step(kind=StepKind.HOLD)


class SecondsBox(QDoubleSpinBox):
    """Seconds, shown without a needless ``.0`` (``30 s``, ``12.5 s``)."""

    def __init__(self, low: float, high: float, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(low, high)
        self.setDecimals(1)
        self.setSingleStep(1.0)
        self.setSuffix(translate("RoutineEditor", " s"))
        self.setAccessibleName(name)
        self.setAccessibleDescription(
            translate("RoutineEditor", "Seconds, from {low} to {high}").format(
                low=QLocale().toString(float(low), "g", 6),
                high=QLocale().toString(float(high), "g", 6),
            )
        )
        self.setKeyboardTracking(True)

    def textFromValue(self, value: float) -> str:
        return self.locale().toString(float(value), "g", 6)


def plain_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    """A label that never reads its text as HTML (routine texts come from files)."""
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def hint_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    """A quieter plain-text label for hints, in the palette's placeholder colour."""
    label = plain_label(text, parent)
    label.setObjectName("hint")
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label


def set_warning(label: QLabel, warning: bool) -> None:
    """Show a hint as a warning (a readable red on light and dark windows) or as a hint."""
    if not warning:
        label.setPalette(QPalette())
        label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        return
    palette = QPalette(label.palette())
    dark = palette.color(QPalette.ColorRole.Window).lightness() < 128
    palette.setColor(QPalette.ColorRole.WindowText, QColor("#ff9e9e" if dark else "#a61b1b"))
    label.setPalette(palette)
    label.setForegroundRole(QPalette.ColorRole.WindowText)


class StepForm(QWidget):
    """Edits one :class:`Step`.

    Signals:
        changed(): a field was changed by the person (not by ``set_step``).
    """

    changed = Signal()

    def __init__(self, catalog: Catalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._catalog = catalog
        self._loading = False
        self._position: BodyPosition | None = None  # see set_step

        self.kind_combo = QComboBox()
        for kind, label in KIND_LABELS.items():
            self.kind_combo.addItem(translate("RoutineEditor", label), kind.value)
        self.kind_combo.setAccessibleName(translate("RoutineEditor", "Step kind"))

        self.exercise_combo = QComboBox()
        self.exercise_combo.addItem(translate("RoutineEditor", "None"), "")
        for ex in catalog.exercises.values():
            self.exercise_combo.addItem(ex.title, ex.id)
        self.exercise_combo.setAccessibleName(translate("RoutineEditor", "Exercise"))

        self.title_edit = QLineEdit()
        self.title_edit.setMaxLength(MAX_TEXT)
        self.title_edit.setAccessibleName(translate("RoutineEditor", "Step title"))
        self.title_edit.setAccessibleDescription(
            translate("RoutineEditor", "Shown instead of the exercise's title")
        )

        self.text_edit = QPlainTextEdit()
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setAccessibleName(translate("RoutineEditor", "Spoken text"))
        self.text_edit.setAccessibleDescription(
            translate("RoutineEditor", "Spoken instead of the exercise's instruction")
        )
        self.text_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 14)

        self.hold_box = SecondsBox(5, 180, translate("RoutineEditor", "Hold time"))
        self.sides_combo = QComboBox()
        for sides, label in SIDE_LABELS.items():
            self.sides_combo.addItem(translate("RoutineEditor", label), sides.value)
        self.sides_combo.setAccessibleName(translate("RoutineEditor", "Sides"))
        self.switch_box = SecondsBox(2, 30, translate("RoutineEditor", "Pause to switch sides"))
        self.breathing_box = SecondsBox(5, 60, translate("RoutineEditor", "Breathing prompt every"))
        self.breaths_box = QSpinBox()
        self.breaths_box.setRange(1, 50)
        self.breaths_box.setSuffix(translate("RoutineEditor", " breaths"))
        self.breaths_box.setAccessibleName(translate("RoutineEditor", "Breaths"))
        self.own_pace_check = QCheckBox(
            translate("RoutineEditor", "Own breathing pa&ce (else the pace from Settings)")
        )
        self.own_pace_check.setAccessibleName(translate("RoutineEditor", "Own breathing pace"))
        self.inhale_box = SecondsBox(2, 8, translate("RoutineEditor", "Breathe in for"))
        self.exhale_box = SecondsBox(2, 8, translate("RoutineEditor", "Breathe out for"))
        self.duration_box = SecondsBox(0, 300, translate("RoutineEditor", "Length"))
        self.encouragement_box = SecondsBox(
            10, 300, translate("RoutineEditor", "Encouragement every")
        )
        self.note_label = hint_label()
        self.note_label.setWordWrap(True)

        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self._rows: dict[str, QWidget] = {}
        for key, label, widget in (
            ("kind", translate("RoutineEditor", "&Kind"), self.kind_combo),
            ("exercise", translate("RoutineEditor", "E&xercise"), self.exercise_combo),
            ("title", translate("RoutineEditor", "Step tit&le"), self.title_edit),
            ("text", translate("RoutineEditor", "Sp&oken text"), self.text_edit),
            ("hold_s", translate("RoutineEditor", "&Hold"), self.hold_box),
            ("sides", translate("RoutineEditor", "Sides"), self.sides_combo),
            ("switch_s", translate("RoutineEditor", "Switch pause"), self.switch_box),
            (
                "breathing_every_s",
                translate("RoutineEditor", "Breathing prompt every"),
                self.breathing_box,
            ),
            ("breaths", translate("RoutineEditor", "&Breaths"), self.breaths_box),
            ("own_pace", "", self.own_pace_check),
            ("inhale_s", translate("RoutineEditor", "Breathe in"), self.inhale_box),
            ("exhale_s", translate("RoutineEditor", "Breathe out"), self.exhale_box),
            ("duration_s", translate("RoutineEditor", "Len&gth"), self.duration_box),
            (
                "encouragement_every_s",
                translate("RoutineEditor", "Encouragement every"),
                self.encouragement_box,
            ),
            ("note", "", self.note_label),
        ):
            if label:
                caption = QLabel(label)
                caption.setTextFormat(Qt.TextFormat.PlainText)
                caption.setBuddy(widget)
                form.addRow(caption, widget)
            else:
                form.addRow(widget)
            self._rows[key] = widget
        self._form = form

        for combo in (self.kind_combo, self.exercise_combo, self.sides_combo):
            combo.currentIndexChanged.connect(self._on_edit)
        self.title_edit.textEdited.connect(self._on_edit)
        self.text_edit.textChanged.connect(self._on_edit)
        for box in (
            self.hold_box,
            self.switch_box,
            self.breathing_box,
            self.inhale_box,
            self.exhale_box,
            self.duration_box,
            self.encouragement_box,
        ):
            box.valueChanged.connect(self._on_edit)
        self.breaths_box.valueChanged.connect(self._on_edit)
        self.own_pace_check.toggled.connect(self._on_edit)
        self.set_step(Step(kind=StepKind.HOLD, hold_s=30.0))

    # ---- reading and writing ----------------------------------------------------------------
    def set_step(self, step: Step) -> None:
        """Show ``step`` (emits nothing)."""
        self._loading = True
        # Kept as read: the form has no control for it, and saving must not drop it.
        self._position = step.position
        try:
            self.kind_combo.setCurrentIndex(self.kind_combo.findData(step.kind.value))
            index = self.exercise_combo.findData(step.exercise or "")
            self.exercise_combo.setCurrentIndex(max(0, index))
            self.title_edit.setText(step.title)
            self.text_edit.setPlainText(step.text)
            self.hold_box.setValue(step.hold_s or 30.0)
            self.sides_combo.setCurrentIndex(self.sides_combo.findData(step.sides.value))
            self.switch_box.setValue(step.switch_s)
            self.breathing_box.setValue(step.breathing_every_s)
            self.breaths_box.setValue(step.breaths or 8)
            own = step.inhale_s is not None or step.exhale_s is not None
            self.own_pace_check.setChecked(own)
            self.inhale_box.setValue(step.inhale_s or 4.0)
            self.exhale_box.setValue(step.exhale_s or 4.0)
            self.duration_box.setValue(step.duration_s)
            self.encouragement_box.setValue(step.encouragement_every_s)
        finally:
            self._loading = False
        self._update_rows()

    def step(self) -> Step:
        """The step as the form shows it (every field kept; see ``normalized_step``)."""
        own = self.own_pace_check.isChecked()
        return Step(
            kind=StepKind(self.kind_combo.currentData()),
            exercise=self.exercise_combo.currentData() or None,
            title=self.title_edit.text().strip(),
            text=self.text_edit.toPlainText().strip(),
            duration_s=self.duration_box.value(),
            hold_s=self.hold_box.value(),
            sides=Sides(self.sides_combo.currentData()),
            switch_s=self.switch_box.value(),
            breaths=self.breaths_box.value(),
            inhale_s=self.inhale_box.value() if own else None,
            exhale_s=self.exhale_box.value() if own else None,
            breathing_every_s=self.breathing_box.value(),
            encouragement_every_s=self.encouragement_box.value(),
            position=self._position,
        )

    def field_widget(self, name: str) -> QWidget | None:
        """The control for a routine-file field name (``hold_s``...), to focus on a problem."""
        return self._rows.get(name)

    def first_field(self) -> QWidget:
        return self.kind_combo

    # ---- behaviour ---------------------------------------------------------------------------
    def _on_edit(self) -> None:
        if self._loading:
            return
        self._update_rows()
        self.changed.emit()

    def _update_rows(self) -> None:
        kind = StepKind(self.kind_combo.currentData())
        shown = {"kind", "exercise", "title", "text"}
        if kind is StepKind.HOLD:
            shown |= {"hold_s", "sides", "switch_s", "breathing_every_s"}
        elif kind is StepKind.FLOW:
            shown |= {"breaths", "own_pace", "inhale_s", "exhale_s", "note"}
        elif kind is StepKind.WARMUP:
            shown |= {"encouragement_every_s", "note"}
        else:
            shown |= {"duration_s", "note"}
        for key, widget in self._rows.items():
            self._form.setRowVisible(widget, key in shown)
        self.switch_box.setEnabled(Sides(self.sides_combo.currentData()) is Sides.BOTH)
        own = self.own_pace_check.isChecked()
        self.inhale_box.setEnabled(own)
        self.exhale_box.setEnabled(own)
        exercise = self._catalog.exercises.get(self.exercise_combo.currentData() or "")
        self.title_edit.setPlaceholderText(
            exercise.title if exercise else translate("RoutineEditor", "Optional")
        )
        self.text_edit.setPlaceholderText(
            exercise.full_instruction
            if exercise
            else translate("RoutineEditor", "What the coach says for this step (required)")
            if kind is StepKind.BRIEFING
            else translate("RoutineEditor", "What the coach says for this step")
        )
        self.note_label.setText(
            {
                StepKind.FLOW: translate(
                    "RoutineEditor", "Each breath is one breath in and one breath out."
                ),
                StepKind.WARMUP: translate(
                    "RoutineEditor", "The warm-up lasts as long as Settings say (5 to 10 minutes)."
                ),
                StepKind.BRIEFING: translate(
                    "RoutineEditor", "Never shorter than it takes to say the text."
                ),
                StepKind.TRANSITION: translate(
                    "RoutineEditor",
                    "Time to get into position or rest. "
                    "Never shorter than it takes to say the text.",
                ),
            }.get(kind, "")
        )

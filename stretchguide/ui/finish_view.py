"""The finish screen: what was done, what was skipped, and the time spent.

Shown after a session ends and after a stop, so a person always sees their effort counted. Only
holds and flows are listed: they are the stretches a person recognises; briefings and rests
would only pad the list.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from stretchguide.core.model import StepKind
from stretchguide.core.session import Outcome, SessionSummary, StepRecord
from stretchguide.storage.history_records import counts
from stretchguide.ui.session_view import segment_label
from stretchguide.ui.theme import give_role
from stretchguide.ui.translations import QT_TRANSLATE_NOOP, translate

_STRETCH_KINDS = (StepKind.HOLD, StepKind.FLOW, StepKind.WARMUP)
_SKIPPED = {
    Outcome.SKIPPED: QT_TRANSLATE_NOOP("FinishView", "skipped"),
    Outcome.PAIN: QT_TRANSLATE_NOOP("FinishView", "stopped for pain"),
    Outcome.PARTIAL: QT_TRANSLATE_NOOP("FinishView", "stopped part-way"),
}


def spent_text(seconds: float) -> str:
    whole = max(0, round(seconds))
    minutes, secs = divmod(whole, 60)
    if minutes:
        return f"{minutes} min {secs:02d} s"
    return f"{secs} s"


def summary_lines(summary: SessionSummary) -> tuple[list[str], list[str], list[str]]:
    """(done, skipped, not reached) lines, one per stretch (per side for two-sided holds)."""
    done: list[str] = []
    skipped: list[str] = []
    missed: list[str] = []
    for record in summary.records:
        if record.segment.kind not in _STRETCH_KINDS:
            continue
        name = segment_label(record.segment)
        if record.outcome is Outcome.COMPLETED:
            done.append(f"✓ {name}")
        elif record.outcome in _SKIPPED:
            why = translate("FinishView", _SKIPPED[record.outcome])
            line = translate("FinishView", "– {step}: {reason}").format(
                step=name, reason=f"{why}{_held(record)}"
            )
            skipped.append(line)
        else:
            missed.append(f"· {name}")
    return done, skipped, missed


def _held(record: StepRecord) -> str:
    if record.held_s < 1:
        return ""
    return translate("FinishView", " after {time}").format(time=spent_text(record.held_s))


def finish_words(summary: SessionSummary) -> tuple[str, str]:
    """The heading and a line under it that say what happened, not what was hoped for.

    "Well done" only for a routine played to its end with something held; a run where every
    stretch was skipped, a stop, or a session too short to count is named as it was, and the
    note says why it does not count towards streaks and totals (the history's rule, ``counts``).
    """
    held = sum(r.held_s for r in summary.records)
    counted = counts(summary.played_s, held)
    if summary.ended_by == "pain":
        heading = translate("FinishView", "Session ended: take it easy")
    elif summary.finished:
        heading = (
            translate("FinishView", "Well done")
            if held > 0
            else translate("FinishView", "Routine over: every stretch skipped")
        )
    elif held > 0:
        heading = translate("FinishView", "Stopped early")
    else:
        heading = translate("FinishView", "Session stopped")
    if counted:
        note = ""
    elif held > 0:
        note = translate(
            "FinishView", "Not counted in your streak: a session counts from one minute."
        )
    else:
        note = translate("FinishView", "Not counted in your streak: no stretch was held.")
    return heading, note


def _section(title: str) -> QLabel:
    label = QLabel(title)
    label.setTextFormat(Qt.TextFormat.PlainText)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * 1.3)
    font.setBold(True)
    label.setFont(font)
    return label


def _body() -> QLabel:
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * 1.2)
    label.setFont(font)
    return label


class FinishView(QWidget):
    """Signals: backRequested(): the person wants the library again."""

    backRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 2.6)
        font.setBold(True)
        self.heading.setFont(font)
        self.routine_label = _body()
        self.time_label = _body()
        self.note_label = _body()
        self.note_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.done_title = _section(translate("FinishView", "Done"))
        self.done_label = _body()
        self.skipped_title = _section(translate("FinishView", "Skipped"))
        self.skipped_label = _body()
        self.missed_title = _section(translate("FinishView", "Not reached"))
        self.missed_label = _body()
        self.back_button = QPushButton(translate("FinishView", "Back to the library"))
        give_role(self.back_button, "primary")
        self.back_button.setAccessibleName(translate("FinishView", "Back to the library"))
        self.back_button.setAccessibleDescription(
            translate("FinishView", "Choose another routine.")
        )
        self.back_button.setDefault(True)
        self.back_button.clicked.connect(self.backRequested)

        column = QVBoxLayout()
        column.setSpacing(10)
        for w in (
            self.heading,
            self.routine_label,
            self.time_label,
            self.note_label,
            self.done_title,
            self.done_label,
            self.skipped_title,
            self.skipped_label,
            self.missed_title,
            self.missed_label,
        ):
            column.addWidget(w)
        column.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.back_button)
        column.addLayout(row)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(48, 36, 48, 28)
        layout.addLayout(column, 1)

    def show_summary(self, summary: SessionSummary) -> None:
        heading, note = finish_words(summary)
        self.heading.setText(heading)
        self.routine_label.setText(summary.routine_title)
        self.time_label.setText(
            translate("FinishView", "Time spent: {time}").format(time=spent_text(summary.played_s))
        )
        self.note_label.setText(note)
        self.note_label.setVisible(bool(note))
        done, skipped, missed = summary_lines(summary)
        for title, label, lines in (
            (self.done_title, self.done_label, done),
            (self.skipped_title, self.skipped_label, skipped),
            (self.missed_title, self.missed_label, missed),
        ):
            label.setText("\n".join(lines))
            title.setVisible(bool(lines))
            label.setVisible(bool(lines))
        if not done:
            self.done_title.show()
            self.done_label.show()
            self.done_label.setText(translate("FinishView", "No stretch held this time."))
        self.back_button.setFocus()

"""The session screen, made to be read from the floor two metres away.

It only displays: the step and side in big letters, the instruction, a large countdown, overall
progress, what comes next, the picture and the breathing pacer. Everything it shows is read from
the ``Session`` when the driver says something changed (a cue, a new step, the whole-second
tick), so it never keeps time itself. The buttons live here too, but what they do is decided in
``session_controls``.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QFont, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtSvgWidgets import QSvgWidget
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from stretchguide.core.durations import format_duration
from stretchguide.core.model import Catalog, Routine, Side, StepKind
from stretchguide.core.positions import Shown, routine_pictures, timeline_pictures
from stretchguide.core.session import CueDue, SegmentStarted, State
from stretchguide.core.settings import SessionSettings
from stretchguide.core.timeline import CueKind, Segment
from stretchguide.ui import pictures
from stretchguide.ui.banner import Banner
from stretchguide.ui.countdown import CountdownRing, format_seconds
from stretchguide.ui.pacer import BreathingPacer
from stretchguide.ui.plurals import PLURAL
from stretchguide.ui.session_driver import SessionDriver
from stretchguide.ui.theme import give_role
from stretchguide.ui.translations import QT_TRANSLATE_NOOP, translate

GET_INTO_POSITION = QT_TRANSLATE_NOOP("SessionView", "Get into position")
#: What the label beside the breathing circle says.
PACER_WORDS = (
    QT_TRANSLATE_NOOP("SessionView", "Breathe in"),
    QT_TRANSLATE_NOOP("SessionView", "Breathe out"),
    QT_TRANSLATE_NOOP("SessionView", "Slow breath"),
)
#: The countdown's screen-reader description changes at most this often (seconds).
ANNOUNCE_EVERY_S = 10


def _plain_label(point_scale: float = 1.0, bold: bool = False, wrap: bool = True) -> QLabel:
    """A label for routine data: always plain text, never interpreted as HTML."""
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * point_scale)
    font.setBold(bold)
    label.setFont(font)
    return label


def side_text(side: Side | None) -> str:
    if side is None:
        return ""
    return (
        translate("SessionView", "LEFT") if side is Side.LEFT else translate("SessionView", "RIGHT")
    )


def segment_label(segment: Segment) -> str:
    """``Title (left side)``: how a segment is named in "Next:" and "Where am I?"."""
    if segment.side is None:
        return segment.title
    if segment.side is Side.LEFT:
        return translate("SessionView", "{title} (left side)").format(title=segment.title)
    return translate("SessionView", "{title} (right side)").format(title=segment.title)


def seconds_left(seconds: float) -> str:
    """What a screen reader hears of the countdown: "45 seconds left", "2:05 left"."""
    whole = max(0, int(seconds + 0.999))
    if whole < 60:
        return PLURAL.seconds_left(whole)
    return translate("SessionView", "{time} left").format(time=format_seconds(seconds))


#: Space a compact button keeps on each side of its text (Fusion's frame and margin).
BUTTON_PADDING = 8


def _button(text: str, name: str, description: str) -> CompactButton:
    button = CompactButton(text)
    button.setAccessibleName(name)
    button.setAccessibleDescription(description)
    button.setMinimumHeight(44)
    return button


class CompactButton(QPushButton):
    """A push button that may give up Fusion's 80-pixel minimum width, never its text.

    On a wide window it keeps its usual size; on a 1024-pixel screen the row of session buttons
    needs that room for the pain button. ``also`` are other words it may show (Resume for
    Pause), so the row never gets narrower than the longest of them. Measured each time from
    the current font, so a larger text size in Settings widens it again.
    """

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.also: tuple[str, ...] = ()
        policy = self.sizePolicy()
        policy.setHorizontalPolicy(QSizePolicy.Policy.Preferred)
        self.setSizePolicy(policy)

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        metrics = self.fontMetrics()
        widest = max(metrics.horizontalAdvance(t) for t in (self.text(), *self.also))
        return QSize(min(hint.width(), widest + 2 * BUTTON_PADDING), hint.height())


class ElidedLabel(QLabel):
    """One line of plain text that ends in "…" when it has too little room, instead of
    making the window wider (a routine's title can be any length). ``text()`` stays whole,
    so screen readers and tests read all of it."""

    def minimumSizeHint(self) -> QSize:
        return QSize(
            self.fontMetrics().horizontalAdvance("…") * 4, super().minimumSizeHint().height()
        )

    def paintEvent(self, event: QPaintEvent) -> None:
        rect = self.contentsRect()
        shown = self.fontMetrics().elidedText(
            self.text(), Qt.TextElideMode.ElideRight, rect.width()
        )
        painter = QPainter(self)
        self.style().drawItemText(
            painter,
            rect,
            int(self.alignment()),
            self.palette(),
            self.isEnabled(),
            shown,
            self.foregroundRole(),
        )
        painter.end()


class StepPicture(QSvgWidget):
    """The stretch's picture; on a screen so small that it is squeezed to a sliver (the words
    took its room), it is left out rather than drawn as a speck."""

    SMALLEST = 48

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.height() >= self.SMALLEST:
            super().paintEvent(event)


class InstructionArea(QScrollArea):
    """The instruction, wrapped, asking for the height its whole text needs at this width.

    The picture below it gives up its room first; only when even that is not enough (a very
    long instruction on a very small screen) does the text scroll, so it is never cut.
    """

    def __init__(self, label: QLabel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = label
        self.setWidget(label)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self._hint_width = -1

    def needed_height(self, width: int) -> int:
        """Height the label needs to show every line at ``width`` pixels."""
        margins = self.contentsMargins()
        return self.label.heightForWidth(max(1, width - margins.left() - margins.right()))

    def sizeHint(self) -> QSize:
        width = self.width() if self.width() > 1 else 480
        return QSize(width, self.needed_height(width) + 2)

    def minimumSizeHint(self) -> QSize:
        return QSize(120, min(self.sizeHint().height(), self.label.fontMetrics().lineSpacing() * 2))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != self._hint_width:
            self._hint_width = event.size().width()
            self.updateGeometry()  # another width wraps into another number of lines

    def refit(self) -> None:
        """New text: ask the layout again for the room it needs."""
        self._hint_width = -1
        self.updateGeometry()


class ButtonBar(QWidget):
    """The session buttons: one row, or two when one row does not fit the window.

    One row on any screen at the usual text size; with large text (Settings) on a small screen
    the second half of the buttons moves to a row of its own, so the window never has to be
    wider than the screen and the pain button always keeps its whole text. The narrowest the
    bar can be is therefore its two-row width.
    """

    SPACING = 8

    def __init__(
        self,
        first: list[QPushButton],
        second: list[QPushButton],
        pain: QPushButton,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.first, self.second, self.pain = first, second, pain
        self.top = QHBoxLayout()
        self.bottom = QHBoxLayout()
        for row in (self.top, self.bottom):
            row.setSpacing(self.SPACING)
        rows = QVBoxLayout(self)
        rows.setContentsMargins(0, 0, 0, 0)
        rows.setSpacing(self.SPACING)
        rows.addLayout(self.top)
        rows.addLayout(self.bottom)
        self.rows = 0
        self._arrange(1)

    def _row_width(self, buttons: list[QPushButton], with_pain: bool) -> int:
        width = sum(b.minimumSizeHint().width() for b in buttons)
        width += self.SPACING * (len(buttons) - 1)
        if with_pain:
            width += 2 * self.SPACING + self.pain.sizeHint().width()
        return width

    def one_row_width(self) -> int:
        return self._row_width(self.first + self.second, with_pain=True)

    def two_row_width(self) -> int:
        return max(self._row_width(self.first, True), self._row_width(self.second, False))

    def _arrange(self, rows: int) -> None:
        if rows == self.rows:
            return
        self.rows = rows
        for row in (self.top, self.bottom):
            while row.count():
                row.takeAt(0)
        top = self.first + self.second if rows == 1 else self.first
        for button in top:
            self.top.addWidget(button)
        self.top.addStretch(1)
        self.top.addSpacing(self.SPACING)
        self.top.addWidget(self.pain)
        if rows == 2:
            for button in self.second:
                self.bottom.addWidget(button)
            self.bottom.addStretch(1)
        self.updateGeometry()

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(self.two_row_width(), hint.height())

    def _fit(self, width: int) -> None:
        self._arrange(1 if width >= self.one_row_width() else 2)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit(event.size().width())

    def event(self, event: QEvent) -> bool:
        """A button's words or font changed (Resume, a larger text size): one row may no
        longer fit, though the bar's width is the same."""
        if event.type() == QEvent.Type.LayoutRequest:
            self._fit(self.width())
        return super().event(event)


class SessionView(QWidget):
    """Displays one session; ``attach()`` it to a driver, ``detach()`` when the session ends."""

    def __init__(self, catalog: Catalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.catalog = catalog
        self.driver: SessionDriver | None = None
        self.breath = SessionSettings()
        self._segment_index = -1
        self._announced = -1
        self._picture_path: object = None
        self._shown: tuple[Shown, ...] = ()  # what each step's picture shows (core.positions)

        self.notice = Banner("info")
        self.routine_label = ElidedLabel()
        self.routine_label.setTextFormat(Qt.TextFormat.PlainText)
        self.routine_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        font = QFont(self.routine_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.routine_label.setFont(font)
        # The step and the time left are never cut: the routine's title gives way first.
        self.step_label = _plain_label(1.1, wrap=False)
        self.remaining_label = _plain_label(1.1, wrap=False)
        self.remaining_label.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(10)
        self.progress.setAccessibleName(translate("SessionView", "Session progress"))

        self.title_label = _plain_label(2.6, bold=True)
        self.side_label = _plain_label(4.0, bold=True, wrap=False)
        self.side_label.setAccessibleName(translate("SessionView", "Side"))
        self.side_label.setStyleSheet("color: palette(highlight);")
        self.instruction_label = _plain_label(1.8)
        self.instruction_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.instruction_area = InstructionArea(self.instruction_label)
        self.status_label = _plain_label(1.5, bold=True)
        self.picture = StepPicture()
        # The picture takes what room is left and is the first to give it up: the words matter
        # more than the drawing on a small screen.
        self.picture.setMinimumSize(160, 0)
        self.picture.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        self.picture.setAccessibleName(translate("SessionView", "Picture of the stretch"))

        self.countdown = CountdownRing()
        self.pacer = BreathingPacer()
        self.pacer.setMinimumSize(84, 84)
        self.pacer.setMaximumSize(150, 150)
        policy = self.pacer.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.pacer.setSizePolicy(policy)
        self.pacer_label = _plain_label(1.4, wrap=False)
        self.pacer_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # As wide as its longest words, so the circle does not move when they change.
        metrics = self.pacer_label.fontMetrics()
        widest = max(metrics.horizontalAdvance(translate("SessionView", t)) for t in PACER_WORDS)
        self.pacer_label.setMinimumWidth(widest)
        self.next_label = _plain_label(1.4)
        self.next_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.back_button = _button(
            translate("SessionView", "◀ Back"),
            translate("SessionView", "Back"),
            translate("SessionView", "Restart this step or go back (Left or P)."),
        )
        self.pause_button = _button(
            translate("SessionView", "Pause"),
            translate("SessionView", "Pause or resume"),
            translate("SessionView", "Pause or resume (Space)."),
        )
        self.next_button = _button(
            translate("SessionView", "Next ▶"),
            translate("SessionView", "Next"),
            translate("SessionView", "Skip to the next step (Right or N)."),
        )
        self.restart_button = _button(
            translate("SessionView", "Restart step"),
            translate("SessionView", "Restart step"),
            translate("SessionView", "Restart this step (R)."),
        )
        self.extend_button = _button(
            translate("SessionView", "+15 s"),
            translate("SessionView", "Hold longer"),
            translate("SessionView", "Give this hold more time (E)."),
        )
        self.where_button = _button(
            translate("SessionView", "Where am I?"),
            translate("SessionView", "Where am I?"),
            translate("SessionView", "Say where you are (W)."),
        )
        self.keys_button = _button(
            translate("SessionView", "Keys"),
            translate("SessionView", "Keys"),
            translate("SessionView", "Show every key (F1 or ?)."),
        )
        self.stop_button = _button(
            translate("SessionView", "Stop"),
            translate("SessionView", "Stop session"),
            translate("SessionView", "End the session (Esc)."),
        )
        self.pain_button = QPushButton(translate("SessionView", "Sharp pain: ease out"))
        self.pain_button.setAccessibleName(translate("SessionView", "Sharp pain: ease out"))
        self.pain_button.setAccessibleDescription(
            translate("SessionView", "Pause at once and ease out (X).")
        )
        self.pain_button.setMinimumHeight(44)
        give_role(self.pain_button, "pain")
        big = QFont(self.pain_button.font())
        big.setPointSizeF(big.pointSizeF() * 1.25)
        self.pain_button.setFont(big)
        # Its whole text, always: it never shrinks below its size hint.
        self.pain_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

        top = QHBoxLayout()
        top.addWidget(self.routine_label, 1)
        top.addSpacing(16)
        top.addWidget(self.step_label, 0)
        top.addSpacing(24)
        top.addWidget(self.remaining_label, 0)

        left = QVBoxLayout()
        left.setSpacing(8)
        title_row = QHBoxLayout()
        title_row.addWidget(self.title_label, 1)
        title_row.addWidget(self.side_label, 0, Qt.AlignmentFlag.AlignTop)
        left.addLayout(title_row)
        left.addWidget(self.status_label)
        left.addWidget(self.instruction_area)
        left.addWidget(self.picture, 1)

        right = QVBoxLayout()
        right.setSpacing(6)
        right.addWidget(self.countdown, 1)
        pacer_row = QHBoxLayout()
        pacer_row.addStretch(1)
        pacer_row.addWidget(self.pacer)
        pacer_row.addWidget(self.pacer_label)
        pacer_row.addStretch(1)
        right.addLayout(pacer_row)
        right.addWidget(self.next_label)

        middle = QGridLayout()
        middle.addLayout(left, 0, 0)
        middle.addLayout(right, 0, 1)
        middle.setColumnStretch(0, 3)
        middle.setColumnStretch(1, 2)
        middle.setHorizontalSpacing(24)

        self.pause_button.also = (translate("SessionView", "Resume"),)
        self.button_bar = ButtonBar(
            [self.back_button, self.pause_button, self.next_button, self.restart_button],
            [self.extend_button, self.where_button, self.keys_button, self.stop_button],
            self.pain_button,
        )

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 12, 20, 12)
        layout.setSpacing(10)
        layout.addWidget(self.notice)
        layout.addLayout(top)
        layout.addWidget(self.progress)
        layout.addLayout(middle, 1)
        layout.addWidget(self.button_bar)

    # ---- wiring ----------------------------------------------------------------------------
    def attach(
        self,
        driver: SessionDriver,
        breath: SessionSettings,
        extend_s: float,
        routine: Routine | None = None,
    ) -> None:
        """Show ``driver``'s session; ``breath`` paces the circle during breathing prompts.
        ``routine`` (the one played) gives each step's picture its position; without it the
        positions are inferred from the timeline alone."""
        self.detach()
        self.driver = driver
        timeline = driver.session.timeline
        self._shown = routine_pictures(routine) if routine else timeline_pictures(timeline)
        self.breath = breath
        self.extend_button.setText(PLURAL.plus_seconds(round(extend_s)))
        self._segment_index = -1
        self._announced = -1
        self.notice.hide()
        self.routine_label.setText(driver.session.timeline.routine_title)
        driver.ticked.connect(self.refresh)
        driver.segmentStarted.connect(self._on_segment)
        driver.cueDue.connect(self._on_cue)
        driver.paused.connect(self.pacer.pause)
        driver.resumed.connect(self.pacer.resume)
        driver.getReady.connect(lambda _n: self.refresh())
        self.refresh()

    def detach(self) -> None:
        if self.driver is not None:
            for signal in (
                self.driver.ticked,
                self.driver.segmentStarted,
                self.driver.cueDue,
                self.driver.paused,
                self.driver.resumed,
                self.driver.getReady,
            ):
                signal.disconnect()
        self.driver = None
        self.pacer.rest()

    def show_notice(self, text: str) -> None:
        """A speech problem or similar: visible, non-blocking, dismissable."""
        self.notice.show_message(text)

    # ---- display ---------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read everything shown from the session; cheap enough for every tick."""
        if self.driver is None:
            return
        session = self.driver.session
        seg = session.segment
        if seg.index != self._segment_index:
            self._show_segment(seg)
        steps = max(s.step_index for s in session.timeline.segments) + 1
        self.step_label.setText(
            translate("SessionView", "Step {number} of {count}").format(
                number=seg.step_index + 1, count=steps
            )
        )
        self.remaining_label.setText(
            translate("SessionView", "{time} left").format(
                time=format_duration(session.total() - session.elapsed())
            )
        )
        self.progress.setValue(round(session.progress() * 1000))
        upcoming = session.upcoming()
        self.next_label.setText(
            translate("SessionView", "Next: {step}").format(step=segment_label(upcoming))
            if upcoming
            else translate("SessionView", "Next: the end")
        )

        paused = session.state is State.PAUSED or self.driver.paused_in_count_in
        self.pause_button.setText(
            translate("SessionView", "Resume") if paused else translate("SessionView", "Pause")
        )
        if self.driver.counting_in or self.driver.paused_in_count_in:
            ready = self.driver.ready_left()
            self._set_status(
                translate("SessionView", "Paused: press Space to continue") if paused else ""
            )
            self.countdown.set_value(
                str(ready), self.driver.ready_fraction(), translate("SessionView", "Get ready")
            )
            self._announce(PLURAL.starting_in(ready), force=True)
            return
        self._set_status(
            translate("SessionView", "Paused: press Space to continue") if paused else ""
        )
        if session.state is State.READY:
            self.countdown.set_value(
                format_seconds(session.time_left()), 1.0, translate("SessionView", "Ready")
            )
            return
        hold_left = session.hold_time_left()
        if seg.kind is StepKind.HOLD and hold_left is None:
            self.countdown.set_value(translate("SessionView", GET_INTO_POSITION), 1.0)
            return
        left = session.time_left()
        if seg.kind is StepKind.HOLD:
            span: float = session.duration_of(seg.index) - seg.lead_s
            caption = translate("SessionView", "Hold")
        else:
            span = session.duration_of(seg.index)
            caption = {
                StepKind.FLOW: translate("SessionView", "Breathe"),
                StepKind.WARMUP: translate("SessionView", "Keep moving"),
            }.get(seg.kind, "")
        self.countdown.set_value(format_seconds(left), left / span if span > 0 else 0.0, caption)
        self._announce(seconds_left(left))

    def _set_status(self, text: str) -> None:
        """Shown only when there is something to say: an empty line costs a small screen."""
        self.status_label.setText(text)
        self.status_label.setVisible(bool(text))

    def _announce(self, text: str, force: bool = False) -> None:
        """Tell a screen reader the time left per step and every ten seconds, not every second."""
        if self.driver is None:
            return
        bucket = math.floor(self.driver.session.time_left() / ANNOUNCE_EVERY_S)
        if force or bucket != self._announced:
            self._announced = bucket
            self.countdown.announce(text)

    def _show_segment(self, seg: Segment) -> None:
        self._segment_index = seg.index
        self._announced = -1
        self.title_label.setText(seg.title)
        self.side_label.setText(side_text(seg.side))
        self.instruction_label.setText(seg.instruction)
        self.instruction_area.refit()
        self.instruction_area.verticalScrollBar().setValue(0)
        path = pictures.segment_picture(self.catalog, self._shown, seg)
        if path != self._picture_path:
            self._picture_path = path
            svg = pictures.renderer(path)
            if svg is not None:
                self.picture.load(str(path))
                self.picture.renderer().setAspectRatioMode(Qt.AspectRatioMode.KeepAspectRatio)
                self.picture.show()
            else:
                self.picture.hide()
        breathing = seg.kind in (StepKind.FLOW, StepKind.HOLD)
        self.pacer.setVisible(breathing)
        self.pacer.rest()
        self.pacer_label.setText("")
        self.extend_button.setEnabled(seg.extendable)
        self.countdown.announce(
            PLURAL.step_seconds(math.ceil(seg.duration_s)).format(step=segment_label(seg))
        )

    def _on_segment(self, event: SegmentStarted) -> None:
        self._show_segment(event.segment)

    def _on_cue(self, event: CueDue) -> None:
        seg = self.driver.session.segment if self.driver else None
        kind = event.cue.kind
        if kind is CueKind.INHALE and seg is not None:
            self.pacer.inhale(seg.inhale_s or self.breath.inhale_s)
            self.pacer_label.setText(translate("SessionView", PACER_WORDS[0]))
        elif kind is CueKind.EXHALE and seg is not None:
            self.pacer.exhale(seg.exhale_s or self.breath.exhale_s)
            self.pacer_label.setText(translate("SessionView", PACER_WORDS[1]))
        elif kind is CueKind.BREATHE:
            self.pacer.breathe_once(self.breath.inhale_s, self.breath.exhale_s)
            self.pacer_label.setText(translate("SessionView", PACER_WORDS[2]))

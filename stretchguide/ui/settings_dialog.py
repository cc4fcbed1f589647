"""The settings dialog: edits a copy of ``AppSettings``; the window saves and applies it on OK.

The ranges of every control are the guide's ranges from ``stretchguide.core.settings``, so the
dialog can never produce a session the guide would not recommend. Preview speaks a sample with
the values on screen and puts the speaker back as it was if the dialog is cancelled.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from stretchguide.core import settings as limits
from stretchguide.core.languages import LANGUAGES
from stretchguide.core.settings import (
    DEFAULT_NATURAL_VOICE,
    ENGINE_NATURAL,
    ENGINE_SYSTEM,
    NATURAL_VOICES,
    AppSettings,
    ReminderPrefs,
    SessionSettings,
    SpeechSettings,
    UiSettings,
)
from stretchguide.ui.translations import QT_TRANSLATE_NOOP, translate

PREVIEW_TEXT = QT_TRANSLATE_NOOP("SettingsDialog", "Breathe slowly and deeply. Hold it there.")
THEMES = (
    ("system", QT_TRANSLATE_NOOP("SettingsDialog", "Follow the system")),
    ("light", QT_TRANSLATE_NOOP("SettingsDialog", "Light")),
    ("dark", QT_TRANSLATE_NOOP("SettingsDialog", "Dark")),
)
TEXT_SIZES = (0.75, 0.9, 1.0, 1.15, 1.3, 1.5, 1.75, 2.0)


def _name(widget: QWidget, name: str, description: str) -> None:
    widget.setAccessibleName(name)
    widget.setAccessibleDescription(description)


def _double(low: float, high: float, step: float, suffix: str, decimals: int = 1) -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setRange(low, high)
    box.setSingleStep(step)
    box.setDecimals(decimals)
    box.setSuffix(suffix)
    return box


class SettingsDialog(QDialog):
    """Edits ``settings``; read the result with ``value()`` after ``accepted``."""

    def __init__(self, settings: AppSettings, speaker: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("SettingsDialog", "Settings"))
        self._original = settings
        self._speaker = speaker
        self._previewed = False

        # -- speech
        self.speech_on = QCheckBox(translate("SettingsDialog", "Speak the session out loud"))
        _name(
            self.speech_on,
            translate("SettingsDialog", "Speech"),
            translate("SettingsDialog", "Turn the spoken coach on or off."),
        )
        self.engine = QComboBox()
        self.engine.addItem(translate("SettingsDialog", "Natural voice (English)"), ENGINE_NATURAL)
        self.engine.addItem(
            translate("SettingsDialog", "System voice (eSpeak NG or your system's voices)"),
            ENGINE_SYSTEM,
        )
        _name(
            self.engine,
            translate("SettingsDialog", "Speech engine"),
            translate(
                "SettingsDialog",
                "The natural voice speaks English; the system voices speak the languages your "
                "system has installed.",
            ),
        )
        # The voice chosen for each engine, kept while the person switches between them.
        self._chosen = {ENGINE_NATURAL: "", ENGINE_SYSTEM: ""}
        self.voice = QComboBox()
        _name(
            self.voice,
            translate("SettingsDialog", "Voice"),
            translate("SettingsDialog", "The voice of the coach."),
        )
        self.engine.currentIndexChanged.connect(self._fill_voices)
        self.voice.activated.connect(self._remember_voice)
        self.rate = QSpinBox()
        self.rate.setRange(80, 300)
        self.rate.setSingleStep(10)
        self.rate.setSuffix(translate("SettingsDialog", " words/min"))
        _name(
            self.rate,
            translate("SettingsDialog", "Speaking rate"),
            translate("SettingsDialog", "How fast the coach speaks, in words per minute."),
        )
        self.volume = QSpinBox()
        self.volume.setRange(0, 100)
        self.volume.setSuffix(" %")
        _name(
            self.volume,
            translate("SettingsDialog", "Volume"),
            translate("SettingsDialog", "How loud the coach speaks."),
        )
        self.preview = QPushButton(translate("SettingsDialog", "Hear it"))
        _name(
            self.preview,
            translate("SettingsDialog", "Hear it"),
            translate("SettingsDialog", "Speak a sample with these settings."),
        )
        self.preview.clicked.connect(self._preview)
        voice_row = QHBoxLayout()
        voice_row.addWidget(self.voice, 1)
        voice_row.addWidget(self.preview)
        speech_form = QFormLayout()
        speech_form.addRow(self.speech_on)
        speech_form.addRow(translate("SettingsDialog", "Engine"), self.engine)
        speech_form.addRow(translate("SettingsDialog", "Voice"), voice_row)
        speech_form.addRow(translate("SettingsDialog", "Speed"), self.rate)
        speech_form.addRow(translate("SettingsDialog", "Volume"), self.volume)
        self.listen_on = QCheckBox(
            translate(
                "SettingsDialog", "Listen for spoken commands (pause, skip, …) during a session"
            )
        )
        _name(
            self.listen_on,
            translate("SettingsDialog", "Voice control"),
            translate("SettingsDialog", "Offline; nothing heard is kept or sent."),
        )
        speech_form.addRow(self.listen_on)
        speech_box = QGroupBox(translate("SettingsDialog", "Speech"))
        speech_box.setLayout(speech_form)

        # -- session
        self.hold_scale = _double(
            limits.HOLD_SCALE_MIN, limits.HOLD_SCALE_MAX, 0.1, translate("SettingsDialog", " ×")
        )
        _name(
            self.hold_scale,
            translate("SettingsDialog", "Hold time"),
            translate("SettingsDialog", "Multiply every hold: 1.0 is the guide's 30 seconds."),
        )
        self.warmup = _double(
            limits.WARMUP_MIN_MINUTES,
            limits.WARMUP_MAX_MINUTES,
            1,
            translate("SettingsDialog", " min"),
            0,
        )
        _name(
            self.warmup,
            translate("SettingsDialog", "Warm-up length"),
            translate("SettingsDialog", "Five to ten minutes, as the guide recommends."),
        )
        self.inhale = _double(
            limits.BREATH_MIN_S, limits.BREATH_MAX_S, 0.5, translate("SettingsDialog", " s")
        )
        _name(
            self.inhale,
            translate("SettingsDialog", "Breathe in for"),
            translate("SettingsDialog", "Seconds of each in-breath during flows."),
        )
        self.exhale = _double(
            limits.BREATH_MIN_S, limits.BREATH_MAX_S, 0.5, translate("SettingsDialog", " s")
        )
        _name(
            self.exhale,
            translate("SettingsDialog", "Breathe out for"),
            translate("SettingsDialog", "Seconds of each out-breath during flows."),
        )
        # Qt's idiom for "automatic": the spin box's minimum shows a special text instead of a
        # number. Stepping up from it gives the shortest own get-ready (3 s).
        self.get_ready = QSpinBox()
        self.get_ready.setRange(int(limits.GET_READY_MIN_S) - 1, int(limits.GET_READY_MAX_S))
        self.get_ready.setSpecialValueText(translate("SettingsDialog", "Fit the first position"))
        self.get_ready.setSuffix(translate("SettingsDialog", " s"))
        _name(
            self.get_ready,
            translate("SettingsDialog", "Get ready"),
            translate(
                "SettingsDialog",
                "Seconds before the first step. Automatic gives time to get into the routine's "
                "first position: longer to get down on a mat than to sit.",
            ),
        )
        self.countdown_cue = QCheckBox(
            translate("SettingsDialog", "Count down the last seconds of a hold")
        )
        self.halfway_cue = QCheckBox(translate("SettingsDialog", "Say when a hold is halfway"))
        self.breathing_cue = QCheckBox(
            translate("SettingsDialog", "Breathing prompts during holds")
        )
        self.encouragement_cue = QCheckBox(
            translate("SettingsDialog", "Encouragement during the warm-up")
        )
        for box in (
            self.countdown_cue,
            self.halfway_cue,
            self.breathing_cue,
            self.encouragement_cue,
        ):
            _name(
                box,
                box.text(),
                translate("SettingsDialog", "A spoken cue; on-screen timing stays the same."),
            )
        session_form = QFormLayout()
        session_form.addRow(translate("SettingsDialog", "Hold time"), self.hold_scale)
        session_form.addRow(translate("SettingsDialog", "Warm-up"), self.warmup)
        session_form.addRow(translate("SettingsDialog", "Breathe in"), self.inhale)
        session_form.addRow(translate("SettingsDialog", "Breathe out"), self.exhale)
        session_form.addRow(translate("SettingsDialog", "Get ready"), self.get_ready)
        for box in (
            self.countdown_cue,
            self.halfway_cue,
            self.breathing_cue,
            self.encouragement_cue,
        ):
            session_form.addRow(box)
        session_box = QGroupBox(translate("SettingsDialog", "Session"))
        session_box.setLayout(session_form)

        # -- look
        self.theme = QComboBox()
        for key, label in THEMES:
            self.theme.addItem(translate("SettingsDialog", label), key)
        _name(
            self.theme,
            translate("SettingsDialog", "Theme"),
            translate("SettingsDialog", "Light, dark, or follow the system."),
        )
        self.text_size = QComboBox()
        for size in TEXT_SIZES:
            self.text_size.addItem(f"{round(size * 100)} %", size)
        _name(
            self.text_size,
            translate("SettingsDialog", "Text size"),
            translate("SettingsDialog", "Make every text larger or smaller."),
        )
        look_form = QFormLayout()
        look_form.addRow(translate("SettingsDialog", "Theme"), self.theme)
        look_form.addRow(translate("SettingsDialog", "Text size"), self.text_size)
        self.language = QComboBox()
        self.language.addItem(translate("SettingsDialog", "System default"), "")
        for code, own_name in LANGUAGES.items():
            self.language.addItem(own_name, code)  # each in its own name: what a person looks for
        _name(
            self.language,
            translate("SettingsDialog", "Language"),
            translate("SettingsDialog", "The language of the window and of the coach."),
        )
        self.language_notice = QLabel(
            translate("SettingsDialog", "Takes effect after restarting StretchGuide.")
        )
        self.language_notice.setTextFormat(Qt.TextFormat.PlainText)
        self.language_notice.setWordWrap(True)
        self.language_notice.hide()
        self.language.currentIndexChanged.connect(self._language_changed)
        look_form.addRow(translate("SettingsDialog", "Language"), self.language)
        look_form.addRow(self.language_notice)
        look_box = QGroupBox(translate("SettingsDialog", "Look"))
        look_box.setLayout(look_form)

        # -- break reminders
        self.remind_on = QCheckBox(translate("SettingsDialog", "Remind me to take a break"))
        _name(
            self.remind_on,
            translate("SettingsDialog", "Break reminders"),
            translate("SettingsDialog", "Offer the desk break now and then while at work."),
        )
        self.remind_every = QSpinBox()
        self.remind_every.setRange(10, 240)
        self.remind_every.setSingleStep(5)
        self.remind_every.setSuffix(translate("SettingsDialog", " min"))
        _name(
            self.remind_every,
            translate("SettingsDialog", "Remind every"),
            translate("SettingsDialog", "Minutes between two reminders."),
        )
        self.day_start = QTimeEdit()
        self.day_end = QTimeEdit()
        for edit, label in (
            (self.day_start, translate("SettingsDialog", "Working day starts")),
            (self.day_end, translate("SettingsDialog", "Working day ends")),
        ):
            edit.setDisplayFormat("HH:mm")
            _name(
                edit,
                label,
                translate("SettingsDialog", "Reminders come only during the working day."),
            )
        self.weekends = QCheckBox(translate("SettingsDialog", "On weekends too"))
        _name(
            self.weekends,
            translate("SettingsDialog", "Weekends"),
            translate("SettingsDialog", "Also remind on Saturdays and Sundays."),
        )
        self.snooze = QSpinBox()
        self.snooze.setRange(1, 60)
        self.snooze.setSuffix(translate("SettingsDialog", " min"))
        _name(
            self.snooze,
            translate("SettingsDialog", "Snooze"),
            translate("SettingsDialog", "How long Snooze puts a reminder off."),
        )
        hours = QHBoxLayout()
        hours.addWidget(self.day_start)
        hours.addWidget(self.day_end)
        remind_form = QFormLayout()
        remind_form.addRow(self.remind_on)
        remind_form.addRow(translate("SettingsDialog", "Every"), self.remind_every)
        remind_form.addRow(translate("SettingsDialog", "From / to"), hours)
        remind_form.addRow(self.weekends)
        remind_form.addRow(translate("SettingsDialog", "Snooze"), self.snooze)
        remind_box = QGroupBox(translate("SettingsDialog", "Break reminders"))
        remind_box.setLayout(remind_form)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        _name(
            ok,
            translate("SettingsDialog", "Save settings"),
            translate("SettingsDialog", "Save and use these settings from the next session."),
        )
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        _name(
            cancel,
            translate("SettingsDialog", "Cancel"),
            translate("SettingsDialog", "Close without changing anything."),
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        columns = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(speech_box)
        left.addWidget(look_box)
        left.addStretch(1)
        columns.addLayout(left)
        right = QVBoxLayout()
        right.addWidget(session_box)
        right.addWidget(remind_box)
        right.addStretch(1)
        columns.addLayout(right)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(self.buttons)
        self.speech_on.toggled.connect(self._sync_enabled)
        self.remind_on.toggled.connect(self._sync_enabled)
        self.set_value(settings)

    # ---- values ----------------------------------------------------------------------------
    def set_value(self, settings: AppSettings) -> None:
        s, sp, ui = settings.session.clamped(), settings.speech.clamped(), settings.ui.clamped()
        self.speech_on.setChecked(sp.enabled)
        self._chosen = {ENGINE_NATURAL: sp.natural_voice, ENGINE_SYSTEM: sp.voice}
        self.engine.setCurrentIndex(max(0, self.engine.findData(sp.engine)))
        self._fill_voices()
        self.listen_on.setChecked(settings.voice.enabled)
        self.rate.setValue(sp.rate)
        self.volume.setValue(round(sp.volume * 100))
        self.hold_scale.setValue(s.hold_scale)
        self.warmup.setValue(s.warmup_minutes)
        self.inhale.setValue(s.inhale_s)
        self.exhale.setValue(s.exhale_s)
        self.get_ready.setValue(round(s.get_ready_s) if s.get_ready_s else self.get_ready.minimum())
        self.countdown_cue.setChecked(s.countdown_cue)
        self.halfway_cue.setChecked(s.halfway_cue)
        self.breathing_cue.setChecked(s.breathing_cue)
        self.encouragement_cue.setChecked(s.encouragement_cue)
        self.theme.setCurrentIndex(max(0, self.theme.findData(ui.theme)))
        nearest = min(TEXT_SIZES, key=lambda v: abs(v - ui.text_scale))
        self.text_size.setCurrentIndex(TEXT_SIZES.index(nearest))
        self.language.setCurrentIndex(max(0, self.language.findData(ui.language)))
        r = settings.reminders.clamped()
        self.remind_on.setChecked(r.enabled)
        self.remind_every.setValue(r.every_minutes)
        self.day_start.setTime(QTime.fromString(r.day_start, "HH:mm"))
        self.day_end.setTime(QTime.fromString(r.day_end, "HH:mm"))
        self.weekends.setChecked(5 in r.day_numbers() or 6 in r.day_numbers())
        self.snooze.setValue(r.snooze_minutes)
        self._sync_enabled()

    def speech_value(self) -> SpeechSettings:
        self._remember_voice()
        return SpeechSettings(
            enabled=self.speech_on.isChecked(),
            voice=self._chosen[ENGINE_SYSTEM],
            rate=self.rate.value(),
            volume=self.volume.value() / 100.0,
            engine=self._engine(),
            natural_voice=self._chosen[ENGINE_NATURAL] or DEFAULT_NATURAL_VOICE,
        ).clamped()

    def value(self) -> AppSettings:
        session: SessionSettings = self._original.session._replace(
            hold_scale=round(self.hold_scale.value(), 2),
            warmup_minutes=self.warmup.value(),
            inhale_s=self.inhale.value(),
            exhale_s=self.exhale.value(),
            get_ready_s=(
                limits.GET_READY_AUTO
                if self.get_ready.value() == self.get_ready.minimum()
                else float(self.get_ready.value())
            ),
            countdown_cue=self.countdown_cue.isChecked(),
            halfway_cue=self.halfway_cue.isChecked(),
            breathing_cue=self.breathing_cue.isChecked(),
            encouragement_cue=self.encouragement_cue.isChecked(),
        ).clamped()
        ui = UiSettings(
            theme=str(self.theme.currentData()),
            text_scale=float(self.text_size.currentData()),
            language=str(self.language.currentData() or ""),
        ).clamped()
        reminders = ReminderPrefs(
            enabled=self.remind_on.isChecked(),
            every_minutes=self.remind_every.value(),
            day_start=self.day_start.time().toString("HH:mm"),
            day_end=self.day_end.time().toString("HH:mm"),
            weekdays="0,1,2,3,4,5,6" if self.weekends.isChecked() else "0,1,2,3,4",
            snooze_minutes=self.snooze.value(),
        ).clamped()
        return self._original._replace(
            session=session,
            speech=self.speech_value(),
            ui=ui,
            reminders=reminders,
            voice=self._original.voice._replace(enabled=self.listen_on.isChecked()),
        )

    # ---- internals -------------------------------------------------------------------------
    def _language_changed(self) -> None:
        """The window is built in its language at start-up, so a new one shows after a restart
        (said here, beside the choice, before the person saves)."""
        chosen = str(self.language.currentData() or "")
        self.language_notice.setVisible(chosen != self._original.ui.language)

    def _engine(self) -> str:
        return str(self.engine.currentData() or ENGINE_NATURAL)

    def _voices(self, engine: str) -> list[tuple[str, str]]:
        """The voices to offer for ``engine`` (the system's as far as the speaker knows)."""
        if engine == ENGINE_NATURAL:
            return list(NATURAL_VOICES)
        try:
            if self._speaker is None:
                return []
            system = getattr(self._speaker, "system_voices", self._speaker.voices)
            return list(system())
        except Exception:
            return []

    def _fill_voices(self) -> None:
        engine = self._engine()
        self.voice.clear()
        if engine == ENGINE_SYSTEM:
            self.voice.addItem(translate("SettingsDialog", "Default voice"), "")
        for voice_id, label in self._voices(engine):
            self.voice.addItem(label, voice_id)
        self.voice.setCurrentIndex(max(0, self.voice.findData(self._chosen[engine])))

    def _remember_voice(self) -> None:
        self._chosen[self._engine()] = str(self.voice.currentData() or "")

    def _sync_enabled(self) -> None:
        on = self.speech_on.isChecked()
        for w in (self.engine, self.voice, self.rate, self.volume, self.preview):
            w.setEnabled(on)
        remind = self.remind_on.isChecked()
        for r in (self.remind_every, self.day_start, self.day_end, self.weekends, self.snooze):
            r.setEnabled(remind)

    def _preview(self) -> None:
        if self._speaker is None:
            return
        self._previewed = True
        self._speaker.apply(self.speech_value())
        self._speaker.say(translate("SettingsDialog", PREVIEW_TEXT))

    def reject(self) -> None:
        if self._previewed and self._speaker is not None:
            self._speaker.apply(self._original.speech)
        super().reject()

"""A session coached in German: what is said, in the window the app builds for that language."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from stretchguide.core.assets import assets_dir, builtin_routines_dir
from stretchguide.core.catalog_loader import load_catalog
from stretchguide.core.loader import load_library
from stretchguide.core.settings import SpeechSettings
from stretchguide.speech.null_speaker import NullSpeaker
from stretchguide.ui.app import speaker_factory_for
from tests.ui.conftest import make_app


def test_a_german_session_says_everything_in_german(qtbot, tmp_path: Path) -> None:
    german = load_catalog(assets_dir(), language="de")
    app = make_app(
        qtbot, tmp_path, cat=german, library=load_library(german, builtin_routines_dir())
    )
    app.start("desk-break")
    app.run_for(1.0)
    app.driver.next()  # past the briefing
    app.driver.next()  # and the seated warm-up
    app.run_for(30.0)  # into the left side's hold, past its first prompts
    assert app.session.index == 2
    qtbot.keyClick(app.window, Qt.Key.Key_W)
    said = app.speaker.texts
    assert said[0].startswith("Am besten machst du diese Pause nach ein paar Minuten Gehen.")
    assert "Halte die Position." in said
    assert said[-1].startswith("Gesäßdehnung im Sitzen, linke Seite. Noch ")
    assert said[-1].endswith("Danach: Seitenwechsel (rechte Seite).")
    english = {c for c in load_catalog(assets_dir()).cues.countdown} | {"Hold it there."}
    assert not english & set(said)


def test_the_speaker_is_made_for_the_language(tmp_path: Path) -> None:
    make = speaker_factory_for(False, tmp_path, "es")
    speaker = make(SpeechSettings())
    assert isinstance(speaker, NullSpeaker)
    text = "Un dolor agudo significa: sal del estiramiento enseguida, con suavidad."
    assert speaker.utterance_seconds(text) > NullSpeaker().utterance_seconds(text)

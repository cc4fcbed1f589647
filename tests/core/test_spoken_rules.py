"""The exact sentences of "Where am I?" and of the time left, as a person hears them.

Every language arranges the same cue phrases its own way (``assets/locales/<code>/cues.toml``);
these tests pin what is said: the time in minutes and seconds (singular for one, nothing said
of zero minutes), the side, the next step, the end of the session, and an English arrangement
when a translator's ``where_am_i`` template cannot be filled.
"""

from __future__ import annotations

import pytest

from stretchguide.core.assets import assets_dir
from stretchguide.core.catalog_loader import load_catalog
from stretchguide.core.model import CueTexts, Side
from stretchguide.core.spoken import side_name, spoken_seconds, step_name, where_am_i

CUES: dict[str, CueTexts] = {
    code: load_catalog(assets_dir(), language=code).cues for code in ("en", "de", "fr", "es")
}


@pytest.mark.parametrize(
    ("seconds", "said"),
    [
        (0.0, "0 seconds"),
        (0.4, "0 seconds"),
        (-3.0, "0 seconds"),  # a late tick never says a negative time
        (1.0, "1 second"),
        (0.6, "1 second"),
        (2.0, "2 seconds"),
        (44.6, "45 seconds"),
        (59.0, "59 seconds"),
        (59.7, "1 minute"),  # rounded to a whole minute: no "0 seconds" after it
        (60.0, "1 minute"),
        (61.0, "1 minute 1 second"),
        (62.0, "1 minute 2 seconds"),
        (119.0, "1 minute 59 seconds"),
        (120.0, "2 minutes"),
        (121.0, "2 minutes 1 second"),
        (185.0, "3 minutes 5 seconds"),
        (600.0, "10 minutes"),
    ],
)
def test_the_time_left_is_said_in_minutes_and_seconds(seconds: float, said: str) -> None:
    assert spoken_seconds(seconds, CUES["en"]) == said


@pytest.mark.parametrize(
    ("language", "seconds", "said"),
    [
        ("de", 1.0, "eine Sekunde"),
        ("de", 30.0, "30 Sekunden"),
        ("de", 60.0, "eine Minute"),
        ("de", 61.0, "eine Minute eine Sekunde"),
        ("de", 150.0, "2 Minuten 30 Sekunden"),
        ("fr", 1.0, "une seconde"),
        ("fr", 120.0, "2 minutes"),
        ("fr", 65.0, "une minute 5 secondes"),
        ("es", 0.0, "0 segundos"),
        ("es", 121.0, "2 minutos un segundo"),
    ],
)
def test_the_time_left_is_said_in_the_language(language: str, seconds: float, said: str) -> None:
    assert spoken_seconds(seconds, CUES[language]) == said


@pytest.mark.parametrize(
    ("language", "left", "right"),
    [
        ("en", "left side", "right side"),
        ("de", "linke Seite", "rechte Seite"),
        ("fr", "côté gauche", "côté droit"),
        ("es", "lado izquierdo", "lado derecho"),
    ],
)
def test_each_side_is_named_in_the_language(language: str, left: str, right: str) -> None:
    cues = CUES[language]
    assert side_name(Side.LEFT, cues) == left
    assert side_name(Side.RIGHT, cues) == right
    assert step_name("Pigeon", Side.RIGHT, cues) == f"Pigeon ({right})"
    assert step_name("Pigeon", Side.LEFT, cues) == f"Pigeon ({left})"
    assert step_name("Pigeon", None, cues) == "Pigeon"


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "Child's pose. 2 minutes left in this step. Next: Cat-cow."),
        ("de", "Child's pose. Noch 2 Minuten in diesem Schritt. Danach: Cat-cow."),
        ("fr", "Child's pose. Encore 2 minutes pour cette étape. Ensuite\u00a0: Cat-cow."),
        ("es", "Child's pose. Tiempo restante en este paso: 2 minutos. Después: Cat-cow."),
    ],
)
def test_where_am_i_without_sides_says_no_side(language: str, expected: str) -> None:
    """A one-sided step and a one-sided next step: no ", left side", no "(...)"."""
    said = where_am_i(CUES[language], "Child's pose", None, 120.0, ("Cat-cow", None))
    assert said == expected


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "Pigeon, right side. 0 seconds left in this step. Next: the end of the session."),
        (
            "fr",
            "Pigeon, côté droit. Encore 0 secondes pour cette étape. Ensuite\u00a0: "
            "la fin de la séance.",
        ),
        (
            "es",
            "Pigeon, lado derecho. Tiempo restante en este paso: 0 segundos. Después: "
            "el final de la sesión.",
        ),
    ],
)
def test_where_am_i_in_the_last_step_names_the_end(language: str, expected: str) -> None:
    said = where_am_i(CUES[language], "Pigeon", Side.RIGHT, 0.2, None)
    assert said == expected


@pytest.mark.parametrize(
    "template",
    [
        "{step}{side}: {remaining} to go, then {next}.",  # a name that is not there
        "{0}{side}. {left}. {next}.",  # a position, no value for it
        "{step{side}. {left}. {next}.",  # not a template at all
    ],
)
def test_a_broken_where_am_i_template_falls_back_to_the_english_arrangement(
    template: str,
) -> None:
    """A translator's typo must not silence "Where am I?": the words are still the language's."""
    cues = CUES["de"]._replace(where_am_i=template)
    said = where_am_i(cues, "Taube", Side.LEFT, 61.0, ("Seitenwechsel", Side.RIGHT))
    assert said == (
        "Taube, linke Seite. eine Minute eine Sekunde left in this step. "
        "Next: Seitenwechsel (rechte Seite)."
    )


def test_only_the_n_placeholder_is_replaced_by_the_number() -> None:
    cues = CUES["en"]._replace(minutes="{n} min {n}", seconds="{n}s")
    assert spoken_seconds(125.0, cues) == "2 min 2 5s"

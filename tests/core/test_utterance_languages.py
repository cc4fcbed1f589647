"""How long a cue takes to say, guessed per language until its WAV exists: German and Spanish
take longer per character than English, and the timeline's waits depend on the guess."""

import pytest

from stretchguide.core.utterance import estimate_seconds


@pytest.mark.parametrize(
    ("language", "seconds"),
    [
        ("en", (8.2 * 8 + 75) / 160),
        ("de", (10.1 * 8 + 44) / 160),
        ("fr", (8.5 * 8 + 50) / 160),
        ("es", (10.6 * 8 + 50) / 160),
    ],
)
def test_each_language_has_its_own_pace(language: str, seconds: float) -> None:
    assert estimate_seconds("  Halte es  ", 160, language) == pytest.approx(seconds)


def test_a_language_without_figures_is_timed_as_english() -> None:
    assert estimate_seconds("Hold it there", 160, "pt") == estimate_seconds("Hold it there", 160)
    assert estimate_seconds("Hold it there", 160) == pytest.approx((8.2 * 13 + 75) / 160)


def test_blank_text_takes_no_time_and_a_slow_rate_is_floored() -> None:
    assert estimate_seconds("   ", 160, "de") == 0.0
    assert estimate_seconds("Ja", 10, "de") == pytest.approx((10.1 * 2 + 44) / 40)

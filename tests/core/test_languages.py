"""Which language a person gets: ``--lang``, then their setting, then the system, then English."""

import pytest

from stretchguide.core.languages import LANGUAGES, SOURCE, choose_language, code_of, is_shipped
from stretchguide.core.settings import UiSettings


@pytest.mark.parametrize(
    ("tag", "code"),
    [("de_DE.UTF-8", "de"), ("fr-CA", "fr"), ("ES", "es"), ("en_GB@euro", "en"), ("C", "c")],
)
def test_code_of_reads_every_locale_spelling(tag: str, code: str) -> None:
    assert code_of(tag) == code


def test_the_command_line_wins_over_the_setting_and_the_system() -> None:
    assert choose_language("fr", "de", "es_ES.UTF-8") == "fr"


def test_the_setting_wins_over_the_system() -> None:
    assert choose_language(None, "de", "es_ES.UTF-8") == "de"


def test_the_system_locale_is_the_default() -> None:
    assert choose_language(None, "", "es_ES.UTF-8") == "es"


def test_a_language_not_shipped_falls_through_to_english() -> None:
    assert choose_language("pt", "", "pt_BR.UTF-8") == SOURCE
    assert choose_language(None, "", "C") == "en"
    assert not is_shipped("pt_BR")
    assert is_shipped("de_AT")


def test_every_shipped_language_is_named_in_its_own_words() -> None:
    assert set(LANGUAGES) == {"en", "de", "fr", "es"}
    assert LANGUAGES["de"] == "Deutsch"


def test_an_unknown_language_setting_means_follow_the_system() -> None:
    assert UiSettings(language="xx").clamped().language == ""
    assert UiSettings(language="de").clamped().language == "de"

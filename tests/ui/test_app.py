"""Starting the app: an unknown routine id is refused before any window exists."""

from __future__ import annotations

import pytest

from stretchguide.app import run_app
from stretchguide.cli import main


def test_unknown_play_id_returns_2_with_a_message(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["play", "--no-speech", "no-such-routine"]) == 2
    err = capsys.readouterr().err
    assert "no routine 'no-such-routine'" in err and "desk-break" in err


def test_run_app_refuses_an_id_the_command_line_should_have_checked() -> None:
    with pytest.raises(ValueError, match="no-such-routine"):
        run_app(play="no-such-routine", speech=False)

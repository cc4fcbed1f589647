"""``run_app``: the unknown-id check happens before any window exists."""

from __future__ import annotations

import pytest

from stretchguide.ui.app import run_app


def test_unknown_play_id_returns_2_with_a_message(capsys: pytest.CaptureFixture[str]) -> None:
    assert run_app(play="no-such-routine", speech=False) == 2
    err = capsys.readouterr().err
    assert "no routine 'no-such-routine'" in err and "desk-break" in err

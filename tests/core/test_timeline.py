"""The timeline compiler's arithmetic: how long each kind of step lasts and where its cues fall."""

from __future__ import annotations

import pytest

from stretchguide.core.loader import parse_routine
from stretchguide.core.timeline import CueKind, compile_timeline

from .helpers import catalog


@pytest.mark.parametrize(("inhale", "exhale", "breaths"), [(3, 5, 4), (4, 4, 1), (2, 8, 8)])
def test_a_flow_lasts_exactly_its_breaths_and_the_last_breath_out_is_whole(
    inhale: int, exhale: int, breaths: int
) -> None:
    """Each breath gets its inhale and its whole exhale; the next step never cuts the last one."""
    text = f"""schema = 1
id = "flow"
title = "Flow"
position = "floor"

[[steps]]
kind = "flow"
exercise = "cat-cow"
breaths = {breaths}
inhale_s = {inhale}
exhale_s = {exhale}

[[steps]]
kind = "transition"
text = "Rest."
duration_s = 5
"""
    routine = parse_routine(text, "flow.toml", catalog())
    flow, rest = compile_timeline(routine, catalog()).segments
    assert flow.duration_s == pytest.approx(flow.lead_s + breaths * (inhale + exhale))
    ins = [c.at_s for c in flow.cues if c.kind is CueKind.INHALE]
    outs = [c.at_s for c in flow.cues if c.kind is CueKind.EXHALE]
    assert len(ins) == len(outs) == breaths
    assert [o - i for i, o in zip(ins, outs, strict=True)] == pytest.approx([inhale] * breaths)
    assert rest.start_s - outs[-1] == pytest.approx(exhale)

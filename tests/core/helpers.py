"""Small builders shared by the core tests: a catalog from the real assets, routines in a line."""

from __future__ import annotations

from functools import cache

from stretchguide.core.assets import assets_dir, builtin_routines_dir
from stretchguide.core.catalog_loader import load_catalog
from stretchguide.core.clock import FakeClock
from stretchguide.core.loader import Library, load_library
from stretchguide.core.model import Catalog
from stretchguide.core.session import Event, Session
from stretchguide.core.settings import SessionSettings
from stretchguide.core.timeline import Timeline, compile_timeline


@cache
def catalog() -> Catalog:
    return load_catalog(assets_dir())


@cache
def library() -> Library:
    return load_library(catalog(), builtin_routines_dir())


def timeline(routine_id: str, settings: SessionSettings | None = None) -> Timeline:
    routine = library().get(routine_id)
    assert routine is not None
    return compile_timeline(routine, catalog(), settings)


def session(routine_id: str = "desk-break") -> tuple[Session, FakeClock, list[Event]]:
    clock = FakeClock()
    s = Session(timeline(routine_id), clock)
    events: list[Event] = []
    s.subscribe(events.append)
    return s, clock, events

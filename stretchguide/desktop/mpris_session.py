"""The app's session as an MPRIS player: what a media widget shows, what a media key does.

``desktop/mpris.py`` speaks D-Bus and knows nothing of sessions; this module is the other half:
``SessionPlayerControl`` reads the session driver into a ``PlayerSnapshot`` (the step as a
"track", its side, time and picture) and turns the player's commands into the same session
commands the keys use.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import Any, Protocol

from stretchguide.core.assets import exercise_picture
from stretchguide.core.model import Side
from stretchguide.core.session import Session, State
from stretchguide.core.timeline import Segment
from stretchguide.desktop.mpris import NO_TRACK, PAUSED, PLAYING, STOPPED, PlayerSnapshot
from stretchguide.ui.translations import translate


class SessionCommands(Protocol):
    """The session commands MPRIS uses; both ``Session`` and the UI's ``SessionDriver`` have them.

    Prefer the driver: it re-aims its timer after each command, a bare ``Session`` does not.
    """

    def toggle(self) -> object: ...
    def pause(self) -> object: ...
    def resume(self) -> object: ...
    def next(self) -> object: ...
    def previous(self) -> object: ...
    def stop(self) -> object: ...


class DriverLike(SessionCommands, Protocol):
    """The UI's ``SessionDriver`` as seen from here: commands, its session, the count-in."""

    @property
    def session(self) -> Session: ...
    @property
    def counting_in(self) -> bool: ...
    @property
    def paused_in_count_in(self) -> bool: ...


def track_title(segment: Segment) -> str:
    """``Knee to chest (left)``: the step's title, with the side when it has one."""
    if segment.side is None:
        return segment.title
    if segment.side is Side.LEFT:
        return translate("MprisSession", "{title} (left)").format(title=segment.title)
    return translate("MprisSession", "{title} (right)").format(title=segment.title)


def default_art(segment: Segment) -> Path | None:
    """The exercise's picture when it has one (``<exercise>.svg``)."""
    return _picture(segment.exercise) if segment.exercise else None


@lru_cache(maxsize=64)
def _picture(exercise: str) -> Path | None:
    # Cached: snapshots are taken every second and on every property read.
    path = exercise_picture(f"{exercise}.svg")
    return path if path.is_file() else None


def _nothing() -> None:
    return None


def _not_counting() -> tuple[bool, bool]:
    return False, False


class SessionPlayerControl:
    """``PlayerControl`` for the app's current session.

    Args:
        session: returns the current ``Session``, or None when there is none.
        commands: returns what to send commands to (the ``SessionDriver``); the session itself
            when not given.
        raise_window: brings the main window to the front (MPRIS ``Raise``).
        quit: closes the app (MPRIS ``Quit``).
        count_in: returns (counting in, paused during the count-in); ``for_driver`` reads it
            from the driver. During the "get ready" count-in the player shows Playing.
        art: the picture of a step, or None (``default_art`` when not given).
    """

    def __init__(
        self,
        session: Callable[[], Session | None],
        *,
        commands: Callable[[], SessionCommands | None] | None = None,
        raise_window: Callable[[], None] = _nothing,
        quit: Callable[[], None] = _nothing,
        count_in: Callable[[], tuple[bool, bool]] = _not_counting,
        art: Callable[[Segment], Path | None] = default_art,
    ) -> None:
        self._session = session
        self._commands = commands or session
        self._raise = raise_window
        self._quit = quit
        self._count_in = count_in
        self._art = art

    @classmethod
    def for_driver(
        cls,
        driver: Callable[[], DriverLike | None],
        *,
        raise_window: Callable[[], None] = _nothing,
        quit: Callable[[], None] = _nothing,
        art: Callable[[Segment], Path | None] = default_art,
    ) -> SessionPlayerControl:
        """The control for whatever driver ``driver()`` returns now (None between sessions)."""

        def session() -> Session | None:
            current = driver()
            return None if current is None else current.session

        def count_in() -> tuple[bool, bool]:
            current = driver()
            if current is None:
                return False, False
            return bool(current.counting_in), bool(current.paused_in_count_in)

        return cls(
            session,
            commands=driver,
            raise_window=raise_window,
            quit=quit,
            count_in=count_in,
            art=art,
        )

    # ---- state -----------------------------------------------------------------------------
    def snapshot(self) -> PlayerSnapshot:
        session = self._session()
        if session is None or session.state in (State.FINISHED, State.STOPPED):
            return NO_TRACK
        counting, frozen = self._count_in()
        state = session.state
        if state is State.RUNNING or (state is State.READY and counting):
            status = PLAYING
        elif state is State.PAUSED or (state is State.READY and frozen):
            status = PAUSED
        else:  # ready, before any start
            status = STOPPED
        # Next during the count-in starts the first step at once, so it is offered then too.
        navigable = state in (State.RUNNING, State.PAUSED) or (
            state is State.READY and (counting or frozen)
        )
        segment = session.segment
        art = self._art(segment)
        return PlayerSnapshot(
            status=status,
            # The count-in is its own "track", as in the window's title.
            title=translate("MprisSession", "Get ready")
            if state is State.READY and (counting or frozen)
            else track_title(segment),
            album=session.timeline.routine_title,
            track_index=session.index,
            length_s=session.duration_of(session.index),
            position_s=session.offset(),
            can_next=navigable,
            can_previous=navigable,
            can_play=True,
            can_pause=status != STOPPED,
            art_url=art.as_uri() if art is not None else "",
        )

    # ---- commands --------------------------------------------------------------------------
    def play_pause(self) -> None:
        target = self._target()
        if target is not None:
            target.toggle()

    def play(self) -> None:
        status = self.snapshot().status
        target = self._target()
        if target is None or status == PLAYING:
            return
        if status == PAUSED:
            target.resume()
        else:
            target.toggle()  # ready: start

    def pause(self) -> None:
        target = self._target()
        if target is not None and self.snapshot().status == PLAYING:
            target.pause()

    def next(self) -> None:
        target = self._target()
        if target is not None:
            target.next()

    def previous(self) -> None:
        target = self._target()
        if target is not None:
            target.previous()

    def stop(self) -> None:
        target = self._target()
        if target is not None:
            target.stop()

    def raise_window(self) -> None:
        self._raise()

    def quit(self) -> None:
        self._quit()

    def _target(self) -> SessionCommands | None:
        if self._session() is None:
            return None
        return self._commands()


def raise_widget(widget: Any) -> None:
    """Bring a top-level widget to the front (un-minimised), as MPRIS ``Raise`` asks."""
    if widget.isMinimized():
        widget.showNormal()
    widget.show()
    widget.raise_()
    widget.activateWindow()

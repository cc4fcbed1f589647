"""MPRIS 2: media keys, headset buttons and desktop media widgets steer the session.

The app publishes ``org.mpris.MediaPlayer2.stretchguide`` on the session bus with one object,
``/org/mpris/MediaPlayer2``, carrying the two interfaces every MPRIS client reads:
``org.mpris.MediaPlayer2`` (who we are, Raise, Quit) and ``org.mpris.MediaPlayer2.Player``
(PlayPause, Next, Previous, Stop..., what is playing and whether it can go on). A step of the
routine is a "track": its title is the step's title and side, its album the routine's title, its
length the step's length.

The D-Bus side knows nothing about sessions or windows. It asks a small ``PlayerControl`` for a
``PlayerSnapshot`` (a frozen description of what a player would show) and calls its commands;
``SessionPlayerControl`` is the adapter from the app's session driver to that protocol. The app
calls ``MprisService.changed()`` whenever the session may have moved on (the driver's ``ticked``
signal is enough); the service diffs the snapshot against the last one it announced and emits
``org.freedesktop.DBus.Properties.PropertiesChanged`` only for what changed, and ``Seeked`` when a
step restarts.

Qt delivers every D-Bus call on the GUI thread from its event loop, so the handlers here only call
a command and return: nothing waits. Without a session bus, or with the name already taken by
another StretchGuide, ``publish()`` logs one debug line and returns False; the app goes on without
MPRIS.

Known limit of PySide6's QtDBus: a Python ``int`` becomes a 32-bit D-Bus integer whenever it fits,
and there is no way from Python to mark it as 64-bit inside a variant map. So ``mpris:length``
reaches clients as ``int32`` for steps shorter than about 35 minutes (all of ours) instead of the
``int64`` the specification names. Clients that read numbers loosely (desktop widgets,
``playerctl metadata``) show it; ``playerctl``'s ``duration(mpris:length)`` format helper refuses
it. ``Position`` is a typed property and is ``int64`` as it should be.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import ClassInfo, Property, QMetaType, QObject, QTimer, Signal, Slot
from PySide6.QtDBus import (
    QDBusAbstractAdaptor,
    QDBusArgument,
    QDBusConnection,
    QDBusMessage,
    QDBusObjectPath,
)

from stretchguide.core.assets import exercise_picture
from stretchguide.core.session import Session, State
from stretchguide.core.timeline import Segment

log = logging.getLogger("stretchguide.desktop.mpris")

SERVICE_NAME = "org.mpris.MediaPlayer2.stretchguide"
OBJECT_PATH = "/org/mpris/MediaPlayer2"
ROOT_INTERFACE = "org.mpris.MediaPlayer2"
PLAYER_INTERFACE = "org.mpris.MediaPlayer2.Player"
PROPERTIES_INTERFACE = "org.freedesktop.DBus.Properties"
IDENTITY = "StretchGuide"
DESKTOP_ENTRY = "io.github.stretchguide.StretchGuide"
#: A step's track id is this followed by the step's (segment's) index.
TRACK_PATH_PREFIX = "/io/github/stretchguide/step/"
#: The track id the specification reserves for "no track".
NO_TRACK_PATH = "/org/mpris/MediaPlayer2/TrackList/NoTrack"
ARTIST = "StretchGuide"

PLAYING = "Playing"
PAUSED = "Paused"
STOPPED = "Stopped"

#: A position this much earlier than the last one announced in the same step means the step
#: restarted ("previous" within its first seconds restarts it): clients are told with ``Seeked``.
SEEK_TOLERANCE_S = 0.5

_MICROSECONDS = 1_000_000

# Qt type names for properties, signals and slots (PySide's stubs only know Python types).
_QLONGLONG: Any = "qlonglong"
_QSTRINGLIST: Any = "QStringList"
_QVARIANTMAP: Any = "QVariantMap"


def _dbus_interface(name: str) -> Any:
    """``@ClassInfo({"D-Bus Interface": name})``: the D-Bus name of an adaptor's interface."""
    class_info: Any = ClassInfo  # its stub knows only keyword names, not this one with spaces
    return class_info({"D-Bus Interface": name})


@dataclass(frozen=True)
class PlayerSnapshot:
    """What a media player would show right now; compared field by field to announce changes.

    ``track_index`` is -1 when there is no track (no session, or it is over); ``status`` is one of
    ``"Playing"``, ``"Paused"``, ``"Stopped"``. ``art_url`` is optional (a ``file://`` URL).
    """

    status: str = STOPPED
    title: str = ""
    album: str = ""
    track_index: int = -1
    length_s: float = 0.0
    position_s: float = 0.0
    can_next: bool = False
    can_previous: bool = False
    can_play: bool = False
    can_pause: bool = False
    art_url: str = ""

    @property
    def has_track(self) -> bool:
        return self.track_index >= 0


#: Nothing to play: no session, or the session is over.
NO_TRACK = PlayerSnapshot()


class PlayerControl(Protocol):
    """What the MPRIS service needs from the app: commands, and a description of the state."""

    def play_pause(self) -> None: ...
    def play(self) -> None: ...
    def pause(self) -> None: ...
    def next(self) -> None: ...
    def previous(self) -> None: ...
    def stop(self) -> None: ...
    def raise_window(self) -> None: ...
    def quit(self) -> None: ...
    def snapshot(self) -> PlayerSnapshot: ...


# ---- the D-Bus interfaces ----------------------------------------------------------------------
# Method and property names are fixed by the MPRIS specification, hence the CamelCase.


@_dbus_interface(ROOT_INTERFACE)
class _RootAdaptor(QDBusAbstractAdaptor):
    """``org.mpris.MediaPlayer2``: the application itself."""

    def __init__(self, service: MprisService) -> None:
        super().__init__(service)
        self._service = service

    @Slot()
    def Raise(self) -> None:
        self._service.command("raise_window")

    @Slot()
    def Quit(self) -> None:
        # Later, so the reply to this call leaves before the app starts closing.
        self._service.command_later("quit")

    def _true(self) -> bool:
        return True

    def _false(self) -> bool:
        return False

    def _identity(self) -> str:
        return IDENTITY

    def _desktop_entry(self) -> str:
        return DESKTOP_ENTRY

    def _nothing(self) -> list[str]:
        return []

    CanQuit = Property(bool, _true, constant=True)
    CanRaise = Property(bool, _true, constant=True)
    HasTrackList = Property(bool, _false, constant=True)
    Identity = Property(str, _identity, constant=True)
    DesktopEntry = Property(str, _desktop_entry, constant=True)
    SupportedUriSchemes = Property(_QSTRINGLIST, _nothing, constant=True)
    SupportedMimeTypes = Property(_QSTRINGLIST, _nothing, constant=True)


@_dbus_interface(PLAYER_INTERFACE)
class _PlayerAdaptor(QDBusAbstractAdaptor):
    """``org.mpris.MediaPlayer2.Player``: the session as a player, one step a track."""

    #: Emitted (and relayed on the bus as ``x``) when the position jumps, e.g. a step restarts.
    Seeked = Signal(_QLONGLONG)

    def __init__(self, service: MprisService) -> None:
        super().__init__(service)
        self._service = service

    @Slot()
    def PlayPause(self) -> None:
        self._service.command("play_pause")

    @Slot()
    def Play(self) -> None:
        self._service.command("play")

    @Slot()
    def Pause(self) -> None:
        self._service.command("pause")

    @Slot()
    def Next(self) -> None:
        self._service.command("next")

    @Slot()
    def Previous(self) -> None:
        self._service.command("previous")

    @Slot()
    def Stop(self) -> None:
        self._service.command("stop")

    @Slot(_QLONGLONG)
    def Seek(self, _offset_us: int) -> None:
        """A session cannot be scrubbed (``CanSeek`` is false), so this does nothing."""

    @Slot(QDBusObjectPath, _QLONGLONG)
    def SetPosition(self, _track: QDBusObjectPath, _position_us: int) -> None:
        """Does nothing, as ``CanSeek`` (false) tells clients."""

    @Slot(str)
    def OpenUri(self, _uri: str) -> None:
        """Does nothing: ``SupportedUriSchemes`` is empty."""

    def _snap(self) -> PlayerSnapshot:
        return self._service.snapshot()

    def _status(self) -> str:
        return self._snap().status

    def _metadata(self) -> dict[str, Any]:
        return metadata(self._snap())

    def _position(self) -> int:
        return _us(self._snap().position_s)

    def _one(self) -> float:
        return 1.0

    def _can_next(self) -> bool:
        return self._snap().can_next

    def _can_previous(self) -> bool:
        return self._snap().can_previous

    def _can_play(self) -> bool:
        return self._snap().can_play

    def _can_pause(self) -> bool:
        return self._snap().can_pause

    def _true(self) -> bool:
        return True

    def _false(self) -> bool:
        return False

    PlaybackStatus = Property(str, _status)
    Metadata = Property(_QVARIANTMAP, _metadata)
    Position = Property(_QLONGLONG, _position)
    Rate = Property(float, _one, constant=True)
    MinimumRate = Property(float, _one, constant=True)
    MaximumRate = Property(float, _one, constant=True)
    # Read-only: the coach's voice has its own volume in the settings; a player-wide volume here
    # would be a second, conflicting control.
    Volume = Property(float, _one, constant=True)
    CanGoNext = Property(bool, _can_next)
    CanGoPrevious = Property(bool, _can_previous)
    CanPlay = Property(bool, _can_play)
    CanPause = Property(bool, _can_pause)
    CanSeek = Property(bool, _false, constant=True)
    CanControl = Property(bool, _true, constant=True)


# ---- what goes on the bus ----------------------------------------------------------------------


def _us(seconds: float) -> int:
    return round(seconds * _MICROSECONDS)


def track_path(snapshot: PlayerSnapshot) -> str:
    """The ``mpris:trackid`` of the snapshot's step, or the specification's "no track"."""
    if not snapshot.has_track:
        return NO_TRACK_PATH
    return f"{TRACK_PATH_PREFIX}{snapshot.track_index}"


def metadata(snapshot: PlayerSnapshot) -> dict[str, Any]:
    """The ``Metadata`` map: track id, title, album, artist, length (and picture if any)."""
    result: dict[str, Any] = {"mpris:trackid": QDBusObjectPath(track_path(snapshot))}
    if not snapshot.has_track:
        return result
    result["xesam:title"] = snapshot.title
    result["xesam:album"] = snapshot.album
    result["xesam:artist"] = [ARTIST]
    result["mpris:length"] = _us(snapshot.length_s)
    if snapshot.art_url:
        result["mpris:artUrl"] = snapshot.art_url
    return result


def _metadata_key(snapshot: PlayerSnapshot) -> tuple[object, ...]:
    return (
        snapshot.track_index,
        snapshot.title,
        snapshot.album,
        _us(snapshot.length_s),
        snapshot.art_url,
    )


#: Player properties announced when they change, with the snapshot field each one follows.
_FLAGS = (
    ("CanGoNext", "can_next"),
    ("CanGoPrevious", "can_previous"),
    ("CanPlay", "can_play"),
    ("CanPause", "can_pause"),
)


def _no_strings() -> QDBusArgument:
    """An empty ``as``: a plain ``[]`` would go out as ``av`` and GDBus clients drop the signal."""
    arg = QDBusArgument()
    arg.beginArray(QMetaType.Type.QString)
    arg.endArray()
    return arg


# ---- the service -------------------------------------------------------------------------------


class MprisService(QObject):
    """Publishes a ``PlayerControl`` as an MPRIS 2 player on the session bus.

    Args:
        control: the commands and state the D-Bus calls reach.
        parent: the usual Qt parent (the main window), so the service lives as long as it.
        connection: the bus to publish on; the session bus when not given (tests pass a private
            bus).
        service_name: the well-known name to own.
    """

    def __init__(
        self,
        control: PlayerControl,
        parent: QObject | None = None,
        *,
        connection: QDBusConnection | None = None,
        service_name: str = SERVICE_NAME,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mpris")
        self._control = control
        self._connection = connection
        self._service_name = service_name
        self._bus: QDBusConnection | None = None
        self._announced = NO_TRACK
        self._root = _RootAdaptor(self)
        self._player = _PlayerAdaptor(self)

    # ---- queries ---------------------------------------------------------------------------
    @property
    def published(self) -> bool:
        return self._bus is not None

    @property
    def service_name(self) -> str:
        return self._service_name

    def snapshot(self) -> PlayerSnapshot:
        """The control's snapshot; a failing control reads as "no track", never as an error."""
        try:
            return self._control.snapshot()
        except Exception:
            log.exception("the MPRIS snapshot failed")
            return NO_TRACK

    # ---- publishing ------------------------------------------------------------------------
    def publish(self) -> bool:
        """Own the name and export the object; False (and a debug line) when that cannot be."""
        if self._bus is not None:
            return True
        bus = self._connection if self._connection is not None else QDBusConnection.sessionBus()
        if not bus.isConnected():
            reason = bus.lastError().message() or "not connected"
            log.debug("MPRIS is off: no D-Bus session bus (%s)", reason)
            return False
        if not bus.registerObject(OBJECT_PATH, self, QDBusConnection.RegisterOption.ExportAdaptors):
            log.debug("MPRIS is off: %s is already exported on this connection", OBJECT_PATH)
            return False
        if not bus.registerService(self._service_name):
            bus.unregisterObject(OBJECT_PATH)
            reason = bus.lastError().message() or "another StretchGuide owns it"
            log.debug("MPRIS is off: the name %s is taken (%s)", self._service_name, reason)
            return False
        self._bus = bus
        self._announced = self.snapshot()
        log.debug("MPRIS published as %s", self._service_name)
        return True

    def unpublish(self) -> None:
        """Give the name back and withdraw the object; safe to call twice."""
        bus, self._bus = self._bus, None
        if bus is None:
            return
        bus.unregisterService(self._service_name)
        bus.unregisterObject(OBJECT_PATH)

    # ---- announcing changes ----------------------------------------------------------------
    def changed(self, *_args: object) -> None:
        """The state may have changed: announce whatever did (any signal can be connected)."""
        if self._bus is None:
            return
        new = self.snapshot()
        old, self._announced = self._announced, new
        changes: dict[str, Any] = {}
        if new.status != old.status:
            changes["PlaybackStatus"] = new.status
        if _metadata_key(new) != _metadata_key(old):
            changes["Metadata"] = metadata(new)
        for prop, field in _FLAGS:
            if getattr(new, field) != getattr(old, field):
                changes[prop] = getattr(new, field)
        if changes:
            self._send_properties_changed(PLAYER_INTERFACE, changes)
        if (
            new.has_track
            and new.track_index == old.track_index
            and new.position_s + SEEK_TOLERANCE_S < old.position_s
        ):
            self._player.Seeked.emit(_us(new.position_s))

    def _send_properties_changed(self, interface: str, changes: dict[str, Any]) -> None:
        if self._bus is None:
            return
        message = QDBusMessage.createSignal(OBJECT_PATH, PROPERTIES_INTERFACE, "PropertiesChanged")
        message.setArguments([interface, changes, _no_strings()])
        if not self._bus.send(message):
            log.debug("MPRIS: PropertiesChanged could not be sent")

    # ---- commands from the bus -------------------------------------------------------------
    def command(self, name: str) -> None:
        """Run one of the control's commands for a D-Bus call, then announce what changed."""
        try:
            getattr(self._control, name)()
        except Exception:  # a failing command must not take the D-Bus dispatch down with it
            log.exception("the MPRIS command %s failed", name)
        self.changed()

    def command_later(self, name: str) -> None:
        QTimer.singleShot(0, self, lambda: self.command(name))


# ---- the adapter from the app's session to PlayerControl ---------------------------------------


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
    return f"{segment.title} ({segment.side.value})"


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
            title="Get ready"
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

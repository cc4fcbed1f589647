"""MPRIS against real clients: playerctl and dbus-send on a private session bus.

The app side is a real ``Session`` on a ``FakeClock`` (time moves only when a test says so), the
desk-break routine compiled as the app compiles it, a ``SessionPlayerControl`` and the
``MprisService`` published on the test's own bus.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from PySide6.QtCore import SLOT, QObject, Slot
from PySide6.QtDBus import QDBusConnection, QDBusMessage
from pytestqt.qtbot import QtBot

from stretchguide.core.assets import assets_dir, builtin_routines_dir
from stretchguide.core.catalog_loader import load_catalog
from stretchguide.core.clock import FakeClock
from stretchguide.core.loader import load_library
from stretchguide.core.session import Session, State
from stretchguide.core.timeline import Timeline, compile_timeline
from stretchguide.desktop.mpris import (
    NO_TRACK,
    OBJECT_PATH,
    PLAYER_INTERFACE,
    PROPERTIES_INTERFACE,
    ROOT_INTERFACE,
    SERVICE_NAME,
    MprisService,
    PlayerSnapshot,
    metadata,
)
from stretchguide.desktop.mpris_session import SessionPlayerControl, track_title
from tests.desktop.conftest import Clients

ROUTINE = "desk-break"


def desk_break() -> Timeline:
    catalog = load_catalog(assets_dir())
    routine = load_library(catalog, builtin_routines_dir()).get(ROUTINE)
    assert routine is not None
    return compile_timeline(routine, catalog)


@dataclass
class Player:
    session: Session
    clock: FakeClock
    service: MprisService
    raised: list[bool]
    quits: list[bool]

    @property
    def timeline(self) -> Timeline:
        return self.session.timeline


@pytest.fixture
def player(qtbot: QtBot, bus: QDBusConnection) -> Iterator[Player]:
    clock = FakeClock()
    session = Session(desk_break(), clock)
    session.start()
    raised: list[bool] = []
    quits: list[bool] = []
    control = SessionPlayerControl(
        lambda: session,
        raise_window=lambda: raised.append(True),
        quit=lambda: quits.append(True),
    )
    service = MprisService(control, connection=bus)
    assert service.publish()
    try:
        yield Player(session, clock, service, raised, quits)
    finally:
        service.unpublish()
        service.deleteLater()


def metadata_lines(clients: Clients) -> dict[str, str]:
    """``playerctl metadata`` as {key: value}."""
    table: dict[str, str] = {}
    for line in clients.playerctl("metadata").splitlines():
        _player, key, value = line.split(None, 2)
        table[key] = value
    return table


# ---- the session through playerctl ---------------------------------------------------------


def test_play_pause_pauses_and_resumes_the_real_session(player: Player, clients: Clients) -> None:
    assert clients.playerctl("status") == "Playing"

    clients.playerctl("play-pause")
    assert player.session.state is State.PAUSED
    assert clients.playerctl("status") == "Paused"

    clients.playerctl("play-pause")
    assert player.session.state is State.RUNNING
    assert clients.playerctl("status") == "Playing"


def test_pause_and_play_are_idempotent(player: Player, clients: Clients) -> None:
    clients.playerctl("pause")
    clients.playerctl("pause")
    assert player.session.state is State.PAUSED
    clients.playerctl("play")
    clients.playerctl("play")
    assert player.session.state is State.RUNNING


def test_next_and_previous_move_through_the_steps(player: Player, clients: Clients) -> None:
    segments = player.timeline.segments
    assert clients.playerctl("metadata", "xesam:title") == segments[0].title

    clients.playerctl("next")
    assert player.session.index == 1
    assert clients.playerctl("metadata", "xesam:title") == segments[1].title

    clients.playerctl("next")
    assert player.session.index == 2
    assert segments[2].side is not None
    title = f"{segments[2].title} ({segments[2].side.value})"
    assert clients.playerctl("metadata", "xesam:title") == title
    assert title == "Seated glute stretch (left)"

    clients.playerctl("previous")  # just after the step began: back to the one before
    assert player.session.index == 1
    assert clients.playerctl("metadata", "xesam:title") == segments[1].title


def test_metadata_carries_routine_length_artist_and_track_id(
    player: Player, clients: Clients
) -> None:
    clients.playerctl("next")
    table = metadata_lines(clients)
    seg = player.timeline.segments[1]
    assert table["xesam:album"] == player.timeline.routine_title == "Desk break"
    assert table["xesam:artist"] == "StretchGuide"
    assert table["mpris:length"] == str(round(seg.duration_s * 1_000_000))
    assert table["mpris:trackid"] == "'/io/github/stretchguide/step/1'"


def test_position_is_the_offset_in_the_step_in_microseconds(
    player: Player, clients: Clients
) -> None:
    player.clock.advance(4.25)
    # playerctl extrapolates from when it read the position while the status is Playing
    assert float(clients.playerctl("position")) == pytest.approx(4.25, abs=0.5)
    assert clients.get(PLAYER_INTERFACE, "Position") == "variant       int64 4250000"


def test_stop_stops_the_session_and_then_nothing_can_be_done(
    player: Player, clients: Clients
) -> None:
    clients.playerctl("stop")
    assert player.session.state is State.STOPPED
    assert clients.playerctl("status") == "Stopped"
    refused = clients.run("playerctl", "-p", "stretchguide", "next")
    assert refused.returncode != 0
    assert "No player could handle this command" in refused.stderr
    assert clients.get(PLAYER_INTERFACE, "CanGoNext") == "variant       boolean false"


def test_the_capabilities_are_truthful_while_a_session_runs(
    player: Player, clients: Clients
) -> None:
    for prop in ("CanGoNext", "CanGoPrevious", "CanPlay", "CanPause", "CanControl"):
        assert clients.get(PLAYER_INTERFACE, prop) == "variant       boolean true", prop
    assert clients.get(PLAYER_INTERFACE, "CanSeek") == "variant       boolean false"
    assert clients.get(PLAYER_INTERFACE, "Rate") == "variant       double 1"


def test_seek_is_a_no_op(player: Player, clients: Clients) -> None:
    player.clock.advance(2.0)
    refused = clients.run("playerctl", "-p", "stretchguide", "position", "10")
    assert refused.returncode != 0  # playerctl sees CanSeek false and does not even try
    done = clients.run(
        "dbus-send",
        "--session",
        "--print-reply",
        f"--dest={SERVICE_NAME}",
        OBJECT_PATH,
        f"{PLAYER_INTERFACE}.Seek",
        "int64:5000000",
    )
    assert done.returncode == 0, done.stderr
    assert player.session.offset() == pytest.approx(2.0)
    assert player.session.index == 0


def test_identity_raise_and_quit(player: Player, clients: Clients, qtbot: QtBot) -> None:
    assert clients.get(ROOT_INTERFACE, "Identity") == 'variant       string "StretchGuide"'
    assert clients.get(ROOT_INTERFACE, "DesktopEntry") == (
        'variant       string "io.github.stretchguide.StretchGuide"'
    )
    assert clients.get(ROOT_INTERFACE, "HasTrackList") == "variant       boolean false"
    assert clients.call(ROOT_INTERFACE, "Raise").returncode == 0
    assert player.raised == [True]
    assert clients.call(ROOT_INTERFACE, "Quit").returncode == 0
    qtbot.waitUntil(lambda: player.quits == [True], timeout=5000)


# ---- announcing changes ----------------------------------------------------------------------


def test_a_following_client_hears_every_change(player: Player, clients: Clients) -> None:
    """playerctl --follow only hears PropertiesChanged signals GDBus accepts (``sa{sv}as``)."""
    status = clients.follow("playerctl", "-p", "stretchguide", "--follow", "status")
    status.wait_for("Playing")
    title = clients.follow(
        "playerctl", "-p", "stretchguide", "--follow", "metadata", "--format", "{{xesam:title}}"
    )
    title.wait_for(player.timeline.segments[0].title)

    player.session.pause()  # from the app's own controls, not from D-Bus
    player.service.changed()
    status.wait_for("Paused")

    player.session.next()
    player.service.changed()
    title.wait_for(player.timeline.segments[1].title)


class _Sink(QObject):
    """Receives signals on a second connection, as any client would."""

    def __init__(self) -> None:
        super().__init__()
        self.messages: list[QDBusMessage] = []

    @Slot(QDBusMessage)
    def on_message(self, message: QDBusMessage) -> None:
        self.messages.append(message)


@pytest.fixture
def sink(qtbot: QtBot, bus_address: str) -> Iterator[tuple[_Sink, QDBusConnection]]:
    name = "sink"
    connection = QDBusConnection.connectToBus(bus_address, name)
    receiver = _Sink()
    try:
        yield receiver, connection
    finally:
        QDBusConnection.disconnectFromBus(name)


def _listen(sink: tuple[_Sink, QDBusConnection], interface: str, member: str) -> _Sink:
    receiver, connection = sink
    ok = connection.connect(
        "", OBJECT_PATH, interface, member, receiver, SLOT("on_message(QDBusMessage)")
    )
    assert ok
    # A call on the same connection returns only once the bus has also seen the match rule.
    ping = QDBusMessage.createMethodCall(
        "org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus", "GetId"
    )
    assert connection.call(ping).type() is QDBusMessage.MessageType.ReplyMessage
    return receiver


def _changed_keys(lines: list[str]) -> list[list[str]]:
    """The changed property names of each PropertiesChanged signal dbus-monitor printed."""
    signals: list[list[str]] = []
    for line in lines:
        if line.startswith("signal ") and "member=PropertiesChanged" in line:
            signals.append([])
        elif signals and (key := re.fullmatch(r' {9}string "([^"]+)"', line)):
            signals[-1].append(key.group(1))
    return signals


def test_properties_changed_names_only_what_changed(
    player: Player, clients: Clients, qtbot: QtBot
) -> None:
    monitor = clients.follow(
        "dbus-monitor",
        "--session",
        f"type='signal',interface='{PROPERTIES_INTERFACE}',member='PropertiesChanged'",
    )
    qtbot.waitUntil(lambda: any("member=NameLost" in line for line in monitor.lines), timeout=5000)

    def announced() -> list[list[str]]:
        return _changed_keys(monitor.lines)

    player.service.changed()  # nothing changed: nothing is sent
    player.session.pause()
    player.service.changed()
    qtbot.waitUntil(lambda: len(announced()) == 1, timeout=5000)
    assert announced()[0] == ["PlaybackStatus"]
    assert '   string "org.mpris.MediaPlayer2.Player"' in monitor.lines
    assert any(line.endswith('string "Paused"') for line in monitor.lines)

    player.session.next()
    player.service.changed()
    qtbot.waitUntil(lambda: len(announced()) == 2, timeout=5000)
    assert announced()[1] == ["Metadata"]
    assert any(
        line.endswith(f'string "{player.timeline.segments[1].title}"') for line in monitor.lines
    )

    player.session.stop()
    player.service.changed()
    qtbot.waitUntil(lambda: len(announced()) == 3, timeout=5000)
    assert sorted(announced()[2]) == sorted(
        ["PlaybackStatus", "Metadata", "CanGoNext", "CanGoPrevious", "CanPlay", "CanPause"]
    )


def test_properties_changed_has_the_signature_gdbus_clients_require(
    player: Player, sink: tuple[_Sink, QDBusConnection], clients: Clients, qtbot: QtBot
) -> None:
    receiver = _listen(sink, PROPERTIES_INTERFACE, "PropertiesChanged")
    player.session.pause()
    player.service.changed()
    qtbot.waitUntil(lambda: len(receiver.messages) == 1, timeout=5000)
    message = receiver.messages[0]
    assert message.signature() == "sa{sv}as"  # an empty [] would go out as "av"
    assert message.arguments()[0] == PLAYER_INTERFACE


def test_restarting_a_step_is_announced_as_a_seek(
    player: Player, sink: tuple[_Sink, QDBusConnection], qtbot: QtBot, clients: Clients
) -> None:
    receiver = _listen(sink, PLAYER_INTERFACE, "Seeked")
    player.session.next()
    player.clock.advance(5.0)
    player.service.changed()
    clients.playerctl("previous")  # more than 3 s in: restart this step
    assert player.session.index == 1
    assert player.session.offset() == 0.0
    qtbot.waitUntil(lambda: len(receiver.messages) == 1, timeout=5000)
    assert receiver.messages[0].signature() == "x"
    assert receiver.messages[0].arguments() == [0]


# ---- no session, a taken name, no bus ----------------------------------------------------------


def test_with_no_session_the_player_is_stopped_and_refuses_commands(
    qtbot: QtBot, bus: QDBusConnection, clients: Clients
) -> None:
    service = MprisService(SessionPlayerControl(lambda: None), connection=bus)
    assert service.publish()
    try:
        assert clients.playerctl("status") == "Stopped"
        for command in ("play-pause", "next", "previous", "stop"):
            refused = clients.run("playerctl", "-p", "stretchguide", command)
            assert refused.returncode != 0, command
        for prop in ("CanGoNext", "CanGoPrevious", "CanPlay", "CanPause"):
            assert clients.get(PLAYER_INTERFACE, prop) == "variant       boolean false", prop
        assert "/org/mpris/MediaPlayer2/TrackList/NoTrack" in clients.get(
            PLAYER_INTERFACE, "Metadata"
        )
    finally:
        service.unpublish()


def test_a_taken_name_is_not_an_error(
    qtbot: QtBot, bus: QDBusConnection, bus_address: str, caplog: pytest.LogCaptureFixture
) -> None:
    other = QDBusConnection.connectToBus(bus_address, "other-stretchguide")
    try:
        assert other.registerService(SERVICE_NAME)
        service = MprisService(SessionPlayerControl(lambda: None), connection=bus)
        with caplog.at_level("DEBUG", logger="stretchguide.desktop.mpris"):
            assert service.publish() is False
        assert not service.published
        assert any("is taken" in r.getMessage() for r in caplog.records)
        service.changed()  # harmless when not published
        service.unpublish()
    finally:
        QDBusConnection.disconnectFromBus("other-stretchguide")


def test_unpublish_gives_the_name_back(player: Player, clients: Clients) -> None:
    assert "stretchguide" in clients.run("playerctl", "-l").stdout
    player.service.unpublish()
    player.service.unpublish()
    assert "stretchguide" not in clients.run("playerctl", "-l").stdout
    assert player.service.publish()
    assert clients.playerctl("status") == "Playing"


def test_no_session_bus_means_no_mpris_and_no_noise(tmp_path: object) -> None:
    """QDBusConnection.sessionBus() is cached per process, so this runs in a fresh one."""
    script = textwrap.dedent(
        """
        import logging, sys
        logging.basicConfig(level=logging.DEBUG, format="%(levelname)s:%(name)s:%(message)s")
        from PySide6.QtCore import QCoreApplication
        from stretchguide.desktop.mpris import MprisService
        from stretchguide.desktop.mpris_session import SessionPlayerControl
        app = QCoreApplication([])
        service = MprisService(SessionPlayerControl(lambda: None))
        print(service.publish(), service.published)
        service.changed()
        service.unpublish()
        """
    )
    env = {
        **os.environ,
        "DBUS_SESSION_BUS_ADDRESS": "unix:path=/nonexistent/stretchguide-test-bus",
        "QT_QPA_PLATFORM": "offscreen",
    }
    done = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "False False"
    lines = [line for line in done.stderr.splitlines() if line.strip()]
    assert lines, "the reason should be logged at debug level"
    assert all(line.startswith("DEBUG:") for line in lines), done.stderr


# ---- the adapter, without a bus -----------------------------------------------------------------


def test_snapshot_follows_the_session() -> None:
    clock = FakeClock()
    session = Session(desk_break(), clock)
    current: list[Session | None] = [None]
    control = SessionPlayerControl(lambda: current[0])
    assert control.snapshot() == NO_TRACK

    current[0] = session
    ready = control.snapshot()
    assert ready.status == "Stopped"
    assert ready.can_play and not ready.can_pause and not ready.can_next

    control.play()
    assert session.state is State.RUNNING
    clock.advance(3.0)
    snap = control.snapshot()
    assert snap.status == "Playing"
    assert snap.track_index == 0
    assert snap.position_s == pytest.approx(3.0)
    assert snap.length_s == session.timeline.segments[0].duration_s
    assert snap.album == "Desk break"
    assert snap.can_next and snap.can_previous and snap.can_pause and snap.can_play

    control.pause()
    assert control.snapshot().status == "Paused"
    control.play()
    assert control.snapshot().status == "Playing"
    control.stop()
    assert control.snapshot() == NO_TRACK


def test_the_exercise_picture_is_the_art() -> None:
    session = Session(desk_break(), FakeClock())
    session.start()
    session.next()
    session.next()
    snap = SessionPlayerControl(lambda: session).snapshot()
    assert snap.title == track_title(session.segment) == "Seated glute stretch (left)"
    assert snap.art_url.startswith("file://") and snap.art_url.endswith("seated-glute.svg")
    assert metadata(snap)["mpris:artUrl"] == snap.art_url
    assert metadata(PlayerSnapshot()).keys() == {"mpris:trackid"}


def test_a_failing_control_reads_as_no_track(caplog: pytest.LogCaptureFixture) -> None:
    class Broken(SessionPlayerControl):
        def snapshot(self) -> PlayerSnapshot:
            raise RuntimeError("boom")

    service = MprisService(Broken(lambda: None))
    with caplog.at_level("ERROR", logger="stretchguide.desktop.mpris"):
        assert service.snapshot() == NO_TRACK
        service.command("next")
    assert "boom" in caplog.text
    service.deleteLater()


# ---- with the UI's session driver: the "get ready" count-in --------------------------------


def test_the_count_in_plays_and_pauses_through_the_driver(
    qtbot: QtBot, bus: QDBusConnection, clients: Clients
) -> None:
    from stretchguide.ui.session_driver import SessionDriver
    from tests.ui.fakes import TimerBank

    clock = FakeClock()
    timers = TimerBank(clock)
    driver = SessionDriver(Session(desk_break(), clock), clock, timer_factory=timers)
    control = SessionPlayerControl.for_driver(lambda: driver)
    service = MprisService(control, connection=bus)
    driver.ticked.connect(service.changed)
    driver.getReady.connect(service.changed)
    assert service.publish()
    try:
        driver.start(3.0)
        assert driver.counting_in
        assert clients.playerctl("status") == "Playing"
        assert clients.playerctl("metadata", "xesam:title") == "Get ready"
        clients.playerctl("play-pause")
        assert driver.paused_in_count_in
        assert clients.playerctl("status") == "Paused"
        clients.playerctl("play-pause")
        assert driver.counting_in
        assert clients.playerctl("status") == "Playing"
        clients.playerctl("next")  # during the count-in: start the first step at once
        assert driver.session.state is State.RUNNING and driver.session.index == 0
        clients.playerctl("next")
        assert driver.session.index == 1
        assert driver.timer.isActive()  # the driver re-aimed its timer after the command
    finally:
        service.unpublish()
        driver.shutdown()

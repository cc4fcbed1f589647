"""The resume point: offered only when it is sound, kept in UTC, and why it was not is said.

Complements ``test_resume.py`` (round trips, damaged files set aside) with the edges: the size
limit, the reason each kind of damage gives the person, an unreadable file, and a clock that is
not UTC.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from stretchguide.core.settings import SessionSettings
from stretchguide.storage import resume as resume_module
from stretchguide.storage.resume import ResumePoint, ResumeStore, settings_hash

from .helpers import BAD_SUFFIX, fixed_clock

LIMIT = 64 * 1024  # "a resume point is ~200 bytes; anything this big is not one"
GOOD = {
    "format": 1,
    "routine_id": "r",
    "segment_index": 1,
    "saved_at": "2024-05-01T07:00:00+00:00",
    "settings_hash": None,
}
POINT = ResumePoint("r", 1, datetime(2024, 5, 1, 7, tzinfo=UTC))


@pytest.fixture
def store(tmp_path: Path) -> ResumeStore:
    return ResumeStore(tmp_path / "resume.json", now=fixed_clock)


def padded_to(size: int) -> bytes:
    """A good resume document of exactly ``size`` bytes, padded with spaces before its ``}``."""
    text = json.dumps(GOOD)
    return (text[:-1] + " " * (size - len(text)) + "}").encode()


# -- how big a resume file may be ----------------------------------------------------------------


def test_a_point_up_to_the_size_limit_is_read_whole(store: ResumeStore) -> None:
    store.path.write_bytes(padded_to(LIMIT))
    assert store.load() == POINT
    assert store.last_problem is None and store.bad_copy is None


def test_a_point_one_byte_over_the_limit_is_set_aside(store: ResumeStore) -> None:
    store.path.write_bytes(padded_to(LIMIT + 1))
    assert store.load() is None
    assert store.last_problem is not None and "(too large)" in store.last_problem


# -- what the person is told ---------------------------------------------------------------------


def doc(**changes: object) -> bytes:
    return json.dumps({**GOOD, **changes}).encode()


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"{not json", "not JSON"),
        (b"\xff\xfe not utf-8", "not JSON"),
        (b"[1, 2]", "not a JSON object"),
        (doc(format=2), "unknown format 2"),
        (
            json.dumps({k: v for k, v in GOOD.items() if k != "format"}).encode(),
            "unknown format None",
        ),
        (doc(routine_id=""), "no routine id"),
        (doc(segment_index=-1), "no segment index"),
        (doc(settings_hash=5), "bad settings hash"),
        (doc(saved_at="2024-05-01T07:00:00"), "no time saved"),
    ],
    ids=["json", "utf-8", "object", "format", "no-format", "id", "index", "hash", "time"],
)
def test_the_person_is_told_what_was_wrong_and_where_the_file_was_kept(
    store: ResumeStore, content: bytes, reason: str, caplog: pytest.LogCaptureFixture
) -> None:
    store.path.write_bytes(content)
    with caplog.at_level(logging.WARNING, logger="stretchguide.storage"):
        assert store.load() is None
    assert store.last_problem == (
        f"The saved place to resume from was damaged ({reason}); it was kept as "
        f"resume.json{BAD_SUFFIX}."
    )
    assert store.last_problem in [r.getMessage() for r in caplog.records]


def test_a_damaged_file_that_cannot_be_set_aside_is_still_not_offered(
    store: ResumeStore, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def refuse(path: Path, when: datetime, companions: tuple[str, ...] = ()) -> Path:
        raise OSError("read-only folder")

    monkeypatch.setattr(resume_module, "move_aside", refuse)
    store.path.write_bytes(b"[1, 2]")
    with caplog.at_level(logging.WARNING, logger="stretchguide.storage"):
        assert store.load() is None
    assert store.last_problem == (
        "The saved place to resume from was damaged (not a JSON object): read-only folder."
    )
    assert store.bad_copy is None
    assert store.last_problem in [r.getMessage() for r in caplog.records]


def test_an_unreadable_file_is_not_offered_and_left_where_it_is(
    store: ResumeStore, caplog: pytest.LogCaptureFixture
) -> None:
    store.path.mkdir()  # a folder where the file should be: reading it fails
    with caplog.at_level(logging.WARNING, logger="stretchguide.storage"):
        assert store.load() is None
    assert store.path.is_dir() and store.bad_copy is None and store.last_problem is None
    [message] = [r.getMessage() for r in caplog.records]
    assert message.startswith(f"Could not read {store.path}: ") and "Is a directory" in message


def test_nothing_is_reported_before_a_load_or_after_a_clean_one(store: ResumeStore) -> None:
    assert store.last_problem is None and store.bad_copy is None
    store.path.write_bytes(b"garbage")
    store.load()
    assert store.bad_copy is not None
    store.save(POINT)
    assert store.load() == POINT
    assert store.last_problem is None and store.bad_copy is None


# -- saving --------------------------------------------------------------------------------------


@pytest.fixture
def kathmandu() -> Iterator[None]:
    """The machine's own time zone is not UTC (UTC+5:45, no daylight saving)."""
    mp = pytest.MonkeyPatch()
    mp.setenv("TZ", "Asia/Kathmandu")
    time.tzset()
    try:
        yield
    finally:
        mp.undo()
        time.tzset()


@pytest.mark.usefixtures("kathmandu")
def test_the_time_is_saved_in_utc_whatever_the_machines_zone(store: ResumeStore) -> None:
    local = datetime(2024, 5, 1, 12, 45).astimezone()  # 12:45 in Kathmandu
    store.save(ResumePoint("r", 1, local))
    assert json.loads(store.path.read_text())["saved_at"] == "2024-05-01T07:00:00+00:00"


def test_save_creates_the_folders_it_needs(tmp_path: Path) -> None:
    store = ResumeStore(tmp_path / "new" / "data" / "resume.json")
    store.save(POINT)
    assert store.load() == POINT


def test_the_file_is_readable_by_a_person(store: ResumeStore) -> None:
    store.save(POINT)
    lines = store.path.read_text().splitlines()
    assert lines[0] == "{" and lines[-1] == "}"
    assert '  "routine_id": "r",' in lines


@pytest.mark.parametrize(
    ("point", "message"),
    [
        (ResumePoint("r", 1, datetime(2024, 5, 1)), "ResumePoint.saved_at must be time-zone aware"),
        (
            ResumePoint("r", -1, datetime(2024, 5, 1, tzinfo=UTC)),
            "ResumePoint.segment_index must not be negative",
        ),
        (
            ResumePoint("", 1, datetime(2024, 5, 1, tzinfo=UTC)),
            "ResumePoint.routine_id must not be empty",
        ),
    ],
    ids=["naive-time", "negative-index", "no-routine"],
)
def test_a_malformed_point_is_refused_naming_the_field(
    store: ResumeStore, point: ResumePoint, message: str
) -> None:
    with pytest.raises(ValueError, match=f"^{re.escape(message)}$"):
        store.save(point)


# -- the settings fingerprint --------------------------------------------------------------------


def test_the_settings_fingerprint_is_the_same_in_every_release() -> None:
    """Resume points saved by an earlier release carry it: computed any other way, every saved
    point would look made with other settings, and the routine would start over."""
    settings = SessionSettings(hold_scale=1.5)
    canonical = json.dumps(settings.to_dict(), sort_keys=True, separators=(",", ":"))
    expected = hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:16]
    assert settings_hash(settings) == expected

from __future__ import annotations

import json
import os
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from stretchguide.core.settings import SessionSettings
from stretchguide.storage.paths import AppPaths
from stretchguide.storage.resume import ResumePoint, ResumeStore, settings_hash

from .helpers import BAD_SUFFIX, fixed_clock, listing

POINT = ResumePoint(
    routine_id="lower-back-basics",
    segment_index=12,
    saved_at=datetime(2024, 5, 1, 9, 30, tzinfo=timezone(timedelta(hours=2))),
    settings_hash=settings_hash(SessionSettings()),
)


@pytest.fixture
def store(tmp_path: Path) -> ResumeStore:
    return ResumeStore(tmp_path / "resume.json", now=fixed_clock)


def test_round_trip(store: ResumeStore, tmp_path: Path) -> None:
    store.save(POINT)
    assert store.load() == POINT  # same instant; stored in UTC
    assert json.loads(store.path.read_text())["saved_at"] == "2024-05-01T07:30:00+00:00"
    assert listing(tmp_path) == ["resume.json"]


def test_without_settings_hash(store: ResumeStore) -> None:
    point = ResumePoint("r", 0, datetime(2024, 5, 1, tzinfo=UTC))
    store.save(point)
    assert store.load() == point


def test_for_paths(paths: AppPaths) -> None:
    store = ResumeStore.for_paths(paths)
    store.save(POINT)
    assert paths.resume_file.exists()


def test_missing_is_none(store: ResumeStore) -> None:
    assert store.load() is None
    assert store.last_problem is None


def test_clear(store: ResumeStore, tmp_path: Path) -> None:
    store.save(POINT)
    store.clear()
    assert store.load() is None
    store.clear()  # nothing to clear is fine
    assert listing(tmp_path) == []


GOOD = {
    "format": 1,
    "routine_id": "r",
    "segment_index": 1,
    "saved_at": "2024-05-01T07:00:00+00:00",
    "settings_hash": None,
}


def doc(**changes: object) -> bytes:
    """A resume file like a good one, with some fields changed (``None`` deletes a field)."""
    data = {**GOOD, **changes}
    return json.dumps(
        {k: v for k, v in data.items() if v is not None or k == "settings_hash"}
    ).encode()


def test_the_good_document_loads(store: ResumeStore) -> None:
    store.path.write_bytes(doc())
    assert store.load() == ResumePoint("r", 1, datetime(2024, 5, 1, 7, tzinfo=UTC))


@pytest.mark.parametrize(
    "content",
    [
        b"\x00\x01garbage",
        b"{not json",
        b"[1, 2]",
        doc(format=2),
        doc(routine_id=""),
        doc(routine_id=7),
        doc(segment_index=-1),
        doc(segment_index=True),
        doc(segment_index="3"),
        doc(saved_at="2024-05-01T07:00:00"),  # no time zone
        doc(saved_at="yesterday"),
        doc(saved_at=None),
        doc(settings_hash=5),
        b" " * 70_000,
    ],
)
def test_damaged_file_is_none_and_kept_aside(
    store: ResumeStore, tmp_path: Path, content: bytes
) -> None:
    store.path.write_bytes(content)
    assert store.load() is None
    bad = tmp_path / f"resume.json{BAD_SUFFIX}"
    assert listing(tmp_path) == [bad.name]
    assert bad.read_bytes() == content
    assert store.last_problem is not None and bad.name in store.last_problem


def test_malformed_points_are_refused(store: ResumeStore) -> None:
    with pytest.raises(ValueError):
        store.save(ResumePoint("r", 1, datetime(2024, 5, 1)))
    with pytest.raises(ValueError):
        store.save(ResumePoint("r", -1, datetime(2024, 5, 1, tzinfo=UTC)))
    with pytest.raises(ValueError):
        store.save(ResumePoint("", 1, datetime(2024, 5, 1, tzinfo=UTC)))
    assert not store.path.exists()


def test_failed_save_keeps_the_previous_point(
    store: ResumeStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    store.save(POINT)

    def boom(src: object, dst: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", boom)
    with pytest.raises(OSError):
        store.save(ResumePoint("other", 3, datetime(2024, 5, 2, tzinfo=UTC)))
    monkeypatch.undo()
    assert store.load() == POINT


def test_settings_hash_is_stable_and_sensitive() -> None:
    assert settings_hash(SessionSettings()) == settings_hash(SessionSettings())
    assert settings_hash(SessionSettings()) != settings_hash(SessionSettings(hold_scale=1.5))
    assert len(settings_hash(SessionSettings())) == 16

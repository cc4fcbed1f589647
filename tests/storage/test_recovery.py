from __future__ import annotations

from pathlib import Path

from stretchguide.storage.recovery import move_aside

from .helpers import BAD_SUFFIX, FIXED_NOW, listing


def test_moves_the_file_to_a_time_stamped_name(tmp_path: Path) -> None:
    bad = tmp_path / "settings.ini"
    bad.write_bytes(b"\x00junk")
    kept = move_aside(bad, FIXED_NOW)
    assert kept == tmp_path / f"settings.ini{BAD_SUFFIX}"
    assert kept.read_bytes() == b"\x00junk"
    assert not bad.exists()


def test_never_overwrites_an_earlier_bad_copy(tmp_path: Path) -> None:
    target = tmp_path / "x.json"
    for n in range(3):
        target.write_text(str(n))
        move_aside(target, FIXED_NOW)
    assert listing(tmp_path) == [
        f"x.json{BAD_SUFFIX}",
        f"x.json{BAD_SUFFIX}-2",
        f"x.json{BAD_SUFFIX}-3",
    ]
    assert (tmp_path / f"x.json{BAD_SUFFIX}").read_text() == "0"
    assert (tmp_path / f"x.json{BAD_SUFFIX}-3").read_text() == "2"


def test_companions_move_with_their_file(tmp_path: Path) -> None:
    db = tmp_path / "h.sqlite3"
    db.write_text("db")
    (tmp_path / "h.sqlite3-wal").write_text("wal")
    kept = move_aside(db, FIXED_NOW, companions=("-wal", "-shm"))
    assert listing(tmp_path) == [kept.name, f"{kept.name}-wal"]
    assert Path(f"{kept}-wal").read_text() == "wal"

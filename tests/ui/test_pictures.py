"""Exercise pictures: drawn from their SVGs, kept as PNGs so the next start need not draw them."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage, QPixmap
from PySide6.QtWidgets import QApplication

from stretchguide.core.assets import assets_dir
from stretchguide.ui import pictures

SIZE = 72


@pytest.fixture
def svg(tmp_path: Path) -> Path:
    """A copy of a real exercise picture, which tests may change."""
    copy = tmp_path / "svg" / "figure-four.svg"
    copy.parent.mkdir()
    shutil.copy(assets_dir() / "exercises" / "figure-four.svg", copy)
    return copy


@pytest.fixture(autouse=True)
def _fresh_memory() -> None:
    pictures.pixmap.cache_clear()  # the in-memory cache would hide what the disk holds


def _kept(cache: Path) -> list[Path]:
    return sorted(cache.glob("*.png"))


def _drawn_pixels(pm: QPixmap) -> int:
    image = pm.toImage()
    return sum(
        1
        for x in range(0, image.width(), 3)
        for y in range(0, image.height(), 3)
        if image.pixelColor(x, y).alpha() > 0
    )


def test_a_picture_is_drawn_once_and_then_read_back(
    qapp: QApplication, svg: Path, tmp_path: Path
) -> None:
    cache = tmp_path / "cache"
    first = pictures.pixmap(svg, SIZE, SIZE, 1.0, cache)
    assert _drawn_pixels(first) > 20  # the figure is there
    [kept] = _kept(cache)
    assert kept.name.startswith("figure-four-72x72@1-")

    # Prove the next start reads the file: paint the kept PNG solid red.
    red = QImage(SIZE, SIZE, QImage.Format.Format_ARGB32)
    red.fill(QColor("red"))
    assert red.save(str(kept), "PNG")
    pictures.pixmap.cache_clear()
    again = pictures.pixmap(svg, SIZE, SIZE, 1.0, cache)
    assert again.toImage().pixelColor(5, 5) == QColor("red")


def test_a_changed_svg_is_drawn_again_and_the_old_png_removed(
    qapp: QApplication, svg: Path, tmp_path: Path
) -> None:
    cache = tmp_path / "cache"
    pictures.pixmap(svg, SIZE, SIZE, 1.0, cache)
    [old] = _kept(cache)
    svg.write_text(svg.read_text().replace("</svg>", "<circle cx='5' cy='5' r='4'/></svg>"))
    pictures.pixmap.cache_clear()
    pictures.pixmap(svg, SIZE, SIZE, 1.0, cache)
    [new] = _kept(cache)
    assert new != old and not old.exists()


@pytest.mark.parametrize("damage", [b"", b"not a png at all", "small"])
def test_a_damaged_or_wrong_sized_png_is_drawn_again(
    qapp: QApplication, svg: Path, tmp_path: Path, damage: object
) -> None:
    cache = tmp_path / "cache"
    pictures.pixmap(svg, SIZE, SIZE, 1.0, cache)
    [kept] = _kept(cache)
    if damage == "small":
        QImage(8, 8, QImage.Format.Format_ARGB32).save(str(kept), "PNG")
    else:
        assert isinstance(damage, bytes)
        kept.write_bytes(damage)
    pictures.pixmap.cache_clear()
    pm = pictures.pixmap(svg, SIZE, SIZE, 1.0, cache)
    assert pm.width() == SIZE and _drawn_pixels(pm) > 20
    assert not QPixmap(str(kept)).isNull() and QPixmap(str(kept)).width() == SIZE  # replaced


def test_a_cache_that_cannot_be_written_still_shows_the_picture(
    qapp: QApplication, svg: Path, tmp_path: Path
) -> None:
    blocked = tmp_path / "a-file"
    blocked.write_text("in the way")
    pm = pictures.pixmap(svg, SIZE, SIZE, 1.0, blocked / "cache")
    assert _drawn_pixels(pm) > 20
    assert blocked.read_text() == "in the way"


def test_a_missing_svg_gives_an_empty_picture_and_keeps_nothing(
    qapp: QApplication, tmp_path: Path
) -> None:
    cache = tmp_path / "cache"
    pm = pictures.pixmap(tmp_path / "gone.svg", SIZE, SIZE, 1.0, cache)
    assert pm.width() == SIZE and _drawn_pixels(pm) == 0
    assert not cache.exists() or _kept(cache) == []


def test_high_dpi_pictures_are_kept_at_their_own_size(
    qapp: QApplication, svg: Path, tmp_path: Path
) -> None:
    cache = tmp_path / "cache"
    pm = pictures.pixmap(svg, SIZE, SIZE, 2.0, cache)
    assert (pm.width(), pm.devicePixelRatio()) == (2 * SIZE, 2.0)
    pictures.pixmap.cache_clear()
    again = pictures.pixmap(svg, SIZE, SIZE, 2.0, cache)
    assert (again.width(), again.devicePixelRatio()) == (2 * SIZE, 2.0)
    assert [p.name.split("-")[-2] for p in _kept(cache)] == ["72x72@2"]

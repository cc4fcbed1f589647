"""Exercise pictures and icons, found by file name and degrading to nothing when missing.

The SVGs are drawn separately from the code, so every lookup tolerates a missing or broken file:
the view then simply shows no picture rather than failing. Renderers are cached because the same
few pictures are shown over and over (library rows, session view).

The library's small pictures are also kept on disk as PNGs (``pixmap(..., cache=folder)``):
the first frame then reads a few tiny PNGs instead of loading Qt's SVG module and renderer
(2 % of start-up, in instructions). A cached file is named after the picture's size and a
checksum of its SVG's bytes, so a changed SVG is never shown stale; a file that does not read
back as a picture of the right size is drawn again and replaced.
"""

from __future__ import annotations

import contextlib
import os
import zlib
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QColor, QPixmap

if TYPE_CHECKING:
    from PySide6.QtGui import QIcon
    from PySide6.QtSvg import QSvgRenderer

from stretchguide.core.assets import assets_dir
from stretchguide.core.model import BodyPosition, Catalog
from stretchguide.core.positions import Shown, shown_at
from stretchguide.core.timeline import Segment

#: The plain drawing of each position, shown for briefings and transitions (which position a
#: step is in is decided in ``core.positions``; here it only becomes a file). Child's pose is
#: its own position, so its stretch drawing serves for both.
POSITION_PICTURES: dict[BodyPosition, str] = {
    BodyPosition.STANDING: "standing.svg",
    BodyPosition.SEATED: "seated.svg",
    BodyPosition.LYING: "lying.svg",
    BodyPosition.HANDS_AND_KNEES: "hands-and-knees.svg",
    BodyPosition.CHILDS_POSE: "childs-pose.svg",
}


def position_path(position: BodyPosition) -> Path:
    return assets_dir() / "exercises" / POSITION_PICTURES[position]


def exercise_path(catalog: Catalog, exercise_id: str) -> Path:
    """An exercise's own drawing: its catalogue ``picture``, else ``<id>.svg``."""
    exercise = catalog.exercises.get(exercise_id)
    name = (exercise.picture if exercise and exercise.picture else "") or f"{exercise_id}.svg"
    return assets_dir() / "exercises" / name


def picture_path(catalog: Catalog, shown: Shown | None) -> Path:
    """The file for what a step shows: the exercise's own drawing when it has one on disk,
    else the drawing of the position (lying, for a routine with no steps at all)."""
    if shown is None:
        return position_path(BodyPosition.LYING)
    if shown.exercise:
        path = exercise_path(catalog, shown.exercise)
        if path.is_file():
            return path
    return position_path(shown.position)


def segment_picture(catalog: Catalog, shown: tuple[Shown, ...], segment: Segment) -> Path:
    """The picture for ``segment``, given what each step of its routine shows."""
    return picture_path(catalog, shown_at(shown, segment.step_index))


@lru_cache(maxsize=64)
def renderer(path: Path) -> QSvgRenderer | None:
    """A cached renderer, or None when the file is missing or not a valid SVG."""
    if not path.is_file():
        return None
    from PySide6.QtSvg import QSvgRenderer  # lazy: QtSvg is not needed to show the window

    svg = QSvgRenderer(str(path))
    if not svg.isValid():
        return None
    return svg


@lru_cache(maxsize=128)
def pixmap(
    path: Path, width: int, height: int, ratio: float = 1.0, cache: Path | None = None
) -> QPixmap:
    """The picture drawn into a transparent pixmap of the given size (empty when missing),
    read from and kept in the folder ``cache`` when one is given."""
    if cache is None:
        return _drawn(path, width, height, ratio)
    try:
        svg_bytes = path.read_bytes()
    except OSError:
        return _drawn(path, width, height, ratio)
    stem = f"{path.stem}-{width}x{height}@{ratio:g}"
    kept = cache / f"{stem}-{zlib.crc32(svg_bytes):08x}.png"
    size = QSize(round(width * ratio), round(height * ratio))
    pm = QPixmap(str(kept)) if kept.is_file() else QPixmap()
    if not pm.isNull() and pm.size() == size:
        pm.setDevicePixelRatio(ratio)
        return pm
    pm = _drawn(path, width, height, ratio)
    if renderer(path) is not None:
        _keep(pm, kept, stem)
    return pm


def _keep(pm: QPixmap, kept: Path, stem: str) -> None:
    """Write ``pm`` as ``kept`` (whole or not at all) and drop this picture's older versions.
    A cache: any failure just means drawing it again next time."""
    temp = kept.with_name(f".{kept.name}.{os.getpid()}.tmp")
    try:
        kept.parent.mkdir(parents=True, exist_ok=True)
        if not pm.save(str(temp), "PNG"):
            raise OSError(f"could not write {temp}")
        os.replace(temp, kept)
        for old in kept.parent.glob(f"{stem}-*.png"):
            if old != kept:
                old.unlink(missing_ok=True)
    except OSError:
        with contextlib.suppress(OSError):
            temp.unlink(missing_ok=True)


def _drawn(path: Path, width: int, height: int, ratio: float) -> QPixmap:
    from PySide6.QtGui import QPainter  # here: with the PNG cache, the first frame draws nothing

    pm = QPixmap(QSize(round(width * ratio), round(height * ratio)))
    pm.setDevicePixelRatio(ratio)
    pm.fill(QColor(0, 0, 0, 0))  # transparent (Qt.GlobalColor would build Qt's namespace)
    svg = renderer(path)
    if svg is not None:
        painter = QPainter(pm)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        svg.render(painter, _fitted(svg.viewBoxF(), width, height))
        painter.end()
    return pm


def _fitted(box: QRectF, width: int, height: int) -> QRectF:
    """The largest rectangle of ``box``'s shape centred in ``width`` x ``height``: the picture
    keeps its proportions whatever the size asked for."""
    if box.width() <= 0 or box.height() <= 0:
        return QRectF(0, 0, width, height)
    scale = min(width / box.width(), height / box.height())
    w, h = box.width() * scale, box.height() * scale
    return QRectF((width - w) / 2, (height - h) / 2, w, h)


def app_icon() -> QIcon:
    """The window icon; an empty icon (Qt's default) when the file is not there yet."""
    from PySide6.QtGui import QIcon  # here: the type alone costs start-up 3 ms, icons come later

    path = assets_dir() / "icons" / "stretchguide.svg"
    return QIcon(str(path)) if path.is_file() else QIcon()


def icon(name: str) -> QIcon:
    from PySide6.QtGui import QIcon

    path = assets_dir() / "icons" / f"{name}.svg"
    return QIcon(str(path)) if path.is_file() else QIcon()

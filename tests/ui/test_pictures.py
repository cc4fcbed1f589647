"""Exercise pictures: one for every position a step puts a person in, drawn from their SVGs and
kept as PNGs so the next start need not draw them."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPixmap
from PySide6.QtWidgets import QApplication

from stretchguide.core.assets import assets_dir, builtin_routines_dir
from stretchguide.core.loader import load_library
from stretchguide.core.model import EXERCISE_IDS, BodyPosition, Routine, Step, StepKind
from stretchguide.core.positions import (
    EXERCISE_POSITIONS,
    routine_pictures,
    shown_at,
    shown_for_steps,
    step_positions,
)
from stretchguide.ui import pictures
from tests.core.helpers import catalog
from tests.ui.conftest import App

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


# ---- which picture a step shows ---------------------------------------------------------------
BUILTIN = load_library(catalog(), builtin_routines_dir()).routines


def _figure_pixels(path: Path) -> int:
    """Pixels of the figure's dark blue at 200x150: the drawing is there, not just its card."""
    image = pictures.pixmap(path, 200, 150).toImage()
    return sum(
        1
        for x in range(0, image.width(), 2)
        for y in range(0, image.height(), 2)
        if image.pixelColor(x, y).alpha() > 200 and image.pixelColor(x, y).blue() < 170
    )


def _all_pictures() -> list[Path]:
    positions = [pictures.position_path(p) for p in BodyPosition]
    exercises = {*EXERCISE_IDS, *catalog().exercises}
    return sorted({*positions, *(pictures.exercise_path(catalog(), e) for e in exercises)})


@pytest.mark.parametrize("path", _all_pictures(), ids=lambda p: p.name)
def test_every_picture_exists_and_draws_a_figure(qapp: QApplication, path: Path) -> None:
    assert path.is_file()
    assert pictures.renderer(path) is not None
    assert _figure_pixels(path) > 150


@pytest.mark.parametrize(
    ("exercise", "position"),
    [
        ("knee-to-chest", BodyPosition.LYING),
        ("figure-four", BodyPosition.LYING),
        ("cat-cow", BodyPosition.HANDS_AND_KNEES),
        ("childs-pose", BodyPosition.CHILDS_POSE),
        ("seated-glute", BodyPosition.SEATED),
        ("warm-up", BodyPosition.STANDING),
    ],
)
def test_each_exercise_shows_its_own_drawing_in_its_position(
    exercise: str, position: BodyPosition
) -> None:
    step = Step(kind=StepKind.HOLD, exercise=exercise)
    [shown] = shown_for_steps([step])
    assert shown.position is position
    assert pictures.picture_path(catalog(), shown) == pictures.exercise_path(catalog(), exercise)


def _matches(path: Path, position: BodyPosition) -> bool:
    """The file is the position's drawing, or an exercise's done in that position."""
    if path == pictures.position_path(position):
        return True
    return any(
        path == pictures.exercise_path(catalog(), e) and EXERCISE_POSITIONS[e] is position
        for e in catalog().exercises
    )


@pytest.mark.parametrize("routine", BUILTIN, ids=lambda r: r.id)
def test_every_step_of_every_routine_shows_a_picture_of_its_position(routine: Routine) -> None:
    shown = routine_pictures(routine)
    positions = step_positions(routine.steps, routine.position)
    for index, position in enumerate(positions):
        path = pictures.picture_path(catalog(), shown_at(shown, index))
        assert path.is_file()
        assert _matches(path, position), (routine.id, index, path.name, position)


def test_no_briefing_or_transition_shows_the_lying_figure_unless_it_leads_there() -> None:
    routine = next(r for r in BUILTIN if r.id == "desk-break")
    names = [pictures.picture_path(catalog(), s).name for s in routine_pictures(routine)]
    assert names == ["seated.svg", "seated-warm-up.svg", "seated-glute.svg"]


@pytest.mark.parametrize(
    ("routine_id", "expected"),
    [
        (
            "desk-break",
            [
                ("Stretch safely", "seated.svg"),  # "Stay seated."
                ("Warm-up: march in your chair", "seated-warm-up.svg"),
                ("Seated glute stretch", "seated-glute.svg"),
                ("Switch sides", "seated-glute.svg"),
                ("Seated glute stretch", "seated-glute.svg"),
                ("Release", "seated-glute.svg"),  # easing out of the stretch just done
            ],
        ),
        (
            "lower-back-relief",
            [
                ("Warm-up: walk in place", "warm-up.svg"),
                ("Stretch safely", "standing.svg"),  # heard standing, after the warm-up
                ("Onto your back", "lying.svg"),
                ("Knee to chest", "knee-to-chest.svg"),
                ("Switch sides", "knee-to-chest.svg"),
                ("Knee to chest", "knee-to-chest.svg"),
                ("Release", "knee-to-chest.svg"),
                ("Onto hands and knees", "hands-and-knees.svg"),
                ("Cat-Cow", "cat-cow.svg"),
                ("Child's pose", "childs-pose.svg"),
                ("Release", "childs-pose.svg"),
            ],
        ),
    ],
)
def test_the_session_shows_the_position_of_each_step(
    app: App, routine_id: str, expected: list[tuple[str, str]]
) -> None:
    app.start(routine_id)
    view = app.window.session_view
    seen = []
    for _segment in app.session.timeline.segments:
        path = view._picture_path
        assert isinstance(path, Path) and view.picture.isVisibleTo(view)
        seen.append((view.title_label.text(), path.name))
        app.driver.next()
    assert seen == expected


def test_the_library_shows_each_steps_position(app: App) -> None:
    view = app.window.library_view
    view.select("desk-break")
    ratio = view.devicePixelRatioF()
    seated = pictures.pixmap(pictures.position_path(BodyPosition.SEATED), 72, 72, ratio)
    for row in (0,):  # the briefing: "Stay seated."
        shown = view.step_list.item(row).data(Qt.ItemDataRole.DecorationRole)
        assert shown.toImage() == seated.toImage()

"""Importing and exporting routine files.

``import_routine_file`` and ``export_routine`` are plain functions (no widgets): a file is read as
bytes and checked by the loader *before* anything is copied, and an export is written atomically.
``run_import`` and ``run_export`` are the menu flows around them: a file dialog, then a message
box that quotes the problems as plain text.
"""

from __future__ import annotations

import logging
import os
import tempfile
from collections.abc import Callable, Collection
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from stretchguide.core.loader import parse_routine
from stretchguide.core.model import Catalog, Routine
from stretchguide.core.routine_checks import advise, condense
from stretchguide.core.routine_writer import routine_to_toml
from stretchguide.core.toml_input import LoadError
from stretchguide.ui.editor.model import unique_id
from stretchguide.ui.translations import QT_TRANSLATE_NOOP, translate

log = logging.getLogger("stretchguide.ui")

SaveRoutine = Callable[[str, str], object]
FILE_FILTER = QT_TRANSLATE_NOOP("RoutineFiles", "Routine files (*.toml);;All files (*)")


def import_routine_file(path: Path, catalog: Catalog) -> tuple[Routine | None, list[str]]:
    """Read and check a routine file; nothing is copied anywhere.

    Returns:
        ``(routine, [])`` for a valid file, else ``(None, problems)``: one line per problem,
        naming the file, the line and the field (``my.toml:7: steps[2].hold_s: is 500: ...``).
    """
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        return None, [
            translate("RoutineFiles", "{file}: cannot be read: {reason}").format(
                file=path, reason=exc.strerror or exc
            )
        ]
    try:
        routine = parse_routine(data, str(path), catalog)
    except LoadError as exc:
        return None, condense(exc.problems)
    return routine, []


def import_warnings(path: Path, routine: Routine, catalog: Catalog) -> list[str]:
    """What a valid file would do that the guide questions (see ``routine_checks.advise``)."""
    try:
        text = Path(path).read_bytes().decode("utf-8")
    except (OSError, UnicodeDecodeError):
        text = ""
    return condense(advise(routine, catalog, text))


def routine_file_text(routine: Routine, catalog: Catalog | None = None) -> str:
    """The text to export for ``routine``.

    A person's own file is copied as it is (their comments and layout stay) when it still reads
    back as this very routine; otherwise the routine is written out afresh.
    """
    if routine.source is not None and catalog is not None and not routine.builtin:
        try:
            text = routine.source.read_bytes().decode("utf-8")
            again = parse_routine(text, str(routine.source), catalog, routine.builtin)
        except (OSError, UnicodeDecodeError, LoadError):
            pass
        else:
            if again._replace(source=routine.source) == routine:
                return text
    return routine_to_toml(routine)


def write_text_atomically(path: Path, text: str) -> None:
    """Replace ``path`` with ``text`` (UTF-8) all at once; ``OSError`` leaves it as it was."""
    try:
        from stretchguide.storage.atomic import atomic_write_text
    except ImportError:  # pragma: no cover - the storage layer ships with the app
        _fallback_atomic_write(path, text)
    else:
        atomic_write_text(path, text)


def _fallback_atomic_write(path: Path, text: str) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(text.encode("utf-8"))
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def export_routine(routine: Routine, path: Path, catalog: Catalog | None = None) -> Path:
    """Write ``routine``'s file to ``path`` atomically and return ``path``.

    Raises:
        OSError: the file could not be written; anything already at ``path`` is untouched.
    """
    write_text_atomically(Path(path), routine_file_text(routine, catalog))
    return Path(path)


@dataclass(frozen=True)
class ImportResult:
    """What an import did: the routine stored (under ``routine_id``) and a line for the person."""

    routine: Routine
    routine_id: str
    message: str


def store_imported(
    routine: Routine,
    text: str,
    save: SaveRoutine,
    builtin_ids: Collection[str],
    user_ids: Collection[str] = (),
) -> ImportResult:
    """Save a checked routine's file under its id.

    A routine using a built-in routine's id is stored as a copy with an id of its own (a user
    routine may never shadow a built-in one), written out afresh with that id.

    Raises:
        ValueError, OSError: from ``save`` (a refused id, a failed write).
    """
    title = routine.title
    if routine.id in builtin_ids:
        old_id = routine.id
        new_id = unique_id(f"{old_id}-mine", {*builtin_ids, *user_ids})
        routine = routine._replace(id=new_id, builtin=False)
        text = routine_to_toml(routine)
        message = translate(
            "RoutineFiles",
            "“{title}” uses the id of a built-in routine ({old_id}), so it was imported as "
            "a copy with the id {new_id}.",
        ).format(title=title, old_id=old_id, new_id=new_id)
    else:
        message = translate("RoutineFiles", "“{title}” was imported.").format(title=title)
    save(routine.id, text)
    log.info("imported routine %s", routine.id)
    return ImportResult(routine, routine.id, message)


# ---- the menu flows (Qt) -----------------------------------------------------------------------


def message_box(
    parent: QWidget | None,
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    buttons: QMessageBox.StandardButton = QMessageBox.StandardButton.Ok,
    default: QMessageBox.StandardButton = QMessageBox.StandardButton.NoButton,
) -> int:
    """A modal message box whose text is never read as HTML (it quotes files and titles).

    Returns:
        The ``StandardButton`` value the person chose (``exec()``'s result).
    """
    box = QMessageBox(parent)
    box.setIcon(icon)
    box.setWindowTitle(title)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    box.setStandardButtons(buttons)
    if default != QMessageBox.StandardButton.NoButton:
        box.setDefaultButton(default)
    return int(box.exec())


def run_import(
    parent: QWidget | None,
    catalog: Catalog,
    save: SaveRoutine,
    builtin_ids: Collection[str],
    user_ids: Collection[str] = (),
    start_dir: str = "",
) -> ImportResult | None:
    """File → Import routine…: choose a file, check it, confirm a replacement, save it.

    Problems are listed in a warning box (plain text, one line per problem, each naming the
    field) and nothing is saved. Returns what was imported, or ``None`` if the person cancelled
    or the file was refused.
    """
    name, _ = QFileDialog.getOpenFileName(
        parent,
        translate("RoutineFiles", "Import a routine"),
        start_dir,
        translate("RoutineFiles", FILE_FILTER),
    )
    if not name:
        return None
    path = Path(name)
    routine, problems = import_routine_file(path, catalog)
    if routine is None:
        message_box(
            parent,
            QMessageBox.Icon.Warning,
            translate("RoutineFiles", "Routine not imported"),
            translate(
                "RoutineFiles", "{file} was not imported: it is not a valid routine file."
            ).format(file=path.name)
            + "\n\n"
            + "\n".join(p.replace(str(path), path.name, 1) for p in problems),
        )
        return None
    if routine.id in user_ids and routine.id not in builtin_ids:
        yes, no = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No
        answer = message_box(
            parent,
            QMessageBox.Icon.Question,
            translate("RoutineFiles", "Replace your routine?"),
            translate(
                "RoutineFiles",
                "You already have a routine with the id {id}. Replace it with the one from {file}?",
            ).format(id=routine.id, file=path.name),
            yes | no,
            no,
        )
        if answer != yes.value:
            return None
    try:
        text = path.read_bytes().decode("utf-8")
        result = store_imported(routine, text, save, builtin_ids, user_ids)
    except (OSError, ValueError) as exc:
        message_box(
            parent,
            QMessageBox.Icon.Warning,
            translate("RoutineFiles", "Routine not imported"),
            str(exc),
        )
        return None
    warnings = import_warnings(path, routine, catalog)
    text = result.message
    if warnings:
        shown = (w.replace(str(path), path.name, 1) for w in warnings)
        text += (
            "\n\n"
            + translate("RoutineFiles", "Worth a look (it plays as it is):")
            + "\n"
            + "\n".join(shown)
        )
    message_box(
        parent, QMessageBox.Icon.Information, translate("RoutineFiles", "Routine imported"), text
    )
    return result


def run_export(
    parent: QWidget | None, routine: Routine, catalog: Catalog | None = None, start_dir: str = ""
) -> Path | None:
    """File → Export routine…: choose where, then write the routine's file there atomically."""
    suggested = str(Path(start_dir) / f"{routine.id}.toml") if start_dir else f"{routine.id}.toml"
    name, _ = QFileDialog.getSaveFileName(
        parent,
        translate("RoutineFiles", "Export a routine"),
        suggested,
        translate("RoutineFiles", FILE_FILTER),
    )
    if not name:
        return None
    path = Path(name)
    if not path.suffix:
        path = path.with_suffix(".toml")
    try:
        return export_routine(routine, path, catalog)
    except OSError as exc:
        message_box(
            parent,
            QMessageBox.Icon.Warning,
            translate("RoutineFiles", "Routine not exported"),
            translate("RoutineFiles", "{file} could not be written: {reason}").format(
                file=path, reason=exc.strerror or exc
            ),
        )
        return None

"""The routine editor and the import/export flows for routine files."""

from stretchguide.ui.editor.dialog import RoutineEditor
from stretchguide.ui.editor.files import (
    ImportResult,
    export_routine,
    import_routine_file,
    run_export,
    run_import,
)
from stretchguide.ui.editor.model import derive_id, duplicate_routine

__all__ = [
    "ImportResult",
    "RoutineEditor",
    "derive_id",
    "duplicate_routine",
    "export_routine",
    "import_routine_file",
    "run_export",
    "run_import",
]

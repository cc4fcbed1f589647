"""The window's menus: my own routines (new, edit, copy, import, export, delete) and history.

Kept out of the main window so that each stays small; everything here goes through the same
library reload, so a saved, imported or deleted routine shows up (or goes) as soon as the
folder has been read again: on a worker thread, as at start-up, so the window never waits.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QObject

from stretchguide.core.loader import Library
from stretchguide.core.model import Catalog, Routine
from stretchguide.core.settings import AppSettings
from stretchguide.ui.translations import translate

if TYPE_CHECKING:
    from datetime import date

    from PySide6.QtCore import SignalInstance
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QMenuBar, QStackedWidget, QWidget

    from stretchguide.storage.user_routines import UserRoutines
    from stretchguide.ui.library_view import LibraryView


def _today() -> date:
    from datetime import date  # here: start-up has no use for the module

    return date.today()


class LibraryHost(Protocol):
    """What the menus need of the window that holds them (the main window). A protocol, so that
    this module, which the main window imports, does not import the main window back."""

    catalog: Catalog
    library: Library
    settings: AppSettings
    library_view: LibraryView
    stack: QStackedWidget
    libraryChanged: SignalInstance

    def menuBar(self) -> QMenuBar: ...
    def close(self) -> bool: ...
    def setWindowTitle(self, title: str) -> None: ...
    def open_settings(self) -> None: ...
    def show_library(self) -> None: ...
    def show_keys(self) -> None: ...
    def session_active(self) -> bool: ...
    def read_library(self, select: str | None = None) -> None: ...


class LibraryActions(QObject):
    def __init__(
        self,
        window: LibraryHost,
        user_routines: UserRoutines | None,
        history: Callable[[], Any] | None,
        today: Callable[[], date] | None = None,
    ) -> None:
        bar = window.menuBar()
        super().__init__(bar)
        self.window = window
        self.user_routines = user_routines
        self._history = history  # opened on first use, not at start-up
        self.today = today or _today
        self.history_view: Any = None
        self.editor: Any = None
        self._actions: dict[str, QAction] = {}
        self.has_user_routines = user_routines is not None
        #: Routines saved or imported whose library is still being read (on a worker thread):
        #: their ids are taken already, though not listed yet.
        self._unlisted: set[str] = set()
        window.libraryChanged.connect(self._unlisted.clear)
        # The menu titles are part of the first frame; their actions (and their shortcuts) are
        # added by fill(), right after it: building QActions costs start-up 5 ms.
        self._bar = bar
        #: Dialogs' parent: the top-level window the menu bar is in (the main window).
        self._dialogs_parent: QWidget = bar.window()
        self._menus = (
            bar.addMenu(translate("LibraryActions", "&Routines")),
            bar.addMenu(translate("LibraryActions", "&View")),
            bar.addMenu(translate("LibraryActions", "&Help")),
        )

    @property
    def actions(self) -> dict[str, QAction]:
        """The actions by name (``new``, ``edit``... ``quit``), made on first use if need be."""
        self.fill()
        return self._actions

    def fill(self) -> None:
        """Put the actions into the menus; idempotent."""
        if self._actions:
            return
        from PySide6.QtGui import QKeySequence

        from stretchguide.ui.keys import SHOW_KEYS

        window = self.window
        routines, view, help_menu = self._menus
        entries: list[tuple[str, str, str, Callable[[], object]]] = [
            (
                "new",
                translate("LibraryActions", "&New routine…"),
                "Ctrl+N",
                lambda: self.open_editor(),
            ),
            (
                "edit",
                translate("LibraryActions", "&Edit or copy routine…"),
                "Ctrl+E",
                self.edit_selected,
            ),
            (
                "duplicate",
                translate("LibraryActions", "&Duplicate routine…"),
                "Ctrl+D",
                self.duplicate_selected,
            ),
            (
                "import",
                translate("LibraryActions", "&Import routine file…"),
                "Ctrl+I",
                self.import_routine,
            ),
            (
                "export",
                translate("LibraryActions", "E&xport routine file…"),
                "Ctrl+Shift+E",
                self.export_routine,
            ),
            (
                "delete",
                translate("LibraryActions", "De&lete my routine…"),
                "Ctrl+Shift+Delete",
                self.delete_selected,
            ),
        ]
        for key, text, keys, slot in entries:
            routines.addAction(self._action(key, text, keys, slot))
        routines.addSeparator()
        routines.addAction(
            self._action(
                "settings",
                translate("LibraryActions", "&Settings…"),
                "Ctrl+,",
                window.open_settings,
            )
        )
        routines.addAction(
            self._action("quit", translate("LibraryActions", "&Quit"), "Ctrl+Q", window.close)
        )
        view.addAction(
            self._action(
                "history", translate("LibraryActions", "&History"), "Ctrl+H", self.show_history
            )
        )
        view.addAction(
            self._action(
                "library",
                translate("LibraryActions", "&Routine library"),
                "Ctrl+L",
                window.show_library,
            )
        )
        show_keys = self._action("keys", translate("LibraryActions", "&Keys"), "", window.show_keys)
        show_keys.setShortcuts([QKeySequence(k) for k in SHOW_KEYS.keys])  # the menu shows F1
        help_menu.addAction(show_keys)
        window.library_view.routineSelected.connect(self.refresh_enabled)
        window.libraryChanged.connect(self.refresh_enabled)  # e.g. my routine deleted
        self.refresh_enabled()

    def _action(self, key: str, text: str, keys: str, slot: Callable[[], object]) -> QAction:
        from PySide6.QtGui import QAction, QKeySequence

        action = QAction(text, self._bar)
        if keys:
            action.setShortcut(QKeySequence(keys))
        action.triggered.connect(lambda _checked=False: slot())
        self._actions[key] = action
        return action

    # ---- state ---------------------------------------------------------------------------
    def refresh_enabled(self) -> None:
        """Nothing that changes the library while a session is being played."""
        if not self._actions:
            return
        idle = not self.window.session_active()
        routine = self.selected()
        mine = routine is not None and not routine.builtin
        can_save = self.user_routines is not None
        self.actions["new"].setEnabled(idle and can_save)
        self.actions["edit"].setEnabled(idle and can_save and routine is not None)
        self.actions["duplicate"].setEnabled(idle and can_save and routine is not None)
        self.actions["import"].setEnabled(idle and can_save)
        self.actions["export"].setEnabled(idle and routine is not None)
        self.actions["delete"].setEnabled(idle and mine)
        self.actions["history"].setEnabled(idle and self._history is not None)

    def selected(self) -> Routine | None:
        current = self.window.library_view.current_id()
        return self.window.library.get(current) if current else None

    def _ids(self, builtin: bool) -> set[str]:
        """The built-ins' ids, or the person's: those listed, and any saved a moment ago."""
        ids = {r.id for r in self.window.library.routines if r.builtin is builtin}
        return ids if builtin else ids | self._unlisted

    def reload(self, select: str | None = None) -> None:
        """Read the library again, on a worker thread; ``select`` (a routine just saved or
        imported) is selected when it arrives. The actions follow it (``libraryChanged``)."""
        if select:
            self._unlisted.add(select)
        self.window.read_library(select)

    # ---- my routines ----------------------------------------------------------------------
    def open_editor(self, routine: Routine | None = None, duplicate: bool = False) -> None:
        if self.user_routines is None or self.window.session_active():
            return
        from stretchguide.ui.editor import RoutineEditor

        editor = RoutineEditor(
            self.window.catalog,
            self.user_routines.save_routine_text,
            self._ids(builtin=True),
            self._ids(builtin=False),
            routine,
            duplicate=duplicate,
            settings=self.window.settings.session,
            parent=self._dialogs_parent,
        )
        from PySide6.QtCore import Qt  # not at the top: see stretchguide.ui.qt_values

        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.saved.connect(lambda new_id: self._saved(editor, new_id))
        self.editor = editor
        editor.open()

    def _saved(self, editor: Any, new_id: str) -> None:
        old = getattr(editor, "original_id", None)
        if old and old != new_id and self.user_routines is not None:
            self.user_routines.delete(old)  # a rename moves the file rather than copying it
        self.reload(new_id)

    def edit_selected(self) -> None:
        routine = self.selected()
        if routine is not None:
            self.open_editor(routine)

    def duplicate_selected(self) -> None:
        routine = self.selected()
        if routine is not None:
            self.open_editor(routine, duplicate=True)

    def import_routine(self) -> None:
        if self.user_routines is None or self.window.session_active():
            return
        from stretchguide.ui.editor import run_import

        result = run_import(
            self._dialogs_parent,
            self.window.catalog,
            self.user_routines.save_routine_text,
            self._ids(builtin=True),
            self._ids(builtin=False),
        )
        if result is not None:
            self.reload(result.routine_id)

    def export_routine(self) -> None:
        routine = self.selected()
        if routine is None:
            return
        from stretchguide.ui.editor import run_export

        run_export(self._dialogs_parent, routine, self.window.catalog)

    def delete_selected(self) -> None:
        routine = self.selected()
        if routine is None or routine.builtin or self.user_routines is None:
            return
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QMessageBox  # here: its type costs start-up 3 ms

        box = QMessageBox(
            QMessageBox.Icon.Question,
            translate("LibraryActions", "Delete routine"),
            translate(
                "LibraryActions", "Delete your routine “{title}”? This cannot be undone."
            ).format(title=routine.title),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self._dialogs_parent,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        if box.exec() == QMessageBox.StandardButton.Yes:
            self.user_routines.delete(routine.id)
            self.reload()

    # ---- history --------------------------------------------------------------------------
    @property
    def history(self) -> Any | None:
        return self._history() if self._history is not None else None

    def show_history(self) -> None:
        if self._history is None or self.window.session_active():
            return
        if self.history_view is None:
            from stretchguide.ui.history import HistoryView

            self.history_view = HistoryView(self.history, self.today, self.window.catalog)
            self.history_view.backRequested.connect(self.window.show_library)
            self.window.stack.addWidget(self.history_view)
        self.history_view.refresh()
        self.window.stack.setCurrentWidget(self.history_view)
        self.window.setWindowTitle(translate("LibraryActions", "History · StretchGuide"))

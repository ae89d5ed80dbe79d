"""The main window: welcome page or the open seminar's workspace, menus, status bar."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QKeySequence,
    QShowEvent,
    QUndoGroup,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QLabel,
    QMainWindow,
    QStackedWidget,
    QUndoView,
    QWidget,
)

from influence_app.gui.context import DocumentContext
from influence_app.gui.dialogs.prompts import Prompts
from influence_app.gui.file_menu import FileMenu
from influence_app.gui.opening import DocumentOpener
from influence_app.gui.projector import RoomController, install_room_actions
from influence_app.gui.screens.base import Screen
from influence_app.gui.screens.registry import ScreenEntry, screen_entries
from influence_app.gui.settings import AppSettings
from influence_app.gui.tasks import TaskRunner
from influence_app.gui.widgets.workspace import ShellTools, Workspace
from influence_app.storage.document import Document
from influence_app.storage.errors import DocumentError
from influence_app.storage.snapshots import SnapshotInfo, SnapshotReason

if TYPE_CHECKING:
    from influence_app.gui.welcome import WelcomeScreen

APP_NAME = "Influence"
COCKPIT = "seances"  # the registry key of the capture screen the projector follows
AUTO_SNAPSHOT_MS = 5 * 60 * 1000
AUTO_SNAPSHOT_MIN_AGE_S = 5 * 60 - 5  # the timer's own jitter must not skip a round
DEFAULT_SIZE = (1280, 760)
# An explicit minimum keeps the layouts from resizing the top-level's constraints as pages
# change (each time, Qt asks the platform to propagate size hints; offscreen warns it cannot).
MINIMUM_SIZE = (760, 520)


class MainWindow(QMainWindow):
    """One window, one document at a time; `settings` and `prompts` are injected."""

    document_changed = Signal()  # a document was opened or closed

    def __init__(
        self,
        settings: AppSettings,
        prompts: Prompts | None = None,
        screens: Callable[[], Sequence[ScreenEntry]] = screen_entries,
    ) -> None:
        super().__init__()
        self.setMinimumSize(*MINIMUM_SIZE)
        self.settings, self.prompts, self._screens = settings, prompts or Prompts(), screens
        self.opener = DocumentOpener(self.prompts)
        self.tasks = TaskRunner(self)
        self.tools = ShellTools(self.prompts, self.tasks)
        self.undo_group = QUndoGroup(self)
        self.context: DocumentContext | None = None
        self.workspace: Workspace | None = None
        self._welcome: WelcomeScreen | None = None
        self.pages = QStackedWidget()
        self.setCentralWidget(self.pages)
        self.saved_label = QLabel()
        self.statusBar().addPermanentWidget(self.saved_label)
        self.snapshot_timer = QTimer(self)
        self.snapshot_timer.setInterval(AUTO_SNAPSHOT_MS)
        self.snapshot_timer.timeout.connect(self.auto_snapshot)
        self.file_menu = FileMenu(self)
        self._build_menus()
        self._show_no_document()
        self.restore_layout()

    @property
    def welcome(self) -> WelcomeScreen:
        """The welcome page, built when first needed: never when a seminar opens at start."""
        if self._welcome is None:
            from influence_app.gui.welcome import WelcomeScreen  # its module too (start-up)

            self._welcome = WelcomeScreen()
            self.pages.addWidget(self._welcome)
            self._connect_welcome()
        return self._welcome

    # ---------------------------------------------------------------- documents

    @property
    def document(self) -> Document | None:
        return self.context.document if self.context else None

    def open_path(self, path: Path) -> bool:
        """Opens `path` in place of the current document; a refusal keeps the current one."""
        path = Path(path)
        if self.document is not None and _same_file(self.document.path, path):
            return True
        document = self.opener.open(self, path)
        if document is None:
            self._show_recent()
            return False
        self.show_document(document)
        return True

    def reopen_last(self) -> bool:
        """At start: the last document if it still opens, else the welcome page says why."""
        path = self.settings.last_document()
        if path is None or not path.exists():
            return False
        try:
            document = Document.open(path)
        except DocumentError as error:
            self.welcome.show_notice(
                self.tr("Le dernier séminaire n'a pas été rouvert : {why}").format(why=error)
            )
            return False
        self.show_document(document)
        return True

    def show_document(self, document: Document) -> None:
        self.close_document()
        stack = QUndoStack(self)
        self.undo_group.addStack(stack)
        self.undo_group.setActiveStack(stack)
        self.context = DocumentContext.open(document, stack)
        self.context.events.saved.connect(self._show_saved)
        self.workspace = Workspace(self.context, self._screens(), self.tools)
        self.workspace.screen_changed.connect(self.settings.set_last_screen)
        self.workspace.screen_changed.connect(self._screen_shown)
        self.workspace.start_on(self.settings.last_screen())
        self.pages.addWidget(self.workspace)
        self.pages.setCurrentWidget(self.workspace)
        self._fill_go_menu()
        self.settings.add_recent(document.path)
        self.settings.set_last_document(document.path)
        self._show_opened(document)
        self.snapshot_timer.start()
        self.document_changed.emit()

    def close_document(self, forget: bool = False) -> None:
        """Commits the field being edited, snapshots what changed, releases the file."""
        if self.context is None:
            return
        self._commit_focused_field()
        self.snapshot_timer.stop()
        context, workspace = self.context, self.workspace
        self.snapshot_at_close(context.document)
        context.events.blockSignals(True)  # screens being deleted must not reload from it
        self.context, self.workspace = None, None
        self.room.document_closed()
        if workspace is not None:
            self.pages.removeWidget(workspace)
            workspace.deleteLater()
        self.undo_group.removeStack(context.undo_stack)
        context.undo_stack.deleteLater()
        context.document.close()
        if forget:
            self.settings.set_last_document(None)
        self._show_welcome()
        self.document_changed.emit()

    def restore_snapshot(self, snapshot: SnapshotInfo) -> bool:
        """Puts a snapshot back in place of the open document and reopens it."""
        if self.document is None:
            return False
        path = self.document.path
        self.close_document()
        document = self.opener.restore_and_open(self, path, snapshot) or self.opener.open(
            self, path
        )
        if document is not None:
            self.show_document(document)
        return document is not None

    # ---------------------------------------------------------------- snapshots

    def auto_snapshot(self) -> None:
        if self.document is None:
            return
        try:
            taken = self.document.snapshots.take_if_changed(AUTO_SNAPSHOT_MIN_AGE_S)
        except DocumentError as error:
            self.statusBar().showMessage(str(error))
            return
        if taken is not None:
            self.statusBar().showMessage(
                self.tr("Sauvegarde de secours faite à {time}").format(time=_hhmm(taken.taken_at)),
                10_000,
            )

    def snapshot_at_close(self, document: Document) -> None:
        """Only when something was committed since the document opened."""
        if not document.commit_count:
            return
        try:
            document.snapshots.take(SnapshotReason.END_OF_DAY)
        except DocumentError as error:
            self.prompts.error(self, str(error))

    # ---------------------------------------------------------------- window

    def restore_layout(self) -> None:
        geometry, state = self.settings.geometry(), self.settings.window_state()
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(*DEFAULT_SIZE)
        if state is not None:
            self.restoreState(state)

    def save_layout(self) -> None:
        self.settings.set_layout(self.saveGeometry(), self.saveState())
        if self.workspace is not None and self.workspace.current_key():
            self.settings.set_last_screen(self.workspace.current_key() or "")
        self.settings.sync()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        # Shown with no document (none asked, or it was refused): the welcome page. A window
        # restored by the window system keeps its page and focus.
        if self.context is None and not event.spontaneous():
            self._show_welcome()
        super().showEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.tasks.wait()
        self.save_layout()
        self.close_document()
        self.settings.sync()
        event.accept()

    # ---------------------------------------------------------------- menus

    def _build_menus(self) -> None:
        self.menuBar().addMenu(self.file_menu.menu)
        self._build_edit_menu()
        self.go_menu = self.menuBar().addMenu(self.tr("&Aller à"))
        self._fill_go_menu()
        install_room_actions(self, lambda: self.context, self._cockpit)
        self.room = self.findChild(RoomController)

    def _build_edit_menu(self) -> None:
        menu = self.menuBar().addMenu(self.tr("É&dition"))
        self.undo_action = self.undo_group.createUndoAction(self, self.tr("Annuler"))
        self.undo_action.setShortcuts([QKeySequence("Ctrl+Z")])
        self.redo_action = self.undo_group.createRedoAction(self, self.tr("Rétablir"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        menu.addAction(self.undo_action)
        menu.addAction(self.redo_action)
        menu.addSeparator()
        self.history_dock = self._history_dock()
        menu.addAction(self.history_dock.toggleViewAction())

    def _history_dock(self) -> QDockWidget:
        dock = QDockWidget(self.tr("Historique"), self)
        dock.setObjectName("historyDock")
        view = QUndoView(self.undo_group)
        view.setEmptyLabel(self.tr("Ouverture du séminaire"))
        dock.setWidget(view)
        dock.toggleViewAction().setText(self.tr("&Historique des modifications"))
        dock.toggleViewAction().setShortcut(QKeySequence("Ctrl+Shift+H"))  # Ctrl+H: cockpit
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        dock.hide()
        return dock

    def _fill_go_menu(self) -> None:
        self.go_menu.clear()
        entries = self.workspace.entries if self.workspace else []
        for row, entry in enumerate(entries[:9]):
            action = QAction(entry.title(), self)
            action.setShortcut(QKeySequence(f"Ctrl+{row + 1}"))
            action.triggered.connect(lambda _checked=False, r=row: self._go(r))
            self.go_menu.addAction(action)
        self.go_menu.setEnabled(bool(entries))

    def _go(self, row: int) -> None:
        if self.workspace is not None:
            self.workspace.show_row(row)

    # ---------------------------------------------------------------- the room

    def _cockpit(self) -> Screen | None:
        return self.workspace.built_screen(COCKPIT) if self.workspace else None

    def _screen_shown(self, key: str) -> None:
        """The projector follows the facilitator: contributions on *Séances*, else the chart
        a decision screen selects (the same drawing as the PDF's)."""
        screen = self.workspace.current_screen() if self.workspace else None
        if key == COCKPIT:
            self.room.follow_cockpit()
        elif _charts_unconnected(screen):
            screen.chart_selected.connect(self.room.show_chart)
            screen.setProperty("projected", True)

    # ---------------------------------------------------------------- pages and status

    def _connect_welcome(self) -> None:
        self.welcome.new_requested.connect(self.file_menu.new_seminar)
        self.welcome.open_requested.connect(self.file_menu.open_file)
        self.welcome.demo_requested.connect(self.file_menu.open_demo)
        self.welcome.recent_chosen.connect(self.open_path)

    def _show_welcome(self) -> None:
        self.pages.setCurrentWidget(self.welcome)
        self._show_no_document()
        self._show_recent()
        self.welcome.focus_first()

    def _show_no_document(self) -> None:
        self.setWindowTitle(APP_NAME)
        self.saved_label.clear()
        self.file_menu.update_actions()
        self.room.update_actions()
        self._fill_go_menu()

    def _show_recent(self) -> None:
        if self._welcome is not None:
            self._welcome.show_recent(self.settings.recent_documents())

    def _show_opened(self, document: Document) -> None:
        self.setWindowTitle(f"{document.path.name} — {APP_NAME}")
        self.saved_label.setText(self.tr("Ouvert à {time}").format(time=_hhmm(dt.datetime.now())))
        if self._welcome is not None:
            self._welcome.show_notice("")
        self.file_menu.update_actions()
        self.room.update_actions()

    def _show_saved(self, when: dt.datetime) -> None:
        self.saved_label.setText(self.tr("Enregistré à {time}").format(time=_hhmm(when)))

    def _commit_focused_field(self) -> None:
        """A field being typed in commits on focus-out: give it that chance before closing."""
        focused = QApplication.focusWidget()
        if isinstance(focused, QWidget) and self.isAncestorOf(focused):
            focused.clearFocus()


def _charts_unconnected(screen: Screen | None) -> bool:
    """A screen with charts for the room whose signal is not connected to the projector yet."""
    return hasattr(screen, "chart_selected") and not screen.property("projected")


def _hhmm(when: dt.datetime) -> str:
    return f"{when:%H:%M}"


def _same_file(first: Path, second: Path) -> bool:
    try:
        return first.resolve() == second.resolve()
    except OSError:
        return False

"""The File menu of the main window: new, open, recent, copies, archives, snapshots, quit."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QStandardPaths
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from influence_app.gui.dialogs.new_seminar import SUFFIX, NewSeminarDialog, with_suffix
from influence_app.gui.dialogs.prompts import ARCHIVE_FILTER, SEMINAR_FILTER
from influence_app.gui.dialogs.snapshots import SnapshotsDialog, moment
from influence_app.gui.exports import Exports
from influence_app.gui.opening import demo_target, import_archive, save_copy, write_demo
from influence_app.gui.tasks import Cancelled, Progress, Task, describe
from influence_app.storage.errors import DocumentError
from influence_app.storage.snapshots import SnapshotInfo, SnapshotReason

if TYPE_CHECKING:
    from influence_app.gui.main_window import MainWindow


class FileMenu(QObject):
    """Builds the menu and carries out its commands on the window's current document."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.exports = Exports(window, window.tools)
        self.exports.message.connect(lambda text: window.statusBar().showMessage(text, 15_000))
        self.menu = QMenu(self.tr("&Fichier"), window)
        self.recent_menu = QMenu(self.tr("Ouvrir un fichier &récent"), window)
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self._build()

    def _build(self) -> None:
        add = self._add
        add(self.tr("&Nouveau séminaire…"), self.new_seminar, QKeySequence.StandardKey.New)
        add(self.tr("&Ouvrir…"), self.open_file, QKeySequence.StandardKey.Open)
        self.menu.addMenu(self.recent_menu)
        add(self.tr("Découvrir avec la &démo"), self.open_demo)
        self.menu.addSeparator()
        self.copy_action = add(self.tr("Enregistrer une &copie sous…"), self.save_copy)
        self.menu.addSeparator()
        add(self.tr("&Importer une archive…"), self.import_archive)
        self.export_action = add(self.tr("&Exporter l'archive…"), self.export_archive)
        self.snapshots_action = add(self.tr("&Sauvegardes et restauration…"), self.show_snapshots)
        self.menu.addSeparator()
        self.close_action = add(
            self.tr("&Fermer le séminaire"), self.close_document, QKeySequence.StandardKey.Close
        )
        add(self.tr("&Quitter"), self.window.close, QKeySequence("Ctrl+Q"))

    def _add(self, text: str, slot: object, shortcut: object = None) -> QAction:
        action = QAction(text, self.window)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())  # type: ignore[operator]
        self.menu.addAction(action)
        return action

    def update_actions(self) -> None:
        """Commands on a document are greyed out on the welcome page."""
        has_document = self.window.document is not None
        for action in (
            self.copy_action,
            self.export_action,
            self.snapshots_action,
            self.close_action,
        ):
            action.setEnabled(has_document)

    # ---------------------------------------------------------------- new, open, demo

    def new_seminar(self) -> NewSeminarDialog:
        dialog = NewSeminarDialog(self.default_folder(), self.window.prompts, parent=self.window)
        dialog.created.connect(self.window.show_document)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def open_file(self) -> None:
        caption = self.tr("Ouvrir un séminaire")
        path = self.window.prompts.open_file(
            self.window, caption, self.default_folder(), SEMINAR_FILTER
        )
        if path is not None:
            self.window.open_path(path)

    def open_demo(self) -> Task:
        target = demo_target()

        def work(_progress: Progress, _cancelled: Cancelled) -> Path:
            return write_demo(target)

        title = self.tr("Préparation du séminaire de démonstration…")
        return self.window.tasks.run(title, work, self.window.open_path, self._failed)

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        documents = self.window.settings.recent_documents()
        for path in documents:
            action = self.recent_menu.addAction(f"{path.name} — {path.parent}")
            action.triggered.connect(lambda _checked=False, p=path: self.window.open_path(p))
        if not documents:
            self.recent_menu.addAction(self.tr("(aucun)")).setEnabled(False)

    def close_document(self) -> None:
        self.window.close_document(forget=True)

    # ---------------------------------------------------------------- copies and archives

    def save_copy(self) -> None:
        document = self.window.document
        if document is None:
            return
        suggested = document.path.with_name(f"{document.path.stem} - copie{SUFFIX}")
        target = self.window.prompts.save_file(
            self.window, self.tr("Enregistrer une copie sous"), suggested, SEMINAR_FILTER
        )
        if target is None:
            return
        try:
            written = save_copy(document, with_suffix(target, SUFFIX))
        except (DocumentError, OSError, ValueError) as error:
            self.window.prompts.error(self.window, describe(error))
            return
        self.window.statusBar().showMessage(
            self.tr("Copie enregistrée : {path}").format(path=written), 15_000
        )

    def import_archive(self) -> Task | None:
        prompts = self.window.prompts
        archive = prompts.open_file(
            self.window, self.tr("Importer une archive"), self.default_folder(), ARCHIVE_FILTER
        )
        if archive is None:
            return None
        suggested = archive.with_name(archive.stem + SUFFIX)
        target = prompts.save_file(
            self.window, self.tr("Enregistrer le séminaire importé sous"), suggested, SEMINAR_FILTER
        )
        if target is None:
            return None
        target = with_suffix(target, SUFFIX)

        def work(_progress: Progress, _cancelled: Cancelled) -> Path:
            return import_archive(archive, target)

        def failed(error: BaseException) -> None:
            intro = self.tr("« {name} » n'a pas pu être importée :").format(name=archive.name)
            self.window.prompts.error(self.window, f"{intro} {describe(error)}")

        return self.window.tasks.run(
            self.tr("Import de l'archive…"), work, self.window.open_path, failed
        )

    def export_archive(self) -> Task | None:
        document = self.window.document
        return self.exports.export_archive(document) if document is not None else None

    # ---------------------------------------------------------------- snapshots

    def show_snapshots(self) -> SnapshotsDialog | None:
        document = self.window.document
        if document is None:
            return None
        dialog = SnapshotsDialog(document.snapshots.list, self.window)
        dialog.take_requested.connect(lambda: self._take_snapshot(dialog))
        dialog.restore_requested.connect(lambda info: self._restore(dialog, info))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _take_snapshot(self, dialog: SnapshotsDialog) -> None:
        document = self.window.document
        if document is None:
            return
        try:
            info = document.snapshots.take(SnapshotReason.MANUAL)
        except DocumentError as error:
            dialog.reload(str(error))
            return
        dialog.reload(self.tr("Sauvegarde faite : {when}.").format(when=moment(info)))

    def _restore(self, dialog: SnapshotsDialog, info: SnapshotInfo) -> None:
        question = self.tr(
            "Revenir à l'état du {when} ? Les modifications faites depuis seront mises de côté "
            "(le séminaire actuel est d'abord sauvegardé)."
        ).format(when=moment(info))
        if not self.window.prompts.confirm(
            dialog, question, self.tr("Restaurer"), self.tr("Annuler")
        ):
            return
        dialog.accept()
        self.window.restore_snapshot(info)

    # ---------------------------------------------------------------- helpers

    def default_folder(self) -> Path:
        """Where the last seminar lives, else the user's documents folder."""
        recent = self.window.settings.recent_documents()
        if recent:
            return recent[0].parent
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        return Path(documents) if documents else Path.home()

    def _failed(self, error: BaseException) -> None:
        self.window.prompts.error(self.window, describe(error))

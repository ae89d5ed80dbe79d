"""Every question and message the shell puts to the user, in one injectable place.

Tests hand the window a scripted subclass, so no modal box ever blocks a test run.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from influence_app.storage.snapshots import SnapshotInfo

TITLE = "Influence"
SEMINAR_FILTER = "seminar"  # keys of FILTERS, translated when shown
ARCHIVE_FILTER = "archive"
PDF_FILTER = "pdf"


def tr(text: str) -> str:
    return QCoreApplication.translate("Prompts", text)


def file_filter(kind: str) -> str:
    filters = {
        SEMINAR_FILTER: tr("Séminaires Influence (*.influence)"),
        ARCHIVE_FILTER: tr("Archives Influence (*.json)"),
        PDF_FILTER: tr("Documents PDF (*.pdf)"),
    }
    return filters[kind]


class Prompts:
    """Real dialogs. Every text given here is shown as plain text (it may hold file names)."""

    def error(self, parent: QWidget | None, text: str) -> None:
        self._box(parent, QMessageBox.Icon.Critical, text).exec()

    def info(self, parent: QWidget | None, text: str) -> None:
        self._box(parent, QMessageBox.Icon.Information, text).exec()

    def confirm(self, parent: QWidget | None, text: str, yes: str, no: str) -> bool:
        box = self._box(parent, QMessageBox.Icon.Question, text, close=no)
        accept = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(accept)
        box.exec()
        return box.clickedButton() is accept

    def refused(self, parent: QWidget | None, text: str, can_restore: bool) -> bool:
        """Shows why a document was refused; True when the user asks to restore a snapshot."""
        box = self._box(parent, QMessageBox.Icon.Critical, text)
        restore = None
        if can_restore:
            box.setInformativeText(tr("Des sauvegardes de ce séminaire existent."))
            restore = box.addButton(
                tr("Restaurer une sauvegarde…"), QMessageBox.ButtonRole.AcceptRole
            )
        box.exec()
        return restore is not None and box.clickedButton() is restore

    def choose_snapshot(
        self, parent: QWidget | None, snapshots: Sequence[SnapshotInfo]
    ) -> SnapshotInfo | None:
        from influence_app.gui.dialogs.snapshots import SnapshotPicker

        picker = SnapshotPicker(snapshots, parent)
        return picker.chosen() if picker.exec() == QDialog.DialogCode.Accepted else None

    def open_file(
        self, parent: QWidget | None, caption: str, folder: Path, kind: str
    ) -> Path | None:
        name, _selected = QFileDialog.getOpenFileName(
            parent, caption, str(folder), file_filter(kind)
        )
        return Path(name) if name else None

    def save_file(
        self, parent: QWidget | None, caption: str, suggested: Path, kind: str
    ) -> Path | None:
        name, _selected = QFileDialog.getSaveFileName(
            parent, caption, str(suggested), file_filter(kind)
        )
        return Path(name) if name else None

    def _box(
        self, parent: QWidget | None, icon: QMessageBox.Icon, text: str, close: str | None = None
    ) -> QMessageBox:
        box = QMessageBox(icon, TITLE, text, QMessageBox.StandardButton.NoButton, parent)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.addButton(close or tr("Fermer"), QMessageBox.ButtonRole.RejectRole)
        return box

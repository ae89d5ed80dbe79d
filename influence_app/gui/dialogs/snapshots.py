"""Snapshots of a document: pick one to restore, or manage them (save now, restore)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from influence_app.gui.models.readonly_table import ReadOnlyTableModel, Row
from influence_app.storage.snapshots import SnapshotInfo, SnapshotReason


def tr(text: str) -> str:
    return QCoreApplication.translate("Snapshots", text)


def reason_label(reason: SnapshotReason) -> str:
    labels = {
        SnapshotReason.AUTO: tr("automatique (toutes les 5 minutes)"),
        SnapshotReason.BEFORE_IMPORT: tr("avant un import"),
        SnapshotReason.BEFORE_MIGRATION: tr("avant une mise à jour du fichier"),
        SnapshotReason.BEFORE_RESTORE: tr("avant une restauration"),
        SnapshotReason.END_OF_DAY: tr("à la fermeture"),
        SnapshotReason.MANUAL: tr("manuelle"),
    }
    return labels.get(reason, str(reason))


def moment(info: SnapshotInfo) -> str:
    """« 10/03/2026 à 14:32 »: the time the user will be back to."""
    return tr("{date} à {time}").format(
        date=f"{info.taken_at:%d/%m/%Y}", time=f"{info.taken_at:%H:%M:%S}"
    )


def size_text(size: int) -> str:
    return tr("{n} ko").format(n=max(1, round(size / 1024)))


class SnapshotTable(QTableView):
    """Snapshots newest first: time, reason, size; one row selected at a time."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        headers = (self.tr("Date et heure"), self.tr("Motif"), self.tr("Taille"))
        self.snapshot_model = ReadOnlyTableModel(headers, self)
        self.setModel(self.snapshot_model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().hide()
        self.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self._snapshots: list[SnapshotInfo] = []

    def show_snapshots(self, snapshots: Sequence[SnapshotInfo]) -> None:
        self._snapshots = list(snapshots)
        rows = [
            Row((moment(info), reason_label(info.reason), size_text(info.size)), numeric={2})
            for info in self._snapshots
        ]
        self.snapshot_model.set_rows(rows)
        self.resizeColumnToContents(0)
        if rows:
            self.selectRow(0)

    def chosen(self) -> SnapshotInfo | None:
        rows = self.selectionModel().selectedRows()
        return self._snapshots[rows[0].row()] if rows else None


class SnapshotPicker(QDialog):
    """Which snapshot to put back in place of a refused document; Enter takes the selected one."""

    def __init__(self, snapshots: Sequence[SnapshotInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restaurer une sauvegarde"))
        self.table = SnapshotTable(self)
        self.table.show_snapshots(snapshots)
        self.table.activated.connect(lambda _index: self.accept())
        explain = QLabel(self.tr("Choisissez l'état auquel revenir (la plus récente en tête) :"))
        restore = QPushButton(self.tr("Restaurer"))
        restore.setDefault(True)
        restore.clicked.connect(self.accept)
        cancel = QPushButton(self.tr("Annuler"))
        cancel.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addWidget(self.table)
        layout.addLayout(_button_row(restore, cancel))
        self.setMinimumSize(520, 300)
        self.resize(620, 380)

    def chosen(self) -> SnapshotInfo | None:
        return self.table.chosen()


class SnapshotsDialog(QDialog):
    """File ▸ Sauvegardes et restauration… for the open document."""

    take_requested = Signal()
    restore_requested = Signal(object)  # SnapshotInfo

    def __init__(
        self, list_snapshots: Callable[[], list[SnapshotInfo]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sauvegardes et restauration"))
        self._list = list_snapshots
        self.table = SnapshotTable(self)
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.take_button = QPushButton(self.tr("Sauvegarder maintenant"))
        self.take_button.clicked.connect(self.take_requested)
        self.restore_button = QPushButton(self.tr("Restaurer…"))
        self.restore_button.clicked.connect(self._ask_restore)
        close = QPushButton(self.tr("Fermer"))
        close.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        explanation = QLabel(self._explanation())
        explanation.setWordWrap(True)
        layout.addWidget(explanation)
        layout.addWidget(self.table)
        layout.addWidget(self.status)
        layout.addLayout(_button_row(self.take_button, self.restore_button, close))
        self.setMinimumSize(560, 340)  # fixed: the status line changing must not resize it
        self.resize(680, 440)
        self.reload()

    def reload(self, message: str = "") -> None:
        snapshots = self._list()
        self.table.show_snapshots(snapshots)
        self.restore_button.setEnabled(bool(snapshots))
        self.status.setText(
            message or (self.tr("Aucune sauvegarde pour l'instant.") if not snapshots else "")
        )

    def _ask_restore(self) -> None:
        chosen = self.table.chosen()
        if chosen is not None:
            self.restore_requested.emit(chosen)

    def _explanation(self) -> str:
        return self.tr(
            "Influence sauvegarde le séminaire toutes les 5 minutes quand il a changé, avant "
            "chaque import ou restauration, et à la fermeture."
        )


def _button_row(*buttons: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addStretch(1)
    for button in buttons:
        row.addWidget(button)
    return row

"""A read-only table model over rows of already formatted cells (overviews, snapshot lists)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

Index = QModelIndex | QPersistentModelIndex
NUMBER_ALIGNMENT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
MUTED = QColor("#5f6b73")


@dataclass(frozen=True)
class Row:
    """One line: its cells as shown, the id it stands for, and how it should stand out."""

    cells: tuple[str, ...]
    key: object = None
    bold: bool = False
    muted: bool = False
    numeric: frozenset[int] = field(default_factory=frozenset)  # right-aligned columns


class ReadOnlyTableModel(QAbstractTableModel):
    """Cells are plain strings: views draw DisplayRole as plain text, never as HTML."""

    KeyRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, headers: Sequence[str], parent: Any = None) -> None:
        super().__init__(parent)
        self._headers = tuple(headers)
        self._rows: list[Row] = []

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row(self, number: int) -> Row:
        return self._rows[number]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row.cells[index.column()] if index.column() < len(row.cells) else ""
        return self._decoration(row, index.column(), role)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if role == Qt.ItemDataRole.DisplayRole and horizontal and section < len(self._headers):
            return self._headers[section]
        return None

    def _decoration(self, row: Row, column: int, role: int) -> Any:
        if role == self.KeyRole:
            return row.key
        if role == Qt.ItemDataRole.TextAlignmentRole and column in row.numeric:
            return int(NUMBER_ALIGNMENT.value)
        if role == Qt.ItemDataRole.FontRole and row.bold:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and row.muted:
            return QBrush(MUTED)
        return None

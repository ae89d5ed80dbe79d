"""A network matrix (network × goal involvement, lever × network mastery) as a table model."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Mapping
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from influence_app.gui.analysis.common import plain_tip, qt_colour
from influence_app.gui.analysis.tables import CENTER, Index
from influence_app.report.charts import palette
from influence_app.services.chart_inputs import Matrix

Cell = tuple[str, str]  # (row id, column id)


@dataclass(frozen=True)
class Scale:
    """How a matrix reads its stored values: words shown, heat level, the cycle of a click."""

    text: Callable[[Any], str]  # a stored value (None: nothing) as the cell shows it
    level: Callable[[Any], float]  # its level on the heat map, 0..max_level
    max_level: float
    following: Callable[[Any], Any]  # the value a click or Space moves to
    from_digit: Callable[[int], Any]  # the value a digit key sets (raises ValueError if none)


class MatrixModel(QAbstractTableModel):
    """Cells coloured like the heat map beside them; edits go through the screen."""

    def __init__(self, scale: Scale, parent: Any = None) -> None:
        super().__init__(parent)
        self.scale = scale
        self._rows: tuple[str, ...] = ()
        self._columns: tuple[str, ...] = ()
        self._row_labels: tuple[str, ...] = ()
        self._column_labels: tuple[str, ...] = ()
        self._values: dict[Cell, Any] = {}

    def set_matrix(self, matrix: Matrix, values: Mapping[Cell, Any]) -> None:
        """Row and column labels as the chart prints them; `values` as stored (absent: None)."""
        same = (matrix.row_ids, matrix.column_ids) == (self._rows, self._columns)
        if not same:
            self.beginResetModel()
        self._rows, self._columns = matrix.row_ids, matrix.column_ids
        self._row_labels, self._column_labels = matrix.grid.rows, matrix.grid.columns
        self._values = dict(values)
        if not same:
            self.endResetModel()
        elif self._rows and self._columns:
            last = self.index(len(self._rows) - 1, len(self._columns) - 1)
            self.dataChanged.emit(self.index(0, 0), last)
            self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, len(self._rows) - 1)

    def cell(self, index: Index) -> Cell:
        return self._rows[index.row()], self._columns[index.column()]

    def value(self, index: Index) -> Any:
        return self._values.get(self.cell(index))

    def index_of(self, row_id: Hashable, column_id: Hashable) -> QModelIndex:
        if row_id not in self._rows or column_id not in self._columns:
            return QModelIndex()
        return self.index(self._rows.index(row_id), self._columns.index(column_id))  # type: ignore[arg-type]

    def row_label(self, row: int) -> str:
        return self._row_labels[row]

    def column_label(self, column: int) -> str:
        return self._column_labels[column]

    # Qt model interface.

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        value = self.value(index)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.scale.text(value)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return CENTER
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole):
            return self._colours(value)[role == Qt.ItemDataRole.ForegroundRole]
        return None

    def _colours(self, value: Any) -> tuple[Any, Any]:
        if value is None:
            return qt_colour(palette.WHITE), qt_colour(palette.MUTED)
        fill = palette.sequential(self.scale.level(value), self.scale.max_level)
        return qt_colour(fill), qt_colour(palette.text_on(fill))

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        labels = (
            self._column_labels if orientation == Qt.Orientation.Horizontal else self._row_labels
        )
        if not 0 <= section < len(labels):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return labels[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tip(labels[section])  # long lever titles are cut in the header
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

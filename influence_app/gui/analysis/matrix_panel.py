"""One matrix of networks: its table of cells (click, Space, digits) beside its heat map."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QSplitter, QVBoxLayout, QWidget
from reportlab.graphics.shapes import Drawing

from influence_app.gui.analysis.common import (
    ChartPanel,
    KeyFilter,
    digit,
    error_label,
    is_key,
    show_error,
)
from influence_app.gui.analysis.matrix_model import Cell, MatrixModel, Scale
from influence_app.gui.analysis.tables import grid_view, select_cell
from influence_app.report import figures
from influence_app.report.charts import HeatMap, heat_map
from influence_app.report.data import Grid
from influence_app.services.chart_inputs import Matrix
from influence_app.services.errors import ServiceError

CLEAR_KEYS = (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)


class MatrixPanel(QWidget):
    """`change(cell, value)` performs an edit (and may raise a service error, shown here)."""

    def __init__(
        self,
        scale: Scale,
        change: Callable[[Cell, Any], None],
        digits_hint: str,
        row_width: int,
        compact: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.model = MatrixModel(scale, self)
        self._change = change
        self._compact = compact
        self._digits_hint = digits_hint
        self.table = grid_view(self)
        self.table.setModel(self.model)
        self.table.verticalHeader().setFixedWidth(row_width)
        self.table.verticalHeader().setTextElideMode(Qt.TextElideMode.ElideRight)
        # Eleven networks fit above the chart at 1366×768 with rows this high.
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self._size_columns(compact)
        self.table.installEventFilter(KeyFilter(self._on_key, self._claims, self.table))
        self.table.clicked.connect(self.cycle)
        self.errors = error_label(self)
        self.note = QLabel(self)
        self.note.setTextFormat(Qt.TextFormat.PlainText)  # may list goal titles
        self.note.setWordWrap(True)
        self.chart = ChartPanel(self)
        self._lay_out()

    def _size_columns(self, compact: bool) -> None:
        """Few columns share the width; many (eleven networks) fit their short names."""
        header = self.table.horizontalHeader()
        if not compact:
            header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
            return
        font = self.table.font()
        font.setPointSizeF(font.pointSizeF() * 0.9)
        self.table.setFont(font)
        header.setMinimumSectionSize(28)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)

    def _fit_columns(self) -> None:
        """Each column as wide as its name: Qt's own fit adds room for a sort arrow."""
        metrics = self.table.horizontalHeader().fontMetrics()
        for column in range(self.model.columnCount()):
            width = metrics.horizontalAdvance(self.model.column_label(column)) + 12
            self.table.setColumnWidth(column, max(width, 30))

    def _lay_out(self) -> None:
        """Many columns (compact): the tall chart beside the table. Few: the key to the column
        names beside the table, the wide chart under both."""
        left = QWidget(self)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.table, 1)
        column.addWidget(self.errors)
        if self._compact:
            splitter = QSplitter(Qt.Orientation.Horizontal, self)
            splitter.addWidget(left)
            splitter.addWidget(self.chart)
            # The table is worked on, the chart is its preview (the projector shows it large).
            splitter.setSizes([770, 340])
        else:
            top = QWidget(self)
            row = QHBoxLayout(top)
            row.setContentsMargins(0, 0, 0, 0)
            row.setSpacing(16)
            row.addWidget(left, 2)
            row.addWidget(self.note, 1, Qt.AlignmentFlag.AlignTop)
            splitter = QSplitter(Qt.Orientation.Vertical, self)
            splitter.addWidget(top)
            splitter.addWidget(self.chart)
            splitter.setSizes([380, 240])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(splitter)

    def show_matrix(
        self,
        matrix: Matrix,
        values: Mapping[Cell, Any],
        title: str,
        note: str,
    ) -> None:
        """Fills the table; the heat map follows (the PDF's own, cut as the PDF cuts it)."""
        current = self.table.currentIndex()
        was = self.model.cell(current) if current.isValid() else None
        self.model.set_matrix(matrix, values)
        if self._compact:
            self._fit_columns()
        if self._compact:
            self.chart.set_footer(note)
        else:
            self.note.setText(note)
        if not self.table.currentIndex().isValid():
            restored = self.model.index_of(*was) if was else QModelIndex()
            select_cell(self.table, max(restored.row(), 0), max(restored.column(), 0))
        self.chart.show_chart(title, matrix.grid, lambda: _drawings(matrix.grid))

    # Editing.

    def cycle(self, index: QModelIndex) -> None:
        """A click or Space: the cell's next value (none → … → the highest → none)."""
        if index.isValid():
            self._set(index, self.model.scale.following(self.model.value(index)))

    def _claims(self, event: QKeyEvent) -> bool:
        return is_key(event, Qt.Key.Key_Space, *CLEAR_KEYS) or digit(event) is not None

    def _on_key(self, event: QKeyEvent) -> bool:
        index = self.table.currentIndex()
        if not index.isValid() or not self._claims(event):
            return False
        if is_key(event, Qt.Key.Key_Space):
            self.cycle(index)
        elif is_key(event, *CLEAR_KEYS):
            self._set(index, None)
        else:
            self._set_digit(index, digit(event) or 0)
        return True

    def _set_digit(self, index: QModelIndex, number: int) -> None:
        try:
            value = self.model.scale.from_digit(number)
        except ValueError:
            show_error(self.errors, self._digits_hint)
            return
        self._set(index, value)

    def _set(self, index: QModelIndex, value: Any) -> None:
        cell = self.model.cell(index)
        if value == self.model.value(index):
            return
        try:
            self._change(cell, value)
        except ServiceError as error:
            show_error(self.errors, str(error))
            return
        show_error(self.errors, "")
        restored = self.model.index_of(*cell)
        if restored.isValid():
            select_cell(self.table, restored.row(), restored.column())


def _drawings(grid: Grid) -> list[Drawing]:
    """The heat map as the PDF cuts it, or its « Aucune donnée » frame."""
    return figures.grid(grid) or [heat_map(HeatMap((), (), (), 1), figures.WIDTH)]

"""Table pieces of the analysis screens: rows updated in place, score and choice editors."""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

T = TypeVar("T")
Index = QModelIndex | QPersistentModelIndex

CENTER = int(Qt.AlignmentFlag.AlignCenter.value)
LEFT = int((Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter).value)
# The value a choice editor offers and writes (EditRole answers the current one).
CHOICES_ROLE = Qt.ItemDataRole.UserRole + 2


class KeyedTableModel(QAbstractTableModel, Generic[T]):
    """Rows known by key. New rows with the same keys update the cells in place, so the
    current cell, the selection and the scroll position stay where the user left them."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[T] = []

    def key(self, row: T) -> Hashable:
        return row.id  # type: ignore[attr-defined, no-any-return]

    def set_rows(self, rows: Sequence[T]) -> None:
        same = [self.key(row) for row in rows] == [self.key(row) for row in self._rows]
        if not same:
            self.beginResetModel()
            self._rows = list(rows)
            self.endResetModel()
            return
        self._rows = list(rows)
        if self._rows and self.columnCount():
            last = self.index(len(self._rows) - 1, self.columnCount() - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def rows(self) -> list[T]:
        return list(self._rows)

    def row_at(self, row: int) -> T:
        return self._rows[row]

    def row_of(self, key: Hashable) -> int | None:
        return next((i for i, row in enumerate(self._rows) if self.key(row) == key), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)


class ScoreDelegate(QStyledItemDelegate):
    """A spin box from `low` to `high`; with `empty`, one step below `low` reads « — » (none)."""

    def __init__(self, low: int, high: int, empty: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.low, self.high, self.empty = low, high, empty

    def createEditor(  # noqa: N802
        self, parent: QWidget, option: QStyleOptionViewItem, index: Index
    ) -> QWidget:
        spin = QSpinBox(parent)
        spin.setRange(self.low - 1 if self.empty else self.low, self.high)
        if self.empty:
            spin.setSpecialValueText("—")
        spin.setAlignment(Qt.AlignmentFlag.AlignCenter)
        spin.setFrame(False)
        return spin

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        value = index.data(Qt.ItemDataRole.EditRole)
        assert isinstance(editor, QSpinBox)
        editor.setValue(editor.minimum() if value is None else int(value))

    def setModelData(  # noqa: N802
        self, editor: QWidget, model: QAbstractItemModel, index: Index
    ) -> None:
        assert isinstance(editor, QSpinBox)
        editor.interpretText()
        empty = self.empty and editor.value() == editor.minimum()
        model.setData(index, None if empty else editor.value(), Qt.ItemDataRole.EditRole)


class ChoiceDelegate(QStyledItemDelegate):
    """A drop-down of the (label, value) pairs the model answers in CHOICES_ROLE."""

    def createEditor(  # noqa: N802
        self, parent: QWidget, option: QStyleOptionViewItem, index: Index
    ) -> QWidget:
        combo = QComboBox(parent)
        for text, value in index.data(CHOICES_ROLE) or ():
            combo.addItem(text, value)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(editor.findData(index.data(Qt.ItemDataRole.EditRole)), 0))

    def setModelData(  # noqa: N802
        self, editor: QWidget, model: QAbstractItemModel, index: Index
    ) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


def grid_view(parent: QWidget | None = None) -> QTableView:
    """A table of cells the keyboard walks: arrows move, Tab leaves for the next control."""
    view = QTableView(parent)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
    view.setTabKeyNavigation(False)
    view.setWordWrap(False)
    view.setAlternatingRowColors(False)
    view.horizontalHeader().setHighlightSections(False)
    view.verticalHeader().setHighlightSections(False)
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    return view


def select_cell(view: QTableView, row: int, column: int) -> None:
    """Makes (row, column) the current, selected cell and scrolls to it."""
    model = view.model()
    if not (0 <= row < model.rowCount() and 0 <= column < model.columnCount()):
        return
    index = model.index(row, column)
    flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
    view.selectionModel().setCurrentIndex(index, flags)
    view.scrollTo(index)

"""A read-only table model over rows described by column specs, shared by the set-up screens."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

T = TypeVar("T")
Index = QModelIndex | QPersistentModelIndex

LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
CENTER = Qt.AlignmentFlag.AlignCenter

# Role answering the row's key (its id): views and tests find rows by id, not by position.
KEY_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class Column(Generic[T]):
    """One column: its translated header and how a row reads in it.

    `text` returns what the cell shows (plain text, never HTML). `align` is LEFT, RIGHT (numbers)
    or CENTER. `hint` is the header's tooltip and `tip` a cell's: never built from user text,
    because Qt renders tooltips that look like HTML as HTML. `width` is the column's starting
    width in average characters (0: fit the contents, within reason); a `stretch` column takes
    the room left, so the table needs no horizontal scrolling.
    """

    header: str
    text: Callable[[T], str]
    align: Qt.AlignmentFlag = LEFT
    hint: str = ""
    tip: Callable[[T], str] | None = None
    width: int = 0
    stretch: bool = False


def _default_key(row: Any) -> Hashable:
    return row.id  # type: ignore[no-any-return]


class EntityTableModel(QAbstractTableModel, Generic[T]):
    """Rows in the service's order; `set_rows` replaces them all (cheap at seminar sizes)."""

    def __init__(
        self,
        columns: Sequence[Column[T]],
        key: Callable[[T], Hashable] = _default_key,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._key = key
        self._rows: list[T] = []

    # Contents.

    def set_rows(self, rows: Sequence[T]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def set_columns(self, columns: Sequence[Column[T]]) -> None:
        """For subclasses that translate their headers with `self.tr` once constructed."""
        self.beginResetModel()
        self._columns = list(columns)
        self.endResetModel()

    def rows(self) -> list[T]:
        return list(self._rows)

    def row_at(self, row: int) -> T:
        return self._rows[row]

    def key_at(self, row: int) -> Hashable:
        return self._key(self._rows[row])

    def row_of(self, key: Hashable) -> int | None:
        """Position of the row whose key is `key`, or None when it is not (or no longer) there."""
        return next((i for i, row in enumerate(self._rows) if self._key(row) == key), None)

    def columns(self) -> list[Column[T]]:
        return list(self._columns)

    # Qt model interface.

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row, column = self._rows[index.row()], self._columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return column.text(row)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(column.align.value)
        if role == Qt.ItemDataRole.ToolTipRole and column.tip is not None:
            return column.tip(row) or None
        if role == KEY_ROLE:
            return self._key(row)
        return None

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._columns):
            return None
        column = self._columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.header
        if role == Qt.ItemDataRole.ToolTipRole and column.hint:
            return column.hint
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(column.align.value)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

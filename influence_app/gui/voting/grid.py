"""The ballot grid: one row per participant, one column per item, points typed in the cells."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QIntValidator, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from influence_app.gui.voting.sheet import BallotSheet, Item, Voter
from influence_app.services.errors import ValidationError

Index = QModelIndex | QPersistentModelIndex
Commit = Callable[[str, str, int], None]  # participant id, item id, points; may raise

NAME, NETWORK, LEFT = 0, 1, 2
FIRST_ITEM = 3
CENTER = int(Qt.AlignmentFlag.AlignCenter.value)
LEFT_ALIGN = int((Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter).value)
REMAINING_BACKGROUND = QColor("#e6f0f1")  # the accent's pale tint: « Reste » stands apart
SPENT = QColor("#5f6b73")


class VoteGridModel(QAbstractTableModel):
    """Participants × items of one round; editing a cell sets that participant's points.

    `commit(participant_id, item_id, points)` performs the edit and raises ValidationError to
    refuse it: the cell keeps its value and `refused(message)` carries the service's words.
    """

    refused = Signal(str)
    accepted = Signal()

    def __init__(self, commit: Commit, parent: Any = None) -> None:
        super().__init__(parent)
        self._commit = commit
        self._sheet: BallotSheet | None = None
        self._typed: dict[tuple[str, str], int] = {}

    # Contents.

    def set_sheet(self, sheet: BallotSheet | None) -> None:
        """Same rows, columns and state: cells update in place, so an open editor survives."""
        if self._same_shape(sheet) and sheet is not None:
            self._sheet, self._typed = sheet, dict(sheet.typed)
            self._all_changed()
            return
        self.beginResetModel()
        self._sheet = sheet
        self._typed = dict(sheet.typed) if sheet else {}
        self.endResetModel()

    def sheet(self) -> BallotSheet | None:
        return self._sheet

    def voter_at(self, row: int) -> Voter:
        assert self._sheet is not None
        return self._sheet.voters[row]

    def item_at(self, column: int) -> Item | None:
        if self._sheet is None or column < FIRST_ITEM:
            return None
        return self._sheet.items[column - FIRST_ITEM]

    def index_of(self, participant_id: str, item_id: str) -> QModelIndex:
        """The cell of a participant on an item (invalid when either is not shown)."""
        if self._sheet is None:
            return QModelIndex()
        rows = [v.participant_id for v in self._sheet.voters]
        columns = [i.item_id for i in self._sheet.items]
        if participant_id not in rows or item_id not in columns:
            return QModelIndex()
        return self.index(rows.index(participant_id), FIRST_ITEM + columns.index(item_id))

    def points(self, row: int, column: int) -> int:
        item = self.item_at(column)
        if item is None:
            return 0
        return self._typed.get((self.voter_at(row).participant_id, item.item_id), 0)

    def remaining(self, row: int) -> int:
        assert self._sheet is not None
        who = self.voter_at(row).participant_id
        used = sum(p for (voter, _item), p in self._typed.items() if voter == who)
        return max(0, self._sheet.round.points_per_participant - used)

    def problem(self, index: Index, points: int) -> str | None:
        """The quota a value typed in `index` would break, before it is committed."""
        item = self.item_at(index.column())
        if self._sheet is None or item is None:
            return None
        current = BallotSheet(self._sheet.round, self._sheet.voters, self._sheet.items, self._typed)
        return current.problem(self.voter_at(index.row()).participant_id, item.item_id, points)

    # Qt model interface.

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() or self._sheet is None else len(self._sheet.voters)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() or self._sheet is None else FIRST_ITEM + len(self._sheet.items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self._sheet is None or index.row() >= self.rowCount():
            return None
        row, column = index.row(), index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(row, column)
        if role == Qt.ItemDataRole.EditRole:
            return self.points(row, column) if column >= FIRST_ITEM else self._text(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return LEFT_ALIGN if column in (NAME, NETWORK) else CENTER
        if role == Qt.ItemDataRole.BackgroundRole and column == LEFT:
            return QBrush(REMAINING_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole and column == LEFT and not self.remaining(row):
            return QBrush(SPENT)
        return None

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.columnCount():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            fixed = (self.tr("Participant"), self.tr("Réseau"), self.tr("Reste"))
            item = self.item_at(section)
            return fixed[section] if item is None else str(item.number)
        if role == Qt.ItemDataRole.ToolTipRole and section == LEFT:
            return self.tr("Points que la personne peut encore donner")
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return LEFT_ALIGN if section in (NAME, NETWORK) else CENTER
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        flags |= Qt.ItemFlag.ItemNeverHasChildren
        closed = self._sheet is not None and self._sheet.round.closed
        if index.column() >= FIRST_ITEM and not closed:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        item = self.item_at(index.column()) if index.isValid() else None
        if role != Qt.ItemDataRole.EditRole or item is None or index.row() >= self.rowCount():
            return False
        points = _points(value)
        if points is None:
            self.refused.emit(self.tr("Tapez un nombre entier de points (0 pour effacer)."))
            return False
        if points == self.points(index.row(), index.column()):
            return True
        return self._set(index, item, points)

    # Helpers.

    def _set(self, index: Index, item: Item, points: int) -> bool:
        who = self.voter_at(index.row()).participant_id
        try:
            self._commit(who, item.item_id, points)
        except ValidationError as error:
            self.refused.emit(str(error))
            return False
        if points:
            self._typed[(who, item.item_id)] = points
        else:
            self._typed.pop((who, item.item_id), None)
        self.dataChanged.emit(index, index)
        self.dataChanged.emit(self.index(index.row(), LEFT), self.index(index.row(), LEFT))
        self.accepted.emit()
        return True

    def _text(self, row: int, column: int) -> str:
        voter = self.voter_at(row)
        if column == NAME:
            return voter.name
        if column == NETWORK:
            return voter.network
        if column == LEFT:
            return str(self.remaining(row))
        points = self.points(row, column)
        return str(points) if points else ""

    def _same_shape(self, sheet: BallotSheet | None) -> bool:
        old = self._sheet
        if old is None or sheet is None:
            return False
        return (
            old.voters == sheet.voters
            and old.items == sheet.items
            and old.round.closed == sheet.round.closed
        )

    def _all_changed(self) -> None:
        if self.rowCount() and self.columnCount():
            last = self.index(self.rowCount() - 1, self.columnCount() - 1)
            self.dataChanged.emit(self.index(0, 0), last)


def _points(value: Any) -> int | None:
    """A cell's typed value as points: blank is 0; None when it is not a whole number."""
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    text = str(value or "").strip()
    if not text:
        return 0
    return int(text) if text.isdigit() else None


class PointsDelegate(QStyledItemDelegate):
    """A digits-only editor; `typing(index, text)` fires as each key changes the text."""

    typing = Signal(object, str)

    def createEditor(  # noqa: N802
        self, parent: QWidget, option: QStyleOptionViewItem, index: Index
    ) -> QWidget:
        editor = QLineEdit(parent)
        editor.setObjectName("pointsEditor")
        editor.setValidator(QIntValidator(0, 999, editor))
        editor.setAlignment(Qt.AlignmentFlag.AlignCenter)
        persistent = QPersistentModelIndex(index)
        editor.textEdited.connect(lambda text: self.typing.emit(persistent, text))
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        if isinstance(editor, QLineEdit):
            points = index.data(Qt.ItemDataRole.EditRole)
            editor.setText(str(points) if points else "")

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:  # noqa: N802
        if isinstance(editor, QLineEdit):
            model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)


class VoteGridView(QTableView):
    """Typing a digit starts a cell, Tab goes to the next item, Delete empties the cell."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.delegate = PointsDelegate(self)
        self.setItemDelegate(self.delegate)
        triggers = QAbstractItemView.EditTrigger
        self.setEditTriggers(
            triggers.AnyKeyPressed | triggers.DoubleClicked | triggers.EditKeyPressed
        )
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setTabKeyNavigation(True)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        self.horizontalHeader().setHighlightSections(False)

    def size_columns(self) -> None:
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NETWORK, QHeaderView.ResizeMode.ResizeToContents)
        unit = self.fontMetrics().averageCharWidth()
        for column in range(LEFT, self.model().columnCount()):
            self.setColumnWidth(column, 5 * unit + 12)  # room for « Reste » and 3 digits

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        erase = event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
        index = self.currentIndex()
        editable = index.isValid() and bool(index.flags() & Qt.ItemFlag.ItemIsEditable)
        if erase and editable and self.state() != self.State.EditingState:
            self.model().setData(index, 0, Qt.ItemDataRole.EditRole)
            return
        super().keyPressEvent(event)

    def point_of(self, index: QModelIndex) -> QPoint:
        """Centre of a cell in viewport coordinates (tests click there)."""
        return self.visualRect(index).center()

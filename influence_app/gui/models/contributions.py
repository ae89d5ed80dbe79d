"""A session's contributions as a tree: survivors on top, merged duplicates indented under them."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from influence_app.domain.models import Contribution

Index = QModelIndex | QPersistentModelIndex

KEY_ROLE = Qt.ItemDataRole.UserRole + 1  # the contribution's id
KIND_ROLE = Qt.ItemDataRole.UserRole + 2  # its kind code
MIME_TYPE = "application/x-influence-contribution-ids"

KIND_LABELS: dict[str, str] = {
    "idee": QT_TRANSLATE_NOOP("ContributionKind", "Idée"),
    "objectif": QT_TRANSLATE_NOOP("ContributionKind", "Objectif"),
    "levier": QT_TRANSLATE_NOOP("ContributionKind", "Levier"),
    "frein": QT_TRANSLATE_NOOP("ContributionKind", "Frein"),
    "action": QT_TRANSLATE_NOOP("ContributionKind", "Action"),
    "question": QT_TRANSLATE_NOOP("ContributionKind", "Question"),
    "recit": QT_TRANSLATE_NOOP("ContributionKind", "Récit"),
    "parking": QT_TRANSLATE_NOOP("ContributionKind", "Parking"),
}

# Column ids; what each shows is in _TEXTS, its header in HEADERS.
COLUMNS = ("text", "kind", "network", "cluster", "table_no", "round", "author", "session")
HEADERS = {
    "text": QT_TRANSLATE_NOOP("ContributionModel", "Contribution"),
    "kind": QT_TRANSLATE_NOOP("ContributionModel", "Nature"),
    "network": QT_TRANSLATE_NOOP("ContributionModel", "Réseau"),
    "cluster": QT_TRANSLATE_NOOP("ContributionModel", "Groupe"),
    "table_no": QT_TRANSLATE_NOOP("ContributionModel", "Table"),
    "round": QT_TRANSLATE_NOOP("ContributionModel", "Tour"),
    "author": QT_TRANSLATE_NOOP("ContributionModel", "Auteur"),
    "session": QT_TRANSLATE_NOOP("ContributionModel", "Séance"),
}
EDITABLE = {"text", "cluster"}
_ABSORBED_COLOUR = QColor("#6b7780")


def kind_label(code: str | None) -> str:
    if code is None:
        return ""
    return QCoreApplication.translate("ContributionKind", KIND_LABELS.get(code, code))


@dataclass
class Names:
    """What ids read as in the list: network acronyms, people's names, session titles."""

    networks: dict[str, str] = field(default_factory=dict)
    authors: dict[str, str] = field(default_factory=dict)
    sessions: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class RowFilter:
    """What the facilitator narrowed the list to; None or "" means any."""

    kind: str | None = None
    network_id: str | None = None
    search: str = ""

    def keeps(self, row: Contribution) -> bool:
        if self.kind and row.kind != self.kind:
            return False
        if self.network_id and row.network_id != self.network_id:
            return False
        return self.search.strip().casefold() in row.text.casefold()


def _number(value: int | None) -> str:
    return "" if value is None else str(value)


_TEXTS: dict[str, Callable[[Contribution, Names], str]] = {
    "text": lambda row, names: row.text,
    "kind": lambda row, names: kind_label(row.kind),
    "network": lambda row, names: names.networks.get(row.network_id or "", ""),
    "cluster": lambda row, names: row.cluster or "",
    "table_no": lambda row, names: _number(row.table_no),
    "round": lambda row, names: _number(row.round),
    "author": lambda row, names: names.authors.get(row.author_id or "", ""),
    "session": lambda row, names: names.sessions.get(row.session_id, ""),
}

# Called with (contribution id, field, value); returns the row as stored, or None when the
# edit was refused (the editor shows why).
Editor = Callable[[str, str, Any], Contribution | None]
# Called with (dragged ids, cluster label of the row they were dropped on).
Dropper = Callable[[list[str], str], None]


class ContributionModel(QAbstractItemModel):
    """Top-level rows are contributions standing on their own, in capture order; a merged
    duplicate is a child of the contribution it was merged into. `append` inserts one row
    (the capture path): never a reload."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.names = Names()
        self.editor: Editor | None = None
        self.dropper: Dropper | None = None
        self._rows: dict[str, Contribution] = {}
        self._filter = RowFilter()
        self._top: list[str] = []
        self._top_row: dict[str, int] = {}
        self._kids: dict[str, list[str]] = {}

    # Contents.

    def set_rows(self, rows: Iterable[Contribution]) -> None:
        self.beginResetModel()
        self._rows = {row.id: row for row in rows}
        self._layout()
        self.endResetModel()

    def set_filter(self, row_filter: RowFilter) -> None:
        self.beginResetModel()
        self._filter = row_filter
        self._layout()
        self.endResetModel()

    def set_names(self, names: Names) -> None:
        self.names = names
        self._all_changed()

    def append(self, row: Contribution) -> QModelIndex:
        """Adds a just-captured contribution; returns its index (invalid when filtered out)."""
        self._rows[row.id] = row
        if not self._filter.keeps(row):
            return QModelIndex()
        position = len(self._top)
        self.beginInsertRows(QModelIndex(), position, position)
        self._top.append(row.id)
        self._top_row[row.id] = position
        self.endInsertRows()
        return self.index(position, 0)

    def replace(self, row: Contribution) -> None:
        """The stored version of an edited row (same place, new values)."""
        if row.id not in self._rows:
            return
        self._rows[row.id] = row
        index = self.index_of(row.id)
        if index.isValid():
            last = self.index(index.row(), len(COLUMNS) - 1, index.parent())
            self.dataChanged.emit(index.siblingAtColumn(0), last)

    def contribution(self, index: Index) -> Contribution | None:
        key = self._key(index)
        return self._rows.get(key) if key else None

    def contributions(self) -> list[Contribution]:
        """Every loaded row, shown or filtered out, in capture order."""
        return list(self._rows.values())

    def row(self, contribution_id: str) -> Contribution | None:
        return self._rows.get(contribution_id)

    def shown_rows(self, last: int | None = None) -> list[Contribution]:
        """Top-level rows as shown (the `last` ones only: cheap on a long session)."""
        keys = self._top if last is None else self._top[-last:] if last else []
        return [self._rows[key] for key in keys]

    def shown_ids(self) -> list[str]:
        """Top-level rows as shown, in order."""
        return list(self._top)

    def absorbed_ids(self, survivor_id: str) -> list[str]:
        return list(self._kids.get(survivor_id, ()))

    def index_of(self, contribution_id: str) -> QModelIndex:
        if contribution_id in self._top_row:
            return self.index(self._top_row[contribution_id], 0)
        row = self._rows.get(contribution_id)
        survivor = row.merged_into_id if row else None
        if survivor in self._top_row and contribution_id in self._kids.get(survivor, ()):
            parent = self.index(self._top_row[survivor], 0)
            return self.index(self._kids[survivor].index(contribution_id), 0, parent)
        return QModelIndex()

    def _layout(self) -> None:
        """Survivors (and rows whose survivor is not loaded) on top; duplicates under them."""
        self._kids = {}
        top = []
        for row in self._rows.values():
            if row.merged_into_id and row.merged_into_id in self._rows:
                self._kids.setdefault(row.merged_into_id, []).append(row.id)
            elif self._filter.keeps(row):
                top.append(row.id)
        self._top = top
        self._top_row = {key: n for n, key in enumerate(top)}

    def _all_changed(self) -> None:
        if self._top:
            last = self.index(len(self._top) - 1, len(COLUMNS) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def _key(self, index: Index) -> str | None:
        if not index.isValid():
            return None
        parent_row = index.internalId()
        if parent_row == 0:
            return self._top[index.row()] if index.row() < len(self._top) else None
        kids = self._kids.get(self._top[parent_row - 1], [])
        return kids[index.row()] if index.row() < len(kids) else None

    # Qt model interface: internalId 0 marks a top-level row, n + 1 a child of top row n.

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        if not parent.isValid():
            return len(self._top)
        if parent.internalId() != 0 or parent.column() != 0:
            return 0
        return len(self._kids.get(self._top[parent.row()], ()))

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.contribution(index)
        if row is None:
            return None
        column = COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return _TEXTS[column](row, self.names)
        if role == Qt.ItemDataRole.EditRole:
            return (
                (row.text if column == "text" else row.cluster or "")
                if column in EDITABLE
                else None
            )
        return self._decoration(row, index, role)

    def _decoration(self, row: Contribution, index: Index, role: int) -> Any:
        absorbed = index.internalId() != 0
        if role == KEY_ROLE:
            return row.id
        if role == KIND_ROLE:
            return row.kind
        if role == Qt.ItemDataRole.ForegroundRole and absorbed:
            return _ABSORBED_COLOUR
        if role == Qt.ItemDataRole.FontRole and absorbed:
            font = QFont()
            font.setItalic(True)
            return font
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        row = self.contribution(index)
        column = COLUMNS[index.column()] if index.isValid() else ""
        if row is None or role != Qt.ItemDataRole.EditRole or column not in EDITABLE:
            return False
        if self.editor is None or (getattr(row, column) or "") == value:
            return False
        stored = self.editor(row.id, column, value)
        if stored is None:
            return False
        self._rows[row.id] = stored
        self.dataChanged.emit(index, index)
        return True

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("ContributionModel", HEADERS[COLUMNS[section]])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        flags |= Qt.ItemFlag.ItemIsDragEnabled
        if COLUMNS[index.column()] in EDITABLE:
            flags |= Qt.ItemFlag.ItemIsEditable
        if index.internalId() != 0:
            return flags | Qt.ItemFlag.ItemNeverHasChildren
        return flags | Qt.ItemFlag.ItemIsDropEnabled

    # Drag rows onto a row that has a group: they join that group.

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [MIME_TYPE]

    def mimeData(self, indexes: Iterable[QModelIndex]) -> QMimeData:  # type: ignore[override]  # noqa: N802
        keys = dict.fromkeys(key for index in indexes if (key := self._key(index)))
        data = QMimeData()
        data.setData(MIME_TYPE, "\n".join(keys).encode("utf-8"))
        return data

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.CopyAction  # a Move would make the view remove the dragged rows

    def supportedDragActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.CopyAction

    def canDropMimeData(  # noqa: N802
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        target = self.contribution(parent)
        return data.hasFormat(MIME_TYPE) and target is not None and bool(target.cluster)

    def dropMimeData(  # noqa: N802
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        if not self.canDropMimeData(data, action, row, column, parent) or self.dropper is None:
            return False
        target = self.contribution(parent)
        ids = [key for key in bytes(data.data(MIME_TYPE).data()).decode("utf-8").split("\n") if key]
        self.dropper(ids, target.cluster or "")  # type: ignore[union-attr]
        return True

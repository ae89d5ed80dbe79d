"""A session's contributions as a table; merged duplicates indented right under their survivor."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
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
DEPTH_ROLE = Qt.ItemDataRole.UserRole + 3  # 1 for a merged duplicate, shown under its survivor
_INDENT = "    ↳ "
_ABSORBED_COLOUR = QColor("#6b7780")
# Computed once: flags() is asked for every visible cell, and enum arithmetic is slow in Python.
_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
_FLAGS |= Qt.ItemFlag.ItemIsDropEnabled
_EDIT_FLAGS = _FLAGS | Qt.ItemFlag.ItemIsEditable
_ROOT_FLAGS = Qt.ItemFlag.ItemIsDropEnabled
_SERVED_ROLES = frozenset(
    int(role)
    for role in (
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.AccessibleTextRole,
        Qt.ItemDataRole.EditRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.FontRole,
        KEY_ROLE,
        KIND_ROLE,
        DEPTH_ROLE,
    )
)


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


class ContributionModel(QAbstractTableModel):
    """One row per contribution, in capture order; a merged duplicate comes right under the
    contribution it was merged into, indented. Flat on purpose: a tree view lays out every
    row again on each insert (one Python call per row: 10,000 rows cost 0.6 s a capture,
    measured), a table view does not. `append` inserts one row: never a reload."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.names = Names()
        self.editor: Editor | None = None
        self.dropper: Dropper | None = None
        self._rows: dict[str, Contribution] = {}
        self._filter = RowFilter()
        self._shown: list[str] = []  # ids in display order, duplicates after their survivor
        self._position: dict[str, int] = {}
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
        if self._shown:
            last = self.index(len(self._shown) - 1, len(COLUMNS) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def append(self, row: Contribution) -> QModelIndex:
        """Adds a just-captured contribution; returns its index (invalid when filtered out)."""
        self._rows[row.id] = row
        if not self._filter.keeps(row):
            return QModelIndex()
        position = len(self._shown)
        self.beginInsertRows(QModelIndex(), position, position)
        self._shown.append(row.id)
        self._position[row.id] = position
        self.endInsertRows()
        return self.index(position, 0)

    def contribution(self, index: Index) -> Contribution | None:
        if not index.isValid() or index.row() >= len(self._shown):
            return None
        return self._rows[self._shown[index.row()]]

    def contributions(self) -> list[Contribution]:
        """Every loaded row, shown or filtered out, in capture order."""
        return list(self._rows.values())

    def row(self, contribution_id: str) -> Contribution | None:
        return self._rows.get(contribution_id)

    def shown_rows(self, last: int | None = None) -> list[Contribution]:
        """Rows standing on their own, as shown (the `last` ones only: cheap on a long list)."""
        keys = self._shown if last is None else self._shown[-4 * last :] if last else []
        standing = [self._rows[key] for key in keys if not self.is_absorbed(key)]
        return standing if last is None else standing[-last:]

    def shown_ids(self) -> list[str]:
        """Every row as shown, duplicates included, in order."""
        return list(self._shown)

    def absorbed_ids(self, survivor_id: str) -> list[str]:
        return list(self._kids.get(survivor_id, ()))

    def is_absorbed(self, contribution_id: str) -> bool:
        """Merged into a contribution of this list (so shown indented under it)."""
        row = self._rows.get(contribution_id)
        return row is not None and bool(row.merged_into_id) and row.merged_into_id in self._rows

    def index_of(self, contribution_id: str, column: int = 0) -> QModelIndex:
        position = self._position.get(contribution_id)
        return QModelIndex() if position is None else self.index(position, column)

    def _layout(self) -> None:
        """Rows kept by the filter, each followed by the duplicates merged into it."""
        self._kids = {}
        for row in self._rows.values():
            if self.is_absorbed(row.id):
                self._kids.setdefault(row.merged_into_id or "", []).append(row.id)
        shown: list[str] = []
        for row in self._rows.values():
            if not self.is_absorbed(row.id) and self._filter.keeps(row):
                shown.append(row.id)
                shown.extend(self._kids.get(row.id, ()))
        self._shown = shown
        self._position = {key: n for n, key in enumerate(shown)}

    # Qt model interface.

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._shown)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _SERVED_ROLES:  # the view asks ~8 roles per cell on every paint
            return None
        row = self.contribution(index)
        if row is None:
            return None
        column = COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            text = _TEXTS[column](row, self.names)
            return f"{_INDENT}{text}" if column == "text" and self.is_absorbed(row.id) else text
        if role == Qt.ItemDataRole.EditRole:
            return getattr(row, column) or "" if column in EDITABLE else None
        return self._decoration(row, role)

    def _decoration(self, row: Contribution, role: int) -> Any:
        if role == KEY_ROLE:
            return row.id
        if role == KIND_ROLE:
            return row.kind
        if role == DEPTH_ROLE:
            return 1 if self.is_absorbed(row.id) else 0
        if role == Qt.ItemDataRole.ForegroundRole and self.is_absorbed(row.id):
            return _ABSORBED_COLOUR
        if role == Qt.ItemDataRole.FontRole and self.is_absorbed(row.id):
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
            return _ROOT_FLAGS
        return _EDIT_FLAGS if COLUMNS[index.column()] in EDITABLE else _FLAGS

    # Drag rows onto a row that has a group: they join that group.

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [MIME_TYPE]

    def mimeData(self, indexes: Iterable[QModelIndex]) -> QMimeData:  # type: ignore[override]  # noqa: N802
        keys = dict.fromkeys(row.id for index in indexes if (row := self.contribution(index)))
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

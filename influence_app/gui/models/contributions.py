"""A session's contributions as a table; merged duplicates indented right under their survivor."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QStandardItem, QStandardItemModel

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
_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
_FLAGS |= Qt.ItemFlag.ItemIsDropEnabled | Qt.ItemFlag.ItemNeverHasChildren
_EDIT_FLAGS = _FLAGS | Qt.ItemFlag.ItemIsEditable


def _italic() -> QFont:
    font = QFont()
    font.setItalic(True)
    return font


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


class ContributionModel(QStandardItemModel):
    """One row per contribution in capture order, a merged duplicate right under the one it was
    merged into, indented. The rows are Qt items: painting never calls Python (a Python data()
    is asked ~7 roles per cell on every paint, which made a capture 4 times slower to show,
    measured). `append` adds one row, never a reload. A filter hides rows (`hidden`) rather
    than removing them, so the view hides them without a rebuild."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(0, len(COLUMNS), parent)
        self.names = Names()
        self.editor: Editor | None = None
        self.dropper: Dropper | None = None
        self._rows: dict[str, Contribution] = {}
        self._filter = RowFilter()
        self._order: list[str] = []  # ids as shown, duplicates after their survivor
        self._position: dict[str, int] = {}
        self._kids: dict[str, list[str]] = {}
        headers = [QCoreApplication.translate("ContributionModel", HEADERS[c]) for c in COLUMNS]
        self.setHorizontalHeaderLabels(headers)

    # Contents.

    def set_rows(self, rows: Iterable[Contribution]) -> None:
        self._rows = {row.id: row for row in rows}
        self._layout()
        self.setRowCount(0)
        for key in self._order:
            self.appendRow(self._items(self._rows[key]))

    def set_filter(self, row_filter: RowFilter) -> None:
        """Narrows what `shown_rows` gives; the view hides the rows `hidden` names."""
        self._filter = row_filter

    def filtering(self) -> bool:
        return self._filter != RowFilter()

    def hidden(self, position: int) -> bool:
        """Filtered out: the row, or the contribution its duplicate was merged into."""
        row = self._rows[self._order[position]]
        survivor = self._rows[row.merged_into_id] if self.is_absorbed(row.id) else row
        return not self._filter.keeps(survivor)  # type: ignore[index]

    def set_names(self, names: Names) -> None:
        self.names = names
        for position, key in enumerate(self._order):
            for column in ("network", "author", "session"):
                text = _TEXTS[column](self._rows[key], names)
                self.item(position, COLUMNS.index(column)).setText(text)

    def append(self, row: Contribution) -> QModelIndex:
        """Adds a just-captured contribution at the end; returns its index."""
        self._rows[row.id] = row
        self._position[row.id] = len(self._order)
        self._order.append(row.id)
        self.appendRow(self._items(row))
        return self.index(len(self._order) - 1, 0)

    def contribution(self, index: Index) -> Contribution | None:
        if not index.isValid() or index.parent().isValid() or index.row() >= len(self._order):
            return None
        return self._rows[self._order[index.row()]]

    def contributions(self) -> list[Contribution]:
        """Every loaded row, shown or filtered out, in capture order."""
        return list(self._rows.values())

    def row(self, contribution_id: str) -> Contribution | None:
        return self._rows.get(contribution_id)

    def shown_rows(self, last: int | None = None) -> list[Contribution]:
        """Rows standing on their own that the filter keeps (the `last` ones: cheap when long)."""
        found: list[Contribution] = []
        for key in reversed(self._order):
            row = self._rows[key]
            if not self.is_absorbed(key) and self._filter.keeps(row):
                found.append(row)
                if last is not None and len(found) >= last:
                    break
        return found[::-1]

    def shown_ids(self) -> list[str]:
        """Every row the filter keeps, duplicates included, in order."""
        return [key for n, key in enumerate(self._order) if not self.hidden(n)]

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
        """Each contribution followed by the duplicates merged into it."""
        self._kids = {}
        for row in self._rows.values():
            if self.is_absorbed(row.id):
                self._kids.setdefault(row.merged_into_id or "", []).append(row.id)
        order: list[str] = []
        for row in self._rows.values():
            if not self.is_absorbed(row.id):
                order.append(row.id)
                order.extend(self._kids.get(row.id, ()))
        self._order = order
        self._position = {key: n for n, key in enumerate(order)}

    def _items(self, row: Contribution) -> list[QStandardItem]:
        absorbed = self.is_absorbed(row.id)
        items = []
        for column in COLUMNS:
            item = QStandardItem(_TEXTS[column](row, self.names))
            editable = column == "cluster" or (column == "text" and not absorbed)
            item.setFlags(_EDIT_FLAGS if editable else _FLAGS)
            if absorbed:
                item.setForeground(_ABSORBED_COLOUR)
                item.setFont(_italic())
            items.append(item)
        first = items[0]
        if absorbed:
            first.setText(f"{_INDENT}{row.text}")  # a duplicate's text is not edited in place
        first.setData(row.id, KEY_ROLE)
        first.setData(row.kind, KIND_ROLE)
        first.setData(1 if absorbed else 0, DEPTH_ROLE)
        return items

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        """An edit typed in the view: saved through `editor` first, shown once stored."""
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
        self.item(index.row(), index.column()).setText(_TEXTS[column](stored, self.names))
        return True

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

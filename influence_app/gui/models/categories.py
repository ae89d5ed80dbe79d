"""Item model of the levers' or the obstacles' categories, whose label can be edited in place."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal

from influence_app.domain.enums import FactorKind, Scope
from influence_app.domain.models import Category
from influence_app.gui.models.entity_model import Column, EntityTableModel, Index

SCOPE_LABELS: dict[str, str] = {
    Scope.INTERNE: QT_TRANSLATE_NOOP("Scope", "Interne"),
    Scope.EXTERNE: QT_TRANSLATE_NOOP("Scope", "Externe"),
}

LABEL_COLUMN = 1


def scope_label(code: str | None) -> str:
    return QCoreApplication.translate("Scope", SCOPE_LABELS[code]) if code else ""


def category_columns(kind: str) -> list[Column[Category]]:
    """Code, Libellé, Portée (obstacles only). The description is read in the form: a few
    truncated words of it would cost the labels their room at 1366 pixels."""

    def tr(text: str) -> str:
        return QCoreApplication.translate("CategoryTable", text)

    columns = [
        Column(tr("Code"), lambda c: c.code or ""),
        Column(tr("Libellé"), lambda c: c.label),
    ]
    if kind == FactorKind.FREIN:
        columns.append(Column(tr("Portée"), lambda c: scope_label(c.scope)))
    return columns


class CategoryTableModel(EntityTableModel[Category]):
    """One kind's categories in order. Editing a label in the table does not change the row:
    it asks for the rename (`rename_requested(id, text)`), which the screen performs."""

    rename_requested = Signal(str, str)

    def __init__(self, kind: str, parent: Any = None) -> None:
        super().__init__(category_columns(kind), parent=parent)
        self.kind = kind

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == LABEL_COLUMN:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.EditRole and index.isValid() and index.row() < self.rowCount():
            return self.row_at(index.row()).label if index.column() == LABEL_COLUMN else None
        return super().data(index, role)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        if index.column() != LABEL_COLUMN:
            return False
        category = self.row_at(index.row())
        if str(value) != category.label:
            self.rename_requested.emit(category.id, str(value))
        return True

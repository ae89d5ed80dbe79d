"""The levers (or obstacles) of one goal: title, category, strength and controllability."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal

from influence_app.domain.models import Category, Factor
from influence_app.gui.analysis.common import plain_tip
from influence_app.gui.analysis.tables import CENTER, CHOICES_ROLE, LEFT, Index, KeyedTableModel

TITLE, CATEGORY, STRENGTH, CONTROL = range(4)
FIELDS = ("title", "category_id", "strength", "controllability")
SCORE_COLUMNS = (STRENGTH, CONTROL)


class FactorTableModel(KeyedTableModel[Factor]):
    """Every cell is edited in place; an edit is asked for with `edit_requested`, and the
    screen performs it (undoable) and reloads the rows."""

    edit_requested = Signal(str, str, object)  # factor id, field, new value

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._categories: list[Category] = []

    def set_factors(self, factors: Sequence[Factor], categories: Sequence[Category]) -> None:
        self._categories = list(categories)
        self.set_rows(factors)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(FIELDS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        factor, column = self._rows[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(factor, column)
        if role == Qt.ItemDataRole.EditRole:
            return getattr(factor, FIELDS[column])
        if role == Qt.ItemDataRole.ToolTipRole and column in (TITLE, CATEGORY):
            return plain_tip(self._text(factor, column))  # cut titles read in full
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return CENTER if column in SCORE_COLUMNS else LEFT
        if role == CHOICES_ROLE and column == CATEGORY:
            return [(self.tr("— sans catégorie —"), None)] + [
                (category.label, category.id) for category in self._categories
            ]
        return None

    def _text(self, factor: Factor, column: int) -> str:
        if column == TITLE:
            return factor.title
        if column == CATEGORY:
            found = next((c for c in self._categories if c.id == factor.category_id), None)
            return found.label if found else "—"
        value = factor.strength if column == STRENGTH else factor.controllability
        return "—" if value is None else str(value)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        factor, field = self._rows[index.row()], FIELDS[index.column()]
        if isinstance(value, str):
            value = value.strip()
        if value == getattr(factor, field):
            return False
        self.edit_requested.emit(factor.id, field, value)
        return True

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(FIELDS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers()[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._hints()[section]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return CENTER if section in SCORE_COLUMNS else LEFT
        return None

    def _headers(self) -> tuple[str, ...]:
        return (self.tr("Intitulé"), self.tr("Catégorie"), self.tr("Force"), self.tr("Marge"))

    def _hints(self) -> tuple[str, ...]:
        return (
            self.tr("F2 ou double-clic pour renommer."),
            self.tr("F2 ou double-clic pour choisir la catégorie."),
            self.tr("Force de 1 à 5 : tapez le chiffre (0 efface)."),
            self.tr("Marge d'action des réseaux, de 1 à 5 : tapez le chiffre (0 efface)."),
        )

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsEditable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

"""Networks × the four internal conditions: each cell a score 1–5, marked when commented."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal

from influence_app.domain.enums import Criterion
from influence_app.domain.models import Assessment, Network
from influence_app.gui.analysis import labels
from influence_app.gui.analysis.tables import CENTER, Index, KeyedTableModel

CRITERIA: tuple[str, ...] = tuple(criterion.value for criterion in Criterion)
COMMENT_MARK = " ✎"  # a score that carries a comment


@dataclass(frozen=True)
class NetworkScores:
    """One network's row: its scores (and comments) by criterion code."""

    id: str
    name: str
    scores: dict[str, Assessment] = field(default_factory=dict)


def network_rows(networks: Sequence[Network], rows: Sequence[Assessment]) -> list[NetworkScores]:
    """Every network, in its order, with the scores it gave itself (none yet: empty)."""
    lines = [NetworkScores(n.id, n.acronym or n.name) for n in networks]
    by_id = {line.id: line for line in lines}
    for row in rows:
        if row.network_id in by_id:
            by_id[row.network_id].scores[row.criterion] = row
    return lines


class AssessmentTableModel(KeyedTableModel[NetworkScores]):
    """Scores are edited in place (spin box or digit); `score_requested` asks the screen."""

    score_requested = Signal(str, str, object)  # network id, criterion, score (None: clear)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(CRITERIA)

    def assessment(self, index: Index) -> Assessment | None:
        return self._rows[index.row()].scores.get(CRITERIA[index.column()])

    def cell(self, index: Index) -> tuple[str, str]:
        return self._rows[index.row()].id, CRITERIA[index.column()]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        found = self.assessment(index)
        if role == Qt.ItemDataRole.DisplayRole:
            if found is None:
                return "—"
            return f"{found.score}{COMMENT_MARK if found.comment else ''}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return "—" if found is None else str(found.score)
        if role == Qt.ItemDataRole.EditRole:
            return None if found is None else found.score
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return CENTER
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        found = self.assessment(index)
        if value == (None if found is None else found.score):
            return False
        self.score_requested.emit(*self.cell(index), value)
        return True

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(CRITERIA):
            return labels.label(labels.CRITERIA, CRITERIA[section])
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self._rows):
            return self._rows[section].name
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsEditable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

"""A round's results: the PDF's ranked bars, the ranking table, ties, who has not voted."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from math import isclose
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from influence_app.domain.enums import Weighting
from influence_app.domain.voting import (
    TIE_TOLERANCE,
    ItemResult,
    RoundResult,
    weighting_rule_text,
)
from influence_app.gui.theme import ERROR, MUTED, emphasise, set_text_colour
from influence_app.gui.voting.sheet import Item
from influence_app.gui.widgets.chart_view import ChartView, drawings_of
from influence_app.report import figures
from influence_app.report.data import Bar

Index = QModelIndex | QPersistentModelIndex
RANK, TITLE, RAW, WEIGHTED, TIE = range(5)
VALUE_ROLE = Qt.ItemDataRole.UserRole + 1  # raw points (int) or weighted score (float)
ITEM_ROLE = Qt.ItemDataRole.UserRole + 2  # the item's id
TIE_COLOUR = QColor(ERROR)  # ties call for the group's decision: they stand out
RIGHT = int((Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value)
LEFT = int((Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter).value)


def bars(result: RoundResult, captions: Mapping[str, str]) -> list[Bar]:
    """The chart's input, as the synthesis builds it; items named « n · titre » on screen."""
    return [
        Bar(captions.get(item.item_id, item.title), item.raw, item.weighted, item.tied)
        for item in result.items
    ]


def tie_groups(result: RoundResult) -> list[list[ItemResult]]:
    """Tied items in runs of equal score (weighted under par_reseau, raw otherwise)."""
    weighted = result.weighting == Weighting.PAR_RESEAU

    def same_score(first: ItemResult, second: ItemResult) -> bool:
        if weighted:
            return isclose(first.weighted, second.weighted, abs_tol=TIE_TOLERANCE)
        return first.raw == second.raw

    groups: list[list[ItemResult]] = []
    for item in (i for i in result.items if i.tied):
        last = groups[-1][-1] if groups else None
        if last is not None and last.rank == item.rank - 1 and same_score(last, item):
            groups[-1].append(item)
        else:
            groups.append([item])
    return groups


class ResultsModel(QAbstractTableModel):
    """Items best first: rank, caption, raw points, weighted score, « ex æquo »."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._items: tuple[ItemResult, ...] = ()
        self._captions: Mapping[str, str] = {}

    def set_result(self, result: RoundResult | None, captions: Mapping[str, str]) -> None:
        self.beginResetModel()
        self._items = result.items if result else ()
        self._captions = dict(captions)
        self.endResetModel()

    def item(self, row: int) -> ItemResult:
        return self._items[row]

    def row_of(self, item_id: str) -> int | None:
        return next((r for r, item in enumerate(self._items) if item.item_id == item_id), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 5

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._items):
            return None
        item, column = self._items[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(item, column)
        if role == VALUE_ROLE:
            return {RAW: item.raw, WEIGHTED: item.weighted}.get(column)
        if role == ITEM_ROLE:
            return item.item_id
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return LEFT if column in (TITLE, TIE) else RIGHT
        if role == Qt.ItemDataRole.ForegroundRole and column == TIE:
            return QBrush(TIE_COLOUR)
        if role == Qt.ItemDataRole.FontRole and item.tied:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < 5:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                self.tr("Rang"),
                self.tr("Élément"),
                self.tr("Brut"),
                self.tr("Pondéré"),
                self.tr("Égalité"),
            )[section]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return LEFT if section in (TITLE, TIE) else RIGHT
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def _text(self, item: ItemResult, column: int) -> str:
        if column == RANK:
            return str(item.rank)
        if column == TITLE:
            return self._captions.get(item.item_id, " ".join(item.title.split()))
        if column == RAW:
            return str(item.raw)
        if column == WEIGHTED:
            return QLocale().toString(float(item.weighted), "f", 1)  # decimal comma
        return self.tr("ex æquo") if item.tied else ""


class ResultsPanel(QWidget):
    """The chart across the width, then ties, who has not voted and the weighting rule.

    The ranking as a table (`table`, over `model`) is laid out by the screen, in its own tab:
    beside the chart it would squeeze the bars' labels below reading size.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chart = ChartView(self)
        self.chart.setObjectName("resultsChart")
        self.model = ResultsModel(self)
        self.table = _table(self.model, self)
        self.ties = _label(self, "tiesLabel")
        set_text_colour(emphasise(self.ties, 1.0), ERROR)
        self.not_voted = _label(self, "notVotedLabel")
        self.rule = _label(self, "ruleLabel")
        set_text_colour(self.rule, MUTED)
        self._pending: tuple[RoundResult, Mapping[str, str]] | None = None
        self._lay_out()

    def set_result(self, result: RoundResult, items: Sequence[Item]) -> None:
        """Shows the round; the chart is redrawn now if visible, else when next shown."""
        captions = {item.item_id: item.caption() for item in items}
        self.model.set_result(result, captions)
        self.table.setColumnHidden(WEIGHTED, result.weighting != Weighting.PAR_RESEAU)
        self.ties.setText(self._ties_text(result, {item.item_id: item for item in items}))
        self.ties.setVisible(bool(result.ties))
        self.not_voted.setText(self._not_voted_text(result))
        self.rule.setText(weighting_rule_text(result.weighting))
        # Drawing costs most of a refresh: while votes are typed in another tab, it waits.
        self._pending = (result, captions)
        if self.isVisible():
            self.draw_chart()

    def draw_chart(self) -> None:
        """Draws the waiting chart with the synthesis's own code (`report.figures.ranked`)."""
        if self._pending is None:
            return
        result, captions = self._pending
        self._pending = None
        weighted = result.weighting == Weighting.PAR_RESEAU
        drawings = drawings_of(figures.ranked(bars(result, captions), weighted))
        if drawings:
            self.chart.set_drawing(drawings[0])  # a page's worth: the leading items

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        self.draw_chart()

    def _lay_out(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.chart, 1)
        for label in (self.ties, self.not_voted, self.rule):
            layout.addWidget(label)

    def _ties_text(self, result: RoundResult, items: Mapping[str, Item]) -> str:
        """« Ex æquo à départager avec le groupe : 2 et 3 ; 4 et 5. » (numbers as in the grid)."""
        groups = [
            self.tr(" et ").join(
                str(items[i.item_id].number) if i.item_id in items else i.title for i in group
            )
            for group in tie_groups(result)
        ]
        if not groups:
            return ""
        text = self.tr("Ex æquo à départager avec le groupe : {items}.")
        return text.format(items=" ; ".join(groups))

    def _not_voted_text(self, result: RoundResult) -> str:
        if not result.not_voted:
            return self.tr("Tout le monde a voté.")
        names = ", ".join(voter.name for voter in result.not_voted)
        return self.tr("Pas encore voté ({n}) : {names}.").format(
            n=len(result.not_voted), names=names
        )


def _table(model: ResultsModel, parent: QWidget) -> QTableView:
    view = QTableView(parent)
    view.setObjectName("resultsTable")
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
    return view


def _label(parent: QWidget, name: str) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)  # names and titles are the room's own words
    label.setWordWrap(True)
    return label

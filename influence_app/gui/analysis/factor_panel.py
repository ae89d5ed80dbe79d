"""One side of a force field: the goal's levers (or obstacles), edited in place in a table."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from influence_app.domain.enums import FactorKind
from influence_app.domain.models import Category, Factor
from influence_app.gui.analysis.common import KeyFilter, digit, is_key, show_error
from influence_app.gui.analysis.factor_model import (
    CATEGORY,
    FIELDS,
    SCORE_COLUMNS,
    STRENGTH,
    TITLE,
    FactorTableModel,
)
from influence_app.gui.analysis.tables import ChoiceDelegate, ScoreDelegate, grid_view, select_cell
from influence_app.gui.context import DocumentContext
from influence_app.gui.undo import perform
from influence_app.gui.widgets.entity_table import ask
from influence_app.i18n import plural
from influence_app.services.errors import InUse, ValidationError

LEVER_COLOUR, OBSTACLE_COLOUR = "#0072B2", "#D55E00"  # the force field's own two colours


class FactorPanel(QWidget):
    """Heading with the side's total, the table, « Ajouter » and « Supprimer ».

    Digits 1–5 typed on a Force or Marge cell set it (0 clears), F2 edits any cell, Ins or
    Ctrl+N adds, Del deletes the current row; every edit is undoable.
    """

    def __init__(
        self,
        context: DocumentContext,
        kind: str,
        goal_id: Callable[[], str | None],
        errors: QLabel,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context, self.kind, self._goal_id, self.errors = context, kind, goal_id, errors
        self.question: QMessageBox | None = None  # the open « delete anyway? » question
        self.model = FactorTableModel(self)
        self.heading = QLabel(self)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        colour = LEVER_COLOUR if kind == FactorKind.LEVIER else OBSTACLE_COLOUR
        self.heading.setStyleSheet(f"font-weight: 600; font-size: 12pt; color: {colour};")
        self.table = self._build_table()
        self.add_button = QPushButton(self._texts()["add"], self)
        self.add_button.setProperty("accent", True)
        self.delete_button = QPushButton(self.tr("Supprimer"), self)
        self._lay_out()
        self.add_button.clicked.connect(self.add)
        self.delete_button.clicked.connect(self.delete_current)
        # Queued: the in-place editor must finish closing before the rows are reloaded.
        self.model.edit_requested.connect(self.save, Qt.ConnectionType.QueuedConnection)

    def _texts(self) -> dict[str, str]:
        if self.kind == FactorKind.LEVIER:
            return {
                "add": self.tr("Ajouter un levier"),
                "new": self.tr("Nouveau levier"),
                "delete": self.tr("Supprimer le levier « {title} »"),
                "heading": self.tr("Leviers ({n}) · total des forces {total}"),
            }
        return {
            "add": self.tr("Ajouter un frein"),
            "new": self.tr("Nouveau frein"),
            "delete": self.tr("Supprimer le frein « {title} »"),
            "heading": self.tr("Freins ({n}) · total des forces {total}"),
        }

    def _build_table(self) -> Any:
        table = grid_view(self)
        table.setModel(self.model)
        table.setItemDelegateForColumn(CATEGORY, ChoiceDelegate(table))
        for column in SCORE_COLUMNS:
            table.setItemDelegateForColumn(column, ScoreDelegate(1, 5, True, table))
        triggers = QAbstractItemView.EditTrigger
        table.setEditTriggers(triggers.DoubleClicked | triggers.EditKeyPressed)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(CATEGORY, QHeaderView.ResizeMode.Interactive)
        table.setColumnWidth(CATEGORY, 150)
        for column in SCORE_COLUMNS:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        table.installEventFilter(KeyFilter(self._on_key, self._claims, table))
        return table

    def _lay_out(self) -> None:
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        QWidget.setTabOrder(self.table, self.add_button)
        QWidget.setTabOrder(self.add_button, self.delete_button)

    # Showing.

    def set_factors(self, factors: Sequence[Factor], categories: Sequence[Category]) -> None:
        mine = [f for f in factors if f.kind == self.kind]
        self.model.set_factors(mine, [c for c in categories if c.kind == self.kind])
        total = sum(f.strength or 0 for f in mine)
        self.heading.setText(self._texts()["heading"].format(n=len(mine), total=total))
        if self.table.currentIndex().row() < 0 and mine:
            select_cell(self.table, 0, STRENGTH)
        self.delete_button.setEnabled(bool(mine))

    def current(self) -> Factor | None:
        row = self.table.currentIndex().row()
        return self.model.row_at(row) if 0 <= row < self.model.rowCount() else None

    # Keys.

    def _claims(self, event: QKeyEvent) -> bool:
        keys = (Qt.Key.Key_Insert, Qt.Key.Key_Delete)
        return is_key(event, *keys) or event.matches(QKeySequence.StandardKey.New)

    def _on_key(self, event: QKeyEvent) -> bool:
        if is_key(event, Qt.Key.Key_Delete):
            self.delete_current()
            return True
        if self._claims(event):  # Ins or Ctrl+N
            self.add()
            return True
        value = digit(event)
        if value is None or self.table.currentIndex().column() not in SCORE_COLUMNS:
            return False
        self.set_score(value)
        return True

    def set_score(self, value: int) -> None:
        """A digit typed on a score cell: 1–5 sets it, 0 clears it, others are refused."""
        factor, column = self.current(), self.table.currentIndex().column()
        if factor is None:
            return
        if value > 5:
            show_error(self.errors, self.tr("La note va de 1 à 5 (0 l'efface)."))
            return
        self.save(factor.id, FIELDS[column], value or None)

    # Editing.

    def save(self, factor_id: str, field: str, value: object) -> None:
        row = self.model.row_of(factor_id)
        if row is None:
            return  # gone meanwhile (an undo ran before the queued edit)
        factor = self.model.row_at(row)
        if getattr(factor, field) == value:
            return
        factors = self.context.services.factors
        try:
            perform(
                self.context,
                self._edit_text(factor, field, value),
                lambda: factors.update(factor_id, **{field: value}),
            )
        except ValidationError as error:
            show_error(self.errors, str(error))
            return
        show_error(self.errors, "")

    def _edit_text(self, factor: Factor, field: str, value: object) -> str:
        texts = {
            "title": self.tr("Renommer « {title} » en « {value} »"),
            "category_id": self.tr("Changer la catégorie de « {title} »"),
            "strength": self.tr("Force {value} pour « {title} »"),
            "controllability": self.tr("Marge d'action {value} pour « {title} »"),
        }
        shown = "—" if value is None else value
        return texts[field].format(title=factor.title, value=shown)

    def add(self) -> None:
        """A new lever (or obstacle) of the goal, its title ready to be typed in place."""
        texts, factors, goal_id = self._texts(), self.context.services.factors, self._goal_id()
        added = perform(
            self.context,
            texts["add"],
            lambda: factors.add(kind=self.kind, goal_id=goal_id, title=texts["new"]),
        )
        row = self.model.row_of(added.id)
        if row is not None:
            select_cell(self.table, row, TITLE)
            self.table.setFocus()
            self.table.edit(self.model.index(row, TITLE))

    def delete_current(self) -> None:
        factor = self.current()
        if factor is None:
            return
        text = self._texts()["delete"].format(title=factor.title)
        factors = self.context.services.factors
        try:
            perform(self.context, text, lambda: factors.delete(factor.id))
        except InUse as refusal:
            self.question = ask(
                self,
                plural(
                    refusal.dependents.get("votes", 0),
                    self.tr("« {title} » a reçu {n} vote."),
                    self.tr("« {title} » a reçu {n} votes."),
                    title=factor.title,
                ),
                self.tr("Ses votes seront supprimés avec lui. Annuler (Ctrl+Z) rétablit tout."),
                self.tr("Supprimer quand même"),
                lambda: perform(self.context, text, lambda: factors.delete(factor.id, True)),
            )
        self.table.setFocus()

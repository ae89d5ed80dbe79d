"""Plan d'action: every action with its goal, lead network, due date, status and SMART gaps."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection
from PySide6.QtWidgets import QVBoxLayout, QWidget

from influence_app.domain.actions import smart_gaps
from influence_app.domain.models import Action
from influence_app.gui.context import DocumentContext
from influence_app.gui.models.readonly_table import ReadOnlyTableModel, Row
from influence_app.gui.screens.base import Screen
from influence_app.gui.widgets.overview import (
    MARGINS,
    heading,
    muted,
    plain,
    section,
    short_date,
    table_view,
)
from influence_app.report import labels as L


class ActionPlanOverviewScreen(Screen):
    key = "action_plan"
    tables = frozenset({"action", "goal", "factor", "network", "participant"})

    def __init__(self, context: DocumentContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        headers = (
            self.tr("Action"),
            self.tr("Objectif"),
            self.tr("Réseau pilote"),
            self.tr("Échéance"),
            self.tr("Statut"),
            self.tr("SMART"),
        )
        self.model = ReadOnlyTableModel(headers, self)
        self.view = table_view(self.model, stretch=(0, 1))
        self.summary = muted()
        self.gaps = plain()
        self.gaps.setObjectName("smartGaps")
        self._actions: dict[str, Action] = {}
        self._lay_out()
        self.view.selectionModel().selectionChanged.connect(self._action_selected)
        self.refresh()

    def title(self) -> str:
        return self.tr("Plan d'action")

    def refresh(self) -> None:
        services = self.context.services
        actions = services.actions.list()
        goals = {g.id: g.title for g in services.goals.list()}
        networks = {n.id: n.acronym or n.name for n in services.networks.list()}
        self._actions = {a.id: a for a in actions}
        self.model.set_rows([self._row(a, goals, networks) for a in actions])
        self.summary.setText(self._summary(actions))
        if actions:
            self.view.selectRow(0)
        else:
            self.gaps.setText(
                self.tr(
                    "Aucune action pour l'instant : elles naissent des contributions "
                    "et des objectifs retenus."
                )
            )

    def _row(self, action: Action, goals: dict[str, str], networks: dict[str, str]) -> Row:
        gaps = smart_gaps(action)
        smart = (
            self.tr("complète")
            if not gaps
            else self.tr("à préciser : {letters}").format(
                letters=" ".join(gap.criterion.label()[0] for gap in gaps)
            )
        )
        cells = (
            " ".join(action.title.split()),
            goals.get(action.goal_id or "", ""),
            networks.get(action.lead_network_id or "", ""),
            short_date(action.due_date),
            L.label(L.ACTION_STATUSES, action.status),
            smart,
        )
        return Row(cells, key=action.id)

    def _summary(self, actions: list[Action]) -> str:
        complete = sum(1 for action in actions if not smart_gaps(action))
        return self.tr("{n} action(s), dont {complete} complète(s) selon SMART.").format(
            n=len(actions), complete=complete
        )

    def _action_selected(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = self.view.selectionModel().selectedRows()
        action = self._actions.get(str(self.model.row(rows[0].row()).key)) if rows else None
        if action is None:
            self.gaps.clear()
            return
        gaps = smart_gaps(action)
        if not gaps:
            self.gaps.setText(
                self.tr(
                    "Cette action est SMART : spécifique, mesurable, atteignable, "
                    "réaliste et datée."
                )
            )
        else:
            self.gaps.setText(
                self.tr("Pour la rendre SMART :")
                + "\n"
                + "\n".join(f"• {gap.message}" for gap in gaps)
            )

    def _lay_out(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(*MARGINS)
        layout.addWidget(heading(self.title()))
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        layout.addWidget(section(self.tr("Critères SMART de l'action choisie")))
        layout.addWidget(self.gaps)

"""The « Matrices » screen: who carries which goal, and each network's mastery of each lever."""

from __future__ import annotations

from typing import Any, ClassVar

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from influence_app.gui.analysis import labels
from influence_app.gui.analysis.common import AnalysisScreen, ChartPanel
from influence_app.gui.analysis.matrix_model import Cell, Scale
from influence_app.gui.analysis.matrix_panel import MatrixPanel
from influence_app.gui.context import DocumentContext
from influence_app.gui.undo import perform
from influence_app.gui.widgets.entity_table import heading
from influence_app.services import chart_inputs
from influence_app.services.report_data import Seminar

MAX_MASTERY = 3


def _next_involvement(code: str | None) -> str | None:
    order = (None, *labels.INVOLVEMENT_ORDER)
    return order[(order.index(code) + 1) % len(order)] if code in order else order[1]


def _involvement_of_digit(number: int) -> str | None:
    if not 0 <= number <= len(labels.INVOLVEMENT_ORDER):
        raise ValueError(number)
    return labels.INVOLVEMENT_ORDER[number - 1] if number else None


def _mastery_of_digit(number: int) -> int:
    if not 0 <= number <= MAX_MASTERY:
        raise ValueError(number)
    return number


INVOLVEMENT_SCALE = Scale(
    text=lambda code: labels.label(labels.INVOLVEMENTS, code) or "—",
    level=lambda code: float(chart_inputs.INVOLVEMENT_LEVELS.get(code, 0)),
    max_level=3,
    following=_next_involvement,
    from_digit=_involvement_of_digit,
)

MASTERY_SCALE = Scale(
    text=lambda value: "—" if value is None else str(value),
    level=float,
    max_level=MAX_MASTERY,
    following=lambda value: ((value or 0) + 1) % (MAX_MASTERY + 1),
    from_digit=_mastery_of_digit,
)


class MatricesScreen(AnalysisScreen):
    """Two tabs, each a table of cells edited by click, Space or digit, beside its heat map."""

    key: ClassVar[str] = "matrices"
    tables: ClassVar[frozenset[str]] = frozenset(
        {"goal_network", "factor_network", "goal", "factor", "network", "vote", "vote_round"}
    )

    def __init__(self, context: DocumentContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.involvement = MatrixPanel(
            INVOLVEMENT_SCALE,
            self.set_involvement,
            self.tr("Tapez 1 intéressé, 2 soutient, 3 porte, ou 0 pour effacer."),
            110,
            False,
            self,
        )
        self.mastery = MatrixPanel(
            MASTERY_SCALE,
            self.set_mastery,
            self.tr("La maîtrise va de 0 (aucune) à 3 (forte) ; Suppr l'efface."),
            190,
            True,
            self,
        )
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.involvement, self.tr("Réseaux × objectifs"))
        self.tabs.addTab(self.mastery, self.tr("Réseaux × leviers"))
        hint = self.tr(
            "Cliquez une cellule ou appuyez sur Espace pour passer au niveau suivant ; un "
            "chiffre donne le niveau, Suppr efface. La carte de chaleur est celle de la synthèse."
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(heading(self.title(), hint, self))
        layout.addWidget(self.tabs, 1)
        self.tabs.currentChanged.connect(lambda _index: self.publish())
        for panel in (self.involvement, self.mastery):
            self.watch(panel.chart)
        self.refresh()

    def title(self) -> str:
        return self.tr("Matrices")

    def active_chart(self) -> ChartPanel:
        shown = self.tabs.currentWidget()
        return self.mastery.chart if shown is self.mastery else self.involvement.chart

    # Showing.

    def refresh(self) -> None:
        seminar = chart_inputs.read_seminar(self.context.document)
        self._show_involvement(seminar)
        self._show_mastery(seminar)

    def _show_involvement(self, seminar: Seminar) -> None:
        matrix = chart_inputs.involvement_matrix(seminar)
        links = seminar.content.goal_networks
        values = {(link.network_id, link.goal_id): link.involvement for link in links}
        keys = "\n".join(f"{seminar.goal_keys[g.id]} · {g.title}" for g in seminar.goals)
        title = self.tr("Qui porte quel objectif (réseaux × objectifs)")
        self.involvement.show_matrix(matrix, values, title, keys)

    def _show_mastery(self, seminar: Seminar) -> None:
        matrix = chart_inputs.mastery_matrix(seminar)
        links = seminar.content.factor_networks
        values = {(link.factor_id, link.network_id): link.mastery for link in links}
        note = self.tr("0 aucune · 1 faible · 2 moyenne · 3 forte ; « — » : pas encore dit.")
        title = self.tr("Les moyens propres de chaque réseau (leviers × réseaux)")
        self.mastery.show_matrix(matrix, values, title, note)

    # Editing.

    def set_involvement(self, cell: Cell, involvement: str | None) -> None:
        network_id, goal_id = cell
        panel = self.involvement
        index = panel.model.index_of(network_id, goal_id)
        text = self.tr("Implication de {network} pour {goal} : {level}").format(
            network=panel.model.row_label(index.row()),
            goal=panel.model.column_label(index.column()),
            level=INVOLVEMENT_SCALE.text(involvement),
        )
        goals = self.context.services.goals
        perform(self.context, text, lambda: goals.set_involvement(goal_id, network_id, involvement))

    def set_mastery(self, cell: Cell, mastery: Any) -> None:
        factor_id, network_id = cell
        panel = self.mastery
        index = panel.model.index_of(factor_id, network_id)
        text = self.tr("Maîtrise de « {lever} » par {network} : {level}").format(
            lever=panel.model.row_label(index.row()),
            network=panel.model.column_label(index.column()),
            level=MASTERY_SCALE.text(mastery),
        )
        factors = self.context.services.factors
        perform(self.context, text, lambda: factors.set_mastery(factor_id, network_id, mastery))

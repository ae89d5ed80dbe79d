"""The « Champs de forces » screen: per goal, levers and obstacles edited in place, live diagram."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QVBoxLayout,
    QWidget,
)
from reportlab.graphics.shapes import Drawing

from influence_app.domain.enums import FactorKind, GoalStatus
from influence_app.domain.models import Goal
from influence_app.gui.analysis.common import AnalysisScreen, ChartPanel, error_label
from influence_app.gui.analysis.factor_panel import FactorPanel
from influence_app.gui.context import DocumentContext
from influence_app.gui.widgets.entity_table import heading
from influence_app.report import figures
from influence_app.report.charts import force_field
from influence_app.report.data import ForceBar
from influence_app.services import chart_inputs
from influence_app.services.report_data import Seminar

NO_GOAL = ""  # the picker's entry for levers and obstacles of no goal (None is « no item »)


class ForceFieldScreen(AnalysisScreen):
    """Goal picker (retained goals first), levers left and obstacles right, the diagram below:
    the same drawing as the goal's chapter of the PDF, redrawn after every edit."""

    key: ClassVar[str] = "champs_de_forces"
    tables: ClassVar[frozenset[str]] = frozenset(
        {"factor", "goal", "category", "vote", "vote_round"}
    )

    def __init__(self, context: DocumentContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._seminar: Seminar | None = None
        self.goal_combo = QComboBox(self)
        self.goal_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.goal_combo.setMinimumContentsLength(40)
        self.errors = error_label(self)
        self.levers = FactorPanel(context, FactorKind.LEVIER, self.goal_id, self.errors, self)
        self.obstacles = FactorPanel(context, FactorKind.FREIN, self.goal_id, self.errors, self)
        self.chart = ChartPanel(self, caption=False)  # the goal picker names it
        self._lay_out()
        self.goal_combo.currentIndexChanged.connect(lambda _index: self._show_goal())
        self.watch(self.chart)
        self.refresh()

    def title(self) -> str:
        return self.tr("Champs de forces")

    def _lay_out(self) -> None:
        hint = self.tr(
            "Pour chaque objectif, les leviers qui poussent et les freins qui retiennent. "
            "Sur une cellule Force ou Marge, tapez un chiffre de 1 à 5 (0 efface) ; F2 modifie, "
            "Inser ajoute, Suppr retire."
        )
        picker = QHBoxLayout()
        goal_label = QLabel(self.tr("&Objectif :"), self)
        goal_label.setBuddy(self.goal_combo)
        picker.addWidget(goal_label)
        picker.addWidget(self.goal_combo, 1)
        sides = QWidget(self)
        side_layout = QHBoxLayout(sides)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.setSpacing(24)
        side_layout.addWidget(self.levers, 1)
        side_layout.addWidget(self.obstacles, 1)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(sides)
        splitter.addWidget(self.chart)
        splitter.setSizes([260, 340])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(heading(self.title(), hint, self))
        layout.addLayout(picker)
        layout.addWidget(self.errors)
        layout.addWidget(splitter, 1)
        chain = [self.goal_combo, self.levers.table, self.levers.add_button]
        chain += [self.levers.delete_button, self.obstacles.table, self.obstacles.add_button]
        chain += [self.obstacles.delete_button, self.chart.view]
        for before, after in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(before, after)

    # Showing.

    def refresh(self) -> None:
        self._seminar = chart_inputs.read_seminar(self.context.document)
        self._fill_goals(self._seminar)
        self._show_goal()

    def goal_id(self) -> str | None:
        """The goal shown (None: the levers and obstacles attached to no goal)."""
        return self.goal_combo.currentData() or None

    def select_goal(self, goal_id: str | None) -> None:
        index = self.goal_combo.findData(goal_id or NO_GOAL)
        if index >= 0:
            self.goal_combo.setCurrentIndex(index)

    def _fill_goals(self, seminar: Seminar) -> None:
        shown = self.goal_combo.currentData()
        retained = [g for g in seminar.goals if g.status == GoalStatus.RETENU]
        others = [g for g in seminar.goals if g.status != GoalStatus.RETENU]
        self.goal_combo.blockSignals(True)
        self.goal_combo.clear()
        for goal in retained + others:
            self.goal_combo.addItem(self._goal_text(seminar, goal), goal.id)
        self.goal_combo.addItem(self.tr("Sans objectif (leviers et freins transversaux)"), NO_GOAL)
        found = self.goal_combo.findData(shown) if shown is not None else -1
        self.goal_combo.setCurrentIndex(max(found, 0))
        self.goal_combo.blockSignals(False)

    def _goal_text(self, seminar: Seminar, goal: Goal) -> str:
        text = f"{seminar.goal_keys[goal.id]} · {goal.title}"
        if goal.status == GoalStatus.CANDIDAT:
            return self.tr("{goal} (candidat)").format(goal=text)
        if goal.status == GoalStatus.ECARTE:
            return self.tr("{goal} (écarté)").format(goal=text)
        return text

    def _show_goal(self) -> None:
        seminar = self._seminar
        if seminar is None:
            return
        goal_id = self.goal_id()
        factors = [f for f in seminar.content.factors if f.goal_id == goal_id]
        for panel in (self.levers, self.obstacles):
            panel.set_factors(factors, seminar.content.categories)
        forces = chart_inputs.goal_forces(seminar, goal_id)
        self.chart.show_chart(self._chart_title(), forces, lambda: _diagram(*forces))

    def _chart_title(self) -> str:
        if self.goal_id() is None:
            return self.tr("Champ de forces · sans objectif")
        return self.tr("Champ de forces · {goal}").format(goal=self.goal_combo.currentText())

    def active_chart(self) -> ChartPanel:
        return self.chart


def _diagram(levers: Sequence[ForceBar], obstacles: Sequence[ForceBar]) -> list[Drawing]:
    """The goal's force field as its PDF chapter draws it, or the « Aucune donnée » frame."""
    return figures.forces(levers, obstacles) or [force_field([], [], figures.WIDTH)]

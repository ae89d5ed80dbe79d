"""Priorisation: the vote rounds and, for the one selected, its ranked results."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection
from PySide6.QtWidgets import QVBoxLayout, QWidget

from influence_app.domain.enums import Weighting
from influence_app.domain.models import VoteRound
from influence_app.domain.voting import RoundResult
from influence_app.gui.context import DocumentContext
from influence_app.gui.models.readonly_table import ReadOnlyTableModel, Row
from influence_app.gui.screens.base import Screen
from influence_app.gui.widgets.overview import (
    MARGINS,
    decimal,
    fit_rows,
    heading,
    muted,
    section,
    table_view,
)
from influence_app.report import labels as L

MAX_ROUNDS_SHOWN = 6


class PrioritisationOverviewScreen(Screen):
    key = "prioritisation"
    tables = frozenset(
        {"vote_round", "vote", "goal", "factor", "action", "contribution", "participant", "network"}
    )

    def __init__(self, context: DocumentContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.rounds_model = ReadOnlyTableModel(
            (self.tr("Tour de vote"), self.tr("Porte sur"), self.tr("Points"), self.tr("État")),
            self,
        )
        self.results_model = ReadOnlyTableModel(
            (
                self.tr("Rang"),
                self.tr("Élément"),
                self.tr("Points"),
                self.tr("Pondéré"),
                self.tr("Égalité"),
            ),
            self,
        )
        self.rounds_view = table_view(self.rounds_model, stretch=0)
        self.results_view = table_view(self.results_model, stretch=1)
        self.summary, self.round_info, self.not_voted = muted(), muted(), muted()
        self._rounds: list[VoteRound] = []
        self._lay_out()
        self.rounds_view.selectionModel().selectionChanged.connect(self._round_selected)
        self.refresh()

    def title(self) -> str:
        return self.tr("Priorisation")

    def refresh(self) -> None:
        chosen = self.selected_round_id()
        self._rounds = self.context.services.votes.list_rounds()
        self.rounds_model.set_rows([self._round_row(r) for r in self._rounds])
        fit_rows(self.rounds_view, MAX_ROUNDS_SHOWN)
        self.summary.setText(self._summary())
        ids = [r.id for r in self._rounds]
        if ids:
            self.rounds_view.selectRow(ids.index(chosen) if chosen in ids else 0)
        else:
            self._show_results(None)

    def selected_round_id(self) -> str | None:
        rows = (
            self.rounds_view.selectionModel().selectedRows()
            if self.rounds_view.selectionModel()
            else []
        )
        return self.rounds_model.row(rows[0].row()).key if rows else None  # type: ignore[return-value]

    def _round_selected(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        round_id = self.selected_round_id()
        self._show_results(round_id)

    def _show_results(self, round_id: str | None) -> None:
        if round_id is None:
            self.results_model.set_rows([])
            self.round_info.setText(
                self.tr(
                    "Aucun tour de vote pour l'instant : ils se préparent pendant les "
                    "séances de priorisation."
                )
            )
            self.not_voted.clear()
            return
        result = self.context.services.votes.results(round_id)
        self.results_model.set_rows(result_rows(result, self.tr("ex æquo")))
        self.round_info.setText(self._weighting_text(result))
        self.not_voted.setText(self._not_voted_text(result))

    def _round_row(self, vote_round: VoteRound) -> Row:
        state = self.tr("clos") if vote_round.closed else self.tr("ouvert")
        points = self.tr("{n} par personne").format(n=vote_round.points_per_participant)
        cells = (vote_round.label, L.label(L.VOTE_TARGETS, vote_round.target), points, state)
        return Row(cells, key=vote_round.id)

    def _summary(self) -> str:
        closed = sum(1 for r in self._rounds if r.closed)
        return self.tr("{n} tour(s) de vote, dont {closed} clos.").format(
            n=len(self._rounds), closed=closed
        )

    def _weighting_text(self, result: RoundResult) -> str:
        if result.weighting == Weighting.PAR_RESEAU:
            text = self.tr(
                "Pondération par réseau : chaque réseau pèse autant, quel que soit "
                "le nombre de ses votant·es."
            )
        else:
            text = self.tr("Sans pondération : la colonne « Pondéré » reprend les points.")
        if result.ties:
            text += " " + self.tr("Des éléments sont ex æquo : à départager avec le groupe.")
        return text

    def _not_voted_text(self, result: RoundResult) -> str:
        if not result.not_voted:
            return self.tr("Tout le monde a voté.")
        names = ", ".join(voter.name for voter in result.not_voted)
        return self.tr("Pas encore voté : {names}").format(names=names)

    def _lay_out(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(*MARGINS)
        layout.addWidget(heading(self.title()))
        layout.addWidget(self.summary)
        layout.addWidget(section(self.tr("Tours de vote")))
        layout.addWidget(self.rounds_view)
        layout.addSpacing(8)
        layout.addWidget(section(self.tr("Résultats du tour choisi")))
        layout.addWidget(self.round_info)
        layout.addWidget(self.results_view, 1)
        layout.addWidget(self.not_voted)


def result_rows(result: RoundResult, tie_text: str) -> list[Row]:
    """Best first; tied items flagged in their own column and in bold."""
    return [
        Row(
            (
                str(item.rank),
                " ".join(item.title.split()),
                str(item.raw),
                decimal(item.weighted),
                tie_text if item.tied else "",
            ),
            key=item.item_id,
            bold=item.tied,
            numeric=frozenset({0, 2, 3}),
        )
        for item in result.items
    ]

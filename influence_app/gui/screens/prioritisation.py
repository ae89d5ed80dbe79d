"""The « Priorisation » screen: dot-vote rounds, votes typed per person or as paper dots."""

from __future__ import annotations

from collections.abc import Hashable
from typing import Any, ClassVar

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from influence_app.domain.enums import VoteTarget
from influence_app.domain.models import VoteRound
from influence_app.gui.context import DocumentContext
from influence_app.gui.screens.base import Screen
from influence_app.gui.theme import ACCENT, ERROR, MUTED, emphasise, set_text_colour
from influence_app.gui.undo import perform
from influence_app.gui.voting.grid import VoteGridModel, VoteGridView
from influence_app.gui.voting.paper import PaperDotsEditor
from influence_app.gui.voting.results import ResultsPanel
from influence_app.gui.voting.rounds import (
    RoundForm,
    RoundTableModel,
    rules_text,
    session_choices,
)
from influence_app.gui.voting.sheet import BallotSheet, load_sheet
from influence_app.gui.widgets.entity_table import MasterDetail, ask, focus_field, heading
from influence_app.services.errors import ValidationError

GRID_TAB, PAPER_TAB, RESULTS_TAB, RANKING_TAB = range(4)
_ACCENT_BUTTON = (
    f"QPushButton {{ background: {ACCENT}; color: white; border: 1px solid {ACCENT}; "
    "border-radius: 4px; padding: 6px 14px; font-weight: bold; }"
    "QPushButton:focus { border: 2px solid #0a3d45; }"
)
_BANNER = "background: #fdf1dc; border: 1px solid #d9a441; border-radius: 4px; padding: 8px 12px;"


class PrioritisationScreen(Screen):
    """Vote rounds on goals, levers and obstacles, actions or contributions, and their results.

    `chart_selected(title, svg)` fires when the results chart is shown or redrawn, for the
    projector to show the room the same chart.
    """

    key: ClassVar[str] = "priorisation"
    tables: ClassVar[frozenset[str]] = frozenset(
        {"vote_round", "vote", "goal", "factor", "action", "contribution", "participant"}
        | {"network", "agenda_session", "day"}
    )
    chart_selected = Signal(str, str)

    def __init__(self, context: DocumentContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.form = RoundForm(self._save_round)
        self.master = MasterDetail(
            RoundTableModel(self),
            self.form,
            self.tr("Nouveau tour"),
            self.tr("Aucun tour de vote : « Nouveau tour » (touche Inser) en prépare un."),
            parent=self,
        )
        self.grid_model = VoteGridModel(self._commit_points, self)
        self.grid = VoteGridView(self)
        self.grid.setModel(self.grid_model)
        self.paper = PaperDotsEditor(self)
        self.results = ResultsPanel(self)
        self.sheet: BallotSheet | None = None
        self.question: QMessageBox | None = None  # the open « delete anyway? » question
        self._stale = False
        self._refusing = False  # the status line under the grid shows a refusal
        self._shown_chart: tuple[str, str] | None = None
        self._build()
        self._connect()
        self._reload()

    def title(self) -> str:
        return self.tr("Priorisation")

    def refresh(self) -> None:
        """Reloads now when shown; a hidden screen waits until it is shown again."""
        if self.isVisible():
            self._reload()
        else:
            self._stale = True

    def current_round(self) -> VoteRound | None:
        return self.sheet.round if self.sheet else None

    # Construction.

    def _build(self) -> None:
        hint = self.tr(
            "Votes à points : les points de chacun dans la grille, ou les gommettes comptées au "
            "mur ; résultats bruts et pondérés aussitôt."
        )
        self.master.splitter.setOrientation(Qt.Orientation.Vertical)
        self.master.splitter.setSizes([200, 330])
        self.master.setFixedWidth(320)
        body = QHBoxLayout()
        body.setSpacing(18)
        body.addWidget(self.master, 0)
        body.addWidget(self._right_side(), 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(heading(self.title(), hint, self))
        layout.addLayout(body, 1)

    def _right_side(self) -> QWidget:
        self.round_title = emphasise(_plain_label(self, "roundTitle"), 1.25, QFont.Weight.Bold)
        self.rules = _plain_label(self, "roundRules")
        set_text_colour(self.rules, MUTED)
        self.close_button = QPushButton(self)
        self.close_button.setObjectName("closeRoundButton")
        self.close_button.setStyleSheet(_ACCENT_BUTTON)
        self.banner = _plain_label(self, "closedBanner")
        self.banner.setStyleSheet(_BANNER)
        self.banner.setText(
            self.tr(
                "Tour clos\u00a0: les votes sont figés. «\u00a0Rouvrir le tour\u00a0» pour les "
                "corriger."
            )
        )
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._grid_page(), self.tr("Saisie par personne"))
        self.tabs.addTab(self.paper, self.tr("Gommettes papier"))
        self.tabs.addTab(self.results, self.tr("Résultats"))
        self.tabs.addTab(self._ranking_page(), self.tr("Classement"))
        self.tabs.setCornerWidget(self.close_button)  # the tab row's spare room, at the right
        page = QWidget(self)
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        column.addWidget(self.round_title)
        column.addWidget(self.rules)
        column.addWidget(self.banner)
        column.addWidget(self.tabs, 1)
        empty = _plain_label(self, "noRoundLabel")
        empty.setText(self.tr("Choisissez un tour de vote, ou préparez-en un nouveau."))
        empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(empty)
        self.pages.addWidget(page)
        return self.pages

    def _grid_page(self) -> QWidget:
        self.caption = _plain_label(self, "itemCaption")
        self.status = _plain_label(self, "gridStatus")
        page = QWidget(self)
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 8, 0, 0)
        column.addWidget(self.grid, 1)
        column.addWidget(self.caption)
        column.addWidget(self.status)
        return page

    def _ranking_page(self) -> QWidget:
        page = QWidget(self)
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 8, 0, 0)
        column.addWidget(self.results.table)
        return page

    def _connect(self) -> None:
        master = self.master
        master.current_changed.connect(self._show_round)
        master.add_requested.connect(self.add_round)
        master.delete_requested.connect(self.delete_round)
        master.edit_requested.connect(lambda: focus_field(self.form.ui.labelEdit))
        self.close_button.clicked.connect(self.toggle_closed)
        self.grid_model.refused.connect(self._show_refusal)
        self.grid_model.accepted.connect(self._show_hint)
        self.grid.delegate.typing.connect(self._check_typing)
        self.grid.delegate.closeEditor.connect(self._editor_closed)
        self.grid.selectionModel().currentChanged.connect(self._show_caption)
        self.grid_model.modelReset.connect(self.grid.size_columns)
        self.paper.dots_changed.connect(self._commit_dots)
        self.tabs.currentChanged.connect(lambda _tab: self._announce_chart())

    # Showing.

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if self._stale:
            self._reload()

    def _reload(self) -> None:
        self._stale = False
        self.master.set_rows(self.context.services.votes.list_rounds())

    def _show_round(self, key: Hashable | None) -> None:
        if key is None:
            self.sheet = None
            self.grid_model.set_sheet(None)
            self.pages.setCurrentIndex(0)
            return
        before = self.sheet.round if self.sheet else None
        self.sheet = sheet = load_sheet(self.context.services, str(key))
        if before is None or (before.id, before.closed) != (key, sheet.round.closed):
            self.paper.clear_error()  # refusals about another round, or another state, are moot
            self._refusing = False
        has_votes = bool(sheet.typed or sheet.paper)
        self.form.load(sheet.round, has_votes, session_choices(self.context.services))
        self.grid_model.set_sheet(sheet)
        self.paper.set_sheet(sheet)
        self.results.set_result(self.context.services.votes.results(sheet.round.id), sheet.items)
        self._show_state(sheet.round)
        self.pages.setCurrentIndex(1)
        self._show_caption(self.grid.currentIndex())
        self._announce_chart()

    def _show_state(self, vote_round: VoteRound) -> None:
        self.round_title.setText(vote_round.label)
        self.rules.setText(rules_text(vote_round))
        self.banner.setVisible(vote_round.closed)
        closed = vote_round.closed
        self.close_button.setText(
            self.tr("Rouvrir le tour") if closed else self.tr("Clore le tour")
        )
        if not self._refusing or closed:
            self._show_hint()  # a refusal stays until the next edit goes through

    def _show_caption(self, index: QModelIndex, _previous: Any = None) -> None:
        item = self.grid_model.item_at(index.column()) if index.isValid() else None
        self.caption.setText(item.caption() if item else "")
        self.caption.setVisible(item is not None)

    def _show_hint(self) -> None:
        self._refusing = False
        set_text_colour(emphasise(self.status, 1.0, QFont.Weight.Normal), MUTED)
        if self.sheet is not None and self.sheet.round.closed:
            self.status.setText(self.tr("Tour clos : la grille est en lecture seule."))
            return
        self.status.setText(
            self.tr(
                "Tapez les points d'une personne dans sa ligne : Tab passe à l'élément suivant, "
                "Entrée valide, Suppr efface. La colonne « Reste » suit son quota."
            )
        )

    def _show_refusal(self, message: str) -> None:
        self._refusing = True
        self.status.setText(message)
        set_text_colour(emphasise(self.status, 1.0, QFont.Weight.Bold), ERROR)

    def _check_typing(self, index: QModelIndex, text: str) -> None:
        problem = self.grid_model.problem(index, int(text)) if text.isdigit() else None
        if problem:
            self._show_refusal(problem)
        else:
            self._show_hint()

    def _editor_closed(self, _editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        if hint == QAbstractItemDelegate.EndEditHint.RevertModelCache:
            self._show_hint()  # Escape: what was typed, and its warning, are gone

    def _announce_chart(self) -> None:
        """Tells the projector which chart the room should see: the results, when shown."""
        if self.sheet is None or self.tabs.currentIndex() != RESULTS_TAB or not self.isVisible():
            return
        self.results.draw_chart()
        shown = (self.sheet.round.label, self.results.chart.svg())
        if shown != self._shown_chart:
            self._shown_chart = shown
            self.chart_selected.emit(*shown)

    # Editing.

    def _commit_points(self, participant_id: str, item_id: str, points: int) -> None:
        sheet = self.sheet
        assert sheet is not None  # the grid has cells only while a round is shown
        voter = next(v for v in sheet.voters if v.participant_id == participant_id)
        item = sheet.item(item_id)
        title = item.caption() if item else item_id
        if points > 1:
            text = self.tr("{name} : {n} points sur « {item} »")
        elif points == 1:
            text = self.tr("{name} : 1 point sur « {item} »")
        else:
            text = self.tr("{name} : plus de points sur « {item} »")
        votes = self.context.services.votes
        perform(
            self.context,
            text.format(name=voter.name, n=points, item=title),
            lambda: votes.set_participant_points(sheet.round.id, participant_id, item_id, points),
        )

    def _commit_dots(self, item_id: str, total: int) -> None:
        sheet = self.sheet
        if sheet is None:
            return
        item = sheet.item(item_id)
        text = self.tr("Gommettes sur « {item} » : {n}").format(
            item=item.caption() if item else item_id, n=total
        )
        votes = self.context.services.votes
        try:
            perform(
                self.context, text, lambda: votes.set_paper_dots(sheet.round.id, item_id, total)
            )
        except ValidationError as error:
            self.paper.refuse(item_id, str(error))

    def _save_round(self, field: str, value: Any) -> None:
        vote_round = self.current_round()
        if vote_round is None:
            return
        text = self.tr("Modifier le tour de vote « {label} »").format(label=vote_round.label)
        votes = self.context.services.votes
        perform(
            self.context,
            text,
            lambda: votes.update_round(vote_round.id, **{field: value}),
            merge_key=f"vote_round:{vote_round.id}:{field}",  # arrowing through a choice: one step
        )

    def add_round(self) -> None:
        """A new open round on the goals, 5 points each; its label is ready to be typed over."""
        label = self.tr("Nouveau tour de vote")
        votes = self.context.services.votes
        text = self.tr("Créer le tour de vote « {label} »").format(label=label)
        created = perform(self.context, text, lambda: votes.create_round(label, VoteTarget.GOAL, 5))
        self.master.select_key(created.id)
        focus_field(self.form.ui.labelEdit)

    def delete_round(self, key: Hashable) -> None:
        """Deletes at once when nobody voted yet; otherwise asks first."""
        vote_round = self.context.services.votes.get_round(str(key))
        if not self.context.services.votes.votes(vote_round.id):
            self._delete(vote_round)
            return
        self.question = ask(
            self,
            self.tr(
                "Des votes ont été saisis dans «\u00a0{label}\u00a0». "
                "Le supprimer quand même\u202f?"
            ).format(label=vote_round.label),
            self.tr("Ses votes partent avec lui. Annuler (Ctrl+Z) rétablit tout."),
            self.tr("Supprimer le tour"),
            lambda: self._delete(vote_round),
        )

    def _delete(self, vote_round: VoteRound) -> None:
        text = self.tr("Supprimer le tour de vote « {label} »").format(label=vote_round.label)
        votes = self.context.services.votes
        perform(self.context, text, lambda: votes.delete_round(vote_round.id))

    def toggle_closed(self) -> None:
        """Closes the round shown (its votes freeze) or reopens it."""
        vote_round = self.current_round()
        if vote_round is None:
            return
        votes = self.context.services.votes
        if vote_round.closed:
            text = self.tr("Rouvrir le tour de vote « {label} »")
            work = lambda: votes.reopen(vote_round.id)  # noqa: E731
        else:
            text = self.tr("Clore le tour de vote « {label} »")
            work = lambda: votes.close(vote_round.id)  # noqa: E731
        perform(self.context, text.format(label=vote_round.label), work)


def _plain_label(parent: QWidget, name: str) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)  # round labels and titles are user text
    label.setWordWrap(True)
    return label

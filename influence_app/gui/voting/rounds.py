"""The rounds list and the form of the selected round (what is voted on, points, cap, weighting)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QComboBox, QWidget

from influence_app.domain.enums import VoteTarget, Weighting
from influence_app.domain.models import VoteRound
from influence_app.gui.forms.ui_vote_round_form import Ui_VoteRoundForm
from influence_app.gui.models.entity_model import Column, EntityTableModel
from influence_app.gui.widgets.validation import FieldErrors, FormBinder
from influence_app.services.catalog import Services

_CONTEXT = "VoteRound"

TARGET_LABELS: dict[str, str] = {
    VoteTarget.GOAL: QT_TRANSLATE_NOOP("VoteRound", "Objectifs"),
    VoteTarget.FACTOR: QT_TRANSLATE_NOOP("VoteRound", "Leviers et freins"),
    VoteTarget.ACTION: QT_TRANSLATE_NOOP("VoteRound", "Actions"),
    VoteTarget.CONTRIBUTION: QT_TRANSLATE_NOOP("VoteRound", "Contributions"),
}

WEIGHTING_LABELS: dict[str, str] = {
    Weighting.AUCUNE: QT_TRANSLATE_NOOP("VoteRound", "Aucune"),
    Weighting.PAR_RESEAU: QT_TRANSLATE_NOOP("VoteRound", "Par réseau (chaque réseau pèse autant)"),
}

# The round's fields in the form, named as VoteService names them.
FIELDS = (
    "label",
    "target",
    "points_per_participant",
    "max_points_per_item",
    "weighting",
    "session_id",
)
RULES = ("target", "points_per_participant", "max_points_per_item", "weighting")


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def target_label(code: str) -> str:
    return _tr(TARGET_LABELS.get(code, code))


def weighting_label(code: str) -> str:
    return _tr(WEIGHTING_LABELS.get(code, code))


def state_label(vote_round: VoteRound) -> str:
    if vote_round.closed:
        return QCoreApplication.translate("VoteRound", "Clos")
    return QCoreApplication.translate("VoteRound", "Ouvert")


def rules_text(vote_round: VoteRound) -> str:
    """« Objectifs · 5 points par personne · 3 au plus par élément · pondération par réseau »."""
    tr = QCoreApplication.translate
    parts = [
        target_label(vote_round.target),
        tr("VoteRound", "{n} points par personne").format(n=vote_round.points_per_participant),
    ]
    if vote_round.max_points_per_item is not None:
        cap = tr("VoteRound", "{n} au plus par élément")
        parts.append(cap.format(n=vote_round.max_points_per_item))
    if vote_round.weighting == Weighting.PAR_RESEAU:
        parts.append(tr("VoteRound", "pondération par réseau"))
    else:
        parts.append(tr("VoteRound", "sans pondération"))
    return " · ".join(parts)


class RoundTableModel(EntityTableModel[VoteRound]):
    """The rounds in their order: label, what they rank, open or closed."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__([], parent=parent)
        self.set_columns(
            [
                Column(self.tr("Tour de vote"), lambda r: r.label, stretch=True),
                Column(self.tr("État"), state_label, width=7),
            ]
        )


class RoundForm(QWidget):
    """The selected round's fields; `save(field, value)` performs a validated change.

    While a round is closed its rules are read-only (only its label and session may change);
    once points were given, what it votes on is fixed.
    """

    def __init__(self, save: Callable[[str, Any], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_VoteRoundForm()
        self.ui.setupUi(self)
        self.errors = FieldErrors(self.ui.errorLabel)
        self.binder = FormBinder(save, self.errors)
        self._fill_choices()
        self._bind()

    def load(self, vote_round: VoteRound, has_votes: bool, sessions: list[tuple[str, str]]) -> None:
        """Shows `vote_round`; `sessions` are (id, label) of the agenda's sessions."""
        self._fill_sessions(sessions)
        self.binder.load(vote_round.id, {name: getattr(vote_round, name) for name in FIELDS})
        ui = self.ui
        for widget in (ui.targetCombo, ui.pointsSpin, ui.capSpin, ui.weightingCombo):
            widget.setEnabled(not vote_round.closed)
        if has_votes:
            ui.targetCombo.setEnabled(False)
        why = self.tr("Des points ont déjà été donnés : l'objet du vote ne peut plus changer.")
        ui.targetCombo.setToolTip(why if has_votes else "")

    def _fill_choices(self) -> None:
        # Long choices must not widen the form: the combo shows their start, the list all.
        for combo in (self.ui.targetCombo, self.ui.weightingCombo, self.ui.sessionCombo):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(10)
        for code in TARGET_LABELS:
            self.ui.targetCombo.addItem(target_label(code), code)
        for code in WEIGHTING_LABELS:
            self.ui.weightingCombo.addItem(weighting_label(code), code)

    def _fill_sessions(self, sessions: list[tuple[str, str]]) -> None:
        combo = self.ui.sessionCombo
        wanted = [(None, self.tr("— aucune —")), *sessions]
        shown = [(combo.itemData(i), combo.itemText(i)) for i in range(combo.count())]
        if shown == wanted:
            return
        combo.blockSignals(True)
        combo.clear()
        for session_id, text in wanted:
            combo.addItem(text, session_id)
        combo.blockSignals(False)

    def _bind(self) -> None:
        ui, bind = self.ui, self.binder
        bind.line_edit("label", ui.labelEdit, required=self.tr("Le libellé est obligatoire."))
        bind.combo("target", ui.targetCombo)
        bind.spin_box("points_per_participant", ui.pointsSpin)
        bind.spin_box("max_points_per_item", ui.capSpin)
        bind.combo("weighting", ui.weightingCombo)
        bind.combo("session_id", ui.sessionCombo)


def session_choices(services: Services) -> list[tuple[str, str]]:
    """(id, « J1 · 16:20 · Prioriser ») of every agenda session, day by day."""
    choices = []
    for day in services.days.list():
        for session in services.sessions.list_for_day(day.id):
            text = f"J{day.index} · {session.start_time} · {' '.join(session.title.split())}"
            choices.append((session.id, text))
    return choices

"""The stakeholders table: number on the map, name, kind, scores, stances, networks with access."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication

from influence_app.domain.models import Stakeholder
from influence_app.gui.analysis import labels
from influence_app.gui.models.entity_model import CENTER, RIGHT, Column, EntityTableModel


@dataclass(frozen=True)
class StakeholderLine:
    """One actor with what the table shows beside its own fields."""

    id: str
    number: str  # its number on the map and in the PDF
    stakeholder: Stakeholder
    networks: str  # short names of the networks that have access to it


def _score(value: int | None) -> str:
    return "—" if value is None else str(value)


def _stances(stakeholder: Stakeholder) -> str:
    """« +1 → +2 » when the actor must move, the current stance alone otherwise."""
    now, wanted = stakeholder.stance, stakeholder.desired_stance
    if wanted is None or wanted == now:
        return labels.signed(now)
    return f"{labels.signed(now)} → {labels.signed(wanted)}"


def _tr(text: str) -> str:
    return QCoreApplication.translate("StakeholderTableModel", text)


def stakeholder_columns() -> list[Column[StakeholderLine]]:
    return [
        Column(_tr("N°"), lambda line: line.number, RIGHT, _tr("Numéro sur la carte"), width=3),
        Column(_tr("Nom"), lambda line: line.stakeholder.name, width=20),
        Column(
            _tr("Type"),
            lambda line: labels.label(labels.STAKEHOLDER_TYPES, line.stakeholder.type),
            width=10,
        ),
        Column(
            _tr("Échelon"),
            lambda line: labels.label(labels.LEVELS, line.stakeholder.level),
            width=8,
        ),
        Column(_tr("Pouvoir"), lambda line: _score(line.stakeholder.power), CENTER, width=6),
        Column(_tr("Intérêt"), lambda line: _score(line.stakeholder.interest), CENTER, width=6),
        Column(
            _tr("Position"),
            lambda line: _stances(line.stakeholder),
            CENTER,
            _tr("Position actuelle → souhaitée, de −2 (très opposé) à +2 (très favorable)"),
            width=8,
        ),
        Column(_tr("Réseaux"), lambda line: line.networks, hint=_tr("Réseaux qui y ont accès")),
    ]


class StakeholderTableModel(EntityTableModel[StakeholderLine]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(stakeholder_columns(), parent=parent)

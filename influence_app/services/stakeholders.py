"""Stakeholders to convince: power, interest, stance, goals concerned, networks with access."""

from __future__ import annotations

from collections.abc import Iterable

from influence_app.domain.enums import Level, StakeholderType
from influence_app.domain.models import (
    Goal,
    Network,
    Stakeholder,
    StakeholderAccess,
    StakeholderGoal,
)
from influence_app.services._crud import EntityService
from influence_app.services._fields import N_, Choice, Integer, LongText, Text
from influence_app.services._links import Link

GOALS = Link(StakeholderGoal, "stakeholder_id", "goal_id", Goal, N_("Objectifs"))
REACHED_BY = Link(StakeholderAccess, "stakeholder_id", "network_id", Network, N_("Réseaux"))


class StakeholderService(EntityService[Stakeholder]):
    model = Stakeholder
    prefix = "sth"
    what = N_("Acteur")
    rules = {
        "name": Text(N_("Nom"), required=True),
        "type": Choice(N_("Type d'acteur"), choices=StakeholderType),
        "level": Choice(N_("Échelon"), choices=Level),
        "power": Integer(N_("Pouvoir"), low=1, high=5),
        "interest": Integer(N_("Intérêt"), low=1, high=5),
        "stance": Integer(N_("Position actuelle"), low=-2, high=2),
        "desired_stance": Integer(N_("Position souhaitée"), low=-2, high=2),
        "notes": LongText(N_("Notes")),
    }

    def goals(self, stakeholder_id: str) -> list[str]:
        """Ids of the goals this actor matters for."""
        with self.document.reading() as session:
            self._load(session, stakeholder_id)
            return GOALS.ids(session, stakeholder_id)

    def set_goals(self, stakeholder_id: str, goal_ids: Iterable[str]) -> list[str]:
        with self.document.transaction() as session:
            self._load(session, stakeholder_id)
            return GOALS.replace(session, stakeholder_id, goal_ids)

    def reached_by(self, stakeholder_id: str) -> list[str]:
        """Ids of the networks that have access to this actor."""
        with self.document.reading() as session:
            self._load(session, stakeholder_id)
            return REACHED_BY.ids(session, stakeholder_id)

    def set_reached_by(self, stakeholder_id: str, network_ids: Iterable[str]) -> list[str]:
        with self.document.transaction() as session:
            self._load(session, stakeholder_id)
            return REACHED_BY.replace(session, stakeholder_id, network_ids)

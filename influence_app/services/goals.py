"""Shared goals for societal change, and which networks carry, support or follow each one."""

from __future__ import annotations

from sqlmodel import col, select

from influence_app.domain.enums import Finality, GoalStatus, Involvement, VoteTarget
from influence_app.domain.models import Contribution, Goal, GoalNetwork, GoalSource, Network
from influence_app.services._crud import EntityService
from influence_app.services._fields import N_, Choice, LongText, Text
from influence_app.services._links import Link

_INVOLVEMENT = Choice(N_("Implication"), choices=Involvement)
NETWORKS = Link(GoalNetwork, "goal_id", "network_id", Network, N_("Réseau"))


class GoalService(EntityService[Goal]):
    model = Goal
    prefix = "goal"
    what = N_("Objectif")
    vote_target = VoteTarget.GOAL.value
    rules = {
        "title": Text(N_("Titre"), required=True),
        "description": LongText(N_("Description")),
        "finality": Choice(N_("Finalité"), choices=Finality),
        "status": Choice(N_("Statut"), required=True, choices=GoalStatus),
    }

    def involvements(self, goal_id: str) -> dict[str, str]:
        """{network id: porte | soutient | interesse} for one goal."""
        with self.document.reading() as session:
            self._load(session, goal_id)
            return NETWORKS.values(session, goal_id, "involvement")

    def involvement_matrix(self) -> list[GoalNetwork]:
        """Every (goal, network, involvement) cell, for the network × goal heat map."""
        with self.document.reading() as session:
            return list(session.exec(select(GoalNetwork)))

    def set_involvement(
        self, goal_id: str, network_id: str, involvement: str | None
    ) -> dict[str, str]:
        """Sets how `network_id` is involved in the goal; None clears it. Returns them all."""
        value = _INVOLVEMENT.clean("involvement", involvement)
        with self.document.transaction() as session:
            self._load(session, goal_id)
            NETWORKS.put(session, goal_id, network_id, involvement=value)
            return NETWORKS.values(session, goal_id, "involvement")

    def sources(self, goal_id: str) -> list[Contribution]:
        """The contributions the goal was promoted from."""
        with self.document.reading() as session:
            linked = select(GoalSource.contribution_id).where(GoalSource.goal_id == goal_id)
            statement = select(Contribution).where(col(Contribution.id).in_(linked))
            return list(session.exec(statement.order_by(Contribution.sort_key)))

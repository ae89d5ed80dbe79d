"""The action plan: SMART actions, their lead network and the networks acting with it."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import delete as sql_delete
from sqlmodel import Session, col, select

from influence_app.domain.enums import ActionStatus, VoteTarget
from influence_app.domain.models import (
    Action,
    ActionNetwork,
    ActionSource,
    Contribution,
    Factor,
    Goal,
    Network,
    Participant,
    Stakeholder,
)
from influence_app.i18n import _
from influence_app.services._crud import EntityService
from influence_app.services._fields import N_, Choice, Date, Integer, LongText, Ref, Text, refuse
from influence_app.services._links import Link

CO_NETWORKS = Link(ActionNetwork, "action_id", "network_id", Network, N_("Réseaux associés"))


class ActionService(EntityService[Action]):
    model = Action
    prefix = "act"
    what = N_("Action")
    vote_target = VoteTarget.ACTION.value
    rules = {
        "title": Text(N_("Action"), required=True),
        "description": LongText(N_("Description")),
        "goal_id": Ref(N_("Objectif"), model=Goal),
        "factor_id": Ref(N_("Levier ou frein"), model=Factor),
        "stakeholder_id": Ref(N_("Acteur"), model=Stakeholder),
        "owner_id": Ref(N_("Responsable"), model=Participant),
        "lead_network_id": Ref(N_("Réseau pilote"), model=Network),
        "due_date": Date(N_("Échéance")),
        "indicator": LongText(N_("Indicateur")),
        "impact": Integer(N_("Impact"), low=1, high=5),
        "effort": Integer(N_("Effort"), low=1, high=5),
        "status": Choice(N_("Statut"), required=True, choices=ActionStatus),
    }

    def co_networks(self, action_id: str) -> list[str]:
        """Ids of the networks acting with the lead network."""
        with self.document.reading() as session:
            self._load(session, action_id)
            return CO_NETWORKS.ids(session, action_id)

    def set_co_networks(self, action_id: str, network_ids: Iterable[str]) -> list[str]:
        with self.document.transaction() as session:
            action = self._load(session, action_id)
            wanted = list(network_ids)
            if action.lead_network_id in wanted:
                reason = _("Le réseau pilote ne peut pas être aussi réseau associé.")
                refuse("network_id", N_("Réseaux associés"), reason)
            return CO_NETWORKS.replace(session, action_id, wanted)

    def sources(self, action_id: str) -> list[Contribution]:
        """The contributions the action was promoted from."""
        with self.document.reading() as session:
            linked = select(ActionSource.contribution_id).where(ActionSource.action_id == action_id)
            statement = select(Contribution).where(col(Contribution.id).in_(linked))
            return list(session.exec(statement.order_by(Contribution.sort_key)))

    def _siblings(self, entity: Action) -> Any:
        """Actions are ordered within their goal (the plan is grouped by goal)."""
        return select(Action).where(col(Action.goal_id) == entity.goal_id)

    def _settle(self, session: Session, entity: Action, changed: dict[str, Any]) -> None:
        """A network that becomes the lead stops being listed as a co-network."""
        if changed.get("lead_network_id"):
            session.exec(
                sql_delete(ActionNetwork).where(
                    col(ActionNetwork.action_id) == entity.id,
                    col(ActionNetwork.network_id) == changed["lead_network_id"],
                )
            )

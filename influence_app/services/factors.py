"""Levers and obstacles (force field), and how far each network masters each lever."""

from __future__ import annotations

from typing import Any

from sqlmodel import Session, col, select

from influence_app.domain.enums import FactorKind, NetworkFunction, VoteTarget
from influence_app.domain.models import (
    Category,
    Contribution,
    Factor,
    FactorNetwork,
    FactorSource,
    Goal,
    Network,
)
from influence_app.i18n import _
from influence_app.services._crud import EntityService
from influence_app.services._fields import (
    N_,
    Choice,
    ChoiceList,
    Integer,
    LongText,
    Ref,
    Text,
    refuse,
)
from influence_app.services._links import Link

_MASTERY = Integer(N_("Maîtrise"), low=0, high=3)
NETWORKS = Link(FactorNetwork, "factor_id", "network_id", Network, N_("Réseau"))


class FactorService(EntityService[Factor]):
    model = Factor
    prefix = "fac"
    what = N_("Levier ou frein")
    vote_target = VoteTarget.FACTOR.value
    rules = {
        "kind": Choice(N_("Nature"), required=True, choices=FactorKind),
        "goal_id": Ref(N_("Objectif"), model=Goal),
        "title": Text(N_("Titre"), required=True),
        "description": LongText(N_("Description")),
        "category_id": Ref(N_("Catégorie"), model=Category),
        "strength": Integer(N_("Force"), low=1, high=5),
        "controllability": Integer(N_("Maîtrise par les réseaux"), low=1, high=5),
        "functions": ChoiceList(N_("Fonctions"), choices=NetworkFunction),
    }

    def list_for_goal(self, goal_id: str | None) -> list[Factor]:
        """The goal's levers and obstacles (None: the cross-cutting ones)."""
        return [factor for factor in self.list() if factor.goal_id == goal_id]

    def masteries(self, factor_id: str) -> dict[str, int]:
        """{network id: mastery 0..3} for one lever."""
        with self.document.reading() as session:
            self._load(session, factor_id)
            return NETWORKS.values(session, factor_id, "mastery")

    def mastery_matrix(self) -> list[FactorNetwork]:
        """Every (lever, network, mastery) cell, for the network × lever heat map."""
        with self.document.reading() as session:
            return list(session.exec(select(FactorNetwork)))

    def set_mastery(self, factor_id: str, network_id: str, mastery: int | None) -> dict[str, int]:
        """Sets how far `network_id` masters the lever (0–3); None clears it."""
        value = _MASTERY.clean("mastery", mastery)
        with self.document.transaction() as session:
            self._load(session, factor_id)
            NETWORKS.put(session, factor_id, network_id, mastery=value)
            return NETWORKS.values(session, factor_id, "mastery")

    def sources(self, factor_id: str) -> list[Contribution]:
        """The contributions the lever or obstacle was promoted from."""
        with self.document.reading() as session:
            linked = select(FactorSource.contribution_id).where(FactorSource.factor_id == factor_id)
            statement = select(Contribution).where(col(Contribution.id).in_(linked))
            return list(session.exec(statement.order_by(Contribution.sort_key)))

    def _siblings(self, entity: Factor) -> Any:
        """Levers, or obstacles, of the same goal are ordered among themselves."""
        same_goal = col(Factor.goal_id) == entity.goal_id  # None compiles to IS NULL
        return select(Factor).where(same_goal, Factor.kind == entity.kind)

    def _check(self, session: Session, values: dict[str, Any], entity: Factor | None) -> None:
        """A lever is filed under a lever category, an obstacle under an obstacle one."""
        kind = values.get("kind", entity.kind if entity else None)
        category_id = values.get("category_id", entity.category_id if entity else None)
        category = session.get(Category, category_id) if category_id else None
        if category is not None and category.kind != kind:
            reason = _("Cette catégorie est réservée aux {kind}s.").format(kind=category.kind)
            refuse("category_id", N_("Catégorie"), reason)

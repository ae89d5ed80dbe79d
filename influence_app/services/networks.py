"""Networks (têtes de réseau): identity, kind and functions; guarded deletion."""

from __future__ import annotations

from sqlalchemy import update
from sqlmodel import Session

from influence_app.domain.enums import NetworkFunction, NetworkKind
from influence_app.domain.models import Contribution, Network, Participant
from influence_app.services._crud import EntityService, count, in_use
from influence_app.services._fields import N_, Choice, ChoiceList, Integer, LongText, Text


class NetworkService(EntityService[Network]):
    model = Network
    prefix = "net"
    what = N_("Réseau")
    rules = {
        "name": Text(N_("Nom du réseau"), required=True),
        "acronym": Text(N_("Sigle"), max_len=40),
        "kind": Choice(N_("Type de réseau"), required=True, choices=NetworkKind),
        "sector": Text(N_("Secteur")),
        "member_count": Integer(N_("Nombre de membres"), low=0),
        "functions": ChoiceList(N_("Fonctions"), choices=NetworkFunction),
        "description": LongText(N_("Description")),
    }

    def delete(self, entity_id: str, force: bool = False, detach: bool = False) -> None:
        """Refuses (InUse, with counts) while participants or contributions name the network.

        `detach=True` is the user's answer "delete anyway": its participants lose their
        network and its contributions become unattributed (`force` means the same).
        """
        with self.document.transaction() as session:
            network = self._load(session, entity_id)
            if not (detach or force):
                self._refuse_if_referenced(session, entity_id)
            session.exec(
                update(Participant)
                .where(Participant.network_id == entity_id)  # type: ignore[arg-type]
                .values(network_id=None)
            )
            session.delete(network)  # the foreign keys clear or cascade the other references

    def _refuse_if_referenced(self, session: Session, network_id: str) -> None:
        dependents = {
            "participants": count(session, Participant, Participant.network_id == network_id),
            "contributions": count(session, Contribution, Contribution.network_id == network_id),
        }
        if any(dependents.values()):
            raise in_use(dependents)

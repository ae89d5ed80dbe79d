"""Each network's self-assessment of the internal conditions of influence (scores 1–5)."""

from __future__ import annotations

from sqlmodel import select

from influence_app.domain.enums import Criterion
from influence_app.domain.models import Assessment, Network
from influence_app.services._crud import load, next_sort_key
from influence_app.services._fields import N_, Choice, Integer, LongText, clean_fields
from influence_app.storage.document import Document

_RULES = {
    "criterion": Choice(N_("Critère"), required=True, choices=Criterion),
    "score": Integer(N_("Note"), required=True, low=1, high=5),
    "comment": LongText(N_("Commentaire")),
}


class AssessmentService:
    """One score per network × criterion: set (upsert) or clear."""

    def __init__(self, document: Document) -> None:
        self.document = document

    def list(self) -> list[Assessment]:
        with self.document.reading() as session:
            return list(session.exec(select(Assessment).order_by(Assessment.sort_key)))

    def for_network(self, network_id: str) -> list[Assessment]:
        return [row for row in self.list() if row.network_id == network_id]

    def upsert(
        self, network_id: str, criterion: str, score: int, comment: str | None = None
    ) -> Assessment:
        """Sets the network's score (and comment) on the criterion, replacing any earlier one."""
        fields = {"criterion": criterion, "score": score, "comment": comment}
        values = clean_fields(_RULES, fields, creating=True)
        with self.document.transaction() as session:
            load(session, Network, N_("Réseau"), network_id)
            row = session.get(Assessment, (network_id, values["criterion"]))
            if row is None:
                row = Assessment(network_id=network_id, **values)
                row.sort_key = next_sort_key(session, Assessment)
                session.add(row)
            row.score, row.comment = values["score"], values["comment"]
            return row

    def clear(self, network_id: str, criterion: str) -> None:
        """Removes the score (nothing happens when there is none)."""
        code = clean_fields(_RULES, {"criterion": criterion}, creating=False)["criterion"]
        with self.document.transaction() as session:
            row = session.get(Assessment, (network_id, code))
            if row is not None:
                session.delete(row)

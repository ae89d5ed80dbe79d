"""Participants: who came, from which network, on which days; deletion keeps their words."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import delete, update
from sqlmodel import Session, col, select
from sqlmodel.sql.expression import SelectOfScalar

from influence_app.domain.enums import Role
from influence_app.domain.models import Attendance, Contribution, Day, Network, Participant, Vote
from influence_app.i18n import _
from influence_app.services._crud import EntityService
from influence_app.services._fields import N_, Boolean, Choice, Ref, Text, refuse


class ParticipantService(EntityService[Participant]):
    model = Participant
    prefix = "par"
    what = N_("Participant")
    rules = {
        "name": Text(N_("Nom"), required=True),
        "network_id": Ref(N_("Réseau"), model=Network),
        "role": Choice(N_("Rôle"), required=True, choices=Role),
        "job_title": Text(N_("Poste")),
        "named_in_report": Boolean(N_("Nommé dans la synthèse")),
    }

    def attendance(self, participant_id: str) -> list[str]:
        """Ids of the days the participant attends, in day order."""
        with self.document.reading() as session:
            self._load(session, participant_id)
            return list(session.exec(_attended_days(participant_id)))

    def attendance_by_participant(self) -> dict[str, list[str]]:
        """Every participant's attended day ids (for the attendance grid)."""
        with self.document.reading() as session:
            rows = session.exec(select(Attendance).join(Day).order_by(Day.index))
            result: dict[str, list[str]] = {}
            for row in rows:
                result.setdefault(row.participant_id, []).append(row.day_id)
            return result

    def set_attendance(self, participant_id: str, day_ids: Iterable[str]) -> list[str]:
        """Replaces the days attended; returns them in day order."""
        wanted = list(dict.fromkeys(day_ids))
        with self.document.transaction() as session:
            self._load(session, participant_id)
            _check_days(session, wanted)
            session.exec(delete(Attendance).where(col(Attendance.participant_id) == participant_id))
            session.add_all(Attendance(participant_id=participant_id, day_id=d) for d in wanted)
            session.flush()
            return list(session.exec(_attended_days(participant_id)))

    def delete(self, entity_id: str, force: bool = False) -> None:
        """Deletes personal data; their contributions and votes stay, credited to the network."""
        with self.document.transaction() as session:
            participant = self._load(session, entity_id)
            _credit_network(session, Contribution, Contribution.author_id, participant)
            _credit_network(session, Vote, Vote.participant_id, participant)
            session.delete(participant)  # foreign keys clear authorship and drop attendance


def _attended_days(participant_id: str) -> SelectOfScalar[str]:
    return (
        select(Attendance.day_id)
        .join(Day)
        .where(Attendance.participant_id == participant_id)
        .order_by(Day.index, Day.date)
    )


def _check_days(session: Session, day_ids: list[str]) -> None:
    known = set(session.exec(select(Day.id).where(col(Day.id).in_(day_ids))))
    for day_id in day_ids:
        if day_id not in known:
            refuse("day_ids", N_("Jours"), _("« {value} » n'existe pas.").format(value=day_id))


def _credit_network(session: Session, model: Any, author: Any, person: Participant) -> None:
    """Rows the person made keep their network once the person is gone."""
    session.exec(
        update(model)
        .where(author == person.id, col(model.network_id).is_(None))
        .values(network_id=person.network_id)
    )

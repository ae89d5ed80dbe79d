"""The participants table: who, from which network, in which role, named or not, which days."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from influence_app.domain.enums import Role
from influence_app.domain.models import Day, Network, Participant
from influence_app.gui.models.entity_model import CENTER, Column, EntityTableModel
from influence_app.gui.models.networks import network_name

_CONTEXT = "Participant"

ROLE_LABELS: dict[str, str] = {
    Role.ADMINISTRATEUR: QT_TRANSLATE_NOOP("Participant", "Administrateur·rice"),
    Role.SALARIE: QT_TRANSLATE_NOOP("Participant", "Salarié·e"),
    Role.BENEVOLE: QT_TRANSLATE_NOOP("Participant", "Bénévole"),
    Role.FACILITATEUR: QT_TRANSLATE_NOOP("Participant", "Facilitateur·rice"),
    Role.OBSERVATEUR: QT_TRANSLATE_NOOP("Participant", "Observateur·rice"),
}


def role_label(code: str | None) -> str:
    if code not in ROLE_LABELS:
        return code or ""
    return QCoreApplication.translate(_CONTEXT, ROLE_LABELS[code])


@dataclass(frozen=True)
class ParticipantRow:
    """A participant as the table shows them, with their network and attended days resolved."""

    id: str
    name: str
    network: str
    role: str
    job_title: str
    named_in_report: bool
    days: tuple[int, ...]  # numbers of the days attended (1 = Jour 1)


def participant_rows(
    participants: Sequence[Participant],
    networks: Sequence[Network],
    attendance: dict[str, list[str]],
    days: Sequence[Day],
) -> list[ParticipantRow]:
    """Joins the services' lists into table rows, in the participants' order."""
    by_id = {network.id: network for network in networks}
    day_number = {day.id: day.index for day in days}
    return [
        ParticipantRow(
            id=person.id,
            name=person.name,
            network=network_name(by_id.get(person.network_id or "")),
            role=person.role,
            job_title=person.job_title or "",
            named_in_report=person.named_in_report,
            days=tuple(
                sorted(day_number[d] for d in attendance.get(person.id, []) if d in day_number)
            ),
        )
        for person in participants
    ]


class ParticipantTableModel(EntityTableModel[ParticipantRow]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__([], parent=parent)
        yes, no = self.tr("Oui"), self.tr("Non")
        day = self.tr("J{number}")  # « J1 » for Jour 1
        self.set_columns(
            [
                Column(self.tr("Nom"), lambda r: r.name, stretch=True),
                Column(self.tr("Réseau"), lambda r: r.network or "—"),
                Column(self.tr("Rôle"), lambda r: role_label(r.role)),
                Column(self.tr("Poste"), lambda r: r.job_title, width=13),
                Column(
                    self.tr("Accord"),
                    lambda r: yes if r.named_in_report else no,
                    CENTER,
                    self.tr("Accepte d'être nommé·e dans la synthèse"),
                ),
                Column(
                    self.tr("Jours"),
                    lambda r: ", ".join(day.format(number=n) for n in r.days) or "—",
                    hint=self.tr("Jours de présence"),
                ),
            ]
        )

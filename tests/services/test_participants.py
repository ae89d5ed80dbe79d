"""Participants: attendance per day, and deletion that keeps their words for their network."""

from __future__ import annotations

import pytest

from influence_app.domain.models import Vote
from influence_app.services.agenda import DayService
from influence_app.services.contributions import ContributionService
from influence_app.services.errors import NotFound, ValidationError
from influence_app.services.networks import NetworkService
from influence_app.services.participants import ParticipantService
from tests.services.conftest import add_round


@pytest.fixture
def network(document):
    return NetworkService(document).add(name="Réseau A", kind="sectoriel").id


@pytest.fixture
def awa(document, network):
    return (
        ParticipantService(document)
        .add(name="Awa Diallo", role="salarie", network_id=network, named_in_report=True)
        .id
    )


def test_add_persists(document, awa, network, reopen):
    person = ParticipantService(reopen()).get(awa)
    assert (person.name, person.role, person.network_id) == ("Awa Diallo", "salarie", network)
    assert person.named_in_report is True


@pytest.mark.parametrize(
    ("fields", "field", "message"),
    [
        ({"name": "", "role": "salarie"}, "name", "Nom : ce champ est obligatoire."),
        ({"name": "Awa", "role": "chef"}, "role", "Rôle : valeur « chef » inconnue"),
        ({"name": "Awa", "role": "salarie", "network_id": "net-x"}, "network_id", "« net-x »"),
        (
            {"name": "Awa", "role": "salarie", "named_in_report": "oui"},
            "named_in_report",
            "oui ou non",
        ),
    ],
)
def test_add_refuses_bad_input(document, fields, field, message):
    with pytest.raises(ValidationError) as refused:
        ParticipantService(document).add(**fields)
    assert refused.value.field == field
    assert message in str(refused.value)
    assert ParticipantService(document).list() == []


def test_attendance_is_replaced_and_kept_in_day_order(document, awa, reopen):
    day1, day2, day3 = (d.id for d in DayService(document).list())
    participants = ParticipantService(document)
    assert participants.set_attendance(awa, [day3, day1, day3]) == [day1, day3]
    participants.set_attendance(awa, [day2, day1])
    document = reopen()
    assert ParticipantService(document).attendance(awa) == [day1, day2]
    assert ParticipantService(document).attendance_by_participant() == {awa: [day1, day2]}


def test_attendance_refuses_unknown_days_and_keeps_the_old_one(document, awa, first_day):
    participants = ParticipantService(document)
    participants.set_attendance(awa, [first_day])
    with pytest.raises(ValidationError, match="« day-x » n'existe pas"):
        participants.set_attendance(awa, [first_day, "day-x"])
    assert participants.attendance(awa) == [first_day]


def test_delete_removes_the_person_but_keeps_their_contributions_for_the_network(
    document, awa, network, first_session, first_day, reopen
):
    ParticipantService(document).set_attendance(awa, [first_day])
    said = ContributionService(document).add(first_session, "Il faut peser ensemble")
    ContributionService(document).update(said.id, author_id=awa)
    with document.transaction() as session:
        session.add(
            Vote(round_id=add_round(document, "goal"), item_id="g", points=2, participant_id=awa)
        )
    ParticipantService(document).delete(awa)

    document = reopen()
    assert ParticipantService(document).list() == []
    assert ParticipantService(document).attendance_by_participant() == {}
    kept = ContributionService(document).get(said.id)
    assert (kept.text, kept.author_id, kept.network_id) == ("Il faut peser ensemble", None, network)
    with document.reading() as session:
        vote = session.get(Vote, 1)
    assert (vote.participant_id, vote.network_id, vote.points) == (None, network, 2)
    with pytest.raises(NotFound):
        ParticipantService(document).get(awa)


def test_delete_leaves_an_explicit_network_of_a_contribution_alone(
    document, awa, first_session, reopen
):
    other = NetworkService(document).add(name="Réseau B", kind="territorial").id
    said = ContributionService(document).add(
        first_session, "Au nom de B", network_id=other, author_id=awa
    )
    ParticipantService(document).delete(awa)
    assert ContributionService(reopen()).get(said.id).network_id == other

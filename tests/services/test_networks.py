"""Networks: validation, functions, order, and deletion that asks before orphaning people."""

from __future__ import annotations

import pytest

from influence_app.services.contributions import ContributionService
from influence_app.services.errors import InUse, NotFound, ValidationError
from influence_app.services.networks import NetworkService
from influence_app.services.participants import ParticipantService


def test_add_persists_with_functions_in_reference_order(document, reopen):
    added = NetworkService(document).add(
        name="  Fédération des centres sociaux ",
        acronym="FCSF",
        kind="sectoriel",
        functions=["pilotage", "plaidoyer", "pilotage"],
        member_count=1200,
    )
    network = NetworkService(reopen()).get(added.id)
    assert network.name == "Fédération des centres sociaux"
    assert network.functions == ["plaidoyer", "pilotage"]
    assert network.member_count == 1200
    assert added.id.startswith("net-")


@pytest.mark.parametrize(
    ("fields", "field", "message"),
    [
        ({"name": " ", "kind": "sectoriel"}, "name", "Nom du réseau : ce champ est obligatoire."),
        (
            {"name": "R", "kind": "national"},
            "kind",
            "Type de réseau : valeur « national » inconnue",
        ),
        ({"name": "R", "kind": "collectif", "functions": ["lobby"]}, "functions", "Fonctions"),
        ({"name": "R", "kind": "collectif", "member_count": -1}, "member_count", "au moins 0"),
        ({"name": "R", "kind": "collectif", "acronym": "X" * 41}, "acronym", "40 caractères"),
        ({"name": "R\x07", "kind": "collectif"}, "name", "contrôle"),
    ],
)
def test_add_refuses_bad_input_naming_the_field(document, fields, field, message):
    with pytest.raises(ValidationError) as refused:
        NetworkService(document).add(**fields)
    assert refused.value.field == field
    assert message in str(refused.value)
    assert NetworkService(document).list() == []


def test_update_changes_only_the_given_fields(document, reopen):
    networks = NetworkService(document)
    added = networks.add(name="Réseau A", kind="territorial", sector="Sport")
    networks.update(added.id, sector="Culture")
    network = NetworkService(reopen()).get(added.id)
    assert (network.name, network.kind, network.sector) == ("Réseau A", "territorial", "Culture")


def test_unknown_network_is_not_found(document):
    with pytest.raises(NotFound, match="« net-x » introuvable"):
        NetworkService(document).update("net-x", name="B")


def test_new_networks_go_last_and_move_reorders_them(document, reopen):
    networks = NetworkService(document)
    ids = [networks.add(name=name, kind="collectif").id for name in "ABCD"]
    networks.move(ids[3], 0)
    networks.move(ids[1], 99)
    assert [n.name for n in NetworkService(reopen()).list()] == ["D", "A", "C", "B"]


def test_delete_of_a_referenced_network_is_refused_with_counts(document, first_session):
    networks = NetworkService(document)
    network = networks.add(name="Réseau A", kind="sectoriel")
    person = ParticipantService(document).add(name="Awa", role="salarie", network_id=network.id)
    ContributionService(document).add(first_session, "Idée 1", author_id=person.id)
    ContributionService(document).add(first_session, "Idée 2", network_id=network.id)
    with pytest.raises(InUse) as refused:
        networks.delete(network.id)
    assert refused.value.dependents == {"participants": 1, "contributions": 2}
    assert "1 participant, 2 contributions" in str(refused.value)
    assert networks.get(network.id).name == "Réseau A"


def test_delete_with_detach_keeps_people_and_contributions(document, first_session, reopen):
    network = NetworkService(document).add(name="Réseau A", kind="sectoriel")
    person = ParticipantService(document).add(name="Awa", role="salarie", network_id=network.id)
    said = ContributionService(document).add(first_session, "Idée", author_id=person.id)
    NetworkService(document).delete(network.id, detach=True)
    document = reopen()
    assert NetworkService(document).list() == []
    assert ParticipantService(document).get(person.id).network_id is None
    kept = ContributionService(document).get(said.id)
    assert (kept.text, kept.author_id, kept.network_id) == ("Idée", person.id, None)


def test_delete_of_an_unused_network(document, reopen):
    network = NetworkService(document).add(name="Réseau A", kind="sectoriel")
    NetworkService(document).delete(network.id)
    assert NetworkService(reopen()).list() == []

"""Agenda: sessions follow each other, days stay numbered, deletions ask before losing words."""

from __future__ import annotations

import datetime as dt

import pytest

from influence_app.domain.models import Vote
from influence_app.services.agenda import DayService, SessionService
from influence_app.services.contributions import ContributionService
from influence_app.services.errors import InUse, ValidationError
from influence_app.services.seminar import SeminarService
from tests.services.conftest import add_round


@pytest.fixture
def day(document):
    """A fourth, empty day with three sessions: 09:30 (30), 10:00 (60), 11:00 (15)."""
    day_id = DayService(document).add(theme="Jour bonus").id
    sessions = SessionService(document)
    for title, minutes in [("Accueil", 30), ("Atelier", 60), ("Pause", 15)]:
        sessions.add(day_id=day_id, title=title, duration_min=minutes)
    return day_id


def agenda(document, day_id):
    return [
        (s.title, s.start_time, s.duration_min)
        for s in SessionService(document).list_for_day(day_id)
    ]


def test_new_sessions_start_when_the_previous_one_ends(document, day, reopen):
    assert agenda(reopen(), day) == [
        ("Accueil", "09:30", 30),
        ("Atelier", "10:00", 60),
        ("Pause", "11:00", 15),
    ]


def test_longer_session_pushes_the_following_ones(document, day, reopen):
    sessions = SessionService(document)
    workshop = sessions.list_for_day(day)[1]
    updated = sessions.update(workshop.id, duration_min=90)
    assert updated.duration_min == 90
    assert agenda(reopen(), day) == [
        ("Accueil", "09:30", 30),
        ("Atelier", "10:00", 90),
        ("Pause", "11:30", 15),
    ]


def test_later_start_moves_this_and_the_following_ones_only(document, day, reopen):
    sessions = SessionService(document)
    workshop = sessions.list_for_day(day)[1]
    sessions.update(workshop.id, start_time="10h15")
    assert agenda(reopen(), day) == [
        ("Accueil", "09:30", 30),
        ("Atelier", "10:15", 60),
        ("Pause", "11:15", 15),
    ]


def test_changing_a_title_moves_nothing(document, day):
    sessions = SessionService(document)
    before = agenda(document, day)
    sessions.update(
        sessions.list_for_day(day)[1].id, title="Atelier 1-2-4-tous", method="world_cafe"
    )
    assert [row[1:] for row in agenda(document, day)] == [row[1:] for row in before]


def test_a_day_past_midnight_is_refused_and_nothing_changes(document, day):
    sessions = SessionService(document)
    workshop = sessions.list_for_day(day)[1]
    sessions.update(workshop.id, start_time="22:00")
    with pytest.raises(ValidationError) as refused:
        sessions.update(workshop.id, duration_min=150)
    assert refused.value.field == "duration_min"
    assert "minuit" in str(refused.value)
    assert sessions.get(workshop.id).duration_min == 60


@pytest.mark.parametrize(
    ("fields", "field", "message"),
    [
        ({"title": "", "duration_min": 10}, "title", "Titre : ce champ est obligatoire."),
        ({"title": "A", "duration_min": 721}, "duration_min", "de 0 à 720"),
        ({"title": "A", "duration_min": 10, "start_time": "25:00"}, "start_time", "Début"),
        ({"title": "A", "duration_min": 10, "method": "debat"}, "method", "Méthode"),
    ],
)
def test_session_input_is_checked(document, day, fields, field, message):
    with pytest.raises(ValidationError) as refused:
        SessionService(document).add(day_id=day, **fields)
    assert refused.value.field == field
    assert message in str(refused.value)
    assert len(agenda(document, day)) == 3


def test_session_on_an_unknown_day_is_refused(document):
    with pytest.raises(ValidationError, match="Jour : « day-x » n'existe pas."):
        SessionService(document).add(day_id="day-x", title="A", duration_min=10)


def test_move_reorders_and_rechains_from_the_day_start(document, day, reopen):
    sessions = SessionService(document)
    pause = sessions.list_for_day(day)[2]
    moved = sessions.move(pause.id, 0)
    assert [s.title for s in moved] == ["Pause", "Accueil", "Atelier"]
    document = reopen()
    assert agenda(document, day) == [
        ("Pause", "09:30", 15),
        ("Accueil", "09:45", 30),
        ("Atelier", "10:15", 60),
    ]
    assert [s.position for s in SessionService(document).list_for_day(day)] == [1, 2, 3]


def test_delete_moves_the_following_sessions_up(document, day, reopen):
    sessions = SessionService(document)
    sessions.delete(sessions.list_for_day(day)[0].id)
    document = reopen()
    assert agenda(document, day) == [("Atelier", "09:30", 60), ("Pause", "10:30", 15)]
    assert [s.position for s in SessionService(document).list_for_day(day)] == [1, 2]


def test_delete_of_a_session_with_contributions_asks_first(document, day, reopen):
    sessions = SessionService(document)
    workshop = sessions.list_for_day(day)[1]
    said = ContributionService(document).add(workshop.id, "Une idée")
    with document.transaction() as session:
        session.add(Vote(round_id=add_round(document, "contribution"), item_id=said.id, points=1))
    with pytest.raises(InUse) as refused:
        sessions.delete(workshop.id)
    assert refused.value.dependents == {"contributions": 1}
    sessions.delete(workshop.id, force=True)
    document = reopen()
    assert [row[0] for row in agenda(document, day)] == ["Accueil", "Pause"]
    assert ContributionService(document).list() == []
    with document.reading() as session:
        assert session.get(Vote, 1) is None


def test_status_goes_forward_and_back(document, day, reopen):
    sessions = SessionService(document)
    first = sessions.list_for_day(day)[0].id
    sessions.set_status(first, "en_cours")
    assert SessionService(reopen()).get(first).status == "en_cours"


def test_status_is_checked(document, day):
    sessions = SessionService(document)
    first = sessions.list_for_day(day)[0].id
    with pytest.raises(ValidationError, match="Statut : valeur « finie » inconnue"):
        sessions.set_status(first, "finie")


def test_summary_counts_minutes_against_the_day_frame(document, day):
    summary = DayService(document).day_summary(day)
    assert (summary.session_count, summary.total_min, summary.budget_min) == (3, 105, 450)
    assert (summary.first_start, summary.last_end, summary.overrun_min) == ("09:30", "11:15", 0)
    SessionService(document).add(day_id=day, title="Long", duration_min=375)
    assert DayService(document).day_summary(day).overrun_min == 30


def test_new_day_comes_after_the_last_and_stretches_the_seminar(document, reopen):
    added = DayService(document).add()
    document = reopen()
    assert (added.index, added.date) == (4, dt.date(2026, 3, 13))
    assert SeminarService(document).get().end_date == dt.date(2026, 3, 13)


def test_delete_of_a_day_with_contributions_asks_first(document, reopen):
    days = DayService(document)
    second = days.list()[1]
    ContributionService(document).add(
        SessionService(document).list_for_day(second.id)[1].id, "Idée"
    )
    with pytest.raises(InUse) as refused:
        days.delete(second.id)
    assert refused.value.dependents == {"contributions": 1}
    days.delete(second.id, force=True)
    document = reopen()
    remaining = DayService(document).list()
    assert [(d.index, d.theme) for d in remaining] == [
        (1, "Partager un cap commun"),
        (2, "Conditions et passage à l’action"),
    ]
    assert SessionService(document).list_for_day(second.id) == []
    assert ContributionService(document).list() == []


def test_delete_of_a_day_without_contributions_takes_its_sessions(document, day, reopen):
    DayService(document).delete(day)
    document = reopen()
    assert len(DayService(document).list()) == 3
    assert SessionService(document).list_for_day(day) == []


def test_moving_a_day_renumbers_the_days(document, reopen):
    days = DayService(document)
    third = days.list()[2]
    moved = days.move(third.id, 0)
    assert [(d.id, d.index) for d in moved][0] == (third.id, 1)
    assert [d.index for d in DayService(reopen()).list()] == [1, 2, 3]
    assert DayService(reopen()).list()[0].id == third.id

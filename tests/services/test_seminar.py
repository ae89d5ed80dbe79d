"""A new seminar from the template, and editing the seminar's identity."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from influence_app.services.agenda import DayService, SessionService
from influence_app.services.categories import CategoryService
from influence_app.services.errors import ValidationError
from influence_app.services.seminar import SeminarService
from influence_app.storage.errors import DocumentExists


def test_template_gives_three_days_from_the_start_date(document, reopen):
    document = reopen()
    seminar = SeminarService(document).get()
    days = DayService(document).list()
    assert seminar.title == "Parcours influence"
    assert (seminar.start_date, seminar.end_date) == (dt.date(2026, 3, 10), dt.date(2026, 3, 12))
    assert [(d.index, d.date) for d in days] == [
        (1, dt.date(2026, 3, 10)),
        (2, dt.date(2026, 3, 11)),
        (3, dt.date(2026, 3, 12)),
    ]
    assert days[1].theme == "Leviers et freins"


def test_template_agenda_starts_at_half_past_nine_and_fits_the_day(document):
    days, sessions = DayService(document), SessionService(document)
    for day in days.list():
        agenda = sessions.list_for_day(day.id)
        assert agenda[0].start_time == "09:30"
        assert [s.position for s in agenda] == list(range(1, len(agenda) + 1))
        assert days.day_summary(day.id).overrun_min == 0
    assert any(s.method == "world_cafe" for s in sessions.list())


def test_template_taxonomy_has_fifteen_levers_and_fifteen_obstacles(document):
    categories = CategoryService(document)
    levers, obstacles = categories.list_kind("levier"), categories.list_kind("frein")
    assert len(levers) == len(obstacles) == 15
    assert levers[0].code == "EXPERTISE"
    assert all(c.scope in ("interne", "externe") for c in obstacles)
    assert all(c.scope is None for c in levers)


def test_small_template_sessions_without_times_follow_each_other(tmp_path):
    agenda = tmp_path / "agenda.json"
    agenda.write_text(
        json.dumps(
            {
                "days": [
                    {
                        "index": 1,
                        "theme": "Seul jour",
                        "sessions": [
                            {"title": "Accueil", "start_time": "09:00", "duration_min": 20},
                            {"title": "Atelier", "duration_min": 40, "method": "world_cafe"},
                            {"title": "Clôture", "duration_min": 10},
                        ],
                    }
                ]
            }
        ),
        encoding="utf-8",
    )
    taxonomy = tmp_path / "taxonomy.json"
    taxonomy.write_text(json.dumps({"categories": []}), encoding="utf-8")
    path = tmp_path / "petit.influence"
    with SeminarService.create_from_template(path, "Essai", "2026-05-04", agenda, taxonomy) as doc:
        day = DayService(doc).list()[0]
        times = [s.start_time for s in SessionService(doc).list_for_day(day.id)]
        assert times == ["09:00", "09:20", "10:00"]
        assert SeminarService(doc).get().end_date == dt.date(2026, 5, 4)


def test_refused_title_leaves_nothing_on_disk(tmp_path):
    path = tmp_path / "vide.influence"
    with pytest.raises(ValidationError) as refused:
        SeminarService.create_from_template(path, "   ", "2026-03-10")
    assert refused.value.field == "title"
    assert str(refused.value) == "Titre : ce champ est obligatoire."
    assert list(tmp_path.iterdir()) == []


def test_broken_template_leaves_nothing_on_disk(tmp_path):
    agenda = tmp_path / "agenda.json"
    agenda.write_text(json.dumps({"days": [{"sessions": [{"title": "x"}]}]}), encoding="utf-8")
    path = tmp_path / "s.influence"
    with pytest.raises(ValidationError, match="Durée"):
        SeminarService.create_from_template(path, "Essai", "2026-03-10", agenda)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["agenda.json"]


def test_never_overwrites_an_existing_file(document, doc_path):
    with pytest.raises(DocumentExists):
        SeminarService.create_from_template(doc_path, "Autre", "2026-03-10")


def test_update_persists_and_moving_the_start_moves_every_day(document, reopen):
    SeminarService(document).update(start_date="2026-04-07", location="Paris", organiser="LMA")
    document = reopen()
    seminar = SeminarService(document).get()
    assert (seminar.location, seminar.organiser) == ("Paris", "LMA")
    assert seminar.end_date == dt.date(2026, 4, 9)
    assert [d.date.day for d in DayService(document).list()] == [7, 8, 9]


def test_update_refuses_an_end_before_the_last_day(document):
    with pytest.raises(ValidationError) as refused:
        SeminarService(document).update(end_date="2026-03-11")
    assert refused.value.field == "end_date"
    assert SeminarService(document).get().end_date == dt.date(2026, 3, 12)


def test_update_refuses_unknown_language(document):
    with pytest.raises(ValidationError, match="Langue : valeur « de » inconnue"):
        SeminarService(document).update(language="de")

"""The seminar itself: its identity, and a new document built from the default template."""

from __future__ import annotations

import datetime as dt
import json
from enum import StrEnum
from pathlib import Path
from typing import Any

from sqlmodel import Session, select

from influence_app import paths
from influence_app.domain import agenda as clock
from influence_app.domain import validation as checks
from influence_app.domain.ids import new_id
from influence_app.domain.models import AgendaSession, Category, Day, Seminar
from influence_app.i18n import _
from influence_app.services._crud import load
from influence_app.services._fields import (
    N_,
    Boolean,
    Choice,
    Date,
    LongText,
    Rules,
    Text,
    clean_fields,
    refuse,
)
from influence_app.services.agenda import DAY_START, SessionService
from influence_app.services.categories import CategoryService
from influence_app.storage.document import Document
from influence_app.storage.files import sidecar


class Language(StrEnum):
    FR = "fr"
    EN = "en"


class SeminarService:
    """The one seminar row of a document."""

    rules: Rules = {
        "title": Text(N_("Titre"), required=True),
        "programme": Text(N_("Programme")),
        "organiser": Text(N_("Organisateur")),
        "location": Text(N_("Lieu")),
        "start_date": Date(N_("Date de début"), required=True),
        "end_date": Date(N_("Date de fin"), required=True),
        "context": LongText(N_("Contexte")),
        "language": Choice(N_("Langue"), required=True, choices=Language),
        "anonymous_authors": Boolean(N_("Auteurs anonymes"), required=True),
    }

    def __init__(self, document: Document) -> None:
        self.document = document

    def get(self) -> Seminar:
        with self.document.reading() as session:
            return load(session, Seminar, N_("Séminaire"), 1)

    def update(self, **fields: Any) -> Seminar:
        """Moving the start date moves every day with it; the end date follows the last day."""
        values = clean_fields(self.rules, fields, creating=False)
        with self.document.transaction() as session:
            seminar = load(session, Seminar, N_("Séminaire"), 1)
            days = list(session.exec(select(Day).order_by(Day.date)))
            shift = values.get("start_date", seminar.start_date) - seminar.start_date
            for field, value in values.items():
                setattr(seminar, field, value)
            for day in days:
                day.date += shift
            if days and "end_date" not in values:
                seminar.end_date = days[-1].date
            _check_dates(seminar, days)
            return seminar

    @classmethod
    def create_from_template(
        cls,
        path: Path,
        title: str,
        start_date: dt.date | str,
        agenda: Path | None = None,
        taxonomy: Path | None = None,
    ) -> Document:
        """A new document at `path`: the seminar, its days from `start_date`, the default
        agenda and the lever/obstacle categories. Nothing is left on disk if it fails."""
        wanted = clean_fields(cls.rules, {"title": title, "start_date": start_date}, False)
        agenda_data = _read_template(agenda or paths.resource("templates", "default-agenda.json"))
        taxonomy_data = _read_template(taxonomy or paths.resource("templates", "taxonomy.json"))
        document = Document.create(path)
        try:
            with document.transaction() as session:
                days = _add_days(session, agenda_data, wanted["start_date"])
                session.add(_new_seminar(wanted, days))
                _add_categories(session, taxonomy_data)
        except BaseException:
            document.close()
            _remove_document(Path(path))
            raise
        return document


def _check_dates(seminar: Seminar, days: list[Day]) -> None:
    try:
        checks.check_date_order("end_date", seminar.start_date, seminar.end_date)
    except checks.DomainValidationError as error:
        refuse("end_date", N_("Date de fin"), error.message)
    if days and seminar.end_date < days[-1].date:
        refuse("end_date", N_("Date de fin"), _("Elle précède le dernier jour du programme."))


def _read_template(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        message = _("Modèle « {path} » illisible : {error}").format(path=path, error=error)
        raise ValueError(message) from error
    if not isinstance(data, dict):
        raise ValueError(_("Modèle « {path} » illisible : objet JSON attendu.").format(path=path))
    return data


def _new_seminar(wanted: dict[str, Any], days: list[Day]) -> Seminar:
    end = days[-1].date if days else wanted["start_date"]
    return Seminar(title=wanted["title"], start_date=wanted["start_date"], end_date=end)


def _add_days(session: Session, template: dict[str, Any], start: dt.date) -> list[Day]:
    days = []
    rows = sorted(template.get("days", []), key=lambda row: row.get("index", 0))
    for number, row in enumerate(rows, start=1):
        day = Day(id=new_id("day"), index=number, sort_key=number)
        day.date, day.theme = start + dt.timedelta(days=number - 1), row.get("theme")
        session.add(day)
        session.flush()  # no ORM relationships: the unit of work would not order the inserts
        _add_sessions(session, day, row.get("sessions", []))
        days.append(day)
    return days


def _add_sessions(session: Session, day: Day, rows: list[dict[str, Any]]) -> None:
    """Sessions start at their template time, or when the previous one ends."""
    clock_time = DAY_START
    for position, row in enumerate(rows, start=1):
        fields = {"start_time": row.get("start_time") or clock_time, "status": "prevue"}
        fields |= {k: row.get(k) for k in ("title", "duration_min", "method", "objective")}
        values = clean_fields(SessionService.rules, {"day_id": day.id, **fields}, True)
        item = AgendaSession(id=new_id("ses"), position=position, **values)
        item.sort_key = day.index * 1000 + position
        session.add(item)
        clock_time = clock.end_time(item.start_time, item.duration_min)


def _add_categories(session: Session, template: dict[str, Any]) -> None:
    for number, row in enumerate(template.get("categories", []), start=1):
        fields = {k: row.get(k) for k in ("code", "kind", "label", "description", "scope")}
        values = clean_fields(CategoryService.rules, fields, True)
        session.add(Category(id=new_id("cat"), sort_key=number, **values))


def _remove_document(path: Path) -> None:
    """Ours: created a moment ago under our lock, then released."""
    for leftover in (path, sidecar(path, "-wal"), sidecar(path, "-shm")):
        leftover.unlink(missing_ok=True)

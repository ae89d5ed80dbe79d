"""The agenda: days and their sessions, each session starting when the previous one ends."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete as sql_delete
from sqlmodel import Session, col, func, select

from influence_app.domain import agenda as clock
from influence_app.domain.enums import Method, SessionStatus, VoteTarget
from influence_app.domain.models import AgendaSession, Contribution, Day, Seminar
from influence_app.i18n import _
from influence_app.services._crud import (
    EntityService,
    count,
    delete_votes_on,
    in_use,
    reorder,
)
from influence_app.services._fields import (
    N_,
    Choice,
    Date,
    Integer,
    LongText,
    Ref,
    Text,
    Time,
    refuse,
)

DAY_START = "09:30"
DAY_END = clock.DEFAULT_DAY_END


@dataclass(frozen=True)
class DaySummary:
    """How full a day is: its sessions against the 09:30–17:00 frame."""

    day_id: str
    session_count: int
    total_min: int
    budget_min: int
    first_start: str | None
    last_end: str | None
    overrun_min: int


class DayService(EntityService[Day]):
    """Days in order ("Jour 1", "Jour 2"…); the seminar's dates follow its days."""

    model = Day
    prefix = "day"
    what = N_("Jour")
    rules = {
        "date": Date(N_("Date"), required=True),
        "theme": Text(N_("Thème")),
    }

    def delete(self, entity_id: str, force: bool = False) -> None:
        """Deletes the day and its sessions; refused (InUse) while they hold contributions,
        unless `force` deletes those contributions too."""
        super().delete(entity_id, force)

    def day_summary(self, day_id: str) -> DaySummary:
        """Total minutes of the day's sessions and how far they run past 17:00."""
        with self.document.reading() as session:
            self._load(session, day_id)
            sessions = _day_sessions(session, day_id)
        durations = [s.duration_min for s in sessions]
        first = sessions[0].start_time if sessions else None
        # The last session's own end, not first + total: an imported agenda may have gaps.
        last = clock.end_time(sessions[-1].start_time, durations[-1]) if sessions else None
        end = clock.parse_hhmm(last) if last else 0
        return DaySummary(
            day_id=day_id,
            session_count=len(sessions),
            total_min=clock.day_total(durations),
            budget_min=clock.parse_hhmm(DAY_END) - clock.parse_hhmm(DAY_START),
            first_start=first,
            last_end=last,
            overrun_min=max(0, end - clock.parse_hhmm(DAY_END)),
        )

    def _defaults(self, session: Session, fields: dict[str, Any]) -> dict[str, Any]:
        """A new day comes the day after the last one (or on the seminar's first day)."""
        last = session.exec(select(func.max(Day.date))).one()
        seminar = session.get(Seminar, 1)
        if last is not None:
            return {"date": last + dt.timedelta(days=1)}
        return {"date": seminar.start_date} if seminar else {}

    def _check(self, session: Session, values: dict[str, Any], entity: Day | None) -> None:
        if entity is None:
            values["index"] = count(session, Day) + 1

    def _settle(self, session: Session, entity: Day, changed: dict[str, Any]) -> None:
        _renumber_days(session)
        _fit_seminar_to_days(session)

    def _before_delete(self, session: Session, entity: Day, force: bool) -> None:
        day_sessions = select(AgendaSession.id).where(AgendaSession.day_id == entity.id)
        _drop_sessions(session, day_sessions, force)


class SessionService(EntityService[AgendaSession]):
    """Sessions of a day in `position` order; each starts when the previous one ends."""

    model = AgendaSession
    prefix = "ses"
    what = N_("Séance")
    rules = {
        "day_id": Ref(N_("Jour"), required=True, model=Day),
        "title": Text(N_("Titre"), required=True),
        "start_time": Time(N_("Début"), required=True),
        "duration_min": Integer(N_("Durée (min)"), required=True, low=0, high=720),
        "method": Choice(N_("Méthode"), choices=Method),
        "objective": LongText(N_("Objectif")),
        "status": Choice(N_("Statut"), required=True, choices=SessionStatus),
    }

    def list_for_day(self, day_id: str) -> list[AgendaSession]:
        with self.document.reading() as session:
            return _day_sessions(session, day_id)

    def set_status(self, entity_id: str, status: str) -> AgendaSession:
        """prevue → en_cours → terminee; any step can be taken back."""
        return self.update(entity_id, status=status)

    def delete(self, entity_id: str, force: bool = False) -> None:
        """Refused (InUse) while it holds contributions, unless `force` deletes them;
        the following sessions move up."""
        with self.document.transaction() as session:
            target = self._load(session, entity_id)
            rest = _day_sessions(session, target.day_id)
            index = rest.index(target)
            rest.remove(target)
            _drop_sessions(session, [entity_id], force)
            _renumber(rest)
            if rest:
                anchor = max(index - 1, 0)
                start = rest[anchor].start_time if index else target.start_time
                _rechain(rest, anchor, start, "start_time")

    def move(self, entity_id: str, new_index: int) -> list[AgendaSession]:
        """Moves the session within its day (0-based index); the day keeps its start time."""
        with self.document.transaction() as session:
            target = self._load(session, entity_id)
            siblings = _day_sessions(session, target.day_id)
            day_start = siblings[0].start_time
            reorder(siblings, target, new_index, attribute="position")
            siblings.sort(key=lambda item: item.position)
            _rechain(siblings, 0, day_start, "start_time")
            return siblings

    def _ordered(self, statement: Any) -> Any:
        joined = statement.join(Day)
        return joined.order_by(Day.index, AgendaSession.position, AgendaSession.id)

    def _defaults(self, session: Session, fields: dict[str, Any]) -> dict[str, Any]:
        """A new session goes last in its day and starts when the last one ends."""
        day_id = fields.get("day_id")
        last = _day_sessions(session, day_id)[-1:] if isinstance(day_id, str) else []
        start = clock.end_time(last[0].start_time, last[0].duration_min) if last else DAY_START
        return {"start_time": start}

    def _check(self, session: Session, values: dict[str, Any], entity: Any) -> None:
        if entity is None:
            values["position"] = count(session, AgendaSession, _in_day(values["day_id"])) + 1
        elif values.get("day_id", entity.day_id) != entity.day_id:
            refuse("day_id", N_("Jour"), _("Une séance ne change pas de jour."))

    def _settle(self, session: Session, entity: AgendaSession, changed: dict[str, Any]) -> None:
        field = next((f for f in ("duration_min", "start_time") if f in changed), None)
        if field is not None:
            siblings = _day_sessions(session, entity.day_id)
            _rechain(siblings, siblings.index(entity), entity.start_time, field)


def _in_day(day_id: str) -> Any:
    return col(AgendaSession.day_id) == day_id


def _day_sessions(session: Session, day_id: str) -> list[AgendaSession]:
    statement = select(AgendaSession).where(_in_day(day_id))
    return list(session.exec(statement.order_by(AgendaSession.position, AgendaSession.id)))


def _renumber(sessions: list[AgendaSession]) -> None:
    for position, item in enumerate(sessions, start=1):
        item.position = position


def _rechain(sessions: list[AgendaSession], index: int, start: str, field: str) -> None:
    """Sessions from `index` on follow each other from `start`; refused past midnight."""
    durations = [item.duration_min for item in sessions[index:]]
    if clock.parse_hhmm(start) + sum(durations) > clock.MINUTES_PER_DAY:
        refuse(field, N_("Horaires"), _("La journée finirait après minuit."))
    starts = clock.chain_start_times(start, durations)
    for item, time in zip(sessions[index:], starts, strict=True):
        item.start_time = time


def _drop_sessions(session: Session, session_ids: Any, force: bool) -> None:
    """Deletes sessions; their contributions block it unless `force` deletes them too."""
    in_sessions = col(Contribution.session_id).in_(session_ids)
    contributions = count(session, Contribution, in_sessions)
    if contributions and not force:
        raise in_use({"contributions": contributions})
    delete_votes_on(session, VoteTarget.CONTRIBUTION, select(Contribution.id).where(in_sessions))
    session.exec(sql_delete(Contribution).where(in_sessions))
    session.exec(sql_delete(AgendaSession).where(col(AgendaSession.id).in_(session_ids)))


def _renumber_days(session: Session) -> None:
    days = session.exec(select(Day).order_by(Day.sort_key, Day.index, Day.id))
    for index, day in enumerate(days, start=1):
        day.index = index


def _fit_seminar_to_days(session: Session) -> None:
    """The seminar runs from its first day to its last one."""
    seminar = session.get(Seminar, 1)
    first, last = session.exec(select(func.min(Day.date), func.max(Day.date))).one()
    if seminar is not None and first is not None:
        seminar.start_date, seminar.end_date = first, last

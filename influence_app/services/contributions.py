"""Contributions: live capture, then sorting (clusters, merges), promotion and carrying forward."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import insert
from sqlmodel import Session, SQLModel, col, func, select

from influence_app.domain.enums import ContributionKind, VoteTarget
from influence_app.domain.ids import new_id
from influence_app.domain.models import (
    ActionSource,
    AgendaSession,
    Contribution,
    FactorSource,
    GoalSource,
    Network,
    Participant,
)
from influence_app.i18n import _
from influence_app.services._crud import EntityService, load, next_sort_key
from influence_app.services._fields import (
    N_,
    Choice,
    Integer,
    LongText,
    Ref,
    Text,
    clean_fields,
    refuse,
)
from influence_app.services.actions import ActionService
from influence_app.services.factors import FactorService
from influence_app.services.goals import GoalService

_TITLE_MAX = 500
_TABLE = Contribution.__table__  # type: ignore[attr-defined]
_INSERT_COLUMNS = [column.name for column in _TABLE.columns if column.name != "sort_key"]
# Capture goes last: the next sort key is computed by the INSERT itself, so adding costs one
# statement and one commit (Core, not the ORM unit of work: this is the live capture's path).
_INSERT_LAST = (
    insert(_TABLE)
    .values(sort_key=select(func.coalesce(func.max(_TABLE.c.sort_key), 0) + 1).scalar_subquery())
    .returning(_TABLE.c.sort_key)
)
_CLUSTER = Text(N_("Groupe"))

# promote(to=…): the service creating the entity, its link back to the contribution, and
# what the new row gets besides its title.
_PROMOTIONS: dict[str, tuple[type[EntityService[Any]], type[SQLModel], str, dict[str, str]]] = {
    "goal": (GoalService, GoalSource, "goal_id", {}),
    "levier": (FactorService, FactorSource, "factor_id", {"kind": "levier"}),
    "frein": (FactorService, FactorSource, "factor_id", {"kind": "frein"}),
    "action": (ActionService, ActionSource, "action_id", {}),
}


@dataclass(frozen=True)
class ContributionFilter:
    """What the contribution list shows; None means "any"."""

    session_id: str | None = None
    day_id: str | None = None
    kind: str | None = None
    network_id: str | None = None
    cluster: str | None = None
    search: str | None = None  # a piece of the text, any case ("être" finds "Être")
    include_merged: bool = True


class ContributionService(EntityService[Contribution]):
    model = Contribution
    prefix = "con"
    what = N_("Contribution")
    vote_target = VoteTarget.CONTRIBUTION.value
    rules = {
        "session_id": Ref(N_("Séance"), required=True, model=AgendaSession),
        "text": LongText(N_("Texte"), required=True),
        "kind": Choice(N_("Nature"), required=True, choices=ContributionKind),
        "author_id": Ref(N_("Auteur"), model=Participant),
        "network_id": Ref(N_("Réseau"), model=Network),
        "table_no": Integer(N_("Table"), low=1),
        "round": Integer(N_("Tour"), low=1),
        "cluster": _CLUSTER,
    }

    def add(  # type: ignore[override]
        self,
        session_id: str,
        text: str,
        kind: str = ContributionKind.IDEE.value,
        network_id: str | None = None,
        author_id: str | None = None,
        table_no: int | None = None,
        round: int | None = None,  # noqa: A002  (the archive's name for a World Café round)
    ) -> Contribution:
        """Captures one contribution: one INSERT, one commit (the live capture's hot path).

        References are checked by the foreign keys; only a refusal looks up which one failed.
        """
        fields = {"session_id": session_id, "text": text, "kind": kind, "network_id": network_id}
        fields |= {"author_id": author_id, "table_no": table_no, "round": round}
        values = clean_fields(self.rules, fields, creating=True)

        def work(session: Session) -> Contribution:
            self._check(session, values, None)
            row = {column: values.get(column) for column in _INSERT_COLUMNS}
            row["id"] = new_id(self.prefix)
            row["sort_key"] = session.connection().execute(_INSERT_LAST, row).scalar_one()
            return Contribution(**row)

        return self.write(fields, work)

    def list_for_session(self, session_id: str) -> list[Contribution]:
        return self.list(ContributionFilter(session_id=session_id))

    def list(self, filters: ContributionFilter | None = None) -> list[Contribution]:
        """Contributions in capture order, narrowed by `filters`."""
        filters = filters or ContributionFilter()
        with self.document.reading() as session:
            statement = select(Contribution).where(*_conditions(filters))
            rows = list(session.exec(self._ordered(statement)))
        # SQLite's lower() knows ASCII only: "être" must find "Être", so compare in Python.
        needle = (filters.search or "").strip().casefold()
        return [row for row in rows if needle in row.text.casefold()]

    def list_parking(self) -> list[Contribution]:
        """The parking lot: questions set aside, across the whole seminar."""
        return self.list(ContributionFilter(kind=ContributionKind.PARKING.value))

    def set_cluster(self, contribution_ids: Iterable[str], label: str | None) -> list[Contribution]:
        """Places the contributions in the affinity group `label` (None or blank: no group)."""
        value = _CLUSTER.clean("cluster", label)
        with self.document.transaction() as session:
            rows = [self._load(session, item) for item in dict.fromkeys(contribution_ids)]
            for row in rows:
                row.cluster = value
            return rows

    def merge(self, survivor_id: str, absorbed_ids: Iterable[str]) -> Contribution:
        """Marks duplicates as merged into `survivor_id`; they are kept (annex, undo)."""
        with self.document.transaction() as session:
            survivor = self._load(session, survivor_id)
            absorbed = [self._load(session, item) for item in dict.fromkeys(absorbed_ids)]
            _check_merge(survivor, absorbed)
            for row in absorbed:
                row.merged_into_id = survivor_id
            return survivor

    def unmerge(self, contribution_id: str) -> Contribution:
        """Undoes a merge for one contribution: it stands on its own again."""
        with self.document.transaction() as session:
            row = self._load(session, contribution_id)
            row.merged_into_id = None
            return row

    def absorbed_by(self, survivor_id: str) -> list[Contribution]:
        """The duplicates merged into `survivor_id`."""
        with self.document.reading() as session:
            statement = select(Contribution).where(Contribution.merged_into_id == survivor_id)
            return list(session.exec(self._ordered(statement)))

    def promote(self, contribution_id: str, to: str, **overrides: Any) -> Any:
        """Creates a goal, lever ("levier"), obstacle ("frein") or action from the contribution's
        text, linked back to it; `overrides` set other fields. Undo: `unpromote`."""
        if to not in _PROMOTIONS:
            refuse("to", N_("Promouvoir en"), _("Valeur « {value} » inconnue.").format(value=to))
        service_class, link, link_field, extra = _PROMOTIONS[to]
        service = service_class(self.document)

        def work(session: Session) -> Any:
            contribution = self._load(session, contribution_id)
            fields = {**_prefill(contribution.text), **extra, **overrides}
            entity = service.add_in(session, fields)
            session.add(link(contribution_id=contribution_id, **{link_field: entity.id}))
            return entity

        return service.write(overrides, work)

    def unpromote(self, to: str, entity_id: str) -> None:
        """Deletes what `promote` created (the contribution itself stays)."""
        if to not in _PROMOTIONS:
            refuse("to", N_("Promouvoir en"), _("Valeur « {value} » inconnue.").format(value=to))
        _PROMOTIONS[to][0](self.document).delete(entity_id)

    def carry_forward(
        self, contribution_ids: Iterable[str], to_session_id: str
    ) -> list[Contribution]:
        """Copies the contributions into another session (the originals stay where they were
        said); returns the copies. Undo: delete the copies."""
        with self.document.transaction() as session:
            load(session, AgendaSession, N_("Séance"), to_session_id)
            originals = [self._load(session, item) for item in dict.fromkeys(contribution_ids)]
            key = next_sort_key(session, Contribution)
            copies = [_copy(row, to_session_id, key + n) for n, row in enumerate(originals)]
            session.add_all(copies)
            return copies

    def _siblings(self, entity: Contribution) -> Any:
        return select(Contribution).where(Contribution.session_id == entity.session_id)

    def _check(self, session: Session, values: dict[str, Any], entity: Any) -> None:
        """A contribution by a known author counts for the author's network."""
        author_id = values.get("author_id")
        current = values.get("network_id", entity.network_id if entity else None)
        if author_id and current is None:
            author = session.get(Participant, author_id)
            values["network_id"] = author.network_id if author else None
        if entity is None:
            values["created_at"] = _now()


def _conditions(filters: ContributionFilter) -> list[Any]:
    wanted = [
        (Contribution.session_id, filters.session_id),
        (Contribution.kind, filters.kind),
        (Contribution.network_id, filters.network_id),
        (Contribution.cluster, filters.cluster),
    ]
    conditions: list[Any] = [column == value for column, value in wanted if value]
    if filters.day_id:
        in_day = select(AgendaSession.id).where(AgendaSession.day_id == filters.day_id)
        conditions.append(col(Contribution.session_id).in_(in_day))
    if not filters.include_merged:
        conditions.append(col(Contribution.merged_into_id).is_(None))
    return conditions


def _check_merge(survivor: Contribution, absorbed: list[Contribution]) -> None:
    if not absorbed:
        refuse("absorbed_ids", N_("Doublons"), _("Choisissez au moins une autre contribution."))
    if survivor.merged_into_id is not None:
        reason = _("« {value} » est elle-même fusionnée dans une autre contribution.")
        refuse("survivor_id", N_("Contribution retenue"), reason.format(value=survivor.id))
    for row in absorbed:
        if row.id == survivor.id:
            reason = _("Une contribution ne peut pas être fusionnée avec elle-même.")
            refuse("absorbed_ids", N_("Doublons"), reason)
        if row.merged_into_id is not None:
            reason = _("« {value} » est déjà fusionnée : défaites d'abord cette fusion.")
            refuse("absorbed_ids", N_("Doublons"), reason.format(value=row.id))


def _prefill(text: str) -> dict[str, Any]:
    """Title from the first line of the text; the whole text as description when longer."""
    first_line = text.strip().splitlines()[0].strip() if text.strip() else ""
    title = first_line if len(first_line) <= _TITLE_MAX else first_line[: _TITLE_MAX - 1] + "…"
    return {"title": title, "description": text if text.strip() != title else None}


def _copy(original: Contribution, session_id: str, sort_key: int) -> Contribution:
    return Contribution(
        id=new_id(ContributionService.prefix),
        session_id=session_id,
        text=original.text,
        kind=original.kind,
        author_id=original.author_id,
        network_id=original.network_id,
        created_at=_now(),
        sort_key=sort_key,
    )


def _now() -> str:
    return dt.datetime.now().astimezone().isoformat(timespec="seconds")

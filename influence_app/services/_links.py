"""Link tables (goal↔network, stakeholder↔goal…): replace a set, or set one valued cell."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete as sql_delete
from sqlmodel import Session, SQLModel, col, select

from influence_app.i18n import _
from influence_app.services._fields import refuse


@dataclass(frozen=True)
class Link:
    """`table` joins an owner row (`owner` column) to rows of `other` (`other_column`)."""

    table: type[SQLModel]
    owner: str
    other_column: str
    other: Any  # the model the other column points at
    name: str  # French name of the linked things, for messages, e.g. "Réseaux"

    def ids(self, session: Session, owner_id: str) -> list[str]:
        """Linked ids, in the order of the linked rows."""
        other_id = getattr(self.table, self.other_column)
        statement = (
            select(other_id)
            .join(self.other, self.other.id == other_id)
            .where(getattr(self.table, self.owner) == owner_id)
        )
        return list(session.exec(statement.order_by(self.other.sort_key, self.other.id)))

    def replace(self, session: Session, owner_id: str, other_ids: Iterable[str]) -> list[str]:
        """The owner is linked to exactly `other_ids` afterwards; returns them in order."""
        wanted = list(dict.fromkeys(other_ids))
        self.check_exist(session, wanted)
        session.exec(sql_delete(self.table).where(getattr(self.table, self.owner) == owner_id))
        for other_id in wanted:
            session.add(self.table(**{self.owner: owner_id, self.other_column: other_id}))
        session.flush()
        return self.ids(session, owner_id)

    def put(self, session: Session, owner_id: str, other_id: str, **value: Any) -> None:
        """Sets the valued cell (owner, other); a None value removes it."""
        self.check_exist(session, [other_id])
        key = {self.owner: owner_id, self.other_column: other_id}
        row = session.get(self.table, key)
        if None in value.values():
            if row is not None:
                session.delete(row)
        elif row is None:
            session.add(self.table(**key, **value))
        else:
            for field, item in value.items():
                setattr(row, field, item)
        session.flush()

    def values(self, session: Session, owner_id: str, field: str) -> dict[str, Any]:
        """{other id: value} of the owner's valued cells, in the order of the linked rows."""
        rows = session.exec(select(self.table).where(getattr(self.table, self.owner) == owner_id))
        by_id = {getattr(row, self.other_column): getattr(row, field) for row in rows}
        return {other_id: by_id[other_id] for other_id in self.ids(session, owner_id)}

    def check_exist(self, session: Session, other_ids: list[str]) -> None:
        found = set(session.exec(select(self.other.id).where(col(self.other.id).in_(other_ids))))
        for other_id in other_ids:
            if other_id not in found:
                reason = _("« {value} » n'existe pas.").format(value=other_id)
                refuse(self.other_column, self.name, reason)

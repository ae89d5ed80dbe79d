"""Generic list/get/add/update/delete/move over one table, specialised by each entity service."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, ClassVar, Generic, TypeVar

from pydantic_core import PydanticUndefined
from sqlalchemy import delete as sql_delete
from sqlalchemy import func
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, SQLModel, col, select

from influence_app.domain.ids import new_id
from influence_app.domain.models import Vote, VoteRound
from influence_app.i18n import _, ngettext
from influence_app.services._fields import N_, Ref, Rules, clean_fields
from influence_app.services.errors import InUse, NotFound
from influence_app.storage.document import Document

T = TypeVar("T", bound=SQLModel)
R = TypeVar("R")

# French names of the things that can keep a row from being deleted (keys of InUse.dependents).
_DEPENDENT_NAMES = {
    "participants": (N_("{n} participant"), N_("{n} participants")),
    "contributions": (N_("{n} contribution"), N_("{n} contributions")),
    "votes": (N_("{n} vote"), N_("{n} votes")),
    "factors": (N_("{n} levier ou frein"), N_("{n} leviers ou freins")),
}


def in_use(dependents: dict[str, int]) -> InUse:
    """InUse whose message lists what still refers to the row, e.g. "3 participants"."""
    counts = {key: count for key, count in dependents.items() if count}
    details = ", ".join(
        ngettext(*_DEPENDENT_NAMES[key], n).format(n=n) for key, n in counts.items()
    )
    message = _("Suppression impossible : encore utilisé par {details}.").format(details=details)
    return InUse(message, counts)


def next_sort_key(session: Session, model: Any) -> int:
    return int(session.exec(select(func.max(model.sort_key))).one() or 0) + 1


def count(session: Session, model: Any, *conditions: Any) -> int:
    return int(session.exec(select(func.count()).select_from(model).where(*conditions)).one())


def load(session: Session, model: type[T], what: str, entity_id: object) -> T:
    entity = session.get(model, entity_id)
    if entity is None:
        raise NotFound(_(what), entity_id)
    return entity


def reorder(items: Sequence[Any], moved: Any, new_index: int, attribute: str = "sort_key") -> None:
    """Put `moved` at `new_index` (0-based, clamped) among `items`, reusing their keys."""
    order = [item for item in items if item is not moved]
    order.insert(max(0, min(new_index, len(order))), moved)
    keys = sorted(getattr(item, attribute) for item in items)
    if len(set(keys)) < len(keys):  # imported rows may share a key: spread them out
        keys = list(range(keys[0], keys[0] + len(keys)))
    for item, key in zip(order, keys, strict=True):
        setattr(item, attribute, key)


class EntityService(Generic[T]):
    """CRUD of one table; subclasses set the class attributes and add their own rules."""

    model: ClassVar[type[Any]]
    prefix: ClassVar[str]
    what: ClassVar[str]  # French noun for "not found" messages, e.g. "Réseau"
    rules: ClassVar[Rules]
    vote_target: ClassVar[str | None] = None  # VoteRound.target whose votes name these rows

    def __init__(self, document: Document) -> None:
        self.document = document

    def list(self) -> list[T]:
        with self.document.reading() as session:
            return list(session.exec(self._ordered(select(self.model))))

    def get(self, entity_id: str) -> T:
        with self.document.reading() as session:
            return self._load(session, entity_id)

    def add(self, **fields: Any) -> T:
        return self.write(fields, lambda session: self.add_in(session, fields))

    def add_in(self, session: Session, fields: dict[str, Any]) -> T:
        """`add` inside a caller's transaction, for use cases that create several rows."""
        given = {**self._model_defaults(), **self._defaults(session, fields), **fields}
        values = clean_fields(self.rules, given, creating=True)
        self._check(session, values, None)
        entity = self.model(id=new_id(self.prefix), **values)
        entity.sort_key = next_sort_key(session, self.model)
        session.add(entity)
        session.flush()
        self._settle(session, entity, values)
        return entity  # type: ignore[no-any-return]

    def update(self, entity_id: str, **fields: Any) -> T:
        values = clean_fields(self.rules, fields, creating=False)

        def work(session: Session) -> T:
            entity = self._load(session, entity_id)
            self._check(session, values, entity)
            for field, value in values.items():
                setattr(entity, field, value)
            session.flush()
            self._settle(session, entity, values)
            return entity

        return self.write(values, work)

    def delete(self, entity_id: str, force: bool = False) -> None:
        """Refuses (InUse) when votes name the row, unless `force` deletes them too."""
        with self.document.transaction() as session:
            entity = self._load(session, entity_id)
            self._before_delete(session, entity, force)
            session.delete(entity)
            session.flush()
            self._settle(session, entity, {})

    def move(self, entity_id: str, new_index: int) -> list[T]:
        """Moves the row to `new_index` (0-based) among its siblings; returns them in order."""
        with self.document.transaction() as session:
            entity = self._load(session, entity_id)
            siblings = list(session.exec(self._ordered(self._siblings(entity))))
            reorder(siblings, entity, new_index)
            session.flush()
            self._settle(session, entity, {"sort_key": entity.sort_key})
            return sorted(siblings, key=lambda item: item.sort_key)

    # Hooks for subclasses.

    def _defaults(self, session: Session, fields: dict[str, Any]) -> dict[str, Any]:
        """Values a new row gets when the caller gives none (may depend on the document)."""
        return {}

    def _model_defaults(self) -> dict[str, Any]:
        """The table's own defaults (e.g. status "candidat") for the fields the user edits."""
        fields = self.model.model_fields
        return {
            name: fields[name].default
            for name in self.rules
            if name in fields and fields[name].default not in (None, PydanticUndefined)
        }

    def _check(self, session: Session, values: dict[str, Any], entity: T | None) -> None:
        """Rules that need the database or several fields at once (`entity` None: adding)."""

    def _settle(self, session: Session, entity: T, changed: dict[str, Any]) -> None:
        """Keeps derived data in step after a change, in the same transaction."""

    def _before_delete(self, session: Session, entity: T, force: bool) -> None:
        self._clear_votes(session, entity.id, force)  # type: ignore[attr-defined]

    def _siblings(self, entity: T) -> Any:
        return select(self.model)

    def _ordered(self, statement: Any) -> Any:
        return statement.order_by(self.model.sort_key, self.model.id)

    # Helpers.

    def _load(self, session: Session, entity_id: str) -> T:
        return load(session, self.model, self.what, entity_id)

    def write(self, values: dict[str, Any], work: Callable[[Session], R]) -> R:
        """Runs `work` in one transaction; a broken reference is reported on its field."""
        try:
            with self.document.transaction() as session:
                return work(session)
        except IntegrityError:
            self._explain(values)
            raise

    def _explain(self, values: dict[str, Any]) -> None:
        """Raises ValidationError on the first field naming a row that does not exist."""
        with self.document.reading() as session:
            for field, value in values.items():
                rule = self.rules.get(field)
                absent = value is not None and isinstance(rule, Ref)
                if absent and session.get(rule.model, value) is None:  # type: ignore[union-attr]
                    rule.missing(field, value)  # type: ignore[union-attr]

    def _clear_votes(self, session: Session, item_id: str, force: bool) -> None:
        if self.vote_target is None:
            return
        votes = count(session, Vote, *votes_on(self.vote_target, [item_id]))
        if votes and not force:
            raise in_use({"votes": votes})
        delete_votes_on(session, self.vote_target, [item_id])


def votes_on(target: str, item_ids: Any) -> tuple[Any, ...]:
    """Conditions selecting the votes cast on `item_ids` (a list or a subquery) of `target`."""
    rounds = select(VoteRound.id).where(VoteRound.target == target)
    return (col(Vote.item_id).in_(item_ids), col(Vote.round_id).in_(rounds))


def delete_votes_on(session: Session, target: str, item_ids: Any) -> None:
    """Votes name their item without a foreign key: they go with it, or exports would break."""
    session.exec(sql_delete(Vote).where(*votes_on(target, item_ids)))

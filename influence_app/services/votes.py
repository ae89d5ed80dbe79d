"""Dot-voting rounds: set them up, take typed votes and paper dots, close them, rank the items."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from enum import Enum
from typing import Any, NoReturn, TypeVar

from sqlalchemy import func
from sqlmodel import Session, SQLModel, col, select

from influence_app.domain import validation as checks
from influence_app.domain import voting
from influence_app.domain.enums import Role, VoteSource, VoteTarget, Weighting
from influence_app.domain.ids import new_id
from influence_app.domain.models import (
    Action,
    AgendaSession,
    Contribution,
    Factor,
    Goal,
    Participant,
    Vote,
    VoteRound,
)
from influence_app.domain.voting import BallotLine, RoundResult, Voter
from influence_app.i18n import _
from influence_app.services.errors import NotFound, ValidationError
from influence_app.storage.document import Document

T = TypeVar("T")

MAX_POINTS = 100  # archive v1: points_per_participant ≤ 100
MAX_PAPER_DOTS = 10_000
_NOT_VOTERS = (Role.FACILITATEUR, Role.OBSERVATEUR)

# What each target votes on, and the column that names the item to the room.
_TARGETS: dict[str, tuple[type[SQLModel], str]] = {
    VoteTarget.GOAL: (Goal, "title"),
    VoteTarget.FACTOR: (Factor, "title"),
    VoteTarget.ACTION: (Action, "title"),
    VoteTarget.CONTRIBUTION: (Contribution, "text"),
}


class _Unset:
    """Marks an argument left out of `update_round` (None is a real value for the cap)."""


UNSET: Any = _Unset()


class VoteService:
    """Use cases of the `vote_a_points` method over one open document."""

    def __init__(self, document: Document) -> None:
        self.document = document

    # ------------------------------------------------------------ rounds

    def list_rounds(self, session_id: str | None = None) -> list[VoteRound]:
        """Rounds in their order; only those of one agenda session when `session_id` is given."""
        statement = select(VoteRound).order_by(col(VoteRound.sort_key), col(VoteRound.id))
        if session_id is not None:
            statement = statement.where(VoteRound.session_id == session_id)
        with self._reading() as session:
            return list(session.exec(statement))

    def get_round(self, round_id: str) -> VoteRound:
        with self._reading() as session:
            return _load_round(session, round_id)

    def create_round(
        self,
        label: str,
        target: str,
        points_per_participant: int,
        max_points_per_item: int | None = None,
        weighting: str = Weighting.AUCUNE,
        session_id: str | None = None,
    ) -> VoteRound:
        values = _round_values(
            label=label,
            target=target,
            points_per_participant=points_per_participant,
            max_points_per_item=max_points_per_item,
            weighting=weighting,
            session_id=session_id,
        )
        with self.document.transaction() as session:
            _check_session(session, values["session_id"])
            next_key = session.exec(select(func.max(VoteRound.sort_key))).one() or 0
            vote_round = VoteRound(id=new_id("vot"), sort_key=next_key + 1, **values)
            session.add(vote_round)
            return vote_round

    def update_round(
        self,
        round_id: str,
        *,
        label: Any = UNSET,
        target: Any = UNSET,
        points_per_participant: Any = UNSET,
        max_points_per_item: Any = UNSET,
        weighting: Any = UNSET,
        session_id: Any = UNSET,
    ) -> VoteRound:
        """Changes the fields given; a closed round keeps its rules, a voted one its target."""
        given = {
            "label": label,
            "target": target,
            "points_per_participant": points_per_participant,
            "max_points_per_item": max_points_per_item,
            "weighting": weighting,
            "session_id": session_id,
        }
        values = _round_values(**{name: v for name, v in given.items() if v is not UNSET})
        with self.document.transaction() as session:
            vote_round = _load_round(session, round_id)
            _check_round_change(session, vote_round, values)
            for name, value in values.items():
                setattr(vote_round, name, value)
            session.add(vote_round)
            return vote_round

    def delete_round(self, round_id: str) -> None:
        """Deletes the round and its votes (the database cascades them)."""
        with self.document.transaction() as session:
            session.delete(_load_round(session, round_id))

    def close(self, round_id: str) -> VoteRound:
        return self._set_closed(round_id, True)

    def reopen(self, round_id: str) -> VoteRound:
        return self._set_closed(round_id, False)

    # ------------------------------------------------------------ votes

    def votes(self, round_id: str) -> list[Vote]:
        """Every vote line of the round, in the order they were entered."""
        with self._reading() as session:
            _load_round(session, round_id)
            return _round_votes(session, round_id)

    def remaining_points(self, round_id: str, participant_id: str) -> int:
        with self._reading() as session:
            vote_round = _load_round(session, round_id)
            lines = _lines(_round_votes(session, round_id))
            return voting.remaining_points(lines, participant_id, vote_round.points_per_participant)

    def cast(self, round_id: str, participant_id: str, item_id: str, points: int) -> Vote:
        """Adds a participant's points to an item (their line on it grows); quotas enforced."""
        points = _points("points", _("Points"), points, 1, MAX_POINTS)
        with self.document.transaction() as session:
            ballot = _Ballot.open(session, round_id, item_id)
            participant = _load(session, Participant, _("Participant"), participant_id)
            ballot.check(ballot.votes, points, participant)
            mine = ballot.lines_of(participant_id, VoteSource.SAISIE)
            vote = ballot.replace(mine, sum(v.points for v in mine) + points, participant)
            assert vote is not None  # at least 1 point was added
            return vote

    def set_participant_points(
        self, round_id: str, participant_id: str, item_id: str, points: int
    ) -> Vote | None:
        """Grid cell edit: the participant's points on the item become `points`; 0 removes them."""
        points = _points("points", _("Points"), points, 0, MAX_POINTS)
        with self.document.transaction() as session:
            ballot = _Ballot.open(session, round_id, item_id)
            participant = _load(session, Participant, _("Participant"), participant_id)
            mine = ballot.lines_of(participant_id, VoteSource.SAISIE)
            if points:
                replaced = {vote.id for vote in mine}
                others = [vote for vote in ballot.votes if vote.id not in replaced]
                ballot.check(others, points, participant)
            return ballot.replace(mine, points, participant)

    def set_paper_dots(self, round_id: str, item_id: str, total: int) -> Vote | None:
        """The count of paper dots on an item, one line per item; 0 removes it."""
        total = _points("total", _("Gommettes"), total, 0, MAX_PAPER_DOTS)
        with self.document.transaction() as session:
            ballot = _Ballot.open(session, round_id, item_id)
            return ballot.replace(ballot.lines_of(None, VoteSource.PAPIER), total, None)

    # ------------------------------------------------------------ results

    def results(self, round_id: str) -> RoundResult:
        """Items ranked, raw and weighted, ties flagged, and who has not voted yet."""
        with self._reading() as session:
            vote_round = _load_round(session, round_id)
            resolve = _resolver(session, vote_round.target)
            participants = list(session.exec(_ordered_participants()))
            return voting.round_result(
                lines=_lines(_round_votes(session, round_id)),
                items=_items(session, vote_round.target, resolve),
                weighting=vote_round.weighting,
                participant_networks={p.id: p.network_id for p in participants},
                expected_voters=[Voter(p.id, p.name) for p in participants if _votes(p)],
                resolve=resolve,
            )

    # ------------------------------------------------------------ helpers

    def _set_closed(self, round_id: str, closed: bool) -> VoteRound:
        with self.document.transaction() as session:
            vote_round = _load_round(session, round_id)
            vote_round.closed = closed
            session.add(vote_round)
            return vote_round

    @contextmanager
    def _reading(self) -> Iterator[Session]:
        # Not Document.reading(): its rollback expires the rows we hand back to the caller.
        with Session(self.document.engine, expire_on_commit=False) as session:
            yield session


class _Ballot:
    """One open round and one item being voted on, inside a write transaction."""

    def __init__(self, session: Session, vote_round: VoteRound, item_id: str) -> None:
        self.session = session
        self.round = vote_round
        self.resolve = _resolver(session, vote_round.target)
        self.item_id = self.resolve(item_id)  # a merged contribution's votes go to its survivor
        self.votes = _round_votes(session, vote_round.id)

    @classmethod
    def open(cls, session: Session, round_id: str, item_id: str) -> _Ballot:
        vote_round = _load_round(session, round_id)
        if vote_round.closed:
            message = _("Le vote « {label} » est clos : rouvrez-le pour le modifier.")
            raise ValidationError("closed", message.format(label=vote_round.label))
        _check_item(session, vote_round.target, item_id)
        return cls(session, vote_round, item_id)

    def lines_of(self, participant_id: str | None, source: str) -> list[Vote]:
        """This item's lines of one participant (or of nobody) and one source."""
        return [
            vote
            for vote in self.votes
            if vote.participant_id == participant_id
            and vote.source == source
            and self.resolve(vote.item_id) == self.item_id
        ]

    def check(self, kept: list[Vote], points: int, participant: Participant) -> None:
        """Refuses `points` more from the participant on the item, beside the `kept` lines."""
        line = BallotLine(
            self.item_id, points, participant.id, participant.network_id, VoteSource.SAISIE
        )
        problem = voting.check_ballot(
            _lines(kept),
            line,
            self.round.points_per_participant,
            self.round.max_points_per_item,
            participant.name,
            self.resolve,
        )
        if problem is not None:
            raise ValidationError(problem.field, problem.message)

    def replace(self, old: list[Vote], points: int, participant: Participant | None) -> Vote | None:
        """Makes `old` one line of `points` on the item (none when 0), keeping its place."""
        keep, extra = (old[0], old[1:]) if old and points else (None, old)
        for vote in extra:
            self.session.delete(vote)
        if not points:
            return None
        vote = keep or Vote(round_id=self.round.id, item_id=self.item_id, points=points)
        vote.item_id, vote.points = self.item_id, points
        vote.participant_id = participant.id if participant else None
        vote.network_id = participant.network_id if participant else None
        vote.source = VoteSource.SAISIE if participant else VoteSource.PAPIER
        self.session.add(vote)
        self.session.flush()
        return vote


# ---------------------------------------------------------------- validation


def _refuse(field: str, name: str, error: checks.DomainValidationError) -> NoReturn:
    """ValidationError reading "Libellé : ce champ est obligatoire." (field name, then why)."""
    reason = error.message
    reason = reason[:1].lower() + reason[1:] if reason[1:2].islower() else reason
    raise ValidationError(field, _("{name} : {reason}").format(name=name, reason=reason)) from error


def _checked(field: str, name: str, check: Callable[..., T], *args: Any) -> T:
    try:
        return check(field, *args)
    except checks.DomainValidationError as error:
        _refuse(field, name, error)


def _points(field: str, name: str, value: object, low: int, high: int) -> int:
    checked = _checked(field, name, checks.check_range, value, low, high, True)
    assert checked is not None  # required=True
    return checked


def N_(message: str) -> str:  # noqa: N802  (the gettext marker's usual name)
    """Marks a message for extraction; it is translated with `_` when shown."""
    return message


# Round fields: the name the user sees next to each, the domain check and its extra arguments.
_ROUND_FIELDS: dict[str, tuple[str, Callable[..., Any], tuple[Any, ...]]] = {
    "label": (N_("Libellé"), checks.check_label, ()),
    "target": (N_("Objet du vote"), checks.check_enum, (VoteTarget,)),
    "points_per_participant": (
        N_("Points par personne"),
        checks.check_range,
        (1, MAX_POINTS, True),
    ),
    "max_points_per_item": (N_("Points au plus par élément"), checks.check_range, (1, MAX_POINTS)),
    "weighting": (N_("Pondération"), checks.check_enum, (Weighting,)),
}


def _round_values(**fields: Any) -> dict[str, Any]:
    """Checked values of the round fields given (a subset when updating)."""
    values: dict[str, Any] = {}
    for field, value in fields.items():
        if field == "session_id":
            values[field] = value or None  # its existence is checked inside the transaction
            continue
        name, check, args = _ROUND_FIELDS[field]
        checked = _checked(field, _(name), check, value, *args)
        # Enum columns store the plain code.
        values[field] = checked.value if isinstance(checked, Enum) else checked
    return values


def _check_round_change(session: Session, vote_round: VoteRound, values: dict[str, Any]) -> None:
    rules = {"target", "points_per_participant", "max_points_per_item", "weighting"}
    changed = {name for name in rules & values.keys() if getattr(vote_round, name) != values[name]}
    if vote_round.closed and changed:
        message = _("Le vote « {label} » est clos : rouvrez-le pour changer ses règles.")
        raise ValidationError(sorted(changed)[0], message.format(label=vote_round.label))
    if "target" in changed and _round_votes(session, vote_round.id):
        message = _("Des points ont déjà été donnés : l'objet du vote ne peut plus changer.")
        raise ValidationError("target", message)
    if "session_id" in values:
        _check_session(session, values["session_id"])


def _check_session(session: Session, session_id: str | None) -> None:
    if session_id is not None and session.get(AgendaSession, session_id) is None:
        message = _("Séance : « {value} » n'existe pas.").format(value=session_id)
        raise ValidationError("session_id", message)


def _check_item(session: Session, target: str, item_id: str) -> None:
    model, _column = _TARGETS[target]
    if session.get(model, item_id) is None:
        message = _("Élément voté : « {value} » n'existe pas.").format(value=item_id)
        raise ValidationError("item_id", message)


# ---------------------------------------------------------------- queries


def _load(session: Session, model: type[T], what: str, identifier: str) -> T:
    entity = session.get(model, identifier)
    if entity is None:
        raise NotFound(what, identifier)
    return entity


def _load_round(session: Session, round_id: str) -> VoteRound:
    return _load(session, VoteRound, _("Vote"), round_id)


def _round_votes(session: Session, round_id: str) -> list[Vote]:
    statement = select(Vote).where(Vote.round_id == round_id).order_by(col(Vote.id))
    return list(session.exec(statement))


def _lines(votes: list[Vote]) -> list[BallotLine]:
    return [
        BallotLine(v.item_id, v.points, v.participant_id, v.network_id, v.source) for v in votes
    ]


def _resolver(session: Session, target: str) -> voting.Resolver:
    """Survivor of merges for contribution rounds; the item itself for every other target."""
    if target != VoteTarget.CONTRIBUTION:
        return lambda item_id: item_id
    rows = session.exec(select(Contribution.id, Contribution.merged_into_id))
    return voting.merged_resolver(dict(rows.all()))


def _items(session: Session, target: str, resolve: voting.Resolver) -> list[tuple[str, str]]:
    """(id, title) of what the round ranks, in display order; merged duplicates left out."""
    model, column = _TARGETS[target]
    statement = select(model).order_by(col(model.sort_key), col(model.id))  # type: ignore[attr-defined]
    rows = session.exec(statement)
    return [(row.id, getattr(row, column)) for row in rows if resolve(row.id) == row.id]


def _ordered_participants() -> Any:
    return select(Participant).order_by(col(Participant.sort_key), col(Participant.name))


def _votes(participant: Participant) -> bool:
    """Expected to vote: a network's representative, not the facilitation team or observers."""
    return participant.network_id is not None and participant.role not in _NOT_VOTERS

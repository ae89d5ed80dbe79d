"""SQLModel tables of one seminar document, mirroring archive v1 collections."""

# No `from __future__ import annotations` here: SQLModel would then turn each of the ~150
# field annotations from a string back into a type at import, about 20 ms of every start.
import datetime as dt
from typing import Optional

from sqlalchemy import JSON, Column
from sqlmodel import Field, SQLModel

# Ids are short strings: archive ids are kept verbatim so export -> import -> export is stable.
# Top-level collections carry `sort_key` so their order survives a round trip and can be edited.
# Enum-valued columns are plain strings holding the codes of domain.enums (validated by services).


def _fk(target: str, ondelete: str, nullable: bool = True) -> Optional[str]:
    return Field(default=None, foreign_key=target, ondelete=ondelete, nullable=nullable, index=True)


class Seminar(SQLModel, table=True):
    id: int = Field(default=1, primary_key=True)
    title: str
    programme: Optional[str] = None
    organiser: Optional[str] = None
    location: Optional[str] = None
    start_date: dt.date
    end_date: dt.date
    context: Optional[str] = None
    language: str = "fr"
    anonymous_authors: bool = True


class Day(SQLModel, table=True):
    id: str = Field(primary_key=True)
    index: int
    date: dt.date
    theme: Optional[str] = None
    sort_key: int = 0


class AgendaSession(SQLModel, table=True):
    __tablename__ = "agenda_session"
    id: str = Field(primary_key=True)
    day_id: str = Field(foreign_key="day.id", ondelete="RESTRICT", index=True)
    position: int
    start_time: str  # "HH:MM"
    duration_min: int
    title: str
    method: Optional[str] = None
    objective: Optional[str] = None
    status: str = "prevue"
    sort_key: int = 0


class Network(SQLModel, table=True):
    id: str = Field(primary_key=True)
    name: str
    acronym: Optional[str] = None
    kind: str
    sector: Optional[str] = None
    member_count: Optional[int] = None
    functions: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    description: Optional[str] = None
    sort_key: int = 0


class Participant(SQLModel, table=True):
    id: str = Field(primary_key=True)
    name: str
    network_id: Optional[str] = _fk("network.id", "RESTRICT")
    role: str
    job_title: Optional[str] = None
    named_in_report: bool = False
    sort_key: int = 0


class Attendance(SQLModel, table=True):
    participant_id: str = Field(foreign_key="participant.id", ondelete="CASCADE", primary_key=True)
    day_id: str = Field(foreign_key="day.id", ondelete="CASCADE", primary_key=True)


class Category(SQLModel, table=True):
    id: str = Field(primary_key=True)
    kind: str  # levier | frein
    code: Optional[str] = None
    label: str
    scope: Optional[str] = None
    description: Optional[str] = None
    sort_key: int = 0


class Contribution(SQLModel, table=True):
    id: str = Field(primary_key=True)
    session_id: str = Field(foreign_key="agenda_session.id", ondelete="RESTRICT", index=True)
    text: str
    kind: str = "idee"
    author_id: Optional[str] = _fk("participant.id", "SET NULL")
    network_id: Optional[str] = _fk("network.id", "SET NULL")
    table_no: Optional[int] = None
    round: Optional[int] = None
    cluster: Optional[str] = None
    merged_into_id: Optional[str] = _fk("contribution.id", "SET NULL")
    created_at: Optional[str] = None  # ISO 8601 instant with offset, kept verbatim
    sort_key: int = Field(default=0, index=True)


class Goal(SQLModel, table=True):
    id: str = Field(primary_key=True)
    title: str
    description: Optional[str] = None
    finality: Optional[str] = None
    status: str = "candidat"
    sort_key: int = 0


class GoalNetwork(SQLModel, table=True):
    __tablename__ = "goal_network"
    goal_id: str = Field(foreign_key="goal.id", ondelete="CASCADE", primary_key=True)
    network_id: str = Field(foreign_key="network.id", ondelete="CASCADE", primary_key=True)
    involvement: str  # porte | soutient | interesse


class GoalSource(SQLModel, table=True):
    __tablename__ = "goal_source"
    goal_id: str = Field(foreign_key="goal.id", ondelete="CASCADE", primary_key=True)
    contribution_id: str = Field(
        foreign_key="contribution.id", ondelete="CASCADE", primary_key=True
    )


class Factor(SQLModel, table=True):
    id: str = Field(primary_key=True)
    kind: str  # levier | frein
    goal_id: Optional[str] = _fk("goal.id", "SET NULL")
    title: str
    description: Optional[str] = None
    category_id: Optional[str] = _fk("category.id", "SET NULL")
    strength: Optional[int] = None
    controllability: Optional[int] = None
    functions: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    sort_key: int = 0


class FactorNetwork(SQLModel, table=True):
    __tablename__ = "factor_network"
    factor_id: str = Field(foreign_key="factor.id", ondelete="CASCADE", primary_key=True)
    network_id: str = Field(foreign_key="network.id", ondelete="CASCADE", primary_key=True)
    mastery: int  # 0 none .. 3 strong


class FactorSource(SQLModel, table=True):
    __tablename__ = "factor_source"
    factor_id: str = Field(foreign_key="factor.id", ondelete="CASCADE", primary_key=True)
    contribution_id: str = Field(
        foreign_key="contribution.id", ondelete="CASCADE", primary_key=True
    )


class Stakeholder(SQLModel, table=True):
    id: str = Field(primary_key=True)
    name: str
    type: Optional[str] = None
    level: Optional[str] = None
    power: Optional[int] = None
    interest: Optional[int] = None
    stance: Optional[int] = None
    desired_stance: Optional[int] = None
    notes: Optional[str] = None
    sort_key: int = 0


class StakeholderGoal(SQLModel, table=True):
    __tablename__ = "stakeholder_goal"
    stakeholder_id: str = Field(foreign_key="stakeholder.id", ondelete="CASCADE", primary_key=True)
    goal_id: str = Field(foreign_key="goal.id", ondelete="CASCADE", primary_key=True)


class StakeholderAccess(SQLModel, table=True):
    __tablename__ = "stakeholder_access"
    stakeholder_id: str = Field(foreign_key="stakeholder.id", ondelete="CASCADE", primary_key=True)
    network_id: str = Field(foreign_key="network.id", ondelete="CASCADE", primary_key=True)


class VoteRound(SQLModel, table=True):
    __tablename__ = "vote_round"
    id: str = Field(primary_key=True)
    session_id: Optional[str] = _fk("agenda_session.id", "SET NULL")
    label: str
    target: str  # goal | factor | action | contribution
    points_per_participant: int
    max_points_per_item: Optional[int] = None
    weighting: str = "aucune"
    closed: bool = False
    sort_key: int = 0


class Vote(SQLModel, table=True):
    # Votes have no archive id; the autoincrement key keeps their order.
    id: Optional[int] = Field(default=None, primary_key=True)
    round_id: str = Field(foreign_key="vote_round.id", ondelete="CASCADE", index=True)
    item_id: str  # id in the collection the round's target names
    points: int
    participant_id: Optional[str] = _fk("participant.id", "SET NULL")
    network_id: Optional[str] = _fk("network.id", "SET NULL")
    source: str = "saisie"


class Assessment(SQLModel, table=True):
    network_id: str = Field(foreign_key="network.id", ondelete="CASCADE", primary_key=True)
    criterion: str = Field(primary_key=True)
    score: int
    comment: Optional[str] = None
    sort_key: int = 0


class Action(SQLModel, table=True):
    id: str = Field(primary_key=True)
    title: str
    description: Optional[str] = None
    goal_id: Optional[str] = _fk("goal.id", "SET NULL")
    factor_id: Optional[str] = _fk("factor.id", "SET NULL")
    stakeholder_id: Optional[str] = _fk("stakeholder.id", "SET NULL")
    owner_id: Optional[str] = _fk("participant.id", "SET NULL")
    lead_network_id: Optional[str] = _fk("network.id", "SET NULL")
    due_date: Optional[dt.date] = None
    indicator: Optional[str] = None
    impact: Optional[int] = None
    effort: Optional[int] = None
    status: str = "a_faire"
    sort_key: int = 0


class ActionNetwork(SQLModel, table=True):
    __tablename__ = "action_network"
    action_id: str = Field(foreign_key="action.id", ondelete="CASCADE", primary_key=True)
    network_id: str = Field(foreign_key="network.id", ondelete="CASCADE", primary_key=True)


class ActionSource(SQLModel, table=True):
    """Contribution an action was promoted from (not carried by archive v1)."""

    __tablename__ = "action_source"
    action_id: str = Field(foreign_key="action.id", ondelete="CASCADE", primary_key=True)
    contribution_id: str = Field(
        foreign_key="contribution.id", ondelete="CASCADE", primary_key=True
    )


class Draft(SQLModel, table=True):
    """Text being typed in a capture field, kept so it can be offered back after a crash."""

    key: str = Field(primary_key=True)
    text: str
    saved_at: str

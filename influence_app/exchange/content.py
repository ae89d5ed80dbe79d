"""SeminarContent: every domain entity of one seminar, as plain lists of model instances."""

from __future__ import annotations

from dataclasses import dataclass, field

from influence_app.domain.models import (
    Action,
    ActionNetwork,
    AgendaSession,
    Assessment,
    Attendance,
    Category,
    Contribution,
    Day,
    Factor,
    FactorNetwork,
    FactorSource,
    Goal,
    GoalNetwork,
    GoalSource,
    Network,
    Participant,
    Seminar,
    Stakeholder,
    StakeholderAccess,
    StakeholderGoal,
    Vote,
    VoteRound,
)


@dataclass
class SeminarContent:
    """What an archive carries; link tables are flat lists, as in the database."""

    seminar: Seminar
    days: list[Day] = field(default_factory=list)
    sessions: list[AgendaSession] = field(default_factory=list)
    networks: list[Network] = field(default_factory=list)
    participants: list[Participant] = field(default_factory=list)
    attendance: list[Attendance] = field(default_factory=list)
    categories: list[Category] = field(default_factory=list)
    contributions: list[Contribution] = field(default_factory=list)
    goals: list[Goal] = field(default_factory=list)
    goal_networks: list[GoalNetwork] = field(default_factory=list)
    goal_sources: list[GoalSource] = field(default_factory=list)
    factors: list[Factor] = field(default_factory=list)
    factor_networks: list[FactorNetwork] = field(default_factory=list)
    factor_sources: list[FactorSource] = field(default_factory=list)
    stakeholders: list[Stakeholder] = field(default_factory=list)
    stakeholder_goals: list[StakeholderGoal] = field(default_factory=list)
    stakeholder_access: list[StakeholderAccess] = field(default_factory=list)
    vote_rounds: list[VoteRound] = field(default_factory=list)
    votes: list[Vote] = field(default_factory=list)
    assessments: list[Assessment] = field(default_factory=list)
    actions: list[Action] = field(default_factory=list)
    action_networks: list[ActionNetwork] = field(default_factory=list)

"""ReportData: what the synthesis PDF shows, as frozen dataclasses of formatted strings and numbers.

Services build it from a seminar; the layout only arranges it. Strings are plain text (never
markup), already formatted in French and already filtered for the edition: nothing here is
a name the reader may not see.
"""

from __future__ import annotations

from dataclasses import dataclass

# ---------------------------------------------------------------- chart inputs


@dataclass(frozen=True)
class Grid:
    """A matrix shown as a heat map: `values[row][column]`, 0..max_value."""

    rows: tuple[str, ...]
    columns: tuple[str, ...]
    values: tuple[tuple[float, ...], ...]
    max_value: float
    cell_text: tuple[tuple[str, ...], ...] | None = None
    legend: tuple[str, ...] = ()  # what each level 0..max_value means, in order
    row_header: str = ""
    column_note: str = ""  # what the short column labels stand for, when they are keys


@dataclass(frozen=True)
class Bar:
    """One ranked item for the raw / weighted bar chart."""

    label: str
    raw: float
    weighted: float
    tied: bool = False


@dataclass(frozen=True)
class ForceBar:
    """A lever or obstacle in a force-field diagram: bar length = strength."""

    label: str
    strength: float


@dataclass(frozen=True)
class StakeholderDot:
    key: str
    label: str
    power: float
    interest: float
    stance: int | None
    desired_stance: int | None


@dataclass(frozen=True)
class ActionDot:
    key: str
    label: str
    impact: float
    effort: float


@dataclass(frozen=True)
class Series:
    """One network's self-assessment scores, in the order of the criteria (None: not scored)."""

    label: str
    scores: tuple[float | None, ...]


# ---------------------------------------------------------------- front matter


@dataclass(frozen=True)
class Cover:
    title: str
    programme: str
    dates: str
    place: str
    organiser: str
    edition: str
    context: str


@dataclass(frozen=True)
class KeyFigure:
    value: str
    label: str


# ---------------------------------------------------------------- networks


@dataclass(frozen=True)
class NetworkRow:
    name: str
    acronym: str
    kind: str
    sector: str
    functions: str
    members: tuple[str, ...]


@dataclass(frozen=True)
class NetworksChapter:
    rows: tuple[NetworkRow, ...]
    others: tuple[str, ...]  # people without a network: facilitation team, observers
    functions: Grid
    note: str


# ---------------------------------------------------------------- goals and votes


@dataclass(frozen=True)
class RankedRow:
    rank: str
    key: str
    title: str
    raw: str
    weighted: str
    status: str
    tied: bool


@dataclass(frozen=True)
class RoundView:
    label: str
    rules: str
    weighted: bool
    rows: tuple[RankedRow, ...]
    bars: tuple[Bar, ...]


@dataclass(frozen=True)
class GoalLine:
    key: str
    title: str
    status: str
    finality: str
    carried_by: str


@dataclass(frozen=True)
class GoalsChapter:
    goals: tuple[GoalLine, ...]
    rounds: tuple[RoundView, ...]
    involvement: Grid


@dataclass(frozen=True)
class FactorRow:
    title: str
    description: str
    strength: str
    controllability: str
    votes: str


@dataclass(frozen=True)
class FactorGroup:
    kind: str  # « Leviers » / « Freins »
    category: str
    rows: tuple[FactorRow, ...]


@dataclass(frozen=True)
class StakeholderRow:
    key: str
    name: str
    kind: str
    power: str
    interest: str
    stance: str
    reached_by: str
    goals: str
    notes: str


@dataclass(frozen=True)
class ActionRow:
    key: str
    title: str
    description: str
    goal: str
    owner: str
    networks: str
    due: str
    indicator: str
    status: str
    impact_effort: str
    lever: str
    votes: str


@dataclass(frozen=True)
class GoalChapter:
    key: str
    title: str
    description: str
    finality: str
    carried_by: str
    levers: tuple[ForceBar, ...]
    obstacles: tuple[ForceBar, ...]
    factor_groups: tuple[FactorGroup, ...]
    stakeholders: tuple[StakeholderRow, ...]
    actions: tuple[ActionRow, ...]


# ---------------------------------------------------------------- maps, means, conditions


@dataclass(frozen=True)
class StakeholderChapter:
    dots: tuple[StakeholderDot, ...]
    rows: tuple[StakeholderRow, ...]


@dataclass(frozen=True)
class MeansChapter:
    mastery: Grid
    other_factors: tuple[FactorGroup, ...]  # levers and obstacles of no retained goal


@dataclass(frozen=True)
class AssessmentComment:
    network: str
    criterion: str
    score: str
    comment: str


@dataclass(frozen=True)
class AssessmentChapter:
    criteria: tuple[str, ...]
    series: tuple[Series, ...]
    averages: tuple[KeyFigure, ...]
    comments: tuple[AssessmentComment, ...]


# ---------------------------------------------------------------- action plan


@dataclass(frozen=True)
class ActionGroup:
    goal: str
    rows: tuple[ActionRow, ...]


@dataclass(frozen=True)
class ActionPlan:
    dots: tuple[ActionDot, ...]
    groups: tuple[ActionGroup, ...]


# ---------------------------------------------------------------- annexes


@dataclass(frozen=True)
class AgendaLine:
    time: str
    duration: str
    title: str
    method: str
    status: str


@dataclass(frozen=True)
class AgendaDay:
    heading: str
    sessions: tuple[AgendaLine, ...]


@dataclass(frozen=True)
class RoundRule:
    label: str
    rules: str
    rule_text: str
    formula: str
    coefficients: tuple[tuple[str, str, str], ...]  # network, points given, coefficient
    ties: tuple[str, ...]


@dataclass(frozen=True)
class MethodAnnex:
    days: tuple[AgendaDay, ...]
    rounds: tuple[RoundRule, ...]


@dataclass(frozen=True)
class ContributionItem:
    text: str
    meta: str
    merged: tuple[ContributionItem, ...] = ()


@dataclass(frozen=True)
class ContributionSession:
    heading: str
    method: str
    items: tuple[ContributionItem, ...]


@dataclass(frozen=True)
class ContributionDay:
    heading: str
    sessions: tuple[ContributionSession, ...]


@dataclass(frozen=True)
class ContributionAnnex:
    days: tuple[ContributionDay, ...]
    anonymous: bool


# ---------------------------------------------------------------- the whole report


@dataclass(frozen=True)
class ReportData:
    title: str
    edition: str  # "complete" | "participants"
    draft_stamp: str  # « Projet — exporté le … » when draft, else ""
    cover: Cover
    key_figures: tuple[KeyFigure, ...]
    networks: NetworksChapter
    goals: GoalsChapter
    goal_chapters: tuple[GoalChapter, ...]
    stakeholders: StakeholderChapter
    means: MeansChapter
    assessment: AssessmentChapter
    actions: ActionPlan
    method: MethodAnnex
    contributions: ContributionAnnex

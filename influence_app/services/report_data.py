"""Builds the synthesis's ReportData from a seminar document, for one edition."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence

from influence_app.domain import voting
from influence_app.domain.enums import GoalStatus, Role, VoteTarget
from influence_app.domain.models import Factor, Goal, Network
from influence_app.exchange.content import SeminarContent
from influence_app.i18n import _
from influence_app.report import labels as L
from influence_app.report import typography as ty
from influence_app.report.data import (
    Bar,
    Cover,
    ForceBar,
    GoalChapter,
    GoalLine,
    GoalsChapter,
    Grid,
    KeyFigure,
    NetworkRow,
    NetworksChapter,
    RankedRow,
    ReportData,
    RoundView,
    StakeholderChapter,
)
from influence_app.services import report_annexes as annexes
from influence_app.services import report_sections as sections
from influence_app.services.archive import load_content
from influence_app.services.errors import ValidationError
from influence_app.storage.document import Document

COMPLETE, PARTICIPANTS = "complete", "participants"
EDITIONS = (COMPLETE, PARTICIPANTS)
_NOT_PARTICIPATING = (Role.FACILITATEUR, Role.OBSERVATEUR)
_INVOLVEMENT_LEVEL = {"interesse": 1, "soutient": 2, "porte": 3}


def build_report_data(
    document: Document,
    edition: str = COMPLETE,
    draft: bool = False,
    now: dt.datetime | None = None,
) -> ReportData:
    """Everything the PDF shows, read in one go; `now` stamps a draft (default: the clock)."""
    check_edition(edition)
    stamp = ""
    if draft:
        moment = now or dt.datetime.now().astimezone()
        stamp = _("PROJET — exporté le {when}").format(when=ty.instant_text(moment))
    return report_from_content(load_content(document), edition, stamp)


def check_edition(edition: str) -> None:
    if edition not in EDITIONS:
        message = _("Édition inconnue : « {edition} » (complete ou participants).")
        raise ValidationError("edition", message.format(edition=edition))


def report_from_content(
    content: SeminarContent, edition: str = COMPLETE, draft_stamp: str = ""
) -> ReportData:
    seminar = Seminar(content, edition)
    return ReportData(
        title=ty.french(content.seminar.title),
        edition=edition,
        draft_stamp=draft_stamp,
        cover=_cover(seminar),
        key_figures=_key_figures(seminar),
        networks=_networks(seminar),
        goals=_goals(seminar),
        goal_chapters=tuple(_goal_chapter(seminar, goal) for goal in seminar.retained_goals),
        stakeholders=StakeholderChapter(
            dots=sections.stakeholder_dots(seminar),
            rows=sections.stakeholder_rows(seminar, seminar.stakeholders),
        ),
        means=sections.means(seminar),
        assessment=sections.assessment(seminar),
        actions=sections.action_plan(seminar),
        method=annexes.method(seminar),
        contributions=annexes.contributions(seminar),
    )


class Seminar:
    """Lookups over one seminar's content, and who may be named in this edition."""

    def __init__(self, content: SeminarContent, edition: str) -> None:
        self.content = content
        self.edition = edition
        self.networks = {network.id: network for network in content.networks}
        self.network_rank = {network.id: index for index, network in enumerate(content.networks)}
        self.people = {person.id: person for person in content.participants}
        self.categories = {category.id: category for category in content.categories}
        self.factors = {factor.id: factor for factor in content.factors}
        self.results = {r.id: annexes.round_result(content, r) for r in content.vote_rounds}
        self.goals = _goal_order(content, self.results)
        self.goal_keys = {goal.id: f"O{index}" for index, goal in enumerate(self.goals, 1)}
        self.goal_by_id = {goal.id: goal for goal in self.goals}
        self.retained_goals = [goal for goal in self.goals if goal.status == GoalStatus.RETENU]
        self.stakeholders = list(content.stakeholders)
        self.stakeholder_keys = {s.id: f"P{index}" for index, s in enumerate(self.stakeholders, 1)}
        self.actions = list(content.actions)
        self.action_keys = {a.id: f"A{index}" for index, a in enumerate(self.actions, 1)}
        self.points = _points_by_target(content, self.results)

    def network_name(self, network_id: str | None) -> str:
        network = self.networks.get(network_id or "")
        if network is None:
            return ""
        name = ty.french(network.name)
        return f"{name} ({ty.clean(network.acronym)})" if network.acronym else name

    def network_short(self, network_id: str | None) -> str:
        network = self.networks.get(network_id or "")
        if network is None:
            return ""
        return ty.clean(network.acronym) or ty.french(network.name)

    def person(self, participant_id: str | None) -> str | None:
        """The participant's name, or None when this edition may not print it."""
        person = self.people.get(participant_id or "")
        if person is None or (self.edition == PARTICIPANTS and not person.named_in_report):
            return None
        return ty.clean(person.name)

    def author(self, participant_id: str | None) -> str | None:
        return None if self.content.seminar.anonymous_authors else self.person(participant_id)

    def owner(self, participant_id: str | None) -> str:
        """A nameable owner by name, any other by their network (or nobody)."""
        name = self.person(participant_id)
        if name:
            return name
        person = self.people.get(participant_id or "")
        return self.network_short(person.network_id) if person else ""

    def votes(self, target: str, item_id: str) -> str:
        points = self.points.get(target, {}).get(item_id)
        return ty.number(points) if points else ""


def _goal_order(content: SeminarContent, results: dict[str, voting.RoundResult]) -> list[Goal]:
    """Goals as the first goal vote ranked them, the others after in their own order."""
    by_id = {goal.id: goal for goal in content.goals}
    ranked: list[str] = []
    for vote_round in content.vote_rounds:
        if vote_round.target == VoteTarget.GOAL:
            ranked = [item.item_id for item in results[vote_round.id].items if item.raw > 0]
            break
    first = [by_id[goal_id] for goal_id in ranked if goal_id in by_id]
    return first + [goal for goal in content.goals if goal.id not in set(ranked)]


def _points_by_target(
    content: SeminarContent, results: dict[str, voting.RoundResult]
) -> dict[str, dict[str, int]]:
    points: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for vote_round in content.vote_rounds:
        for item in results[vote_round.id].items:
            points[vote_round.target][item.item_id] += item.raw
    return points


# ---------------------------------------------------------------- front matter


def _cover(seminar: Seminar) -> Cover:
    info = seminar.content.seminar
    edition = _("Édition complète") if seminar.edition == COMPLETE else _("Édition participants")
    return Cover(
        title=ty.french(info.title),
        programme=ty.french(info.programme),
        dates=ty.date_range(info.start_date, info.end_date),
        place=ty.french(info.location),
        organiser=ty.french(info.organiser),
        edition=edition,
        context=ty.french(info.context),
    )


def _key_figures(seminar: Seminar) -> tuple[KeyFigure, ...]:
    content = seminar.content
    people = [p for p in content.participants if p.role not in _NOT_PARTICIPATING]
    levers = [f for f in content.factors if f.kind == "levier"]
    figures = [
        (len(content.days), _("jour"), _("jours")),
        (len(content.networks), _("réseau"), _("réseaux")),
        (len(people), _("participant·e"), _("participant·es")),
        (len(content.contributions), _("contribution"), _("contributions")),
        (len(seminar.retained_goals), _("objectif retenu"), _("objectifs retenus")),
        (len(levers), _("levier"), _("leviers")),
        (len(content.factors) - len(levers), _("frein"), _("freins")),
        (len(content.actions), _("action"), _("actions")),
    ]
    return tuple(
        KeyFigure(ty.number(count), one if count <= 1 else many) for count, one, many in figures
    )


# ---------------------------------------------------------------- networks


def _networks(seminar: Seminar) -> NetworksChapter:
    content = seminar.content
    members: dict[str | None, list[str]] = defaultdict(list)
    hidden: dict[str | None, int] = defaultdict(int)
    for person in content.participants:
        line = _member_line(seminar, person.id)
        if line:
            members[person.network_id].append(line)
        else:
            hidden[person.network_id] += 1
    rows = tuple(_network_row(n, members[n.id], hidden[n.id]) for n in content.networks)
    others = tuple(members[None]) + _hidden_line(hidden[None])
    note = _("Seules les personnes qui ont accepté d’être nommées le sont ici.")
    return NetworksChapter(
        rows=rows,
        others=tuple(others),
        functions=_function_grid(seminar),
        note=note if sum(hidden.values()) else "",
    )


def _member_line(seminar: Seminar, participant_id: str) -> str:
    name = seminar.person(participant_id)
    if name is None:
        return ""
    person = seminar.people[participant_id]
    job, role = ty.french(person.job_title), L.label(L.ROLES, person.role)
    if job and role:
        return f"{name}, {job} ({role})"
    return ", ".join(part for part in (name, job or role) if part)


def _hidden_line(count: int) -> tuple[str, ...]:
    if not count:
        return ()
    if count == 1:
        return (_("1 autre personne, non nommée"),)
    return (_("{count} autres personnes, non nommées").format(count=count),)


def _network_row(network: Network, members: list[str], hidden: int) -> NetworkRow:
    functions = ", ".join(L.label(L.FUNCTIONS, code) for code in network.functions)
    return NetworkRow(
        name=ty.french(network.name),
        acronym=ty.clean(network.acronym),
        kind=L.label(L.KINDS, network.kind),
        sector=ty.french(network.sector),
        functions=functions,
        members=tuple(members) + _hidden_line(hidden),
    )


def _function_grid(seminar: Seminar) -> Grid:
    codes = list(L.FUNCTIONS)
    networks = seminar.content.networks
    return Grid(
        rows=tuple(seminar.network_short(n.id) for n in networks),
        columns=tuple(L.label(L.FUNCTIONS, code) for code in codes),
        values=tuple(tuple(float(code in n.functions) for code in codes) for n in networks),
        max_value=1,
        legend=(_("non"), _("fonction exercée")),
        row_header=_("Réseau"),
    )


# ---------------------------------------------------------------- goals


def _goals(seminar: Seminar) -> GoalsChapter:
    lines = tuple(
        GoalLine(
            key=seminar.goal_keys[goal.id],
            title=ty.french(goal.title),
            status=L.label(L.GOAL_STATUSES, goal.status),
            finality=L.label(L.FINALITIES, goal.finality),
            carried_by=_carried_by(seminar, goal.id),
        )
        for goal in seminar.goals
    )
    rounds = tuple(
        _round_view(seminar, vote_round.id, vote_round.label)
        for vote_round in seminar.content.vote_rounds
        if vote_round.target == VoteTarget.GOAL
    )
    return GoalsChapter(goals=lines, rounds=rounds, involvement=_involvement_grid(seminar))


def _carried_by(seminar: Seminar, goal_id: str) -> str:
    by_level: dict[str, list[str]] = defaultdict(list)
    for link in seminar.content.goal_networks:
        if link.goal_id == goal_id:
            by_level[link.involvement].append(seminar.network_short(link.network_id))
    parts = [
        f"{L.label(L.INVOLVEMENTS, level)}{ty.NNBSP}: {', '.join(names)}"
        for level in ("porte", "soutient", "interesse")
        if (names := by_level.get(level))
    ]
    return " · ".join(parts)


def _round_view(seminar: Seminar, round_id: str, label: str) -> RoundView:
    vote_round = next(r for r in seminar.content.vote_rounds if r.id == round_id)
    result = seminar.results[round_id]
    goals = seminar.goal_by_id
    rows = tuple(
        RankedRow(
            rank=str(item.rank),
            key=seminar.goal_keys.get(item.item_id, ""),
            title=ty.french(item.title),
            raw=ty.number(item.raw),
            weighted=ty.number(item.weighted, 1),
            status=L.label(L.GOAL_STATUSES, goals[item.item_id].status)
            if item.item_id in goals
            else "",
            tied=item.tied,
        )
        for item in result.items
    )
    bars = tuple(
        Bar(
            f"{row.key} · {row.title}" if row.key else row.title, item.raw, item.weighted, item.tied
        )
        for row, item in zip(rows, result.items, strict=True)
    )
    weighted = result.weighting == "par_reseau"
    return RoundView(ty.french(label), annexes.rules_text(vote_round), weighted, rows, bars)


def _involvement_grid(seminar: Seminar) -> Grid:
    level = {
        (link.network_id, link.goal_id): link.involvement for link in seminar.content.goal_networks
    }
    networks, goals = seminar.content.networks, seminar.goals
    return Grid(
        rows=tuple(seminar.network_short(n.id) for n in networks),
        columns=tuple(seminar.goal_keys[g.id] for g in goals),
        values=tuple(
            tuple(float(_INVOLVEMENT_LEVEL.get(level.get((n.id, g.id), ""), 0)) for g in goals)
            for n in networks
        ),
        max_value=3,
        legend=(_("—"), *(L.label(L.INVOLVEMENTS, c) for c in ("interesse", "soutient", "porte"))),
        row_header=_("Réseau"),
        column_note=_("O1, O2… : les objectifs dans l’ordre du tableau ci-dessus."),
    )


# ---------------------------------------------------------------- one chapter per retained goal


def _goal_chapter(seminar: Seminar, goal: Goal) -> GoalChapter:
    factors = [f for f in seminar.content.factors if f.goal_id == goal.id]
    linked = {
        link.stakeholder_id for link in seminar.content.stakeholder_goals if link.goal_id == goal.id
    }
    actions = [a for a in seminar.actions if a.goal_id == goal.id]
    return GoalChapter(
        key=seminar.goal_keys[goal.id],
        title=ty.french(goal.title),
        description=ty.french(goal.description),
        finality=L.label(L.FINALITIES, goal.finality),
        carried_by=_carried_by(seminar, goal.id),
        levers=_forces(factors, "levier"),
        obstacles=_forces(factors, "frein"),
        factor_groups=sections.factor_groups(seminar, factors),
        stakeholders=sections.stakeholder_rows(
            seminar, [s for s in seminar.stakeholders if s.id in linked]
        ),
        actions=tuple(sections.action_row(seminar, a) for a in sections.by_due_date(actions)),
    )


def _forces(factors: Sequence[Factor], kind: str) -> tuple[ForceBar, ...]:
    chosen = [f for f in sections.by_strength(factors) if f.kind == kind]
    return tuple(ForceBar(ty.french(f.title), float(f.strength or 0)) for f in chosen)

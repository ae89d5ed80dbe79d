"""The action plan's table: each action with its links resolved and what it lacks to be SMART."""

from __future__ import annotations

import html
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from influence_app.domain.actions import SmartGap, smart_gaps
from influence_app.domain.enums import ActionStatus
from influence_app.domain.models import Action
from influence_app.gui.models.entity_model import CENTER, RIGHT, Column, EntityTableModel
from influence_app.services.report_data import Seminar

_CONTEXT = "ActionPlan"

STATUS_LABELS: dict[str, str] = {
    ActionStatus.A_FAIRE: QT_TRANSLATE_NOOP("ActionPlan", "À faire"),
    ActionStatus.EN_COURS: QT_TRANSLATE_NOOP("ActionPlan", "En cours"),
    ActionStatus.FAIT: QT_TRANSLATE_NOOP("ActionPlan", "Fait"),
    ActionStatus.ABANDONNE: QT_TRANSLATE_NOOP("ActionPlan", "Abandonné"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def status_label(code: str) -> str:
    return tr(STATUS_LABELS[code]) if code in STATUS_LABELS else code


@dataclass(frozen=True)
class ActionLine:
    """One action as the table shows it; `key` (A1, A2…) is its number on the chart and in
    the PDF."""

    id: str
    key: str
    action: Action
    goal: str
    factor: str
    stakeholder: str
    owner: str
    lead: str
    co_networks: tuple[str, ...]  # ids, in the networks' order
    co_names: str
    gaps: tuple[SmartGap, ...]


def action_lines(seminar: Seminar) -> list[ActionLine]:
    """The actions in their own order (that of the keys), links turned into names."""
    partners: dict[str, list[str]] = defaultdict(list)
    for link in seminar.content.action_networks:
        partners[link.action_id].append(link.network_id)
    return [_line(seminar, action, partners[action.id]) for action in seminar.actions]


def _line(seminar: Seminar, action: Action, partner_ids: list[str]) -> ActionLine:
    ranked = sorted(partner_ids, key=lambda n: seminar.network_rank.get(n, len(seminar.networks)))
    return ActionLine(
        id=action.id,
        key=seminar.action_keys[action.id],
        action=action,
        goal=goal_text(seminar, action.goal_id),
        factor=_title(seminar.factors.get(action.factor_id or "")),
        stakeholder=stakeholder_text(seminar, action.stakeholder_id),
        owner=_name(seminar.people.get(action.owner_id or "")),
        lead=network_short(seminar, action.lead_network_id),
        co_networks=tuple(ranked),
        co_names=", ".join(network_short(seminar, n) for n in ranked),
        gaps=tuple(smart_gaps(action)),
    )


def goal_text(seminar: Seminar, goal_id: str | None) -> str:
    """« O2 · Faire reconnaître… »: the goal's number as the synthesis gives it, its title."""
    goal = seminar.goal_by_id.get(goal_id or "")
    return f"{seminar.goal_keys[goal.id]} · {goal.title}" if goal else ""


def stakeholder_text(seminar: Seminar, stakeholder_id: str | None) -> str:
    """« 3 · Rapporteurs… »: the actor's number on the stakeholder map, its name."""
    for stakeholder in seminar.stakeholders:
        if stakeholder.id == stakeholder_id:
            return f"{seminar.stakeholder_keys[stakeholder.id]} · {stakeholder.name}"
    return ""


def network_short(seminar: Seminar, network_id: str | None) -> str:
    network = seminar.networks.get(network_id or "")
    return (network.acronym or network.name) if network else ""


def _title(entity: Any) -> str:
    return entity.title if entity is not None else ""


def _name(person: Any) -> str:
    return person.name if person is not None else ""


def smart_cell(line: ActionLine) -> str:
    """« ⚠ MT » names the missing SMART letters; a complete action shows « ✓ »."""
    if not line.gaps:
        return "✓"
    return "⚠ " + "".join(gap.criterion.label()[0] for gap in line.gaps)


def smart_tip(line: ActionLine) -> str:
    """Built from our own labels only (never user text: Qt would render it as HTML)."""
    if not line.gaps:
        return tr("Action SMART : rien ne manque.")
    missing = ", ".join(gap.criterion.label() for gap in line.gaps)
    return tr("À préciser : {criteria}").format(criteria=missing)


def _one_line(text: str | None) -> str:
    return " ".join((text or "").split())  # a table row shows a long text on one line


def _score(value: int | None) -> str:
    return "—" if value is None else str(value)


def _due(line: ActionLine) -> str:
    due = line.action.due_date
    return f"{due:%d/%m/%y}" if due else "—"


def _tip(text: str) -> str:
    """User text as a tooltip, escaped: Qt would render `<img>` or `<b>` in it as HTML."""
    return f"<p>{html.escape(text)}</p>" if text else ""


def _networks(line: ActionLine) -> str:
    """« CAVAL +5 »: the lead network and how many act with it."""
    extra = f"+{len(line.co_networks)}" if line.co_networks else ""
    return " ".join(part for part in (line.lead or "—", extra) if part)


def _networks_tip(line: ActionLine) -> str:
    lead = tr("Pilote : {network}").format(network=line.lead or "—")
    partners = tr("Associés : {networks}").format(networks=line.co_names or "—")
    return f"<p>{html.escape(lead)}<br>{html.escape(partners)}</p>"


def _scores(line: ActionLine) -> str:
    return f"{_score(line.action.impact)} / {_score(line.action.effort)}"


def action_columns() -> list[Column[ActionLine]]:
    title = lambda r: _one_line(r.action.title)  # noqa: E731
    indicator = lambda r: _one_line(r.action.indicator)  # noqa: E731
    return [
        Column(
            tr("N°"), lambda r: r.key, RIGHT, tr("Numéro sur le graphique impact / effort"), width=3
        ),
        Column("⚠", smart_cell, CENTER, tr("Ce qui manque pour être SMART"), smart_tip, width=7),
        Column(tr("Action"), title, tip=lambda r: _tip(title(r)), stretch=True),
        Column(tr("Objectif"), lambda r: r.goal, tip=lambda r: _tip(r.goal), width=9),
        Column(tr("Levier / frein"), lambda r: r.factor, tip=lambda r: _tip(r.factor), width=11),
        Column(tr("Acteur"), lambda r: r.stakeholder, tip=lambda r: _tip(r.stakeholder), width=8),
        Column(tr("Responsable"), lambda r: r.owner, tip=lambda r: _tip(r.owner), width=10),
        Column(
            tr("Réseaux"),
            _networks,
            hint=tr("Réseau pilote et nombre de réseaux associés"),
            tip=_networks_tip,
            width=9,
        ),
        Column(tr("Échéance"), _due, CENTER, width=8),
        Column(tr("Indicateur"), indicator, tip=lambda r: _tip(indicator(r)), width=9),
        Column(tr("Imp./eff."), _scores, CENTER, tr("Impact et effort, de 1 à 5"), width=6),
        Column(tr("Statut"), lambda r: status_label(r.action.status), width=8),
    ]


class ActionTableModel(EntityTableModel[ActionLine]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(action_columns(), parent=parent)

"""Chart inputs of the synthesis, built once for the PDF and the screens alike."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from influence_app.domain.enums import FactorKind
from influence_app.domain.models import Factor
from influence_app.i18n import _
from influence_app.report import labels as L
from influence_app.report import typography as ty
from influence_app.report.data import ForceBar, Grid, Series, StakeholderDot
from influence_app.services import report_sections as sections

if TYPE_CHECKING:
    from influence_app.services.report_data import Seminar
    from influence_app.storage.document import Document

# Heat-map level of each involvement, from « intéressé » (1) to « porte » (3).
INVOLVEMENT_LEVELS = {"interesse": 1, "soutient": 2, "porte": 3}


@dataclass(frozen=True)
class Matrix:
    """A heat map's grid with the ids of its rows and columns, for screens that edit cells."""

    grid: Grid
    row_ids: tuple[str, ...]
    column_ids: tuple[str, ...]


def read_seminar(document: Document) -> Seminar:
    """The document's content with the report's lookups (goal keys, short network names)."""
    # Imported here: report_data is meant to build its charts from this module in turn.
    from influence_app.services.archive import load_content
    from influence_app.services.report_data import COMPLETE, Seminar

    return Seminar(load_content(document), COMPLETE)


def goal_forces(
    seminar: Seminar, goal_id: str | None
) -> tuple[tuple[ForceBar, ...], tuple[ForceBar, ...]]:
    """The goal's levers and obstacles as its force field draws them, strongest first."""
    factors = [f for f in seminar.content.factors if f.goal_id == goal_id]
    return forces(factors, FactorKind.LEVIER), forces(factors, FactorKind.FREIN)


def forces(factors: Sequence[Factor], kind: str) -> tuple[ForceBar, ...]:
    """The factors of one kind as force-field bars (an unknown strength draws as 0)."""
    chosen = [f for f in sections.by_strength(factors) if f.kind == kind]
    return tuple(ForceBar(ty.french(f.title), float(f.strength or 0)) for f in chosen)


def involvement_matrix(seminar: Seminar) -> Matrix:
    """Networks × goals (in the report's order, headed O1, O2…), 0 none … 3 « porte »."""
    links = seminar.content.goal_networks
    level = {(link.network_id, link.goal_id): link.involvement for link in links}
    networks, goals = seminar.content.networks, seminar.goals
    grid = Grid(
        rows=tuple(seminar.network_short(n.id) for n in networks),
        columns=tuple(seminar.goal_keys[g.id] for g in goals),
        values=tuple(
            tuple(float(INVOLVEMENT_LEVELS.get(level.get((n.id, g.id), ""), 0)) for g in goals)
            for n in networks
        ),
        max_value=3,
        legend=(_("—"), *(L.label(L.INVOLVEMENTS, c) for c in INVOLVEMENT_LEVELS)),
        row_header=_("Réseau"),
        column_note=_("O1, O2… : les objectifs dans l’ordre du tableau ci-dessus."),
    )
    return Matrix(grid, tuple(n.id for n in networks), tuple(g.id for g in goals))


def mastery_matrix(seminar: Seminar) -> Matrix:
    """Levers × networks, each cell the network's mastery 0–3 (none given counts as 0)."""
    content = seminar.content
    levers = [f for f in content.factors if f.kind == FactorKind.LEVIER]
    networks = content.networks
    mastery = {(link.factor_id, link.network_id): link.mastery for link in content.factor_networks}
    grid = Grid(
        rows=tuple(ty.french(lever.title) for lever in levers),
        columns=tuple(seminar.network_short(n.id) for n in networks),
        values=tuple(
            tuple(float(mastery.get((lever.id, n.id), 0)) for n in networks) for lever in levers
        ),
        max_value=3,
        legend=tuple(_(level) for level in L.MASTERY),
        row_header=_("Levier"),
    )
    return Matrix(grid, tuple(lever.id for lever in levers), tuple(n.id for n in networks))


def stakeholder_dots(seminar: Seminar) -> tuple[StakeholderDot, ...]:
    """The actors placed on the power × interest map (those with both scores)."""
    return sections.stakeholder_dots(seminar)


def assessment_series(seminar: Seminar) -> tuple[tuple[str, ...], tuple[Series, ...]]:
    """The criteria's names and each assessed network's scores, as the chart reads them."""
    chapter = sections.assessment(seminar)
    return chapter.criteria, chapter.series

"""Rules on actions: the impact/effort quadrant and what an action still lacks to be SMART."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol

from influence_app.i18n import _

# Scores run 1–5; 3 is the first "high" value, so the middle of the scale counts as high.
HIGH = 3
SPECIFIC_MIN_WORDS = 3


class Quadrant(StrEnum):
    QUICK_WINS = "quick_wins"
    MAJOR = "major"
    FILL_IN = "fill_in"
    THANKLESS = "thankless"

    def label(self) -> str:
        labels = {
            Quadrant.QUICK_WINS: _("Gains rapides"),
            Quadrant.MAJOR: _("Projets majeurs"),
            Quadrant.FILL_IN: _("Compléments"),
            Quadrant.THANKLESS: _("Tâches ingrates"),
        }
        return labels[self]


def quadrant(impact: int | None, effort: int | None) -> Quadrant | None:
    """Where an action sits on the impact/effort grid; None until both are scored."""
    if impact is None or effort is None:
        return None
    if impact >= HIGH:
        return Quadrant.MAJOR if effort >= HIGH else Quadrant.QUICK_WINS
    return Quadrant.THANKLESS if effort >= HIGH else Quadrant.FILL_IN


class SmartCriterion(StrEnum):
    SPECIFIQUE = "specifique"
    MESURABLE = "mesurable"
    ATTEIGNABLE = "atteignable"
    REALISTE = "realiste"
    TEMPOREL = "temporel"

    def label(self) -> str:
        labels = {
            SmartCriterion.SPECIFIQUE: _("Spécifique"),
            SmartCriterion.MESURABLE: _("Mesurable"),
            SmartCriterion.ATTEIGNABLE: _("Atteignable"),
            SmartCriterion.REALISTE: _("Réaliste"),
            SmartCriterion.TEMPOREL: _("Temporel"),
        }
        return labels[self]


@dataclass(frozen=True)
class SmartGap:
    criterion: SmartCriterion
    message: str


class SmartFields(Protocol):
    """The fields SMART looks at; `models.Action` has them all."""

    title: str
    description: str | None
    indicator: str | None
    owner_id: str | None
    lead_network_id: str | None
    goal_id: str | None
    factor_id: str | None
    due_date: dt.date | None


@dataclass(frozen=True)
class ActionDraft:
    """SMART fields of an action not stored yet (a form being filled)."""

    title: str = ""
    description: str | None = None
    indicator: str | None = None
    owner_id: str | None = None
    lead_network_id: str | None = None
    goal_id: str | None = None
    factor_id: str | None = None
    due_date: dt.date | None = None


def smart_gaps(action: SmartFields) -> list[SmartGap]:
    """What the action lacks to be SMART, in S-M-A-R-T order; empty when it is complete."""
    checks = (
        (SmartCriterion.SPECIFIQUE, _is_specific(action), _specific_message),
        (SmartCriterion.MESURABLE, _filled(action.indicator), _measurable_message),
        (SmartCriterion.ATTEIGNABLE, _has_owner(action), _owner_message),
        (SmartCriterion.REALISTE, bool(action.goal_id or action.factor_id), _relevant_message),
        (SmartCriterion.TEMPOREL, action.due_date is not None, _due_message),
    )
    return [SmartGap(criterion, message()) for criterion, ok, message in checks if not ok]


def _is_specific(action: SmartFields) -> bool:
    return len((action.title or "").split()) >= SPECIFIC_MIN_WORDS or _filled(action.description)


def _has_owner(action: SmartFields) -> bool:
    return bool(action.owner_id or action.lead_network_id)


def _filled(text: str | None) -> bool:
    return bool(text and text.strip())


def _specific_message() -> str:
    return _("Spécifique : précisez le titre (3 mots au moins) ou ajoutez une description.")


def _measurable_message() -> str:
    return _("Mesurable : indiquez à quoi on verra que l'action est réalisée (indicateur).")


def _owner_message() -> str:
    return _("Atteignable : désignez une personne responsable ou un réseau pilote.")


def _relevant_message() -> str:
    return _("Réaliste : rattachez l'action à un objectif, un levier ou un frein.")


def _due_message() -> str:
    return _("Temporel : fixez une échéance.")

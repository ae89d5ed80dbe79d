"""French words of the analysis screens' vocabularies (stakeholders, involvement, criteria)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from influence_app.domain.enums import Criterion, Involvement, Level, StakeholderType

_CONTEXT = "Analysis"

INVOLVEMENTS: dict[str, str] = {
    Involvement.INTERESSE: QT_TRANSLATE_NOOP("Analysis", "Intéressé"),
    Involvement.SOUTIENT: QT_TRANSLATE_NOOP("Analysis", "Soutient"),
    Involvement.PORTE: QT_TRANSLATE_NOOP("Analysis", "Porte"),
}
# Cycle order of a network × goal cell, and the digit keys 1–3 (0 clears).
INVOLVEMENT_ORDER: tuple[str, ...] = tuple(INVOLVEMENTS)

MASTERY: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("Analysis", "aucune"),
    QT_TRANSLATE_NOOP("Analysis", "faible"),
    QT_TRANSLATE_NOOP("Analysis", "moyenne"),
    QT_TRANSLATE_NOOP("Analysis", "forte"),
)

CRITERIA: dict[str, str] = {
    Criterion.CLARTE_OBJECTIFS: QT_TRANSLATE_NOOP("Analysis", "Clarté des objectifs"),
    Criterion.COHERENCE_ACTIONS: QT_TRANSLATE_NOOP("Analysis", "Cohérence des actions"),
    Criterion.COHESION_EQUIPE: QT_TRANSLATE_NOOP("Analysis", "Cohésion d'équipe"),
    Criterion.LEGITIMITE_POLITIQUE: QT_TRANSLATE_NOOP("Analysis", "Légitimité politique"),
}

STAKEHOLDER_TYPES: dict[str, str] = {
    StakeholderType.ELU: QT_TRANSLATE_NOOP("Analysis", "Élu·e"),
    StakeholderType.MINISTERE: QT_TRANSLATE_NOOP("Analysis", "Ministère"),
    StakeholderType.ADMINISTRATION: QT_TRANSLATE_NOOP("Analysis", "Administration"),
    StakeholderType.COLLECTIVITE: QT_TRANSLATE_NOOP("Analysis", "Collectivité"),
    StakeholderType.PARLEMENTAIRE: QT_TRANSLATE_NOOP("Analysis", "Parlementaire"),
    StakeholderType.MEDIA: QT_TRANSLATE_NOOP("Analysis", "Média"),
    StakeholderType.ASSOCIATION: QT_TRANSLATE_NOOP("Analysis", "Association"),
    StakeholderType.ENTREPRISE: QT_TRANSLATE_NOOP("Analysis", "Entreprise"),
    StakeholderType.FONDATION: QT_TRANSLATE_NOOP("Analysis", "Fondation"),
    StakeholderType.AUTRE: QT_TRANSLATE_NOOP("Analysis", "Autre"),
}

LEVELS: dict[str, str] = {
    Level.LOCAL: QT_TRANSLATE_NOOP("Analysis", "Local"),
    Level.REGIONAL: QT_TRANSLATE_NOOP("Analysis", "Régional"),
    Level.NATIONAL: QT_TRANSLATE_NOOP("Analysis", "National"),
    Level.EUROPEEN: QT_TRANSLATE_NOOP("Analysis", "Européen"),
}

# The same words as the stakeholder map's legend (report.charts.texts.stance_names).
STANCES: dict[int, str] = {
    -2: QT_TRANSLATE_NOOP("Analysis", "Très opposé"),
    -1: QT_TRANSLATE_NOOP("Analysis", "Plutôt opposé"),
    0: QT_TRANSLATE_NOOP("Analysis", "Neutre"),
    1: QT_TRANSLATE_NOOP("Analysis", "Plutôt favorable"),
    2: QT_TRANSLATE_NOOP("Analysis", "Très favorable"),
}


def tr(text: str) -> str:
    """Translates one of the words above (French is the source language)."""
    return QCoreApplication.translate(_CONTEXT, text)


def label(labels: dict, code: object) -> str:
    """The translated word for `code`; "" for none, an unknown code as it is."""
    if code is None or code == "":
        return ""
    return tr(labels[code]) if code in labels else str(code)


def signed(value: int | None) -> str:
    """A stance as the table shows it: « −2 » … « +2 », « — » when not assessed."""
    if value is None:
        return "—"
    return f"+{value}" if value > 0 else str(value).replace("-", "\u2212")

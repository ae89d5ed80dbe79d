"""The sidebar's screens in the order of a seminar; each module is imported when first shown."""

from __future__ import annotations

import importlib
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from influence_app.gui.screens.base import Screen

_CONTEXT = "Screens"


@dataclass(frozen=True)
class ScreenEntry:
    """One sidebar entry: the screen's key and title are known before its module is loaded,
    so opening a document builds only the screen shown (start-up time, see benches/)."""

    key: str
    module: str
    class_name: str
    source_title: str  # French, translated by `title()`

    def title(self) -> str:
        return QCoreApplication.translate(_CONTEXT, self.source_title)

    def load(self) -> type[Screen]:
        return getattr(importlib.import_module(self.module), self.class_name)  # type: ignore[no-any-return]


_PACKAGE = "influence_app.gui.screens"
_ANALYSIS = "influence_app.gui.analysis"

# Set-up first, then the days of the seminar, then its report.
SCREENS: tuple[ScreenEntry, ...] = (
    ScreenEntry(
        "seminar", f"{_PACKAGE}.seminar", "SeminarScreen", QT_TRANSLATE_NOOP(_CONTEXT, "Séminaire")
    ),
    ScreenEntry(
        "networks", f"{_PACKAGE}.networks", "NetworksScreen", QT_TRANSLATE_NOOP(_CONTEXT, "Réseaux")
    ),
    ScreenEntry(
        "participants",
        f"{_PACKAGE}.participants",
        "ParticipantsScreen",
        QT_TRANSLATE_NOOP(_CONTEXT, "Participants"),
    ),
    ScreenEntry(
        "agenda", f"{_PACKAGE}.agenda", "AgendaScreen", QT_TRANSLATE_NOOP(_CONTEXT, "Programme")
    ),
    ScreenEntry(
        "categories",
        f"{_PACKAGE}.categories",
        "CategoriesScreen",
        QT_TRANSLATE_NOOP(_CONTEXT, "Catégories"),
    ),
    ScreenEntry(
        "seances",
        f"{_PACKAGE}.cockpit",
        "CockpitScreen",
        QT_TRANSLATE_NOOP(_CONTEXT, "Séances"),
    ),
    ScreenEntry(
        "priorisation",
        f"{_PACKAGE}.prioritisation",
        "PrioritisationScreen",
        QT_TRANSLATE_NOOP(_CONTEXT, "Priorisation"),
    ),
    ScreenEntry(
        "champs_de_forces",
        f"{_ANALYSIS}.forcefield",
        "ForceFieldScreen",
        QT_TRANSLATE_NOOP(_CONTEXT, "Champs de forces"),
    ),
    ScreenEntry(
        "matrices",
        f"{_ANALYSIS}.matrices",
        "MatricesScreen",
        QT_TRANSLATE_NOOP(_CONTEXT, "Matrices"),
    ),
    ScreenEntry(
        "acteurs",
        f"{_ANALYSIS}.stakeholders",
        "StakeholdersScreen",
        QT_TRANSLATE_NOOP(_CONTEXT, "Carte des acteurs"),
    ),
    ScreenEntry(
        "auto_evaluation",
        f"{_ANALYSIS}.assessment",
        "AssessmentScreen",
        QT_TRANSLATE_NOOP(_CONTEXT, "Auto-évaluation"),
    ),
    ScreenEntry(
        "plan_action",
        f"{_PACKAGE}.action_plan",
        "ActionPlanScreen",
        QT_TRANSLATE_NOOP(_CONTEXT, "Plan d'action"),
    ),
    ScreenEntry(
        "synthese",
        f"{_PACKAGE}.synthesis_export",
        "SynthesisScreen",
        QT_TRANSLATE_NOOP(_CONTEXT, "Synthèse"),
    ),
)


def screen_entries() -> list[ScreenEntry]:
    """The entries in sidebar order."""
    return list(SCREENS)

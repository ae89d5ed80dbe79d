"""The sidebar's screens in the order of a seminar; each module is imported when first shown."""

from __future__ import annotations

import importlib
import importlib.util
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

    def available(self) -> bool:
        return importlib.util.find_spec(self.module) is not None


_PACKAGE = "influence_app.gui.screens"

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
        "sessions",
        f"{_PACKAGE}.sessions_overview",
        "SessionsOverviewScreen",
        QT_TRANSLATE_NOOP(_CONTEXT, "Séances"),
    ),
    ScreenEntry(
        "prioritisation",
        f"{_PACKAGE}.prioritisation_overview",
        "PrioritisationOverviewScreen",
        QT_TRANSLATE_NOOP(_CONTEXT, "Priorisation"),
    ),
    ScreenEntry(
        "action_plan",
        f"{_PACKAGE}.action_plan_overview",
        "ActionPlanOverviewScreen",
        QT_TRANSLATE_NOOP(_CONTEXT, "Plan d'action"),
    ),
    ScreenEntry(
        "synthesis",
        f"{_PACKAGE}.synthesis",
        "SynthesisScreen",
        QT_TRANSLATE_NOOP(_CONTEXT, "Synthèse"),
    ),
)


def screen_entries() -> list[ScreenEntry]:
    """The entries in sidebar order; a module not written yet is left out."""
    return [entry for entry in SCREENS if entry.available()]

"""The sidebar's screens in the order of a seminar, imported only when a document opens."""

from __future__ import annotations

import importlib

from influence_app.gui.screens.base import Screen

# (module, class) in sidebar order: set-up first, then the days of the seminar, then its report.
SCREENS: tuple[tuple[str, str], ...] = (
    ("influence_app.gui.screens.seminar", "SeminarScreen"),
    ("influence_app.gui.screens.networks", "NetworksScreen"),
    ("influence_app.gui.screens.participants", "ParticipantsScreen"),
    ("influence_app.gui.screens.agenda", "AgendaScreen"),
    ("influence_app.gui.screens.categories", "CategoriesScreen"),
    ("influence_app.gui.screens.sessions_overview", "SessionsOverviewScreen"),
    ("influence_app.gui.screens.prioritisation_overview", "PrioritisationOverviewScreen"),
    ("influence_app.gui.screens.action_plan_overview", "ActionPlanOverviewScreen"),
    ("influence_app.gui.screens.synthesis", "SynthesisScreen"),
)


def screen_classes() -> list[type[Screen]]:
    """The screen classes in sidebar order; a module not written yet is left out."""
    classes = []
    for module_name, class_name in SCREENS:
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as error:
            if error.name != module_name:
                raise  # a real missing dependency inside the module must not hide
            continue
        classes.append(getattr(module, class_name))
    return classes

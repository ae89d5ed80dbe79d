"""The sidebar lists every screen of the seminar in order, and each one builds on a document."""

from __future__ import annotations

from influence_app.gui.screens.base import Screen
from influence_app.gui.screens.registry import screen_entries

SIDEBAR = [
    "Séminaire",
    "Réseaux",
    "Participants",
    "Programme",
    "Catégories",
    "Séances",
    "Priorisation",
    "Champs de forces",
    "Matrices",
    "Carte des acteurs",
    "Auto-évaluation",
    "Plan d'action",
    "Synthèse",
]


def test_sidebar_follows_the_seminar() -> None:
    assert [entry.title() for entry in screen_entries()] == SIDEBAR
    keys = [entry.key for entry in screen_entries()]
    assert len(set(keys)) == len(keys)


def test_every_entry_names_a_screen_class() -> None:
    for entry in screen_entries():
        assert issubclass(entry.load(), Screen), entry.key

"""GUI fixtures: the QApplication speaks French like the real app."""

from __future__ import annotations

import pytest

from influence_app.gui.translations import install_translators


@pytest.fixture(autouse=True)
def _french_qt(qapp):
    """Standard buttons and dialogs read « Annuler », « Enregistrer » … as in the real app."""
    translators = install_translators(qapp)
    yield
    for translator in translators:
        qapp.removeTranslator(translator)

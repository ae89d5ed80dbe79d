"""GUI fixtures: the QApplication speaks French like the real app."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QUndoStack

from influence_app.gui.context import DocumentContext
from influence_app.gui.translations import install_translators
from influence_app.services.seminar import SeminarService


@pytest.fixture(autouse=True)
def _french_qt(qapp):
    """Standard buttons and dialogs read « Annuler », « Enregistrer » … as in the real app."""
    translators = install_translators(qapp)
    yield
    for translator in translators:
        qapp.removeTranslator(translator)


@pytest.fixture
def path(tmp_path: Path) -> Path:
    """Where a screen test's seminar lives (reopened by the test to check what was saved)."""
    return tmp_path / "s.influence"


@pytest.fixture
def context(path: Path) -> Iterator[DocumentContext]:
    """A seminar made from the default template, open with its own undo stack."""
    document = SeminarService.create_from_template(path, "Séminaire test", dt.date(2026, 3, 10))
    yield DocumentContext.open(document, QUndoStack())
    if document.is_open:
        document.close()

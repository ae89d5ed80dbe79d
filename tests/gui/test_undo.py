"""Undo/redo of recorded edits: merging steps of one field, and a step that can no longer apply."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtGui import QUndoStack

from influence_app.gui.context import DocumentContext
from influence_app.gui.undo import perform
from influence_app.services.seminar import SeminarService


def _context(tmp_path: Path) -> DocumentContext:
    document = SeminarService.create_from_template(
        tmp_path / "u.influence", "Séminaire test", dt.date(2026, 3, 10)
    )
    return DocumentContext.open(document, QUndoStack())


def test_edits_of_one_field_merge_into_one_undo_step(tmp_path: Path) -> None:
    context = _context(tmp_path)
    networks = context.services.networks
    network = networks.add(name="Réseau des jardins", kind="sectoriel")
    for kind in ("territorial", "collectif", "sectoriel", "territorial"):
        perform(context, "Type", lambda k=kind: networks.update(network.id, kind=k), "kind")
    assert context.undo_stack.count() == 1
    context.undo_stack.undo()
    assert networks.get(network.id).kind == "sectoriel"
    context.undo_stack.redo()
    assert networks.get(network.id).kind == "territorial"
    context.document.close()


def test_an_undo_that_no_longer_applies_reports_and_leaves_the_data(tmp_path: Path, qtbot) -> None:
    context = _context(tmp_path)
    networks = context.services.networks
    network = perform(context, "Ajouter", lambda: networks.add(name="Réseau A", kind="sectoriel"))
    networks.update(network.id, name="Renommé hors de l'historique")
    with qtbot.waitSignal(context.events.problem) as problem:
        context.undo_stack.undo()
    assert "Impossible d'annuler" in problem.args[0]
    assert networks.get(network.id).name == "Renommé hors de l'historique"
    assert context.undo_stack.count() == 0  # the stale step is gone, not left to fail again
    context.document.close()

"""Every edit is a service call recorded as a row-level change set, pushed on the undo stack."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtGui import QUndoCommand

from influence_app.gui.context import DocumentContext
from influence_app.services.history import ChangeSet

R = TypeVar("R")


class RecordedCommand(QUndoCommand):
    """An edit already applied once; undo/redo replay its recorded rows."""

    def __init__(self, context: DocumentContext, text: str, changes: ChangeSet) -> None:
        super().__init__(text)
        self._context = context
        self._changes = changes
        self._applied = True  # QUndoStack.push calls redo() at once: the edit is already done

    def redo(self) -> None:
        if self._applied:
            self._applied = False
            return
        self._context.history.redo(self._changes)
        self._context.events.changed.emit(self._changes.tables)

    def undo(self) -> None:
        self._context.history.undo(self._changes)
        self._context.events.changed.emit(self._changes.tables)


def perform(context: DocumentContext, text: str, work: Callable[[], R]) -> R:
    """Runs a service call as an undoable edit named `text` (« Ajouter le réseau … »).

    Service errors (ValidationError, InUse, …) propagate unchanged, nothing pushed, so the
    screen can show them at the field.
    """
    result, changes = context.history.record(work)
    if changes:
        context.undo_stack.push(RecordedCommand(context, text, changes))
        context.events.changed.emit(changes.tables)
    return result

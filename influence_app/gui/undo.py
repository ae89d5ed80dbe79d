"""Every edit is a service call recorded as a row-level change set, pushed on the undo stack."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtGui import QUndoCommand

from influence_app.gui.context import DocumentContext
from influence_app.services.errors import ServiceError
from influence_app.services.history import ChangeSet

R = TypeVar("R")

# QUndoStack only tries mergeWith between commands sharing an id(); ours then compare merge keys.
_MERGEABLE = 1


class RecordedCommand(QUndoCommand):
    """An edit already applied once; undo/redo replay its recorded rows."""

    def __init__(
        self, context: DocumentContext, text: str, changes: ChangeSet, merge_key: str | None
    ) -> None:
        super().__init__(text)
        self._context = context
        self._changes = changes
        self._merge_key = merge_key
        self._applied = True  # QUndoStack.push calls redo() at once: the edit is already done

    def id(self) -> int:
        return _MERGEABLE if self._merge_key else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        """Arrowing through a combo or a spin box makes one undo step, not one per value."""
        if not isinstance(other, RecordedCommand) or other._merge_key != self._merge_key:
            return False
        self._changes = ChangeSet(self._changes.changes + other._changes.changes)
        return True

    def redo(self) -> None:
        if self._applied:
            self._applied = False
            return
        self._replay(self._context.history.redo)

    def undo(self) -> None:
        self._replay(self._context.history.undo)

    def _replay(self, apply: Callable[[ChangeSet], None]) -> None:
        try:
            apply(self._changes)
        except ServiceError as error:
            # The rows moved since (another edit outside the stack): the step cannot be replayed.
            # Qt drops an obsolete command from the stack; the document is untouched.
            self.setObsolete(True)
            self._context.events.problem.emit(str(error))
            return
        self._context.events.changed.emit(self._changes.tables)


def perform(
    context: DocumentContext, text: str, work: Callable[[], R], merge_key: str | None = None
) -> R:
    """Runs a service call as an undoable edit named `text` (« Ajouter le réseau … »).

    Consecutive edits with the same `merge_key` (e.g. "network:net-1:kind") become one undo
    step. Service errors (ValidationError, InUse, …) propagate unchanged, nothing pushed, so
    the screen can show them at the field.
    """
    result, changes = context.history.record(work)
    if changes:
        context.undo_stack.push(RecordedCommand(context, text, changes, merge_key))
        context.events.changed.emit(changes.tables)
    return result

"""What a screen needs from the open document: services, history, undo stack, change signals."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtGui import QUndoStack

from influence_app.gui.events import DocumentEvents
from influence_app.services.catalog import Services
from influence_app.services.history import History
from influence_app.storage.document import Document


@dataclass
class DocumentContext:
    """Built by the main window when a document opens; handed to every screen."""

    document: Document
    services: Services
    history: History
    undo_stack: QUndoStack
    events: DocumentEvents = field(default_factory=DocumentEvents)

    @classmethod
    def open(cls, document: Document, undo_stack: QUndoStack) -> DocumentContext:
        context = cls(document, Services.for_document(document), History(document), undo_stack)
        document.add_commit_listener(context.events.announce_saved)
        return context

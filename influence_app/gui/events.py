"""Qt signals telling screens that the document changed, so they reload what they show."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QObject, Signal


class DocumentEvents(QObject):
    """One per open document; services never see it (they stay Qt-free)."""

    # frozenset[str] of table names whose rows moved (see services.history.ChangeSet.tables)
    changed = Signal(object)
    # datetime of the last commit, for the status bar's « Enregistré à 14:32 »
    saved = Signal(object)
    # French one-line message: an undo/redo that could not be replayed (the window shows it)
    problem = Signal(str)

    def announce_saved(self, when: dt.datetime) -> None:
        self.saved.emit(when)

"""A screen that reloads only while shown: hidden, it notes that it is stale and waits."""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from influence_app.gui.context import DocumentContext
from influence_app.gui.screens.base import Screen


class LazyScreen(Screen):
    """Captures in the cockpit change contributions many times a minute: a screen not shown
    must not reread the seminar at each of them."""

    def __init__(self, context: DocumentContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._stale = False

    def _on_changed(self, tables: frozenset[str]) -> None:
        if not tables & self.tables:
            return
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        if self._stale:
            self._stale = False
            self.refresh()
        super().showEvent(event)

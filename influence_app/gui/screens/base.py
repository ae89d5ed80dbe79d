"""Base class of the main window's pages: knows its context and reloads when its tables change."""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtWidgets import QWidget

from influence_app.gui.context import DocumentContext


class Screen(QWidget):
    """A page of the sidebar. Subclasses set `key` and `tables`, build widgets, fill `refresh()`."""

    key: ClassVar[str]  # stable id, remembered as "last screen" in the settings
    tables: ClassVar[frozenset[str]] = frozenset()  # tables it shows: refresh when they change

    def __init__(self, context: DocumentContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        context.events.changed.connect(self._on_changed)

    def title(self) -> str:
        """Translated name shown in the sidebar and the window title."""
        raise NotImplementedError

    def refresh(self) -> None:
        """Reload everything shown from the services."""
        raise NotImplementedError

    def _on_changed(self, tables: frozenset[str]) -> None:
        if tables & self.tables:
            self.refresh()

"""An open document's workspace: the navigation sidebar and the stack of its screens."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QStackedWidget,
    QWidget,
)

from influence_app.gui.context import DocumentContext
from influence_app.gui.dialogs.prompts import Prompts
from influence_app.gui.screens.base import Screen
from influence_app.gui.screens.registry import ScreenEntry
from influence_app.gui.tasks import TaskRunner
from influence_app.gui.theme import SIDEBAR_STYLE

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
SIDEBAR_WIDTH = 210
ITEM_HEIGHT = 42  # generous targets; QSS padding alone squeezes items in a QListWidget


@dataclass(frozen=True)
class ShellTools:
    """What some screens need from the shell beyond their document (export, questions)."""

    prompts: Prompts
    tasks: TaskRunner


class Workspace(QWidget):
    """Sidebar on the left, the selected screen on the right; arrows or Ctrl+1…9 move.

    A screen is built the first time it is shown: opening a document builds one, not nine.
    """

    screen_changed = Signal(str)  # key of the screen now shown

    def __init__(
        self,
        context: DocumentContext,
        entries: Sequence[ScreenEntry],
        tools: ShellTools,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context, self.entries, self.tools = context, list(entries), tools
        self._built: dict[int, Screen] = {}
        self.sidebar = self._sidebar()
        self.stack = QStackedWidget()
        for _entry in self.entries:
            self.stack.addWidget(QWidget())  # stands in until the screen is first shown
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.sidebar)
        layout.addWidget(self.stack, 1)
        self.sidebar.currentRowChanged.connect(self._show_row)

    def start_on(self, key: str | None) -> None:
        """Shows the screen `key` (the one remembered), else the first."""
        if not (key and self.show_screen(key)) and self.entries:
            self.sidebar.setCurrentRow(0)

    def screen(self, row: int) -> Screen:
        """The screen of that row, built now if it was not yet."""
        if row not in self._built:
            screen = self.entries[row].load()(self.context, self.stack)
            attach = getattr(screen, "attach_shell", None)
            if callable(attach):
                attach(self.tools)
            placeholder = self.stack.widget(row)
            self.stack.insertWidget(row, screen)
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
            self._built[row] = screen
        return self._built[row]

    def built_screen(self, key: str) -> Screen | None:
        """The screen `key` if it was shown already (never builds it)."""
        rows = [row for row, entry in enumerate(self.entries) if entry.key == key]
        return self._built.get(rows[0]) if rows else None

    def screens(self) -> list[Screen]:
        """Every screen, building those not shown yet."""
        return [self.screen(row) for row in range(len(self.entries))]

    def current_screen(self) -> Screen | None:
        row = self.sidebar.currentRow()
        return self.screen(row) if row >= 0 else None

    def current_key(self) -> str | None:
        row = self.sidebar.currentRow()
        return self.entries[row].key if row >= 0 else None

    def show_screen(self, key: str) -> bool:
        for row, entry in enumerate(self.entries):
            if entry.key == key:
                self.sidebar.setCurrentRow(row)
                return True
        return False

    def show_row(self, row: int) -> None:
        if 0 <= row < len(self.entries):
            self.sidebar.setCurrentRow(row)

    def _sidebar(self) -> QListWidget:
        sidebar = QListWidget()
        sidebar.setObjectName("sidebar")
        sidebar.setStyleSheet(SIDEBAR_STYLE)
        sidebar.setFixedWidth(SIDEBAR_WIDTH)
        sidebar.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for entry in self.entries:
            item = QListWidgetItem(entry.title())
            item.setData(KEY_ROLE, entry.key)
            item.setSizeHint(QSize(SIDEBAR_WIDTH, ITEM_HEIGHT))
            sidebar.addItem(item)
        return sidebar

    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        screen = self.screen(row)
        self.stack.setCurrentWidget(screen)
        self.screen_changed.emit(self.entries[row].key)

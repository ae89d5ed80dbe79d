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
from influence_app.gui.tasks import TaskRunner

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
SIDEBAR_WIDTH = 210
ITEM_HEIGHT = 42  # generous targets, and QSS padding alone squeezes items in QListWidget


@dataclass(frozen=True)
class ShellTools:
    """What some screens need from the shell beyond their document (export, questions)."""

    prompts: Prompts
    tasks: TaskRunner


class Workspace(QWidget):
    """Sidebar on the left, the selected screen on the right; arrows or Ctrl+1…9 move."""

    screen_changed = Signal(str)  # key of the screen now shown

    def __init__(
        self,
        context: DocumentContext,
        classes: Sequence[type[Screen]],
        tools: ShellTools,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setFixedWidth(SIDEBAR_WIDTH)
        self.sidebar.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.stack = QStackedWidget()
        for screen_class in classes:
            self._add(screen_class(context, self.stack), tools)
        self.sidebar.currentRowChanged.connect(self._show_row)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.sidebar)
        layout.addWidget(self.stack, 1)
        if self.sidebar.count():
            self.sidebar.setCurrentRow(0)

    def screens(self) -> list[Screen]:
        return [self.stack.widget(row) for row in range(self.stack.count())]  # type: ignore[misc]

    def current_screen(self) -> Screen | None:
        return self.stack.currentWidget()  # type: ignore[return-value]

    def current_key(self) -> str | None:
        screen = self.current_screen()
        return screen.key if screen is not None else None

    def show_screen(self, key: str) -> bool:
        for row, screen in enumerate(self.screens()):
            if screen.key == key:
                self.sidebar.setCurrentRow(row)
                return True
        return False

    def show_row(self, row: int) -> None:
        if 0 <= row < self.sidebar.count():
            self.sidebar.setCurrentRow(row)

    def _add(self, screen: Screen, tools: ShellTools) -> None:
        attach = getattr(screen, "attach_shell", None)
        if callable(attach):
            attach(tools)
        self.stack.addWidget(screen)
        item = QListWidgetItem(screen.title())
        item.setData(KEY_ROLE, screen.key)
        item.setSizeHint(QSize(SIDEBAR_WIDTH, ITEM_HEIGHT))
        self.sidebar.addItem(item)

    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        self.stack.setCurrentIndex(row)
        self.screen_changed.emit(self.screens()[row].key)

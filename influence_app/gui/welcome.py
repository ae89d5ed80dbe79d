"""The welcome page shown when no seminar is open: new, open, recent documents, demo."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCommandLinkButton,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from influence_app.gui.theme import MUTED, WELCOME_STYLE, emphasise, set_text_colour

PATH_ROLE = Qt.ItemDataRole.UserRole + 1
CONTENT_WIDTH = 1100
RECENT_ROWS = 8


class WelcomeScreen(QWidget):
    """Asks nothing itself: the window answers its signals."""

    new_requested = Signal()
    open_requested = Signal()
    demo_requested = Signal()
    recent_chosen = Signal(object)  # Path

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcome")
        self.setStyleSheet(WELCOME_STYLE)
        self.new_button = self._action(
            self.tr("Nouveau séminaire…"),
            self.tr("À partir du programme type de trois jours et des catégories usuelles."),
            self.new_requested,
        )
        self.open_button = self._action(
            self.tr("Ouvrir…"),
            self.tr("Un séminaire enregistré (fichier .influence)."),
            self.open_requested,
        )
        self.demo_button = self._action(
            self.tr("Découvrir avec la démo"),
            self.tr("Un séminaire complet de trois jours, pour essayer sans risque."),
            self.demo_requested,
        )
        self.recent_list = QListWidget()
        self.recent_list.setObjectName("recentDocuments")
        self.recent_list.itemActivated.connect(self._recent_activated)
        self.no_recent = self._muted(self.tr("Aucun séminaire ouvert récemment."))
        self.notice = self._muted("")
        self.notice.setObjectName("welcomeNotice")
        self.notice.hide()
        self._lay_out()

    def show_recent(self, documents: list[Path]) -> None:
        self.recent_list.clear()
        for path in documents:
            item = QListWidgetItem(f"{path.name}\n{path.parent}")
            item.setData(PATH_ROLE, str(path))
            self.recent_list.addItem(item)
        self.recent_list.setVisible(bool(documents))
        self._fit_recent(len(documents))
        self.no_recent.setVisible(not documents)
        if documents:
            self.recent_list.setCurrentRow(0)

    def _fit_recent(self, count: int) -> None:
        """As tall as its entries (up to RECENT_ROWS): no tall empty box under two files."""
        row = self.recent_list.sizeHintForRow(0) if count else 0
        frame = 2 * self.recent_list.frameWidth()
        self.recent_list.setFixedHeight(row * min(max(count, 1), RECENT_ROWS) + frame)

    def show_notice(self, text: str) -> None:
        """A quiet line under the buttons (e.g. why the last seminar did not reopen)."""
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def focus_first(self) -> None:
        target = self.recent_list if self.recent_list.count() else self.new_button
        target.setFocus()

    def _recent_activated(self, item: QListWidgetItem) -> None:
        self.recent_chosen.emit(Path(item.data(PATH_ROLE)))

    def _action(self, text: str, description: str, signal: Signal) -> QCommandLinkButton:
        button = QCommandLinkButton(text, description)
        button.clicked.connect(signal)
        return button

    def _muted(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setTextFormat(Qt.TextFormat.PlainText)  # may carry a file name
        label.setWordWrap(True)
        set_text_colour(label, MUTED)
        return label

    def _lay_out(self) -> None:
        title = QLabel(self.tr("Influence"))
        title.setObjectName("welcomeTitle")
        subtitle = QLabel(self.tr("L'outil de l'animateur·rice de séminaire associatif"))
        subtitle.setObjectName("welcomeSubtitle")
        columns = QHBoxLayout()
        columns.setSpacing(48)
        columns.addLayout(self._actions_column(), 1)
        columns.addWidget(self._recent_panel(), 1)
        content = QWidget()
        content.setMaximumWidth(CONTENT_WIDTH)
        inner = QVBoxLayout(content)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.setSpacing(12)
        inner.addWidget(title)
        inner.addWidget(subtitle)
        inner.addSpacing(24)
        inner.addLayout(columns, 1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(48, 56, 48, 40)
        layout.addStretch(1)
        layout.addWidget(content, 100)
        layout.addStretch(1)

    def _actions_column(self) -> QVBoxLayout:
        column = QVBoxLayout()
        column.setSpacing(8)
        for button in (self.new_button, self.open_button, self.demo_button):
            column.addWidget(button)
        column.addWidget(self.notice)
        column.addStretch(1)
        return column

    def _recent_panel(self) -> QFrame:
        panel = QFrame()
        panel.setObjectName("recentPanel")
        heading = emphasise(QLabel(self.tr("Séminaires récents")), 1.1)
        heading.setObjectName("sectionHeading")
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading)
        layout.addWidget(self.recent_list)
        layout.addWidget(self.no_recent)
        layout.addStretch(1)
        return panel

"""The « Programme » screen: the seminar's days and, for the selected day, its sessions."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QListView,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from influence_app.domain.models import Day
from influence_app.gui.context import DocumentContext
from influence_app.gui.forms.ui_day_form import Ui_DayForm
from influence_app.gui.models.agenda import day_label
from influence_app.gui.models.entity_model import Column, EntityTableModel
from influence_app.gui.screens.agenda_sessions import SessionPanel
from influence_app.gui.screens.base import Screen
from influence_app.gui.undo import perform
from influence_app.gui.widgets.entity_table import ask, focus_field, heading
from influence_app.gui.widgets.validation import FieldErrors, FormBinder
from influence_app.i18n import plural
from influence_app.services.errors import InUse

DAY_PANEL_WIDTH = 250


class AgendaScreen(Screen):
    """Days on the left (list and date/theme form), the selected day's sessions on the right."""

    key: ClassVar[str] = "agenda"
    tables: ClassVar[frozenset[str]] = frozenset({"day", "agenda_session"})

    def __init__(self, context: DocumentContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.question: QMessageBox | None = None  # the open « delete anyway? » question
        self.days_model: EntityTableModel[Day] = EntityTableModel(
            [Column(self.tr("Jour"), day_label)], parent=self
        )
        self.day_list = self._build_day_list()
        self.day_form = QWidget(self)
        self.day_ui = Ui_DayForm()
        self.day_ui.setupUi(self.day_form)
        self.day_binder = FormBinder(self._save_day, FieldErrors(self.day_ui.errorLabel))
        self.day_binder.date_edit("date", self.day_ui.dateEdit)
        self.day_binder.line_edit("theme", self.day_ui.themeEdit)
        self.sessions = SessionPanel(context, self)
        self.sessions_box = QGroupBox(self)
        self._build_actions()
        self._lay_out()
        self.refresh()

    def title(self) -> str:
        return self.tr("Programme")

    # Building.

    def _build_day_list(self) -> QListView:
        view = QListView(self)
        view.setModel(self.days_model)
        view.setWordWrap(True)
        view.setSpacing(3)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.selectionModel().currentRowChanged.connect(lambda *_: self._show_current_day())
        return view

    def _build_actions(self) -> None:
        self.add_day_action = self._action(self.tr("Ajouter un jour"), self.add_day)
        self.add_day_action.setShortcut(QKeySequence(Qt.Key.Key_Insert))
        self.delete_day_action = self._action(self.tr("Supprimer le jour"), self.delete_day)
        self.delete_day_action.setShortcut(QKeySequence(Qt.Key.Key_Delete))
        edit = self._action(self.tr("Modifier le jour"), lambda: focus_field(self.day_ui.themeEdit))
        edit.setShortcut(QKeySequence(Qt.Key.Key_F2))
        for action in (self.add_day_action, self.delete_day_action, edit):
            self.day_list.addAction(action)

    def _action(self, text: str, slot: Callable[[], Any]) -> QAction:
        action = QAction(text, self)
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(slot)
        return action

    def _lay_out(self) -> None:
        days_box = QGroupBox(self.tr("Jours"), self)
        buttons = QHBoxLayout()
        # Short texts: the box already says « Jours », and the panel stays narrow.
        for text, action in (
            (self.tr("Ajouter"), self.add_day_action),
            (self.tr("Supprimer"), self.delete_day_action),
        ):
            button = QPushButton(text, self)
            button.setToolTip(action.text())
            button.clicked.connect(action.trigger)
            action.enabledChanged.connect(button.setEnabled)
            buttons.addWidget(button)
        buttons.addStretch(1)
        days_layout = QVBoxLayout(days_box)
        days_layout.addWidget(self.day_list, 1)
        days_layout.addLayout(buttons)
        days_layout.addWidget(self.day_form)
        QVBoxLayout(self.sessions_box).addWidget(self.sessions)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(days_box)
        splitter.addWidget(self.sessions_box)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([DAY_PANEL_WIDTH, 1000])
        splitter.setChildrenCollapsible(False)
        hint = self.tr(
            "Changer une durée décale les séances suivantes. "
            "Inser ajoute, Suppr retire, Ctrl+Haut / Ctrl+Bas déplace une séance."
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(heading(self.title(), hint, self))
        layout.addWidget(splitter, 1)

    # Showing.

    def refresh(self) -> None:
        """Reloads the days and the selected day's sessions (after any edit, undo or redo)."""
        current = self.current_day()
        last_row = max(self.day_list.currentIndex().row(), 0)
        days = self.context.services.days.list()
        self.days_model.set_rows(days)
        row = self.days_model.row_of(current.id) if current else None
        self._select_day_row(row if row is not None else min(last_row, len(days) - 1))

    def current_day(self) -> Day | None:
        row = self.day_list.currentIndex().row()
        return self.days_model.row_at(row) if 0 <= row < self.days_model.rowCount() else None

    def select_day(self, day_id: str) -> None:
        row = self.days_model.row_of(day_id)
        if row is not None:
            self._select_day_row(row)

    def _select_day_row(self, row: int) -> None:
        if row >= 0:
            flag = QItemSelectionModel.SelectionFlag.ClearAndSelect
            self.day_list.selectionModel().setCurrentIndex(self.days_model.index(row, 0), flag)
        self._show_current_day()

    def _show_current_day(self) -> None:
        day = self.current_day()
        self.day_form.setEnabled(day is not None)
        self.delete_day_action.setEnabled(day is not None)
        if day is not None:
            self.day_binder.load(day.id, day.model_dump())
        self.sessions_box.setTitle(day_label(day) if day else self.tr("Aucun jour"))
        self.sessions.show_day(day.id if day else None)

    # Editing.

    def _save_day(self, field: str, value: Any) -> None:
        day = self.current_day()
        if day is None:
            return
        names = {
            "date": self.tr("Changer la date du jour {n}"),
            "theme": self.tr("Changer le thème du jour {n}"),
        }
        days = self.context.services.days
        text = names[field].format(n=day.index)
        perform(
            self.context,
            text,
            lambda: days.update(day.id, **{field: value}),
            merge_key=f"day:{day.id}:{field}",
        )

    def add_day(self) -> None:
        """A new day after the last one, selected and ready for its theme."""
        added = perform(self.context, self.tr("Ajouter un jour"), self.context.services.days.add)
        self.select_day(added.id)
        focus_field(self.day_ui.themeEdit)

    def delete_day(self) -> None:
        """Deletes the day and its sessions; asks first when they hold contributions."""
        day = self.current_day()
        if day is None:
            return
        text = self.tr("Supprimer le jour {n}").format(n=day.index)
        days = self.context.services.days
        try:
            perform(self.context, text, lambda: days.delete(day.id))
        except InUse as refusal:
            question = plural(
                refusal.dependents.get("contributions", 0),
                self.tr("Les séances du jour {day} contiennent {n} contribution."),
                self.tr("Les séances du jour {day} contiennent {n} contributions."),
                day=day.index,
            )
            self.question = ask(
                self,
                question,
                self.tr(
                    "Le jour, ses séances et ces contributions seront supprimés. "
                    "Annuler (Ctrl+Z) rétablit tout."
                ),
                self.tr("Supprimer quand même"),
                lambda: perform(self.context, text, lambda: days.delete(day.id, force=True)),
            )
        self.day_list.setFocus()

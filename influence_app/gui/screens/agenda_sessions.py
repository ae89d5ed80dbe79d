"""The sessions of one day: table, detail form, day total against 09:30–17:00, reordering."""

from __future__ import annotations

from collections.abc import Hashable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from influence_app.domain.enums import Method, SessionStatus
from influence_app.domain.models import AgendaSession
from influence_app.gui.context import DocumentContext
from influence_app.gui.forms.ui_session_form import Ui_SessionForm
from influence_app.gui.models.agenda import (
    TITLE_COLUMN,
    SessionTableModel,
    duration_text,
    method_label,
    status_label,
)
from influence_app.gui.undo import perform
from influence_app.gui.widgets.entity_table import MasterDetail, ask, focus_field
from influence_app.gui.widgets.validation import ERROR_COLOUR, FieldErrors, FormBinder
from influence_app.i18n import plural
from influence_app.services.agenda import DaySummary
from influence_app.services.errors import InUse

NEW_SESSION_MINUTES = 30


class SessionPanel(QWidget):
    """Shows the sessions of the day given to `show_day`; every edit goes through `perform`."""

    def __init__(self, context: DocumentContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.question: QMessageBox | None = None  # the open « delete anyway? » question
        self._day_id: str | None = None
        self.model = SessionTableModel(self)
        self.form = QWidget(self)
        self.ui = Ui_SessionForm()
        self.ui.setupUi(self.form)
        self._fill_choices()
        self.binder = FormBinder(self._save, FieldErrors(self.ui.errorLabel))
        self._bind_fields()
        self.master = MasterDetail(
            self.model,
            self.form,
            self.tr("Ajouter une séance"),
            self.tr("Aucune séance ce jour-là.\n« Ajouter une séance » (Inser) en crée une."),
            movable=True,
            parent=self,
        )
        self.table = self.master.table
        self.summary = QLabel(self)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self._lay_out()
        self._connect()

    # Building.

    def _fill_choices(self) -> None:
        self.ui.methodCombo.addItem(self.tr("— non précisée —"), None)
        for method in Method:
            self.ui.methodCombo.addItem(method_label(method), method.value)
        for status in SessionStatus:
            self.ui.statusCombo.addItem(status_label(status), status.value)

    def _bind_fields(self) -> None:
        ui, binder = self.ui, self.binder
        binder.line_edit("title", ui.titleEdit, required=self.tr("Le titre est obligatoire."))
        binder.line_edit("start_time", ui.startEdit, required=self.tr("L’heure est obligatoire."))
        binder.spin_box("duration_min", ui.durationSpin)
        binder.combo("method", ui.methodCombo)
        binder.combo("status", ui.statusCombo)
        binder.plain_text("objective", ui.objectiveEdit)

    def _lay_out(self) -> None:
        self.up_button = QPushButton(self.tr("Monter"), self)
        self.up_button.setToolTip(self.tr("Ctrl+Haut"))
        self.down_button = QPushButton(self.tr("Descendre"), self)
        self.down_button.setToolTip(self.tr("Ctrl+Bas"))
        header = QHBoxLayout()
        header.addWidget(self.summary, 1)
        header.addWidget(self.up_button)
        header.addWidget(self.down_button)
        # Sessions have long titles: the form goes under the table, which keeps the full width.
        self.master.splitter.setOrientation(Qt.Orientation.Vertical)
        self.master.splitter.setSizes([1000, self.form.sizeHint().height()])
        self.master.splitter.setStretchFactor(0, 1)
        self.master.splitter.setStretchFactor(1, 0)
        columns = self.table.horizontalHeader()
        columns.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        columns.setSectionResizeMode(TITLE_COLUMN, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(header)
        layout.addWidget(self.master, 1)
        ui = self.ui
        chain = (ui.titleEdit, ui.startEdit, ui.durationSpin, ui.methodCombo, ui.statusCombo)
        tab_chain(self.table, *chain, ui.objectiveEdit, self.master.add_button)
        self.ui.startEdit.setToolTip(self.tr("La première séance fixe le début de la journée."))

    def _connect(self) -> None:
        self.master.current_changed.connect(self._load_form)
        self.master.add_requested.connect(self.add_session)
        self.master.delete_requested.connect(self.delete_session)
        self.master.edit_requested.connect(self._edit_title)
        self.master.move_requested.connect(self.move_session)
        self.up_button.clicked.connect(lambda: self._step(-1))
        self.down_button.clicked.connect(lambda: self._step(+1))

    # Showing.

    def show_day(self, day_id: str | None) -> None:
        """Loads the sessions of `day_id`, keeping the selected session when it is still there
        (or its neighbour, after a deletion); another day starts at its first session."""
        same_day = day_id == self._day_id
        self._day_id = day_id
        sessions = self.context.services.sessions.list_for_day(day_id) if day_id else []
        prefer = sessions[0].id if sessions and not same_day else None
        if not same_day:
            self.master.set_rows([])  # the other day's row must not survive by position
        self.master.set_rows(sessions, prefer=prefer)
        self._show_summary()

    def select_session(self, session_id: str) -> None:
        self.master.select_key(session_id)

    def current_row(self) -> int:
        """Row of the selected session, -1 when none."""
        key = self.master.current_key()
        row = self.model.row_of(key) if key is not None else None
        return -1 if row is None else row

    def current_session(self) -> AgendaSession | None:
        row = self.current_row()
        return self.model.row_at(row) if row >= 0 else None

    def _session(self, key: Hashable) -> AgendaSession:
        row = self.model.row_of(key)
        assert row is not None, key  # keys come from the table's own rows
        return self.model.row_at(row)

    def _load_form(self, key: Hashable | None) -> None:
        session = self.current_session()
        row = self.current_row()
        self.ui.startEdit.setReadOnly(row != 0)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < self.model.rowCount() - 1)
        if session is not None:
            self.binder.load(key, session.model_dump())

    def _show_summary(self) -> None:
        if self._day_id is None:
            self.summary.clear()
            return
        summary = self.context.services.days.day_summary(self._day_id)
        self.summary.setText(self.summary_text(summary))
        over = summary.overrun_min > 0
        self.summary.setStyleSheet(f"color: {ERROR_COLOUR}; font-weight: bold;" if over else "")

    def summary_text(self, summary: DaySummary) -> str:
        """« 6 h 45 sur 7 h 30 (09:30 – 16:15) », with « dépassement de 20 min » when over."""
        text = self.tr("Durée totale : {total} sur {budget}").format(
            total=duration_text(summary.total_min), budget=duration_text(summary.budget_min)
        )
        if summary.first_start and summary.last_end:
            text += f" ({summary.first_start} – {summary.last_end})"
        if summary.overrun_min:
            over = duration_text(summary.overrun_min)
            text += " — " + self.tr("dépassement de {over}").format(over=over)
        return text

    # Editing.

    def _save(self, field: str, value: Any) -> None:
        """Called by the form when a changed field is validated; refusals raise to the field."""
        session = self.current_session()
        if session is None:
            return
        sessions = self.context.services.sessions
        text = self._edit_name(field).format(title=session.title)
        # arrowing through a method, a status or a duration: one undo step, not one per value
        perform(
            self.context,
            text,
            lambda: sessions.update(session.id, **{field: value}),
            merge_key=f"session:{session.id}:{field}",
        )

    def _edit_name(self, field: str) -> str:
        return {
            "title": self.tr("Renommer la séance « {title} »"),
            "start_time": self.tr("Changer l’heure de début de « {title} »"),
            "duration_min": self.tr("Changer la durée de « {title} »"),
            "method": self.tr("Changer la méthode de « {title} »"),
            "status": self.tr("Changer le statut de « {title} »"),
            "objective": self.tr("Modifier l’objectif de « {title} »"),
        }[field]

    def _edit_title(self) -> None:
        focus_field(self.ui.titleEdit)

    # Add, delete, move.

    def add_session(self) -> None:
        """A new session after the selected one (or last), selected and ready to be named."""
        if self._day_id is None:
            return
        day_id, row = self._day_id, self.current_row()
        sessions = self.context.services.sessions

        def work() -> AgendaSession:
            title = self.tr("Nouvelle séance")
            added = sessions.add(day_id=day_id, title=title, duration_min=NEW_SESSION_MINUTES)
            if row >= 0:
                sessions.move(added.id, row + 1)
            return added

        added = perform(self.context, self.tr("Ajouter une séance"), work)
        self.select_session(added.id)
        self._edit_title()

    def delete_session(self, key: Hashable) -> None:
        session = self._session(key)
        text = self.tr("Supprimer la séance « {title} »").format(title=session.title)
        sessions = self.context.services.sessions
        try:
            perform(self.context, text, lambda: sessions.delete(session.id))
        except InUse as refusal:
            question = plural(
                refusal.dependents.get("contributions", 0),
                self.tr("La séance « {title} » contient {n} contribution."),
                self.tr("La séance « {title} » contient {n} contributions."),
                title=session.title,
            )
            self.question = ask(
                self,
                question,
                self.tr("Elles seront supprimées avec elle. Annuler (Ctrl+Z) rétablit tout."),
                self.tr("Supprimer quand même"),
                lambda: perform(self.context, text, lambda: sessions.delete(session.id, True)),
            )
        self.table.setFocus()

    def _step(self, step: int) -> None:
        key = self.master.current_key()
        if key is not None:
            self.move_session(key, self.current_row() + step)

    def move_session(self, key: Hashable, new_index: int) -> None:
        if not 0 <= new_index < self.model.rowCount():
            return
        session = self._session(key)
        text = self.tr("Déplacer la séance « {title} »").format(title=session.title)
        sessions = self.context.services.sessions
        perform(self.context, text, lambda: sessions.move(session.id, new_index))
        self.select_session(session.id)
        self.table.setFocus()


def tab_chain(*widgets: QWidget) -> None:
    """Tab goes through `widgets` in this order (the table first, then its form's fields)."""
    for first, second in zip(widgets, widgets[1:], strict=False):
        QWidget.setTabOrder(first, second)

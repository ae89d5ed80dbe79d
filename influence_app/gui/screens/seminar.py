"""The Séminaire screen: title, programme, organiser, place, dates, context, language, anonymity."""

from __future__ import annotations

from typing import Any, ClassVar

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QDateEdit, QScrollArea, QVBoxLayout, QWidget

from influence_app.gui.context import DocumentContext
from influence_app.gui.forms.ui_seminar_form import Ui_SeminarForm
from influence_app.gui.screens.base import Screen
from influence_app.gui.theme import MUTED, set_text_colour
from influence_app.gui.undo import perform
from influence_app.gui.widgets.entity_table import heading
from influence_app.gui.widgets.validation import FieldErrors, FormBinder
from influence_app.services.seminar import Language

FIELDS = (
    "title",
    "programme",
    "organiser",
    "location",
    "start_date",
    "end_date",
    "language",
    "context",
    "anonymous_authors",
)
FORM_MAX_WIDTH = 820  # long lines are hard to read on a projector


class SeminarScreen(Screen):
    """One form over the document's seminar row; each field is saved when validated."""

    key: ClassVar[str] = "seminar"
    tables: ClassVar[frozenset[str]] = frozenset({"seminar", "day"})

    def __init__(self, context: DocumentContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.form = QWidget(self)
        self.ui = Ui_SeminarForm()
        self.ui.setupUi(self.form)
        self._prepare_fields()
        self.errors = FieldErrors(self.ui.formErrorLabel)
        self.binder = FormBinder(self._save, self.errors)
        self._bind()
        self._build()
        self.refresh()

    def title(self) -> str:
        return self.tr("Séminaire")

    def refresh(self) -> None:
        seminar = self.context.services.seminar.get()
        self.binder.load(seminar.id, {field: getattr(seminar, field) for field in FIELDS})

    # Construction.

    def _prepare_fields(self) -> None:
        self.ui.languageCombo.addItem(self.tr("Français"), Language.FR.value)
        self.ui.languageCombo.addItem(self.tr("Anglais"), Language.EN.value)
        for edit in (self.ui.startDateEdit, self.ui.endDateEdit):
            _french_calendar(edit)
        for note in (self.ui.startNote, self.ui.anonymousNote):
            set_text_colour(note, MUTED)

    def _bind(self) -> None:
        ui, bind = self.ui, self.binder
        bind.line_edit("title", ui.titleEdit, required=self.tr("Le titre est obligatoire."))
        bind.line_edit("programme", ui.programmeEdit)
        bind.line_edit("organiser", ui.organiserEdit)
        bind.line_edit("location", ui.locationEdit)
        bind.date_edit("start_date", ui.startDateEdit)
        bind.date_edit("end_date", ui.endDateEdit)
        bind.combo("language", ui.languageCombo)
        bind.plain_text("context", ui.contextEdit)
        bind.check_box("anonymous_authors", ui.anonymousCheck)

    def _build(self) -> None:
        hint = self.tr(
            "Ce qui figure en couverture de la synthèse. "
            "Chaque champ est enregistré dès que vous le quittez."
        )
        column = QWidget(self)
        column.setMaximumWidth(FORM_MAX_WIDTH)
        inner = QVBoxLayout(column)
        inner.setContentsMargins(24, 16, 24, 16)
        inner.addWidget(heading(self.title(), hint, column))
        inner.addWidget(self.form)
        inner.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidget(column)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    # Edits.

    def _save(self, field: str, value: Any) -> None:
        services = self.context.services
        text = self._action_text(field)
        perform(
            self.context,
            text,
            lambda: services.seminar.update(**{field: value}),
            merge_key=f"seminar:{field}",
        )

    def _action_text(self, field: str) -> str:
        texts = {
            "title": self.tr("Renommer le séminaire"),
            "programme": self.tr("Modifier le programme"),
            "organiser": self.tr("Modifier l'organisateur"),
            "location": self.tr("Modifier le lieu"),
            "start_date": self.tr("Décaler le séminaire"),
            "end_date": self.tr("Modifier la date de fin"),
            "language": self.tr("Changer la langue"),
            "context": self.tr("Modifier le contexte"),
            "anonymous_authors": self.tr("Changer l'anonymat des contributions"),
        }
        return texts[field]


def _french_calendar(edit: QDateEdit) -> None:
    """« mardi 10 mars 2026 », weeks from Monday, whatever the system's language."""
    french = QLocale(QLocale.Language.French, QLocale.Country.France)
    edit.setLocale(french)
    edit.calendarWidget().setLocale(french)
    edit.calendarWidget().setFirstDayOfWeek(Qt.DayOfWeek.Monday)
    edit.calendarWidget().setGridVisible(True)

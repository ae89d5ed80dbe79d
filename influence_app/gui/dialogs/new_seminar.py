"""Nouveau séminaire: title, first day and file name, then the document from the template."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from influence_app.gui.dialogs.prompts import SEMINAR_FILTER, Prompts
from influence_app.gui.theme import ERROR, set_text_colour
from influence_app.services.errors import ServiceError
from influence_app.services.seminar import SeminarService
from influence_app.storage.document import Document
from influence_app.storage.errors import DocumentError

Create = Callable[[Path, str, dt.date], Document]
SUFFIX = ".influence"
_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def file_name_for(title: str) -> str:
    """« Séminaire 2026 » -> « Séminaire 2026.influence »: readable, safe on every system."""
    stem = _UNSAFE.sub(" ", title).strip(" .") or "seminaire"
    return stem[:80] + SUFFIX


def with_suffix(path: Path, suffix: str) -> Path:
    return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)


class NewSeminarDialog(QDialog):
    """Non-blocking (`open()`); emits `created` with the open document once it exists."""

    created = Signal(object)  # Document

    def __init__(
        self,
        folder: Path,
        prompts: Prompts,
        create: Create = SeminarService.create_from_template,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Nouveau séminaire"))
        self._folder, self._prompts, self._create = Path(folder), prompts, create
        self._file_edited = False
        self._build()
        self.title_edit.textEdited.connect(self._suggest_file)
        self.file_edit.textEdited.connect(self._mark_file_edited)

    def _build(self) -> None:
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("ex. Séminaire inter-réseaux 2026"))
        self.date_edit = QDateEdit(QDate.currentDate())
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("dd/MM/yyyy")
        self.file_edit = QLineEdit(str(self._folder / file_name_for("")))
        self.browse_button = QPushButton(self.tr("Choisir…"))
        self.browse_button.clicked.connect(self._browse)
        self.error_label = QLabel()
        self.error_label.setObjectName("fieldError")
        set_text_colour(self.error_label, ERROR)
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.create_button = QPushButton(self.tr("Créer"))
        self.create_button.setDefault(True)
        self.create_button.clicked.connect(self.try_create)
        cancel = QPushButton(self.tr("Annuler"))
        cancel.clicked.connect(self.reject)
        self._lay_out(cancel)

    def _lay_out(self, cancel: QPushButton) -> None:
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.browse_button)
        form = QFormLayout()
        form.addRow(self.tr("&Titre :"), self.title_edit)
        form.addRow(self.tr("&Premier jour :"), self.date_edit)
        file_label = QLabel(self.tr("&Fichier :"))
        file_label.setBuddy(self.file_edit)  # a row holding a layout gets no buddy by itself
        form.addRow(file_label, file_row)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.create_button)
        buttons.addWidget(cancel)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        layout.addLayout(buttons)
        # Explicit: the error label appearing must not move the window's constraints.
        self.setMinimumSize(600, 240)
        self.resize(640, 240)

    def try_create(self) -> Document | None:
        """Creates the document; a refusal is shown under the form and the dialog stays."""
        title = self.title_edit.text().strip()
        path = (
            Path(self.file_edit.text().strip()).expanduser()
            if self.file_edit.text().strip()
            else None
        )
        if not title:
            return self._refuse(self.tr("Le titre est obligatoire."), self.title_edit)
        if path is None:
            return self._refuse(self.tr("Indiquez le fichier du séminaire."), self.file_edit)
        try:
            document = self._create(
                with_suffix(path, SUFFIX), title, self.date_edit.date().toPython()
            )
        except (ServiceError, DocumentError, OSError, ValueError) as error:
            return self._refuse(str(error), self.file_edit)
        self.error_label.hide()
        self.created.emit(document)
        self.accept()
        return document

    def _refuse(self, message: str, field: QWidget) -> None:
        self.error_label.setText(message)
        self.error_label.show()
        field.setFocus()
        return None

    def _browse(self) -> None:
        suggested = Path(
            self.file_edit.text() or self._folder / file_name_for(self.title_edit.text())
        )
        chosen = self._prompts.save_file(
            self, self.tr("Enregistrer le séminaire sous"), suggested, SEMINAR_FILTER
        )
        if chosen:
            self.file_edit.setText(str(with_suffix(chosen, SUFFIX)))
            self._file_edited = True

    def _suggest_file(self, title: str) -> None:
        if not self._file_edited:
            folder = Path(self.file_edit.text()).parent if self.file_edit.text() else self._folder
            self.file_edit.setText(str(folder / file_name_for(title)))

    def _mark_file_edited(self) -> None:
        self._file_edited = True

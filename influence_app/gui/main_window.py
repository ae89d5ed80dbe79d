"""The main window: shows the open seminar."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMainWindow

from influence_app.services.seminar import SeminarService
from influence_app.storage.document import Document


class MainWindow(QMainWindow):
    def __init__(self, document: Document | None) -> None:
        super().__init__()
        self.document = document
        title = SeminarService(document).get().title if document else self.tr("Aucun séminaire")
        self.setWindowTitle(f"{title} — Influence")
        label = QLabel(title)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setCentralWidget(label)
        self.resize(1200, 760)

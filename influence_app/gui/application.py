"""Qt application start-up: QApplication, French translator, first window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox

from influence_app.gui.main_window import MainWindow
from influence_app.storage.document import Document
from influence_app.storage.errors import DocumentError


def run(document_path: Path | None) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Influence")
    app.setOrganizationName("LeMouvementAssociatif")
    document = _open(document_path) if document_path else None
    window = MainWindow(document)
    window.show()
    return app.exec()


def _open(path: Path) -> Document | None:
    try:
        return Document.open(path)
    except DocumentError as error:
        QMessageBox.critical(None, "Influence", str(error))
        return None

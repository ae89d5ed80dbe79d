"""Qt application start-up: QApplication, French translations, look, first window."""

from __future__ import annotations

import gc
import sys
from pathlib import Path

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from influence_app import paths
from influence_app.gui.dialogs.prompts import Prompts
from influence_app.gui.main_window import MainWindow
from influence_app.gui.settings import AppSettings
from influence_app.gui.theme import apply_theme
from influence_app.gui.translations import install_translators


def run(document_path: Path | None, settings: AppSettings | None = None) -> int:
    """Starts the app on `document_path` (or the last document, or the welcome page)."""
    app = create_application()
    window = start(document_path, settings or AppSettings.default())
    settle_start_up_objects()
    status = app.exec()
    del window
    return status


def settle_start_up_objects() -> None:
    """Everything made so far lives as long as the app: keep it out of the cycle collector's
    walks (shorter pauses while typing, too) and turn the collector back on if start-up
    turned it off (app.run_gui)."""
    gc.freeze()
    gc.enable()


def create_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication, speaking French (Qt's own dialogs too) with the app's look."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv or sys.argv)
    app.setApplicationName("Influence")
    app.setApplicationDisplayName("Influence")
    app.setOrganizationName("LeMouvementAssociatif")
    app.setDesktopFileName("org.lemouvementassociatif.Influence")
    app.setWindowIcon(QIcon(str(paths.resource("icons", "influence.svg"))))
    install_translators(app)  # the translators are children of `app`: they live as long
    apply_theme(app)
    return app


def start(
    document_path: Path | None, settings: AppSettings, prompts: Prompts | None = None
) -> MainWindow:
    """Opens the asked document (refusals explained in dialogs), then shows the main window:
    on that document, else on the welcome page. Opening first means the welcome page is not
    built for nothing, and the window's first frame is the seminar (start-up time)."""
    window = MainWindow(settings, prompts)
    if document_path is not None:
        window.open_path(Path(document_path))
    else:
        window.reopen_last()
    window.show()
    return window

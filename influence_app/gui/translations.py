"""Loads Qt's own French catalogue (standard buttons, dialogs) and ours when present."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from influence_app import paths


def install_translators(app: QCoreApplication, language: str = "fr") -> list[QTranslator]:
    """Installs and returns the translators (kept alive by the caller: Qt does not own them)."""
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
    installed = []
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in ((f"qtbase_{language}", qt_folder), (f"influence_{language}", None)):
        translator = QTranslator(app)
        where = folder or str(paths.locale_dir())
        if translator.load(name, where):
            app.installTranslator(translator)
            installed.append(translator)
    return installed

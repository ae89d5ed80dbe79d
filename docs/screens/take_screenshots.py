"""Screenshots of the welcome page and of every screen on the demo seminar, at 1366×768.

Run: xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python docs/screens/take_screenshots.py
Writes docs/screens/NN-<screen>.png. User folders point into a temp folder: the real
settings, recent documents and snapshots are never touched.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT))
SIZE = (1366, 768)
SETTLE_MS = 300  # layouts, column widths and deferred refreshes finish before the grab


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
            os.environ[name] = str(Path(folder, name.lower()))
        documents = Path(folder, "Documents", "Séminaires")
        documents.mkdir(parents=True)
        demo = documents / "demo.influence"
        shoot(demo, Path(folder, "influence.ini"))


def shoot(demo: Path, settings_file: Path) -> None:
    from PySide6.QtTest import QTest

    from influence_app import paths
    from influence_app.gui.application import create_application
    from influence_app.gui.main_window import MainWindow
    from influence_app.gui.settings import AppSettings
    from influence_app.services.archive import import_archive_as_new

    app = create_application([sys.argv[0]])
    import_archive_as_new(paths.resource("demo", "demo-seminar.json"), demo).close()
    settings = AppSettings(settings_file)
    settings.add_recent(demo)  # the welcome page as a returning user sees it
    window = MainWindow(settings)
    window.resize(*SIZE)
    window.show()
    QTest.qWait(SETTLE_MS)
    save(window, "00-accueil")
    window.open_path(demo)
    for row, entry in enumerate(window.workspace.entries, start=1):
        window.workspace.show_row(row - 1)
        QTest.qWait(SETTLE_MS)
        save(window, f"{row:02d}-{entry.key}")
    window.close()
    app.processEvents()


def save(window, name: str) -> None:  # noqa: ANN001  (a QWidget: Qt is imported late)
    target = HERE / f"{name}.png"
    if not window.grab().save(str(target)):
        raise SystemExit(f"could not write {target}")
    print(target.relative_to(ROOT))


if __name__ == "__main__":
    main()

"""The real entry point, in its own process: it opens the asked seminar, shows it, and leaves
the cycle collector running (start-up turns it off to go faster)."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

from influence_app.services.seminar import SeminarService

# Looks at the app once its event loop runs, prints what it saw, then quits it.
_CHILD = """
import gc, sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from influence_app.app import run_gui

app = QApplication(sys.argv[:1])

def look():
    windows = [w for w in app.topLevelWidgets() if w.isVisible() and hasattr(w, "document")]
    for window in windows:
        print("title", window.windowTitle(), "open", window.document is not None)
        window.close()
    print("collector", gc.isenabled(), "frozen", gc.get_freeze_count() > 0)
    app.quit()

QTimer.singleShot(0, look)
print("status", run_gui(Path(sys.argv[1])))
"""


def test_run_gui_shows_the_document_and_turns_the_collector_back_on(tmp_path: Path) -> None:
    path = tmp_path / "atelier.influence"
    SeminarService.create_from_template(path, "Atelier", dt.date(2026, 3, 10)).close()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        env[name] = str(tmp_path / name.lower())

    result = subprocess.run(
        [sys.executable, "-c", _CHILD, str(path)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )

    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        "title atelier.influence — Influence open True",
        "collector True frozen True",
        "status 0",
    ]

"""Capture in the cockpit: time from Enter to the row committed and shown in the list.

Run: python benches/bench_capture_gui.py. The document holds 10,000 contributions in the
current session (all loaded in the list). Each measure starts when Enter reaches the capture
line and ends once the row is committed (undoable edit recorded), inserted in the list model,
scrolled to and painted (the pending events, paints included, processed). The reference is
ContributionService.add alone on the same document: what the GUI adds on top of the store.
Goal: p99 under one frame at 60 Hz (16 ms).
"""

from __future__ import annotations

import datetime as dt
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, Qt  # noqa: E402
from PySide6.QtGui import QKeyEvent, QUndoStack  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from influence_app.domain.models import Contribution  # noqa: E402
from influence_app.gui.context import DocumentContext  # noqa: E402
from influence_app.gui.screens.cockpit import CockpitScreen  # noqa: E402
from influence_app.services.agenda import SessionService  # noqa: E402
from influence_app.services.contributions import ContributionService  # noqa: E402
from influence_app.services.seminar import SeminarService  # noqa: E402
from influence_app.storage.document import Document  # noqa: E402

EXISTING = 10_000
CALLS = 300
WARM_UP = 20
FRAME_MS = 16.0
DAY_1 = dt.date(2026, 3, 10)
NOW = dt.datetime(2026, 3, 10, 14, 5)  # during the World Café of day 1


def main() -> None:
    app = QApplication.instance() or QApplication(sys.argv)
    with tempfile.TemporaryDirectory() as folder:
        os.environ["XDG_DATA_HOME"] = folder  # snapshots, if any, stay in the temp folder
        path = Path(folder, "capture.influence")
        session_id = prepare(path)
        with Document.open(path) as document:
            gui = time_gui(app, document, session_id)
            store = time_store(document, session_id)
    report(gui, store)


def prepare(path: Path) -> str:
    """The template seminar with EXISTING contributions in the World Café session."""
    with SeminarService.create_from_template(path, "Banc d'essai", DAY_1) as document:
        sessions = SessionService(document).list()
        session_id = next(s.id for s in sessions if s.method == "world_cafe")
        with document.transaction() as session:
            session.add_all(
                Contribution(id=f"old-{n}", session_id=session_id, text=f"Idée {n}", sort_key=n)
                for n in range(1, EXISTING + 1)
            )
    return session_id


def time_gui(app: QApplication, document: Document, session_id: str) -> list[float]:
    context = DocumentContext.open(document, QUndoStack())
    cockpit = CockpitScreen(context, wall_clock=lambda: NOW)
    cockpit.resize(1366, 768)
    cockpit.show()
    app.processEvents()
    assert cockpit.timeline.current_id == session_id
    assert cockpit.list.model.rowCount() == EXISTING
    durations = [enter_to_visible(app, cockpit, n) for n in range(WARM_UP + CALLS)][WARM_UP:]
    assert cockpit.list.model.rowCount() == EXISTING + WARM_UP + CALLS
    cockpit.hide()
    cockpit.deleteLater()
    app.processEvents()
    return durations


def enter_to_visible(app: QApplication, cockpit: CockpitScreen, n: int) -> float:
    edit, model, view = cockpit.capture.edit, cockpit.list.model, cockpit.list.view
    edit.setText(f"Contribution saisie en direct n°{n} : « être entendus »")
    app.processEvents()
    rows = model.rowCount()
    enter = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier)
    start = time.perf_counter()
    QApplication.sendEvent(edit, enter)
    last = model.index(rows, 0)
    app.processEvents()  # pending paints (the scrolled rows) drawn: the next frame
    elapsed = (time.perf_counter() - start) * 1000
    shown = model.rowCount() == rows + 1 and view.visualRect(last).intersects(
        view.viewport().rect()
    )
    assert shown, "the new row is not in the visible part of the list"
    assert model.data(last).endswith(f"n°{n} : « être entendus »")
    return elapsed


def time_store(document: Document, session_id: str) -> list[float]:
    service = ContributionService(document)
    durations = []
    for n in range(WARM_UP + CALLS):
        start = time.perf_counter()
        service.add(session_id, f"Contribution du banc n°{n}")
        durations.append((time.perf_counter() - start) * 1000)
    return durations[WARM_UP:]


def summary(durations: list[float]) -> tuple[float, float]:
    return statistics.median(durations), statistics.quantiles(durations, n=100)[98]


def report(gui: list[float], store: list[float]) -> None:
    (gui_med, gui_p99), (store_med, store_p99) = summary(gui), summary(store)
    verdict = "under" if gui_p99 < FRAME_MS else "OVER"
    print(
        f"Enter → committed and visible: median {gui_med:.2f} ms, p99 {gui_p99:.2f} ms "
        f"({verdict} the {FRAME_MS:.0f} ms frame: p99/frame {gui_p99 / FRAME_MS:.2f}); "
        f"ContributionService.add alone: median {store_med:.2f} ms, p99 {store_p99:.2f} ms; "
        f"ratio median {gui_med / store_med:.2f}x, p99 {gui_p99 / store_p99:.2f}x "
        f"({CALLS} captures, {EXISTING} contributions in the session's list)"
    )


if __name__ == "__main__":
    main()

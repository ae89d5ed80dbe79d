"""Child of test_capture_crash.py: the real cockpit, driven by posted key events, to be killed.

Usage: python capture_crash_child.py DOCUMENT SNAPSHOTS_DIR. Qt and the app are imported once
here ("imported"); each line read on stdin forks a worker that starts a QApplication, opens the
document, builds a main window with the CockpitScreen and the room actions, and prints
"ready <pid> <rows in the list>". Then, by the line's word:
- "capture": types contributions (a kind key, the text, Enter) as posted key events and
  prints each contribution's id once it is committed, until it is killed;
- "draft": types a text without Enter, prints "draft" once the draft is committed, waits;
- "check": prints "offered <text>" for a draft offered back (or "offered -"), exits.
Once the worker is gone this process prints "exit <code>" (-9 for SIGKILL).
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent, QUndoStack
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

from influence_app.gui.context import DocumentContext
from influence_app.gui.projector import install_room_actions
from influence_app.gui.screens.cockpit import CockpitScreen
from influence_app.storage.document import Document

DRAFT_TEXT = "Brouillon jamais validé : « financer l’engagement » — à reprendre"
KIND_KEYS = (Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_4, Qt.Key.Key_6)
WORLD_CAFE = dt.datetime(2026, 3, 10, 14, 5)


def post_key(widget: QWidget, key: Qt.Key, text: str = "", ctrl: bool = False) -> None:
    modifiers = Qt.KeyboardModifier.ControlModifier if ctrl else Qt.KeyboardModifier.NoModifier
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.postEvent(widget, QKeyEvent(kind, key, modifiers, text))


def post_text(widget: QWidget, text: str) -> None:
    for character in text:
        post_key(widget, Qt.Key.Key_unknown, character)


def write_line(line: str) -> None:
    # One write() of a short line is atomic on a pipe: a kill cannot tear it.
    sys.stdout.write(f"{line}\n")
    sys.stdout.flush()


def build(path: Path, snapshots: Path) -> tuple[QMainWindow, CockpitScreen]:
    document = Document.open(path, snapshots_root=snapshots)
    context = DocumentContext.open(document, QUndoStack())
    cockpit = CockpitScreen(context, wall_clock=lambda: WORLD_CAFE, draft_interval_ms=200)
    window = QMainWindow()
    window.setCentralWidget(cockpit)
    install_room_actions(window, lambda: context, lambda: cockpit)
    window.resize(1366, 768)
    window.show()
    return window, cockpit


def capture(app: QApplication, cockpit: CockpitScreen) -> None:
    cockpit.captured.connect(write_line)
    edit = cockpit.capture.edit
    number = 0
    while True:
        post_key(edit, KIND_KEYS[number % len(KIND_KEYS)], ctrl=True)
        post_text(edit, f"Idée n°{number} : « mieux se faire entendre » à l’échelon régional")
        post_key(edit, Qt.Key.Key_Return)
        app.processEvents()
        number += 1


def draft(app: QApplication, cockpit: CockpitScreen) -> None:
    cockpit.capture.draft_saved.connect(lambda _key: write_line("draft"))
    post_text(cockpit.capture.edit, DRAFT_TEXT)
    app.exec()


def check(cockpit: CockpitScreen) -> None:
    offered = cockpit.banner.current()
    write_line(f"offered {offered.text if offered and cockpit.banner.isVisible() else '-'}")


def worker(mode: str, path: Path, snapshots: Path) -> None:
    try:
        app = QApplication([sys.argv[0]])
        _window, cockpit = build(path, snapshots)
        app.processEvents()
        write_line(f"ready {os.getpid()} {len(cockpit.list.model.contributions())}")
        if mode == "capture":
            capture(app, cockpit)
        elif mode == "draft":
            draft(app, cockpit)
        else:
            check(cockpit)
    except BaseException as error:  # e.g. AlreadyOpen: the test shows it instead of hanging
        write_line(f"error {error!r}")
    finally:
        os._exit(1 if mode != "check" else 0)


def main(path: Path, snapshots: Path) -> None:
    write_line("imported")
    for line in sys.stdin:
        pid = os.fork()
        if pid == 0:
            worker(line.strip(), path, snapshots)
        _, status = os.waitpid(pid, 0)
        # The leading newline ends whatever the killed worker had half-written.
        sys.stdout.write(f"\nexit {os.waitstatus_to_exitcode(status)}\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))

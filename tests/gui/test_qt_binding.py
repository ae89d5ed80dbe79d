"""Guards the PySide6 pin: 6.12.0 on Python 3.11 leaked references to None and True on every
void call and signal emission and aborted the app after a few thousand (seen in the cockpit)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel


class _Emitter(QObject):
    fired = Signal(bool)


def test_void_calls_and_signals_keep_none_and_true_alive(qtbot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    emitter = _Emitter()
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(2000):
        label.setText("Enregistré")
        emitter.fired.emit(True)
    # Other code may take or drop a few references meanwhile; a leak drops one per call.
    assert sys.getrefcount(None) > none_before - 100
    assert sys.getrefcount(True) > true_before - 100

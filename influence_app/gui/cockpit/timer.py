"""The session's timebox: a countdown on a monotonic clock, and its panel of buttons."""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

Clock = Callable[[], float]  # seconds from a monotonic origin (time.monotonic in the app)

AMBER_SECONDS = 120
NORMAL, AMBER, OVER = "normal", "amber", "over"
PHASE_COLOURS = {NORMAL: "#0f5f73", AMBER: "#b86e00", OVER: "#b3261e"}


class Timebox:
    """Counts a session's minutes down; pausing keeps the time spent, +5 min extends it.

    Wall-clock changes (NTP, a laptop waking up) must not jump the countdown: hence a
    monotonic clock, injected so tests advance it instead of sleeping."""

    def __init__(self, minutes: int, clock: Clock) -> None:
        self._planned = minutes * 60
        self._budget = float(self._planned)
        self._spent = 0.0
        self._since: float | None = None
        self._clock = clock

    @property
    def running(self) -> bool:
        return self._since is not None

    @property
    def started(self) -> bool:
        return self.running or self._spent > 0

    def spent(self) -> float:
        running = self._clock() - self._since if self._since is not None else 0.0
        return self._spent + running

    def remaining(self) -> float:
        return self._budget - self.spent()

    def start(self) -> None:
        if self._since is None:
            self._since = self._clock()

    def pause(self) -> None:
        if self._since is not None:
            self._spent += self._clock() - self._since
            self._since = None

    def extend(self, minutes: int = 5) -> None:
        self._budget += minutes * 60

    def reset(self) -> None:
        self._budget, self._spent, self._since = float(self._planned), 0.0, None

    def phase(self) -> str:
        """« amber » in the last two minutes, « over » once the time is up."""
        remaining = self.remaining()
        if remaining < 0:
            return OVER
        return AMBER if remaining <= AMBER_SECONDS else NORMAL

    def text(self) -> str:
        """ "12:05" left, or "+01:30" past the end (whole seconds, as a wall clock shows)."""
        remaining = self.remaining()
        if remaining < 0:
            minutes, seconds = divmod(math.floor(-remaining), 60)
            return f"+{minutes:02d}:{seconds:02d}"
        minutes, seconds = divmod(math.ceil(remaining), 60)
        return f"{minutes:02d}:{seconds:02d}"


class TimerPanel(QWidget):
    """Big countdown with Démarrer/Pause, +5 min, Réinitialiser and Terminer la séance."""

    started = Signal()  # the facilitator started the countdown
    finish_requested = Signal()  # « Terminer la séance »
    ticked = Signal(str, str)  # text, phase: for the projector

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.timebox: Timebox | None = None
        self.display = QLabel("--:--")
        self.display.setObjectName("timerDisplay")
        self.display.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = QFont(self.display.font())
        font.setPointSizeF(font.pointSizeF() * 2.6)
        font.setBold(True)
        self.display.setFont(font)
        self.caption = QLabel()
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.toggle_button = QPushButton(self.tr("Démarrer"))
        self.extend_button = QPushButton(self.tr("+5 min"))
        self.reset_button = QPushButton(self.tr("Réinitialiser"))
        self.finish_button = QPushButton(self.tr("Terminer la séance"))
        self._layout()
        self.toggle_button.clicked.connect(self.toggle)
        self.extend_button.clicked.connect(self.extend)
        self.reset_button.clicked.connect(self.reset)
        self.finish_button.clicked.connect(self.finish_requested)
        self._ticker = QTimer(self)
        self._ticker.setInterval(250)
        self._ticker.timeout.connect(self.tick)
        self.tick()

    def _layout(self) -> None:
        buttons = QHBoxLayout()
        for button in (self.toggle_button, self.extend_button, self.reset_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.display)
        layout.addWidget(self.caption)
        layout.addLayout(buttons)
        layout.addWidget(self.finish_button)

    def set_timebox(self, timebox: Timebox | None) -> None:
        self.timebox = timebox
        for button in (self.toggle_button, self.extend_button, self.reset_button):
            button.setEnabled(timebox is not None)
        self.finish_button.setEnabled(timebox is not None)
        self.tick()

    def toggle(self) -> None:
        if self.timebox is None:
            return
        if self.timebox.running:
            self.timebox.pause()
        else:
            self.timebox.start()
            self.started.emit()
        self.tick()

    def extend(self) -> None:
        if self.timebox is not None:
            self.timebox.extend(5)
            self.tick()

    def reset(self) -> None:
        if self.timebox is not None:
            self.timebox.reset()
            self.tick()

    def stop(self) -> None:
        if self.timebox is not None:
            self.timebox.pause()
            self.tick()

    def phase(self) -> str:
        return self.timebox.phase() if self.timebox else NORMAL

    def tick(self) -> None:
        """Redraws the countdown; the QTimer calls it while running, tests call it directly."""
        box = self.timebox
        running = box is not None and box.running
        if running and not self._ticker.isActive():
            self._ticker.start()
        elif not running:
            self._ticker.stop()
        text, phase = (box.text(), box.phase()) if box else ("--:--", NORMAL)
        self.display.setText(text)
        if self.display.property("phase") != phase:  # restyle on a change only (a polish)
            self.display.setStyleSheet(f"color: {PHASE_COLOURS[phase]};")
            self.display.setProperty("phase", phase)
        self.toggle_button.setText(self.tr("Pause") if running else self.tr("Démarrer"))
        self.caption.setText(self._caption(box, phase))
        self.ticked.emit(text, phase)

    def _caption(self, box: Timebox | None, phase: str) -> str:
        if box is None:
            return self.tr("Aucune séance choisie")
        if phase == OVER:
            return self.tr("Temps dépassé")
        if phase == AMBER:
            return self.tr("Moins de 2 minutes")
        return self.tr("En cours") if box.running else self.tr("En pause") if box.started else ""

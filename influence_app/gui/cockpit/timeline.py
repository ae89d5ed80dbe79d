"""The agenda as a timeline: one tab per day, its sessions with their times and status."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QCheckBox, QListView, QTabBar, QVBoxLayout, QWidget

from influence_app.domain import agenda as clock
from influence_app.domain.models import AgendaSession, Day

Index = QModelIndex | QPersistentModelIndex
WallClock = Callable[[], dt.datetime]
KEY_ROLE = Qt.ItemDataRole.UserRole + 1

_STATUS_MARKS = {"prevue": "", "en_cours": "▶ ", "terminee": "✓ "}
METHOD_NAMES = {
    "world_cafe": QT_TRANSLATE_NOOP("Timeline", "World Café"),
    "un_deux_quatre_tous": QT_TRANSLATE_NOOP("Timeline", "1-2-4-tous"),
    "tour_de_table": QT_TRANSLATE_NOOP("Timeline", "Tour de table"),
    "regroupement": QT_TRANSLATE_NOOP("Timeline", "Regroupement"),
    "vote_a_points": QT_TRANSLATE_NOOP("Timeline", "Vote à points"),
    "pause": QT_TRANSLATE_NOOP("Timeline", "Pause"),
}
STATUS_NAMES = {
    "prevue": QT_TRANSLATE_NOOP("Timeline", "Prévue"),
    "en_cours": QT_TRANSLATE_NOOP("Timeline", "En cours"),
    "terminee": QT_TRANSLATE_NOOP("Timeline", "Terminée"),
}


def span(session: AgendaSession) -> str:
    """ "13:45–15:00" """
    return f"{session.start_time}–{clock.end_time(session.start_time, session.duration_min)}"


def method_name(code: str | None) -> str:
    return (
        QCoreApplication.translate("Timeline", METHOD_NAMES[code]) if code in METHOD_NAMES else ""
    )


def status_name(code: str) -> str:
    return QCoreApplication.translate("Timeline", STATUS_NAMES.get(code, code))


class SessionListModel(QAbstractListModel):
    """The sessions of one day, « 09:30–10:00  Accueil et cadre », the current one in bold."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[AgendaSession] = []
        self.current_id: str | None = None

    def set_rows(self, rows: list[AgendaSession]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def set_current(self, session_id: str | None) -> None:
        self.current_id = session_id
        if self._rows:
            self.dataChanged.emit(self.index(0), self.index(len(self._rows) - 1))

    def session_at(self, row: int) -> AgendaSession:
        return self._rows[row]

    def row_of(self, session_id: str) -> int | None:
        return next((n for n, row in enumerate(self._rows) if row.id == session_id), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{_STATUS_MARKS.get(row.status, '')}{span(row)}  {row.title}"
        if role == KEY_ROLE:
            return row.id
        if role == Qt.ItemDataRole.FontRole and row.id == self.current_id:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and row.method == "pause":
            return QColor("#7a8288")
        return None


class Timeline(QWidget):
    """Day tabs over the day's sessions. `session_chosen` fires when the facilitator picks
    one by hand (following the clock then stops) or when the clock moves to the next one."""

    session_chosen = Signal(str)

    def __init__(self, wall_clock: WallClock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.wall_clock = wall_clock
        self.days: list[Day] = []
        self.sessions: dict[str, list[AgendaSession]] = {}
        self.current_id: str | None = None
        self.tabs = QTabBar()
        self.tabs.setExpanding(False)
        self.model = SessionListModel(self)
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setAccessibleName(self.tr("Séances du jour"))
        # Long titles end with « … » (the current one is in full above the capture line).
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setUniformItemSizes(True)
        self.list.setSpacing(2)
        self.follow = QCheckBox(self.tr("Suivre l’horloge"))
        self.follow.setChecked(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.tabs, self.list, self.follow):
            layout.addWidget(widget)
        self._quiet = False
        self.tabs.currentChanged.connect(self._show_day)
        self.list.selectionModel().currentChanged.connect(self._picked)
        self.follow.toggled.connect(lambda on: on and self.follow_clock())

    def set_agenda(self, days: list[Day], sessions: dict[str, list[AgendaSession]]) -> None:
        """Reloads days and sessions, keeping the day shown and the current session."""
        self.days, self.sessions = days, sessions
        self._quiet = True
        try:
            while self.tabs.count():
                self.tabs.removeTab(0)
            for day in days:
                self.tabs.addTab(self._day_title(day))
        finally:
            self._quiet = False
        self._show_current()

    def _day_title(self, day: Day) -> str:
        date = f"{day.date.day:02d}/{day.date.month:02d}"
        return self.tr("Jour {n} · {date}").format(n=day.index, date=date)

    def session(self, session_id: str | None) -> AgendaSession | None:
        every = (row for rows in self.sessions.values() for row in rows)
        return next((row for row in every if row.id == session_id), None)

    def all_sessions(self) -> list[AgendaSession]:
        return [row for day in self.days for row in self.sessions.get(day.id, [])]

    def choose(self, session_id: str | None, by_hand: bool = True) -> None:
        """Makes `session_id` the current session (by hand: stop following the clock)."""
        if by_hand and self.follow.isChecked():
            self.follow.blockSignals(True)
            self.follow.setChecked(False)
            self.follow.blockSignals(False)
        if session_id == self.current_id:
            return
        self.current_id = session_id
        self._show_current()
        if session_id is not None:
            self.session_chosen.emit(session_id)

    def step(self, offset: int) -> None:
        """Previous (-1) or next (+1) session of the whole agenda."""
        ids = [row.id for row in self.all_sessions()]
        if not ids:
            return
        here = ids.index(self.current_id) if self.current_id in ids else -offset
        self.choose(ids[max(0, min(len(ids) - 1, here + offset))])

    def follow_clock(self) -> str | None:
        """Chooses the session the clock is in: today's day (else the day shown), that hour."""
        now = self.wall_clock()
        day = next((d for d in self.days if d.date == now.date()), self._shown_day())
        found = clock.current_session(self.sessions.get(day.id, []), now.time()) if day else None
        if found is not None:
            self.choose(found.id, by_hand=False)
        return found.id if found else None

    def _shown_day(self) -> Day | None:
        index = self.tabs.currentIndex()
        return self.days[index] if 0 <= index < len(self.days) else None

    def _show_current(self) -> None:
        """Shows the current session's day with the session selected."""
        current = self.session(self.current_id)
        day_index = next(
            (n for n, d in enumerate(self.days) if current and d.id == current.day_id), None
        )
        self._quiet = True
        try:
            if day_index is not None:
                self.tabs.setCurrentIndex(day_index)
            self._fill(self._shown_day())
        finally:
            self._quiet = False

    def _show_day(self, index: int) -> None:
        if not self._quiet:
            self._fill(self.days[index] if 0 <= index < len(self.days) else None)

    def _fill(self, day: Day | None) -> None:
        quiet, self._quiet = self._quiet, True
        try:
            self.model.set_rows(self.sessions.get(day.id, []) if day else [])
            self.model.set_current(self.current_id)
            row = self.model.row_of(self.current_id) if self.current_id else None
            if row is not None:
                self.list.setCurrentIndex(self.model.index(row))
        finally:
            self._quiet = quiet

    def _picked(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not self._quiet and current.isValid():
            self.choose(self.model.session_at(current.row()).id)

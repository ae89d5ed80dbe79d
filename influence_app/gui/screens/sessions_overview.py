"""Séances: the agenda with how many contributions each session gathered, and the latest ones."""

from __future__ import annotations

import datetime as dt
from collections import Counter

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget

from influence_app.domain.enums import Method
from influence_app.domain.models import AgendaSession, Contribution, Day, Network
from influence_app.gui.context import DocumentContext
from influence_app.gui.models.agenda import method_label, status_label
from influence_app.gui.models.readonly_table import ReadOnlyTableModel, Row
from influence_app.gui.screens.base import Screen
from influence_app.gui.widgets.overview import (
    MARGINS,
    day_label,
    heading,
    muted,
    section,
    table_view,
)

LATEST_COUNT = 15


class SessionsOverviewScreen(Screen):
    key = "sessions"
    tables = frozenset({"seminar", "day", "agenda_session", "contribution", "network"})

    def __init__(self, context: DocumentContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.agenda_model = ReadOnlyTableModel(
            (
                self.tr("Jour"),
                self.tr("Début"),
                self.tr("Séance"),
                self.tr("Méthode"),
                self.tr("État"),
                self.tr("Contributions"),
            ),
            self,
        )
        self.latest_model = ReadOnlyTableModel(
            (self.tr("Saisie"), self.tr("Séance"), self.tr("Réseau"), self.tr("Contribution")), self
        )
        self.summary = muted()
        self.agenda_view = table_view(self.agenda_model, stretch=2)
        self.latest_view = table_view(self.latest_model, stretch=3)
        self._lay_out()
        self.refresh()

    def title(self) -> str:
        return self.tr("Séances")

    def refresh(self) -> None:
        services = self.context.services
        days = services.days.list()
        sessions = [s for day in days for s in services.sessions.list_for_day(day.id)]
        contributions = services.contributions.list()
        networks = {n.id: n for n in services.networks.list()}
        self.agenda_model.set_rows(agenda_rows(days, sessions, contributions))
        titles = {s.id: s.title for s in sessions}
        self.latest_model.set_rows(latest_rows(contributions, titles, networks))
        self.summary.setText(self._summary(days, sessions, contributions))

    def _summary(
        self, days: list[Day], sessions: list[AgendaSession], contributions: list[Contribution]
    ) -> str:
        return self.tr(
            "{days} jour(s) · {sessions} séance(s) · {contributions} contribution(s)"
        ).format(days=len(days), sessions=len(sessions), contributions=len(contributions))

    def _lay_out(self) -> None:
        top, bottom = QWidget(), QWidget()
        top_layout, bottom_layout = QVBoxLayout(top), QVBoxLayout(bottom)
        top_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.setContentsMargins(0, 8, 0, 0)
        top_layout.addWidget(section(self.tr("Programme et contributions par séance")))
        top_layout.addWidget(self.agenda_view)
        bottom_layout.addWidget(section(self.tr("Dernières contributions")))
        bottom_layout.addWidget(self.latest_view)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(*MARGINS)
        layout.addWidget(heading(self.title()))
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)


def agenda_rows(
    days: list[Day], sessions: list[AgendaSession], contributions: list[Contribution]
) -> list[Row]:
    """One row per session; the day's name only on its first session, like a printed agenda."""
    counts = Counter(c.session_id for c in contributions)
    labels = {day.id: day_label(day.index, day.date) for day in days}
    rows, previous_day = [], None
    for item in sessions:
        day = labels.get(item.day_id, "") if item.day_id != previous_day else ""
        previous_day = item.day_id
        cells = (
            day,
            item.start_time,
            item.title,
            method_label(item.method),
            status_label(item.status),
            str(counts.get(item.id, 0)),
        )
        pause = item.method == Method.PAUSE  # breaks step back, as in the Programme screen
        rows.append(Row(cells, key=item.id, muted=pause, numeric=frozenset({5})))
    return rows


def latest_rows(
    contributions: list[Contribution], session_titles: dict[str, str], networks: dict[str, Network]
) -> list[Row]:
    """Newest first: by capture time when known, else by capture order."""
    ordered = sorted(contributions, key=lambda c: (c.created_at or "", c.sort_key), reverse=True)
    rows = []
    for item in ordered[:LATEST_COUNT]:
        network = networks.get(item.network_id or "")
        cells = (
            captured_at(item.created_at),
            session_titles.get(item.session_id, ""),
            (network.acronym or network.name) if network else "",
            one_line(item.text),
        )
        rows.append(Row(cells, key=item.id))
    return rows


def captured_at(stamp: str | None) -> str:
    if not stamp:
        return ""
    try:
        when = dt.datetime.fromisoformat(stamp)
    except ValueError:
        return stamp
    return f"{when:%d/%m %H:%M}"


def one_line(text: str) -> str:
    return " ".join(text.split())

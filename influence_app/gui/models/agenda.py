"""Labels and item models of the agenda: day names, durations, the sessions of one day."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from influence_app.domain import agenda as clock
from influence_app.domain.enums import Method, SessionStatus
from influence_app.domain.models import AgendaSession, Day
from influence_app.gui.models.entity_model import CENTER, RIGHT, Column, EntityTableModel

Index = QModelIndex | QPersistentModelIndex

# French labels of the schema's methods, in the order facilitators meet them in a seminar.
METHOD_LABELS: dict[str, str] = {
    Method.PLENIERE: QT_TRANSLATE_NOOP("Method", "Plénière"),
    Method.TOUR_DE_TABLE: QT_TRANSLATE_NOOP("Method", "Tour de table"),
    Method.UN_DEUX_QUATRE_TOUS: QT_TRANSLATE_NOOP("Method", "1-2-4-tous"),
    Method.WORLD_CAFE: QT_TRANSLATE_NOOP("Method", "World Café"),
    Method.REGROUPEMENT: QT_TRANSLATE_NOOP("Method", "Regroupement"),
    Method.MATRICE_RESEAUX_OBJECTIFS: QT_TRANSLATE_NOOP("Method", "Matrice réseaux × objectifs"),
    Method.VOTE_A_POINTS: QT_TRANSLATE_NOOP("Method", "Vote à points"),
    Method.CHAMPS_DE_FORCES: QT_TRANSLATE_NOOP("Method", "Champs de forces"),
    Method.CARTOGRAPHIE_ACTEURS: QT_TRANSLATE_NOOP("Method", "Cartographie des acteurs"),
    Method.MATRICE_RESEAUX_LEVIERS: QT_TRANSLATE_NOOP("Method", "Matrice réseaux × leviers"),
    Method.AUTO_EVALUATION: QT_TRANSLATE_NOOP("Method", "Auto-évaluation"),
    Method.IMPACT_EFFORT: QT_TRANSLATE_NOOP("Method", "Impact / effort"),
    Method.PLAN_ACTION: QT_TRANSLATE_NOOP("Method", "Plan d’action"),
    Method.RELECTURE: QT_TRANSLATE_NOOP("Method", "Relecture"),
    Method.PAUSE: QT_TRANSLATE_NOOP("Method", "Pause"),
    Method.AUTRE: QT_TRANSLATE_NOOP("Method", "Autre"),
}

STATUS_LABELS: dict[str, str] = {
    SessionStatus.PREVUE: QT_TRANSLATE_NOOP("SessionStatus", "Prévue"),
    SessionStatus.EN_COURS: QT_TRANSLATE_NOOP("SessionStatus", "En cours"),
    SessionStatus.TERMINEE: QT_TRANSLATE_NOOP("SessionStatus", "Terminée"),
}

PAUSE_COLOUR = QColor("#8a8f94")  # grey: breaks stay readable but step back


def method_label(code: str | None) -> str:
    if code is None:
        return ""
    return QCoreApplication.translate("Method", METHOD_LABELS.get(code, code))


def status_label(code: str) -> str:
    return QCoreApplication.translate("SessionStatus", STATUS_LABELS.get(code, code))


def long_date(date: dt.date) -> str:
    """« mar. 10 mars 2026 » in the application's locale (French)."""
    return QLocale().toString(QDate(date.year, date.month, date.day), "ddd d MMMM yyyy")


def day_label(day: Day) -> str:
    """« Jour 1 — mar. 10 mars 2026 — Partager un cap commun »."""
    parts = [QCoreApplication.translate("Agenda", "Jour {n}").format(n=day.index)]
    parts.append(long_date(day.date))
    if day.theme:
        parts.append(day.theme)
    return " — ".join(parts)


def duration_text(minutes: int) -> str:
    """« 45 min », « 7 h », « 6 h 45 » (French way of writing a duration)."""
    hours, rest = divmod(minutes, 60)
    if not hours:
        return QCoreApplication.translate("Agenda", "{m} min").format(m=rest)
    if not rest:
        return QCoreApplication.translate("Agenda", "{h} h").format(h=hours)
    return QCoreApplication.translate("Agenda", "{h} h {m:02d}").format(h=hours, m=rest)


def session_columns() -> list[Column[AgendaSession]]:
    """N°, Début, Fin, Durée (« 45 min »), Titre, Méthode, Statut (translated when built)."""

    def tr(text: str) -> str:
        return QCoreApplication.translate("SessionTable", text)

    return [
        Column(tr("N°"), lambda s: str(s.position), CENTER),
        Column(tr("Début"), lambda s: s.start_time, CENTER),
        Column(tr("Fin"), lambda s: clock.end_time(s.start_time, s.duration_min), CENTER),
        Column(tr("Durée"), lambda s: tr("{n} min").format(n=s.duration_min), RIGHT),
        Column(tr("Titre"), lambda s: s.title),
        Column(tr("Méthode"), lambda s: method_label(s.method)),
        Column(tr("Statut"), lambda s: status_label(s.status)),
    ]


TITLE_COLUMN = 4


class SessionTableModel(EntityTableModel[AgendaSession]):
    """The sessions of one day in order; breaks (method « Pause ») in grey italics."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(session_columns(), parent=parent)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role in (Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.FontRole):
            valid = index.isValid() and index.row() < self.rowCount()
            return self._pause_style(self.row_at(index.row()), role) if valid else None
        return super().data(index, role)

    def _pause_style(self, session: AgendaSession, role: int) -> Any:
        if session.method != Method.PAUSE:
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            return PAUSE_COLOUR
        font = QFont()
        font.setItalic(True)
        return font

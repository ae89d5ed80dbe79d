"""Building blocks of the read-only overview screens: heading, summary line, tables."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QWidget

from influence_app.gui.models.readonly_table import ReadOnlyTableModel
from influence_app.gui.theme import ACCENT, MUTED, emphasise, set_text_colour

MARGINS = (24, 18, 24, 18)


def heading(text: str) -> QLabel:
    label = emphasise(QLabel(text), 1.6, QFont.Weight.Bold)  # as the set-up screens' heading
    label.setObjectName("screenTitle")
    set_text_colour(label, ACCENT)
    return label


def section(text: str) -> QLabel:
    label = emphasise(QLabel(text), 1.1)
    label.setObjectName("sectionHeading")
    return label


def muted(text: str = "") -> QLabel:
    """Plain text only: these labels may carry participants' words or file names."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    set_text_colour(label, MUTED)
    return label


def plain(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


def table_view(
    model: ReadOnlyTableModel, stretch: int, parent: QWidget | None = None
) -> QTableView:
    """Whole-row selection, no editing, column `stretch` takes the spare width."""
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(False)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    for column in (stretch,) if isinstance(stretch, int) else stretch:
        view.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
    return view


def day_label(index: int, date: dt.date) -> str:
    """« Jour 1 · mar. 10 mars », in the app's (French) locale."""
    when = QLocale().toString(QDate(date.year, date.month, date.day), "ddd d MMMM")
    return QCoreApplication.translate("Overview", "Jour {n} · {date}").format(n=index, date=when)


def short_date(date: dt.date | None) -> str:
    return f"{date:%d/%m/%Y}" if date else ""


def decimal(value: float, places: int = 1) -> str:
    """French decimal comma: 12,5."""
    return QLocale().toString(float(value), "f", places)


def fit_rows(view: QTableView, most: int) -> None:
    """Height for all rows up to `most` of them: a short list needs no splitter or scrolling."""
    shown = max(1, min(view.model().rowCount(), most))
    rows = view.verticalHeader().defaultSectionSize() * shown
    header = view.horizontalHeader().sizeHint().height()
    view.setFixedHeight(rows + header + 2 * view.frameWidth())

"""Every keyboard shortcut of the room (capture, list, timer, projector) and the F1 help."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

_CONTEXT = "Shortcuts"


@dataclass(frozen=True)
class Shortcut:
    """One key and what it does; `keys` are portable QKeySequence texts ("Ctrl+1")."""

    name: str  # stable id used by the code
    keys: tuple[str, ...]
    label: str  # French source, translated when shown
    group: str


def _s(name: str, keys: str, label: str, group: str) -> Shortcut:
    return Shortcut(name, tuple(keys.split(" | ")), label, group)


_CAPTURE = QT_TRANSLATE_NOOP("Shortcuts", "Saisie")
_LIST = QT_TRANSLATE_NOOP("Shortcuts", "Contributions de la séance")
_TIMER = QT_TRANSLATE_NOOP("Shortcuts", "Minuteur et agenda")
_ROOM = QT_TRANSLATE_NOOP("Shortcuts", "Projecteur et aide")

# The kind keys: Ctrl+digit, the same on the capture line and on the selected rows.
KIND_KEYS: dict[str, str] = {
    "idee": "Ctrl+1",
    "objectif": "Ctrl+2",
    "levier": "Ctrl+3",
    "frein": "Ctrl+4",
    "action": "Ctrl+5",
    "question": "Ctrl+6",
    "recit": "Ctrl+7",
    "parking": "Ctrl+0",
}

SHORTCUTS: tuple[Shortcut, ...] = (
    _s("capture.focus", "Ctrl+L", QT_TRANSLATE_NOOP("Shortcuts", "Aller à la saisie"), _CAPTURE),
    _s(
        "capture.save",
        "Return",
        QT_TRANSLATE_NOOP("Shortcuts", "Enregistrer la contribution"),
        _CAPTURE,
    ),
    _s("kind.idee", "Ctrl+1", QT_TRANSLATE_NOOP("Shortcuts", "Nature : idée"), _CAPTURE),
    _s("kind.objectif", "Ctrl+2", QT_TRANSLATE_NOOP("Shortcuts", "Nature : objectif"), _CAPTURE),
    _s("kind.levier", "Ctrl+3", QT_TRANSLATE_NOOP("Shortcuts", "Nature : levier"), _CAPTURE),
    _s("kind.frein", "Ctrl+4", QT_TRANSLATE_NOOP("Shortcuts", "Nature : frein"), _CAPTURE),
    _s("kind.action", "Ctrl+5", QT_TRANSLATE_NOOP("Shortcuts", "Nature : action"), _CAPTURE),
    _s("kind.question", "Ctrl+6", QT_TRANSLATE_NOOP("Shortcuts", "Nature : question"), _CAPTURE),
    _s("kind.recit", "Ctrl+7", QT_TRANSLATE_NOOP("Shortcuts", "Nature : récit"), _CAPTURE),
    _s(
        "kind.parking",
        "Ctrl+0",
        QT_TRANSLATE_NOOP("Shortcuts", "Mettre au parking (cette fois)"),
        _CAPTURE,
    ),
    _s("capture.network", "Alt+R", QT_TRANSLATE_NOOP("Shortcuts", "Choisir le réseau"), _CAPTURE),
    _s("capture.author", "Alt+A", QT_TRANSLATE_NOOP("Shortcuts", "Choisir l’auteur"), _CAPTURE),
    _s("capture.table", "Alt+T", QT_TRANSLATE_NOOP("Shortcuts", "Table (World Café)"), _CAPTURE),
    _s("capture.round", "Alt+O", QT_TRANSLATE_NOOP("Shortcuts", "Tour (World Café)"), _CAPTURE),
    _s(
        "draft.resume",
        "Alt+P",
        QT_TRANSLATE_NOOP("Shortcuts", "Reprendre un texte retrouvé"),
        _CAPTURE,
    ),
    _s(
        "draft.ignore",
        "Alt+I",
        QT_TRANSLATE_NOOP("Shortcuts", "Ignorer un texte retrouvé"),
        _CAPTURE,
    ),
    _s("list.focus", "Ctrl+E", QT_TRANSLATE_NOOP("Shortcuts", "Aller à la liste"), _LIST),
    _s("list.edit", "F2", QT_TRANSLATE_NOOP("Shortcuts", "Modifier le texte"), _LIST),
    _s("list.delete", "Del", QT_TRANSLATE_NOOP("Shortcuts", "Supprimer"), _LIST),
    _s(
        "list.kind",
        "Ctrl+1",
        QT_TRANSLATE_NOOP("Shortcuts", "Changer la nature (Ctrl+0 à Ctrl+7)"),
        _LIST,
    ),
    _s("list.search", "Ctrl+F", QT_TRANSLATE_NOOP("Shortcuts", "Filtrer par texte"), _LIST),
    _s(
        "list.group",
        "Ctrl+G",
        QT_TRANSLATE_NOOP("Shortcuts", "Regrouper sous une étiquette"),
        _LIST,
    ),
    _s("list.merge", "Ctrl+M", QT_TRANSLATE_NOOP("Shortcuts", "Fusionner les doublons"), _LIST),
    _s("list.unmerge", "Ctrl+Shift+M", QT_TRANSLATE_NOOP("Shortcuts", "Défaire la fusion"), _LIST),
    _s(
        "promote.goal",
        "Ctrl+Shift+O",
        QT_TRANSLATE_NOOP("Shortcuts", "Promouvoir en objectif"),
        _LIST,
    ),
    _s(
        "promote.levier",
        "Ctrl+Shift+L",
        QT_TRANSLATE_NOOP("Shortcuts", "Promouvoir en levier"),
        _LIST,
    ),
    _s(
        "promote.frein",
        "Ctrl+Shift+F",
        QT_TRANSLATE_NOOP("Shortcuts", "Promouvoir en frein"),
        _LIST,
    ),
    _s(
        "promote.action",
        "Ctrl+Shift+A",
        QT_TRANSLATE_NOOP("Shortcuts", "Promouvoir en action"),
        _LIST,
    ),
    _s(
        "list.carry",
        "Ctrl+Shift+R",
        QT_TRANSLATE_NOOP("Shortcuts", "Reporter à une séance suivante"),
        _LIST,
    ),
    _s("list.parking", "Ctrl+K", QT_TRANSLATE_NOOP("Shortcuts", "Parking du séminaire"), _LIST),
    _s("undo", "Ctrl+Z", QT_TRANSLATE_NOOP("Shortcuts", "Annuler"), _LIST),
    _s("redo", "Ctrl+Shift+Z", QT_TRANSLATE_NOOP("Shortcuts", "Rétablir"), _LIST),
    _s(
        "timer.toggle",
        "F7",
        QT_TRANSLATE_NOOP("Shortcuts", "Démarrer ou mettre en pause le minuteur"),
        _TIMER,
    ),
    _s("timer.extend", "F8", QT_TRANSLATE_NOOP("Shortcuts", "Ajouter 5 minutes"), _TIMER),
    _s(
        "timer.reset",
        "Shift+F8",
        QT_TRANSLATE_NOOP("Shortcuts", "Réinitialiser le minuteur"),
        _TIMER,
    ),
    _s("timer.finish", "Ctrl+F8", QT_TRANSLATE_NOOP("Shortcuts", "Terminer la séance"), _TIMER),
    _s("agenda.previous", "Alt+Up", QT_TRANSLATE_NOOP("Shortcuts", "Séance précédente"), _TIMER),
    _s("agenda.next", "Alt+Down", QT_TRANSLATE_NOOP("Shortcuts", "Séance suivante"), _TIMER),
    _s(
        "agenda.clock",
        "Ctrl+H",
        QT_TRANSLATE_NOOP("Shortcuts", "Revenir à la séance de l’horloge"),
        _TIMER,
    ),
    _s("projector.show", "F5", QT_TRANSLATE_NOOP("Shortcuts", "Vue projecteur"), _ROOM),
    _s(
        "projector.blank",
        "Ctrl+B | B",
        QT_TRANSLATE_NOOP("Shortcuts", "Masquer le projecteur"),
        _ROOM,
    ),
    _s(
        "projector.mode",
        "F6",
        QT_TRANSLATE_NOOP("Shortcuts", "Projeter les groupes ou les dernières contributions"),
        _ROOM,
    ),
    _s("help.shortcuts", "F1", QT_TRANSLATE_NOOP("Shortcuts", "Raccourcis"), _ROOM),
)

_BY_NAME = {shortcut.name: shortcut for shortcut in SHORTCUTS}


def keys(name: str) -> list[QKeySequence]:
    """The key sequences of the shortcut `name`, to give to QAction.setShortcuts."""
    return [QKeySequence(key) for key in _BY_NAME[name].keys]


def label(name: str) -> str:
    return QCoreApplication.translate(_CONTEXT, _BY_NAME[name].label)


def shown_keys(shortcut: Shortcut) -> str:
    """« Ctrl+B ou B », as the user reads it on this system."""
    native = QKeySequence.SequenceFormat.NativeText
    texts = [QKeySequence(key).toString(native) for key in shortcut.keys]
    return QCoreApplication.translate(_CONTEXT, " ou ").join(texts)


class ShortcutsDialog(QDialog):
    """« Raccourcis »: every room shortcut by group, in a table read with the keyboard."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Raccourcis"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Tout se fait au clavier pendant la séance :"))
        layout.addWidget(intro)
        self.table = self._table()
        layout.addWidget(self.table)
        buttons = QDialogButtonBox()
        close = buttons.addButton(self.tr("Fermer"), QDialogButtonBox.ButtonRole.RejectRole)
        close.setDefault(True)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(720, 640)

    def _table(self) -> QTableWidget:
        table = QTableWidget(0, 3, self)
        table.setHorizontalHeaderLabels([self.tr("Domaine"), self.tr("Action"), self.tr("Touches")])
        table.verticalHeader().hide()
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        for shortcut in SHORTCUTS:
            self._add_row(table, shortcut)
        header = table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        return table

    def _add_row(self, table: QTableWidget, shortcut: Shortcut) -> None:
        row = table.rowCount()
        table.insertRow(row)
        cells = (
            QCoreApplication.translate(_CONTEXT, shortcut.group),
            QCoreApplication.translate(_CONTEXT, shortcut.label),
            shown_keys(shortcut),
        )
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            if column == 2:
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            table.setItem(row, column, item)

    def rows(self) -> list[tuple[str, str, str]]:
        """What the table shows, row by row (for tests and accessibility checks)."""
        table = self.table
        return [
            tuple(table.item(row, column).text() for column in range(3))  # type: ignore[misc]
            for row in range(table.rowCount())
        ]

"""« Reporter à une séance suivante »: pick the later session unfinished items move on to."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListView, QVBoxLayout, QWidget

from influence_app.domain.models import AgendaSession
from influence_app.gui.cockpit.timeline import SessionListModel
from influence_app.i18n import plural


class CarryForwardDialog(QDialog):
    """The sessions after the current one; Enter (or « Reporter ») picks the highlighted one."""

    def __init__(
        self, sessions: list[AgendaSession], count: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Reporter à une séance suivante"))
        self.model = SessionListModel(self)
        self.model.set_rows(sessions)
        self.list = QListView()
        self.list.setModel(self.model)
        if sessions:
            self.list.setCurrentIndex(self.model.index(0))
        self.list.activated.connect(lambda _index: self.accept())
        buttons = QDialogButtonBox()
        carry = buttons.addButton(self.tr("Reporter"), QDialogButtonBox.ButtonRole.AcceptRole)
        carry.setDefault(True)
        carry.setEnabled(bool(sessions))
        buttons.addButton(self.tr("Annuler"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        one = self.tr("Copier {n} contribution dans la séance :")
        intro = plural(count, one, self.tr("Copier {n} contributions dans la séance :"))
        layout.addWidget(QLabel(intro))
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        self.resize(560, 420)

    def chosen_id(self) -> str | None:
        index = self.list.currentIndex()
        return self.model.session_at(index.row()).id if index.isValid() else None

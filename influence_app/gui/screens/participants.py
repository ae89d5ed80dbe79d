"""The Participants screen: who is in the room, for which network, on which days."""

from __future__ import annotations

from collections.abc import Hashable
from typing import Any, ClassVar

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QCheckBox, QComboBox, QMessageBox, QVBoxLayout, QWidget

from influence_app.domain.enums import Role
from influence_app.domain.models import Day
from influence_app.gui.context import DocumentContext
from influence_app.gui.forms.ui_participant_form import Ui_ParticipantForm
from influence_app.gui.models.networks import network_name
from influence_app.gui.models.participants import (
    ROLE_LABELS,
    ParticipantRow,
    ParticipantTableModel,
    participant_rows,
    role_label,
)
from influence_app.gui.screens.base import Screen
from influence_app.gui.theme import MUTED, set_text_colour
from influence_app.gui.undo import perform
from influence_app.gui.widgets.entity_table import MasterDetail, ask, focus_field, heading
from influence_app.gui.widgets.validation import FieldErrors, FormBinder

FIELDS = ("name", "network_id", "role", "job_title", "named_in_report")
ATTENDANCE = "day_ids"  # the form's name for the attendance check boxes
FRENCH = QLocale(QLocale.Language.French, QLocale.Country.France)


class ParticipantsScreen(Screen):
    """Add, edit and delete participants; their attendance is ticked day by day."""

    key: ClassVar[str] = "participants"
    tables: ClassVar[frozenset[str]] = frozenset({"participant", "attendance", "network", "day"})

    def __init__(self, context: DocumentContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.form = QWidget()
        self.ui = Ui_ParticipantForm()
        self.ui.setupUi(self.form)
        for code in ROLE_LABELS:
            self.ui.roleCombo.addItem(role_label(code), code)
        # Long network names must not widen the form past the screen: the popup shows them whole.
        self.ui.networkCombo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.ui.networkCombo.setMinimumContentsLength(18)
        self.errors = FieldErrors(self.ui.formErrorLabel)
        self.binder = FormBinder(self._save, self.errors)
        self._bind()
        self.day_boxes: dict[str, QCheckBox] = {}
        self._days: list[tuple[str, Any]] = []
        self.master = MasterDetail(
            ParticipantTableModel(self),
            self.form,
            self.tr("Ajouter un participant"),
            self.tr(
                "Aucun participant pour l'instant : « Ajouter un participant » (touche Inser)."
            ),
            parent=self,
        )
        self.question: QMessageBox | None = None  # the open « delete? » question, if any
        self._build()
        self.refresh()

    def title(self) -> str:
        return self.tr("Participants")

    def refresh(self) -> None:
        services = self.context.services
        days, networks = services.days.list(), services.networks.list()
        self._fill_networks(networks)
        self._fill_days(days)
        people, attendance = (
            services.participants.list(),
            services.participants.attendance_by_participant(),
        )
        self.master.set_rows(participant_rows(people, networks, attendance, days))

    def current(self) -> ParticipantRow | None:
        """The participant shown in the form (None while a new one is being typed)."""
        row = self.master.model.row_of(self.master.current_key())
        return self.master.model.row_at(row) if row is not None else None

    # Construction.

    def _bind(self) -> None:
        ui, bind = self.ui, self.binder
        bind.line_edit("name", ui.nameEdit, required=self.tr("Le nom est obligatoire."))
        bind.combo("network_id", ui.networkCombo)
        bind.combo("role", ui.roleCombo)
        bind.line_edit("job_title", ui.jobEdit)
        bind.check_box("named_in_report", ui.consentCheck)

    def _build(self) -> None:
        hint = self.tr(
            "Qui participe, pour quel réseau, quels jours. Sans son accord, "
            "une personne n'est jamais nommée dans la synthèse."
        )
        set_text_colour(self.ui.consentNote, MUTED)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(heading(self.title(), hint, self))
        layout.addWidget(self.master, 1)
        master = self.master
        master.current_changed.connect(self._show)
        master.add_requested.connect(self.start_new)
        master.delete_requested.connect(self.delete)
        master.edit_requested.connect(lambda: focus_field(self.ui.nameEdit))
        QWidget.setTabOrder(master.table, self.ui.nameEdit)

    def _fill_networks(self, networks: list) -> None:
        combo = self.ui.networkCombo
        combo.blockSignals(True)
        chosen = combo.currentData()
        combo.clear()
        combo.addItem(self.tr("Aucun réseau"), None)
        for network in networks:
            combo.addItem(_network_choice(network), network.id)
        combo.setCurrentIndex(max(combo.findData(chosen), 0))
        combo.blockSignals(False)

    def _fill_days(self, days: list[Day]) -> None:
        """One check box per day, « mar. 10 mars »; rebuilt only when the days change."""
        wanted = [(day.id, day.date) for day in days]
        if wanted == self._days:
            return
        self._days = wanted
        for box in self.day_boxes.values():
            box.deleteLater()
        self.day_boxes = {}
        for day in days:
            box = QCheckBox(FRENCH.toString(day.date, "ddd d MMMM"), self.ui.attendanceBox)
            box.setObjectName(f"day_{day.index}")
            box.setAccessibleName(self.tr("Présent·e le jour {number}").format(number=day.index))
            self.ui.attendanceLayout.addWidget(box)
            self.day_boxes[day.id] = box
        self.binder.check_set(ATTENDANCE, self.day_boxes)
        chain = [self.ui.consentCheck, *self.day_boxes.values(), self.master.add_button]
        for before, after in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(before, after)

    # Showing and editing.

    def _show(self, key: Hashable | None) -> None:
        person = self.current()
        if person is None:
            return
        service = self.context.services.participants
        participant = service.get(person.id)
        values = {field: getattr(participant, field) for field in FIELDS}
        values[ATTENDANCE] = service.attendance(person.id)
        self.binder.load(key, values)

    def start_new(self) -> None:
        """A blank form (same network as the person shown, every day ticked); the participant is
        created when their name is validated."""
        previous = self.binder.value("network_id") if self.current() else None
        self.master.begin_draft()
        defaults = {"network_id": previous, "role": Role.SALARIE.value, "named_in_report": False}
        self.binder.load(None, {**defaults, ATTENDANCE: [day_id for day_id, _ in self._days]})
        focus_field(self.ui.nameEdit)

    def _save(self, field: str, value: Any) -> None:
        if self.master.drafting:
            if field == "name":
                self._create()
            return  # the other fields wait for the name, then go in with it
        person = self.current()
        if person is None:
            return
        service = self.context.services.participants
        text = self._action_text(field, person.name if field != "name" else value)
        if field == ATTENDANCE:
            work = lambda: service.set_attendance(person.id, value)  # noqa: E731
        else:
            work = lambda: service.update(person.id, **{field: value})  # noqa: E731
        # ticking days one by one stays one step each; a value arrowed through merges
        merge = None if field == ATTENDANCE else f"participant:{person.id}:{field}"
        perform(self.context, text, work, merge_key=merge)

    def _create(self) -> None:
        values = self.binder.values()
        days = values.pop(ATTENDANCE)
        service = self.context.services.participants

        def work() -> Any:
            person = service.add(**values)
            service.set_attendance(person.id, days)
            return person

        text = self.tr("Ajouter « {name} »").format(name=values["name"])
        person = perform(self.context, text, work)
        self.master.select_key(person.id)

    def _action_text(self, field: str, name: str) -> str:
        texts = {
            "name": self.tr("Renommer en « {name} »"),
            "network_id": self.tr("Changer le réseau de « {name} »"),
            "role": self.tr("Changer le rôle de « {name} »"),
            "job_title": self.tr("Modifier le poste de « {name} »"),
            "named_in_report": self.tr("Changer l'accord de « {name} » pour être nommé·e"),
            ATTENDANCE: self.tr("Modifier la présence de « {name} »"),
        }
        return texts[field].format(name=name)

    # Deleting.

    def delete(self, key: Hashable) -> None:
        """Asks first: the person's data goes, their contributions stay with their network."""
        row = self.master.model.row_of(key)
        if row is None:
            return
        person = self.master.model.row_at(row)
        if person.network:
            stay = self.tr("Ses contributions restent, attribuées à son réseau.")
        else:
            stay = self.tr("Ses contributions restent, sans auteur.")
        details = self.tr(
            "Son nom, son poste et sa présence sont effacés. {stay} Annuler (Ctrl+Z) rétablit tout."
        ).format(stay=stay)
        question = self.tr("Supprimer «\u00a0{name}\u00a0» ({network})\u202f?").format(
            name=person.name, network=person.network or self.tr("aucun réseau")
        )
        self.question = ask(
            self, question, details, self.tr("Supprimer"), lambda: self._delete(person)
        )

    def _delete(self, person: ParticipantRow) -> None:
        service = self.context.services.participants
        text = self.tr("Supprimer « {name} »").format(name=person.name)
        perform(self.context, text, lambda: service.delete(person.id))


def _network_choice(network: Any) -> str:
    """« Fédération des scènes … (FSFCT) »: the full name, and the acronym the table shows."""
    short = network_name(network)
    return network.name if short == network.name else f"{network.name} ({short})"

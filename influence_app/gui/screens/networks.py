"""The Réseaux screen: the networks table and the detail form of the current one."""

from __future__ import annotations

from collections.abc import Hashable
from typing import Any, ClassVar

from PySide6.QtWidgets import QCheckBox, QMessageBox, QVBoxLayout, QWidget

from influence_app.domain.enums import NetworkKind
from influence_app.domain.models import Network
from influence_app.gui.context import DocumentContext
from influence_app.gui.forms.ui_network_form import Ui_NetworkForm
from influence_app.gui.models.networks import (
    FUNCTION_LABELS,
    KIND_LABELS,
    NetworkTableModel,
    function_hint,
    function_label,
    kind_label,
)
from influence_app.gui.screens.base import Screen
from influence_app.gui.undo import perform
from influence_app.gui.widgets.entity_table import MasterDetail, ask, focus_field, heading
from influence_app.gui.widgets.validation import FieldErrors, FormBinder
from influence_app.services.errors import InUse

FIELDS = ("name", "acronym", "kind", "sector", "member_count", "functions", "description")


class NetworksScreen(Screen):
    """Add, edit and delete the networks (têtes de réseau) taking part in the seminar."""

    key: ClassVar[str] = "networks"
    tables: ClassVar[frozenset[str]] = frozenset({"network"})

    def __init__(self, context: DocumentContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.form = QWidget()
        self.ui = Ui_NetworkForm()
        self.ui.setupUi(self.form)
        self.function_boxes = self._function_boxes()
        for code in KIND_LABELS:
            self.ui.kindCombo.addItem(kind_label(code), code)
        self.errors = FieldErrors(self.ui.formErrorLabel)
        self.binder = FormBinder(self._save, self.errors)
        self._bind()
        self.master = MasterDetail(
            NetworkTableModel(self),
            self.form,
            self.tr("Ajouter un réseau"),
            self.tr(
                "Aucun réseau pour l'instant : « Ajouter un réseau » (touche Inser) en crée un."
            ),
            parent=self,
        )
        self.question: QMessageBox | None = None  # the open « delete anyway? » question, if any
        self._build()
        self.refresh()

    def title(self) -> str:
        return self.tr("Réseaux")

    def refresh(self) -> None:
        self.master.set_rows(self.context.services.networks.list())

    def current(self) -> Network | None:
        """The network shown in the form (None while a new one is being typed)."""
        row = self.master.model.row_of(self.master.current_key())
        return self.master.model.row_at(row) if row is not None else None

    # Construction.

    def _function_boxes(self) -> dict[str, QCheckBox]:
        """The six functions, one under the other, each with what it means as its tooltip."""
        boxes = {}
        for position, code in enumerate(FUNCTION_LABELS):
            box = QCheckBox(function_label(code), self.ui.functionsBox)
            box.setObjectName(f"function_{code}")
            box.setToolTip(function_hint(code))
            self.ui.functionsLayout.addWidget(box, position, 0)
            boxes[code] = box
        chain = [self.ui.memberSpin, *boxes.values(), self.ui.descriptionEdit]
        for before, after in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(before, after)
        return boxes

    def _bind(self) -> None:
        ui, bind = self.ui, self.binder
        bind.line_edit("name", ui.nameEdit, required=self.tr("Le nom est obligatoire."))
        bind.line_edit("acronym", ui.acronymEdit)
        bind.combo("kind", ui.kindCombo)
        bind.line_edit("sector", ui.sectorEdit)
        ui.memberSpin.setGroupSeparatorShown(True)  # « 4 200 », as in the table
        bind.spin_box("member_count", ui.memberSpin)
        bind.check_set("functions", self.function_boxes)
        bind.plain_text("description", ui.descriptionEdit)

    def _build(self) -> None:
        hint = self.tr(
            "Les têtes de réseau présentes : leur type et leurs fonctions. "
            "Inser ajoute un réseau, Suppr retire celui qui est sélectionné."
        )
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
        QWidget.setTabOrder(self.ui.descriptionEdit, master.add_button)
        QWidget.setTabOrder(master.add_button, master.delete_button)

    # Showing and editing.

    def _show(self, key: Hashable | None) -> None:
        network = self.current()
        if network is not None:
            self.binder.load(key, {field: getattr(network, field) for field in FIELDS})

    def start_new(self) -> None:
        """A blank form; the network is created when its name is validated."""
        self.master.begin_draft()
        self.binder.load(None, {"kind": NetworkKind.SECTORIEL.value, "functions": []})
        focus_field(self.ui.nameEdit)

    def _save(self, field: str, value: Any) -> None:
        if self.master.drafting:
            if field == "name":
                self._create()
            return  # the other fields wait for the name, then go in with it
        network = self.current()
        if network is None:
            return
        service = self.context.services.networks
        text = self._action_text(field, network.name if field != "name" else value)
        perform(
            self.context,
            text,
            lambda: service.update(network.id, **{field: value}),
            # ticking functions one by one stays one step each; a value arrowed through merges
            merge_key=None if field == "functions" else f"network:{network.id}:{field}",
        )

    def _create(self) -> None:
        given = self.binder.values().items()
        values = {field: value for field, value in given if value not in (None, "", [])}
        text = self.tr("Ajouter le réseau « {name} »").format(name=values["name"])
        service = self.context.services.networks
        network = perform(self.context, text, lambda: service.add(**values))
        self.master.select_key(network.id)

    def _action_text(self, field: str, name: str) -> str:
        texts = {
            "name": self.tr("Renommer le réseau en « {name} »"),
            "acronym": self.tr("Modifier le sigle de « {name} »"),
            "kind": self.tr("Modifier le type de « {name} »"),
            "sector": self.tr("Modifier le secteur de « {name} »"),
            "member_count": self.tr("Modifier le nombre de membres de « {name} »"),
            "functions": self.tr("Modifier les fonctions de « {name} »"),
            "description": self.tr("Modifier la description de « {name} »"),
        }
        return texts[field].format(name=name)

    # Deleting.

    def delete(self, key: Hashable) -> None:
        """Deletes at once when nothing refers to the network; otherwise asks first."""
        row = self.master.model.row_of(key)
        if row is None:
            return
        network = self.master.model.row_at(row)
        try:
            self._delete(network, detach=False)
        except InUse as refusal:
            self.question = ask(
                self,
                self._dependents_text(refusal.dependents, network.name),
                self.tr(
                    "Participants et contributions restent dans le séminaire, simplement "
                    "sans réseau. Annuler (Ctrl+Z) rétablit tout."
                ),
                self.tr("Détacher et supprimer"),
                lambda: self._delete(network, detach=True),
            )

    def _delete(self, network: Network, detach: bool) -> None:
        service = self.context.services.networks
        text = self.tr("Supprimer le réseau « {name} »").format(name=network.name)
        perform(self.context, text, lambda: service.delete(network.id, detach=detach))

    def _dependents_text(self, dependents: dict[str, int], name: str) -> str:
        """« 3 participants et 12 contributions sont rattachés à ce réseau. Supprimer … ? »"""
        people, words = dependents.get("participants", 0), dependents.get("contributions", 0)
        parts = []
        if people:
            parts.append(_count(people, self.tr("participant"), self.tr("participants")))
        if words:
            parts.append(_count(words, self.tr("contribution"), self.tr("contributions")))
        if people:  # a mixed list agrees in the masculine plural
            verb = self.tr("sont rattachés") if people + words > 1 else self.tr("est rattaché")
        else:
            verb = self.tr("sont rattachées") if words > 1 else self.tr("est rattachée")
        # No-break spaces keep « and » with the name, and ? with its sentence, when it wraps.
        question = self.tr(
            "{things} {verb} à ce réseau. Supprimer «\u00a0{name}\u00a0» quand même\u202f?"
        )
        return question.format(things=self.tr(" et ").join(parts), verb=verb, name=name)


def _count(number: int, singular: str, plural: str) -> str:
    return f"{number} {singular if number == 1 else plural}"

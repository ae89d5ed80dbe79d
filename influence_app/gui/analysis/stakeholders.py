"""The « Carte des acteurs » screen: who must be convinced, the form of each, the map of all."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable, Iterable
from typing import Any, ClassVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from influence_app.domain.models import Stakeholder
from influence_app.gui.analysis import labels
from influence_app.gui.analysis.common import AnalysisScreen, ChartPanel
from influence_app.gui.analysis.stakeholder_model import StakeholderLine, StakeholderTableModel
from influence_app.gui.context import DocumentContext
from influence_app.gui.forms.ui_analysis_stakeholder_form import Ui_StakeholderForm
from influence_app.gui.undo import perform
from influence_app.gui.widgets.entity_table import MasterDetail, focus_field, heading
from influence_app.gui.widgets.validation import FieldErrors, FormBinder
from influence_app.report import figures
from influence_app.report.charts import stakeholder_map
from influence_app.services import chart_inputs
from influence_app.services.errors import ValidationError
from influence_app.services.report_data import Seminar

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class StakeholdersScreen(AnalysisScreen):
    """The actors' table with the form of the current one below it, the map on the right."""

    key: ClassVar[str] = "acteurs"
    tables: ClassVar[frozenset[str]] = frozenset(
        {"stakeholder", "stakeholder_goal", "stakeholder_access", "goal", "network"}
        | {"vote", "vote_round"}  # the goals' numbers O1, O2… follow the vote
    )

    def __init__(self, context: DocumentContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.form = QWidget()
        self.ui = Ui_StakeholderForm()
        self.ui.setupUi(self.form)
        self._fill_choices()
        self.errors = FieldErrors(self.ui.errorLabel)
        self.binder = FormBinder(self._save, self.errors)
        self._bind()
        self._links: dict[str, dict[str, set[str]]] = {}
        self.master = MasterDetail(
            StakeholderTableModel(self),
            self.form,
            self.tr("Ajouter un acteur"),
            self.tr(
                "Aucun acteur pour l'instant : « Ajouter un acteur » (touche Inser) en crée un."
            ),
            parent=self,
        )
        self.chart = ChartPanel(self)
        self._lay_out()
        self.refresh()

    def title(self) -> str:
        return self.tr("Carte des acteurs")

    def active_chart(self) -> ChartPanel:
        return self.chart

    # Construction.

    def _fill_choices(self) -> None:
        ui = self.ui
        _fill(ui.typeCombo, self.tr("— non précisé —"), labels.STAKEHOLDER_TYPES.items())
        _fill(ui.levelCombo, self.tr("— non précisé —"), labels.LEVELS.items())
        for combo in (ui.stanceCombo, ui.desiredCombo):
            combo.addItem(self.tr("— non évaluée —"), None)
            for value, text in labels.STANCES.items():
                combo.addItem(f"{labels.signed(value)} · {labels.tr(text)}", value)

    def _bind(self) -> None:
        ui, bind = self.ui, self.binder
        bind.line_edit("name", ui.nameEdit, required=self.tr("Le nom est obligatoire."))
        bind.combo("type", ui.typeCombo)
        bind.combo("level", ui.levelCombo)
        bind.spin_box("power", ui.powerSpin)
        bind.spin_box("interest", ui.interestSpin)
        bind.combo("stance", ui.stanceCombo)
        bind.combo("desired_stance", ui.desiredCombo)
        bind.plain_text("notes", ui.notesEdit)
        ui.goalsList.itemChanged.connect(lambda _item: self._save_links("goals"))
        ui.networksList.itemChanged.connect(lambda _item: self._save_links("networks"))

    def _lay_out(self) -> None:
        hint = self.tr(
            "Qui faut-il convaincre ? Pouvoir et intérêt de 1 à 5, position de −2 à +2 et celle "
            "à obtenir (l'anneau sur la carte). Inser ajoute un acteur, Suppr le retire."
        )
        master = self.master
        master.splitter.setOrientation(Qt.Orientation.Vertical)  # the wide form under the table
        # Long names and network lists end in « … » rather than push the last columns away.
        master.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        master.splitter.setSizes([300, 320])
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(master)
        splitter.addWidget(self.chart)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([750, 360])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(heading(self.title(), hint, self))
        layout.addWidget(splitter, 1)
        master.current_changed.connect(self._show)
        master.add_requested.connect(self.add)
        master.delete_requested.connect(self.delete)
        master.edit_requested.connect(lambda: focus_field(self.ui.nameEdit))
        self.watch(self.chart)
        QWidget.setTabOrder(master.table, self.ui.nameEdit)
        QWidget.setTabOrder(self.ui.networksList, master.add_button)
        QWidget.setTabOrder(master.add_button, master.delete_button)

    # Showing.

    def refresh(self) -> None:
        seminar = chart_inputs.read_seminar(self.context.document)
        self._links = _links(seminar)
        self._fill_lists(seminar)
        self.master.set_rows(_lines(seminar))
        self._show(self.master.current_key())
        dots = chart_inputs.stakeholder_dots(seminar)
        title = self.tr("Carte des acteurs : pouvoir × intérêt")
        self.chart.show_chart(
            title, dots, lambda: figures.stakeholders(dots) or [stakeholder_map([], figures.WIDTH)]
        )

    def current(self) -> Stakeholder | None:
        row = self.master.model.row_of(self.master.current_key())
        return self.master.model.row_at(row).stakeholder if row is not None else None

    def _fill_lists(self, seminar: Seminar) -> None:
        goals = [(g.id, f"{seminar.goal_keys[g.id]} · {g.title}") for g in seminar.goals]
        networks = [(n.id, _network_text(n.acronym, n.name)) for n in seminar.content.networks]
        for widget, items in ((self.ui.goalsList, goals), (self.ui.networksList, networks)):
            widget.blockSignals(True)
            widget.clear()
            for item_id, text in items:
                item = QListWidgetItem(text, widget)
                item.setData(ID_ROLE, item_id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
            widget.blockSignals(False)

    def _show(self, key: Hashable | None) -> None:
        stakeholder = self.current()
        if stakeholder is None:
            return
        self.binder.load(key, stakeholder.model_dump())
        links = self._links.get(stakeholder.id, {})
        _check(self.ui.goalsList, links.get("goals", set()))
        _check(self.ui.networksList, links.get("networks", set()))

    # Editing.

    def _save(self, field: str, value: Any) -> None:
        stakeholder = self.current()
        if stakeholder is None:
            return
        texts = {
            "name": self.tr("Renommer l'acteur « {name} »"),
            "notes": self.tr("Modifier les notes sur « {name} »"),
        }
        text = texts.get(field, self.tr("Modifier l'acteur « {name} »")).format(
            name=stakeholder.name
        )
        service = self.context.services.stakeholders
        perform(
            self.context,
            text,
            lambda: service.update(stakeholder.id, **{field: value}),
            merge_key=f"stakeholder:{stakeholder.id}:{field}",
        )

    def _save_links(self, which: str) -> None:
        stakeholder = self.current()
        if stakeholder is None:
            return
        service = self.context.services.stakeholders
        if which == "goals":
            chosen = _checked(self.ui.goalsList)
            text = self.tr("Objectifs concernés par « {name} »")
            work = lambda: service.set_goals(stakeholder.id, chosen)  # noqa: E731
        else:
            chosen = _checked(self.ui.networksList)
            text = self.tr("Réseaux ayant accès à « {name} »")
            work = lambda: service.set_reached_by(stakeholder.id, chosen)  # noqa: E731
        try:
            perform(self.context, text.format(name=stakeholder.name), work)
        except ValidationError as error:
            self.errors.show("", str(error))

    def add(self) -> None:
        """A new actor, selected, its name ready to be typed over."""
        service = self.context.services.stakeholders
        name = self.tr("Nouvel acteur")
        added = perform(self.context, self.tr("Ajouter un acteur"), lambda: service.add(name=name))
        self.master.select_key(added.id)
        focus_field(self.ui.nameEdit)

    def delete(self, key: Hashable) -> None:
        row = self.master.model.row_of(key)
        if row is None:
            return
        stakeholder = self.master.model.row_at(row).stakeholder
        service = self.context.services.stakeholders
        text = self.tr("Supprimer l'acteur « {name} »").format(name=stakeholder.name)
        perform(self.context, text, lambda: service.delete(stakeholder.id))
        self.master.table.setFocus()


def _fill(combo: QComboBox, none_text: str, items: Iterable[tuple[str, str]]) -> None:
    combo.addItem(none_text, None)
    for code, text in items:
        combo.addItem(labels.tr(text), code)


def _network_text(acronym: str | None, name: str) -> str:
    return f"{acronym} · {name}" if acronym else name


def _links(seminar: Seminar) -> dict[str, dict[str, set[str]]]:
    links: dict[str, dict[str, set[str]]] = defaultdict(lambda: {"goals": set(), "networks": set()})
    for goal_link in seminar.content.stakeholder_goals:
        links[goal_link.stakeholder_id]["goals"].add(goal_link.goal_id)
    for access in seminar.content.stakeholder_access:
        links[access.stakeholder_id]["networks"].add(access.network_id)
    return dict(links)


def _lines(seminar: Seminar) -> list[StakeholderLine]:
    access: dict[str, list[str]] = defaultdict(list)
    for link in seminar.content.stakeholder_access:
        access[link.stakeholder_id].append(seminar.network_short(link.network_id))
    return [
        StakeholderLine(s.id, seminar.stakeholder_keys[s.id], s, ", ".join(access[s.id]))
        for s in seminar.stakeholders
    ]


def _check(widget: QListWidget, chosen: set[str]) -> None:
    widget.blockSignals(True)
    for row in range(widget.count()):
        item = widget.item(row)
        checked = item.data(ID_ROLE) in chosen
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
    widget.blockSignals(False)


def _checked(widget: QListWidget) -> list[str]:
    return [
        widget.item(row).data(ID_ROLE)
        for row in range(widget.count())
        if widget.item(row).checkState() == Qt.CheckState.Checked
    ]

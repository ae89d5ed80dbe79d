"""The « Plan d'action » screen: SMART actions, their form, the impact/effort chart."""

from __future__ import annotations

from collections.abc import Hashable
from typing import Any, ClassVar

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QTabWidget, QVBoxLayout, QWidget

from influence_app.gui.context import DocumentContext
from influence_app.gui.forms.ui_action_form import Ui_ActionForm
from influence_app.gui.plan import choices
from influence_app.gui.plan.action_model import (
    STATUS_LABELS,
    ActionLine,
    ActionTableModel,
    action_lines,
    status_label,
)
from influence_app.gui.plan.binder import PlanBinder
from influence_app.gui.plan.chart import PickableChart, action_drawing
from influence_app.gui.plan.lazy import LazyScreen
from influence_app.gui.plan.smart import draft_gaps, show_gaps
from influence_app.gui.undo import perform
from influence_app.gui.widgets.entity_table import MasterDetail, ask, focus_field, heading
from influence_app.gui.widgets.overview import muted
from influence_app.gui.widgets.validation import FieldErrors
from influence_app.report.charts import to_svg
from influence_app.services import chart_inputs
from influence_app.services.errors import InUse, ValidationError
from influence_app.services.report_data import Seminar

FIELDS = (
    "title",
    "description",
    "indicator",
    "due_date",
    "status",
    "goal_id",
    "factor_id",
    "stakeholder_id",
    "owner_id",
    "lead_network_id",
    "impact",
    "effort",
)
PARTNERS = "co_networks"  # the form's name for the check list of associated networks
TITLE_IN_MENU = 40  # characters of an action's title quoted in « Annuler … »


class ActionPlanScreen(LazyScreen):
    """The actions' table over the current action's form; the impact/effort chart on a page
    of its own. `chart_selected(title, svg)` fires when the chart changes while the screen is
    shown, when its page is opened and when it is clicked.
    """

    key: ClassVar[str] = "plan_action"
    tables: ClassVar[frozenset[str]] = frozenset(
        {"action", "action_network", "goal", "factor", "stakeholder", "participant", "network"}
        | {"vote", "vote_round"}  # goal numbers O1, O2… follow the vote
    )
    chart_selected = Signal(str, str)

    def __init__(self, context: DocumentContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.form = QWidget()
        self.ui = Ui_ActionForm()
        self.ui.setupUi(self.form)
        self._prepare_form()
        self.errors = FieldErrors(self.ui.errorLabel)
        self.binder = PlanBinder(self._save, self.errors)
        self._bind()
        self.chart = PickableChart()
        self.chart_title = self.tr("Plan d'action : impact et effort")
        self.master = MasterDetail(
            ActionTableModel(self),
            self.form,
            self.tr("Ajouter une action"),
            self.tr(
                "Aucune action pour l'instant : « Ajouter une action » (touche Inser) en crée une."
            ),
            parent=self,
        )
        self.question: QMessageBox | None = None  # the open « delete anyway? » question
        self._lay_out()
        self.refresh()

    def title(self) -> str:
        return self.tr("Plan d'action")

    # Construction.

    def _prepare_form(self) -> None:
        ui = self.ui
        for code in STATUS_LABELS:
            ui.statusCombo.addItem(status_label(code), code)
        lines = ui.descriptionEdit.fontMetrics().lineSpacing()
        ui.descriptionEdit.setFixedHeight(lines * 3 + 12)
        ui.indicatorEdit.setFixedHeight(lines * 2 + 12)
        for combo in (ui.goalCombo, ui.factorCombo, ui.stakeholderCombo, ui.ownerCombo):
            combo.setSizeAdjustPolicy(combo.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(14)  # long titles must not widen the form
        ui.leadCombo.setSizeAdjustPolicy(
            ui.leadCombo.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        ui.leadCombo.setMinimumContentsLength(10)
        ui.coNetworksList.setMinimumWidth(150)

    def _bind(self) -> None:
        ui, bind = self.ui, self.binder
        bind.line_edit("title", ui.titleEdit, required=self.tr("L'intitulé est obligatoire."))
        bind.plain_text("description", ui.descriptionEdit)
        bind.plain_text("indicator", ui.indicatorEdit)
        bind.optional_date("due_date", ui.dueDateEdit)
        bind.combo("status", ui.statusCombo)
        for field, combo in self._link_combos().items():
            if field == "lead_network_id":
                bind.settled_combo(field, combo)  # each pick would drop an associate network
            else:
                bind.combo(field, combo)
        bind.spin_box("impact", ui.impactSpin)
        bind.spin_box("effort", ui.effortSpin)
        ui.coNetworksList.itemChanged.connect(lambda _item: self._save_partners())
        # The SMART note follows what is typed, before it is even committed.
        ui.titleEdit.textChanged.connect(self._update_smart)
        for text_edit in (ui.descriptionEdit, ui.indicatorEdit):
            text_edit.textChanged.connect(self._update_smart)
        for combo in self._link_combos().values():
            combo.currentIndexChanged.connect(self._update_smart)
        ui.dueDateEdit.dateChanged.connect(self._update_smart)

    def _link_combos(self) -> dict[str, Any]:
        ui = self.ui
        return {
            "goal_id": ui.goalCombo,
            "factor_id": ui.factorCombo,
            "stakeholder_id": ui.stakeholderCombo,
            "owner_id": ui.ownerCombo,
            "lead_network_id": ui.leadCombo,
        }

    def _pages(self) -> QTabWidget:
        """The actions with their form, and the chart on a page of its own: drawn as the PDF
        prints it, it needs the screen's full height to be read (the room sees it projected)."""
        chart_page = QWidget(self)
        caption = muted(
            self.tr(
                "A1, A2… : les numéros du tableau des actions. Le graphique est celui de la "
                "synthèse ; cliquez dessus pour le projeter."
            )
        )
        column = QVBoxLayout(chart_page)
        column.setContentsMargins(0, 8, 0, 0)
        column.addWidget(caption)
        column.addWidget(self.chart, 1)
        pages = QTabWidget(self)
        pages.setDocumentMode(True)
        pages.addTab(self.master, self.tr("Actions"))
        pages.addTab(chart_page, self.tr("Impact / effort"))
        pages.setTabToolTip(1, self.tr("Afficher ce graphique le projette aussi"))
        pages.currentChanged.connect(lambda index: self.publish() if index == 1 else None)
        return pages

    def _lay_out(self) -> None:
        hint = self.tr(
            "Des actions spécifiques, mesurables, atteignables, réalistes et datées (SMART) : "
            "⚠ signale ce qui manque. Inser ajoute une action, Suppr la retire."
        )
        master = self.master
        master.splitter.setOrientation(Qt.Orientation.Vertical)  # the wide form under the table
        master.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # The form keeps its natural height; a taller window shows more actions, not blank
        # space under the form.
        master.pages.setMinimumHeight(self.form.sizeHint().height())
        master.splitter.setStretchFactor(0, 1)
        master.splitter.setStretchFactor(1, 0)
        master.splitter.setSizes([10_000, self.form.sizeHint().height()])
        self.pages = self._pages()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(heading(self.title(), hint, self))
        layout.addWidget(self.pages, 1)
        master.current_changed.connect(self._show)
        master.add_requested.connect(self.add)
        master.delete_requested.connect(self.delete)
        master.edit_requested.connect(lambda: focus_field(self.ui.titleEdit))
        self.chart.picked.connect(self.publish)
        QWidget.setTabOrder(master.table, self.ui.titleEdit)
        QWidget.setTabOrder(self.ui.coNetworksList, master.add_button)
        QWidget.setTabOrder(master.add_button, master.delete_button)

    # Showing.

    def refresh(self) -> None:
        seminar = chart_inputs.read_seminar(self.context.document)
        self._seminar = seminar
        self._fill_choices(seminar)
        self.master.set_rows(action_lines(seminar))  # shows the current action's form
        self._draw(seminar)

    def current(self) -> ActionLine | None:
        """The action shown in the form."""
        row = self.master.model.row_of(self.master.current_key())
        return self.master.model.row_at(row) if row is not None else None

    def _fill_choices(self, seminar: Seminar) -> None:
        ui, none = self.ui, self.tr("— aucun —")
        choices.fill_combo(ui.goalCombo, self.tr("— aucun objectif —"), choices.goal_items(seminar))
        choices.fill_combo(ui.stakeholderCombo, none, choices.stakeholder_items(seminar))
        choices.fill_combo(ui.ownerCombo, self.tr("— personne —"), choices.owner_items(seminar))
        choices.fill_combo(ui.leadCombo, none, choices.network_items(seminar))
        end = seminar.content.seminar.end_date
        ui.dueDateEdit.start_date = QDate(end) if end else QDate.currentDate()

    def _show(self, key: Hashable | None) -> None:
        line = self.current()
        if line is None:
            return
        seminar = self._seminar
        items = choices.factor_items(seminar, line.action.goal_id)
        choices.fill_combo(self.ui.factorCombo, self.tr("— aucun —"), items)
        self.binder.load(key, {field: getattr(line.action, field) for field in FIELDS})
        partners = choices.network_items(seminar)
        choices.fill_checks(
            self.ui.coNetworksList, partners, set(line.co_networks), line.action.lead_network_id
        )
        self._update_smart()

    def _update_smart(self) -> None:
        if self.current() is not None:
            show_gaps(self.ui.smartLabel, draft_gaps(self.binder.values()))

    def _draw(self, seminar: Seminar) -> None:
        svg = to_svg(action_drawing(seminar))
        if svg == self.chart.svg():
            return
        self.chart.set_svg(svg)
        if self.isVisible():
            self.publish()

    def publish(self) -> None:
        """Sends the chart to whoever projects it."""
        self.chart_selected.emit(self.chart_title, self.chart.svg())

    # Editing.

    def _save(self, field: str, value: Any) -> None:
        line = self.current()
        if line is None:
            return
        service = self.context.services.actions
        text = self._edit_text(field, line.action.title if field != "title" else value)
        perform(
            self.context,
            text,
            lambda: service.update(line.id, **{field: value}),
            merge_key=f"action:{line.id}:{field}",
        )

    def _edit_text(self, field: str, title: str) -> str:
        if field == "title":
            return self.tr("Renommer l'action en « {title} »").format(title=_short(title))
        what = {
            "description": self.tr("la description"),
            "indicator": self.tr("l'indicateur"),
            "due_date": self.tr("l'échéance"),
            "status": self.tr("le statut"),
            "goal_id": self.tr("l'objectif"),
            "factor_id": self.tr("le levier ou frein"),
            "stakeholder_id": self.tr("l'acteur à convaincre"),
            "owner_id": self.tr("le ou la responsable"),
            "lead_network_id": self.tr("le réseau pilote"),
            "impact": self.tr("l'impact"),
            "effort": self.tr("l'effort"),
        }[field]
        return self.tr("Modifier {what} de « {title} »").format(what=what, title=_short(title))

    def _save_partners(self) -> None:
        line = self.current()
        if line is None:
            return
        chosen = choices.checked_ids(self.ui.coNetworksList)
        service = self.context.services.actions
        text = self.tr("Modifier les réseaux associés à « {title} »")
        try:
            perform(
                self.context,
                text.format(title=_short(line.action.title)),
                lambda: service.set_co_networks(line.id, chosen),
            )
        except ValidationError as error:
            self.errors.show(PARTNERS, str(error))

    def add(self) -> None:
        """A new action under the goal of the one shown, selected, its title ready to type."""
        line = self.current()
        goal_id = line.action.goal_id if line else None
        service = self.context.services.actions
        title = self.tr("Nouvelle action")
        added = perform(
            self.context,
            self.tr("Ajouter une action"),
            lambda: service.add(title=title, goal_id=goal_id),
        )
        self.master.select_key(added.id)
        focus_field(self.ui.titleEdit)

    def delete(self, key: Hashable) -> None:
        """Deleted at once (Ctrl+Z brings it back); asks first only when votes name it."""
        row = self.master.model.row_of(key)
        if row is None:
            return
        line = self.master.model.row_at(row)
        service = self.context.services.actions
        text = self.tr("Supprimer l'action « {title} »").format(title=_short(line.action.title))
        try:
            perform(self.context, text, lambda: service.delete(line.id))
        except InUse:
            question = self.tr("L'action « {title} » a reçu des votes. La supprimer quand même ?")
            details = self.tr("Ses votes sont effacés avec elle. Annuler (Ctrl+Z) rétablit tout.")
            self.question = ask(
                self,
                question.format(title=line.action.title),
                details,
                self.tr("Supprimer"),
                lambda: perform(self.context, text, lambda: service.delete(line.id, force=True)),
            )
            return
        self.master.table.setFocus()


def _short(title: str) -> str:
    title = " ".join(title.split())
    return title if len(title) <= TITLE_IN_MENU else title[: TITLE_IN_MENU - 1] + "…"

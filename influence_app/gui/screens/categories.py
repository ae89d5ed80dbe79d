"""The « Catégories » screen: the levers' and the obstacles' taxonomy, one tab each."""

from __future__ import annotations

from collections.abc import Hashable
from typing import Any, ClassVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from influence_app.domain.enums import FactorKind, Scope
from influence_app.domain.models import Category
from influence_app.gui.context import DocumentContext
from influence_app.gui.forms.ui_category_form import Ui_CategoryForm
from influence_app.gui.models.categories import LABEL_COLUMN, CategoryTableModel, scope_label
from influence_app.gui.screens.agenda_sessions import tab_chain
from influence_app.gui.screens.base import Screen
from influence_app.gui.undo import perform
from influence_app.gui.widgets.entity_table import MasterDetail, ask, focus_field, heading
from influence_app.gui.widgets.validation import FieldErrors, FormBinder
from influence_app.i18n import plural
from influence_app.services.errors import InUse, ValidationError


class CategoryPanel(QWidget):
    """The categories of one kind: table (label editable in place with F2) beside its form."""

    def __init__(self, context: DocumentContext, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.kind = kind
        self.question: QMessageBox | None = None  # the open « delete anyway? » question
        self.model = CategoryTableModel(kind, self)
        self.form = QWidget(self)
        self.ui = Ui_CategoryForm()
        self.ui.setupUi(self.form)
        self.binder = FormBinder(self._save, FieldErrors(self.ui.errorLabel))
        self._bind_fields()
        self.master = MasterDetail(
            self.model, self.form, self._texts()["add"], self._texts()["empty"], True, self
        )
        self.table = self.master.table
        self._set_up_table()
        QVBoxLayout(self).addWidget(self.master)
        ui = self.ui
        fields = [ui.labelEdit, ui.codeEdit]
        fields += [ui.scopeCombo] if kind == FactorKind.FREIN else []
        tab_chain(self.table, *fields, ui.descriptionEdit, self.master.add_button)
        self._connect()

    def _texts(self) -> dict[str, str]:
        if self.kind == FactorKind.LEVIER:
            return {
                "add": self.tr("Ajouter un levier"),
                "new": self.tr("Nouveau levier"),
                "empty": self.tr(
                    "Aucune catégorie de leviers.\n« Ajouter un levier » en crée une."
                ),
            }
        return {
            "add": self.tr("Ajouter un frein"),
            "new": self.tr("Nouveau frein"),
            "empty": self.tr("Aucune catégorie de freins.\n« Ajouter un frein » en crée."),
        }

    def _bind_fields(self) -> None:
        ui, binder = self.ui, self.binder
        binder.line_edit("label", ui.labelEdit, required=self.tr("Le libellé est obligatoire."))
        binder.line_edit("code", ui.codeEdit)
        if self.kind == FactorKind.FREIN:
            ui.scopeCombo.addItem(self.tr("— non précisée —"), None)
            for scope in Scope:
                ui.scopeCombo.addItem(scope_label(scope), scope.value)
            binder.combo("scope", ui.scopeCombo)
        else:  # only obstacles are internal or external
            ui.fieldsLayout.removeRow(ui.scopeCombo)
        binder.plain_text("description", ui.descriptionEdit)

    def _set_up_table(self) -> None:
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        for column in range(self.model.columnCount()):
            mode = QHeaderView.ResizeMode
            fit = mode.Stretch if column == LABEL_COLUMN else mode.ResizeToContents
            header.setSectionResizeMode(column, fit)
        self.table.setEditTriggers(self.table.EditTrigger.DoubleClicked)

    def _connect(self) -> None:
        self.master.current_changed.connect(self._load_form)
        self.master.add_requested.connect(self.add_category)
        self.master.delete_requested.connect(self.delete_category)
        self.master.edit_requested.connect(self.edit_label)
        self.master.move_requested.connect(self.move_category)
        # Queued: the in-place editor must finish closing before the rows are reloaded.
        self.model.rename_requested.connect(self.rename, Qt.ConnectionType.QueuedConnection)

    # Showing.

    def reload(self) -> None:
        self.master.set_rows(self.context.services.categories.list_kind(self.kind))

    def current_category(self) -> Category | None:
        key = self.master.current_key()
        row = self.model.row_of(key) if key is not None else None
        return self.model.row_at(row) if row is not None else None

    def _category(self, key: Hashable) -> Category:
        row = self.model.row_of(key)
        assert row is not None, key  # keys come from the table's own rows
        return self.model.row_at(row)

    def _load_form(self, key: Hashable | None) -> None:
        category = self.current_category()
        if category is not None:
            self.binder.load(key, category.model_dump())

    # Editing.

    def _save(self, field: str, value: Any) -> None:
        category = self.current_category()
        if category is None:
            return
        if field == "label":
            self._rename(category, value)  # a refusal goes back to the form's binder
            return
        names = {
            "code": self.tr("Changer le code de « {label} »"),
            "scope": self.tr("Changer la portée de « {label} »"),
            "description": self.tr("Modifier la description de « {label} »"),
        }
        text = names[field].format(label=category.label)
        categories = self.context.services.categories
        perform(
            self.context,
            text,
            lambda: categories.update(category.id, **{field: value}),
            merge_key=f"category:{category.id}:{field}",
        )

    def rename(self, category_id: str, label: str) -> None:
        """Renames from the table; a refusal shows at the form's label field, text kept."""
        if self.model.row_of(category_id) is None:
            return  # gone meanwhile (an undo ran before the queued rename)
        try:
            self._rename(self._category(category_id), label)
        except ValidationError as error:
            self.master.select_key(category_id)
            self.ui.labelEdit.setText(label)
            self.binder.errors.show("label", str(error))

    def _rename(self, category: Category, label: str) -> None:
        text = self.tr("Renommer « {old} » en « {new} »").format(old=category.label, new=label)
        categories = self.context.services.categories
        perform(self.context, text, lambda: categories.rename(category.id, label))

    def edit_label(self) -> None:
        """F2 (or Enter) in the table: edit the label in place."""
        row = self.model.row_of(self.master.current_key())
        if row is not None:
            self.table.edit(self.model.index(row, LABEL_COLUMN))

    def add_category(self) -> None:
        """A new category at the end of the list, selected, its label ready to be typed."""
        texts, categories = self._texts(), self.context.services.categories
        added = perform(
            self.context,
            texts["add"],
            lambda: categories.add(kind=self.kind, label=texts["new"]),
        )
        self.master.select_key(added.id)
        focus_field(self.ui.labelEdit)

    def delete_category(self, key: Hashable) -> None:
        category = self._category(key)
        text = self.tr("Supprimer la catégorie « {label} »").format(label=category.label)
        categories = self.context.services.categories
        try:
            perform(self.context, text, lambda: categories.delete(category.id))
        except InUse as refusal:
            question = plural(
                refusal.dependents.get("factors", 0),
                self.tr("« {label} » classe {n} levier ou frein."),
                self.tr("« {label} » classe {n} leviers ou freins."),
                label=category.label,
            )
            self.question = ask(
                self,
                question,
                self.tr("Ils resteront sans catégorie. Annuler (Ctrl+Z) rétablit tout."),
                self.tr("Supprimer quand même"),
                lambda: perform(self.context, text, lambda: categories.delete(category.id, True)),
            )
        self.table.setFocus()

    def can_move(self, step: int) -> bool:
        key = self.master.current_key()
        row = self.model.row_of(key) if key is not None else None
        return row is not None and 0 <= row + step < self.model.rowCount()

    def step(self, step: int) -> None:
        """Moves the selected category one place up (-1) or down (+1): Monter / Descendre."""
        key = self.master.current_key()
        row = self.model.row_of(key) if key is not None else None
        if row is not None:
            self.move_category(key, row + step)

    def move_category(self, key: Hashable, new_index: int) -> None:
        if not 0 <= new_index < self.model.rowCount():
            return
        category = self._category(key)
        text = self.tr("Déplacer « {label} »").format(label=category.label)
        categories = self.context.services.categories
        perform(self.context, text, lambda: categories.move(category.id, new_index))
        self.master.select_key(category.id)
        self.table.setFocus()


class CategoriesScreen(Screen):
    """Two tabs, *Leviers* and *Freins*, each a table of categories beside its form."""

    key: ClassVar[str] = "categories"
    tables: ClassVar[frozenset[str]] = frozenset({"category"})

    def __init__(self, context: DocumentContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.levers = CategoryPanel(context, FactorKind.LEVIER, self)
        self.obstacles = CategoryPanel(context, FactorKind.FREIN, self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.levers, "")
        self.tabs.addTab(self.obstacles, "")
        self.tabs.setCornerWidget(self._move_buttons(), Qt.Corner.TopRightCorner)
        hint = self.tr(
            "Les catégories qui classent leviers et freins. F2 renomme, Ctrl+Haut / Ctrl+Bas "
            "change l’ordre, Inser ajoute, Suppr retire celle qui est sélectionnée."
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(heading(self.title(), hint, self))
        layout.addWidget(self.tabs, 1)
        self.refresh()

    def title(self) -> str:
        return self.tr("Catégories")

    def _move_buttons(self) -> QWidget:
        """Monter / Descendre beside the tabs, for whichever list is shown."""
        box = QWidget(self)
        layout = QHBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 4)
        self.up_button = QPushButton(self.tr("Monter"), box)
        self.up_button.setToolTip(self.tr("Ctrl+Haut"))
        self.down_button = QPushButton(self.tr("Descendre"), box)
        self.down_button.setToolTip(self.tr("Ctrl+Bas"))
        for button, step in ((self.up_button, -1), (self.down_button, +1)):
            button.clicked.connect(lambda _on=False, step=step: self.current_panel().step(step))
            layout.addWidget(button)
        for panel in (self.levers, self.obstacles):
            panel.master.current_changed.connect(lambda _key: self._update_move_buttons())
        self.tabs.currentChanged.connect(lambda _index: self._update_move_buttons())
        return box

    def current_panel(self) -> CategoryPanel:
        return self.obstacles if self.tabs.currentWidget() is self.obstacles else self.levers

    def _update_move_buttons(self) -> None:
        panel = self.current_panel()
        self.up_button.setEnabled(panel.can_move(-1))
        self.down_button.setEnabled(panel.can_move(+1))

    def refresh(self) -> None:
        for panel in (self.levers, self.obstacles):
            panel.reload()
        levers, obstacles = self.levers.model.rowCount(), self.obstacles.model.rowCount()
        self.tabs.setTabText(0, self.tr("Leviers ({n})").format(n=levers))
        self.tabs.setTabText(1, self.tr("Freins ({n})").format(n=obstacles))
        self._update_move_buttons()

"""The list's edits: each one a service call made undoable through gui.undo.perform."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject

from influence_app.domain.models import Contribution
from influence_app.gui import shortcuts
from influence_app.gui.cockpit.carry import CarryForwardDialog
from influence_app.gui.models.contributions import kind_label
from influence_app.gui.undo import perform
from influence_app.i18n import plural
from influence_app.services.errors import ServiceError

if TYPE_CHECKING:
    from influence_app.gui.cockpit.contribution_list import ContributionList

R = TypeVar("R")
PROMOTIONS = {
    "goal": "promote.goal",
    "levier": "promote.levier",
    "frein": "promote.frein",
    "action": "promote.action",
}
_PROMOTED = {
    "goal": QT_TRANSLATE_NOOP("ListEdits", "Objectif créé"),
    "levier": QT_TRANSLATE_NOOP("ListEdits", "Levier créé"),
    "frein": QT_TRANSLATE_NOOP("ListEdits", "Frein créé"),
    "action": QT_TRANSLATE_NOOP("ListEdits", "Action créée"),
}


def quote(text: str, limit: int = 40) -> str:
    """« Début du texte… » for action names and messages."""
    short = text if len(text) <= limit else text[: limit - 1] + "…"
    return f"« {short} »"


class ListEdits(QObject):
    """Delete, change the kind, group, merge, promote, carry forward: named in French for the
    Edit menu (« Annuler Fusionner 2 doublons »); a refusal shows under the list."""

    def __init__(self, panel: ContributionList) -> None:
        super().__init__(panel)
        self.panel = panel

    def attempt(self, text: str, work: Callable[[], R], quiet: bool = False) -> R | None:
        """Runs `work` through perform; a refusal shows under the list (never a modal)."""
        self.panel.quiet = quiet
        try:
            result = perform(self.panel.context, text, work)
        except ServiceError as error:
            self.say(str(error), error=True)
            return None
        finally:
            self.panel.quiet = False
        return result

    def say(self, message: str, error: bool = False) -> None:
        self.panel.message.setText(message)
        self.panel.message.setStyleSheet(
            "color: #b3261e; font-weight: bold;" if error else "color: #2e7d4f;"
        )

    def edit_field(self, contribution_id: str, field: str, value: Any) -> Contribution | None:
        name = (
            self.tr("Modifier la contribution") if field == "text" else self.tr("Changer le groupe")
        )
        stored = self.attempt(
            name, lambda: self.panel.service.update(contribution_id, **{field: value}), quiet=True
        )
        if stored is not None:
            self.panel.shown_changed.emit()
        return stored

    def delete_selected(self) -> None:
        ids = self.panel.selected_ids()
        if not ids:
            return
        n = len(ids)
        name = plural(
            n, self.tr("Supprimer {n} contribution"), self.tr("Supprimer {n} contributions")
        )
        if self.attempt(name, lambda: [self.panel.service.delete(key) for key in ids]) is not None:
            one = self.tr("{n} contribution supprimée ; Ctrl+Z pour annuler.")
            many = self.tr("{n} contributions supprimées ; Ctrl+Z pour annuler.")
            self.say(plural(n, one, many))

    def set_kind_selected(self, kind: str) -> None:
        ids = self.panel.selected_ids()
        if ids:
            name = self.tr("Changer la nature en {kind}").format(kind=kind_label(kind))
            self.attempt(name, lambda: [self.panel.service.update(key, kind=kind) for key in ids])

    def group_ids(self, ids: list[str], label: str) -> None:
        """Places the contributions in the group `label` (blank: out of any group)."""
        if not ids:
            return
        name = (
            self.tr("Regrouper sous {label}").format(label=quote(label))
            if label.strip()
            else self.tr("Retirer du groupe")
        )
        self.attempt(name, lambda: self.panel.service.set_cluster(ids, label or None))

    def merge_selected(self) -> None:
        """The current row stays; the other selected rows are merged into it as duplicates."""
        ids, current = self.panel.selected_ids(), self.panel.current_id()
        survivor = current if current in ids else (ids[0] if ids else None)
        absorbed = [key for key in ids if key != survivor]
        if survivor is None or not absorbed:
            self.say(self.tr("Sélectionnez au moins deux contributions à fusionner."), error=True)
            return
        n = len(absorbed)
        name = plural(n, self.tr("Fusionner {n} doublon"), self.tr("Fusionner {n} doublons"))
        if self.attempt(name, lambda: self.panel.service.merge(survivor, absorbed)) is not None:
            self.panel.select_ids([survivor])
            one = self.tr("{n} doublon fusionné, visible sous la contribution retenue.")
            many = self.tr("{n} doublons fusionnés, visibles sous la contribution retenue.")
            self.say(plural(n, one, many))

    def unmerge_selected(self) -> None:
        rows = [self.panel.model.row(key) for key in self.panel.selected_ids()]
        merged = [row.id for row in rows if row is not None and row.merged_into_id]
        if merged:
            one = self.tr("Défaire la fusion d’{n} contribution")
            name = plural(len(merged), one, self.tr("Défaire la fusion de {n} contributions"))
            self.attempt(name, lambda: [self.panel.service.unmerge(key) for key in merged])

    def promote_selected(self, to: str) -> list[Any]:
        """Creates a goal, lever, obstacle or action from each selected row, linked back."""
        rows = [row for key in self.panel.selected_ids() if (row := self.panel.model.row(key))]
        if not rows:
            return []
        label = shortcuts.label(PROMOTIONS[to])
        created = self.attempt(
            f"{label} {quote(rows[0].text)}",
            lambda: [self.panel.service.promote(row.id, to, **_prefill(to, row)) for row in rows],
        )
        if created:
            titles = ", ".join(quote(entity.title) for entity in created)
            self.say(f"{self.tr(_PROMOTED[to])} : {titles}")
        return created or []

    def carry_forward_selected(self, to_session_id: str | None = None) -> list[Contribution]:
        ids = self.panel.selected_ids()
        if not ids:
            return []
        if to_session_id is None:
            dialog = CarryForwardDialog(self.panel.later_sessions(), len(ids), self.panel)
            if not dialog.exec():
                return []
            to_session_id = dialog.chosen_id()
        if to_session_id is None:
            return []
        n = len(ids)
        name = plural(
            n, self.tr("Reporter {n} contribution"), self.tr("Reporter {n} contributions")
        )
        copies = self.attempt(name, lambda: self.panel.service.carry_forward(ids, to_session_id))
        if copies:
            one, many = (
                self.tr("{n} contribution reportée."),
                self.tr("{n} contributions reportées."),
            )
            self.say(plural(len(copies), one, many))
        return copies or []


def _prefill(to: str, row: Contribution) -> dict[str, Any]:
    """Besides the title and text the service copies: the network leads the action."""
    if to == "action" and row.network_id:
        return {"lead_network_id": row.network_id}
    return {}

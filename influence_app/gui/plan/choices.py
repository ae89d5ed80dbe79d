"""What the action form's lists offer: goals, levers and obstacles, actors, people, networks."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QListWidget, QListWidgetItem

from influence_app.domain.enums import FactorKind
from influence_app.domain.models import Factor
from influence_app.gui.plan.action_model import network_short
from influence_app.services.report_data import Seminar

Item = tuple[str | None, str]  # (stored value, text shown)
SEPARATOR: Item = (None, "")  # drawn as a line between groups
ID_ROLE = Qt.ItemDataRole.UserRole + 1


def tr(text: str) -> str:
    return QCoreApplication.translate("ActionPlan", text)


def goal_items(seminar: Seminar) -> list[Item]:
    """Goals in the synthesis's order, numbered as there (O1 is the most voted)."""
    return [(g.id, f"{seminar.goal_keys[g.id]} · {g.title}") for g in seminar.goals]


def factor_items(seminar: Seminar, goal_id: str | None) -> list[Item]:
    """The chosen goal's levers then obstacles first; the other goals' after a line."""
    factors = seminar.content.factors
    own = [f for f in factors if goal_id and f.goal_id == goal_id]
    mine = {f.id for f in own}
    others = [f for f in factors if f.id not in mine]
    first = [_factor_item(seminar, f, False) for f in _levers_first(own)]
    rest = [_factor_item(seminar, f, True) for f in _levers_first(others)]
    return first + ([SEPARATOR] if first and rest else []) + rest


def _levers_first(factors: Sequence[Factor]) -> list[Factor]:
    return sorted(factors, key=lambda f: f.kind != FactorKind.LEVIER)  # stable: keeps order


def _factor_item(seminar: Seminar, factor: Factor, with_goal: bool) -> Item:
    kind = tr("Levier") if factor.kind == FactorKind.LEVIER else tr("Frein")
    text = f"{kind} · {factor.title}"
    goal_key = seminar.goal_keys.get(factor.goal_id or "")
    return factor.id, f"{text} ({goal_key})" if with_goal and goal_key else text


def stakeholder_items(seminar: Seminar) -> list[Item]:
    """Actors numbered as on the stakeholder map."""
    return [(s.id, f"{seminar.stakeholder_keys[s.id]} · {s.name}") for s in seminar.stakeholders]


def owner_items(seminar: Seminar) -> list[Item]:
    """« Nom · RÉSEAU »: the facilitator's screen names everyone (the PDF decides who shows)."""
    items = []
    for person in seminar.content.participants:
        network = network_short(seminar, person.network_id)
        items.append((person.id, f"{person.name} · {network}" if network else person.name))
    return items


def network_items(seminar: Seminar) -> list[Item]:
    return [(n.id, _network_text(n.acronym, n.name)) for n in seminar.content.networks]


def _network_text(acronym: str | None, name: str) -> str:
    return f"{acronym} · {name}" if acronym and acronym != name else name


def fill_combo(combo: QComboBox, none_text: str, items: Sequence[Item]) -> None:
    """Replaces the choices (signals blocked: filling is not choosing); `None` comes first."""
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(none_text, None)
    for value, text in items:
        if (value, text) == SEPARATOR:
            combo.insertSeparator(combo.count())
        else:
            combo.addItem(text, value)
    combo.blockSignals(False)


def fill_checks(
    widget: QListWidget, items: Sequence[Item], checked: set[str], locked: str | None
) -> None:
    """One check box per item; `locked` (the lead network) is shown but cannot be ticked."""
    widget.blockSignals(True)
    widget.clear()
    for value, text in items:
        item = QListWidgetItem(text, widget)
        item.setData(ID_ROLE, value)
        if value == locked:
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            item.setToolTip(tr("Réseau pilote de cette action"))
            item.setText(tr("{network} (pilote)").format(network=text.split(" · ")[0]))
        else:
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            on = value in checked
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
    widget.blockSignals(False)


def checked_ids(widget: QListWidget) -> list[str]:
    return [
        widget.item(row).data(ID_ROLE)
        for row in range(widget.count())
        if widget.item(row).checkState() == Qt.CheckState.Checked
        and widget.item(row).flags() & Qt.ItemFlag.ItemIsEnabled
    ]

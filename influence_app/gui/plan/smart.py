"""The SMART note under the action form, recomputed from the fields as they are filled."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

from influence_app.domain.actions import ActionDraft, SmartGap, smart_gaps
from influence_app.gui.theme import set_text_colour

WARNING_COLOUR = "#8a4b00"  # amber-brown: a to-do, not an error (errors are red)
DONE_COLOUR = "#1d6b3a"


def tr(text: str) -> str:
    return QCoreApplication.translate("ActionPlan", text)


def draft_gaps(values: dict[str, Any]) -> list[SmartGap]:
    """What the action as currently typed lacks (values as the form's binder reads them)."""
    fields = {name: values.get(name) for name in ActionDraft.__dataclass_fields__}
    fields["title"] = fields["title"] or ""
    return smart_gaps(ActionDraft(**fields))


def smart_text(gaps: list[SmartGap]) -> str:
    if not gaps:
        return tr("✓ Action SMART : spécifique, mesurable, atteignable, réaliste et datée.")
    return "\n".join(f"⚠ {gap.message}" for gap in gaps)  # one line each: they must all show


def show_gaps(label: QLabel, gaps: list[SmartGap]) -> None:
    label.setText(smart_text(gaps))
    set_text_colour(label, WARNING_COLOUR if gaps else DONE_COLOUR)

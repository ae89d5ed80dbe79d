"""The networks table and the French words of their vocabularies (kinds, the six functions)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from influence_app.domain.enums import NetworkFunction, NetworkKind
from influence_app.domain.models import Network
from influence_app.gui.models.entity_model import RIGHT, Column, EntityTableModel

_CONTEXT = "Network"

KIND_LABELS: dict[str, str] = {
    NetworkKind.SECTORIEL: QT_TRANSLATE_NOOP("Network", "Sectoriel"),
    NetworkKind.TERRITORIAL: QT_TRANSLATE_NOOP("Network", "Territorial"),
    NetworkKind.COLLECTIF: QT_TRANSLATE_NOOP("Network", "Collectif"),
}

FUNCTION_LABELS: dict[str, str] = {
    NetworkFunction.PLAIDOYER: QT_TRANSLATE_NOOP("Network", "Plaidoyer"),
    NetworkFunction.OPERATEUR: QT_TRANSLATE_NOOP("Network", "Opérateur"),
    NetworkFunction.ACCOMPAGNEMENT: QT_TRANSLATE_NOOP("Network", "Accompagnement"),
    NetworkFunction.ANIMATION: QT_TRANSLATE_NOOP("Network", "Mise en réseau et animation"),
    NetworkFunction.INGENIERIE: QT_TRANSLATE_NOOP("Network", "Ingénierie"),
    NetworkFunction.PILOTAGE: QT_TRANSLATE_NOOP("Network", "Pilotage de projets"),
}

# What each function means (DOMAIN.md), shown as the check box's tooltip.
FUNCTION_HINTS: dict[str, str] = {
    NetworkFunction.PLAIDOYER: QT_TRANSLATE_NOOP(
        "Network", "Porter la parole des membres : plaidoyer, représentation."
    ),
    NetworkFunction.OPERATEUR: QT_TRANSLATE_NOOP(
        "Network", "Gérer soi-même des structures ou des services."
    ),
    NetworkFunction.ACCOMPAGNEMENT: QT_TRANSLATE_NOOP(
        "Network", "Accompagner un à un les membres face à leurs difficultés."
    ),
    NetworkFunction.ANIMATION: QT_TRANSLATE_NOOP(
        "Network", "Rencontres, échanges entre membres, plateforme d'acteurs."
    ),
    NetworkFunction.INGENIERIE: QT_TRANSLATE_NOOP(
        "Network", "Formation, documentation, appui technique, études, expertise, R&D."
    ),
    NetworkFunction.PILOTAGE: QT_TRANSLATE_NOOP(
        "Network", "Lancer et coordonner des projets communs, souvent innovants."
    ),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def kind_label(code: str | None) -> str:
    return _tr(KIND_LABELS[code]) if code in KIND_LABELS else (code or "")


def function_hint(code: str) -> str:
    return _tr(FUNCTION_HINTS[code]) if code in FUNCTION_HINTS else ""


def function_label(code: str) -> str:
    return _tr(FUNCTION_LABELS[code]) if code in FUNCTION_LABELS else code


def functions_summary(codes: Iterable[str]) -> str:
    """« Plaidoyer, Ingénierie » in the vocabulary's order; a dash when there is none."""
    return ", ".join(function_label(code) for code in codes) or "—"


def network_name(network: Network | None) -> str:
    """How a network is called in tables: its acronym when it has one."""
    if network is None:
        return ""
    return network.acronym or network.name


def _count(value: int | None) -> str:
    return QLocale().toString(value) if value is not None else ""


class NetworkTableModel(EntityTableModel[Network]):
    """One line per network, in the document's order."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__([], parent=parent)
        members, members_hint = self.tr("Membres"), self.tr("Nombre de membres")
        summary = lambda n: functions_summary(n.functions)  # noqa: E731
        self.set_columns(
            [
                Column(self.tr("Nom"), lambda n: n.name, stretch=True),
                Column(self.tr("Sigle"), lambda n: n.acronym or ""),
                Column(self.tr("Type"), lambda n: kind_label(n.kind)),
                Column(self.tr("Secteur"), lambda n: n.sector or "", width=11),
                Column(members, lambda n: _count(n.member_count), RIGHT, members_hint),
                Column(self.tr("Fonctions"), summary, tip=summary, width=16),
            ]
        )

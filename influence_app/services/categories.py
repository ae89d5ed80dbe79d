"""The editable taxonomy of levers and obstacles (codes are stable ids)."""

from __future__ import annotations

import re
from typing import Any

from sqlmodel import Session, col, select

from influence_app.domain.enums import FactorKind, Scope
from influence_app.domain.models import Category, Factor
from influence_app.i18n import _
from influence_app.services._crud import EntityService, count, in_use
from influence_app.services._fields import N_, Choice, LongText, Text, refuse

_CODE = re.compile(r"^[A-Z][A-Z0-9_]*$")


class CategoryService(EntityService[Category]):
    model = Category
    prefix = "cat"
    what = N_("Catégorie")
    rules = {
        "kind": Choice(N_("Nature"), required=True, choices=FactorKind),
        "code": Text(N_("Code"), max_len=64),
        "label": Text(N_("Libellé"), required=True),
        "scope": Choice(N_("Portée"), choices=Scope),
        "description": LongText(N_("Description")),
    }

    def list_kind(self, kind: str) -> list[Category]:
        """The levers' or the obstacles' categories, in their order."""
        return [category for category in self.list() if category.kind == kind]

    def rename(self, category_id: str, label: str) -> Category:
        return self.update(category_id, label=label)

    def delete(self, entity_id: str, force: bool = False) -> None:
        """Refused (InUse) while levers or obstacles are filed under it, unless `force`
        leaves them uncategorised."""
        super().delete(entity_id, force)

    def _check(self, session: Session, values: dict[str, Any], entity: Category | None) -> None:
        merged = {**(entity.model_dump() if entity else {}), **values}
        if merged.get("scope") and merged["kind"] != FactorKind.FREIN:
            refuse("scope", N_("Portée"), _("Seuls les freins ont une portée (interne, externe)."))
        if "code" in values and values["code"] is not None:
            _check_code(session, values["code"], entity)

    def _siblings(self, entity: Category) -> Any:
        return select(Category).where(Category.kind == entity.kind)

    def _before_delete(self, session: Session, entity: Category, force: bool) -> None:
        factors = count(session, Factor, col(Factor.category_id) == entity.id)
        if factors and not force:
            raise in_use({"factors": factors})


def _check_code(session: Session, code: str, entity: Category | None) -> None:
    if not _CODE.match(code):
        refuse("code", N_("Code"), _("Majuscules, chiffres et _ seulement, par exemple ALLIANCES."))
    clash = session.exec(select(Category.id).where(Category.code == code)).first()
    if clash is not None and (entity is None or clash != entity.id):
        refuse("code", N_("Code"), _("Le code « {code} » est déjà pris.").format(code=code))

"""Declarative field rules of the entity services over the domain checks, named for the user."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, NoReturn

from sqlmodel import SQLModel

from influence_app.domain import validation as checks
from influence_app.i18n import _
from influence_app.services.errors import ValidationError


def N_(message: str) -> str:
    """Marks a message for extraction; it is translated with `_` when shown."""
    return message


def refuse(field: str, name: str, reason: str) -> NoReturn:
    """ValidationError reading "Titre : ce champ est obligatoire." (field name, then why)."""
    reason = reason[:1].lower() + reason[1:] if reason[1:2].islower() else reason
    raise ValidationError(field, _("{name} : {reason}").format(name=_(name), reason=reason))


@dataclass(frozen=True)
class Rule:
    """One input field; `name` is what the user sees next to it, e.g. "Titre"."""

    name: str
    required: bool = False

    def clean(self, field: str, value: Any) -> Any:
        if isinstance(value, str) and not value.strip():
            value = None
        if value is None:
            if self.required:
                refuse(field, self.name, _("Ce champ est obligatoire."))
            return None
        try:
            return self.convert(field, value)
        except checks.DomainValidationError as error:
            refuse(field, self.name, error.message)

    def convert(self, field: str, value: Any) -> Any:
        return value


@dataclass(frozen=True)
class Text(Rule):
    """A one-line label (500 characters at most) or, `multiline`, a long text (20,000)."""

    max_len: int = checks.LABEL_MAX
    multiline: bool = False

    def convert(self, field: str, value: Any) -> str | None:
        if not isinstance(value, str):
            refuse(field, self.name, _("Un texte est attendu."))
        if self.multiline:
            return checks.check_text(field, value, self.max_len)
        return checks.check_label(field, value, self.max_len)


def LongText(name: str, required: bool = False) -> Text:  # noqa: N802  (reads as a rule type)
    return Text(name, required, max_len=checks.TEXT_MAX, multiline=True)


@dataclass(frozen=True)
class Choice(Rule):
    """One code of a closed vocabulary (a StrEnum), stored as its value."""

    choices: type[StrEnum] | None = None

    def convert(self, field: str, value: Any) -> str:
        assert self.choices is not None
        return str(checks.check_enum(field, value, self.choices).value)


@dataclass(frozen=True)
class ChoiceList(Choice):
    """A set of codes, stored as a list in the vocabulary's order (duplicates dropped)."""

    def clean(self, field: str, value: Any) -> list[str]:
        if value is None:
            return []
        if isinstance(value, str) or not isinstance(value, Iterable):
            refuse(field, self.name, _("Une liste est attendue."))
        chosen = {super(ChoiceList, self).clean(field, item) for item in value}
        return [member.value for member in self.choices or () if member.value in chosen]


@dataclass(frozen=True)
class Integer(Rule):
    """A whole number within [low, high]; without `high`, at least `low`."""

    low: int = 0
    high: int | None = None

    def convert(self, field: str, value: Any) -> int | None:
        if self.high is not None:
            return checks.check_range(field, value, self.low, self.high)
        if isinstance(value, bool) or not isinstance(value, int) or value < self.low:
            reason = _("Un nombre entier d'au moins {low} est attendu.")
            refuse(field, self.name, reason.format(low=self.low))
        return value


@dataclass(frozen=True)
class Boolean(Rule):
    def convert(self, field: str, value: Any) -> bool:
        if not isinstance(value, bool):
            refuse(field, self.name, _("Une réponse oui ou non est attendue."))
        return value


@dataclass(frozen=True)
class Date(Rule):
    """A date, given as `datetime.date` or ISO text (AAAA-MM-JJ)."""

    def convert(self, field: str, value: Any) -> dt.date:
        if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
            return value
        try:
            return dt.date.fromisoformat(value)
        except (TypeError, ValueError):
            refuse(field, self.name, _("Une date est attendue (AAAA-MM-JJ)."))


@dataclass(frozen=True)
class Time(Rule):
    """A time of day, stored "HH:MM" ("9h30" is accepted)."""

    def convert(self, field: str, value: Any) -> str:
        if not isinstance(value, str):
            refuse(field, self.name, _("Une heure est attendue (HH:MM)."))
        return checks.check_hhmm(field, value)


@dataclass(frozen=True)
class Ref(Rule):
    """The id of a row of `model`; the foreign key checks it exists, `missing` explains it."""

    model: type[SQLModel] | None = None

    def convert(self, field: str, value: Any) -> str:
        if not isinstance(value, str):
            self.missing(field, value)
        return value

    def missing(self, field: str, value: Any) -> NoReturn:
        refuse(field, self.name, _("« {value} » n'existe pas.").format(value=value))


Rules = dict[str, Rule]


def clean_fields(rules: Rules, fields: dict[str, Any], creating: bool) -> dict[str, Any]:
    """Cleaned values of `fields`; when creating, absent required fields are refused too."""
    unknown = set(fields) - set(rules)
    if unknown:
        raise TypeError(f"unknown fields: {sorted(unknown)}")
    names = rules if creating else fields
    return {
        field: rules[field].clean(field, fields.get(field))
        for field in names
        if field in fields or rules[field].required
    }

"""Field checks shared by every service; each refusal names the field and says why in French."""

from __future__ import annotations

import datetime as dt
import unicodedata
from enum import Enum
from typing import TypeVar

from influence_app.domain import agenda
from influence_app.i18n import _

LABEL_MAX = 500
TEXT_MAX = 20000
# Texts keep their line breaks and tabs; "\r" is allowed because pasted Windows text has "\r\n".
_TEXT_CONTROLS_ALLOWED = frozenset("\n\t\r")

E = TypeVar("E", bound=Enum)

_MONTHS = (
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
)


class DomainValidationError(ValueError):
    """Input refused; `field` names the field (for inline messages), `str(error)` says why."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.message = message


def check_label(field: str, value: str | None, max_length: int = LABEL_MAX) -> str:
    """A required one-line label: stripped, 1..max_length characters, no control character."""
    stripped = (value or "").strip()
    if not stripped:
        raise DomainValidationError(field, _("Ce champ est obligatoire."))
    _check_length(field, stripped, max_length)
    _check_controls(field, stripped, allowed=frozenset())
    return stripped


def check_text(field: str, value: str | None, max_length: int = TEXT_MAX) -> str | None:
    """An optional free text: None when blank, else stripped; line breaks and tabs are kept."""
    stripped = (value or "").strip()
    if not stripped:
        return None
    _check_length(field, stripped, max_length)
    _check_controls(field, stripped, allowed=_TEXT_CONTROLS_ALLOWED)
    return stripped


def check_range(
    field: str, value: object, low: int, high: int, required: bool = False
) -> int | None:
    """A whole number within [low, high]; None is accepted unless `required`."""
    if value is None:
        if required:
            raise DomainValidationError(field, _("Ce champ est obligatoire."))
        return None
    # bool is an int in Python: a checkbox state must not pass for a score of 1.
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        message = _("Valeur attendue : un nombre entier de {low} à {high}.")
        raise DomainValidationError(field, message.format(low=low, high=high))
    return value


def check_score(field: str, value: object, required: bool = False) -> int | None:
    """Scores 1–5: strength, controllability, power, interest, impact, effort, self-assessment."""
    return check_range(field, value, 1, 5, required)


def check_mastery(field: str, value: object, required: bool = False) -> int | None:
    """A network's mastery of a lever, 0 (none) to 3 (strong)."""
    return check_range(field, value, 0, 3, required)


def check_stance(field: str, value: object, required: bool = False) -> int | None:
    """A stakeholder's stance, −2 (opposed) to +2 (ally)."""
    return check_range(field, value, -2, 2, required)


def check_enum(field: str, value: object, enum_type: type[E]) -> E:
    """The member of `enum_type` whose value is `value`; the refusal lists the allowed codes."""
    for member in enum_type:
        if value == member.value or value is member:
            return member
    allowed = ", ".join(str(member.value) for member in enum_type)
    message = _("Valeur « {value} » inconnue : choisir parmi {allowed}.")
    raise DomainValidationError(field, message.format(value=value, allowed=allowed))


def check_hhmm(field: str, value: str | None) -> str:
    """A time of day, "HH:MM" (also "9:30" or "9h30"), returned as "HH:MM"."""
    try:
        return agenda.format_hhmm(agenda.parse_hhmm(value or ""))
    except ValueError as error:
        raise DomainValidationError(field, str(error)) from error


def check_date_order(field: str, start: dt.date | None, end: dt.date | None) -> None:
    """Refuses an end before its start (the same day is fine); a missing date is not checked."""
    if start is None or end is None or end >= start:
        return
    message = _("La fin ({end}) précède le début ({start}).")
    raise DomainValidationError(
        field, message.format(end=french_date(end), start=french_date(start))
    )


def french_date(day: dt.date) -> str:
    """« 12 mars 2026 », « 1er mars 2026 »: how French users write a date."""
    number = "1er" if day.day == 1 else str(day.day)
    return f"{number} {_MONTHS[day.month - 1]} {day.year}"


def _check_length(field: str, value: str, max_length: int) -> None:
    if len(value) > max_length:
        message = _("{max} caractères au plus ({count} saisis).")
        raise DomainValidationError(field, message.format(max=max_length, count=len(value)))


def _check_controls(field: str, value: str, allowed: frozenset[str]) -> None:
    for char in value:
        if char not in allowed and unicodedata.category(char) == "Cc":
            message = _("Caractère de contrôle interdit (U+{code:04X}).")
            raise DomainValidationError(field, message.format(code=ord(char)))

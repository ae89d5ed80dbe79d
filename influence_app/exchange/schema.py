"""The shipped archive v1 JSON Schema: loading, validation with French messages, key order."""

from __future__ import annotations

import datetime as dt
import json
import re
from typing import Any

from jsonschema import Draft202012Validator, FormatChecker
from jsonschema.exceptions import ValidationError

from influence_app import paths
from influence_app.exchange.errors import ArchiveError, format_path
from influence_app.i18n import _

SCHEMA_FILE = ("spec", "archive-v1.schema.json")

_RFC3339 = re.compile(
    r"^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$", re.ASCII
)


def load_schema() -> dict[str, Any]:
    """The schema the application ships (a copy of the public contract)."""
    return json.loads(paths.resource(*SCHEMA_FILE).read_text(encoding="utf-8"))


def make_validator(schema: dict[str, Any] | None = None) -> Draft202012Validator:
    """A Draft 2020-12 validator that also checks `date` and `date-time` formats."""
    checker = FormatChecker()
    # jsonschema checks date-time only when rfc3339-validator is installed; do it ourselves.
    checker.checks("date-time", raises=ValueError)(_is_date_time)
    return Draft202012Validator(schema or load_schema(), format_checker=checker)


def _is_date_time(instance: object) -> bool:
    if not isinstance(instance, str):
        return True
    if not _RFC3339.fullmatch(instance):
        return False
    dt.datetime.fromisoformat(instance.upper().replace("Z", "+00:00"))
    return True


def validate(data: Any, validator: Draft202012Validator | None = None) -> None:
    """Raise ArchiveError for the first schema violation in document order."""
    validator = validator or make_validator()
    errors = list(validator.iter_errors(data))
    if errors:
        first = min(errors, key=lambda error: _position(data, error.absolute_path))
        raise _to_archive_error(first)


def _position(data: Any, path: Any) -> tuple[int, ...]:
    """Where a path lies in the document, so errors can be taken in reading order."""
    position: list[int] = []
    node = data
    for part in path:
        position.append(list(node).index(part) if isinstance(node, dict) else part)
        node = node[part]
    return tuple(position)


def ordered(value: Any, node: dict[str, Any], schema: dict[str, Any]) -> Any:
    """`value` with every object's keys in the schema's property order (unknown keys last)."""
    node = _resolve(node, schema)
    if isinstance(value, dict):
        properties = node.get("properties", {})
        keys = [key for key in properties if key in value]
        keys += [key for key in value if key not in properties]
        return {key: ordered(value[key], properties.get(key, {}), schema) for key in keys}
    if isinstance(value, list):
        return [ordered(item, node.get("items", {}), schema) for item in value]
    return value


def _resolve(node: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    reference = node.get("$ref", "")
    if reference.startswith("#/$defs/"):
        return schema["$defs"][reference.removeprefix("#/$defs/")]
    return node


def _to_archive_error(error: ValidationError) -> ArchiveError:
    parts: list[str | int] = list(error.absolute_path)
    if error.validator == "required":
        parts.append(next(name for name in error.validator_value if name not in error.instance))
        return ArchiveError(_("champ obligatoire manquant."), format_path(parts))
    if error.validator == "additionalProperties":
        known = error.schema.get("properties", {})
        parts.append(next(name for name in error.instance if name not in known))
        return ArchiveError(_("champ inconnu dans une archive v1."), format_path(parts))
    return ArchiveError(_message(error), format_path(parts))


def _type_name(name: str) -> str:
    names = {
        "string": _("un texte"),
        "integer": _("un nombre entier"),
        "boolean": _("true ou false"),
        "array": _("une liste"),
        "object": _("un objet"),
    }
    return names.get(name, name)


def _message(error: ValidationError) -> str:
    kind, expected, found = error.validator, error.validator_value, _shown(error.instance)
    if kind == "type":
        return _("type incorrect : {expected} est attendu, pas {found}.").format(
            expected=_type_name(str(expected)), found=found
        )
    if kind == "enum":
        allowed = ", ".join(str(value) for value in expected)
        return _("valeur {found} non reconnue (valeurs permises : {allowed}).").format(
            found=found, allowed=allowed
        )
    if kind == "const":
        return _("valeur {found} inattendue ({expected} attendu).").format(
            found=found, expected=_shown(expected)
        )
    return _BOUNDS.get(kind, _other)(error)


def _shown(value: Any) -> str:
    text = f"« {value} »" if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 60 else text[:57] + "…"


def _other(error: ValidationError) -> str:
    return _("valeur non conforme au schéma ({detail}).").format(detail=error.message)


def _format_message(error: ValidationError) -> str:
    if error.validator_value == "date":
        return _("date au format AAAA-MM-JJ attendue, pas {found}.").format(
            found=_shown(error.instance)
        )
    return _(
        "date et heure ISO 8601 avec fuseau attendues (ex. 2026-03-12T09:30:00+01:00), pas {found}."
    ).format(found=_shown(error.instance))


def _pattern_message(error: ValidationError) -> str:
    if error.absolute_path and error.absolute_path[-1] == "start_time":
        return _("heure au format HH:MM attendue, pas {found}.").format(
            found=_shown(error.instance)
        )
    return _("format incorrect : {found} ne respecte pas le motif {pattern}.").format(
        found=_shown(error.instance), pattern=error.validator_value
    )


def _length_message(error: ValidationError) -> str:
    if error.validator == "minLength":
        return _("ne doit pas être vide.")
    return _("trop long : {limit} caractères au plus.").format(limit=error.validator_value)


_BOUNDS = {
    "minimum": lambda e: _("doit valoir au moins {limit}.").format(limit=e.validator_value),
    "maximum": lambda e: _("doit valoir au plus {limit}.").format(limit=e.validator_value),
    "minLength": _length_message,
    "maxLength": _length_message,
    "pattern": _pattern_message,
    "format": _format_message,
    "uniqueItems": lambda e: _("la liste contient deux fois la même valeur."),
}

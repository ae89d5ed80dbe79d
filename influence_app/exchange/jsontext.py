"""Strict JSON reading: no duplicate keys, no NaN or infinities, French syntax errors."""

from __future__ import annotations

import json
import math
from typing import Any

from influence_app.exchange.errors import ArchiveError, format_path
from influence_app.i18n import _


class _Object(dict[str, Any]):
    """A JSON object that remembers the first key it saw twice (json keeps only the last)."""

    duplicate: str | None = None


class _Forbidden:
    """Stands for NaN/Infinity until the walk after parsing can say where it was."""

    def __init__(self, literal: str) -> None:
        self.literal = literal


def loads_strict(text: str) -> Any:
    """Parse `text`; raise ArchiveError naming the line and column, or the path, of a fault."""
    if not text.strip():
        raise ArchiveError(_("le fichier est vide."))
    try:
        data = json.loads(
            text.removeprefix("\ufeff"),  # Windows editors add a BOM; it is not content.
            object_pairs_hook=_object,
            parse_constant=_Forbidden,
            parse_float=_number,
        )
    except json.JSONDecodeError as error:
        raise _syntax_error(error, text.removeprefix("\ufeff")) from None
    except RecursionError:
        raise ArchiveError(_("le fichier est imbriqué trop profondément pour être lu.")) from None
    _reject_oddities(data)
    return data


def _object(pairs: list[tuple[str, Any]]) -> _Object:
    result = _Object()
    for key, value in pairs:
        if key in result and result.duplicate is None:
            result.duplicate = key
        result[key] = value
    return result


def _number(literal: str) -> Any:
    value = float(literal)
    if not math.isfinite(value):
        return _Forbidden(literal)
    # The schema only has integers; "3.0" is one for JSON Schema, so store it as 3.
    return int(value) if value.is_integer() else value


def _reject_oddities(data: Any) -> None:
    """Walk the tree in reading order (iteratively: depth is unbounded) for hidden faults."""
    stack: list[tuple[tuple[str | int, ...], Any]] = [((), data)]
    while stack:
        parts, node = stack.pop()
        if isinstance(node, _Forbidden):
            message = _("valeur {literal} interdite : un nombre fini est attendu.")
            raise ArchiveError(message.format(literal=node.literal), format_path(parts))
        if isinstance(node, _Object) and node.duplicate is not None:
            message = _("la clé « {key} » apparaît deux fois dans le même objet.")
            where = format_path((*parts, node.duplicate))
            raise ArchiveError(message.format(key=node.duplicate), where)
        if isinstance(node, (dict, list)):
            children = list(node.items() if isinstance(node, dict) else enumerate(node))
            stack.extend(((*parts, key), child) for key, child in reversed(children))


def _reason(decoder_message: str) -> str:
    reasons = {
        "Expecting value": _("valeur attendue"),
        "Expecting ',' delimiter": _("virgule attendue"),
        "Expecting ':' delimiter": _("deux-points attendu"),
        "Expecting property name enclosed in double quotes": _(
            "nom de champ entre guillemets attendu"
        ),
        "Unterminated string starting at": _("texte entre guillemets jamais refermé"),
        "Invalid control character at": _("caractère de contrôle interdit dans un texte"),
        "Invalid \\escape": _("séquence d'échappement invalide"),
        "Extra data": _("contenu en trop après la fin des données"),
    }
    return reasons.get(decoder_message, decoder_message)


def _syntax_error(error: json.JSONDecodeError, text: str) -> ArchiveError:
    reason = _reason(error.msg)
    if error.pos >= len(text.rstrip()) and error.msg != "Extra data":
        reason = _("le fichier s'arrête avant la fin des données (fichier tronqué ?)")
    message = _("JSON invalide, ligne {line}, colonne {column} : {reason}.").format(
        line=error.lineno, column=error.colno, reason=reason
    )
    return ArchiveError(message, line=error.lineno, column=error.colno)

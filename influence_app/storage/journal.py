"""Row-level undo journal: TEMP triggers log each row change of the document while recording."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from typing import Any

from sqlalchemy import Connection, Engine, event, text
from sqlmodel import SQLModel

from influence_app.domain import models  # noqa: F401  (registers the tables)

# Drafts are a crash safety net, not an edit; alembic_version is the schema's own business.
NOT_JOURNALED = frozenset({"draft", "alembic_version"})
OPERATIONS = ("insert", "update", "delete")

# TEMP objects live in the connection, never in the file: the undo history is per open session.
_SCHEMA = (
    "CREATE TEMP TABLE IF NOT EXISTS undo_control (recording INTEGER NOT NULL)",
    "INSERT INTO temp.undo_control (recording)"
    " SELECT 0 WHERE NOT EXISTS (SELECT 1 FROM temp.undo_control)",
    "CREATE TEMP TABLE IF NOT EXISTS undo_log"
    " (seq INTEGER PRIMARY KEY, tbl TEXT NOT NULL, op TEXT NOT NULL, old TEXT, new TEXT)",
)
_RECORDING = "(SELECT recording FROM undo_control)"
_IS_RECORDING = text(f"SELECT {_RECORDING}")
_START = text("UPDATE temp.undo_control SET recording = 1 WHERE recording = 0")
_STOP = text("UPDATE temp.undo_control SET recording = 0")
_TAKE = text("DELETE FROM temp.undo_log RETURNING seq, tbl, op, old, new")


@dataclass(frozen=True)
class JournaledTable:
    """A table the journal follows: its columns in order and its primary key."""

    name: str
    columns: tuple[str, ...]
    key: tuple[str, ...]


@dataclass(frozen=True)
class LogEntry:
    """One logged row change; `old`/`new` hold the row's values as SQLite stores them."""

    table: str
    op: str
    old: dict[str, Any] | None
    new: dict[str, Any] | None


@cache
def journaled_tables() -> dict[str, JournaledTable]:
    """Every table of the domain model but those in NOT_JOURNALED, by name."""
    tables = {}
    for table in SQLModel.metadata.sorted_tables:
        if table.name not in NOT_JOURNALED:
            columns = tuple(column.name for column in table.columns)
            key = tuple(column.name for column in table.primary_key.columns)
            tables[table.name] = JournaledTable(table.name, columns, key)
    return tables


def install(engine: Engine) -> None:
    """Gives every connection `engine` makes the journal, before anything uses it."""
    event.listen(engine, "connect", _install_on_connect)


def quote(identifier: str) -> str:
    """An SQL identifier quoted for SQLite (tables and columns such as "index" or "round")."""
    return '"' + identifier.replace('"', '""') + '"'


def is_recording(connection: Connection) -> bool:
    return bool(connection.execute(_IS_RECORDING).scalar_one())


def start_recording(connection: Connection) -> bool:
    """Turns recording on; False (and nothing done) when it already was."""
    return connection.execute(_START).rowcount == 1


def stop_recording(connection: Connection) -> list[LogEntry]:
    """Turns recording off and empties the log; what it held, oldest change first."""
    connection.execute(_STOP)
    rows = sorted(connection.execute(_TAKE).all())
    return [LogEntry(tbl, op, decode(old), decode(new)) for _seq, tbl, op, old, new in rows]


def decode(image: str | None) -> dict[str, Any] | None:
    """A row image back to the values SQLite stored (int, float, str, bytes or None)."""
    if image is None:
        return None
    return {column: _decode_value(value) for column, value in json.loads(image).items()}


def _decode_value(value: Any) -> Any:
    if isinstance(value, dict):  # tagged by _encode: JSON numbers would round reals
        if "real" in value:
            return float(value["real"])
        return bytes.fromhex(value["blob"])
    return value


def _install_on_connect(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    try:
        for statement in _statements():
            cursor.execute(statement)
        dbapi_connection.commit()  # the driver opened a transaction for the control row
    finally:
        cursor.close()


@cache
def _statements() -> tuple[str, ...]:
    triggers = (_trigger(table, op) for table in journaled_tables().values() for op in OPERATIONS)
    return (*_SCHEMA, *triggers)


def _trigger(table: JournaledTable, op: str) -> str:
    old = _image(table, "OLD") if op != "insert" else "NULL"
    new = _image(table, "NEW") if op != "delete" else "NULL"
    name = quote(f"undo_{table.name}_{op}")
    values = f"{_literal(table.name)}, '{op}', {old}, {new}"
    return (
        f"CREATE TEMP TRIGGER IF NOT EXISTS {name} AFTER {op.upper()} ON {quote(table.name)}"
        f" WHEN {_RECORDING} BEGIN INSERT INTO undo_log (tbl, op, old, new) VALUES ({values}); END"
    )


def _image(table: JournaledTable, row: str) -> str:
    pairs = ", ".join(
        f"{_literal(column)}, {_encode(f'{row}.{quote(column)}')}" for column in table.columns
    )
    return f"json_object({pairs})"


def _encode(value: str) -> str:
    """JSON for one value: reals as 21 significant digits (json_object keeps only 15, which
    loses bits), blobs as hex (json_object refuses them); the rest as they are."""
    return (
        f"CASE typeof({value})"
        f" WHEN 'real' THEN json_object('real', printf('%!.20e', {value}))"
        f" WHEN 'blob' THEN json_object('blob', hex({value}))"
        f" ELSE {value} END"
    )


def _literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"

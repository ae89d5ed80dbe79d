"""Undo/redo of any service call, from the row changes the storage journal records.

The undo history lives in memory, per open document, like in every desktop application:
ChangeSets do not survive closing the document, and a reopened document starts with none.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from types import MappingProxyType
from typing import Any, Literal, TypeVar, cast

from sqlalchemy import Connection, TextClause, text
from sqlalchemy.exc import IntegrityError

from influence_app.i18n import _
from influence_app.services.errors import ServiceError
from influence_app.storage import journal
from influence_app.storage.document import Document

R = TypeVar("R")
Operation = Literal["insert", "update", "delete"]
_INVERSE: dict[str, Operation] = {"insert": "delete", "update": "update", "delete": "insert"}


class RecordingError(RuntimeError):
    """`History.record` called while a recording is already under way (a programming error)."""


@dataclass(frozen=True)
class RowChange:
    """One row inserted, updated or deleted; `old`/`new` are its values as stored
    (booleans 0/1, dates ISO text, JSON columns their text), None where the row is absent."""

    table: str
    op: Operation
    old: Mapping[str, Any] | None
    new: Mapping[str, Any] | None

    def inverse(self) -> RowChange:
        return RowChange(self.table, _INVERSE[self.op], self.new, self.old)


@dataclass(frozen=True)
class ChangeSet:
    """What one recorded call changed, oldest change first."""

    changes: tuple[RowChange, ...] = ()

    @property
    def tables(self) -> frozenset[str]:
        """The tables that moved: screens showing them need a refresh."""
        return frozenset(change.table for change in self.changes)

    def __bool__(self) -> bool:
        return bool(self.changes)

    def __len__(self) -> int:
        return len(self.changes)


class _Diverged(Exception):
    """A row is not as the ChangeSet left it: something changed it since."""


class History:
    """Records service calls as ChangeSets and applies them backwards (undo) or forwards (redo)."""

    def __init__(self, document: Document) -> None:
        self.document = document

    def record(self, work: Callable[[], R]) -> tuple[R, ChangeSet]:
        """Runs `work` (a service call committing its own transactions) and returns its result
        with what it changed. If `work` raises, the error propagates and nothing is kept."""
        self._start()
        try:
            result = work()
        except BaseException:
            self._stop()
            raise
        return result, self._stop()

    def undo(self, changes: ChangeSet) -> None:
        """Puts back the rows as they were before `changes`, newest first, in one transaction.

        Raises ServiceError (the document untouched) when the rows have changed since."""
        steps = [change.inverse() for change in reversed(changes.changes)]
        self._apply(steps, _("Impossible d'annuler : {reason}"))

    def redo(self, changes: ChangeSet) -> None:
        """Makes `changes` again, oldest first, in one transaction (after `undo`)."""
        self._apply(list(changes.changes), _("Impossible de rétablir : {reason}"))

    def _start(self) -> None:
        with self.document.engine.begin() as connection:
            if not journal.start_recording(connection):
                raise RecordingError("History.record() cannot nest: a recording is under way.")

    def _stop(self) -> ChangeSet:
        """Recording off, log emptied; what it held (a failed call's partial log is empty:
        its transaction rolled back the log rows with the data rows)."""
        with self.document.engine.begin() as connection:
            entries = journal.stop_recording(connection)
        changes = tuple(_row_change(entry) for entry in entries if _changed(entry))
        return ChangeSet(changes) if _net_effect(changes) else ChangeSet()

    def _apply(self, steps: Sequence[RowChange], message: str) -> None:
        self._refuse_while_recording()
        try:
            with self.document.transaction() as session:
                connection = session.connection()
                # Cascaded and re-inserted rows come in log order, not parent-first: the foreign
                # keys are checked once, at commit, where all must be consistent again.
                connection.exec_driver_sql("PRAGMA defer_foreign_keys=ON")
                for step in steps:
                    _apply_step(connection, step)
        except _Diverged as error:
            raise ServiceError(message.format(reason=_changed_since())) from error
        except IntegrityError as error:
            raise ServiceError(message.format(reason=_integrity_reason(error))) from error

    def _refuse_while_recording(self) -> None:
        with self.document.engine.connect() as connection:
            if journal.is_recording(connection):
                raise RecordingError("History cannot undo or redo inside History.record().")


def _row_change(entry: journal.LogEntry) -> RowChange:
    return RowChange(
        table=entry.table,
        op=cast(Operation, entry.op),
        old=None if entry.old is None else MappingProxyType(entry.old),
        new=None if entry.new is None else MappingProxyType(entry.new),
    )


def _changed(entry: journal.LogEntry) -> bool:
    """False for an UPDATE that wrote the values the row already had."""
    return entry.op != "update" or entry.old != entry.new


def _net_effect(changes: Sequence[RowChange]) -> bool:
    """Whether some row ends unlike it began (rewriting a set with the same rows does not)."""
    began: dict[tuple[Any, ...], Mapping[str, Any] | None] = {}
    ended: dict[tuple[Any, ...], Mapping[str, Any] | None] = {}
    for change in changes:
        image = change.old if change.old is not None else change.new
        assert image is not None
        key = (change.table, *(image[c] for c in journal.journaled_tables()[change.table].key))
        began.setdefault(key, change.old)
        ended[key] = change.new
    return any(began[key] != ended[key] for key in began)


def _apply_step(connection: Connection, step: RowChange) -> None:
    """Inserts `step.new`, or deletes/updates the row only while it still holds `step.old`."""
    table = journal.journaled_tables()[step.table]
    if step.op == "insert":
        connection.execute(_insert_sql(table.name), _values(table, "v", step.new))
        return
    statement = _delete_sql(table.name) if step.op == "delete" else _update_sql(table.name)
    params = _values(table, "w", step.old)
    if step.op == "update":
        params |= _values(table, "v", step.new)
    if connection.execute(statement, params).rowcount != 1:
        raise _Diverged(step.table)


def _values(
    table: journal.JournaledTable, prefix: str, row: Mapping[str, Any] | None
) -> dict[str, Any]:
    assert row is not None
    return {f"{prefix}{n}": row[column] for n, column in enumerate(table.columns)}


# The statements of each table are built once: SQLAlchemy then reuses their compiled form.


@cache
def _insert_sql(name: str) -> TextClause:
    columns = journal.journaled_tables()[name].columns
    names = ", ".join(journal.quote(column) for column in columns)
    values = ", ".join(f":v{n}" for n in range(len(columns)))
    return text(f"INSERT INTO {journal.quote(name)} ({names}) VALUES ({values})")


@cache
def _delete_sql(name: str) -> TextClause:
    return text(f"DELETE FROM {journal.quote(name)} WHERE {_row_is(name)}")


@cache
def _update_sql(name: str) -> TextClause:
    columns = journal.journaled_tables()[name].columns
    assignments = ", ".join(f"{journal.quote(c)} = :v{n}" for n, c in enumerate(columns))
    return text(f"UPDATE {journal.quote(name)} SET {assignments} WHERE {_row_is(name)}")


def _row_is(name: str) -> str:
    """The row by its key, and only while every column still holds the recorded value."""
    columns = journal.journaled_tables()[name].columns
    return " AND ".join(f"{journal.quote(c)} IS :w{n}" for n, c in enumerate(columns))


def _changed_since() -> str:
    return _("les données concernées ont été modifiées depuis.")


def _integrity_reason(error: IntegrityError) -> str:
    if "FOREIGN KEY" in str(error.orig):
        return _("des éléments liés ont été supprimés ou modifiés depuis.")
    return _changed_since()

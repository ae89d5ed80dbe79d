"""The undo journal: every domain table followed, cascades logged, values back as stored."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path
from typing import Any

from sqlmodel import SQLModel

from influence_app.domain.models import Contribution, Goal, GoalNetwork, Network
from influence_app.storage import journal
from influence_app.storage.document import Document


@contextmanager
def recording(document: Document) -> Iterator[list[journal.LogEntry]]:
    """Records what the block writes; the list is filled when the block ends."""
    taken: list[journal.LogEntry] = []
    with document.engine.begin() as connection:
        assert journal.start_recording(connection)
    try:
        yield taken
    finally:
        with document.engine.begin() as connection:
            taken.extend(journal.stop_recording(connection))


def execute(document: Document, sql: str, params: dict[str, Any] | None = None) -> None:
    with document.transaction() as session:
        session.connection().exec_driver_sql(sql, params or {})


def test_every_domain_table_but_drafts_logs_its_inserts_updates_and_deletes(
    seminar: Path, snapshots_root: Path
) -> None:
    with (
        Document.open(seminar, snapshots_root=snapshots_root) as document,
        document.engine.connect() as connection,
    ):
        rows = connection.exec_driver_sql(
            "SELECT tbl_name, name FROM sqlite_temp_master WHERE type = 'trigger'"
        ).all()
    followed = {(table, name.rsplit("_", 1)[1]) for table, name in rows}
    expected = {
        (table.name, op)
        for table in SQLModel.metadata.sorted_tables
        if table.name != "draft"
        for op in ("insert", "update", "delete")
    }
    assert followed == expected
    assert "contribution" in {table for table, _op in followed}


def test_nothing_is_logged_while_recording_is_off(seminar: Path, snapshots_root: Path) -> None:
    with Document.open(seminar, snapshots_root=snapshots_root) as document:
        with document.transaction() as session:
            session.add(Contribution(id="hors-enregistrement", session_id="s-1", text="Idée"))
        with recording(document) as log:
            pass
    assert log == []


def test_a_cascade_logs_the_children_before_the_parent(seminar: Path, snapshots_root: Path) -> None:
    with Document.open(seminar, snapshots_root=snapshots_root) as document:
        with document.transaction() as session:
            session.add_all(
                [Network(id="net", name="Réseau", kind="collectif"), Goal(id="g", title="But")]
            )
            session.flush()
            session.add(GoalNetwork(goal_id="g", network_id="net", involvement="porte"))
            session.get_one(Contribution, "c-1").network_id = "net"
        with recording(document) as log, document.transaction() as session:
            session.delete(session.get_one(Network, "net"))

    assert [(entry.table, entry.op) for entry in log[-1:]] == [("network", "delete")]
    children = {(entry.table, entry.op) for entry in log[:-1]}
    assert children == {("goal_network", "delete"), ("contribution", "update")}
    set_null = next(entry for entry in log if entry.table == "contribution")
    assert set_null.old is not None and set_null.old["network_id"] == "net"
    assert set_null.new is not None and set_null.new["network_id"] is None


def test_logged_values_are_exactly_the_stored_ones(seminar: Path, snapshots_root: Path) -> None:
    tricky = {
        "id": "net-«1»",
        "name": 'Réseau "A" l\'autre\nligne 🌍',
        "acronym": None,
        "kind": "collectif",
        "sector": b"\x00\xff binaire",  # a blob json_object would refuse
        "member_count": 0.1 + 0.2,  # a real its 15-digit JSON would round
        "functions": '["plaidoyer", "pilotage"]',  # JSON text stays text
        "description": "[1, 2]",
        "sort_key": 2**62 + 1,
    }
    columns = ", ".join(tricky)
    values = ", ".join(f":{name}" for name in tricky)
    with (
        Document.open(seminar, snapshots_root=snapshots_root) as document,
        recording(document) as log,
    ):
        execute(document, f"INSERT INTO network ({columns}) VALUES ({values})", tricky)
    stored = stored_row(seminar, "network", tricky["id"])

    assert len(log) == 1 and log[0].new is not None
    assert typed(log[0].new) == typed(stored) == typed(tricky)


def test_the_journal_never_reaches_the_file(seminar: Path, snapshots_root: Path) -> None:
    with Document.open(seminar, snapshots_root=snapshots_root) as document, recording(document):
        execute(document, "UPDATE contribution SET text = 'Changée' WHERE id = 'c-1'")
    with closing(sqlite3.connect(seminar)) as connection:
        names = connection.execute(
            "SELECT name FROM sqlite_master WHERE name LIKE 'undo%'"
        ).fetchall()
    assert names == []

    with (
        Document.open(seminar, snapshots_root=snapshots_root) as reopened,
        recording(reopened) as log,
    ):
        execute(reopened, "DELETE FROM contribution WHERE id = 'c-2'")
    assert [(entry.table, entry.op) for entry in log] == [("contribution", "delete")]


def stored_row(path: Path, table: str, row_id: str) -> dict[str, Any]:
    with closing(sqlite3.connect(path)) as connection:
        connection.row_factory = sqlite3.Row
        row = connection.execute(f"SELECT * FROM {table} WHERE id = ?", (row_id,)).fetchone()
    return dict(row)


def typed(row: Any) -> dict[str, tuple[type, Any]]:
    """Values with their Python type: 1 and 1.0, or 0 and None, must not pass for each other."""
    return {name: (type(value), value) for name, value in row.items()}

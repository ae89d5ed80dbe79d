"""The schema comes from the Alembic migrations, equals the models, and upgrades all-or-nothing."""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, inspect
from sqlmodel import SQLModel

from influence_app.storage import migrate
from influence_app.storage.document import Document
from influence_app.storage.engine import APPLICATION_ID
from influence_app.storage.guard import inspect_document
from influence_app.storage.snapshots import SnapshotReason, SnapshotStore
from tests.storage.corpus import contribution_ids

BROKEN_REVISION = """
import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("contribution", recreate="always") as batch:
        batch.add_column(sa.Column("mood", sa.String(), nullable=True))
    op.create_table("extra", sa.Column("id", sa.Integer(), primary_key=True))
    op.execute("DELETE FROM contribution")
    raise RuntimeError("migration stopped half-way")


def downgrade():
    pass
"""

GOOD_REVISION = """
import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade():
    # recreate="always": batch mode rebuilds the parent table, as real migrations will.
    with op.batch_alter_table("day", recreate="always") as batch:
        batch.add_column(sa.Column("room", sa.String(), nullable=True))


def downgrade():
    pass
"""


def _scripts_with(tmp_path: Path, revision_source: str) -> Path:
    """A copy of the app's migrations plus one revision 0002, for this test only."""
    location = tmp_path / "migrations"
    shutil.copytree(migrate.SCRIPT_LOCATION, location, ignore=shutil.ignore_patterns("__pycache__"))
    (location / "versions" / "0002_test.py").write_text(revision_source, encoding="utf-8")
    return location


def _schema(path: Path) -> list[tuple[str, str, str]]:
    with closing(sqlite3.connect(f"file:{path}?immutable=1", uri=True)) as connection:
        rows = connection.execute("SELECT type, name, sql FROM sqlite_master ORDER BY name")
        return [tuple(row) for row in rows]


def _table_sql(path: Path, table: str) -> str:
    return next(sql for kind, name, sql in _schema(path) if kind == "table" and name == table)


def _pragma(path: Path, name: str) -> int:
    with closing(sqlite3.connect(f"file:{path}?immutable=1", uri=True)) as connection:
        return int(connection.execute(f"PRAGMA {name}").fetchone()[0])


def _normalised(path: Path) -> dict[str, object]:
    """Tables, columns, keys and indexes as SQLAlchemy reflects them, order-free."""
    engine = create_engine(f"sqlite:///{path}")
    try:
        found = inspect(engine)
        return {
            table: (
                [(c["name"], str(c["type"]), c["nullable"]) for c in found.get_columns(table)],
                found.get_pk_constraint(table)["constrained_columns"],
                sorted(
                    (fk["constrained_columns"], fk["referred_table"], fk["options"])
                    for fk in found.get_foreign_keys(table)
                ),
                sorted((i["name"], i["column_names"]) for i in found.get_indexes(table)),
            )
            for table in found.get_table_names()
            if table != "alembic_version"
        }
    finally:
        engine.dispose()


def test_a_new_document_schema_equals_the_models(tmp_path: Path) -> None:
    path = tmp_path / "neuf.influence"
    Document.create(path, snapshots_root=tmp_path / "snaps").close()

    engine = create_engine(f"sqlite:///{path}")
    with engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), SQLModel.metadata)
    engine.dispose()

    assert differences == []


def test_the_migrated_schema_equals_create_all_including_foreign_key_actions(
    tmp_path: Path,
) -> None:
    migrated = tmp_path / "migrated.influence"
    Document.create(migrated, snapshots_root=tmp_path / "snaps").close()
    fresh = tmp_path / "fresh.sqlite"
    engine = create_engine(f"sqlite:///{fresh}")
    SQLModel.metadata.create_all(engine)
    engine.dispose()

    assert _normalised(migrated) == _normalised(fresh)


def test_create_builds_through_alembic_and_tags_the_file(tmp_path: Path) -> None:
    path = tmp_path / "neuf.influence"
    Document.create(path, snapshots_root=tmp_path / "snaps").close()

    assert _pragma(path, "application_id") == APPLICATION_ID
    assert _pragma(path, "user_version") == migrate.head_number() == 1
    with closing(sqlite3.connect(f"file:{path}?immutable=1", uri=True)) as connection:
        revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    assert revision == migrate.head_revision()


def test_every_model_table_is_in_the_baseline(tmp_path: Path) -> None:
    path = tmp_path / "neuf.influence"
    Document.create(path, snapshots_root=tmp_path / "snaps").close()

    tables = {name for kind, name, _sql in _schema(path) if kind == "table"}

    assert set(SQLModel.metadata.tables) <= tables


def test_a_migration_failing_half_way_leaves_the_document_unchanged(
    seminar: Path, tmp_path: Path
) -> None:
    scripts = _scripts_with(tmp_path, BROKEN_REVISION)
    schema_before, ids_before = _schema(seminar), contribution_ids(seminar)

    with pytest.raises(RuntimeError, match="half-way"):
        migrate.upgrade(seminar, scripts)

    assert _schema(seminar) == schema_before
    assert contribution_ids(seminar) == ids_before
    assert _pragma(seminar, "user_version") == 1
    assert inspect_document(seminar).ok


def test_upgrade_snapshots_first_then_migrates_keeping_rows_and_children(
    seminar: Path, tmp_path: Path, snapshots_root: Path
) -> None:
    scripts = _scripts_with(tmp_path, GOOD_REVISION)
    store = SnapshotStore(snapshots_root, seminar)

    snapshot = migrate.upgrade_with_snapshot(seminar, store, scripts)

    assert snapshot.reason is SnapshotReason.BEFORE_MIGRATION
    assert _pragma(snapshot.path, "user_version") == 1
    assert _pragma(seminar, "user_version") == 2
    assert "room" in _table_sql(seminar, "day")
    # With foreign keys on, dropping the old `day` during the rebuild would hit its children.
    assert len(contribution_ids(seminar)) == 10


def test_a_failed_upgrade_still_leaves_its_snapshot(
    seminar: Path, tmp_path: Path, snapshots_root: Path
) -> None:
    scripts = _scripts_with(tmp_path, BROKEN_REVISION)
    store = SnapshotStore(snapshots_root, seminar)

    with pytest.raises(RuntimeError):
        migrate.upgrade_with_snapshot(seminar, store, scripts)

    [snapshot] = store.list()
    assert snapshot.reason is SnapshotReason.BEFORE_MIGRATION
    assert contribution_ids(snapshot.path) == contribution_ids(seminar)


def test_revision_template_imports_sqlmodel() -> None:
    template = (migrate.SCRIPT_LOCATION / "script.py.mako").read_text(encoding="utf-8")

    assert "import sqlmodel" in template


def test_revision_numbers_read_from_file_names_agree_with_alembic() -> None:
    """Opening a document reads revisions from file names, without importing Alembic."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(migrate.alembic_config())
    assert migrate.head_revision() == script.get_current_head()
    assert migrate.known_revisions() == {rev.revision for rev in script.walk_revisions()}

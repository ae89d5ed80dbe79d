"""Alembic environment: runs on the connection and transaction that storage.migrate opened."""

from alembic import context
from sqlmodel import SQLModel

from influence_app.domain import models  # noqa: F401  (registers the tables)

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("Run migrations through influence_app.storage.migrate, not the alembic CLI.")

context.configure(
    connection=connection,
    target_metadata=SQLModel.metadata,
    transactional_ddl=True,
    render_as_batch=True,
)
with context.begin_transaction():
    context.run_migrations()

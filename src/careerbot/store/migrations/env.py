"""Alembic's entry point: always online, on the connection ``migrations.upgrade`` passes in."""

from __future__ import annotations

from alembic import context

from careerbot.store.tables import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    # SQLite alters tables by copying them; batch mode does that for us.
    render_as_batch=connection.dialect.name == "sqlite",
)
with context.begin_transaction():
    context.run_migrations()

"""Schema migrations (Alembic), run by ``Store.ensure_ready`` at every start-up.

A database made before migrations existed (the four catalog and context tables, no
``alembic_version``) is stamped at the baseline and upgraded in place, keeping its rows.
To add a migration, change ``tables.py``, then write the next file in ``versions/``;
``tests/store/test_migrations.py`` fails until the two agree.
"""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, inspect

BASELINE = "0001"


def config(connection: Connection | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(Path(__file__).parent))
    cfg.attributes["connection"] = connection
    return cfg


def head() -> str | None:
    return ScriptDirectory.from_config(config()).get_current_head()


def upgrade(connection: Connection) -> None:
    """Bring the schema to the newest revision, on the caller's connection and transaction."""
    cfg = config(connection)
    tables = set(inspect(connection).get_table_names())
    if "alembic_version" not in tables and "careers" in tables:
        command.stamp(cfg, BASELINE)
    command.upgrade(cfg, "head")


def current(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()

"""Schema migrations (Alembic), run by ``Store.ensure_ready`` at every start-up.

A database made before migrations existed (the four catalog and context tables, no
``alembic_version``) is stamped at the baseline and upgraded in place, keeping its rows.
To add a migration, change ``tables.py``, then write the next file in ``versions/``;
``tests/store/test_migrations.py`` fails until the two agree.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, inspect, text

if TYPE_CHECKING:
    from alembic.config import Config

BASELINE = "0001"
#: the newest revision in versions/ (``tests/store/test_migrations.py`` checks it): a
#: database already there is not handed to Alembic, which then is not even imported
HEAD = "0004"


def config(connection: Connection | None = None) -> Config:
    from alembic.config import Config  # noqa: PLC0415 - only when there is work for it

    cfg = Config()
    cfg.set_main_option("script_location", str(Path(__file__).parent))
    cfg.attributes["connection"] = connection
    return cfg


def head() -> str | None:
    from alembic.script import ScriptDirectory  # noqa: PLC0415

    return ScriptDirectory.from_config(config()).get_current_head()


def upgrade(connection: Connection) -> None:
    """Bring the schema to the newest revision, on the caller's connection and transaction."""
    if _revision(connection) == HEAD:
        return
    from alembic import command  # noqa: PLC0415

    cfg = config(connection)
    tables = set(inspect(connection).get_table_names())
    if "alembic_version" not in tables and "careers" in tables:
        command.stamp(cfg, BASELINE)
    command.upgrade(cfg, "head")


def current(connection: Connection) -> str | None:
    from alembic.runtime.migration import MigrationContext  # noqa: PLC0415

    return MigrationContext.configure(connection).get_current_revision()


def _revision(connection: Connection) -> str | None:
    if not inspect(connection).has_table("alembic_version"):
        return None
    return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()

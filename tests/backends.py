"""Databases for tests on the configured backend: SQLite files by default, or databases in
the PostgreSQL server ``CAREERBOT_DATABASE_URL`` names (``scripts/with-postgres``).

On PostgreSQL each test gets its own database, cloned from a template that already holds
the loaded catalog (``CREATE DATABASE … TEMPLATE`` copies files, so it is quick).
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import os
import shutil
from collections.abc import AsyncIterator
from pathlib import Path

import asyncpg
from sqlalchemy import MetaData, select
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import create_async_engine

from careerbot.app.service import CareerService
from careerbot.store import Store

CONFIGURED = os.environ.get("CAREERBOT_DATABASE_URL", "")
ON_POSTGRES = CONFIGURED.startswith("postgresql")
_names = itertools.count(1)


def sqlite_url(path: Path) -> str:
    return f"sqlite+aiosqlite:///{path}"


def postgres_url(database: str) -> str:
    return make_url(CONFIGURED).set(database=database).render_as_string(hide_password=False)


def unique_name(prefix: str) -> str:
    return f"{prefix}_{os.getpid()}_{next(_names)}"


async def postgres_admin(*statements: str) -> None:
    """Run statements (CREATE/DROP DATABASE cannot run in a transaction) as the server admin."""
    dsn = make_url(postgres_url("postgres")).set(drivername="postgresql")
    connection = await asyncpg.connect(dsn.render_as_string(hide_password=False))
    try:
        for statement in statements:
            await connection.execute(statement)
    finally:
        await connection.close()


async def create_postgres_database(template: str | None = None) -> str:
    name = unique_name("test")
    clone = f' TEMPLATE "{template}"' if template else ""
    await postgres_admin(f'CREATE DATABASE "{name}"{clone}')
    return name


async def drop_postgres_database(name: str) -> None:
    await postgres_admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


async def dump_async(url: str) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table, in a stable order, to compare a database before and after."""
    engine = create_async_engine(url)
    try:
        async with engine.connect() as connection:
            metadata = MetaData()
            await connection.run_sync(metadata.reflect)
            return {
                name: [
                    tuple(row)
                    for row in await connection.execute(
                        select(table).order_by(*table.primary_key.columns or table.columns)
                    )
                ]
                for name, table in sorted(metadata.tables.items())
            }
    finally:
        await engine.dispose()


async def start_up(url: str) -> None:
    """What every start of the bot does first: migrate, load the catalog if empty, and
    read it with its name index (which the first start builds and keeps)."""
    store = Store(url)
    try:
        await store.ensure_ready()
        await CareerService(store).dialogue()
    finally:
        await store.dispose()


def dump(url: str) -> dict[str, list[tuple[object, ...]]]:
    return asyncio.run(dump_async(url))


@contextlib.asynccontextmanager
async def private_copy(loaded_database: str, tmp_path: Path) -> AsyncIterator[str]:
    """A private database holding the bundled catalog, on the configured backend."""
    if not ON_POSTGRES:
        path = tmp_path / "careerbot.sqlite3"
        shutil.copyfile(loaded_database, path)
        yield sqlite_url(path)
        return
    name = await create_postgres_database(template=loaded_database)
    try:
        yield postgres_url(name)
    finally:
        await drop_postgres_database(name)

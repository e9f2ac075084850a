"""Schema migrations: a fresh database migrates to the newest revision, a database made
before migrations existed is upgraded in place keeping its rows, several processes starting
together migrate once, and the models agree with the migrations — on the configured backend."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from backends import start_up
from seed_pages import MIDDLEWARE, ROUTING
from sqlalchemy import (
    BigInteger,
    Column,
    Connection,
    DateTime,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    func,
    insert,
    inspect,
    select,
)
from sqlalchemy.ext.asyncio import create_async_engine

from careerbot.dialogue.context import ChatContext
from careerbot.store import Store, migrations
from careerbot.store.tables import Base


def _pre_migration_schema() -> MetaData:
    """The tables as ``create_all`` made them before migrations existed (frozen here)."""
    metadata = MetaData()
    Table(
        "careers",
        metadata,
        Column("id", Integer, primary_key=True, autoincrement=True),
        Column("slug", String(120), unique=True, nullable=False),
        Column("title", String(500), nullable=False),
        Column("document", Text, nullable=False),
        sqlite_autoincrement=True,
    )
    Table(
        "sources",
        metadata,
        Column("id", String(60), primary_key=True),
        Column("document", Text, nullable=False),
    )
    Table(
        "catalog_meta",
        metadata,
        Column("key", String(40), primary_key=True),
        Column("value", Integer, nullable=False),
    )
    Table(
        "chat_context",
        metadata,
        Column("chat_id", BigInteger, primary_key=True, autoincrement=False),
        Column("state", Text, nullable=False),
        Column("updated_at", DateTime(timezone=True), server_default=func.now(), nullable=False),
    )
    return metadata


async def inspect_database(url: str) -> tuple[str | None, set[str], list[Any]]:
    """The revision, the tables, and every difference between the models and the schema."""

    def look(connection: Connection) -> tuple[str | None, set[str], list[Any]]:
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
        tables = set(inspect(connection).get_table_names())
        return migrations.current(connection), tables, differences

    engine = create_async_engine(url)
    try:
        async with engine.connect() as connection:
            return await connection.run_sync(look)
    finally:
        await engine.dispose()


async def test_a_fresh_database_migrates_to_the_newest_revision_matching_the_models(
    empty_database_url: str,
) -> None:
    await start_up(empty_database_url)
    revision, tables, differences = await inspect_database(empty_database_url)
    assert revision == migrations.head()
    assert set(Base.metadata.tables) <= tables
    assert differences == []


def test_the_head_a_start_up_checks_against_is_the_newest_migration() -> None:
    # a start-up on a database at HEAD skips Alembic: a HEAD behind the newest file would
    # leave a database unmigrated
    assert migrations.head() == migrations.HEAD


async def test_a_database_from_before_migrations_is_upgraded_in_place_keeping_its_rows(
    empty_database_url: str,
) -> None:
    context = ChatContext(last_a=ROUTING, last_b=MIDDLEWARE)
    old = _pre_migration_schema()
    old_store = Store(empty_database_url)  # only its engine: nothing is created yet
    try:
        async with old_store.engine.begin() as connection:
            await connection.run_sync(old.create_all)
            await connection.execute(
                insert(old.tables["careers"]),
                [
                    {"id": 7, "slug": ROUTING, "title": "Old Routing", "document": "{}"},
                    {"id": 9, "slug": MIDDLEWARE, "title": "Old Middleware", "document": "{}"},
                ],
            )
            await connection.execute(
                insert(old.tables["catalog_meta"]), {"key": "catalog_version", "value": 3}
            )
            await connection.execute(
                insert(old.tables["chat_context"]),
                {"chat_id": 42, "state": json.dumps(context.to_dict())},
            )
    finally:
        await old_store.dispose()

    store = Store(empty_database_url)
    try:
        await store.ensure_ready()
        async with store.catalog_work() as work:
            careers = (
                await work.session.execute(select(old.tables["careers"].c["id", "slug", "title"]))
            ).all()
            version = await work.catalog_version()
        async with store.exchange() as exchange:
            kept = ChatContext.from_dict(await exchange.get_context(42))
    finally:
        await store.dispose()
    assert sorted(careers) == [(7, ROUTING, "Old Routing"), (9, MIDDLEWARE, "Old Middleware")]
    assert kept == context
    assert version == 3  # a database that held a catalog is not reloaded over
    revision, tables, differences = await inspect_database(empty_database_url)
    assert revision == migrations.head()
    assert {"processed_updates", "rate_limits", "usage_counts"} <= tables
    assert differences == []


async def test_processes_starting_together_on_a_new_database_migrate_and_load_once(
    empty_database_url: str,
) -> None:
    stores = [Store(empty_database_url) for _ in range(3)]
    try:
        await asyncio.gather(*(store.ensure_ready() for store in stores))
        async with stores[0].catalog_work() as work:
            catalog = await work.load_catalog()
    finally:
        for store in stores:
            await store.dispose()
    # Each bundled file bumps the version once: loaded by exactly one of the three.
    assert catalog.version == 2
    assert len(catalog.careers) > 900


@pytest.mark.parametrize("target", ["0001", "base"])
async def test_downgrades_undo_and_upgrades_redo(database_url: str, target: str) -> None:
    def down(connection: Connection) -> None:
        command.downgrade(migrations.config(connection), target)

    engine = create_async_engine(database_url)
    try:
        async with engine.begin() as connection:
            await connection.run_sync(down)
    finally:
        await engine.dispose()
    revision, tables, differences = await inspect_database(database_url)
    assert revision == (None if target == "base" else target)
    assert "processed_updates" not in tables
    assert ("careers" in tables) == (target == "0001")
    # The comparison the other tests rely on does see a schema behind the models.
    assert ("add_table", "processed_updates") in [(d[0], d[1].name) for d in differences]
    await start_up(database_url)
    revision, _, differences = await inspect_database(database_url)
    assert (revision, differences) == (migrations.head(), [])

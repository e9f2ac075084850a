"""The store: the catalog and shared per-chat state in SQLite (default) or PostgreSQL.

Each unit of work is one block: for an update, ``async with store.exchange() as exchange``
(plain SQL, ``store/exchange.py``); for the catalog and reports,
``async with store.catalog_work() as work`` (the ORM, ``store/catalog_work.py``). The block
commits when it ends; no method inside commits.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import event, func, select, text
from sqlalchemy.exc import OperationalError
from sqlalchemy.ext.asyncio import (
    AsyncConnection,
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)

from careerbot.careers.catalog import bundled_files, read_catalog_file
from careerbot.store import migrations
from careerbot.store.catalog_work import SqlCatalogWork
from careerbot.store.exchange import Exchange, Fetch, numbered
from careerbot.store.local_sqlite import LocalSqlite
from careerbot.store.tables import CareerRow

#: how long a SQLite writer waits for another process's write lock (``?timeout=`` overrides)
SQLITE_WAIT_SECONDS = 30
#: any constant will do: it names the lock that start-ups of several processes queue on
_MIGRATION_LOCK = 0x6361726565720001


def _prepare_sqlite_path(url: str) -> None:
    prefix = "sqlite+aiosqlite:///"
    if url.startswith(prefix) and ":memory:" not in url:
        Path(url.removeprefix(prefix).split("?")[0]).parent.mkdir(parents=True, exist_ok=True)


class Store:
    def __init__(self, url: str) -> None:
        _prepare_sqlite_path(url)
        self.url = url
        self.is_sqlite = url.startswith("sqlite")
        # Several processes may share one SQLite file; wait for a writer rather than fail,
        # unless the URL sets its own wait (``?timeout=0.3``).
        waits = self.is_sqlite and "timeout=" not in url
        connect_args = {"timeout": SQLITE_WAIT_SECONDS} if waits else {}
        # A server connection can drop between messages, so it is pinged before use; a
        # SQLite file cannot, and the ping would be one more round trip per unit of work.
        self.engine: AsyncEngine = create_async_engine(
            url, pool_pre_ping=not self.is_sqlite, connect_args=connect_args
        )
        self.session = async_sessionmaker(self.engine, expire_on_commit=False)
        # SQLite has one writer at a time: this process's units of work queue here, in
        # order, rather than poll the file lock (other processes still wait on the lock).
        self._writer = asyncio.Lock() if self.is_sqlite else contextlib.nullcontext()
        self._local = LocalSqlite.for_url(url, SQLITE_WAIT_SECONDS)
        if self.is_sqlite:
            event.listen(self.engine.sync_engine, "connect", _tune_sqlite)

    @contextlib.asynccontextmanager
    async def exchange(self) -> AsyncIterator[Exchange]:
        """One transaction of per-update state on the driver's own connection: committed
        when the block ends, rolled back if it raises."""
        if self._local is not None and self._local.is_usable():
            async with self._local.exchange() as exchange:
                yield exchange
            return
        async with self._writer, self.engine.connect() as connection:
            driver = (await connection.get_raw_connection()).driver_connection
            fetch = _sqlite_fetch(driver) if self.is_sqlite else _postgres_fetch(driver)
            # IMMEDIATE: take SQLite's write lock now, not halfway through the unit of work.
            await fetch("BEGIN IMMEDIATE" if self.is_sqlite else "BEGIN", ())
            try:
                yield Exchange(fetch)
            except BaseException:
                try:
                    await fetch("ROLLBACK", ())
                except Exception:
                    await connection.invalidate()  # broken: the pool must not hand it out
                raise
            try:
                await fetch("COMMIT", ())
            except BaseException:
                await connection.invalidate()
                raise

    async def dispose(self) -> None:
        if self._local is not None:
            self._local.close()
        await self.engine.dispose()

    async def ensure_ready(self) -> None:
        """Migrate the schema to the newest revision and, on first use, load the bundled
        catalog: one transaction, which processes starting together take one at a time."""
        if self.is_sqlite and ":memory:" not in self.url:
            async with self.engine.connect() as connection:
                # Readers no longer wait for a writer, and a commit appends to the log
                # instead of rewriting pages; the mode is kept in the file.
                await _write_ahead_log(connection)
        async with self.engine.begin() as connection:
            await _lock_for_start_up(connection)
            await connection.run_sync(migrations.upgrade)
            async with AsyncSession(bind=connection, expire_on_commit=False) as session:
                if await session.scalar(select(func.count()).select_from(CareerRow)):
                    return
                work = SqlCatalogWork(session)
                for path in bundled_files():
                    await work.import_catalog(read_catalog_file(path))

    @contextlib.asynccontextmanager
    async def catalog_work(self) -> AsyncIterator[SqlCatalogWork]:
        """One session and one transaction over the catalog and the reports: committed when
        the block ends, rolled back if it raises."""
        async with self.session() as session, session.begin():
            yield SqlCatalogWork(session)


def _tune_sqlite(connection: Any, _: object) -> None:
    # With the write-ahead log, NORMAL syncs at checkpoints rather than at every commit:
    # a power cut may lose the last few updates' context, never corrupt the file.
    cursor = connection.cursor()
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def _sqlite_fetch(driver: Any) -> Fetch:
    async def fetch(sql: str, params: Sequence[object]) -> Sequence[Sequence[Any]]:
        return list(await driver.execute_fetchall(sql, params))

    return fetch


def _postgres_fetch(driver: Any) -> Fetch:
    async def fetch(sql: str, params: Sequence[object]) -> Sequence[Sequence[Any]]:
        return list(await driver.fetch(numbered(sql), *params))

    return fetch


async def _write_ahead_log(connection: AsyncConnection) -> None:
    """Turn the file's write-ahead log on, once. Changing the mode needs the file to
    itself, and SQLite refuses at once, without waiting, while another process starting
    together holds its write lock to migrate and load: then it is asked again, up to the
    configured wait."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + SQLITE_WAIT_SECONDS
    while True:
        try:
            mode = (await connection.exec_driver_sql("PRAGMA journal_mode")).scalar()
            if mode != "wal":
                await connection.exec_driver_sql("PRAGMA journal_mode=WAL")
            return
        except OperationalError as exc:
            if "locked" not in str(exc) and "busy" not in str(exc):
                raise
            if loop.time() > deadline:
                raise
            await connection.rollback()
            await asyncio.sleep(0.1)


async def _lock_for_start_up(connection: AsyncConnection) -> None:
    if connection.dialect.name == "postgresql":
        await connection.execute(text(f"SELECT pg_advisory_xact_lock({_MIGRATION_LOCK})"))
    else:
        # SQLite: take the write lock now, so DDL and the first load are one transaction.
        await connection.exec_driver_sql("BEGIN IMMEDIATE")

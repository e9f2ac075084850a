"""Per-update units of work on a SQLite file, run on the event loop itself.

A statement on a local file in WAL mode takes microseconds: less than handing it to a
worker thread and back, which is how aiosqlite runs every statement (it cost about 1.4 ms
of CPU per update, ``bench/bot_throughput.py``). What could block the loop is waiting:
for another process's write lock, or for a checkpoint's fsync. So the write lock is asked
for without waiting, and only when another process holds it does the wait move to a thread;
and checkpoints run in a thread of their own every few hundred commits. Once the write lock
is held, nothing in the transaction waits: in WAL mode a commit needs no other lock.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import sqlite3
from collections.abc import AsyncIterator, Sequence
from typing import Any

from sqlalchemy.engine import make_url

from careerbot.store.exchange import Exchange, Fetch

log = logging.getLogger(__name__)
#: commits between checkpoints (the log then holds a few hundred updates, about 1-2 MB)
CHECKPOINT_EVERY = 300


class LocalSqlite:
    def __init__(self, path: str, wait_seconds: float) -> None:
        self.path = path
        self.wait_seconds = wait_seconds
        self._connection: sqlite3.Connection | None = None
        #: whether the file is in WAL mode, known from the first connection
        self._wal: bool | None = None
        self._lock = asyncio.Lock()
        self._commits = 0
        self._checkpoint: asyncio.Future[None] | None = None

    @classmethod
    def for_url(cls, url: str, default_wait: float) -> LocalSqlite | None:
        """For a SQLite file; None for anything else (a server, an in-memory database)."""
        parsed = make_url(url)
        if not parsed.drivername.startswith("sqlite") or parsed.database in (None, "", ":memory:"):
            return None
        wait = parsed.query.get("timeout")
        return cls(parsed.database, float(wait) if isinstance(wait, str) else default_wait)

    def is_usable(self) -> bool:
        """Only in WAL mode: with a rollback journal a commit waits for every reader."""
        if self._wal is None:
            self._connect()
        return bool(self._wal)

    @contextlib.asynccontextmanager
    async def exchange(self) -> AsyncIterator[Exchange]:
        async with self._lock:
            connection = self._connect()
            if connection is None:
                raise RuntimeError(f"{self.path} is not in WAL mode")
            await self._begin(connection)
            try:
                yield Exchange(_fetcher(connection))
            except BaseException:
                with contextlib.suppress(sqlite3.Error):  # the first failure is the news
                    self._end(connection, "ROLLBACK")
                raise
            self._end(connection, "COMMIT")
        self._commits += 1
        if self._commits % CHECKPOINT_EVERY == 0 and self._checkpoint is None:
            loop = asyncio.get_running_loop()
            self._checkpoint = loop.run_in_executor(None, self._checkpoint_now)
            self._checkpoint.add_done_callback(self._checkpointed)

    def close(self) -> None:
        if self._connection is not None:
            self._connection.close()
            self._connection = None

    def _connect(self) -> sqlite3.Connection | None:
        if self._connection is None:
            # timeout=0: a busy database raises at once; _begin decides where to wait.
            connection = sqlite3.connect(
                self.path, timeout=0, isolation_level=None, check_same_thread=False
            )
            try:
                self._wal = connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
            except sqlite3.OperationalError as exc:
                connection.close()
                if not _is_busy(exc):
                    raise
                # another process is setting the file up (its first start): the general path
                # this time, which waits as configured; asked again at the next unit of work
                return None
            if not self._wal:
                connection.close()
                return None
            connection.execute("PRAGMA synchronous=NORMAL")
            connection.execute("PRAGMA wal_autocheckpoint=0")  # see _checkpoint_now
            self._connection = connection
        return self._connection

    async def _begin(self, connection: sqlite3.Connection) -> None:
        try:
            connection.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            if not _is_busy(exc):
                raise
            # Another process is writing: wait for it off the loop, as long as configured.
            waiting = asyncio.get_running_loop().run_in_executor(None, self._begin_waiting)
            try:
                await asyncio.shield(waiting)
            except asyncio.CancelledError:
                # The thread goes on and may yet begin; undo that before letting go.
                with contextlib.suppress(Exception):
                    await waiting
                if connection.in_transaction:
                    self._end(connection, "ROLLBACK")
                raise

    def _begin_waiting(self) -> None:
        connection = self._connection
        assert connection is not None  # held under self._lock
        connection.execute(f"PRAGMA busy_timeout={int(self.wait_seconds * 1000)}")
        try:
            connection.execute("BEGIN IMMEDIATE")
        finally:
            connection.execute("PRAGMA busy_timeout=0")

    def _end(self, connection: sqlite3.Connection, statement: str) -> None:
        try:
            connection.execute(statement)
        except sqlite3.Error:
            self.close()  # a connection that cannot end its transaction is not reused
            raise

    def _checkpoint_now(self) -> None:
        # Its own connection, in a thread: a checkpoint copies pages and syncs the file.
        # PASSIVE never waits for, nor blocks, readers and writers.
        with contextlib.closing(sqlite3.connect(self.path, timeout=self.wait_seconds)) as own:
            own.execute("PRAGMA wal_checkpoint(PASSIVE)")

    def _checkpointed(self, done: asyncio.Future[None]) -> None:
        self._checkpoint = None
        if not done.cancelled() and done.exception() is not None:
            # Nothing is lost: the log keeps every commit, and the next checkpoint tries again.
            log.warning("SQLite checkpoint failed: %r", done.exception())


def _is_busy(exc: sqlite3.OperationalError) -> bool:
    return "locked" in str(exc) or "busy" in str(exc)


def _fetcher(connection: sqlite3.Connection) -> Fetch:
    async def fetch(sql: str, params: Sequence[object]) -> Sequence[Sequence[Any]]:
        rows: list[Sequence[Any]] = connection.execute(sql, params).fetchall()
        return rows

    return fetch

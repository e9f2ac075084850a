"""Per-update units of work on a SQLite file run on the event loop: they must never stall it
while another process writes, must keep every commit, and must fall back where they can't."""

from __future__ import annotations

import asyncio
import shutil
import sqlite3
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from careerbot.store import Store, local_sqlite
from tests.backends import sqlite_url, start_up


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("local") / "careerbot.sqlite3"
    asyncio.run(start_up(sqlite_url(path)))
    return path


@pytest.fixture
async def sqlite_file(template: Path, tmp_path: Path) -> Path:
    path = tmp_path / "careerbot.sqlite3"
    shutil.copyfile(template, path)
    return path


@pytest.fixture
async def store(sqlite_file: Path) -> AsyncIterator[Store]:
    store = Store(sqlite_url(sqlite_file))
    try:
        yield store
    finally:
        await store.dispose()


def holder_of_the_write_lock(path: Path) -> sqlite3.Connection:
    """Another process's writer, mid-transaction."""
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    return holder


def saved_focus(path: Path, chat_id: int) -> str | None:
    with sqlite3.connect(path) as reader:
        row = reader.execute(
            "SELECT state FROM chat_context WHERE chat_id = ?", (chat_id,)
        ).fetchone()
    return None if row is None else str(row[0])


def test_a_started_database_is_in_wal_mode(sqlite_file: Path) -> None:
    with sqlite3.connect(sqlite_file) as connection:
        assert connection.execute("PRAGMA journal_mode").fetchone() == ("wal",)


async def test_waiting_for_another_writer_leaves_the_loop_free(
    store: Store, sqlite_file: Path
) -> None:
    holder = holder_of_the_write_lock(sqlite_file)
    ticks = 0

    async def ticker() -> None:
        nonlocal ticks
        while True:
            await asyncio.sleep(0.01)
            ticks += 1

    async def save() -> None:
        async with store.exchange() as exchange:
            await exchange.save_context(9, {"focus": "nurse"})

    ticking = asyncio.create_task(ticker())
    saving = asyncio.create_task(save())
    await asyncio.sleep(0.3)
    assert not saving.done()  # still waiting for the other writer...
    assert ticks >= 10  # ...while the loop went on serving everything else
    holder.execute("COMMIT")
    holder.close()
    await asyncio.wait_for(saving, 5)
    ticking.cancel()
    assert saved_focus(sqlite_file, 9) == '{"focus":"nurse"}'


async def test_a_writer_that_never_lets_go_fails_after_the_configured_wait(
    sqlite_file: Path,
) -> None:
    holder = holder_of_the_write_lock(sqlite_file)
    store = Store(f"{sqlite_url(sqlite_file)}?timeout=0.2")

    async def save(focus: str) -> None:
        async with store.exchange() as exchange:
            await exchange.save_context(9, {"focus": focus})

    try:
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            await save("nurse")
        holder.execute("ROLLBACK")
        await save("again")  # and it works again once the other writer has let go
    finally:
        holder.close()
        await store.dispose()
    assert saved_focus(sqlite_file, 9) == '{"focus":"again"}'


async def test_a_unit_of_work_cancelled_while_waiting_leaves_no_transaction_behind(
    store: Store, sqlite_file: Path
) -> None:
    holder = holder_of_the_write_lock(sqlite_file)

    async def save(focus: str) -> None:
        async with store.exchange() as exchange:
            await exchange.save_context(9, {"focus": focus})

    waiting = asyncio.create_task(save("cancelled"))
    await asyncio.sleep(0.1)
    waiting.cancel()
    await asyncio.sleep(0.1)
    holder.execute("COMMIT")  # the abandoned wait may now take the lock in its thread
    holder.close()
    with pytest.raises(asyncio.CancelledError):
        await waiting
    await asyncio.wait_for(save("kept"), 5)
    assert saved_focus(sqlite_file, 9) == '{"focus":"kept"}'


async def test_a_failed_unit_of_work_is_rolled_back_whole(store: Store, sqlite_file: Path) -> None:
    class AbortError(Exception):
        pass

    async def save_then_fail() -> None:
        async with store.exchange() as exchange:
            await exchange.save_context(9, {"focus": "half-done"})
            raise AbortError

    with pytest.raises(AbortError):
        await save_then_fail()
    assert saved_focus(sqlite_file, 9) is None


async def test_checkpoints_move_commits_into_the_database_file(
    store: Store, sqlite_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(local_sqlite, "CHECKPOINT_EVERY", 5)
    for chat_id in range(5):
        async with store.exchange() as exchange:
            await exchange.save_context(chat_id, {"focus": f"career-{chat_id}"})
    for _ in range(100):  # the checkpoint runs in a thread
        await asyncio.sleep(0.02)
        copy = tmp_path / "main-file-only.sqlite3"  # without its -wal file
        shutil.copyfile(sqlite_file, copy)
        if saved_focus(copy, 4) is not None:
            break
    assert [saved_focus(copy, n) for n in range(5)] == [
        f'{{"focus":"career-{n}"}}' for n in range(5)
    ]


async def test_a_file_not_in_wal_mode_is_served_through_the_driver(
    sqlite_file: Path,
) -> None:
    with sqlite3.connect(sqlite_file) as connection:
        connection.execute("PRAGMA journal_mode=DELETE")
    store = Store(sqlite_url(sqlite_file))
    try:
        async with store.exchange() as exchange:
            await exchange.save_context(9, {"focus": "nurse"})
        async with store.exchange() as exchange:
            assert await exchange.get_context(9) == {"focus": "nurse"}
    finally:
        await store.dispose()


def test_only_a_sqlite_file_gets_a_local_connection() -> None:
    assert local_sqlite.LocalSqlite.for_url("sqlite+aiosqlite:///:memory:", 30) is None
    assert local_sqlite.LocalSqlite.for_url("postgresql+asyncpg://u@h/db", 30) is None
    local = local_sqlite.LocalSqlite.for_url("sqlite+aiosqlite:////tmp/x.db?timeout=0.5", 30)
    assert local is not None
    assert (local.path, local.wait_seconds) == ("/tmp/x.db", 0.5)


def test_a_file_locked_by_another_process_starting_is_asked_again_later(tmp_path: Path) -> None:
    """While another process holds the file (setting it up on its first start), the local
    connection is not usable yet and says so without raising; once free, it is."""
    path = tmp_path / "busy.sqlite3"
    setup = sqlite3.connect(path, isolation_level=None)
    setup.execute("BEGIN EXCLUSIVE")  # a new file, before the write-ahead log is turned on
    setup.execute("CREATE TABLE t (x)")
    local = local_sqlite.LocalSqlite(str(path), 0.1)
    try:
        assert local.is_usable() is False
        setup.execute("COMMIT")
        setup.execute("PRAGMA journal_mode=WAL")
        assert local.is_usable() is True
    finally:
        local.close()
        setup.close()


async def test_start_up_waits_for_another_process_holding_a_new_file(tmp_path: Path) -> None:
    """Another process starting at the same moment holds the new file's write lock (to
    migrate and load); turning the write-ahead log on, which SQLite refuses at once then,
    waits for it instead of failing the start-up."""
    path = tmp_path / "new.sqlite3"
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("CREATE TABLE first_start (x)")
    other.execute("BEGIN IMMEDIATE")
    other.execute("INSERT INTO first_start VALUES (1)")
    store = Store(sqlite_url(path))
    try:
        starting = asyncio.create_task(store.ensure_ready())
        await asyncio.sleep(0.5)
        other.execute("COMMIT")
        await asyncio.wait_for(starting, timeout=60)
        with sqlite3.connect(path) as check:
            assert check.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        other.close()
        await store.dispose()

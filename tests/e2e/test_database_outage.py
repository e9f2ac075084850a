"""While the database is unavailable the person gets a short apology; then all is well again."""

from __future__ import annotations

import sqlite3
from collections.abc import AsyncIterator, Callable
from contextlib import AbstractAsyncContextManager, asynccontextmanager

import pytest
from sqlalchemy.engine import make_url

from bot.handlers import SORRY
from tests.backends import ON_POSTGRES, postgres_admin
from tests.e2e.conftest import RunningBot
from tests.fakes.fake_bot_api import FakeBotApi

CHAT = 8080
Outage = Callable[[], AbstractAsyncContextManager[None]]


@pytest.fixture
def database_url(database_url: str) -> str:
    # SQLite: a short busy timeout, so a locked database fails in a moment, not in five seconds.
    return database_url if ON_POSTGRES else f"{database_url}?timeout=0.3"


@pytest.fixture
def outage(database_url: str) -> Outage:
    """The database becomes unavailable: on SQLite another process holds it exclusively; on
    PostgreSQL the server stops accepting connections to it and drops the open ones."""
    name = make_url(database_url).database or ""

    @asynccontextmanager
    async def sqlite_locked() -> AsyncIterator[None]:
        holder = sqlite3.connect(name, isolation_level=None)
        try:
            holder.execute("BEGIN EXCLUSIVE")
            yield
            holder.execute("ROLLBACK")
        finally:
            holder.close()

    @asynccontextmanager
    async def postgres_refusing() -> AsyncIterator[None]:
        await postgres_admin(
            f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS false',
            f"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{name}'",
        )
        try:
            yield
        finally:
            await postgres_admin(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS true')

    return postgres_refusing if ON_POSTGRES else sqlite_locked


async def ask(fake: FakeBotApi, text: str) -> str:
    fake.push_message(CHAT, text)
    await fake.wait_for("sendMessage")
    message = fake.last_message(CHAT)
    assert message is not None
    return message.text


async def test_an_unavailable_database_gets_an_apology_and_the_bot_recovers(
    fake: FakeBotApi,
    running_bot: RunningBot,
    outage: Outage,
    caplog: pytest.LogCaptureFixture,
) -> None:
    async with running_bot():
        assert "vs AI Middleware Engineer" in await ask(fake, "routing vs middleware")
        async with outage():
            during = [await ask(fake, "what about multimodal?"), await ask(fake, "swap")]
        after = await ask(fake, "what about multimodal?")
    assert during == [SORRY, SORRY]
    assert len(SORRY) < 100
    assert "Traceback" not in "".join(during)
    assert (
        "not currently accepting connections" if ON_POSTGRES else "database is locked"
    ) in caplog.text
    # The context saved before the outage is intact: the follow-up still knows the last pair.
    assert after.startswith("AI Model Routing Engineer vs AI Multimodal")
    fake.assert_no_errors()


async def test_inline_queries_are_still_answered_from_the_loaded_catalog(
    fake: FakeBotApi,
    running_bot: RunningBot,
    outage: Outage,
    caplog: pytest.LogCaptureFixture,
) -> None:
    async with running_bot() as app:
        app.bot_data["service"].catalog_check_seconds = 0  # ask the database every time
        async with outage():
            fake.push_inline_query("routing vs middleware")
            call = await fake.wait_for("answerInlineQuery")
    assert "AI Model Routing Engineer vs AI Middleware Engineer" in str(call.params["results"])
    # PostgreSQL refuses the version check; a SQLite file in WAL mode still lets it read
    assert "using the loaded one" in caplog.text or not ON_POSTGRES
    fake.assert_no_errors()

"""While the database is unavailable the person gets a short apology; then all is well again."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from bot.handlers import SORRY
from tests.e2e.conftest import RunningBot
from tests.fakes.fake_bot_api import FakeBotApi

CHAT = 8080


@pytest.fixture
def database_url(database: Path) -> str:
    # A short busy timeout: a locked database fails in a moment instead of five seconds.
    return f"sqlite+aiosqlite:///{database}?timeout=0.3"


@contextmanager
def locked_out(path: Path) -> Iterator[None]:
    """Another process holds the database exclusively: nobody else may read or write."""
    holder = sqlite3.connect(path, isolation_level=None)
    try:
        holder.execute("BEGIN EXCLUSIVE")
        yield
        holder.execute("ROLLBACK")
    finally:
        holder.close()


async def ask(fake: FakeBotApi, text: str) -> str:
    fake.push_message(CHAT, text)
    await fake.wait_for("sendMessage")
    message = fake.last_message(CHAT)
    assert message is not None
    return message.text


async def test_an_unavailable_database_gets_an_apology_and_the_bot_recovers(
    fake: FakeBotApi,
    running_bot: RunningBot,
    database: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    async with running_bot():
        assert "vs AI Middleware Engineer" in await ask(fake, "routing vs middleware")
        with locked_out(database):
            during = [await ask(fake, "what about multimodal?"), await ask(fake, "swap")]
        after = await ask(fake, "what about multimodal?")
    assert during == [SORRY, SORRY]
    assert len(SORRY) < 100
    assert "Traceback" not in "".join(during)
    assert "database is locked" in caplog.text
    # The context saved before the outage is intact: the follow-up still knows the last pair.
    assert after.startswith("AI Model Routing Engineer vs AI Multimodal")
    fake.assert_no_errors()

"""The real python-telegram-bot Application against the fake Bot API on 127.0.0.1."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from dataclasses import replace
from typing import Any

import pytest
from telegram.ext import Application

from bot.app import WebApp, build_application
from bot.resilience import DEFAULT_TIMEOUTS, Timeouts
from careerbot.app.settings import Settings
from tests.fakes.fake_bot_api import FakeBotApi

RunningBot = Callable[..., AbstractAsyncContextManager[Application]]  # type: ignore[type-arg]


@pytest.fixture(autouse=True)
def _timedelta_retry_after(monkeypatch: pytest.MonkeyPatch) -> None:
    # PTB 22 warns about integer retry_after unless told to use timedeltas; warnings fail tests.
    monkeypatch.setenv("PTB_TIMEDELTA", "true")


@pytest.fixture
async def fake() -> AsyncIterator[FakeBotApi]:
    async with FakeBotApi() as api:
        yield api


@pytest.fixture
def running_bot(fake: FakeBotApi, database_url: str) -> RunningBot:
    """Start a bot process's worth of Application; call it again to simulate a restart.

    Keyword arguments change its settings; the per-user rate limit is off unless given.
    """

    @asynccontextmanager
    async def start(
        timeouts: Timeouts = DEFAULT_TIMEOUTS, webapp: WebApp | None = None, **changes: Any
    ) -> AsyncIterator[Application]:  # type: ignore[type-arg]
        settings = Settings(
            database_url=database_url,
            telegram_token=fake.token,
            telegram_base_url=fake.base_url,
            rate_limit=None,
        )
        app = build_application(replace(settings, **changes), timeouts, webapp)
        await app.initialize()
        assert app.post_init is not None
        await app.post_init(app)
        assert app.updater is not None
        await app.updater.start_polling(poll_interval=0, timeout=1)
        await app.start()
        try:
            yield app
        finally:
            await app.updater.stop()
            await app.stop()
            assert app.post_shutdown is not None
            await app.post_shutdown(app)
            await app.shutdown()

    return start

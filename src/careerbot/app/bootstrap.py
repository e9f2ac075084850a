"""The one wiring point: settings → store → catalog → service. The CLI, the console and
the Telegram bot all start careerbot here, and stop it here."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass

from careerbot.app.service import CareerService
from careerbot.app.settings import Settings
from careerbot.store import Store
from careerbot.store.url import default_database_url


@dataclass(frozen=True)
class Started:
    service: CareerService
    #: releases what ``start`` opened (the database's connections)
    stop: Callable[[], Awaitable[None]]


async def start(
    settings: Settings, bot_username: str | None = None, *, warm: bool = False
) -> Started:
    """A ready service: the database migrated and holding a catalog; with ``warm``, the
    name index built too, as a bot wants it before anyone's first message."""
    store = Store(settings.database_url or default_database_url())
    try:
        await store.ensure_ready()
        service = CareerService(
            store,
            bot_username,
            admin_ids=settings.admin_ids,
            rate_limit=settings.rate_limit,
            webapp_url=settings.webapp_url,
        )
        if warm:
            await service.dialogue()
    except BaseException:
        await store.dispose()
        raise
    return Started(service, store.dispose)


@contextlib.asynccontextmanager
async def running(settings: Settings) -> AsyncIterator[CareerService]:
    started = await start(settings)
    try:
        yield started.service
    finally:
        await started.stop()

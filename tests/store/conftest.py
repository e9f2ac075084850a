"""A store on a private copy of the loaded database, on the configured backend."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from careerbot.store import Store


@pytest.fixture
async def store(database_url: str) -> AsyncIterator[Store]:
    store = Store(database_url)
    try:
        await store.ensure_ready()
        yield store
    finally:
        await store.dispose()

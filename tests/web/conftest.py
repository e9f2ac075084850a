"""The tool's server on 127.0.0.1 over a private copy of the loaded database, on the
configured backend (a SQLite file, or PostgreSQL)."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from aiohttp.test_utils import TestClient, TestServer

from careerbot.app import bootstrap
from careerbot.app.service import CareerService
from careerbot.app.settings import Settings
from careerbot.web.server import make_app


@pytest.fixture
async def service(database_url: str) -> AsyncIterator[CareerService]:
    started = await bootstrap.start(Settings(database_url=database_url))
    try:
        yield started.service
    finally:
        await started.stop()


@pytest.fixture
async def client(service: CareerService) -> AsyncIterator[TestClient]:  # type: ignore[type-arg]
    async with TestClient(TestServer(make_app(service), host="127.0.0.1")) as client:
        yield client

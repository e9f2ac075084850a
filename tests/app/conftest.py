"""The service over each store it may run on: the in-memory fake (fast, no database), and
the real store on the configured database (a SQLite file, or PostgreSQL)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from backends import private_copy
from fakes.fake_store import FakeStore

from careerbot.app.ports import Store as StorePort
from careerbot.careers.catalog import bundled_files, read_catalog_file
from careerbot.careers.model import CatalogFile
from careerbot.store import Store
from careerbot.understanding.name_tables import FORMAT
from careerbot.understanding.resolution import NameIndex


@pytest.fixture(scope="session")
def bundled_catalog_files() -> tuple[CatalogFile, ...]:
    return tuple(read_catalog_file(path) for path in bundled_files())


@pytest.fixture(params=["fake", "database"])
async def any_store(
    request: pytest.FixtureRequest,
    bundled_catalog_files: tuple[CatalogFile, ...],
    bundled_index: NameIndex,
    loaded_database: str,
    tmp_path: Path,
) -> AsyncIterator[StorePort]:
    if request.param == "fake":
        # as a started database holds it: the catalog, and the index its first start built
        store = FakeStore(*bundled_catalog_files)
        store.state.name_indexes[(store.state.version, FORMAT)] = bundled_index.to_bytes()
        yield store
        return
    async with private_copy(loaded_database, tmp_path) as url:
        store = Store(url)
        try:
            await store.ensure_ready()
            yield store
        finally:
            await store.dispose()

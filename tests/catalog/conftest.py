"""Fixtures for the catalog-build tests.

Tests that only read the committed ``data/occupations.json.gz`` need nothing else; tests
that compare against the raw public files use ``raw_dir`` and skip when it is absent
(set CAREERBOT_PUBLIC_DATA to point elsewhere).
"""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest
from catalog_build_helpers import COMMITTED, RAW_DIR, onet_code

from careerbot.careers.model import Career, CatalogFile
from careerbot.catalog_build.assemble import build_catalog


@pytest.fixture(scope="session")
def raw_dir() -> Path:
    if not (RAW_DIR / "onet_29_3" / "Job Zones.txt").is_file():
        pytest.skip(f"public data sets not available at {RAW_DIR} (set CAREERBOT_PUBLIC_DATA)")
    return RAW_DIR


@pytest.fixture(scope="session")
def committed_bytes() -> bytes:
    if not COMMITTED.is_file():
        pytest.fail(f"{COMMITTED} is missing; run `careerbot catalog build --from DIR`")
    return COMMITTED.read_bytes()


@pytest.fixture(scope="session")
def committed(committed_bytes: bytes) -> CatalogFile:
    return CatalogFile.model_validate_json(gzip.decompress(committed_bytes))


@pytest.fixture(scope="session")
def by_code(committed: CatalogFile) -> dict[str, Career]:
    return {onet_code(c): c for c in committed.careers}


@pytest.fixture(scope="session")
def built(raw_dir: Path) -> CatalogFile:
    return build_catalog(raw_dir)

"""Fixtures for judging shortlists against the raw public files (skipped where they are
absent; set CAREERBOT_PUBLIC_DATA to point elsewhere)."""

from __future__ import annotations

import pytest
from judging import RAW_DIR
from raw_properties import RawData, raw


@pytest.fixture(scope="session")
def raw_data() -> RawData:
    if not (RAW_DIR / "onet_29_3" / "Job Zones.txt").is_file():
        pytest.skip(f"public data sets not available at {RAW_DIR} (set CAREERBOT_PUBLIC_DATA)")
    return raw(RAW_DIR)

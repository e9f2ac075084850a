"""Shared helpers for the catalog-build tests (a uniquely named module, not conftest)."""

from __future__ import annotations

import os
import re
from pathlib import Path

from careerbot.careers.model import Career

ROOT = Path(__file__).resolve().parents[2]
RAW_DIR = Path(os.environ.get("CAREERBOT_PUBLIC_DATA", ROOT.parent / "shared" / "data" / "public"))
COMMITTED = ROOT / "data" / "occupations.json.gz"
_CODE = re.compile(r"^O\*NET-SOC (\d{2}-\d{4}\.\d{2})\b")


def onet_code(career: Career) -> str:
    match = _CODE.match(career.source_note)
    assert match, f"{career.slug}: source_note does not start with the O*NET-SOC code"
    return match.group(1)

"""Eloundou et al. "GPTs are GPTs": share of an occupation's tasks exposed to LLMs.

The figure is the GPT-4-rated beta measure (E1 + 0.5 x E2) x 100 - an exposure share,
not a replacement risk.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from careerbot.catalog_build.tables import parse_decimal, read_csv, round_half_up

EXPOSURE_FILE = "ai_exposure/eloundou_gpts_are_gpts/occ_level.csv"
MEASURE_COLUMN = "dv_rating_beta"


def load_exposure(source_dir: Path) -> dict[str, float]:
    """O*NET-SOC 2019 code -> percent of tasks exposed (0-100, one decimal, half up)."""
    rows = read_csv(source_dir / EXPOSURE_FILE, "O*NET-SOC Code", MEASURE_COLUMN)
    out: dict[str, float] = {}
    for row in rows:
        share = parse_decimal(row[MEASURE_COLUMN])
        if share is not None and Decimal(0) <= share <= Decimal(1):
            out[row["O*NET-SOC Code"]] = round_half_up(share * 100, 1)
    return out

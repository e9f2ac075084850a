"""Eloundou et al. "GPTs are GPTs": the share of an occupation's tasks exposed to LLMs.

The figure is the human annotators' beta measure (E1 + 0.5 x E2) x 100: the paper's own
rubric applied by people who know what LLMs can do, each task read against the O*NET task
list. The paper rates every task a second time with GPT-4; that rating runs higher for much
knowledge work (software developers: 44.7% by the annotators, 86.8% by GPT-4) and is kept
beside it, named as GPT-4's. Both are exposure shares, not replacement risks.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from careerbot.catalog_build.tables import parse_decimal, read_csv, round_half_up

EXPOSURE_FILE = "ai_exposure/eloundou_gpts_are_gpts/occ_level.csv"
HUMAN_COLUMN = "human_rating_beta"
GPT4_COLUMN = "dv_rating_beta"
HUMAN_RATER = "human annotators"
GPT4_RATER = "GPT-4"


@dataclass(frozen=True)
class Exposure:
    human: float
    gpt4: float | None


def _percent(text: str) -> float | None:
    share = parse_decimal(text)
    if share is None or not Decimal(0) <= share <= Decimal(1):
        return None
    return round_half_up(share * 100, 1)


def load_exposure(source_dir: Path) -> dict[str, Exposure]:
    """O*NET-SOC 2019 code -> percent of tasks exposed (0-100, one decimal, half up)."""
    rows = read_csv(source_dir / EXPOSURE_FILE, "O*NET-SOC Code", HUMAN_COLUMN, GPT4_COLUMN)
    out: dict[str, Exposure] = {}
    for row in rows:
        human = _percent(row[HUMAN_COLUMN])
        if human is not None:
            out[row["O*NET-SOC Code"]] = Exposure(human, _percent(row[GPT4_COLUMN]))
    return out

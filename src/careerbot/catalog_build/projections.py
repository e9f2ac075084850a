"""BLS Employment Projections 2024-34 and the BLS O*NET-SOC -> NEM crosswalk."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

from careerbot.catalog_build.tables import parse_decimal, read_csv, round_half_up

EP_DIR = "bls_ep_2024_34"
EP_FILE = "ep_2024_34_table_1_2_occupational_projections.csv"
CROSSWALK = "crosswalks/bls_onet_soc_to_nem_crosswalk_2023-09-06.csv"

_CODE = "2024 National Employment Matrix code"
_TITLE = "2024 National Employment Matrix title"
_TYPE = "Occupation type"
_GROWTH = "Employment change, percent, 2024–34"
_OPENINGS = "Occupational openings, 2024–34 annual average"
_EDUCATION = "Typical education needed for entry"
_EXPERIENCE = "Work experience in a related occupation"
_TRAINING = "Typical on-the-job training needed to attain competency in the occupation"


@dataclass(frozen=True)
class Projection:
    nem: str
    title: str
    line_item: bool
    growth_pct: Decimal | None
    openings: int | None  # persons per year (the table's thousands x 1000)
    education: str | None
    experience: str | None
    training: str | None


def _text(value: str) -> str | None:
    return None if value in ("", "—", "-") else value


def load_nem_crosswalk(source_dir: Path) -> dict[str, str]:
    """O*NET-SOC 2019 code -> NEM code (SOC 2018 detailed code or a BLS aggregate)."""
    rows = read_csv(source_dir / CROSSWALK, "O*NET-SOC Code", "NEM Code")
    return {r["O*NET-SOC Code"]: r["NEM Code"] for r in rows if r["NEM Code"]}


def load_projections(source_dir: Path) -> dict[str, Projection]:
    rows = read_csv(
        source_dir / EP_DIR / EP_FILE,
        _CODE,
        _TITLE,
        _TYPE,
        _GROWTH,
        _OPENINGS,
        _EDUCATION,
        _EXPERIENCE,
        _TRAINING,
    )
    out: dict[str, Projection] = {}
    for row in rows:
        thousands = parse_decimal(row[_OPENINGS])
        out[row[_CODE]] = Projection(
            nem=row[_CODE],
            title=row[_TITLE],
            line_item=row[_TYPE] == "Line item",
            growth_pct=parse_decimal(row[_GROWTH]),
            openings=None if thousands is None else int(thousands * 1000),
            education=_text(row[_EDUCATION]),
            experience=_text(row[_EXPERIENCE]),
            training=_text(row[_TRAINING]),
        )
    return out


def percentile_ranks(values: dict[str, Decimal]) -> dict[str, Fraction]:
    """Mid-rank percentile: (number below + half the number equal, self included) / N."""
    ordered = sorted(values.values())
    n = len(ordered)
    ranks: dict[str, Fraction] = {}
    for key, value in values.items():
        below = _count_below(ordered, value)
        equal = _count_below(ordered, value, inclusive=True) - below
        ranks[key] = Fraction(2 * below + equal, 2 * n)
    return ranks


def _count_below(ordered: list[Decimal], value: Decimal, *, inclusive: bool = False) -> int:
    lo, hi = 0, len(ordered)
    while lo < hi:
        mid = (lo + hi) // 2
        if ordered[mid] < value or (inclusive and ordered[mid] == value):
            lo = mid + 1
        else:
            hi = mid
    return lo


def demand_scores(projections: dict[str, Projection]) -> dict[str, float]:
    """score = 10 x (growth percentile rank + openings percentile rank) / 2, one decimal
    (half up), ranked across all EP 'Line item' occupations that publish both figures."""
    ranked = {
        p.nem: p
        for p in projections.values()
        if p.line_item and p.growth_pct is not None and p.openings is not None
    }
    growth = percentile_ranks(
        {k: p.growth_pct for k, p in ranked.items() if p.growth_pct is not None}
    )
    openings = percentile_ranks(
        {k: Decimal(p.openings) for k, p in ranked.items() if p.openings is not None}
    )
    scores: dict[str, float] = {}
    for key in ranked:
        blended = (growth[key] + openings[key]) * 5
        exact = Decimal(blended.numerator) / Decimal(blended.denominator)
        scores[key] = round_half_up(exact, 1)
    return scores

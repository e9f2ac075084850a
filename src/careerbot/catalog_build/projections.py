"""BLS Employment Projections 2024-34 and the BLS O*NET-SOC -> NEM crosswalk."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from careerbot.catalog_build.tables import parse_decimal, read_csv

EP_DIR = "bls_ep_2024_34"
EP_FILE = "ep_2024_34_table_1_2_occupational_projections.csv"
CROSSWALK = "crosswalks/bls_onet_soc_to_nem_crosswalk_2023-09-06.csv"

_CODE = "2024 National Employment Matrix code"
_TITLE = "2024 National Employment Matrix title"
_TYPE = "Occupation type"
_GROWTH = "Employment change, percent, 2024–34"
_OPENINGS = "Occupational openings, 2024–34 annual average"
_SELF_EMPLOYED = "Percent self employed, 2024"
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
    self_employed_pct: Decimal | None
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
        _SELF_EMPLOYED,
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
            self_employed_pct=parse_decimal(row[_SELF_EMPLOYED]),
            education=_text(row[_EDUCATION]),
            experience=_text(row[_EXPERIENCE]),
            training=_text(row[_TRAINING]),
        )
    return out

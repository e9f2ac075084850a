"""BLS OEWS May 2025, national, all industries: annual wage percentiles; SOC major groups."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from careerbot.careers.model import WageReference
from careerbot.catalog_build.tables import parse_decimal, read_csv, to_int

OEWS_DIR = "bls_oews_2025"
WAGES_FILE = "oews_2025_national_all_industries.csv"
HIERARCHY_FILE = "oews_occupation_hierarchy.csv"


@dataclass(frozen=True)
class Wages:
    soc: str
    title: str
    annual_p10: int | None
    annual_median: int | None
    annual_p90: int | None
    annual_p25: int | None
    annual_p75: int | None
    hourly_median: Decimal | None
    footnotes: tuple[str, ...]

    @property
    def annual_published(self) -> bool:
        return any(v is not None for v in (self.annual_p10, self.annual_median, self.annual_p90))


def load_wages(source_dir: Path) -> dict[str, Wages]:
    """Rows keyed by SOC code ('15-2051', also BLS aggregates such as '53-1047').
    Not-published marks ('-', '#', '*') become None, never 0."""
    rows = read_csv(
        source_dir / OEWS_DIR / WAGES_FILE,
        "soc_code",
        "occ_title",
        "a_pct10",
        "a_pct25",
        "a_median",
        "a_pct75",
        "a_pct90",
        "h_median",
        "footnote_codes",
    )
    wages: dict[str, Wages] = {}
    for row in rows:
        wages[row["soc_code"]] = Wages(
            soc=row["soc_code"],
            title=row["occ_title"],
            annual_p10=to_int(parse_decimal(row["a_pct10"])),
            annual_median=to_int(parse_decimal(row["a_median"])),
            annual_p90=to_int(parse_decimal(row["a_pct90"])),
            annual_p25=to_int(parse_decimal(row["a_pct25"])),
            annual_p75=to_int(parse_decimal(row["a_pct75"])),
            hourly_median=parse_decimal(row["h_median"]),
            footnotes=tuple(c for c in row["footnote_codes"].replace(";", ",").split(",") if c),
        )
    return wages


def load_major_groups(source_dir: Path) -> dict[str, str]:
    """SOC major group titles by 2-digit prefix, without the trailing " Occupations"
    ('15' -> 'Computer and Mathematical')."""
    rows = read_csv(source_dir / OEWS_DIR / HIERARCHY_FILE, "occupation_code", "occupation_name")
    groups: dict[str, str] = {}
    for row in rows:
        code = row["occupation_code"]
        if len(code) == 6 and code.endswith("0000") and code != "000000":
            name = row["occupation_name"].removesuffix(" Occupations").strip()
            groups[code[:2]] = name
    return groups


ALL_OCCUPATIONS = "00-0000"


def all_occupations(wages: dict[str, Wages]) -> WageReference | None:
    """The all-occupations row (00-0000): the reference a career's pay is drawn against."""
    row = wages.get(ALL_OCCUPATIONS)
    if row is None or not row.annual_published:
        return None
    return WageReference(
        label="All occupations",
        p10=row.annual_p10,
        p25=row.annual_p25,
        median=row.annual_median,
        p75=row.annual_p75,
        p90=row.annual_p90,
    )

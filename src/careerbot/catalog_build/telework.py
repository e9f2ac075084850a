"""Dingel & Neiman (2020) teleworkability, moved from O*NET-SOC 2010 to 2019 codes.

Each 2019 code takes the values of every 2010 code the O*NET 2010->2019 crosswalk maps
onto it; merged codes that disagree are averaged, and the occupation counts as
teleworkable when that mean is >= 0.5.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from careerbot.catalog_build.tables import parse_decimal, read_csv

TELEWORK_FILE = "remote_work_dingel_neiman/occupations_workathome.csv"
CROSSWALK_2010_2019 = "crosswalks/onet_soc_2010_to_2019_crosswalk.csv"
TELEWORKABLE_AT = Decimal("0.5")


@dataclass(frozen=True)
class Telework:
    mean: Decimal
    codes_2010: tuple[str, ...]

    @property
    def teleworkable(self) -> bool:
        return self.mean >= TELEWORKABLE_AT

    @property
    def conflicting(self) -> bool:
        return Decimal(0) < self.mean < Decimal(1)


def load_telework(source_dir: Path) -> dict[str, Telework]:
    scores: dict[str, Decimal] = {}
    for row in read_csv(source_dir / TELEWORK_FILE, "onetsoccode", "teleworkable"):
        value = parse_decimal(row["teleworkable"])
        if value is not None:
            scores[row["onetsoccode"]] = value
    merged: dict[str, list[tuple[str, Decimal]]] = defaultdict(list)
    crosswalk = read_csv(
        source_dir / CROSSWALK_2010_2019, "O*NET-SOC 2010 Code", "O*NET-SOC 2019 Code"
    )
    for row in crosswalk:
        old, new = row["O*NET-SOC 2010 Code"], row["O*NET-SOC 2019 Code"]
        if old in scores and (old, scores[old]) not in merged[new]:
            merged[new].append((old, scores[old]))
    out: dict[str, Telework] = {}
    for code, pairs in merged.items():
        pairs.sort()
        mean = sum((v for _, v in pairs), Decimal(0)) / len(pairs)
        out[code] = Telework(mean=mean, codes_2010=tuple(c for c, _ in pairs))
    return out

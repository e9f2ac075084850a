"""Dingel & Neiman (2020) teleworkability: can the work be done from home?

They publish two classifications. The algorithmic one (0/1 per O*NET-SOC 2010 occupation,
from O*NET work-context screens) is moved to 2019 codes through the O*NET 2010->2019
crosswalk; merged codes that disagree are averaged, and it says yes when that mean is
>= 0.5. The authors' own manual judgement (0–1 per SOC broad group, a share where only some
of the group's occupations qualify) is looked up by the broad group of those 2010 codes,
else by the 2019 code's own broad group. The two disagree for about 150 occupations
(nannies, athletes and ushers pass the algorithm's screens), so the occupation is "yes"
only when both say so, "no" when both say no, and "partly" otherwise.
"""

from __future__ import annotations

import csv
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Literal

from careerbot.catalog_build.tables import SourceDataError, parse_decimal, read_csv

TELEWORK_FILE = "remote_work_dingel_neiman/occupations_workathome.csv"
MANUAL_FILE = "remote_work_dingel_neiman/Teleworkable_BNJDopinion.csv"
CROSSWALK_2010_2019 = "crosswalks/onet_soc_2010_to_2019_crosswalk.csv"
TELEWORKABLE_AT = Decimal("0.5")
#: the manual judgement says yes from three quarters of the group up, no to a quarter
MANUAL_YES = Decimal("0.75")
MANUAL_NO = Decimal("0.25")
Verdict = Literal["yes", "partly", "no"]


@dataclass(frozen=True)
class Telework:
    #: the algorithmic classification's mean over the 2010 codes; None where none maps
    mean: Decimal | None
    codes_2010: tuple[str, ...]
    #: the authors' manual judgement of the broad group(s); None where none is published
    manual: Decimal | None = None

    @property
    def teleworkable(self) -> bool:
        return self.mean is not None and self.mean >= TELEWORKABLE_AT

    @property
    def conflicting(self) -> bool:
        return self.mean is not None and Decimal(0) < self.mean < Decimal(1)

    @property
    def verdict(self) -> Verdict:
        manual = self.manual
        if self.mean is None:
            assert manual is not None  # an entry has at least one classification
            return "yes" if manual >= MANUAL_YES else "no" if manual <= MANUAL_NO else "partly"
        if manual is None:  # the algorithm alone: its known false positives cap it at partly
            return "partly" if self.teleworkable else "no"
        if self.teleworkable and manual >= MANUAL_YES:
            return "yes"
        if not self.teleworkable and manual <= MANUAL_NO:
            return "no"
        return "partly"


def _broad(code: str) -> str:
    """The SOC broad group of a detailed code: 15-1252.00 -> 15-1250."""
    return code[:6] + "0"


def load_manual(source_dir: Path) -> dict[str, Decimal]:
    path = source_dir / MANUAL_FILE
    if not path.is_file():
        raise SourceDataError(f"missing source file: {path}")
    with path.open(newline="", encoding="utf-8-sig") as handle:
        # one row has a space before its quoted title
        rows = list(csv.DictReader(handle, skipinitialspace=True))
    manual: dict[str, Decimal] = {}
    for row in rows:
        value = parse_decimal(row.get("Teleworkable") or "")
        if value is not None:
            manual[(row.get("BroadGroupCode") or "").strip()] = value
    return manual


def load_telework(source_dir: Path, codes: Iterable[str] = ()) -> dict[str, Telework]:
    """Both classifications per O*NET-SOC 2019 code (``codes``: the ones wanted even
    where the crosswalk maps no 2010 code onto them)."""
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
    manual = load_manual(source_dir)
    mapped: dict[str, set[str]] = defaultdict(set)
    for row in crosswalk:
        mapped[row["O*NET-SOC 2019 Code"]].add(row["O*NET-SOC 2010 Code"])
    out: dict[str, Telework] = {}
    for code in sorted(set(merged) | set(mapped) | set(codes)):
        pairs = sorted(merged.get(code, []))
        mean = sum((v for _, v in pairs), Decimal(0)) / len(pairs) if pairs else None
        out[code] = Telework(
            mean=mean,
            codes_2010=tuple(c for c, _ in pairs),
            manual=_manual_for(code, mapped.get(code, set()), manual),
        )
    return {code: t for code, t in out.items() if t.mean is not None or t.manual is not None}


def _manual_for(code: str, codes_2010: set[str], manual: dict[str, Decimal]) -> Decimal | None:
    groups = sorted({_broad(c) for c in codes_2010} & manual.keys()) or (
        [_broad(code)] if _broad(code) in manual else []
    )
    if not groups:
        return None
    return sum((manual[g] for g in groups), Decimal(0)) / len(groups)

"""Properties of occupations read straight from the raw public files, for judging a
shortlist independently of the product's own derived figures.

A property is JSON: ``{"interest"|"knowledge"|"work_style"|"work_value": NAME, "min": x,
"max": y}`` (O*NET Interests OI, Knowledge IM, Work Styles IM, Work Values EX),
``{"interest_top": NAME, "n": 2}``, ``{"task_mentions": [words]}`` (a task statement has one
at a word start), ``{"education_max"|"education_min": BLS category}``,
``{"median_pay_min"|"median_pay_max": dollars}`` (OEWS annual median of the occupation's
BLS line), ``{"pay_above": CODE, "by": share}``, ``{"growth_min"|"growth_max": pct}``,
``{"openings_min": thousands}`` (BLS EP), ``{"telework": bool}`` (Dingel & Neiman, through
the 2010→2019 crosswalk: teleworkable when any 2010 code is), ``{"job_zone_max"|
"job_zone_min": n}``, ``{"soc_prefix": [prefixes]}``, ``{"related_to": CODE}`` (either
direction), and ``{"all"|"any": [...]}``, ``{"not": P}``. A figure a source does not publish
fails any test on it (so ``not`` of such a test passes).
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

EDUCATION_ORDER = (
    "No formal educational credential",
    "High school diploma or equivalent",
    "Postsecondary nondegree award",
    "Some college, no degree",
    "Associate's degree",
    "Bachelor's degree",
    "Master's degree",
    "Doctoral or professional degree",
)
Property = dict[str, Any]


def _tsv(path: Path) -> Iterator[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        yield from csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)


def _csv(path: Path) -> Iterator[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        yield from csv.DictReader(handle)


def _number(text: str | None) -> float | None:
    try:
        return float((text or "").strip().replace(",", ""))
    except ValueError:
        return None


class RawData:
    def __init__(self, root: Path) -> None:
        onet = root / "onet_29_3"
        self.job_zone = {
            r["O*NET-SOC Code"]: int(r["Job Zone"]) for r in _tsv(onet / "Job Zones.txt")
        }
        self.ratings = {
            key: self._ratings(onet / name, scale)
            for key, (name, scale) in {
                "interest": ("Interests.txt", "OI"),
                "knowledge": ("Knowledge.txt", "IM"),
                "work_style": ("Work Styles.txt", "IM"),
                "work_value": ("Work Values.txt", "EX"),
                "skill": ("Skills.txt", "IM"),
            }.items()
        }
        self.tasks: dict[str, list[str]] = {}
        for row in _tsv(onet / "Task Statements.txt"):
            self.tasks.setdefault(row["O*NET-SOC Code"], []).append(row["Task"])
        self.related: dict[str, set[str]] = {}
        for row in _tsv(onet / "Related Occupations.txt"):
            a, b = row["O*NET-SOC Code"], row["Related O*NET-SOC Code"]
            self.related.setdefault(a, set()).add(b)
            self.related.setdefault(b, set()).add(a)
        crosswalk = root / "crosswalks" / "bls_onet_soc_to_nem_crosswalk_2023-09-06.csv"
        self.nem = {r["O*NET-SOC Code"].strip(): r["NEM Code"].strip() for r in _csv(crosswalk)}
        projections = root / "bls_ep_2024_34" / "ep_2024_34_table_1_2_occupational_projections.csv"
        self.ep = {
            r["2024 National Employment Matrix code"].strip(): {
                "growth": _number(r["Employment change, percent, 2024–34"]),
                "openings": _number(r["Occupational openings, 2024–34 annual average"]),
                "education": r["Typical education needed for entry"].strip(),
            }
            for r in _csv(projections)
            if r["Occupation type"] == "Line item"
        }
        wages = root / "bls_oews_2025" / "oews_2025_national_all_industries.csv"
        self.median = {r["soc_code"].strip(): _number(r["a_median"]) for r in _csv(wages)}
        telework = root / "remote_work_dingel_neiman" / "occupations_workathome.csv"
        rated = {r["onetsoccode"].strip(): bool(float(r["teleworkable"])) for r in _csv(telework)}
        self.telework: dict[str, bool] = {}
        for row in _csv(root / "crosswalks" / "onet_soc_2010_to_2019_crosswalk.csv"):
            old, new = row["O*NET-SOC 2010 Code"].strip(), row["O*NET-SOC 2019 Code"].strip()
            if old in rated:
                self.telework[new] = self.telework.get(new, False) or rated[old]

    @staticmethod
    def _ratings(path: Path, scale: str) -> dict[str, dict[str, float]]:
        out: dict[str, dict[str, float]] = {}
        for row in _tsv(path):
            if row["Scale ID"] == scale:
                out.setdefault(row["O*NET-SOC Code"], {})[row["Element Name"]] = float(
                    row["Data Value"]
                )
        return out

    def pay(self, code: str) -> float | None:
        return self.median.get(self.nem.get(code, ""))

    def projection(self, code: str, field: str) -> Any:
        return self.ep.get(self.nem.get(code, ""), {}).get(field)


@cache
def raw(root: Path) -> RawData:
    return RawData(root)


def _between(value: float | None, low: float | None, high: float | None) -> bool:
    return value is not None and (low is None or value >= low) and (high is None or value <= high)


@cache
def _words(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + ")", re.IGNORECASE)


def holds(data: RawData, prop: Property, code: str) -> bool:
    """Whether occupation ``code`` (O*NET-SOC 2019) has the property."""
    if "all" in prop:
        return all(holds(data, p, code) for p in prop["all"])
    if "any" in prop:
        return any(holds(data, p, code) for p in prop["any"])
    if "not" in prop:
        return not holds(data, prop["not"], code)
    for key, table in data.ratings.items():
        if key in prop:
            return _between(table.get(code, {}).get(prop[key]), prop.get("min"), prop.get("max"))
    if "interest_top" in prop:
        scores = data.ratings["interest"].get(code)
        if not scores:
            return False
        cutoff = sorted(scores.values(), reverse=True)[prop.get("n", 2) - 1]
        return scores[prop["interest_top"]] >= cutoff
    if "task_mentions" in prop:
        pattern = _words(tuple(prop["task_mentions"]))
        return any(pattern.search(task) for task in data.tasks.get(code, ()))
    if "education_max" in prop or "education_min" in prop:
        rank = {name: i for i, name in enumerate(EDUCATION_ORDER)}
        low, high = prop.get("education_min"), prop.get("education_max")
        return _between(
            rank.get(data.projection(code, "education")),
            rank[low] if low else None,
            rank[high] if high else None,
        )
    if "median_pay_min" in prop or "median_pay_max" in prop:
        return _between(data.pay(code), prop.get("median_pay_min"), prop.get("median_pay_max"))
    if "pay_above" in prop:
        pay, reference = data.pay(code), data.pay(prop["pay_above"])
        return pay is not None and reference is not None and pay >= reference * (1 + prop["by"])
    if "growth_min" in prop or "growth_max" in prop:
        growth = data.projection(code, "growth")
        return _between(growth, prop.get("growth_min"), prop.get("growth_max"))
    if "openings_min" in prop:
        return _between(data.projection(code, "openings"), prop["openings_min"], None)
    if "telework" in prop:
        rated = data.telework.get(code)
        return rated is not None and rated == prop["telework"]
    if "job_zone_max" in prop or "job_zone_min" in prop:
        zone = data.job_zone.get(code)
        return _between(zone, prop.get("job_zone_min"), prop.get("job_zone_max"))
    if "soc_prefix" in prop:
        return code.startswith(tuple(prop["soc_prefix"]))
    if "related_to" in prop:
        return prop["related_to"] in data.related.get(code, ())
    raise ValueError(f"unknown property: {prop!r}")

"""O*NET 29.3 Skills: importance (scale IM, 1–5) and level (scale LV, 0–7) of the 35 skills.

44 rated occupations have no skill ratings (Software Developers and Data Scientists among
them). Where a comparison needs a profile for one of them, it is estimated: the mean
importance and level of its first five O*NET Related Occupations (Primary-Short, then
Primary-Long, by Index) that have ratings and sit within one job zone of it; the career
records which occupations those were, and everything that uses the estimate says so.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from careerbot.catalog_build.onet import CODE, ONET_DIR
from careerbot.catalog_build.tables import parse_decimal, read_tsv

TOP_SKILLS = 8
ESTIMATE_FROM = 5
#: fewer rated related occupations within a job zone than this: any rated related ones
ESTIMATE_AT_LEAST = 3


@dataclass(frozen=True)
class SkillProfile:
    importance: dict[str, float]
    level: dict[str, float]
    #: the related occupations averaged for an occupation O*NET does not rate; empty if rated
    estimated_from: tuple[str, ...] = ()


def load_skills(source_dir: Path) -> dict[str, SkillProfile]:
    """Importance and level of each skill, keyed by Element Name in O*NET Element ID
    order. A level O*NET marks "Not Relevant" counts as 0."""
    rows = read_tsv(
        source_dir / ONET_DIR / "Skills.txt",
        CODE,
        "Element ID",
        "Element Name",
        "Scale ID",
        "Data Value",
        "Not Relevant",
    )
    found: dict[str, dict[str, list[tuple[str, str, Decimal]]]] = defaultdict(
        lambda: defaultdict(list)
    )
    for row in rows:
        value = parse_decimal(row["Data Value"])
        if value is None:
            continue
        if row["Scale ID"] == "LV" and row["Not Relevant"] == "Y":
            value = Decimal(0)
        found[row[CODE]][row["Scale ID"]].append((row["Element ID"], row["Element Name"], value))
    profiles = {}
    for code, scales in found.items():
        importance = {name: float(v) for _, name, v in sorted(scales["IM"])}
        level = {name: float(v) for _, name, v in sorted(scales["LV"])}
        profiles[code] = SkillProfile(importance, level)
    return profiles


def estimate_missing(
    profiles: dict[str, SkillProfile],
    codes: list[str],
    related: dict[str, list[str]],
    zones: dict[str, int],
) -> dict[str, SkillProfile]:
    """Every code's profile: O*NET's where it rates the occupation, else the estimate."""
    out = dict(profiles)
    for code in codes:
        if code in profiles:
            continue
        rated = [c for c in related.get(code, []) if c in profiles]
        near = [c for c in rated if abs(zones[c] - zones[code]) <= 1]
        donors = (near if len(near) >= ESTIMATE_AT_LEAST else rated)[:ESTIMATE_FROM]
        if not donors:
            continue
        names = profiles[donors[0]].importance
        out[code] = SkillProfile(
            importance={n: _mean(profiles[d].importance[n] for d in donors) for n in names},
            level={n: _mean(profiles[d].level.get(n, 0.0) for d in donors) for n in names},
            estimated_from=tuple(donors),
        )
    return out


def _mean(values: Iterable[float]) -> float:
    numbers = list(values)
    return round(sum(numbers) / len(numbers), 2)


def top_skills(importance: dict[str, float], limit: int = TOP_SKILLS) -> list[str]:
    """Highest importance first; ties keep O*NET Element ID order (sort is stable)."""
    return [name for name, _ in sorted(importance.items(), key=lambda kv: -kv[1])][:limit]

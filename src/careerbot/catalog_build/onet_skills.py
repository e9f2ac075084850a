"""O*NET 29.3 skills and technology skills: the skills list, skill importances, coding flag."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from careerbot.catalog_build.onet import CODE, ONET_DIR
from careerbot.catalog_build.tables import parse_decimal, read_tsv

TOP_SKILLS = 8
TOP_TECHNOLOGIES = 8

# Coding rule (docs/catalog-build.md, "coding"):
#   True  if Programming importance >= 3.0 (1-5 scale, the middle "Important" anchor),
#         or Programming importance >= 2.5 and >= 5 listed programming tools,
#         or no skill ratings and >= 10 listed programming tools;
#   False if skill ratings exist and none of the above holds;
#   None  if there are no skill ratings and fewer than 10 programming tools.
PROGRAMMING_SKILL = "Programming"
PROGRAMMING_IMPORTANT = Decimal("3.0")
PROGRAMMING_SOME = Decimal("2.5")
TOOLS_WITH_SOME = 5
TOOLS_WITHOUT_RATINGS = 10
PROGRAMMING_COMMODITIES = frozenset(
    {
        "Object or component oriented development software",
        "Development environment software",
        "Web platform development software",
        "Program testing software",
        "Compiler and decompiler software",
    }
)


@dataclass(frozen=True)
class Technology:
    example: str
    commodity: str
    hot: bool
    in_demand: bool


def load_skill_importance(source_dir: Path) -> dict[str, dict[str, Decimal]]:
    """Importance (scale IM, 1-5) of each of the 35 skills, keyed by Element Name, in
    O*NET Element ID order. Occupations without skill ratings are absent."""
    rows = read_tsv(
        source_dir / ONET_DIR / "Skills.txt",
        CODE,
        "Element ID",
        "Element Name",
        "Scale ID",
        "Data Value",
    )
    ordered: dict[str, list[tuple[str, str, Decimal]]] = defaultdict(list)
    for row in rows:
        value = parse_decimal(row["Data Value"])
        if row["Scale ID"] == "IM" and value is not None:
            ordered[row[CODE]].append((row["Element ID"], row["Element Name"], value))
    return {code: {name: v for _, name, v in sorted(items)} for code, items in ordered.items()}


def load_technology(source_dir: Path) -> dict[str, list[Technology]]:
    rows = read_tsv(
        source_dir / ONET_DIR / "Technology Skills.txt",
        CODE,
        "Example",
        "Commodity Title",
        "Hot Technology",
        "In Demand",
    )
    tech: dict[str, list[Technology]] = defaultdict(list)
    for row in rows:
        tech[row[CODE]].append(
            Technology(
                example=row["Example"],
                commodity=row["Commodity Title"],
                hot=row["Hot Technology"] == "Y",
                in_demand=row["In Demand"] == "Y",
            )
        )
    return dict(tech)


def top_skills(importance: dict[str, Decimal], limit: int = TOP_SKILLS) -> list[str]:
    """Highest importance first; ties keep O*NET Element ID order (sort is stable)."""
    return [name for name, _ in sorted(importance.items(), key=lambda kv: -kv[1])][:limit]


def technology_spread(tech: dict[str, list[Technology]]) -> Counter[str]:
    """How many occupations list each technology as hot (for the ordering below)."""
    return Counter(t.example for items in tech.values() for t in items if t.hot)


def hot_technologies(
    items: list[Technology], spread: Counter[str], limit: int = TOP_TECHNOLOGIES
) -> list[str]:
    """Hot technologies: "In Demand" for this occupation first, then the most specific (listed
    as hot by the fewest occupations), then by name."""
    hot = [t for t in items if t.hot]
    hot.sort(key=lambda t: (not t.in_demand, spread[t.example], t.example.casefold(), t.example))
    return [t.example for t in hot][:limit]


def programming_tools(items: list[Technology]) -> int:
    return len({t.example for t in items if t.commodity in PROGRAMMING_COMMODITIES})


def coding_flag(importance: dict[str, Decimal] | None, items: list[Technology]) -> bool | None:
    tools = programming_tools(items)
    if importance is None or PROGRAMMING_SKILL not in importance:
        return True if tools >= TOOLS_WITHOUT_RATINGS else None
    level = importance[PROGRAMMING_SKILL]
    if level >= PROGRAMMING_IMPORTANT:
        return True
    return level >= PROGRAMMING_SOME and tools >= TOOLS_WITH_SOME

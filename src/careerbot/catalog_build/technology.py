"""O*NET 29.3 Technology Skills: the tools people in the work use, and whether it codes.

Tools are chosen for relevance, not rarity: "Hot Technology" is a flag on the technology
across all job postings (Oracle Database is hot everywhere), so it cannot say a tool belongs
to an occupation. What can is that the occupation's own related occupations use it too, or
that postings for this occupation ask for it ("In Demand") and its kind of software is used
around it. Office software everyone uses comes after the tools of the field; a one-vendor
product nobody near the occupation lists is never shown, nor is software nearly every
occupation lists (browsers, operating systems, email).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

from careerbot.catalog_build.onet import CODE, ONET_DIR
from careerbot.catalog_build.tables import read_tsv

TOP_TOOLS = 6
#: at least this many of the occupation's related occupations list the same tool
PEERS = 2
#: listed by this share of all occupations or more: general office or computer software
COMMON_SHARE = 0.20
#: an In Demand tool with no peer listing it: its kind must be used by this many peers
KIND_PEERS = 3
OFFICE = frozenset(
    {
        "Microsoft Excel",
        "Microsoft Office software",
        "Microsoft Word",
        "Microsoft Outlook",
        "Microsoft PowerPoint",
    }
)
OFFICE_SHOWN = "Microsoft Office"
#: listed for many jobs as a place to watch videos, not a tool of the work
NOT_TOOLS = frozenset({"YouTube"})
#: O*NET's generic placeholders ("Spreadsheet software", "Computer aided design CAD software")
PLACEHOLDER = re.compile(r"^[A-Z][a-z]+(?: (?:[a-z/-]+|[A-Z]{2,}))* software$")
OFFICE_KINDS = frozenset(
    {
        "Spreadsheet software",
        "Word processing software",
        "Presentation software",
        "Electronic mail software",
        "Office suite software",
        "Internet browser software",
        "Operating system software",
        "Calendar and scheduling software",
    }
)

# Coding (docs/catalog-build.md, "Coding"): yes when
#   Programming importance >= 3.0 (O*NET's anchor "Important"), or
#   Programming >= 2.0 and Mathematics >= 3.5 and >= 4 data-analysis languages listed
#   (actuaries, economists, astronomers code in R, Python, SQL, SAS, MATLAB), or
#   no O*NET skill ratings, >= 10 programming languages listed and an estimated
#   Programming importance >= 2.5.
PROGRAMMING_IMPORTANT = 3.0
PROGRAMMING_SOME = 2.0
MATHEMATICS_QUANTITATIVE = 3.5
DATA_LANGUAGES_AT_LEAST = 4
LANGUAGES_UNRATED = 10
PROGRAMMING_UNRATED = 2.5
DATA_LANGUAGES = frozenset(
    {
        "Python",
        "R",
        "C++",
        "Scala",
        "Jupyter Notebook",
        "Julia",
        "Formula translation/translator FORTRAN",
        "Structured query language SQL",
        "Transact-SQL",
        "Oracle PL/SQL",
        "SAS",
        "The MathWorks MATLAB",
        "StataCorp Stata",
    }
)
LANGUAGES = DATA_LANGUAGES | frozenset(
    {
        "C",
        "C#",
        "Oracle Java",
        "JavaScript",
        "TypeScript",
        "Go",
        "Ruby",
        "Perl",
        "PHP",
        "Swift",
        "Objective C",
        "Kotlin",
        "Rust",
        "Microsoft Visual Basic",
        "Microsoft Visual Basic for Applications VBA",
        "Bash",
        "Shell script",
        "Microsoft PowerShell",
        "Common business oriented language COBOL",
        "Ada",
        "Haskell",
        "Verilog",
        "Apache Groovy",
        "Node.js",
        "Django",
        "React",
        "Ruby on Rails",
    }
)


@dataclass(frozen=True)
class Technology:
    example: str
    commodity: str
    hot: bool
    in_demand: bool


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


def coding_flag(
    importance: dict[str, float] | None, items: list[Technology], estimated: bool
) -> bool | None:
    """The rule above; None only without any skill profile, rated or estimated."""
    if not importance or "Programming" not in importance:
        return None
    programming = importance["Programming"]
    examples = {t.example for t in items}
    if estimated:
        return len(examples & LANGUAGES) >= LANGUAGES_UNRATED and programming >= PROGRAMMING_UNRATED
    if programming >= PROGRAMMING_IMPORTANT:
        return True
    return (
        programming >= PROGRAMMING_SOME
        and importance.get("Mathematics", 0.0) >= MATHEMATICS_QUANTITATIVE
        and len(examples & DATA_LANGUAGES) >= DATA_LANGUAGES_AT_LEAST
    )


class ToolChooser:
    """Ranks one occupation's tools against what its related occupations use."""

    def __init__(self, tech: dict[str, list[Technology]]) -> None:
        self.tech = tech
        self.examples = {code: {t.example for t in items} for code, items in tech.items()}
        self.listing = Counter(e for examples in self.examples.values() for e in examples)
        self.total = max(len(tech), 1)

    def tools(self, code: str, related: list[str], limit: int = TOP_TOOLS) -> list[str]:
        items = self.tech.get(code, [])
        peers = [self.examples.get(p, set()) for p in related]
        kinds = Counter(
            kind for p in related for kind in {t.commodity for t in self.tech.get(p, [])}
        )
        ranked = []
        for item in {t.example: t for t in items}.values():
            tier = self._tier(item, sum(item.example in p for p in peers), kinds)
            if tier is not None:
                listed_by = sum(item.example in p for p in peers)
                key = (tier, not item.in_demand, not item.hot, -listed_by)
                ranked.append((*key, -self.listing[item.example], item.example))
        out: list[str] = []
        for *_, example in sorted(ranked):
            shown = OFFICE_SHOWN if example in OFFICE else example
            if shown not in out:
                out.append(shown)
        return out[:limit]

    def _tier(self, item: Technology, listed_by: int, kinds: Counter[str]) -> int | None:
        """0 the field's own tools, 1 tools its postings ask for, 2 everyday software,
        3 placeholders ("CAD software") its neighbours use too; None: not shown."""
        if item.example in OFFICE:
            return 2
        if item.commodity in OFFICE_KINDS or item.example in NOT_TOOLS:
            return None  # browsers, operating systems, email say nothing of the work
        if PLACEHOLDER.match(item.example):
            return 3 if listed_by >= PEERS else None
        if self.listing[item.example] / self.total >= COMMON_SHARE:
            return None  # browsers, operating systems, email: nearly every job lists them
        if listed_by >= PEERS:
            return 0
        if item.in_demand and kinds[item.commodity] >= KIND_PEERS:
            return 1
        return None

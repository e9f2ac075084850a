"""O*NET 29.3: occupations, titles, job zones and related occupations.

Only occupations that carry ratings (a row in ``Job Zones.txt``) become careers; the
other codes of ``Occupation Data.txt`` are title-only ("All Other", new) codes.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from careerbot.catalog_build.tables import SourceDataError, read_tsv

ONET_DIR = "onet_29_3"
CODE = "O*NET-SOC Code"
RELATED_TIERS = ("Primary-Short", "Primary-Long")
_ZONE_WORDS = {"One": 1, "Two": 2, "Three": 3, "Four": 4, "Five": 5}


@dataclass(frozen=True)
class Occupation:
    code: str
    title: str
    description: str


@dataclass(frozen=True)
class JobZone:
    zone: int
    name: str  # e.g. "Job Zone Four: Considerable Preparation Needed"


def _path(source_dir: Path, name: str) -> Path:
    return source_dir / ONET_DIR / name


def load_occupations(source_dir: Path) -> dict[str, Occupation]:
    rows = read_tsv(_path(source_dir, "Occupation Data.txt"), CODE, "Title", "Description")
    return {r[CODE]: Occupation(r[CODE], r["Title"], r["Description"]) for r in rows}


def load_job_zones(source_dir: Path) -> dict[str, JobZone]:
    """Job zone per rated occupation, with the zone's name from ``Job Zone Reference.txt``."""
    ref_rows = read_tsv(_path(source_dir, "Job Zone Reference.txt"), "Job Zone", "Name")
    names = {int(r["Job Zone"]): r["Name"] for r in ref_rows}
    rows = read_tsv(_path(source_dir, "Job Zones.txt"), CODE, "Job Zone")
    zones: dict[str, JobZone] = {}
    for row in rows:
        zone = int(row["Job Zone"])
        if zone not in names:
            raise SourceDataError(f"Job Zones.txt: zone {zone} not in Job Zone Reference.txt")
        zones[row[CODE]] = JobZone(zone, names[zone])
    return zones


def short_zone_name(name: str) -> str:
    """ "Job Zone Four: Considerable Preparation Needed" -> "Considerable preparation"."""
    match = re.fullmatch(r"Job Zone (\w+): (.+?)(?: Needed)?", name.strip())
    if match is None or match.group(1) not in _ZONE_WORDS:
        return name.strip()
    text = match.group(2)
    return text[:1].upper() + text[1:].lower()


def load_reported_titles(source_dir: Path) -> dict[str, list[str]]:
    """The titles incumbents most often report (Sample of Reported Titles), in file order."""
    names: dict[str, list[str]] = defaultdict(list)
    reported = read_tsv(
        _path(source_dir, "Sample of Reported Titles.txt"), CODE, "Reported Job Title"
    )
    for row in reported:
        names[row[CODE]].append(row["Reported Job Title"])
    return dict(names)


def load_aliases(source_dir: Path) -> dict[str, list[str]]:
    """Raw other names per code, in a fixed order: Sample of Reported Titles (file order),
    then Alternate Titles (file order), each followed by its Short Title when present."""
    names: dict[str, list[str]] = defaultdict(list, load_reported_titles(source_dir))
    alternate = read_tsv(
        _path(source_dir, "Alternate Titles.txt"), CODE, "Alternate Title", "Short Title"
    )
    for row in alternate:
        names[row[CODE]].append(row["Alternate Title"])
        if row["Short Title"]:
            names[row[CODE]].append(row["Short Title"])
    return dict(names)


def dedupe_aliases(title: str, names: list[str]) -> tuple[str, ...]:
    """First spelling wins; case-insensitive; blank names and the title itself are dropped."""
    seen = {title.casefold()}
    kept: list[str] = []
    for raw in names:
        name = " ".join(raw.split())
        key = name.casefold()
        if name and key not in seen:
            seen.add(key)
            kept.append(name)
    return tuple(kept)


def load_related(source_dir: Path, limit: int = 10) -> dict[str, list[str]]:
    """Related codes of the Primary-Short and Primary-Long tiers, by O*NET's Index."""
    rows = read_tsv(
        _path(source_dir, "Related Occupations.txt"),
        CODE,
        "Related O*NET-SOC Code",
        "Relatedness Tier",
        "Index",
    )
    ranked: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for row in rows:
        if row["Relatedness Tier"] in RELATED_TIERS:
            ranked[row[CODE]].append((int(row["Index"]), row["Related O*NET-SOC Code"]))
    return {code: [c for _, c in sorted(pairs)][:limit] for code, pairs in ranked.items()}


def load_tasks(source_dir: Path) -> dict[str, list[str]]:
    """Task statements per code, in file order."""
    tasks: dict[str, list[str]] = defaultdict(list)
    for row in read_tsv(_path(source_dir, "Task Statements.txt"), CODE, "Task"):
        tasks[row[CODE]].append(row["Task"])
    return dict(tasks)


#: how many of an occupation's core tasks the catalog carries ("what do they do all day")
CORE_TASKS = 5


def load_core_tasks(source_dir: Path) -> dict[str, list[str]]:
    """The first ``CORE_TASKS`` core tasks per code, in file order. O*NET marks a task core
    when at least two thirds of incumbents rate it relevant and its importance is 3 or
    more; its Task Ratings, which would order them by importance, are not among the raw
    files."""
    tasks: dict[str, list[str]] = defaultdict(list)
    for row in read_tsv(_path(source_dir, "Task Statements.txt"), CODE, "Task", "Task Type"):
        if row["Task Type"] == "Core" and len(tasks[row[CODE]]) < CORE_TASKS:
            tasks[row[CODE]].append(row["Task"])
    return dict(tasks)


RIASEC = ("Realistic", "Investigative", "Artistic", "Social", "Enterprising", "Conventional")


@dataclass(frozen=True)
class Interests:
    """O*NET Interests (RIASEC): scores 1–7 (scale OI) and the high-points, strongest first."""

    scores: dict[str, float]
    high_points: tuple[str, ...]


def load_interests(source_dir: Path) -> dict[str, Interests]:
    rows = read_tsv(
        _path(source_dir, "Interests.txt"), CODE, "Element Name", "Scale ID", "Data Value"
    )
    scores: dict[str, dict[str, float]] = defaultdict(dict)
    points: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for row in rows:
        if row["Scale ID"] == "OI":
            scores[row[CODE]][row["Element Name"]] = float(row["Data Value"])
        elif row["Scale ID"] == "IH" and float(row["Data Value"]) >= 1:
            # "First/Second/Third Interest High-Point" hold the position in RIASEC, 1–6
            interest = RIASEC[int(float(row["Data Value"])) - 1]
            points[row[CODE]].append((row["Element Name"], interest))
    order = ("First", "Second", "Third")
    return {
        code: Interests(
            values,
            tuple(i for n, i in sorted(points[code], key=lambda p: order.index(p[0].split()[0]))),
        )
        for code, values in scores.items()
    }


def load_importance(source_dir: Path, name: str, element: str) -> dict[str, float]:
    """One element's importance (scale IM, 1–5) per code, from an O*NET file with an
    importance scale ("Work Styles.txt", "Education, Training, and Experience.txt")."""
    rows = read_tsv(_path(source_dir, name), CODE, "Element Name", "Scale ID", "Data Value")
    return {
        row[CODE]: float(row["Data Value"])
        for row in rows
        if row["Element Name"] == element and row["Scale ID"] == "IM"
    }
